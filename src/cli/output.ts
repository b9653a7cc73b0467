import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes `text` to `file` all at once: first to a temporary file beside it, then renamed over it, so a failure
 * never leaves a half-written file behind.
 */
export function writeAtomically(file: string, text: string): void {
  const temporary = mkdtempSync(join(dirname(file), '.rehab-protocols-'));
  try {
    const staged = join(temporary, 'out');
    writeFileSync(staged, text);
    renameSync(staged, file);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
