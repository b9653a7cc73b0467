import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleAsApp } from './bundle-as-app.js';
import { describe, expect, it } from 'vitest';
import { generatePlan as sourceGeneratePlan, ProtocolSchema, type GeneratePlanOptions, type Plan, type Protocol } from 'rehab-protocols';
import { patellofemoralPain as sourceProtocol } from 'rehab-protocols/protocols/patellofemoral-pain';
import { parseInput } from '../../src/model/validate.js';

// generatePlan validates its protocol and options without zod (src/model/plain-inputs.ts), so that an app that only
// makes plans does not carry zod: this bundles the built generatePlan with the founding protocol as an app's bundler
// would (esbuild, minified, for the browser) and reads what went in from esbuild's metafile. The bundle must still
// validate: an edited protocol and bad options are refused with the issues the zod schemas give. size-limit holds
// the same bundle to its budget.
const dist = fileURLToPath(new URL('../../dist/esm/', import.meta.url));

async function bundle() {
  if (!existsSync(`${dist}src/index.js`)) throw new Error('dist/esm is missing: run npm run build first');
  const { code, inputs } = await bundleAsApp(`export { generatePlan, RehabInputError } from ${JSON.stringify(`${dist}src/index.js`)};
export { patellofemoralPain } from ${JSON.stringify(`${dist}protocols/patellofemoral-pain.js`)};`);
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    generatePlan: (protocol: unknown, options: unknown) => Plan;
    RehabInputError: new (...args: never[]) => Error & { issues: { path: (string | number)[]; message: string }[] };
    patellofemoralPain: Protocol;
  };
  return { inputs, module };
}

/** The issues `run` throws, as `path: message` lines. */
function issuesOf(run: () => unknown, errorClass: abstract new (...args: never[]) => Error): string[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof errorClass)) throw error;
    return (error as Error & { issues: { path: (string | number)[]; message: string }[] }).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  throw new Error('expected a RehabInputError');
}

describe('an app that imports only generatePlan and a protocol', () => {
  it('bundles no zod, and still validates as the zod schemas do', async () => {
    const { inputs, module } = await bundle();
    expect(inputs.some((input) => input.endsWith('src/plan/generate-plan.js'))).toBe(true);
    expect(inputs.filter((input) => input.includes('node_modules/zod'))).toEqual([]);

    const options: GeneratePlanOptions = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } };
    expect(module.generatePlan(module.patellofemoralPain, options)).toEqual(sourceGeneratePlan(sourceProtocol, options));

    const edited = structuredClone(module.patellofemoralPain) as unknown as Record<string, any>;
    edited.phases[0].days.min = 0;
    edited.phases[0].exercises[0].dose.evidense = edited.phases[0].exercises[0].dose.evidence;
    // What zod itself says of it:
    const expected = issuesOf(() => parseInput(ProtocolSchema, edited, 'protocol'), Error);
    expect(expected).toEqual([
      'phases.0.days.min: Expected a number of at least 1, received 0',
      'phases.0.exercises.0.dose.evidense: Unknown field `evidense` — did you mean `evidence`?',
      'phases.0.days.min: Expected the phase to start on day 1, received day 0, overlapping the day before it',
    ]);
    expect(issuesOf(() => module.generatePlan(edited, options), module.RehabInputError)).toEqual(expected);
    expect(issuesOf(() => module.generatePlan(module.patellofemoralPain, { startDate: '2026-02-30', unit: 'miles' }), module.RehabInputError)).toEqual([
      'startDate: Expected a real calendar date as YYYY-MM-DD, received "2026-02-30"',
      'unit: Expected a distance unit, "mi" or "km", received "miles"',
    ]);
  });
});
