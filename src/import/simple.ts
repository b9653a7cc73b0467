import { type Collector, isRealDate, type ReadContext, readMinutes, readNumber } from './collect.js';
import type { CsvRow } from './csv.js';

/** Whether a CSV is the simple `date,distance[,duration]` kind: a `date` header, or a first cell that is a date. */
export function isSimpleCsv(rows: readonly CsvRow[]): boolean {
  const first = (rows[0]?.fields[0] ?? '').trim().toLowerCase();
  return first === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(first);
}

/**
 * Reads `date,distance[,duration]` rows: the date `YYYY-MM-DD`; the distance with its unit (`10km`, `6.2 mi`, `16 KM`,
 * `8,5km`) or bare, in the assumed unit; the duration in minutes or as `h:mm:ss`. A header line `date,…` is skipped.
 */
export function simpleReader(context: ReadContext, out: Collector): (row: CsvRow) => void {
  let first = true;
  return ({ line, fields }) => {
    if (first && (fields[0] ?? '').trim().toLowerCase() === 'date') {
      first = false;
      return;
    }
    first = false;
    const [date = '', distanceText = '', durationText = ''] = fields.map((field) => field.trim());
    if (fields.length < 2 || fields.length > 3) {
      out.skip(line, `expected date,distance[,duration], e.g. 2026-11-28,10km,55; read ${fields.length} field${fields.length === 1 ? '' : 's'}`);
      return;
    }
    if (!isRealDate(date)) {
      out.skip(line, `cannot read the date "${date}": expected YYYY-MM-DD, e.g. 2026-11-28`);
      return;
    }
    const distance = /^(\d+(?:[.,]\d+)?)\s*(mi|km)?$/i.exec(distanceText);
    const value = distance ? readNumber(distance[1] ?? '') : Number.NaN;
    if (!distance || !(value > 0)) {
      out.skip(line, `cannot read the distance "${distanceText}": expected e.g. 10km, 6.2mi, or a number in ${context.unit}`);
      return;
    }
    const minutes = durationText === '' ? undefined : readMinutes(durationText);
    if (minutes !== undefined && !(minutes > 0)) {
      out.skip(line, `cannot read the duration "${durationText}": expected minutes (55) or h:mm:ss (0:55:00)`);
      return;
    }
    const unit = (distance[2]?.toLowerCase() as 'km' | 'mi' | undefined) ?? context.unit;
    const entry = { date, distance: { value, unit }, ...(minutes === undefined ? {} : { durationMinutes: minutes }) };
    out.run(entry, `${date}|${value}${unit}|${minutes ?? ''}`, line, distance[2] === undefined);
  };
}
