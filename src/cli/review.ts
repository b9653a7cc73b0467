import { parseArgs } from 'node:util';
import { reviewPlan } from '../catalog/review-plan.js';
import { parseInput, PlanSchema, RehabInputError, type DistanceUnit, type LogEntry, type Plan } from '../model/index.js';
import { flagList, unknownOptionMessage } from './args.js';
import { oneLine } from './errors.js';
import { MAX_DATA_BYTES, readCapped } from './read-input.js';

/** A problem with a log file, named by file and line. */
export class LogFileError extends Error {}

/** The columns a log CSV may have, by name, in any order (a header row is required). */
export const LOG_COLUMNS = ['date', 'kind', 'distance', 'duration', 'during', 'after', 'nextmorning', 'morningstiffness', 'what', 'redflag', 'note'] as const;

/** The log file's entries and the file line of each (a JSON file has none). */
export interface LogFile {
  readonly entries: unknown[];
  readonly lines: number[] | undefined;
  readonly file: string;
}

/**
 * Reads `--log FILE`: a JSON array of log entries (as `LogEntry`), or a CSV with a header row naming any of the
 * columns `date,kind,distance,duration,during,after,nextMorning,morningStiffness,what,redFlag,note` (case does not
 * matter). Each row is one entry of its `kind`: `pain` (during, after, nextMorning, morningStiffness, 0–10), `run` or
 * `race` (distance such as `5km` or `3.1mi`, duration in minutes, during and after as the run's pain), `session`,
 * `symptom` (redFlag), `missed` (what: run or session) or `clearance` (a clinician's clearance, with an optional note). Empty cells are left out; the entries are checked by `reviewPlan`, whose errors name the entry.
 */
export async function readLogFile(file: string): Promise<LogFile> {
  let text: string;
  try {
    text = readCapped(file, MAX_DATA_BYTES, 'a log file').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new LogFileError((error as Error).message);
  }
  if (/^\s*\[/.test(text)) {
    try {
      const entries: unknown = JSON.parse(text);
      if (Array.isArray(entries)) return { entries, lines: undefined, file };
    } catch {
      throw new LogFileError(`${file} is not valid JSON: expected an array of log entries`);
    }
  }
  // The CSV reader (papaparse) is loaded only for a CSV log, so that other commands start without it.
  const { readCsv } = await import('../import/csv.js');
  const rows = readCsv(text);
  const header = rows[0]?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  const unknown = header.filter((name) => !(LOG_COLUMNS as readonly string[]).includes(name));
  if (!header.includes('date') || !header.includes('kind') || unknown.length > 0) {
    const problem = unknown.length > 0 ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')}` : 'no date and kind columns';
    throw new LogFileError(`${file} line 1: ${problem}: the header names any of date,kind,distance,duration,during,after,nextMorning,morningStiffness,what,redFlag,note`);
  }
  const entries: LogEntry[] = [];
  const lines: number[] = [];
  for (const { line, fields } of rows.slice(1)) {
    const cell = (name: string) => fields[header.indexOf(name)]?.trim() ?? '';
    const at = `${file} line ${line}`;
    const number = (name: string) => {
      const value = cell(name);
      if (value === '') return undefined;
      if (!/^\d+(\.\d+)?$/.test(value)) throw new LogFileError(`${at}: cannot read ${name} "${value}": expected a number`);
      return Number(value);
    };
    const date = cell('date');
    const kind = cell('kind');
    const optional = <K extends string>(key: K, value: number | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, number>));
    switch (kind) {
      case 'pain':
        entries.push({
          kind,
          date,
          ...optional('during', number('during')),
          ...optional('after', number('after')),
          ...optional('nextMorning', number('nextmorning')),
          ...optional('morningStiffness', number('morningstiffness')),
        });
        break;
      case 'run':
      case 'race': {
        const match = /^(\d+(?:\.\d+)?)\s*(mi|km)$/.exec(cell('distance'));
        if (!match) throw new LogFileError(`${at}: cannot read the distance "${cell('distance')}": expected e.g. 5km or 3.1mi`);
        const pain = { ...optional('during', number('during')), ...optional('after', number('after')) };
        entries.push({
          kind,
          date,
          distance: { value: Number(match[1]), unit: match[2] as DistanceUnit },
          ...optional('durationMinutes', number('duration')),
          ...(Object.keys(pain).length > 0 ? { pain } : {}),
        });
        break;
      }
      case 'session':
        entries.push({ kind, date });
        break;
      case 'symptom':
        entries.push({ kind, date, redFlag: cell('redflag') as never });
        break;
      case 'missed':
        entries.push({ kind, date, what: cell('what') as never });
        break;
      case 'clearance': {
        const note = cell('note');
        entries.push(note === '' ? { kind, date } : { kind, date, note });
        break;
      }
      default:
        throw new LogFileError(`${at}: unknown kind "${kind}": expected pain, run, race, session, symptom, missed or clearance`);
    }
    lines.push(line);
  }
  return { entries, lines, file };
}

