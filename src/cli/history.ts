import type { DistanceUnit, RehabInputIssue, RunLogEntry } from '../model/index.js';
import { csvRows } from './csv-rows.js';
import { MAX_DATA_BYTES, readCapped } from './read-input.js';

/** A problem with a history file, named by file and line. */
export class HistoryFileError extends Error {}

/** The history file's runs, and the file line of each (for error messages). */
export interface HistoryFile {
  readonly entries: RunLogEntry[];
  readonly lines: number[];
  readonly file: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads `--history FILE`: either a CSV with the columns `date,distance[,duration]` (distance with a unit, `10km`, or
 * a bare number in `unit`; duration in minutes or as `h:mm:ss`), or Strava's bulk-export `activities.csv` (runs only;
 * the date as exported, in UTC; the second `Distance` column, in metres; `Moving Time` in seconds). Activities
 * without a distance (a treadmill run logged by time alone) are left out: the guards read distances.
 */
export function readHistoryFile(file: string, unit: DistanceUnit | undefined): HistoryFile {
  let text: string;
  try {
    text = readCapped(file, MAX_DATA_BYTES, 'a history file').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new HistoryFileError((error as Error).message);
  }
  const rows = csvRows(text);
  const header = rows[0]?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  const parsed = header.includes('activity date') && header.includes('activity type') ? strava(rows, header, file) : simple(rows, unit, file);
  return { ...parsed, file };
}

function simple(rows: ReturnType<typeof csvRows>, unit: DistanceUnit | undefined, file: string) {
  const entries: RunLogEntry[] = [];
  const lines: number[] = [];
  const first = rows[0]?.fields[0]?.trim().toLowerCase();
  for (const { line, fields } of first === 'date' ? rows.slice(1) : rows) {
    const at = `${file} line ${line}`;
    const [date = '', distanceText = '', durationText = ''] = fields.map((field) => field.trim());
    if (fields.length < 2 || fields.length > 3) throw new HistoryFileError(`${at}: expected date,distance[,duration], e.g. 2026-11-28,10km,55`);
    const match = /^(\d+(?:\.\d+)?)\s*(mi|km)?$/.exec(distanceText);
    if (!match) throw new HistoryFileError(`${at}: cannot read the distance "${distanceText}": expected e.g. 10km, 6.2mi, or a number with --history-unit`);
    const distanceUnit = (match[2] as DistanceUnit | undefined) ?? unit;
    if (distanceUnit === undefined) throw new HistoryFileError(`${at}: the distance "${distanceText}" has no unit: write 10km or 6.2mi, or pass --history-unit km|mi`);
    const minutes = durationText === '' ? undefined : parseDuration(durationText, at);
    entries.push({ date, distance: { value: Number(match[1]), unit: distanceUnit }, ...(minutes === undefined ? {} : { durationMinutes: minutes }) });
    lines.push(line);
  }
  return { entries, lines };
}

function parseDuration(text: string, at: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const parts = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text);
  if (!parts) throw new HistoryFileError(`${at}: cannot read the duration "${text}": expected minutes (55) or h:mm:ss (0:55:00)`);
  return Number(parts[1] ?? 0) * 60 + Number(parts[2]) + Number(parts[3]) / 60;
}

function strava(rows: ReturnType<typeof csvRows>, header: string[], file: string) {
  const column = (name: string) => header.indexOf(name);
  // Strava repeats Distance: the first is in the athlete's display unit, the second in metres (as Athlytics reads it).
  const distances = header.flatMap((name, index) => (name === 'distance' ? [index] : []));
  const metres = distances[1];
  if (metres === undefined) throw new HistoryFileError(`${file}: expected two Distance columns, as in Strava's bulk-export activities.csv (the second in metres)`);
  const [dateAt, typeAt, movingAt] = [column('activity date'), column('activity type'), column('moving time')];
  const entries: RunLogEntry[] = [];
  const lines: number[] = [];
  for (const { line, fields } of rows.slice(1)) {
    if (!/run/i.test(fields[typeAt] ?? '')) continue;
    const value = Number((fields[metres] ?? '').replace(/,/g, ''));
    if (!(value > 0)) continue;
    const date = stravaDate(fields[dateAt] ?? '', `${file} line ${line}`);
    const seconds = movingAt < 0 ? Number.NaN : Number(fields[movingAt]);
    entries.push({ date, distance: { value: Math.round(value) / 1000, unit: 'km' }, ...(seconds > 0 ? { durationMinutes: seconds / 60 } : {}) });
    lines.push(line);
  }
  return { entries, lines };
}

/** `Feb 17, 2022, 12:18:26 PM` (UTC, as Strava exports it) → `2022-02-17`. */
function stravaDate(text: string, at: string): string {
  const parts = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})/.exec(text.trim());
  const month = parts ? MONTHS.indexOf((parts[1] ?? '').toLowerCase()) : -1;
  if (!parts || month < 0) throw new HistoryFileError(`${at}: cannot read the Activity Date "${text}": expected e.g. "Feb 17, 2022, 12:18:26 PM"`);
  return `${parts[3]}-${String(month + 1).padStart(2, '0')}-${(parts[2] ?? '').padStart(2, '0')}`;
}

/** An issue about `history[i]` said in the file's terms: `runs.csv line 4: …`. */
export function historyIssueLine(issue: RehabInputIssue, history: HistoryFile | undefined): string | undefined {
  const [root, index, ...rest] = issue.path;
  if (history === undefined || root !== 'history' || typeof index !== 'number') return undefined;
  const where = rest.length > 0 ? ` (${rest.join('.')})` : '';
  return `${history.file} line ${history.lines[index] ?? '?'}${where}: ${issue.message}`;
}
