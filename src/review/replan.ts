import type { GeneratePlanOptions, LogEntry, Plan, PlanDay, Protocol, RunLogEntry } from '../model/index.js';
import { addCalendarDays } from '../plan/calendar.js';
import { fitToRunner } from '../plan/fit-to-runner.js';
import { generatePlan } from '../plan/generate-plan.js';
import { planSources } from '../plan/plan-sources.js';
import { planWeeks } from '../plan/weeks.js';
import { runnerBasis } from '../runner/basis.js';
import type { ReviewStatus } from './types.js';

/** How far back in the protocol each decision restarts, in days: a week repeated, or two weeks back. */
const RESTART: Record<ReviewStatus, number> = { progress: 0, refer: 0, hold: 7, 'step-back': 14 };

const protocolDayOf = (day: PlanDay) => day.protocolDay ?? day.day;

// Keys in one order, so that the same data reads the same whichever way its objects were built (a parsed plan has
// its schema's key order, a protocol module its author's).
const sortedKeys = (_key: string, value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;

/** A plan day's content, without what a review adds, to tell whether a review changed it. */
const content = ({ revision: _revision, logged: _logged, ...rest }: PlanDay) => JSON.stringify(rest, sortedKeys);

/**
 * The revised plan: the days before `today` as they were planned, with what was logged beside them; the days from
 * `today` re-scheduled from the protocol (the current week repeated for `hold`, two weeks back for `step-back`) and
 * re-fitted to the runner with what was logged as history, through the same scheduler as `generatePlan`.
 */
export function replan(plan: Plan, protocol: Protocol, status: ReviewStatus, log: readonly LogEntry[], today: string, reasons: NonNullable<Plan['lastReview']>['reasons'] = []): Plan {
  const byDate = new Map<string, LogEntry[]>();
  for (const entry of log) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  const firstFuture = today <= plan.startDate ? 0 : plan.days.findIndex((day) => day.date >= today);
  const cut = firstFuture === -1 ? plan.days.length : firstFuture;
  const past = plan.days.slice(0, cut).map((day) => {
    const logged = byDate.get(day.date);
    return logged === undefined ? day : { ...day, logged };
  });
  const oldFuture = plan.days.slice(cut);
  const current = oldFuture[0];
  const loggedRuns = past.some((day) => day.logged?.some((entry) => entry.kind === 'run' || entry.kind === 'race' || (entry.kind === 'missed' && entry.what === 'run')));
  if (current === undefined || status === 'refer' || (status === 'progress' && !loggedRuns)) return finish(plan, protocol, [...past, ...oldFuture], today, status, reasons);

  const options: GeneratePlanOptions = plan.generatedWith?.options ?? { startDate: plan.startDate, unit: plan.unit, ...(plan.goalDistance ? { goalDistance: plan.goalDistance } : {}) };
  const { history: _history, runner: _runner, ...plain } = options;
  const prescribed = generatePlan(protocol, { ...plain, startDate: plan.startDate, unit: plan.unit }).days;
  const lastProtocolDay = prescribed.length;
  const from = Math.max(1, protocolDayOf(current) - RESTART[status]);
  const schedule = Array.from({ length: lastProtocolDay - from + 1 }, (_, index) => from + index);

  const weekStart = Math.floor(cut / 7) * 7;
  const toFit: PlanDay[] = [
    ...plan.days.slice(weekStart, cut).map((day) => redate(prescribed, protocolDayOf(day), day.day, day.date)),
    // Before the plan has started, it still starts on its start date: a step back never moves the programme earlier.
    ...schedule.map((protocolDay, index) => redate(prescribed, protocolDay, cut + index + 1, addCalendarDays(today < plan.startDate ? plan.startDate : today, index))),
  ];
  const weekStartDate = plan.days[weekStart]?.date ?? (today < plan.startDate ? plan.startDate : today);
  if (options.history !== undefined || options.runner !== undefined) {
    const original = runnerBasis(options.history, options.runner, plan.startDate, plan.unit);
    const history = [...(options.history ?? []), ...doneRuns(plan.days.slice(0, weekStart), byDate, plan.unit)];
    const runner = original === undefined ? options.runner : { ...options.runner, usualWeeklyDistance: { value: original.usualWeekly, unit: plan.unit }, runDaysPerWeek: original.runDays.count };
    const basis = runnerBasis(history, runner, weekStartDate, plan.unit);
    if (basis !== undefined) fitToRunner(toFit, basis, { unit: plan.unit, spikeGuard: options.spikeGuard ?? 'cap', startDate: weekStartDate });
  }
  const future = toFit.slice(cut - weekStart);
  const oldByDate = new Map(oldFuture.map((day) => [day.date, day]));
  const revised = future.map((day) => {
    const old = oldByDate.get(day.date);
    const revision = old === undefined ? 0 : content(old) === content(day) ? (old.revision ?? 0) : (old.revision ?? 0) + 1;
    return revision === 0 ? day : { ...day, revision };
  });
  return finish(plan, protocol, [...past, ...revised], today, status, reasons);
}

/** A prescribed protocol day placed on plan day `day` and `date`. */
function redate(prescribed: readonly PlanDay[], protocolDay: number, day: number, date: string): PlanDay {
  const source = prescribed[protocolDay - 1] as PlanDay;
  const copy = JSON.parse(JSON.stringify(source)) as PlanDay;
  copy.day = day;
  copy.date = date;
  if (protocolDay !== day) copy.protocolDay = protocolDay;
  else delete copy.protocolDay;
  if (copy.checkpoint) copy.checkpoint = { ...copy.checkpoint, day, date };
  return copy;
}

/** The runs done on `days`: what was logged, else what was planned (an unlogged day went as planned), never a logged miss. */
function doneRuns(days: readonly PlanDay[], byDate: ReadonlyMap<string, LogEntry[]>, unit: Plan['unit']): RunLogEntry[] {
  return days.flatMap((day): RunLogEntry[] => {
    const logged = byDate.get(day.date) ?? [];
    const runs = logged.flatMap((entry): RunLogEntry[] =>
      entry.kind === 'run' || entry.kind === 'race'
        ? [{ date: entry.date, kind: entry.kind, distance: entry.distance, ...(entry.durationMinutes === undefined ? {} : { durationMinutes: entry.durationMinutes }) }]
        : [],
    );
    if (runs.length > 0) return runs;
    if (logged.some((entry) => entry.kind === 'missed' && entry.what === 'run')) return [];
    const planned = day.running.planned;
    return planned?.distance !== undefined && planned.distance.value > 0 ? [{ date: day.date, distance: { value: planned.distance.value, unit } }] : [];
  });
}

function finish(plan: Plan, protocol: Protocol, days: PlanDay[], today: string, status: ReviewStatus, reasons: NonNullable<Plan['lastReview']>['reasons']): Plan {
  const last = days.at(-1) ?? plan.days[plan.days.length - 1];
  const checkpoints = days.flatMap((day) => (day.checkpoint ? [day.checkpoint] : [])).map((checkpoint, index) => {
    const old = plan.checkpoints[index];
    const revision = old === undefined ? 0 : old.date === checkpoint.date ? (old.revision ?? 0) : (old.revision ?? 0) + 1;
    return revision === 0 ? checkpoint : { ...checkpoint, revision };
  });
  return {
    ...plan,
    endDate: last?.date ?? plan.endDate,
    days,
    checkpoints,
    weeks: planWeeks(days, plan.unit),
    // Re-fitting can add a runner rule the first plan did not need (the spike guard, the ladder): its source joins.
    sources: planSources(protocol.sources, days, checkpoints),
    lastReview: { today, status, ...(reasons === undefined || reasons.length === 0 ? {} : { reasons }) },
  };
}
