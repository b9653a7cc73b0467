import type { Plan, PlannedRun, PlanWeek } from '../../model/index.js';
import type { PlanNote } from './group-notes.js';
import { distanceNumber } from '../../plan/format.js';

/**
 * A planned run in words: `easy 3.5 mi`, `long 14.4 mi`, `walk/run intervals 16 min`, `rest`. Intervals here are
 * always a walk/run session (the return-to-run programme, a protocol's run/walk), never speed work.
 */
export function formatPlanned(planned: PlannedRun): string {
  const kind = planned.kind === 'intervals' ? 'walk/run intervals' : planned.kind;
  if (planned.distance) return `${kind} ${distanceNumber(planned.distance.value)} ${planned.distance.unit}`;
  if (planned.minutes !== undefined) return `${kind} ${Math.round(planned.minutes)} min`;
  return kind;
}

/**
 * A week in words, as a runner reads it: the distance planned, and the daily limits as limits, never their sum (a sum
 * of limits reads as mileage to run): `Week 2 (2026-12-08 – 2026-12-14): planned 14.3 mi; daily limits 2.0–4.4 mi`,
 * or for a plan without planned runs `Week 2 (…): daily limits 5.0–30.0 mi`.
 */
export function formatWeek(week: PlanWeek, plan: Plan): string {
  let lowest = Number.POSITIVE_INFINITY;
  let highest = 0;
  for (const day of plan.days) {
    if (day.date < week.startDate || day.date > week.endDate) continue;
    const limit = day.running.intensity === 'rest' ? undefined : day.running.maxDistance?.value;
    if (limit === undefined || limit <= 0) continue;
    lowest = Math.min(lowest, limit);
    highest = Math.max(highest, limit);
  }
  const unit = week.limitDistance?.unit ?? week.plannedDistance?.unit ?? plan.unit;
  const limits = highest === 0 ? undefined : lowest === highest ? `daily limit ${distanceNumber(highest)} ${unit}` : `daily limits ${distanceNumber(lowest)}–${distanceNumber(highest)} ${unit}`;
  const parts = [week.plannedDistance ? `planned ${distanceNumber(week.plannedDistance.value)} ${week.plannedDistance.unit}` : undefined, limits].filter((part) => part !== undefined);
  return `Week ${week.week} (${week.startDate} – ${week.endDate}): ${parts.join('; ') || 'no running'}`;
}

const BAR = 30;

/** Weekly planned distance as a text bar chart, one line per week, the longest week full width. Empty without planned runs. */
export function mileageChart(plan: Plan): string[] {
  const weeks = plan.weeks.filter((week) => week.plannedDistance !== null);
  const most = Math.max(0, ...weeks.map((week) => week.plannedDistance?.value ?? 0));
  if (weeks.length === 0 || most === 0) return [];
  return weeks.map((week) => {
    const planned = week.plannedDistance?.value ?? 0;
    const full = Math.round((planned / most) * BAR);
    return `Week ${String(week.week).padStart(2)} ${'█'.repeat(full)}${' '.repeat(BAR - full)} ${distanceNumber(planned)} ${plan.unit}`;
  });
}

/**
 * Flags a runner must read before anything else: `red-s` (see a doctor first), `watch-for` (when to stop) and
 * `diagnosed` (the clinician's advice comes first).
 */
const FIRST: ReadonlySet<string> = new Set(['red-s', 'watch-for', 'diagnosed']);
const LEADS: Readonly<Record<string, string>> = { 'red-s': 'See a doctor first.', 'watch-for': 'Watch for this.', diagnosed: 'Your clinician first.' };

/**
 * The plan's flags a runner must read before anything else, shown at the top: `red-s` (see a doctor first), then
 * `diagnosed` (the clinician's advice comes first) and `watch-for` (what would mean stopping), in the plan's order,
 * each with the lead-in a writer puts before it.
 */
export function firstNotes(plan: Plan): { lead: string; message: string }[] {
  return plan.flags.filter((flag) => FIRST.has(flag.kind)).map((flag) => ({ lead: LEADS[flag.kind] ?? '', message: flag.message }));
}

/** Every other flag of the whole plan as a line, as the plan has them; the days' flags are notes (`groupNotes`). */
export function flagLines(plan: Plan): string[] {
  return plan.flags.filter((flag) => !FIRST.has(flag.kind)).map((flag) => flag.message);
}

/** The numbers of the notes that cover each plan day, by `PlanDay.day`. */
export function notesByDay(notes: readonly PlanNote[]): Map<number, number[]> {
  const byDay = new Map<number, number[]>();
  for (const note of notes) for (const day of note.days) byDay.set(day, [...(byDay.get(day) ?? []), note.number]);
  return byDay;
}
