// Scores and log-odds, one way everywhere in the matcher.

/** A probability as log-odds; clamped away from 0 and 1, so that a score of 1 still has a finite gap to its rivals. */
export function logit(score: number): number {
  const clamped = Math.min(Math.max(score, 1e-12), 1 - 1e-12);
  return Math.log(clamped / (1 - clamped));
}

/** Log-odds as a probability. */
export function sigmoid(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}
