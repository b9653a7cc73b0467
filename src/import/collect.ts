import type { DistanceUnit, RunLogEntry } from '../model/index.js';
import { civilFromDays, toDayNumber } from '../plan/calendar.js';
import { convertDistance } from '../plan/distance.js';
import { ABSURD_DISTANCE_KM } from '../runner/check-history.js';
import type { ImportFormat, SkippedRow, TrainingExport } from './types.js';

/** What every reader needs of the call: the zone for UTC times and the unit for bare distances. */
export interface ReadContext {
  readonly timeZone: string;
  readonly unit: DistanceUnit;
}

/**
 * Gathers one export's runs as they are read: skips exact duplicates (the same activity twice: the same id, or the
 * same start, distance and time) and single runs farther than {@link ABSURD_DISTANCE_KM} km (a unit slip or a ride
 * saved as a run, which would set every guard a plan derives from the history), each with its line and why.
 */
export class Collector {
  readonly #runs: { entry: RunLogEntry; order: number }[] = [];
  readonly #skipped: SkippedRow[] = [];
  readonly #seen = new Map<string, number | undefined>();
  #other = 0;
  #unitAssumed = false;

  /** A run read from `line`; `key` names the activity exactly (its id, or its start with its distance and time). */
  run(entry: RunLogEntry, key: string, line: number | undefined, assumedUnit = false): void {
    const km = convertDistance(entry.distance, 'km');
    if (km > ABSURD_DISTANCE_KM) {
      this.skip(line, `${entry.distance.value} ${entry.distance.unit} in one run is farther than anyone runs in a day: a unit slip, or a ride saved as a run?`);
      return;
    }
    if (this.#seen.has(key)) {
      const first = this.#seen.get(key);
      this.skip(line, `the same activity as ${first === undefined ? 'an earlier one' : `line ${first}`} (an exact duplicate)`);
      return;
    }
    this.#seen.set(key, line);
    if (assumedUnit) this.#unitAssumed = true;
    this.#runs.push({ entry, order: this.#runs.length });
  }

  /** Says that distances were read in the assumed unit. */
  assumeUnit(): void {
    this.#unitAssumed = true;
  }

  /** A row that could not be read as a run. */
  skip(line: number | undefined, reason: string): void {
    this.#skipped.push(line === undefined ? { reason } : { line, reason });
  }

  /** An activity of another sport. */
  other(): void {
    this.#other++;
  }

  /** The runs in date order (a stable sort: the file's order within a day), with what was left out. */
  result(format: ImportFormat, context: ReadContext, times: TrainingExport['times'], language?: string): TrainingExport {
    const runs = this.#runs.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order)).map(({ entry }) => entry);
    const first = runs[0]?.date;
    const last = runs.at(-1)?.date;
    return {
      format,
      ...(language === undefined ? {} : { language }),
      runs,
      skipped: this.#skipped,
      otherActivities: this.#other,
      unit: context.unit,
      unitAssumed: this.#unitAssumed,
      timeZone: context.timeZone,
      times,
      ...(first === undefined ? {} : { firstDate: first }),
      ...(last === undefined ? {} : { lastDate: last }),
    };
  }
}

/**
 * A number as exports write it: `5.01`, `1,234.5` with `decimalMark` `.`; `5,01`, `1.234,5`, `1 234,5` with `,`.
 * Without a known mark, the last of `.` and `,` is the decimal mark, except a comma that can only group thousands
 * (`1,234`). `NaN` when the text is not a number.
 */
export function readNumber(text: string, decimalMark?: ',' | '.'): number {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return Number.NaN;
  const mark = decimalMark ?? (s.lastIndexOf(',') > s.lastIndexOf('.') && !/^\d{1,3}(,\d{3})+$/.test(s) ? ',' : '.');
  s = mark === ',' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** Minutes from a time as exports write it: `0:45:12`, `45:12`, `01:02:03.4`, or plain minutes; `NaN` otherwise. */
export function readMinutes(text: string, decimalMark?: ',' | '.'): number {
  const trimmed = text.trim();
  const parts = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(trimmed);
  if (parts) return Number(parts[1] ?? 0) * 60 + Number(parts[2]) + Number((parts[3] ?? '').replace(',', '.')) / 60;
  return readNumber(trimmed, decimalMark);
}

/** Days since 1970-01-01 × 86 400 000 + the time of day: a UTC instant from civil fields, with no Date object. */
export function utcInstant(days: number, hours: number, minutes: number, seconds: number): number {
  return days * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

/** Whether `text` is a real `YYYY-MM-DD` day from 0001-01-01 to 9999-12-31 (as `IsoDateSchema` accepts). */
export function isRealDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !text.startsWith('0000') && civilFromDays(toDayNumber(text)) === text;
}
