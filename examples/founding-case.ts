// The founding case: a runner's anterior knee pain, and the 14-day plan his physical therapist prescribed.
// Run it with `npm run demo` (plan from today) or `npm run demo -- 2026-12-01` (plan from that date).
import { formatPlan, generatePlan, RehabInputError } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

try {
  const startDate = process.argv[2] ?? localToday();
  const plan = generatePlan(patellofemoralPain, { startDate, goalDistance: { value: 30, unit: 'mi' } });
  process.stdout.write(formatPlan(plan));
} catch (error) {
  if (!(error instanceof RehabInputError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
