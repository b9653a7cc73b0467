import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { listProtocols } from 'rehab-protocols';

// docs/contributing-a-protocol.md asks for `/* @__PURE__ */` before catalogueProtocol, catalogueCondition and shared
// helper calls: it is what lets a bundler keep a module's condition (which the matcher needs) and drop its protocol
// (which it does not). This bundles the built matcher as an app would and looks for protocol text in it.
const entry = fileURLToPath(new URL('../../dist/esm/src/index.js', import.meta.url));

describe('an app that imports only matchConditions', () => {
  it('bundles no protocol data', async () => {
    if (!existsSync(entry)) throw new Error('dist/esm/src/index.js is missing: run npm run build first');
    const result = await build({
      stdin: { contents: `export { matchConditions } from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      treeShaking: true,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const bundle = result.outputFiles[0]?.text ?? '';
    expect(bundle.length).toBeGreaterThan(0);
    for (const protocol of listProtocols()) {
      const instruction = protocol.exercises[0]?.instructions[0] ?? protocol.summary;
      expect(
        bundle.includes(instruction) || bundle.includes(JSON.stringify(instruction).slice(1, -1)),
        `protocols/${protocol.id}.ts ends up in the matcher's bundle: put /* @__PURE__ */ before catalogueProtocol( and before every call to a shared helper (docs/contributing-a-protocol.md)`,
      ).toBe(false);
    }
  });
});
