import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  formatPlan,
  generatePlan,
  getProtocol,
  IsoDateSchema,
  listProtocols,
  matchConditions,
  planForProfile,
  type ReferralReason,
  type Question,
  RehabInputError,
  type RehabInputIssue,
  type Distance,
  type Plan,
  type SymptomProfileInput,
} from '../index.js';
import { toCsv } from '../export/csv/index.js';
import { planToCarePlan } from '../export/fhir/index.js';
import { toIcs } from '../export/ics/index.js';
import { JSON_SCHEMA_MODELS, toJsonSchema, type JsonSchemaModel } from '../export/json-schema/index.js';
import { toMarkdown } from '../export/markdown/index.js';
import { historyIssueLine, HistoryFileError, readHistoryFile, type HistoryFile } from './history.js';
import { conditions } from '../../protocols/index.js';
import { HELP } from './help.js';
import { parseCommandLine, type CommandLine } from './args.js';
import { CliError, inWords, oneLine } from './errors.js';
import { writeOutput } from './output.js';
import { MAX_DATA_BYTES, readJsonFile } from './read-input.js';
import { LogFileError, reviewCommand } from './review.js';
import { escapeControl } from '../model/describe-value.js';
import { unsaidPlaces } from '../match/facts.js';

const PLAN_FORMATS = ['table', 'md', 'csv', 'ics', 'json', 'fhir'] as const;
type PlanFormat = (typeof PLAN_FORMATS)[number];

/** The format `--out FILE` implies when --format is not given. */
/** `match`'s exit codes: a plan (or no referral) 0, questions still to ask 3, see a clinician 4. */
const MATCH_EXIT_CODES = { plan: 0, questions: 3, referral: 4 } as const;

const EXTENSION_FORMATS: Record<string, PlanFormat> = { '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.ics': 'ics', '.json': 'json', '.txt': 'table' };

/** The history file read for this run, so that an error about `history[i]` can name its line. */
let historyFile: HistoryFile | undefined;

type ParsedValues = CommandLine['values'];

