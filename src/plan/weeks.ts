import type { DistanceUnit, PlanDay, PlanWeek } from '../model/index.js';

/** The plan in 7-day blocks from day 1, with the sum of planned runs (`null` without planned runs) and of limits. */
export function planWeeks(days: readonly PlanDay[], unit: DistanceUnit): PlanWeek[] {
  const weeks: PlanWeek[] = [];
  for (let first = 0; first < days.length; first += 7) {
    const week = days.slice(first, first + 7);
    const start = week[0];
    const end = week.at(-1);
    if (!start || !end) continue;
    const hasPlanned = week.some((day) => day.running.planned !== undefined);
    const hasLimit = week.some((day) => day.running.maxDistance !== null);
    const sum = (value: (day: PlanDay) => number) => Math.round(week.reduce((total, day) => total + value(day), 0) * 100) / 100;
    weeks.push({
      week: first / 7 + 1,
      startDate: start.date,
      endDate: end.date,
      plannedDistance: hasPlanned ? { value: sum((day) => day.running.planned?.distance?.value ?? 0), unit } : null,
      limitDistance: hasLimit ? { value: sum((day) => day.running.maxDistance?.value ?? 0), unit } : null,
    });
  }
  return weeks;
}
