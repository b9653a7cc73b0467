import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Node reads the package through the "node" condition (dist/node/, bundled per entry with shared chunks); bundlers
// read dist/esm/. In a Node process every subpath must come from the one build, or a plan made by the main entry
// would be a stranger to the exporters and the catalogue's protocols would be copies.
const root = fileURLToPath(new URL('../..', import.meta.url));

const script = `
import { generatePlan, getProtocol } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { protocols } from 'rehab-protocols/protocols';
import { toCsv } from 'rehab-protocols/export/csv';
const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
console.log(JSON.stringify({
  resolved: ['rehab-protocols', 'rehab-protocols/protocols/patellofemoral-pain', 'rehab-protocols/export/csv'].map((name) => import.meta.resolve(name).replace(/^.*\\/dist\\//, 'dist/')),
  sameProtocol: getProtocol('patellofemoral-pain') === patellofemoralPain && protocols.includes(patellofemoralPain),
  frozen: Object.isFrozen(plan.days[0].exercises[0]),
  csvLines: toCsv(plan).trim().split('\\r\\n').length,
}));
`;

describe('the package in Node', () => {
  it('resolves every subpath to the bundled Node build, one copy of the library', () => {
    if (!existsSync(`${root}/dist/node/index.js`)) throw new Error('dist/node is missing: run npm run build first');
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out.resolved).toEqual(['dist/node/index.js', 'dist/node/protocols/patellofemoral-pain.js', 'dist/node/export/csv.js']);
    expect(out.sameProtocol).toBe(true);
    expect(out.frozen).toBe(true);
    expect(out.csvLines).toBeGreaterThan(14);
  });
});

// An app that loads the package both as CommonJS (a dependency's require) and as ESM (its own import) has two copies
// of each class; `error instanceof RehabInputError`, as the README shows it, must hold across them.
const dualScript = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const esm = await import('rehab-protocols');
const cjs = require('rehab-protocols');
const bad = { startDate: '2026-02-30', goalDistance: { value: 30, unit: 'mi' } };
const fromCjs = (() => { try { cjs.generatePlan(cjs.getProtocol('patellofemoral-pain'), bad); } catch (error) { return error; } })();
const fromEsm = (() => { try { esm.generatePlan(esm.getProtocol('patellofemoral-pain'), bad); } catch (error) { return error; } })();
const lookalike = Object.assign(new Error('x'), { name: 'RehabInputError', issues: [] });
console.log(JSON.stringify({
  twoCopies: cjs.RehabInputError !== esm.RehabInputError,
  cjsErrorIsEsm: fromCjs instanceof esm.RehabInputError,
  esmErrorIsCjs: fromEsm instanceof cjs.RehabInputError,
  stillAnError: fromCjs instanceof Error,
  lookalike: lookalike instanceof esm.RehabInputError,
}));
`;

describe('the package loaded both as CommonJS and as ESM', () => {
  it('tells a RehabInputError from either copy with instanceof, and nothing else', () => {
    if (!existsSync(`${root}/dist/node/index.js`)) throw new Error('dist/node is missing: run npm run build first');
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', dualScript], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ twoCopies: true, cjsErrorIsEsm: true, esmErrorIsCjs: true, stillAnError: true, lookalike: false });
  });
});
