// A plan fitted to the runner: the founding protocol, with a recreational runner's last weeks of running.
// Run it with `npx tsx examples/runner-history.ts`. README's first example makes the same plan; this prints every message.
import { generatePlan, summarizeHistory, type RunLogEntry } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

// What the app has logged: about 15 miles a week on 4 days, the longest run 6 miles.
const history: RunLogEntry[] = [
  { date: '2026-11-10', distance: { value: 3, unit: 'mi' } },
  { date: '2026-11-12', distance: { value: 3, unit: 'mi' } },
  { date: '2026-11-14', distance: { value: 3, unit: 'mi' } },
  { date: '2026-11-16', distance: { value: 6, unit: 'mi' }, durationMinutes: 62 },
  { date: '2026-11-17', distance: { value: 3, unit: 'mi' } },
  { date: '2026-11-19', distance: { value: 4, unit: 'mi' } },
  { date: '2026-11-21', distance: { value: 3, unit: 'mi' } },
  { date: '2026-11-23', distance: { value: 5, unit: 'mi' }, pain: { during: 4 } },
];

const plan = generatePlan(patellofemoralPain, { startDate: '2026-11-24', goalDistance: { value: 10, unit: 'mi' }, history });

console.log(summarizeHistory(history, { today: '2026-11-24' }).longestRunLast30Days); // { value: 6, unit: 'mi' }
for (const day of plan.days) {
  const { maxDistance, planned } = day.running;
  const run = planned?.distance ? `${planned.kind} ${planned.distance.value} ${planned.distance.unit}` : planned?.kind;
  console.log(day.date, `limit ${maxDistance?.value} ${maxDistance?.unit}`, `→ ${run}`, ...day.flags.map((flag) => `\n   ${flag.message}`));
}
for (const week of plan.weeks) console.log(`week ${week.week}: ${week.plannedDistance?.value} planned of ${week.limitDistance?.value} allowed`);
for (const flag of plan.flags) console.log(flag.message);