/** Runs the command line; returns the text to print. Throws CliError or RehabInputError for the user's mistakes. */
async function run(argv: string[], today: string): Promise<{ text: string; out?: string; code?: number }> {
  // -V as well as -v and --version: both spellings are common.
  if (argv.length === 1 && argv[0] === '-V') return { text: `${version()}\n` };
  // review's --plan names a file, unlike match's --plan switch: it parses its own options.
  if (argv[0] === 'review') {
    const tools = { render: (plan: Plan, format: string | undefined, out?: string) => render(plan, planFormat(format, out)), readJson: (file: string) => readJsonFile(file, MAX_DATA_BYTES, 'a plan file'), fail: (message: string, code?: number) => new CliError(message, code) };
    return reviewCommand(argv.slice(1), today, tools, HELP['review'] ?? '');
  }
  const { command, args: rest, values } = parseCommandLine(argv);
  if (values.version) return { text: `${version()}\n` };
  if (command === undefined) return { text: `${HELP.main}\n` };
  const help = HELP[command];
  if (help === undefined) throw new CliError(`Unknown command "${command}". Commands: protocols, plan, match, schema`, 2);
  if (values.help) return { text: `${help}\n` };
  const out = values.out;
  const withOut = (text: string) => (out === undefined ? { text } : { text, out });

  switch (command) {
    case 'protocols':
      return withOut(listing());
    case 'plan': {
      const [id] = rest;
      if (id === undefined) throw new CliError('Missing the protocol id. Example: rehab-protocols plan patellofemoral-pain --start 2026-12-01 --goal 30mi', 2);
      const format = planFormat(values.format, out);
      const protocol = getProtocol(id);
      if (values.goal === undefined && protocol.phases.some((phase) => phase.running.kind === 'ramp-to-goal')) {
        throw new CliError(`Missing --goal: ${protocol.id} builds back up to your usual distance, e.g. --goal 30mi`, 2);
      }
      const plan = generatePlan(protocol, await planOptions(values, today));
      return withOut(render(plan, format));
    }
    case 'match': {
      if (values.profile === undefined) throw new CliError('Missing --profile FILE: a JSON file with a symptom profile', 2);
      const file = values.profile;
      const profile = readJsonFile(file) as SymptomProfileInput;
      const json = values.format === 'json' || (values.format === undefined && out !== undefined && extname(out).toLowerCase() === '.json');
      if (values.format !== undefined && !json && values.format !== 'text') throw new CliError(`Unknown --format "${values.format}" for match: text or json`, 2);
      const options = values.plan ? await planOptions(values, today) : undefined;
      const result = withSource(file, () => (options ? planForProfile(profile, options) : matchConditions(profile)));
      // The exit code tells scripts what came out: 0 a plan (or matches with no referral), 3 questions to ask first,
      // 4 see a clinician.
      const code = 'kind' in result ? MATCH_EXIT_CODES[result.kind] : result.referral.required ? MATCH_EXIT_CODES.referral : MATCH_EXIT_CODES.plan;
      const withCode = (text: string) => ({ ...withOut(text), code });
      if (json) return withCode(`${JSON.stringify(result, null, 2)}\n`);
      if (!('kind' in result)) return withCode(describeMatch(result));
      if (result.kind === 'referral') return withCode(`See a clinician${when(result.reasons)} rather than follow a plan:\n${result.reasons.map((reason) => `- ${reason.message}`).join('\n')}\n`);
      if (result.kind === 'questions') return withCode(describeQuestions(result.questions, profile));
      // A plan that follows a clinician's diagnosis says so: the score ranks only the answers.
      const lead = result.plan.flags.some((flag) => flag.kind === 'diagnosed')
        ? `Planned for ${result.match.name}, as a clinician diagnosed it (the answers alone score ${result.match.score.toFixed(2)}).`
        : `Consistent with ${result.match.name} (score ${result.match.score.toFixed(2)}).`;
      return withCode(`${lead}\n\n${formatPlan(result.plan)}`);
    }
    default: {
      const [model] = rest;
      if (model === undefined) return withOut(`Models: ${JSON_SCHEMA_MODELS.join(', ')}\n`);
      return withOut(`${JSON.stringify(toJsonSchema(model as JsonSchemaModel), null, 2)}\n`);
    }
  }
}

/** The options planOptions builds: issues about them come from the flags, not from the profile file. */
const PLAN_OPTION_KEYS = ['startDate', 'goalDistance', 'unit', 'history', 'runner', 'spikeGuard'];

/** An issue about `history[i]` as the line of the history file it came from. */
const historyLine = (issue: RehabInputIssue) => historyIssueLine(issue, historyFile);

/**
 * Runs `read` on data from `file`: a profile error names the file, and a missing goal is said in flags.
 */
function withSource<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    if (error.issues.some((issue) => issue.path.length === 1 && issue.path[0] === 'goalDistance')) {
      throw new CliError("Missing --goal: the best match's plan builds back up to your usual distance, e.g. --goal 30mi", 2);
    }
    const planIssues = error.issues.every((issue) => PLAN_OPTION_KEYS.includes(String(issue.path[0])));
    throw new CliError(oneLine(error, planIssues ? undefined : file, historyLine).message);
  }
}

async function planOptions(values: ParsedValues, today: string) {
  if (values.start !== undefined && !IsoDateSchema.safeParse(values.start).success) {
    const shape = /^\d{4}-\d{2}-\d{2}$/.test(values.start) ? 'is not a real calendar day' : 'is not a date as YYYY-MM-DD';
    throw new CliError(`Cannot read --start "${values.start}": it ${shape}; write the date of day 1 as YYYY-MM-DD, e.g. --start 2026-12-01`, 2);
  }
  const goalDistance = values.goal === undefined ? undefined : parseDistance(values.goal, '--goal');
  const { unit } = values;
  if (unit !== undefined && unit !== 'mi' && unit !== 'km') throw new CliError(`Unknown --unit "${unit}": mi or km`, 2);
  const startDate = values.start ?? today;
  return { startDate, ...(goalDistance ? { goalDistance } : {}), ...(unit ? { unit } : {}), ...(await runnerOptions(values, startDate)) };
}

