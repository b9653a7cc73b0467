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
