import { addCalendarDays, daysBetween } from '../../plan/calendar.js';
import type { Plan, PlanDay } from '../../model/index.js';
import { dayNumber } from '../../runner/day-number.js';
import { dayAllowance, type ReviewContext } from '../context.js';
import { MISSED_TO_HOLD } from './missed.js';
import { HOLD_LOOKBACK_DAYS } from '../../load/rules.js';
import type { ReviewReason } from '../types.js';

/**
 * Days with no run logged, in an app that logs runs, that are a break: two weeks. A library default, the break the
 * hold's measure already uses for misses after a last run (docs/plan-review.md): no rehabilitation source gives a
 * number.
 */
export const NO_RUNS_BREAK_DAYS = 14;

/** A stretch of days with no run logged: its first and last day, and the plan days in it that planned running. */
export interface NoRunStretch {
  readonly from: string;
  readonly to: string;
  /** The first plan day in the stretch with running planned (or allowed): where the programme goes on from. */
  readonly firstPlanned: string;
  readonly planned: number;
}

/**
 * The plan days from `from` to `to` (inclusive) that plan a run or session, or allow running up to a limit: not a day
 * paced by pain with no limit and nothing planned (found by review: a plan of limits only paced by pain had every day
 * counted as a run missed, and held with nothing measured).
 */
function plannedRuns(plan: Plan, from: string, to: string): { count: number; first: string | undefined } {
  const start = dayNumber(plan.startDate);
  let count = 0;
  let first: string | undefined;
  for (let at = Math.max(dayNumber(from), start); at <= dayNumber(to) && at - start < plan.days.length; at++) {
    const day = plan.days[at - start] as PlanDay;
    const planned = day.running.planned !== undefined && day.running.planned.kind !== 'rest';
    const limited = day.running.maxDistance !== null && day.running.maxDistance.value > 0;
    if (dayAllowance(day) > 0 && (planned || limited)) {
      count += 1;
      first ??= day.date;
    }
  }
  return { count, first };
}

/**
 * The day from which the plan last went on from what the runner ran, not from where it had reached: a hold for a break
 * (`Plan.load.breakReadOn`), a step-back (`lastStepBack`) or a clearance (`clearedOn`). A break going on is counted
 * from it, so that it is read once, not at every review (found by review: a daily review held again each morning, going
 * back a day each time, so that a runner ready to run again was told to rest every day). Other holds (a return-to-run
 * step, a checkpoint) measure the week planned, not what was run, and do not count (found by review: a ladder-step
 * hold's note hid a 17-day break, and more pain planned more running).
 */
function replannedOn(plan: Plan): string | undefined {
  let latest: string | undefined;
  for (const date of [plan.load?.breakReadOn, plan.load?.lastStepBack, plan.load?.clearedOn]) if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  return latest;
}

/**
 * The break this review reads: in an app that logs runs (the log holds a run or race), {@link NO_RUNS_BREAK_DAYS} days
 * or more with no run logged on any day, {@link MISSED_TO_HOLD} or more of them days the plan ran, counted from the
 * plan's start and from the last time the plan was re-planned from what the runner ran ({@link replannedOn}): the days
 * up to yesterday (the runner has not run since), or those before a run of the {@link HOLD_LOOKBACK_DAYS} days before
 * today (a synced app logs nothing while the runner does not run, so the break may be read when they come back). A
 * runner who moves runs to other days is not on a break, nor is one whose plan is referred (no running until a
 * clinician clears them), nor one whose app does not log every run (`ReviewOptions.logsRuns`).
 */
