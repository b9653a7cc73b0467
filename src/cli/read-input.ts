import { closeSync, openSync, readSync } from 'node:fs';
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

/** Reads at most `max` bytes of `file` (a `what`, for the message) as UTF-8, or fails in words. */
export function readCapped(file: string, max = MAX_INPUT_BYTES, what = 'a profile file'): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${inWords(error, true)}`);
  }
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, max + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > max) throw new CliError(`Cannot read ${file}: it is larger than ${max / 1024 / 1024} MiB, the most ${what} may be`);
    }
    return Buffer.concat(chunks).toString('utf8');
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
