// The founding case: a runner's anterior knee pain, and the 14-day plan his physical therapist prescribed.
// Run it with `npm run demo` (plan from today) or `npm run demo -- 2026-12-01` (plan from that date).
import { formatDose, generatePlan, RehabInputError, type Plan, type Protocol } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function printPlan(protocol: Protocol, plan: Plan): void {
  console.log(protocol.name);
  console.log(`Plan from ${plan.startDate} to ${plan.endDate}; distances in ${plan.unit}.\n`);

  for (const phase of protocol.phases) {
    const sessions = phase.sessionsPerDay.min === phase.sessionsPerDay.max ? `${phase.sessionsPerDay.min}` : `${phase.sessionsPerDay.min}–${phase.sessionsPerDay.max}`;
    console.log(`Days ${phase.days.min}–${phase.days.max}, ${phase.name} (${sessions} session${sessions === '1' ? '' : 's'} a day):`);
    phase.exercises.forEach(({ exerciseId, dose }, index) => {
      const name = protocol.exercises.find((exercise) => exercise.id === exerciseId)?.name ?? exerciseId;
      console.log(`  ${index + 1}. ${name.padEnd(26)} ${formatDose(dose)}`);
    });
    console.log();
  }
  for (const line of protocol.guidance) console.log(line);
  console.log();

  const rows = plan.days.map((day) => {
    const sessions = day.sessionsPerDay.min === day.sessionsPerDay.max ? `${day.sessionsPerDay.min}` : `${day.sessionsPerDay.min}–${day.sessionsPerDay.max}`;
    const limit = day.running.maxDistance;
    const running = limit === null ? 'no running' : `${day.running.intensity} up to ${limit.value.toFixed(1)} ${limit.unit}`;
    return [String(day.day), day.date, sessions, running, day.checkpoint ? `check: ${day.checkpoint.assess}` : ''];
  });
  const header = ['Day', 'Date', 'Sessions', 'Running', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));

  for (const checkpoint of plan.checkpoints) {
    console.log(`\nDay ${checkpoint.day} (${checkpoint.date}): ${checkpoint.assess}\n  If not: ${checkpoint.ifNotBetter}`);
  }
  console.log('\nThis plan describes a prescription; it is not a diagnosis. See a clinician rather than follow it if the');
  console.log('knee swells or locks, you cannot bear weight on it, or the pain wakes you at night.');
}

try {
  const startDate = process.argv[2] ?? localToday();
  const plan = generatePlan(patellofemoralPain, { startDate, goalDistance: { value: 30, unit: 'mi' } });
  printPlan(patellofemoralPain, plan);
} catch (error) {
  if (!(error instanceof RehabInputError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
