import { RehabInputError, formatPath, type RehabInputIssue } from '../model/index.js';
import { escapeControl } from '../model/describe-value.js';

/** A failure the user can fix: printed as one line, exit code 1 (2 for wrong usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

// What the system's error codes mean to a person writing or reading a file.
const ERRNO_WORDS: Record<string, string> = {
  EISDIR: 'is a directory',
  ENOENT: 'folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be too large',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EEXIST: 'the file already exists',
  EIO: 'an input/output error from the device',
};

/** A system error in words ("permission denied"), or its message when the code is not one a user can fix. */
export function inWords(error: unknown, reading = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (reading && code === 'ENOENT') return 'no such file';
  if (code !== undefined && Object.hasOwn(ERRNO_WORDS, code)) return ERRNO_WORDS[code] as string;
  return safeMessage(error);
}

function safeMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : typeof error === 'string' ? error : 'an unknown error';
  } catch {
    return 'an unknown error';
  }
}

/** Library paths as the command line's own flags: `startDate` is what the user typed as --start. */
const FLAGS: Record<string, string> = {
  startDate: '--start',
  goalDistance: '--goal',
  unit: '--unit',
  'runner.usualWeeklyDistance': '--usual-weekly',
  'runner.longestRecentRun': '--longest-recent',
  spikeGuard: '--spike-guard',
  today: '--today',
};

/**
 * Where an issue is, in the user's terms: the flag for plan options, `file: path` for a profile read from a file.
 */
function where(path: readonly (string | number)[], source: string | undefined): string {
  const [first, second] = path;
  const nested = `${String(first)}.${String(second)}`;
  if (source === undefined && Object.hasOwn(FLAGS, nested)) return FLAGS[nested] as string;
  if (source === undefined && typeof first === 'string' && Object.hasOwn(FLAGS, first)) return FLAGS[first] as string;
  const inside = path.length > 0 ? formatPath(path) : '';
  if (source === undefined) return inside;
  return inside === '' ? source : `${source}: ${inside}`;
}

/**
 * Any error as one printable line and an exit code; control characters shown as escapes. `lineFor` may say an issue
 * better (an issue in `history[3]` as the line of the history file it came from).
 */
export function oneLine(error: unknown, source?: string, lineFor?: (issue: RehabInputIssue) => string | undefined): { message: string; code: number } {
  if (error instanceof CliError) return { message: escapeControl(error.message), code: error.exitCode };
  if (error instanceof RehabInputError) {
    const lines = error.issues.map((issue) => {
      const better = lineFor?.(issue);
      if (better !== undefined) return better;
      const at = where(issue.path, source);
      return at === '' ? issue.message : `${at}: ${issue.message}`;
    });
    return { message: escapeControl(lines.join('; ')), code: 1 };
  }
  return { message: escapeControl(`unexpected error: ${safeMessage(error)} (please report it)`), code: 70 };
}
