import { DoseSchema, parseInput, type Dose, type Load, type Range } from '../../model/index.js';

/**
 * A dose in words, as a handout or an app screen shows it: sets, then repetitions, time or hold, then side, load,
 * tempo and rest — only what the dose says. A missing rep count stays missing.
 *
 * @param dose - A dose from a protocol phase or a plan day.
 * @returns One line, e.g. `2–6 sets of 10–15 reps, each side`.
 * @throws `RehabInputError` when `dose` is not a valid dose.
 *
 * @example
 * ```ts
 * import { formatDose } from 'rehab-protocols';
 *
 * formatDose({ sets: { min: 2, max: 4 }, durationSeconds: { min: 60, max: 120 }, perSide: true, evidence: { kind: 'cited', sourceIds: ['founding-case'] } });
 * //=> '2–4 sets of 1–2 min, each side'
 * formatDose({ sets: { min: 2, max: 5 }, perSide: true, evidence: { kind: 'cited', sourceIds: ['founding-case'] } });
 * //=> '2–5 sets, each side'
 * formatDose({ sets: { min: 1, max: 2 }, reps: { min: 3, max: 10 }, perSide: true, timesPerDay: { min: 2, max: 2 }, evidence: { kind: 'cited', sourceIds: ['mellor-2016'] } });
 * //=> '1–2 sets of 3–10 reps, each side, twice a day'
 * ```
 */
export function formatDose(dose: Dose): string {
  return doseText(parseInput(DoseSchema, dose, 'dose'));
}

/** {@link formatDose} for a dose already validated (inside a plan or protocol that was). */
export function doseText(dose: Dose): string {
  let text = `${formatRange(dose.sets)} ${plural(dose.sets, 'set')}`;
  const each: string[] = [];
  if (dose.reps) each.push(`${formatRange(dose.reps)} ${plural(dose.reps, 'rep')}`);
  if (dose.durationSeconds) each.push(formatSeconds(dose.durationSeconds));
  if (each.length > 0) text += ` of ${each.join(', ')}`;
  const extras: string[] = [];
  if (dose.holdSeconds) extras.push(`hold ${formatSeconds(dose.holdSeconds)}`);
  if (dose.perSide) extras.push('each side');
  if (dose.load) extras.push(formatLoad(dose.load));
  if (dose.tempo) {
    const { concentricSeconds, pauseSeconds, eccentricSeconds } = dose.tempo;
    const pause = pauseSeconds ? ` / ${pauseSeconds} s hold` : '';
    extras.push(`${concentricSeconds} s up${pause} / ${eccentricSeconds} s down`);
  }
  if (dose.restSeconds) extras.push(`rest ${formatSeconds(dose.restSeconds)}`);
  if (dose.timesPerDay) extras.push(dose.timesPerDay.min === 2 && dose.timesPerDay.max === 2 ? 'twice a day' : `${formatRange(dose.timesPerDay)} times a day`);
  return [text, ...extras].join(', ');
}

/** `2–5`, or `3` when min and max are the same. */
export function formatRange(range: Range): string {
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

function plural(range: Range, word: string): string {
  return range.min === 1 && range.max === 1 ? word : `${word}s`;
}

function formatSeconds(range: Range): string {
  if (range.min >= 60 && range.min % 60 === 0 && range.max % 60 === 0) {
    return `${formatRange({ min: range.min / 60, max: range.max / 60 })} min`;
  }
  return `${formatRange(range)} s`;
}

function formatLoad(load: Load): string {
  switch (load.kind) {
    case 'bodyweight':
      return 'body weight';
    case 'repetition-maximum':
      // The abbreviation a clinician reads, after what it means for the runner doing it.
      return `heavy enough that ${load.rm === 1 ? '1 rep' : `${load.rm} reps`} is all you can do (${load.rm}RM)`;
    case 'percent-mvc':
      return `${load.percent}% of maximal contraction`;
    case 'added-weight':
      return `+${load.value} ${load.unit}`;
  }
}
