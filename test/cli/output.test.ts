import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/output.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'rehab-out-'));

describe('writeOutput', () => {
  it('leaves the old file and no temporary file when the write fails before it is committed', () => {
    const dir = scratch();
    const file = join(dir, 'plan.txt');
    writeFileSync(file, 'old');
    expect(() => writeOutput(file, 'new', { beforeCommit: () => { throw Object.assign(new Error('disk gone'), { code: 'EIO' }); } })).toThrow(
      /Cannot write .*plan\.txt: an input\/output error from the device/,
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['plan.txt']);
  });

  it('removes its temporary file when the command is terminated', () => {
    const dir = scratch();
    const output = fileURLToPath(new URL('../../src/cli/output.ts', import.meta.url));
    const script = `import { writeOutput } from ${JSON.stringify(output)};
      writeOutput(${JSON.stringify(join(dir, 'plan.txt'))}, 'new', { beforeCommit: () => process.kill(process.pid, 'SIGTERM') });
      setTimeout(() => {}, 5000);`;
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const result = spawnSync(tsx, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(143);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
