// How long generatePlan takes for the founding case, plain and with a 12-week history (planned runs and guards),
// beside JSON.parse of the same plan serialized: the floor for building that many objects. Run with `npm run bench`;
// numbers are printed, never asserted.
import { Bench } from 'tinybench';
import { generatePlan, type GeneratePlanOptions, type RunLogEntry } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const options: GeneratePlanOptions = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } };
const serialized = JSON.stringify(generatePlan(patellofemoralPain, options));
// 12 weeks of an ultrarunner's history: 6 runs a week of 11 miles before the start.
const history: RunLogEntry[] = [];
for (let day = 84; day >= 1; day--) {
  if (day % 7 !== 0) history.push({ date: new Date(Date.UTC(2026, 11, 1 - day)).toISOString().slice(0, 10), distance: { value: 11, unit: 'mi' } });
}
const withHistory: GeneratePlanOptions = { ...options, history };

const bench = new Bench({ time: 1000 });
bench
  .add('generatePlan(patellofemoralPain) — validates, then builds 14 days', () => {
    generatePlan(patellofemoralPain, options);
  })
  .add(`generatePlan(patellofemoralPain, 12-week history of ${history.length} runs) — also plans runs and guards`, () => {
    generatePlan(patellofemoralPain, withHistory);
  })
  .add(`JSON.parse of the same plan (${serialized.length} bytes)`, () => {
    JSON.parse(serialized);
  });

await bench.run();

console.table(
  bench.tasks.map((task) => {
    const result = task.result;
    const mean = result && 'latency' in result ? result.latency.mean : Number.NaN;
    const hz = result && 'throughput' in result ? result.throughput.mean : Number.NaN;
    return { task: task.name, 'µs per plan': (mean * 1000).toFixed(1), 'plans per second': Math.round(hz) };
  }),
);
