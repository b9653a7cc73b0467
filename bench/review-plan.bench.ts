// How long reviewPlan takes on an 84-day plan (Beyer's 12-week heavy slow resistance protocol, fitted to a runner's
// history) with 12 weeks of logs (a run, a pain rating and a session most days, a flare on day 50), beside generatePlan
// of the same plan (the target: within 2×) and JSON.parse of it: the floor for building that many objects. Also the
// daily loop (the plan holds all but today's entries) and a review with nothing new (the same log again). Each is timed in alternation with generatePlan, and the median ratio printed (bench/report.ts). Run with
// `npm run bench:review`; numbers are printed, never asserted.
import { interleaved } from './report.js';
import { generatePlan, reviewPlan, type LogEntry, type RunLogEntry } from 'rehab-protocols';
import { achillesTendinopathyMidportionHsr } from 'rehab-protocols/protocols/achilles-tendinopathy-midportion-hsr';

const date = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);
const history: RunLogEntry[] = Array.from({ length: 40 }, (_, index) => ({ date: date(-84 + index * 2), distance: { value: 8, unit: 'km' } }));
const options = { startDate: date(0), history };
const plan = generatePlan(achillesTendinopathyMidportionHsr, options);
const log: LogEntry[] = [];
for (let day = 0; day < 83; day++) {
  if (day % 3 !== 2) log.push({ kind: 'run', date: date(day), distance: { value: 4, unit: 'km' }, durationMinutes: 24, pain: { during: 2 } });
  log.push({ kind: 'pain', date: date(day), during: day === 49 ? 7 : 2, nextMorning: day === 49 ? 5 : 1 });
  if (day % 2 === 0) log.push({ kind: 'session', date: date(day) });
}
const today = date(83);
const serialized = JSON.stringify(plan);
const sample = reviewPlan(plan, log, { today });
// The app's daily loop: yesterday's review already holds 82 days of the log; today's entries are new.
const yesterday = reviewPlan(plan, log.filter((entry) => entry.date < date(82)), { today: date(82) }).plan;
console.log(`${plan.days.length}-day plan, ${log.length} log entries over 12 weeks; review: ${sample.status}`, sample.reasons.map((reason) => reason.message));

const tasks: Record<string, () => void> = {
  'reviewPlan(84-day plan, 12 weeks of logs)': () => void reviewPlan(plan, log, { today }),
  'reviewPlan the next day (the plan holds the rest of the log)': () => void reviewPlan(yesterday, log, { today }),
  'reviewPlan again, nothing new': () => void reviewPlan(sample.plan, log, { today }),
  'generatePlan of the same plan': () => void generatePlan(achillesTendinopathyMidportionHsr, options),
  [`JSON.parse of the plan (${serialized.length} bytes)`]: () => void JSON.parse(serialized),
};
interleaved(tasks, 'generatePlan of the same plan');
