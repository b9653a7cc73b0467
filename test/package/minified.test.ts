import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Apps bundle the library minified. A minifier drops a call marked free of side effects when its result is unused,
// which once turned the deep freeze of every plan and protocol into a shallow one in app bundles: a plan remembered
// as valid could then be changed underneath. This bundles the built library as an app would, runs it, and checks.
const entry = fileURLToPath(new URL('../../dist/esm/src/index.js', import.meta.url));
const protocol = fileURLToPath(new URL('../../dist/esm/protocols/patellofemoral-pain.js', import.meta.url));

describe('the library bundled and minified as an app would', () => {
  it('still freezes plans, reviews and protocols all the way down', async () => {
    if (!existsSync(entry)) throw new Error('dist/esm/src/index.js is missing: run npm run build first');
    const contents = `
      import { generatePlan, reviewPlan } from ${JSON.stringify(entry)};
      import { patellofemoralPain } from ${JSON.stringify(protocol)};
      const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
      const reviewed = reviewPlan(plan, [{ kind: 'pain', date: '2026-12-02', during: 2, nextMorning: 1 }], { today: '2026-12-03' }).plan;
      export const frozen = [
        Object.isFrozen(plan.days[0].running.maxDistance),
        Object.isFrozen(plan.days[0].exercises[0].dose),
        Object.isFrozen(reviewed.days[1].logged[0]),
        Object.isFrozen(patellofemoralPain.phases[0].days),
      ];`;
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      treeShaking: true,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const folder = mkdtempSync(join(tmpdir(), 'rehab-minified-'));
    try {
      const file = join(folder, 'bundle.mjs');
      writeFileSync(file, result.outputFiles[0]?.text ?? '');
      const { frozen } = (await import(pathToFileURL(file).href)) as { frozen: boolean[] };
      expect(frozen).toEqual([true, true, true, true]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
