import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleAsApp } from './bundle-as-app.js';
import { describe, expect, it } from 'vitest';
import { listProtocols } from 'rehab-protocols';

// A protocol module is data: an app that imports one protocol (to hand it to generatePlan, or to show its exercises)
// gets that data, frozen and remembered as valid, and nothing of zod or the schemas — validation lives in the
// functions that need it. Each module is bundled as an app would (esbuild, minified, for the browser) and what went
// into the bundle is read from esbuild's metafile. size-limit holds the founding protocol alone to its budget.
const folder = fileURLToPath(new URL('../../dist/esm/protocols/', import.meta.url));
// What a catalogue entry needs: the deep freeze and the memory of what is valid.
const allowedFromSrc = ['src/model/catalogue-entry.js', 'src/model/memory.js', 'src/model/freeze.js', 'src/model/known-clean.js'];

describe('a protocol module imported alone', () => {
  if (!existsSync(folder)) throw new Error('dist/esm/protocols is missing: run npm run build first');
  const modules = readdirSync(folder).filter((name) => name.endsWith('.js') && name !== 'index.js');

  it('covers every protocol of the catalogue (and the modules that declare only a condition)', () => {
    const names = modules.map((name) => name.slice(0, -3));
    for (const protocol of listProtocols()) expect(names).toContain(protocol.id);
  });

  it.each(modules)('%s bundles its data without zod or the schemas', async (name) => {
    const { inputs } = await bundleAsApp(`export * from ${JSON.stringify(folder + name)};`);
    expect(inputs.some((input) => input.endsWith(`protocols/${name}`))).toBe(true);
    expect(inputs.filter((input) => input.includes('node_modules/'))).toEqual([]);
    const fromSrc = inputs.filter((input) => input.includes('dist/esm/src/')).map((input) => input.slice(input.indexOf('src/')));
    expect(fromSrc.filter((input) => !allowedFromSrc.includes(input))).toEqual([]);
  });
});
