import type { DistanceUnit, RehabInputIssue, RunLogEntry } from '../model/index.js';
import { RehabInputError } from '../model/index.js';
import type { TrainingExport } from '../import/index.js';
import { MAX_DATA_BYTES, readCappedBytes } from './read-input.js';

/** A problem with a history file, named by file. */
export class HistoryFileError extends Error {}

/** The history file's runs before the plan's start, what the importer read, and the line that says so. */
export interface HistoryFile {
  readonly entries: RunLogEntry[];
  readonly file: string;
  readonly read: TrainingExport;
  /** What was read, for stderr: the importer's description, the file, where the zone came from, runs left out. */
  readonly summary: string;
}

/** How to read `--history FILE`. */
export interface HistoryFileOptions {
  readonly unit: DistanceUnit | undefined;
  /** The runner's zone: `--time-zone`, or the system's. */
  readonly timeZone: string;
  /** Whether the zone is the system's (the line then says how to change it). */
  readonly systemZone: boolean;
  /** The plan's first day: runs on or after it are not history. */
  readonly startDate: string;
}

/**
 * Reads `--history FILE` with the library's importer (`rehab-protocols/import`, loaded only when a history is given,
 * so a plain `plan` starts as fast as before): Strava's or Garmin Connect's CSV export, a `date,distance[,duration]`
 * CSV, or one activity as GPX, TCX or FIT. Runs on or after the plan's start are left out (and said so); a file with
 * no run before the start is an error that says what was read.
 */
export async function readHistoryFile(file: string, options: HistoryFileOptions): Promise<HistoryFile> {
  const bytes = readCappedBytes(file, MAX_DATA_BYTES, 'a history file');
  const { describeTrainingExport, readTrainingExport } = await import('../import/index.js');
  let read: TrainingExport;
  try {
    read = await readTrainingExport(bytes, { timeZone: options.timeZone, ...(options.unit === undefined ? {} : { unit: options.unit }) });
  } catch (error) {
    if (error instanceof RehabInputError) throw new HistoryFileError(`${file}: ${error.issues.map((issue) => issue.message).join('; ')}`);
    throw error;
  }
  const entries = read.runs.filter((run) => run.date < options.startDate);
  const later = read.runs.length - entries.length;
  let summary = `${file}: ${describeTrainingExport(read, { startDate: options.startDate })}`;
  if (read.times === 'utc' && read.runs.length > 0 && options.systemZone) summary += ` (the system's time zone; pass --time-zone to change it)`;
  if (later > 0) summary += ` ${later === 1 ? '1 run' : `${later} runs`} on or after ${options.startDate} left out: they are not history.`;
  if (entries.length === 0) throw new HistoryFileError(`no run before ${options.startDate} to read: ${summary}`);
  return { entries, file, read, summary };
}

/** An issue about `history[i]` said in the file's terms: `runs.csv, the run of 2026-11-20 (10 km): …`. */
export function historyIssueLine(issue: RehabInputIssue, history: HistoryFile | undefined): string | undefined {
  const [root, index, ...rest] = issue.path;
  if (history === undefined || root !== 'history' || typeof index !== 'number') return undefined;
  const run = history.entries[index];
  const where = rest.length > 0 ? ` (${rest.join('.')})` : '';
  return `${history.file}, the run of ${run?.date ?? '?'}${run === undefined ? '' : ` (${run.distance.value} ${run.distance.unit})`}${where}: ${issue.message}`;
}