export function noRunStretch(context: Pick<ReviewContext, 'plan' | 'log' | 'today' | 'logsRuns'>): NoRunStretch | undefined {
  const { plan, log, today } = context;
  if (!context.logsRuns || plan.load?.referredOn !== undefined) return undefined;
  // (Without a run logged, the app said it logs every run: ReviewOptions.logsRuns.)
  const runs = new Set<string>();
  for (const entry of log) if ((entry.kind === 'run' || entry.kind === 'race') && entry.date < today) runs.add(entry.date);
  for (const run of plan.generatedWith?.options.history ?? []) if (run.date < today) runs.add(run.date);
  const dates = [...runs].sort();
  const yesterday = addCalendarDays(today, -1);
  // Days before the plan's start are what the plan was made from (a returner's weeks off), and days before it was last
  // re-planned from what the runner ran were read then: a break is counted from the later of the two.
  const replanned = replannedOn(plan);
  const since = replanned !== undefined && replanned > plan.startDate ? replanned : plan.startDate;
  const qualifies = (after: string, to: string, from = after < since ? since : after) => {
    if (from < plan.startDate) from = plan.startDate;
    if (to < from || daysBetween(from, to) + 1 < NO_RUNS_BREAK_DAYS) return undefined;
    const { count, first } = plannedRuns(plan, from, to);
    return count < MISSED_TO_HOLD || first === undefined ? undefined : { from, to, firstPlanned: first, planned: count };
  };
  const last = dates[dates.length - 1];
  // Not run since.
  if (last === undefined || last < yesterday) {
    const ongoing = qualifies(last === undefined ? since : addCalendarDays(last, 1), yesterday);
    if (ongoing !== undefined) return ongoing;
  }
  // Back from one: the latest break before a run of the 28 days before today, whole — unless the plan was re-planned
  // from what was run after it ended (it was read then). A hold during it measured the 28 days then: coming back, the
  // runner is measured again, once (found by review: held after two weeks, a runner who ran nothing for ten more days
  // came back to the held plan grown 10 %, four times what they had run).
  const recent = addCalendarDays(today, -HOLD_LOOKBACK_DAYS);
  for (let index = dates.length - 1; index > 0 && (dates[index] as string) >= recent; index--) {
    const after = addCalendarDays(dates[index - 1] as string, 1);
    const to = addCalendarDays(dates[index] as string, -1);
    if (since > to) break;
    const stretch = qualifies(after, to, after);
    if (stretch !== undefined) return stretch;
  }
  return undefined;
}

/**
 * No run logged for {@link NO_RUNS_BREAK_DAYS} days or more while the plan ran on {@link MISSED_TO_HOLD} or more of
 * them, in an app that logs runs: hold the plan — the running does not go on from where the plan had reached but from
 * what the runner ran (found by review: a synced runner who stopped for 35 days, logging only pain, came back to the
 * plan's 3.3 km runs, 9.9 km a week, as if they had run all along). The hold measures the runner by their average week
 * of the 28 days before, and restarts the running from the return-to-run programme when that is too little.
 */
export function noRunsLogged(context: ReviewContext): ReviewReason[] {
  const stretch = noRunStretch(context);
  if (stretch === undefined) return [];
  const days = daysBetween(stretch.from, stretch.to) + 1;
  const ongoing = stretch.to === addCalendarDays(context.today, -1);
  const ended = context.today > context.plan.endDate;
  // Back from the break: the days since the runner came back count as done, as they do after misses.
  const since = ongoing ? 0 : Math.max(0, daysBetween(stretch.to, context.today) - 1);
  const done = since === 0 ? '' : `, with the ${since} day${since === 1 ? '' : 's'} since you came back counted as done`;
  return [
    {
      rule: 'no-runs-logged',
      status: 'hold',
      message: `No run logged in the ${days} days from ${stretch.from} to ${stretch.to}${ongoing ? '' : ' (before your latest runs)'}, though the plan had running on ${stretch.planned} of them: ${
        ended
          ? `this plan ended on ${context.plan.endDate}, so a new plan should start from what you ran, not from where this one had reached`
          : `the running goes on from what you ran, not from where the plan had reached, and the programme from where the break began (${stretch.firstPlanned})${done}`
      }.`,
      evidence: {
        kind: 'library-default',
        reason: `An app that logs runs logged every run, so ${NO_RUNS_BREAK_DAYS} days without one, while the plan ran on ${MISSED_TO_HOLD} or more of them, are a break, not runs done: no rehabilitation source gives the numbers; they are the break and the misses that already make a hold measure the runner by their recent running.`,
      },
    },
  ];
}
