import type { Plan, PlannedRun, PlanWeek } from '../../model/index.js';

/** A planned run in words: `easy 3.5 mi`, `long 14.4 mi`, `intervals 16 min`, `rest`. */
export function formatPlanned(planned: PlannedRun): string {
  if (planned.distance) return `${planned.kind} ${planned.distance.value.toFixed(1)} ${planned.distance.unit}`;
  if (planned.minutes !== undefined) return `${planned.kind} ${Math.round(planned.minutes)} min`;
  return planned.kind;
}

/** A week's totals in words: `Week 2 (2026-12-08 – 2026-12-14): planned 47.9 mi; daily limits add up to 134.7 mi`. */
export function formatWeek(week: PlanWeek): string {
  const parts = [
    week.plannedDistance ? `planned ${week.plannedDistance.value.toFixed(1)} ${week.plannedDistance.unit}` : undefined,
    week.limitDistance ? `daily limits add up to ${week.limitDistance.value.toFixed(1)} ${week.limitDistance.unit}` : undefined,
  ].filter((part) => part !== undefined);
  return `Week ${week.week} (${week.startDate} – ${week.endDate}): ${parts.join('; ') || 'no distance set'}`;
}

const BAR = 30;

/**
 * Weekly planned distance against the sum of the limits as a text bar chart, one line per week: `█` planned, `░` the
 * rest of what the limits allow. Empty when the plan has no planned runs.
 */
export function mileageChart(plan: Plan): string[] {
  const weeks = plan.weeks.filter((week) => week.plannedDistance !== null);
  const most = Math.max(0, ...weeks.map((week) => Math.max(week.limitDistance?.value ?? 0, week.plannedDistance?.value ?? 0)));
  if (weeks.length === 0 || most === 0) return [];
  return weeks.map((week) => {
    const planned = week.plannedDistance?.value ?? 0;
    const limit = Math.max(planned, week.limitDistance?.value ?? planned);
    const full = Math.round((planned / most) * BAR);
    const allowed = Math.max(full, Math.round((limit / most) * BAR));
    const label = `${planned.toFixed(1)} of ${week.limitDistance ? week.limitDistance.value.toFixed(1) : '–'} ${plan.unit}`;
    return `Week ${String(week.week).padStart(2)} ${'█'.repeat(full)}${'░'.repeat(allowed - full)}${' '.repeat(BAR - allowed)} ${label}`;
  });
}

/** The plan's flags a runner must read before anything else (`red-s`: see a doctor first), shown at the top. */
export function firstNotes(plan: Plan): string[] {
  return plan.flags.filter((flag) => flag.kind === 'red-s').map((flag) => flag.message);
}

/** Every other flag of the plan as a line: the plan's own first, then each day's with its day and date. */
export function flagLines(plan: Plan): string[] {
  return [
    ...plan.flags.filter((flag) => flag.kind !== 'red-s').map((flag) => flag.message),
    ...plan.days.flatMap((day) => day.flags.map((flag) => `Day ${day.day} (${day.date}): ${flag.message}`)),
  ];
}
