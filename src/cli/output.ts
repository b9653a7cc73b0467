import { accessSync, chmodSync, closeSync, constants, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, inWords } from './errors.js';

// Temporary files still on disk, removed if the command is interrupted (SIGINT, SIGTERM, SIGHUP). Writes are
// synchronous, so a signal is handled after the write step in progress; the handler then removes what is left.
const pending = new Set<string>();
let handlersInstalled = false;

function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
    process.on(signal, () => {
      for (const file of pending) rmSync(file, { force: true });
      process.exit(128 + number);
    });
  }
}

/** For tests: called after the temporary file is written and before it replaces the target. */
export interface WriteHooks {
  /** Runs between writing the temporary file and renaming it into place. */
  readonly beforeCommit?: () => void;
}

/**
 * Writes `text` to `file` the way a user expects `--out` to:
 * - a regular file (or a new one) is replaced atomically: written beside it, then renamed over it, keeping its mode,
 *   so a failure never leaves half a file; a read-only file is refused;
 * - a symbolic link is followed, and what it points to is written as above: the link stays a link;
 * - a FIFO or character device (`/dev/null`, `/dev/stdout`) is written through, never replaced;
 * - anything else (a directory, a socket, a block device) is refused.
 * Every failure is a CliError in words ("is a directory", "folder does not exist", "permission denied").
 */
export function writeOutput(file: string, text: string, hooks: WriteHooks = {}): void {
  try {
    writeTo(file, text, hooks);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot write ${file}: ${inWords(error)}`);
  }
}

function writeTo(file: string, text: string, hooks: WriteHooks): void {
  // A pipe, a terminal or another device, named through a link such as /dev/stdout (whose target, pipe:[…], is not
  // a path): written through as it is.
  try {
    const target = statSync(file);
    if (target.isFIFO() || target.isCharacterDevice()) return writeFileSync(file, text);
  } catch {
    // Not there (yet), or not reachable: the checks below say which in words.
  }
  let stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const folder = dirname(file);
    if (!isDirectory(folder)) throw new CliError(`Cannot write ${file}: folder ${folder} does not exist`);
    return replaceAtomically(file, text, undefined, hooks);
  }
  if (stats.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(file);
    } catch {
      throw new CliError(`Cannot write ${file}: it is a symbolic link to something that does not exist`);
    }
    return writeTo(target, text, hooks);
  }
  if (stats.isDirectory()) throw new CliError(`Cannot write ${file}: it is a directory`);
  if (stats.isFIFO() || stats.isCharacterDevice()) return writeFileSync(file, text);
  if (!stats.isFile()) throw new CliError(`Cannot write ${file}: it is not a regular file`);
  try {
    // The mode bits as well as access(): root passes access() for any file, but a file nobody may write is one its
    // owner meant to keep.
    if ((stats.mode & 0o222) === 0) throw new Error('read-only');
    accessSync(file, constants.W_OK);
  } catch {
    throw new CliError(`Cannot write ${file}: permission denied (the file is read-only)`);
  }
  replaceAtomically(file, text, stats.mode & 0o7777, hooks);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function replaceAtomically(file: string, text: string, mode: number | undefined, hooks: WriteHooks): void {
  installSignalCleanup();
  const staged = join(dirname(file), `.${basename(file)}.rehab-protocols-${process.pid}-${Date.now().toString(36)}.tmp`);
  pending.add(staged);
  try {
    const fd = openSync(staged, 'wx', mode ?? 0o666);
    try {
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } finally {
      closeSync(fd);
    }
    // openSync's mode passes through the umask; an existing file keeps exactly the mode it had.
    if (mode !== undefined) chmodSync(staged, mode);
    hooks.beforeCommit?.();
    renameSync(staged, file);
  } finally {
    rmSync(staged, { force: true });
    pending.delete(staged);
  }
}
