import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conditions } from 'rehab-protocols/protocols';
import { moduleIssues, readModule } from './conformance.js';

const guide = readFileSync(new URL('../../docs/contributing-a-protocol.md', import.meta.url), 'utf8');
const model = fileURLToPath(new URL('../../src/model/index.ts', import.meta.url));

/** The ```ts block after the template marker, with its import pointed at this checkout's model. */
function template(): string {
  const after = guide.split('<!-- template -->')[1] ?? '';
  const match = /```ts\n([\s\S]*?)\n```\s*$/.exec(after.trim());
  if (!match?.[1]) throw new Error('no template block after <!-- template --> in docs/contributing-a-protocol.md');
  return match[1].replace("'../src/model/index.js'", JSON.stringify(model));
}

describe('the template in docs/contributing-a-protocol.md', () => {
  it('passes the conformance suite', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rehab-template-')), 'my-condition.ts');
    writeFileSync(file, template());
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const { condition, protocols } = readModule(exports);
    expect(condition?.id).toBe('my-condition');
    expect(protocols).toHaveLength(1);
    expect(moduleIssues('my-condition', exports, [...conditions, ...(condition ? [condition] : [])])).toEqual([]);
  });
});
