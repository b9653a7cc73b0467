// How long generatePlan takes for the founding case, beside JSON.parse of the same plan serialized: the floor for
// building that many objects. Run with `npm run bench`; numbers are printed, never asserted.
import { Bench } from 'tinybench';
import { generatePlan, type GeneratePlanOptions } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const options: GeneratePlanOptions = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } };
const serialized = JSON.stringify(generatePlan(patellofemoralPain, options));

const bench = new Bench({ time: 1000 });
bench
  .add('generatePlan(patellofemoralPain) — validates, then builds 14 days', () => {
    generatePlan(patellofemoralPain, options);
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
