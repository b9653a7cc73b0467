import type { DistanceUnit, RunLogEntry } from '../model/index.js';

/**
 * The formats `readTrainingExport` reads: Strava's bulk-export `activities.csv` (`strava`), Garmin Connect's
 * `Activities.csv` (`garmin`), a CSV of `date,distance[,duration]` (`simple-csv`), and single activities as GPX, TCX
 * or FIT files.
 *
 * @example
 * ```ts
 * IMPORT_FORMATS.includes('garmin');
 * //=> true
 * ```
 */
export const IMPORT_FORMATS = /* @__PURE__ */ Object.freeze(['strava', 'garmin', 'simple-csv', 'gpx', 'tcx', 'fit'] as const);

/**
 * One of {@link IMPORT_FORMATS}.
 *
 * @example
 * ```ts
 * const format: ImportFormat = 'strava';
 * ```
 */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * How to read an export.
 *
 * @example
 * ```ts
 * const options: ReadTrainingExportOptions = { timeZone: 'Europe/Copenhagen', unit: 'km' };
 * ```
 */
export interface ReadTrainingExportOptions {
  /**
   * The runner's time zone (an IANA name, e.g. `America/Denver`): a run whose export gives its start in UTC (Strava,
   * GPX, TCX, FIT) is counted on the runner's calendar day there. Without it, UTC days are used and
   * {@link TrainingExport.timeZone} says so. Exports that write local times (Garmin Connect, the simple CSV) keep them.
   */
  readonly timeZone?: string;
  /**
   * The unit of distances an export writes without one (Garmin Connect writes the account's unit and no unit column;
   * a bare number in the simple CSV). Default `km`.
   */
  readonly unit?: DistanceUnit;
}

/**
 * A row (or activity) of an export that was not read as a run, and why. Other sports are not here: they are counted
 * in {@link TrainingExport.otherActivities}.
 *
 * @example
 * ```ts
 * const skipped: SkippedRow = { line: 14, reason: 'no distance (a run logged by time alone)' };
 * ```
 */
export interface SkippedRow {
  /** The file line the row starts on, for text formats. */
  readonly line?: number;
  /** Why the row was not read, in words a runner can act on. */
  readonly reason: string;
}

/**
 * What `readTrainingExport` read: the runs, in date order, as `generatePlan`'s `history` takes them, and what it left
 * out and assumed.
 *
 * @example
 * ```ts
 * const read: TrainingExport = {
 *   format: 'simple-csv', runs: [{ date: '2026-11-28', distance: { value: 10, unit: 'km' } }], skipped: [], otherActivities: 0,
 *   unit: 'km', unitAssumed: false, timeZone: 'UTC', times: 'dates', firstDate: '2026-11-28', lastDate: '2026-11-28',
 * };
 * ```
 */
export interface TrainingExport {
  /** The format the file was read as. */
  readonly format: ImportFormat;
  /** The language of the export's headers and dates, for the CSV exports of a service (`en-US`, `de`, `da`, …). */
  readonly language?: string;
  /** The runs read, in date order (then in the file's order). */
  readonly runs: RunLogEntry[];
  /** Rows not read as runs, each with its line and why: a bad date, no distance, an exact duplicate… */
  readonly skipped: SkippedRow[];
  /** Activities of other sports (rides, swims, walks…), left out. */
  readonly otherActivities: number;
  /** The unit assumed for distances written without one (the `unit` option, default km). */
  readonly unit: DistanceUnit;
  /** Whether any run's distance was read in {@link unit} because the export gave none. */
  readonly unitAssumed: boolean;
  /** The zone UTC start times were counted in: the `timeZone` option, or `UTC` without it. */
  readonly timeZone: string;
  /**
   * What the export's times were: `utc` (converted to days in {@link timeZone}), `local` (the runner's own clock,
   * kept), or `dates` (days only).
   */
  readonly times: 'utc' | 'local' | 'dates';
  /** The first day with a run read; absent when no run was read. */
  readonly firstDate?: string;
  /** The last day with a run read; absent when no run was read. */
  readonly lastDate?: string;
}
