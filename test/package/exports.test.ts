import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleIds, protocolExports, renderCatalog } from '../../scripts/catalog.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };
const protocolsDir = new URL('protocols/', root).pathname;

// Both are written by `npm run generate`; these tests fail when a module was added without running it.
describe('the protocol catalogue', () => {
  it('lists every module in protocols/index.ts', () => {
    expect(readFileSync(new URL('protocols/index.ts', root), 'utf8'), 'protocols/index.ts is out of date: run npm run generate (do not edit it by hand)').toBe(renderCatalog(protocolsDir));
  });

  it.each(moduleIds(protocolsDir))('has a package.json subpath for protocols/%s.ts', (id) => {
    expect(pkg.exports[`./protocols/${id}`], `package.json has no subpath for protocols/${id}.ts: run npm run generate`).toEqual(protocolExports(protocolsDir)[`./protocols/${id}`]);
  });

  it('has no protocol subpath without a module behind it, and one for the catalogue', () => {
    const subpaths = Object.keys(pkg.exports).filter((key) => key.startsWith('./protocols'));
    expect(subpaths, 'package.json exports do not match protocols/: run npm run generate').toEqual(Object.keys(protocolExports(protocolsDir)));
  });
});
