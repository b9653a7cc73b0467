import { closeSync, openSync, readSync } from 'node:fs';
import { CliError, inWords } from './errors.js';

/**
 * The most a profile file may hold: 1 MiB. A symptom profile is a few hundred bytes; the cap stops `/dev/zero` or a
 * mistaken path to a large file from hanging the command or filling memory.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Reads at most MAX_INPUT_BYTES of `file` as UTF-8, or fails in words. */
function readCapped(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${inWords(error, true)}`);
  }
  try {
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > MAX_INPUT_BYTES) throw new CliError(`Cannot read ${file}: it is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most a profile file may be`);
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read ${file}: ${inWords(error, true)}`);
  } finally {
    closeSync(fd);
  }
}

/** A JSON file, byte-order mark allowed (editors on Windows save one). */
export function readJsonFile(file: string): unknown {
  const text = readCapped(file).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
