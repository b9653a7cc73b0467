import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  formatPlan,
  generatePlan,
  getProtocol,
  listProtocols,
  strongestDesign,
  matchConditions,
  planForProfile,
  type Question,
  RehabInputError,
  type Distance,
  type Plan,
  type SymptomProfileInput,
} from '../index.js';
import { toCsv } from '../export/csv/index.js';
import { planToCarePlan } from '../export/fhir/index.js';
import { toIcs } from '../export/ics/index.js';
import { JSON_SCHEMA_MODELS, toJsonSchema, type JsonSchemaModel } from '../export/json-schema/index.js';
import { toMarkdown } from '../export/markdown/index.js';
import { formatPath, type RehabInputIssue } from '../model/index.js';
import { historyIssueLine, HistoryFileError, readHistoryFile, type HistoryFile } from './history.js';
import { conditions } from '../../protocols/index.js';
import { HELP } from './help.js';
import { writeAtomically } from './output.js';
import { LogFileError, reviewCommand } from './review.js';

/** A failure the user can fix: printed as one line, exit code 1 (2 for wrong usage). */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const PLAN_FORMATS = ['table', 'md', 'csv', 'ics', 'json', 'fhir'] as const;
type PlanFormat = (typeof PLAN_FORMATS)[number];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  start: { type: 'string' },
  goal: { type: 'string' },
  unit: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  profile: { type: 'string' },
  plan: { type: 'boolean' },
  history: { type: 'string' },
  'history-unit': { type: 'string' },
  'usual-weekly': { type: 'string' },
  'longest-recent': { type: 'string' },
  'spike-guard': { type: 'string' },
} as const;

/** The history file read for this run, so that an error about `history[i]` can name its line. */
let historyFile: HistoryFile | undefined;

