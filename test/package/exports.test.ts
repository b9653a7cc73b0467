import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const protocolIds = readdirSync(new URL('../../protocols/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

const entry = (base: string) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});

describe('package.json exports', () => {
  it.each(protocolIds)('has a subpath for protocols/%s.ts', (id) => {
    // A new protocol module needs this entry in package.json "exports"; the expected value is printed on failure.
    expect(pkg.exports[`./protocols/${id}`]).toEqual(entry(`protocols/${id}`));
  });

  it('has no protocol subpath without a module behind it', () => {
    const subpaths = Object.keys(pkg.exports).filter((key) => key.startsWith('./protocols/'));
    expect(subpaths.sort()).toEqual(protocolIds.map((id) => `./protocols/${id}`).sort());
  });
});
