// toIcs for the founding plan beside JSON.stringify of the same plan: the floor for turning that plan into text.
// Run with `npm run bench`; numbers are printed, never asserted.
import { Bench } from 'tinybench';
import { generatePlan } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toIcs } from 'rehab-protocols/export/ics';
import { report } from './report.js';

const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
const stringify = 'JSON.stringify of the founding plan';
const bench = new Bench({ time: 1000 });
bench.add(stringify, () => void JSON.stringify(plan)).add('toIcs of the founding plan', () => void toIcs(plan));
await bench.run();
report(bench, stringify);