/** `--history`, `--usual-weekly`, `--longest-recent` and `--spike-guard` as generatePlan options. */
async function runnerOptions(values: ParsedValues, startDate: string) {
  const historyUnit = values['history-unit'];
  if (historyUnit !== undefined && historyUnit !== 'mi' && historyUnit !== 'km') throw new CliError(`Unknown --history-unit "${historyUnit}": mi or km`, 2);
  const guard = values['spike-guard'];
  if (guard !== undefined && guard !== 'cap' && guard !== 'warn') throw new CliError(`Unknown --spike-guard "${guard}": cap or warn`, 2);
  const zone = values['time-zone'];
  if (zone !== undefined && values.history === undefined) throw new CliError('--time-zone is the zone of the runs in --history FILE: pass it with --history', 2);
  if (zone !== undefined && !isTimeZone(zone)) throw new CliError(`Unknown --time-zone "${zone}": name a zone such as America/Denver, Europe/Copenhagen or UTC`, 2);
  if (values.history !== undefined) {
    const timeZone = zone ?? systemZone();
    try {
      historyFile = await readHistoryFile(values.history, { unit: historyUnit, timeZone, systemZone: zone === undefined, startDate });
    } catch (error) {
      if (error instanceof HistoryFileError) throw new CliError(error.message);
      throw error;
    }
    // What was read goes to stderr, so that stdout keeps the plan alone.
    process.stderr.write(`${escapeControl(historyFile.summary)}\n`);
  }
  const usual = values['usual-weekly'] === undefined ? undefined : parseDistance(values['usual-weekly'], '--usual-weekly');
  const longest = values['longest-recent'] === undefined ? undefined : parseDistance(values['longest-recent'], '--longest-recent');
  const runner = { ...(usual ? { usualWeeklyDistance: usual } : {}), ...(longest ? { longestRecentRun: longest } : {}) };
  return {
    ...(historyFile ? { history: historyFile.entries } : {}),
    ...(usual || longest ? { runner } : {}),
    ...(guard ? { spikeGuard: guard } : {}),
  };
}

/** A distance as a runner writes it: 30mi, 30 mi, 30MI, 8.5km or 8,5km. */
function parseDistance(text: string, option: string): Distance {
  const match = /^(\d+(?:[.,]\d+)?)\s*(mi|km)$/i.exec(text.trim());
  if (!match) throw new CliError(`Cannot read ${option} "${text}": expected a distance such as 30mi, 8.5 km or 8,5km`, 2);
  return { value: Number((match[1] ?? '').replace(',', '.')), unit: (match[2] ?? '').toLowerCase() as 'mi' | 'km' };
}

function planFormat(format: string | undefined, out: string | undefined): PlanFormat {
  if (format === undefined) {
    const extension = out === undefined ? '' : extname(out).toLowerCase();
    if (extension === '') return 'table';
    const fromExtension = EXTENSION_FORMATS[extension];
    if (fromExtension === undefined) {
      throw new CliError(`Cannot tell the format of --out ${out} from "${extension}": name the file .txt, .md, .csv, .ics or .json, or pass --format (${PLAN_FORMATS.join(', ')})`, 2);
    }
    return fromExtension;
  }
  if ((PLAN_FORMATS as readonly string[]).includes(format)) return format as PlanFormat;
  throw new CliError(`Unknown --format "${format}": ${PLAN_FORMATS.join(', ')}`, 2);
}

function render(plan: Plan, format: PlanFormat): string {
  switch (format) {
    case 'table':
      return formatPlan(plan);
    case 'md':
      return toMarkdown(plan);
    case 'csv':
      return toCsv(plan);
    case 'ics':
      return toIcs(plan);
    case 'json':
      return `${JSON.stringify(plan, null, 2)}\n`;
    case 'fhir':
      return `${JSON.stringify(planToCarePlan(plan), null, 2)}\n`;
  }
}