type ParsedValues = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** Runs the command line; returns the text to print. Throws CliError or RehabInputError for the user's mistakes. */
function run(argv: string[], today: string): { text: string; out?: string } {
  // review's --plan names a file, unlike match's --plan switch: it parses its own options.
  if (argv[0] === 'review') {
    const tools = { render: (plan: Plan, format: string | undefined) => render(plan, planFormat(format)), readJson, fail: (message: string, code?: number) => new CliError(message, code) };
    return reviewCommand(argv.slice(1), today, tools, HELP['review'] ?? '');
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}. See: rehab-protocols --help`, 2);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) return { text: `${version()}\n` };
  if (command === undefined) return { text: `${HELP.main}\n` };
  const help = HELP[command];
  if (help === undefined) throw new CliError(`Unknown command "${command}". Commands: protocols, plan, match, review, schema`, 2);
  if (values.help) return { text: `${help}\n` };
  const out = values.out;
  const withOut = (text: string) => (out === undefined ? { text } : { text, out });

  switch (command) {
    case 'protocols':
      return withOut(listing());
    case 'plan': {
      const [id] = rest;
      if (id === undefined) throw new CliError('Missing the protocol id. Example: rehab-protocols plan patellofemoral-pain --start 2026-12-01 --goal 30mi', 2);
      const format = planFormat(values.format);
      const plan = generatePlan(getProtocol(id), planOptions(values, today));
      return withOut(render(plan, format));
    }
    case 'match': {
      if (values.profile === undefined) throw new CliError('Missing --profile FILE: a JSON file with a symptom profile', 2);
      const profile = readJson(values.profile) as SymptomProfileInput;
      const json = values.format === 'json';
      if (values.format !== undefined && !json && values.format !== 'text') throw new CliError(`Unknown --format "${values.format}" for match: text or json`, 2);
      if (!values.plan) {
        const result = matchConditions(profile);
        return withOut(json ? `${JSON.stringify(result, null, 2)}\n` : describeMatch(result));
      }
      const result = planForProfile(profile, planOptions(values, today));
      if (json) return withOut(`${JSON.stringify(result, null, 2)}\n`);
      if (result.kind === 'referral') return withOut(`See a clinician rather than follow a plan:\n${result.reasons.map((reason) => `- ${reason.message}`).join('\n')}\n`);
      if (result.kind === 'questions') return withOut(describeQuestions(result.questions));
      return withOut(`Consistent with ${result.match.name} (score ${result.match.score.toFixed(2)}).\n\n${formatPlan(result.plan)}`);
    }
    default: {
      const [model] = rest;
      if (model === undefined) return withOut(`Models: ${JSON_SCHEMA_MODELS.join(', ')}\n`);
      if (!(JSON_SCHEMA_MODELS as string[]).includes(model)) throw new CliError(`Unknown model "${model}". Models: ${JSON_SCHEMA_MODELS.join(', ')}`, 2);
      return withOut(`${JSON.stringify(toJsonSchema(model as JsonSchemaModel), null, 2)}\n`);
    }
  }
}

function planOptions(values: ParsedValues, today: string) {
  const goalDistance = values.goal === undefined ? undefined : parseDistance(values.goal, '--goal');
  const { unit } = values;
  if (unit !== undefined && unit !== 'mi' && unit !== 'km') throw new CliError(`Unknown --unit "${unit}": mi or km`, 2);
  return { startDate: values.start ?? today, ...(goalDistance ? { goalDistance } : {}), ...(unit ? { unit } : {}), ...runnerOptions(values) };
}

/** `--history`, `--usual-weekly`, `--longest-recent` and `--spike-guard` as generatePlan options. */
function runnerOptions(values: ParsedValues) {
  const historyUnit = values['history-unit'];
  if (historyUnit !== undefined && historyUnit !== 'mi' && historyUnit !== 'km') throw new CliError(`Unknown --history-unit "${historyUnit}": mi or km`, 2);
  const guard = values['spike-guard'];
  if (guard !== undefined && guard !== 'cap' && guard !== 'warn') throw new CliError(`Unknown --spike-guard "${guard}": cap or warn`, 2);
  if (values.history !== undefined) {
    try {
      historyFile = readHistoryFile(values.history, historyUnit);
    } catch (error) {
      if (error instanceof HistoryFileError) throw new CliError(error.message);
      throw error;
    }
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

function parseDistance(text: string, option: string): Distance {
  const match = /^(\d+(?:\.\d+)?)\s*(mi|km)$/.exec(text.trim());
  if (!match) throw new CliError(`Cannot read ${option} "${text}": expected a distance such as 30mi or 48km`, 2);
  return { value: Number(match[1]), unit: match[2] as 'mi' | 'km' };
}

function planFormat(format: string | undefined): PlanFormat {
  if (format === undefined) return 'table';
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
  const protocols = listProtocols().map((protocol) => `  ${protocol.id.padEnd(44)} ${protocol.name} (doses: ${strongestDesign(protocol)?.replaceAll('-', ' ') ?? 'library defaults'})`);
  const referOnly = conditions.filter((condition) => condition.referOnly).map((condition) => `  ${condition.id.padEnd(44)} ${condition.name}: see a clinician`);
  return `Protocols:\n${protocols.join('\n')}\n\nRefer-only conditions (no self-managed plan):\n${referOnly.join('\n')}\n`;
}

function describeMatch(result: ReturnType<typeof matchConditions>): string {
  const lines: string[] = [];
  if (result.referral.required) {
    lines.push('See a clinician first:', ...result.referral.reasons.map((reason) => `- ${reason.message}`), '');
  }
  lines.push('Consistent with (not a diagnosis):');
  for (const match of result.matches.slice(0, 3)) {
    lines.push(`  ${match.name}: score ${match.score.toFixed(2)}${match.referOnly ? ' (refer-only)' : ''}`);
    for (const reason of match.supporting.slice(0, 4)) lines.push(`    + ${reason.message}`);
    for (const reason of match.against.slice(0, 2)) lines.push(`    − ${reason.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Today's date where the user is: the command line, unlike the library, may read the clock. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function oneLine(error: unknown): { message: string; code: number } {
  if (error instanceof CliError) return { message: error.message, code: error.exitCode };
  if (error instanceof LogFileError) return { message: error.message, code: 1 };
  if (error instanceof RehabInputError) {
    const line = (issue: RehabInputIssue) => historyIssueLine(issue, historyFile) ?? (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message);
    return { message: error.issues.map(line).join('; '), code: 1 };
  }
  return { message: `unexpected error: ${(error as Error)?.message ?? String(error)} (please report it)`, code: 70 };
}

try {
  const { text, out } = run(process.argv.slice(2), localToday());
  if (out === undefined) process.stdout.write(text);
  else {
    try {
      writeAtomically(out, text);
    } catch (error) {
      throw new CliError(`Cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
} catch (error) {
  const { message, code } = oneLine(error);
  process.stderr.write(`rehab-protocols: ${message}\n`);
  process.exitCode = code;
}

/** The questions still to ask, with where each answer goes in the profile file. */
function describeQuestions(questions: readonly Question[]): string {
  const lines = questions.map((question) => `- ${question.text} (if yes, add "${question.value ?? ''}" to "${question.field}"; either way, the list answers it)`);
  return `No plan yet: answer these first, then run the command again with the answers in your profile.\n${lines.join('\n')}\n`;
}
