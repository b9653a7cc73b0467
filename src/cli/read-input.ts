import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { CliError, inWords } from './errors.js';

/**
 * The most a profile file may hold: 1 MiB. A symptom profile is a few hundred bytes; the cap stops `/dev/zero` or a
 * mistaken path to a large file from hanging the command or filling memory.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

/**
 * The most the other input files may hold: a plan (a two-year plan with its history is a few MiB), a log and a
 * history (Strava's export of thousands of activities is a few MiB). Generous, but bounded, for the same reason.
 */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

/**
 * How long the command waits for a program to start writing to a named pipe (`--log <(…)`, `mkfifo`) before saying
 * that none is, and how long it waits for more once one has: a pipe nobody writes to would otherwise block forever.
 */
const PIPE_FIRST_WRITE_MS = 2_000;
const PIPE_IDLE_MS = 30_000;

/** Sleeps `ms` milliseconds without a busy loop (the command reads synchronously). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads at most `max` bytes of `file` (a `what`, for the message) as UTF-8, or fails in words. */
export function readCapped(file: string, max = MAX_INPUT_BYTES, what = 'a profile file'): string {
  return Buffer.from(readCappedBytes(file, max, what)).toString('utf8');
}

/** Reads at most `max` bytes of `file` (a `what`, for the message), or fails in words. */
export function readCappedBytes(file: string, max = MAX_INPUT_BYTES, what = 'a profile file'): Uint8Array {
  let fd: number;
  let pipe = false;
  try {
    // A named pipe is opened without blocking: opening one that no program writes to would wait forever.
    pipe = statSync(file).isFIFO();
    fd = openSync(file, pipe ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${inWords(error, true)}`);
  }
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    let waited = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, max + 1 - length));
      let read: number;
      try {
        read = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        // A pipe whose writer has not written yet.
        if (!pipe || (error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        if (waited >= PIPE_IDLE_MS) throw new CliError(`Cannot read ${file}: nothing was written to it for ${PIPE_IDLE_MS / 1000} s (a named pipe)`);
        sleep(10);
        waited += 10;
        continue;
      }
      // An empty pipe before any writer: wait a little for one to start.
      if (read === 0 && pipe && length === 0 && waited < PIPE_FIRST_WRITE_MS) {
        sleep(10);
        waited += 10;
        if (waited >= PIPE_FIRST_WRITE_MS) throw new CliError(`Cannot read ${file}: no program is writing to it (a named pipe)`);
        continue;
      }
      waited = 0;
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > max) throw new CliError(`Cannot read ${file}: it is larger than ${max / 1024 / 1024} MiB, the most ${what} may be`);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read ${file}: ${inWords(error, true)}`);
  } finally {
    closeSync(fd);
  }
}

/** A JSON file, byte-order mark allowed (editors on Windows save one). */
export function readJsonFile(file: string, max = MAX_INPUT_BYTES, what = 'a profile file'): unknown {
  const text = readCapped(file, max, what).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
