import type { DistanceUnit, PlanDay } from '../model/index.js';
import { FIRST_DAYS, FIRST_DAYS_LONGEST_SHARE, PRE_INJURY_CEILING_DAYS, RECENT_WEEKS, START_SHARE, WEEKLY_GROWTH } from '../load/rules.js';
import type { LoadStart } from '../load/start.js';
import { say } from './format.js';

const EPSILON = 1e-9;
const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * With `spikeGuard: 'warn'` the planned runs keep the prescription's progression: every place where they break the
 * starting load (week 1 above 70 % of the recent weeks, a run of the first 14 days above 90 % of the 30-day longest)
 * or its growth (more than 10 % a week, the long run above the pre-injury longest in the first 6 weeks) is flagged.
 */
export function flagLoadBreaks(days: readonly PlanDay[], load: LoadStart, unit: DistanceUnit): void {
  let previous: { total: number; longest: number; length: number } | undefined;
  for (let first = 0; first < days.length; first += 7) {
    const week = days.slice(first, first + 7);
    const distances = week.map((day) => day.running.planned?.distance?.value ?? 0);
    const total = distances.reduce((sum, value) => sum + value, 0);
    const longest = Math.max(0, ...distances);
    const firstDay = week[0];
    if (firstDay === undefined) continue;
    if (first === 0 && total > START_SHARE * load.recentWeekly + EPSILON) {
      firstDay.flags.push({
        kind: 'weekly-volume',
        message: `Week 1 plans ${say(total, unit)}, more than ${percent(START_SHARE)} (${say(START_SHARE * load.recentWeekly, unit)}) of your average week over the last ${RECENT_WEEKS} weeks (${say(load.recentWeekly, unit)}): a runner who is hurting usually starts lower.`,
      });
    }
    if (previous !== undefined && previous.total > 0 && (total * 7) / week.length > ((previous.total * 7) / previous.length) * WEEKLY_GROWTH + EPSILON) {
      firstDay.flags.push({ kind: 'weekly-volume', message: `This week plans ${say(total, unit)}, more than 10 % above the week before (${say(previous.total, unit)}).` });
    }
    week.forEach((day, index) => {
      const distance = distances[index] ?? 0;
      if (distance <= 0) return;
      const dayIndex = first + index;
      if (dayIndex < FIRST_DAYS && distance > load.firstLongest + EPSILON) {
        day.flags.push({
          kind: 'single-run-spike',
          message: `The planned ${say(distance, unit)} is more than ${percent(FIRST_DAYS_LONGEST_SHARE)} of your longest run of the 30 days before the start (${say(load.preInjuryLongest, unit)}), in the plan's first ${FIRST_DAYS} days.`,
        });
      } else if (dayIndex < PRE_INJURY_CEILING_DAYS && distance > load.preInjuryLongest + EPSILON) {
        day.flags.push({ kind: 'single-run-spike', message: `The planned ${say(distance, unit)} is longer than your longest run before the plan (${say(load.preInjuryLongest, unit)}), within its first ${PRE_INJURY_CEILING_DAYS / 7} weeks.` });
      } else if (distance === longest && previous !== undefined && previous.longest > 0 && distance > previous.longest * WEEKLY_GROWTH + EPSILON) {
        day.flags.push({ kind: 'single-run-spike', message: `The planned ${say(distance, unit)} is more than 10 % longer than the week before's longest run (${say(previous.longest, unit)}).` });
      }
    });
    previous = { total, longest, length: week.length };
  }
}
