// A training history pasted or uploaded by the visitor, read in the browser. The CLI has its own reader (in src/cli,
// which reads files with Node); the library exposes none, so the page carries this small one with the same formats.

/** One run, in the shape of the library's `RunLogEntry`. */
export interface HistoryRun {
  readonly date: string;
  readonly distance: { readonly value: number; readonly unit: 'mi' | 'km' };
  readonly durationMinutes?: number;
}

/** The runs read, or the problems, each naming its line. */
export type HistoryResult = { readonly runs: HistoryRun[]; readonly problems: [] } | { readonly runs: []; readonly problems: string[] };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** CSV rows (quoted fields may hold commas and quotes), each with its 1-based line. */
function rows(text: string): { line: number; fields: string[] }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((row, index) => ({ line: index + 1, fields: [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map(([, field = '']) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field).trim()) }))
    .filter(({ fields }) => fields.some((field) => field !== ''));
}

function minutes(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const parts = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text);
  return parts ? Number(parts[1] ?? 0) * 60 + Number(parts[2]) + Number(parts[3]) / 60 : undefined;
}

function simple(table: ReturnType<typeof rows>, unit: 'mi' | 'km'): HistoryResult {
  const runs: HistoryRun[] = [];
  const problems: string[] = [];
  for (const { line, fields } of table[0]?.fields[0]?.toLowerCase() === 'date' ? table.slice(1) : table) {
    const [date = '', distanceText = '', durationText = ''] = fields;
    const distance = /^(\d+(?:\.\d+)?)\s*(mi|km)?$/i.exec(distanceText);
    const duration = durationText === '' ? undefined : minutes(durationText);
    if (fields.length < 2 || fields.length > 3) problems.push(`line ${line}: expected date,distance[,duration], e.g. 2026-11-28,10km,55`);
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`line ${line}: expected a date as YYYY-MM-DD, read "${date}"`);
    else if (!distance) problems.push(`line ${line}: cannot read the distance "${distanceText}": expected e.g. 10km, 6.2mi or 10`);
    else if (durationText !== '' && duration === undefined) problems.push(`line ${line}: cannot read the duration "${durationText}": expected minutes (55) or h:mm:ss`);
    else {
      const distanceUnit = (distance[2]?.toLowerCase() as 'mi' | 'km' | undefined) ?? unit;
      runs.push({ date, distance: { value: Number(distance[1]), unit: distanceUnit }, ...(duration === undefined ? {} : { durationMinutes: duration }) });
    }
  }
  return problems.length > 0 ? { runs: [], problems } : { runs, problems: [] };
}

/** Strava's bulk-export activities.csv: runs only; the second Distance column is in metres; Moving Time in seconds. */
function strava(table: ReturnType<typeof rows>, header: string[]): HistoryResult {
  const metres = header.flatMap((name, index) => (name === 'distance' ? [index] : []))[1];
  if (metres === undefined) return { runs: [], problems: ['expected two Distance columns, as in Strava’s activities.csv (the second in metres)'] };
  const [dateAt, typeAt, movingAt] = ['activity date', 'activity type', 'moving time'].map((name) => header.indexOf(name)) as [number, number, number];
  const runs: HistoryRun[] = [];
  const problems: string[] = [];
  for (const { line, fields } of table.slice(1)) {
    if (!/run/i.test(fields[typeAt] ?? '')) continue;
    const value = Number((fields[metres] ?? '').replaceAll(',', ''));
    if (!(value > 0)) continue; // a run logged by time alone: the guards read distances
    const parts = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})/.exec(fields[dateAt] ?? '');
    const month = parts ? MONTHS.indexOf((parts[1] ?? '').toLowerCase()) : -1;
    if (!parts || month < 0) {
      problems.push(`line ${line}: cannot read the Activity Date "${fields[dateAt] ?? ''}": expected e.g. "Feb 17, 2022, 12:18:26 PM"`);
      continue;
    }
    const seconds = Number(fields[movingAt]);
    const date = `${parts[3]}-${String(month + 1).padStart(2, '0')}-${(parts[2] ?? '').padStart(2, '0')}`;
    runs.push({ date, distance: { value: Math.round(value) / 1000, unit: 'km' }, ...(seconds > 0 ? { durationMinutes: seconds / 60 } : {}) });
  }
  return problems.length > 0 ? { runs: [], problems } : { runs, problems: [] };
}

/**
 * Reads a history: `date,distance[,duration]` lines (a header line `date,…` is skipped; a bare distance is in `unit`;
 * duration in minutes or h:mm:ss), or Strava's `activities.csv`. Dates and distances the library rejects (a run after
 * the start, the same run twice, …) are left for `generatePlan` to report.
 */
export function readHistory(text: string, unit: 'mi' | 'km'): HistoryResult {
  const table = rows(text);
  const header = table[0]?.fields.map((name) => name.toLowerCase()) ?? [];
  return header.includes('activity date') && header.includes('activity type') ? strava(table, header) : simple(table, unit);
}
