// generatePlan for every protocol beside JSON.parse of the same plan serialized: the floor for building that many
// objects. Then a made-up protocol of 7, 70 and 700 days, to show the cost per day stays flat (linear in days). Last,
// the founding plan with a 12-week history (planned runs and guards) beside the plain call.
// Run with `npm run bench`; numbers are printed, never asserted. Target (issue 8): ≤ 0.5× JSON.parse, every protocol.
import { Bench } from 'tinybench';
import { defineProtocol, generatePlan, getProtocol, listProtocols, type GeneratePlanOptions, type Protocol, type RunLogEntry } from 'rehab-protocols';
import { microseconds } from './report.js';

const options: GeneratePlanOptions = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } };

async function measure(protocol: Protocol): Promise<{ plan: number; parse: number; days: number }> {
  const serialized = JSON.stringify(generatePlan(protocol, options));
  const bench = new Bench({ time: 300 });
  bench.add('plan', () => void generatePlan(protocol, options)).add('parse', () => void JSON.parse(serialized));
  await bench.run();
  return { plan: microseconds(bench, 'plan'), parse: microseconds(bench, 'parse'), days: protocol.phases.at(-1)?.days.max ?? 0 };
}

const rows = [];
for (const protocol of listProtocols()) {
  const { plan, parse, days } = await measure(protocol);
  rows.push({ protocol: protocol.id, days, 'generatePlan µs': plan.toFixed(1), 'JSON.parse µs': parse.toFixed(1), '× JSON.parse': (plan / parse).toFixed(3) });
}
console.table(rows);
const worst = Math.max(...rows.map((row) => Number(row['× JSON.parse'])));
console.log(`generatePlan: at worst ${worst.toFixed(3)}× JSON.parse of its output (target ≤ 0.5×)`);

const example = { kind: 'library-default' as const, reason: 'Benchmark fixture, not clinical content.' };
function lasting(days: number): Protocol {
  const phase = (id: string, min: number, max: number) => ({
    id,
    name: id,
    days: { min, max },
    sessionsPerDay: { min: 1, max: 1 },
    exerciseDays: { kind: 'days-per-week' as const, days: 3 },
    exercises: [{ exerciseId: 'raise', dose: { sets: { min: 3, max: 3 }, reps: { min: 15, max: 15 }, perSide: false, evidence: example } }],
    running: { kind: 'cap' as const, maxDistance: { value: 3, unit: 'km' as const }, intensity: 'walk' as const, evidence: example },
    evidence: example,
  });
  return defineProtocol({
    id: `bench-${days}`,
    name: 'Bench',
    condition: { id: 'bench', name: 'Bench', aliases: [] },
    summary: 'Benchmark fixture.',
    guidance: [],
    sources: [{ kind: 'publication', id: 'none', authors: ['Nobody N'], year: 2000, title: 'None', publishedIn: 'Nowhere', url: 'https://example.org/' }],
    exercises: [{ id: 'raise', name: 'Raise', instructions: ['Rise.'], cues: [], equipment: [], laterality: 'bilateral' }],
    setting: 'home',
    equipment: [],
    phases: [phase('first', 1, days / 7), phase('rest', days / 7 + 1, days)],
    checkpoints: [{ day: days, assess: 'Better?', ifNotBetter: 'See a clinician.', referral: true, evidence: example }],
  });
}
const scaling = [];
for (const days of [7, 70, 700]) {
  const { plan, parse } = await measure(lasting(days));
  scaling.push({ days, 'generatePlan µs': plan.toFixed(1), 'µs per day': (plan / days).toFixed(3), '× JSON.parse': (plan / parse).toFixed(3) });
}
console.table(scaling);

// 12 weeks of an ultrarunner's history: 6 runs a week of 11 miles before the start.
const history: RunLogEntry[] = [];
for (let day = 84; day >= 1; day--) {
  if (day % 7 !== 0) history.push({ date: new Date(Date.UTC(2026, 11, 1 - day)).toISOString().slice(0, 10), distance: { value: 11, unit: 'mi' } });
}
const founding = getProtocol('patellofemoral-pain');
const withHistory = new Bench({ time: 300 });
withHistory
  .add('plain', () => void generatePlan(founding, options))
  .add('history', () => void generatePlan(founding, { ...options, history }));
await withHistory.run();
const plain = microseconds(withHistory, 'plain');
const fitted = microseconds(withHistory, 'history');
console.table([
  { call: 'generatePlan(patellofemoralPain, options)', µs: plain.toFixed(1) },
  { call: `… with a 12-week history of ${history.length} runs (planned runs, guards, flags)`, µs: fitted.toFixed(1), '× plain': (fitted / plain).toFixed(2) },
]);