function listing(): string {
  const protocols = listProtocols().map((protocol) => `  ${protocol.id.padEnd(44)} ${protocol.name}`);
  const referOnly = conditions.filter((condition) => condition.referOnly).map((condition) => `  ${condition.id.padEnd(44)} ${condition.name}: see a clinician`);
  return `Protocols:\n${protocols.join('\n')}\n\nRefer-only conditions (no self-managed plan):\n${referOnly.join('\n')}\n`;
}

/** How soon the referral asks to see a clinician, in words after "See a clinician" (nothing when routine): its first reason's urgency, the most urgent. */
function when(reasons: readonly ReferralReason[]): string {
  const most = reasons[0]?.urgency;
  return most === 'today' ? ' today' : most === 'within-days' ? ' within days' : '';
}

function describeMatch(result: ReturnType<typeof matchConditions>): string {
  const lines: string[] = [];
  if (result.referral.required) {
    lines.push(`See a clinician${when(result.referral.reasons)} first:`, ...result.referral.reasons.map((reason) => `- ${reason.message}`), '');
  }
  lines.push('Consistent with (not a diagnosis):');
  for (const match of result.matches.slice(0, 3)) {
    lines.push(`  ${match.name}: score ${match.score.toFixed(2)}${match.referOnly ? ' (refer-only)' : ''}`);
    for (const reason of match.supporting.slice(0, 4)) lines.push(`    + ${reason.message}`);
    for (const reason of match.against.slice(0, 2)) lines.push(`    − ${reason.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Whether the runtime knows `zone` as a time zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The system's time zone (an IANA name), for the days of a history's UTC times; UTC when the system names none. */
function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today's date where the user is: the command line, unlike the library, may read the clock. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A reader that stops early (`| head -1`) closes the pipe: that is not an error. Any other failure to write the
// output (a full disk) is one line, not a stack trace.
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`rehab-protocols: cannot write the output: ${inWords(error)}\n`);
  } finally {
    process.exit(1);
  }
}
process.stdout.on('error', onOutputError);

try {
  const { text, out, code } = await run(process.argv.slice(2), localToday());
  if (out === undefined) process.stdout.write(text);
  else writeOutput(out, text);
  if (code !== undefined) process.exitCode = code;
} catch (error) {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' || (error as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC') {
    onOutputError(error as NodeJS.ErrnoException);
  }
  const { message, code } = error instanceof LogFileError ? { message: escapeControl(error.message), code: 1 } : oneLine(error, undefined, historyLine);
  process.stderr.write(`rehab-protocols: ${bounded(message)}\n`);
  process.exitCode = code;
}

/** An error as one line of at most 2,000 characters: a bad file's content must not flood the terminal. */
function bounded(message: string): string {
  const line = message.replace(/\r?\n/g, ' ');
  return line.length > 2_000 ? `${line.slice(0, 2_000)}… (${line.length - 2_000} more characters)` : line;
}

/** The questions still to ask, with where each answer goes in the profile file. */
function describeQuestions(questions: readonly Question[], profile: SymptomProfileInput): string {
  const lines = questions.map((question) => {
    const yes = `if yes, add "${question.value ?? ''}" to "${question.field}"`;
    // A place inside a wider one the list names (the band's bony bump, on the outside of the knee) is left to ask by
    // that list, so a "no" is said in `asked`, which keeps the rest of the list whole.
    const list = profile.locations;
    if (question.field === 'locations' && Array.isArray(list) && unsaidPlaces(list as string[]).includes(question.value ?? '')) {
      return `- ${question.text} (${yes}; if no, add it to "asked": { "locations": [...] }; if not sure, to "unsure": { "locations": [...] })`;
    }
    return `- ${question.text} (${yes}; either way, the list answers it; if not sure, add it to "unsure": { "${question.field}": [...] })`;
  });
  return `No plan yet: answer these first, then run the command again with the answers in your profile.\n${lines.join('\n')}\n`;
}
