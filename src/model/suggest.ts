// "Did you mean …?": the nearest valid names to a misspelt one, so an error can suggest a fix instead of listing
// every valid value.

/** Edit distance with transpositions (optimal string alignment), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= y.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const row = rows[i] as number[];
    const previous = rows[i - 1] as number[];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/**
 * Up to `limit` candidates close to `wanted`, nearest first: those within a few edits (about a third of the word)
 * or that contain it or are contained by it. Empty when nothing is close.
 */
export function nearest(wanted: string, candidates: readonly string[], limit = 3): string[] {
  // Long inputs are not misspellings of a short name; capping also keeps the distance computation small.
  if (wanted.length === 0 || wanted.length > 100) return [];
  const lower = wanted.toLowerCase();
  return candidates
    .map((candidate) => {
      const distance = editDistance(wanted, candidate);
      const within = distance <= Math.max(2, Math.floor(candidate.length / 3));
      const related = wanted.length >= 3 && (candidate.toLowerCase().includes(lower) || lower.includes(candidate.toLowerCase()));
      return { candidate, distance, close: within || related };
    })
    .filter((entry) => entry.close)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** ` — did you mean `a` or `b`?`, or nothing when no candidate is close. */
export function didYouMean(wanted: string, candidates: readonly string[], quoteWith = '`'): string {
  const close = nearest(wanted, candidates);
  if (close.length === 0) return '';
  const quoted = close.map((name) => `${quoteWith}${name}${quoteWith}`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` — did you mean ${list}?`;
}
