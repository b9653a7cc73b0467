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

// TypeScript's older resolution (moduleResolution node10, which ignores `exports`) finds the shipped JSON Schemas
// through typesVersions, as it finds the subpaths' types.
describe('the JSON Schemas under moduleResolution node10', () => {
  it('type-check when imported as rehab-protocols/schema/<name>.json', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { execFileSync } = await import('node:child_process');
    const rootPath = new URL('.', root).pathname;
    if (!existsSync(join(rootPath, 'dist/schema/plan.json'))) throw new Error('dist/schema is missing: run npm run build first');
    const dir = mkdtempSync(join(tmpdir(), 'rehab-node10-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(rootPath, join(dir, 'node_modules', 'rehab-protocols'));
    writeFileSync(join(dir, 'a.ts'), "import plan from 'rehab-protocols/schema/plan.json';\nexport const title: string = plan.$schema;\n");
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node10', resolveJsonModule: true, esModuleInterop: true, strict: true, noEmit: true, skipLibCheck: true }, files: ['a.ts'] }),
    );
    const tsc = join(rootPath, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' })).not.toThrow();
  });
});
