import { parseArgs } from 'node:util';
import { didYouMean } from '../model/suggest.js';
import { CliError } from './errors.js';

export const OPTIONS = {
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
  'time-zone': { type: 'string' },
  'usual-weekly': { type: 'string' },
  'longest-recent': { type: 'string' },
  'spike-guard': { type: 'string' },
} as const;

type Flag = keyof typeof OPTIONS;

/** The flags that fit a plan to the runner's own training. */
const RUNNER_FLAGS = ['history', 'history-unit', 'time-zone', 'usual-weekly', 'longest-recent', 'spike-guard'] as const;

/** The flags each command takes (besides --help and --version), and how many arguments. */
export const COMMANDS: Record<string, { flags: readonly Flag[]; args: readonly string[] }> = {
  protocols: { flags: ['out'], args: [] },
  plan: { flags: ['start', 'goal', 'unit', ...RUNNER_FLAGS, 'format', 'out'], args: ['<protocol-id>'] },
  match: { flags: ['profile', 'plan', 'start', 'goal', 'unit', ...RUNNER_FLAGS, 'format', 'out'], args: [] },
  schema: { flags: ['out'], args: ['[model]'] },
};

const EXAMPLES: Partial<Record<Flag, string>> = {
  start: '--start 2026-12-01',
  goal: '--goal 30mi',
  unit: '--unit km',
  format: '--format md',
  out: '--out plan.md',
  profile: '--profile profile.json',
  history: '--history runs.csv',
  'history-unit': '--history-unit km',
  'time-zone': '--time-zone Europe/Copenhagen',
  'usual-weekly': '--usual-weekly 50km',
  'longest-recent': '--longest-recent 20km',
  'spike-guard': '--spike-guard warn',
};

/** `--start, --goal, …`. */
export const flagList = (flags: readonly string[]) => flags.map((flag) => `--${flag}`).join(', ');

/**
 * parseArgs' "Unknown option" in the CLI's words: the nearest valid option, then all of them. Undefined for any other
 * message. Every command words it this way, `review` (which parses its own flags) included.
 */
export function unknownOptionMessage(message: string, command: string | undefined, flags: readonly string[]): string | undefined {
  const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
  if (unknown === undefined) return undefined;
  const where = command === undefined ? '' : ` for ${command}`;
  const hint = didYouMean(unknown.replace(/^-+/, ''), flags).replace(/`([^`]+)`/g, '`--$1`');
  return `Unknown option ${unknown}${where}${hint || '.'} Options${where}: ${flagList(flags)}, --help`;
}

export interface CommandLine {
  readonly command: string | undefined;
  readonly args: readonly string[];
  readonly values: { [K in Flag]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
}

/** Parses the arguments, or throws a CliError that names the valid flags and arguments in the user's terms. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const named = argv.find((arg) => Object.hasOwn(COMMANDS, arg));
  const spec = named === undefined ? undefined : COMMANDS[named];
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error, argv, named, spec);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (command === undefined || values.help || values.version) return { command, args, values };
  const commandSpec = COMMANDS[command];
  if (commandSpec === undefined) {
    // review parses its own options (main.ts hands it the arguments first); it is named here for the suggestion.
    const commands = [...Object.keys(COMMANDS), 'review'];
    throw new CliError(`Unknown command "${command}"${didYouMean(command, commands, '"') || '.'} Commands: ${commands.join(', ')}`, 2);
  }
  for (const flag of Object.keys(values) as Flag[]) {
    if (flag !== 'help' && flag !== 'version' && !commandSpec.flags.includes(flag)) {
      throw new CliError(`--${flag} does not apply to ${command}. Options for ${command}: ${flagList(commandSpec.flags)}`, 2);
    }
  }
  const extra = args.slice(commandSpec.args.length);
  if (extra.length > 0) {
    const takes = commandSpec.args.length === 0 ? 'takes no arguments' : `takes ${commandSpec.args.join(' ')}`;
    throw new CliError(`Unexpected argument "${extra[0]}": ${command} ${takes}. Options: ${flagList(commandSpec.flags)}`, 2);
  }
  return { command, args, values };
}

function usageError(error: unknown, argv: readonly string[], command: string | undefined, spec: (typeof COMMANDS)[string] | undefined): CliError {
  const message = error instanceof Error ? error.message : '';
  const valid = spec?.flags ?? (Object.keys(OPTIONS) as Flag[]).filter((flag) => flag !== 'help' && flag !== 'version');
  const unknown = unknownOptionMessage(message, command, valid);
  if (unknown !== undefined) return new CliError(unknown, 2);
  const ambiguous = /Option '(--?[\w-]+)[^']*' argument is ambiguous/.exec(message)?.[1];
  if (ambiguous !== undefined) {
    const value = argv[argv.indexOf(ambiguous) + 1] ?? '';
    const flag = ambiguous.replace(/^-+/, '') as Flag;
    if (flag === 'goal') return new CliError(`Cannot read --goal "${value}": a goal is a distance above zero, such as 30mi or 48km`, 2);
    return new CliError(`${ambiguous} is followed by "${value}", which looks like an option: give ${ambiguous} a value${EXAMPLES[flag] ? `, e.g. ${EXAMPLES[flag]}` : ''}`, 2);
  }
  const missing = /Option '(--?[\w-]+)[^']*' argument missing/.exec(message)?.[1];
  if (missing !== undefined) {
    const flag = missing.replace(/^-+/, '') as Flag;
    return new CliError(`${missing} needs a value${EXAMPLES[flag] ? `, e.g. ${EXAMPLES[flag]}` : ''}`, 2);
  }
  return new CliError(`${message.split('\n')[0] ?? 'Cannot read the arguments'}. See: rehab-protocols --help`, 2);
}