/** What the review command needs from the rest of the command line. */
export interface ReviewCommandTools {
  /** Renders a plan in a `--format` (table, md, csv, ics, json, fhir). */
  readonly render: (plan: Plan, format: string | undefined, out?: string) => string;
  /** Reads a JSON file, or throws the command line's one-line error. */
  readonly readJson: (file: string) => unknown;
  /** Makes the command line's one-line error (exit code 2 for wrong usage). */
  readonly fail: (message: string, exitCode?: number) => Error;
}

const REVIEW_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  plan: { type: 'string' },
  log: { type: 'string' },
  today: { type: 'string' },
  baseline: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * The plan in `--plan`'s file: what is not a plan at all (a profile, a log, a history) is said in one line, and a
 * plan's own problems are named in the file's terms (`plan.json: days[3].date`), never as another command's flags.
 */
function readPlan(raw: unknown, file: string, tools: Pick<ReviewCommandTools, 'fail'>): Plan {
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : undefined;
  if (fields === undefined || !('days' in fields) || !('protocolId' in fields)) {
    const what = Array.isArray(raw) ? 'a list' : fields === undefined ? 'not an object' : 'region' in fields ? 'a symptom profile' : `an object with ${Object.keys(fields).length === 0 ? 'no fields' : `fields ${Object.keys(fields).slice(0, 4).join(', ')}`}`;
    throw tools.fail(`${file} is not a plan (it is ${what}): give the JSON a plan was saved as, with protocolId and days (rehab-protocols plan <id> --format json --out plan.json)`, 1);
  }
  try {
    return parseInput(PlanSchema, raw, file);
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    throw tools.fail(oneLine(error, file).message, 1);
  }
}

/** `rehab-protocols review --plan plan.json --log log.csv [--today YYYY-MM-DD] [--baseline 1] [--format …] [--out FILE]`. */
export async function reviewCommand(argv: string[], today: string, tools: ReviewCommandTools, help: string): Promise<{ text: string; out?: string }> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: REVIEW_OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    const message = (error as Error).message;
    const flags = Object.keys(REVIEW_OPTIONS).filter((flag) => flag !== 'help');
    const unknown = unknownOptionMessage(message, 'review', flags);
    throw tools.fail(unknown ?? `${message.split('\n')[0] ?? 'Cannot read the arguments'}. Options for review: ${flagList(flags)}, --help`, 2);
  }
  if (values.help) return { text: `${help}\n` };
  if (values.plan === undefined) throw tools.fail('Missing --plan: the plan to review, as JSON (rehab-protocols plan <id> --format json --out plan.json)', 2);
  if (values.log === undefined) throw tools.fail('Missing --log: what the runner logged, as a CSV (date,kind,…) or a JSON array of entries', 2);
  const day = values.today ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw tools.fail(`--today "${day}" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-10`, 2);
  let baselinePain: number | undefined;
  if (values.baseline !== undefined) {
    baselinePain = Number(values.baseline);
    if (values.baseline.trim() === '' || !Number.isFinite(baselinePain) || baselinePain < 0 || baselinePain > 10) throw tools.fail(`--baseline "${values.baseline}": expected the usual morning pain, 0 to 10`, 2);
  }
  const plan = readPlan(tools.readJson(values.plan), values.plan, tools);
  const log = await readLogFile(values.log);
  let result;
  try {
    result = reviewPlan(plan, log.entries as LogEntry[], { today: day, ...(baselinePain === undefined ? {} : { baselinePain }) });
  } catch (error) {
    // A log entry's problem is named by the file line it came from (or its index in a JSON file).
    if (!(error instanceof RehabInputError) || !error.message.startsWith('Invalid log:')) throw error;
    const where = (index: unknown) => (typeof index === 'number' ? (log.lines?.[index] === undefined ? `entry ${index}` : `line ${log.lines[index]}`) : 'the log');
    throw tools.fail(error.issues.map((issue) => `${log.file} ${where(issue.path[0])}: ${issue.message}`).join('; '));
  }
  const unchanged = result.plan.lastReview?.today !== day && (values.format === undefined || values.format === 'table');
  // Nothing new: say why the plan stands (nothing logged, or a referral that stands until a clearance).
  const ended = day > plan.endDate ? `The plan ended on ${plan.endDate}: reviewed on ${day}, it has no days left to change. ` : '';
  const reasons = result.reasons.map((reason) => reason.message).join(' ');
  const note = unchanged || ended !== '' ? `${ended}${reasons === '' ? '' : `Reviewed on ${day}: ${reasons}`}`.trim() + '\n\n' : '';
  const text = values.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${note}${tools.render(result.plan, values.format, values.out)}`;
  return values.out === undefined ? { text } : { text, out: values.out };
}
