import { describe, expect, it } from 'vitest';
import { generatePlan, listProtocols } from 'rehab-protocols';
import { realRuns as runs } from '../fixtures/real-export.js';
import { shiftDay } from '../fixtures/runners.js';

// A real runner's Strava export (test/fixtures/real-export.ts): data nobody here wrote, to check where plans start
// against what a real runner ran.

const distanceProtocols = listProtocols().filter((protocol) => protocol.phases.some((phase) => ['cap', 'ramp-to-goal', 'pain-monitored'].includes(phase.running.kind)));

/** Start dates: the first of each month on which the runner had run in the 28 days before, with 4 weeks of history. */
function startDates(): string[] {
  const first = runs[0]?.date ?? '';
  const dates: string[] = [];
  for (let year = 2018; year <= 2025; year++) {
    for (let month = 1; month <= 12; month++) {
      const start = `${year}-${String(month).padStart(2, '0')}-01`;
      if (start < shiftDay(first, 28) || start > (runs.at(-1)?.date ?? '')) continue;
      if (runs.some((run) => run.date >= shiftDay(start, -28) && run.date < start)) dates.push(start);
    }
  }
  return dates;
}

describe('plans from a real runner’s Strava export', () => {
  const starts = startDates();

  it('finds enough start dates to mean something', () => {
    expect(starts.length).toBeGreaterThan(30);
  });

  it('start week 1 at most 70 % of the last 4 weeks, and no run of the first 14 days above 90 % of the 30-day longest', () => {
    let checked = 0;
    for (const start of starts) {
      // Counted here from the export, independently of the library.
      const history = runs.filter((run) => run.date < start);
      const lastFourWeeks = history.filter((run) => run.date >= shiftDay(start, -28)).reduce((sum, run) => sum + run.distance.value, 0) / 4;
      const longest30 = Math.max(0, ...history.filter((run) => run.date >= shiftDay(start, -30)).map((run) => run.distance.value));
      for (const protocol of distanceProtocols) {
        const plan = generatePlan(protocol, { startDate: start, history, unit: 'km', goalDistance: { value: 21.1, unit: 'km' } });
        const week1 = plan.days.slice(0, 7).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
        expect(week1, `${protocol.id} from ${start}`).toBeLessThanOrEqual(0.7 * lastFourWeeks + 1e-9);
        for (const day of plan.days.slice(0, 14)) {
          expect(day.running.planned?.distance?.value ?? 0, `${protocol.id} on ${day.date}`).toBeLessThanOrEqual(0.9 * longest30 + 1e-9);
        }
        // …and some running is planned: the rules lower the start, they do not stop the runner.
        if (lastFourWeeks > 0 && plan.days.slice(0, 14).some((day) => day.running.maxDistance !== null)) {
          expect(plan.days.slice(0, 14).some((day) => (day.running.planned?.distance?.value ?? 0) > 0), `${protocol.id} from ${start}`).toBe(true);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
