import * as z from 'zod/mini';
import { parseInput, type Plan } from '../../model/index.js';
import { readPlan } from '../read-plan.js';
import { csvField } from '../text/escape-csv.js';
import { doseText } from '../text/format-dose.js';
import { referencesOf, runningEvidence } from '../text/references.js';

/**
 * The options of {@link toCsv}.
 *
 * @example
 * ```ts
 * const options: CsvOptions = { perExercise: true };
 * ```
 */
export interface CsvOptions {
  /** One row per exercise of each day (days without exercises keep one row), instead of one row per day. */
  readonly perExercise?: boolean;
}

const CsvOptionsSchema = z.strictObject({ perExercise: z.optional(z.boolean()) });

/**
 * A plan as CSV (RFC 4180: a header row, CRLF line ends, fields with commas, quotes or line breaks quoted), one row
 * per day — or, with `perExercise`, one row per exercise of each day. Each row carries the day's planned run, its
 * flags (`kind: message`, joined by ` | `) and `sources`: the ids of `Plan.sources` (or `library-default`) its numbers
 * rest on, joined by `; `. Weekly totals and the plan's own flags are in the plan, not the rows.
 * Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading
 * `'`, so the file is safe to open.
 *
 * @param plan - A plan from `generatePlan`.
 * @param options - `perExercise` for one row per exercise.
 * @returns The CSV text, ending with CRLF.
 * @throws `RehabInputError` (from `rehab-protocols`) when `plan` is not a valid plan.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { toCsv } from 'rehab-protocols/export/csv';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const csv = toCsv(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }));
 * csv.split('\r\n')[1];
 * //=> '1,2026-12-01,settle,1,2,5,mi,jog,,,,,,,,,founding-case,Slow calf raises; Side-lying hip abduction; Towel eater; Sit to stand,'
 * ```
 */
export function toCsv(plan: Plan, options: CsvOptions = {}): string {
  return csvRows(readPlan(plan), parseInput(CsvOptionsSchema, options, 'toCsv options'))
    .map((row) => row.map(csvField).join(','))
    .join('\r\n') + '\r\n';
}

/** The header and rows {@link toCsv} writes, before escaping (its benchmark hands the same rows to papaparse). */
function csvRows(plan: Plan, options: { readonly perExercise?: boolean | undefined }): (string | number | undefined)[][] {
  const dayColumns = ['day', 'date', 'phase', 'sessions_min', 'sessions_max', 'max_distance', 'unit', 'intensity', 'duration_minutes', 'run_seconds', 'walk_seconds', 'repeats', 'planned_kind', 'planned_distance', 'planned_minutes', 'flags', 'sources'];
  const refs = referencesOf(plan);
  const rows: (string | number | undefined)[][] = [];
  for (const day of plan.days) {
    const { running } = day;
    const base = [
      day.day,
      day.date,
      day.phaseId,
      day.sessionsPerDay.min,
      day.sessionsPerDay.max,
      running.maxDistance?.value,
      running.maxDistance?.unit,
      running.intensity,
      running.durationMinutes,
      running.intervals?.runSeconds,
      running.intervals?.walkSeconds,
      running.intervals?.repeats,
      running.planned?.kind,
      running.planned?.distance?.value,
      running.planned?.minutes,
      day.flags.map((flag) => `${flag.kind}: ${flag.message}`).join(' | ') || undefined,
      // What the row's numbers rest on: ids from Plan.sources, or library-default.
      refs.ids([day.evidence, ...runningEvidence(day), ...day.exercises.map((exercise) => exercise.dose.evidence), ...(day.checkpoint ? [day.checkpoint.evidence] : [])]).join('; '),
    ];
    const checkpoint = day.checkpoint?.assess;
    if (options.perExercise) {
      const exercises = day.exercises.length > 0 ? day.exercises : [undefined];
      for (const exercise of exercises) rows.push([...base, exercise?.exerciseId, exercise?.name, exercise ? doseText(exercise.dose) : undefined, checkpoint]);
    } else {
      rows.push([...base, day.exercises.map((exercise) => exercise.name).join('; '), checkpoint]);
    }
  }
  const header = options.perExercise ? [...dayColumns, 'exercise_id', 'exercise', 'dose', 'checkpoint'] : [...dayColumns, 'exercises', 'checkpoint'];
  return [header, ...rows];
}
