import { RehabInputError, type GeneratePlanOptions, type LogEntry, type Plan, type PlanDay, type PlanFlag, type Protocol, type ReferralUrgency } from '../model/index.js';
import { STOPPED_NOTE } from '../model/plan-flag.js';
import { addCalendarDays, daysBetween, LAST_SUPPORTED_DATE } from '../plan/calendar.js';
import { convertDistance, roundDownToTenth } from '../plan/distance.js';
import { fitToRunner, ladderSession } from '../plan/fit-to-runner.js';
import { say } from '../plan/format.js';
import { prescribedDays } from '../plan/generate-plan.js';
import { planSources } from '../plan/plan-sources.js';
import { planWeeks } from '../plan/weeks.js';
import { runnerBasis, unknownRunnerBasis } from '../runner/basis.js';
import { dayNumber, isoDay } from '../runner/day-number.js';
import { LADDER_REPEATS, RETURN_TO_RUN_LADDER, SPIKE_FACTOR, SPIKE_WINDOW_DAYS } from '../runner/rules.js';
import { HOLD_EVIDENCE, LOAD_EVIDENCE, STEP_BACK_EVIDENCE } from '../load/evidence.js';
import { loadStart } from '../load/start.js';
import { HOLD_LOOKBACK_DAYS, LOAD_WINDOW_DAYS, MIN_BASE_KM, STEP_BACK_RUN_SHARE, STEP_BACK_SHARE, WEEKLY_GROWTH } from '../load/rules.js';
import type { MergedLog } from './log-merge.js';
import { dayAllowance } from './context.js';
import { sameData } from './same-data.js';
import type { ReviewStatus } from './types.js';

/** What a review decided, as the re-planning needs it. */
export interface Decision {
  readonly status: ReviewStatus;
  /** Protocol days to go back: 14 for a step-back, 7 for a hold that repeats the week, else 0. */
  readonly rewind: number;
  /** A step-back that cuts the load (a new flare). */
  readonly cut: boolean;
  /** A hold: no growth for the next 7 days. */
  readonly hold: boolean;
  /** The hold comes from a gap of misses (every day with running missed, from the first to the last): it plans no more than the runner's average week of the last 28 days. */
  readonly missed?: boolean;
  /**
   * The distances (plan unit) of the new runs that broke the pain limits, each as far as its day allowed; none so short
   * that 80 % of it is below the shortest run a plan writes (0.1), which would forbid all running rather than shorten it.
   */
  readonly painfulRuns: readonly number[];
  /** True when a painful run was longer than its day planned, and counts only as far as planned. */
  readonly painfulRunsCapped?: boolean;
  /** A clearance ends a referral: running resumes from the last tolerated load. */
  readonly clearance: boolean;
  /** The date of the clearance that ends the referral, when `clearance`. */
  readonly clearedOn?: string;
  /**
   * A referral for a red flag that stops the exercises too, not only the running: the urgent ones (a swollen calf, a
   * sudden pop, a leg that bears no weight, fever, groin pain with running, a recent fluoroquinolone), a growing runner's
   * growth plate, and a bone-stress sign on a plan felt at the hip.
   */
  readonly urgent?: boolean;
  /** How soon a referral asks to see a clinician: its most urgent reason's. */
  readonly urgency?: ReferralUrgency;
  /** A clearance in this review, and a referral again (a red flag logged since): the earlier referral's stopped days are settled. */
  readonly reReferred?: boolean;
  /**
   * Pain on waking today (a pain entry's `nextMorning`, logged for yesterday) above the most a run may reach: today plans
   * no run (see {@link restForMorningPain}).
   */
  readonly morningPain?: { readonly value: number; readonly limit: number };
}

const EPSILON = 1e-9;
const protocolDayOf = (day: PlanDay) => day.protocolDay ?? day.day;

/**
 * Adds a review's evidence to a day's running once: compared by content, so that a plan stored as JSON and read back
 * (its evidence no longer the library's own objects) gets it once too (found by review: each review of a parsed plan
 * added the hold's evidence again, and every such day counted as revised).
 */
function addEvidence(day: PlanDay, evidence: PlanDay['running']['evidence'][number]): void {
  if (!day.running.evidence.some((entry) => entry === evidence || sameData(entry, evidence))) day.running.evidence.push(evidence);
}

/** True when a review left a day as it was (what a review adds beside it, `revision` and `logged`, aside). */
function sameDay(old: PlanDay, day: PlanDay): boolean {
  if (old === day) return true;
  const { revision: _a, logged: _b, ...before } = old;
  const { revision: _c, logged: _d, ...after } = day;
  return sameData(before, after);
}

/**
 * Refuses a stored plan the protocol cannot have made: days not numbered from 1, not one calendar day apart from the
 * start, or following a protocol day the protocol does not have.
 */
export function checkPlanFitsProtocol(plan: Plan, protocol: Protocol): void {
  const length = protocol.phases.reduce((max, phase) => Math.max(max, phase.days.max), 0);
  const start = dayNumber(plan.startDate);
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const [index, day] of plan.days.entries()) {
    if (issues.length === 5) break;
    if (day.day !== index + 1) issues.push({ path: ['days', index, 'day'], message: `Plan day ${index + 1} is numbered ${day.day}: a plan's days are numbered from 1 in order` });
    else if (dayNumber(day.date) !== start + index) {
      issues.push({ path: ['days', index, 'date'], message: `Plan day ${index + 1} is dated ${day.date}, not ${isoDay(start + index)}: a plan's days follow each other from its start date (${plan.startDate})` });
    } else if (protocolDayOf(day) > length) {
      issues.push({ path: ['days', index, 'protocolDay'], message: `Day ${day.day} follows protocol day ${protocolDayOf(day)}, but protocol "${protocol.id}" has ${length} days: the plan was made from another version of it` });
    }
  }
  if (issues.length > 0) throw new RehabInputError('plan', issues);
}

/**
 * The distance run on a past day: what was logged (a logged miss as none; an unlogged day as none when the app logs
 * runs — {@link MergedLog.logsRuns} — else as planned). `credited` counts no more than was planned, for what may raise
 * the plan (the spike guard's base, a step-back's measure): running more than planned is never rewarded. Uncredited,
 * it counts in full where it lowers the plan (the week's rest).
 */
function doneOn(day: PlanDay, merged: MergedLog, unit: Plan['unit'], credited: boolean): number {
  const logged = merged.byDate.get(day.date);
  let ran = 0;
  let runLogged = false;
  for (const entry of logged ?? []) {
    if (entry.kind === 'run' || entry.kind === 'race') {
      ran += convertDistance(entry.distance, unit);
      runLogged = true;
    } else if (entry.kind === 'missed' && entry.what === 'run') runLogged = true;
  }
  const planned = day.running.planned;
  // An app that logs runs logged every run: a planned day with none was not run (found by review: a runner synced from
  // Strava who ran nothing for five weeks was stepped back from "the 17.1 km run in the 7 days before").
  if (!runLogged) return merged.logsRuns ? 0 : (planned?.distance?.value ?? 0);
  // Credited no further than the day planned before a review lowered it for running already done in its week (found by
  // review: a run cut so to 0.34 km, which the runner ran 4 km on, was credited as 0.34 km, and every later run shrank
  // to 110 % of it).
  return credited && planned !== undefined ? Math.min(ran, beforeWeekCut(day)) : ran;
}

/** The runs before the plan that the guard counts, from what the plan was generated with. */
function historyRuns(options: GeneratePlanOptions | undefined, unit: Plan['unit'], start: number, withLongest = true): { day: number; distance: number }[] {
  const runs = (options?.history ?? []).map((entry) => ({ day: dayNumber(entry.date), distance: convertDistance(entry.distance, unit) })).filter((run) => run.day < start);
  // A runner summary's longest recent run counts for the spike guard as a run the day before the start; it is not a
  // run to measure a week by.
  if (withLongest && options?.runner?.longestRecentRun) runs.push({ day: start - 1, distance: convertDistance(options.runner.longestRecentRun, unit) });
  return runs;
}

/**
 * A copy of a plan day with its own running, notes and log, written out field by field: a spread of these objects
 * was most of what a review spent copying. Keys in the schema's order; the protocol's content is shared, not copied.
 */
function copyDay(source: PlanDay, running: PlanDay['running'], flags: PlanDay['flags'], extra: { day?: number; date?: string; logged?: LogEntry[]; revision?: number } = {}): PlanDay {
  const day = extra.day ?? source.day;
  const date = extra.date ?? source.date;
  const { phaseId, sessionsPerDay, exercises, checkpoint, evidence } = source;
  const copy: PlanDay =
    checkpoint === undefined
      ? { day, date, phaseId, sessionsPerDay, exercises, running, flags, evidence }
      : { day, date, phaseId, sessionsPerDay, exercises, running, checkpoint, flags, evidence };
  if (source.protocolDay !== undefined) copy.protocolDay = source.protocolDay;
  const logged = extra.logged ?? source.logged;
  if (logged !== undefined) copy.logged = logged;
  const revision = extra.revision ?? source.revision;
  if (revision !== undefined) copy.revision = revision;
  return copy;
}

/** A copy of a day's running that a review may change: its evidence list its own, the rest shared. */
function copyRunning(running: PlanDay['running']): PlanDay['running'] {
  const copy: PlanDay['running'] = { maxDistance: running.maxDistance, intensity: running.intensity, evidence: [...running.evidence] };
  if (running.intervals !== undefined) copy.intervals = running.intervals;
  if (running.durationMinutes !== undefined) copy.durationMinutes = running.durationMinutes;
  if (running.painLimits !== undefined) copy.painLimits = running.painLimits;
  if (running.planned !== undefined) copy.planned = running.planned;
  return copy;
}

/**
 * A prescribed protocol day placed on plan day `day` and `date`. `source` is the review's own (`prescribedDays`),
 * and each of those days is placed once: what a review changes (the running, its evidence, the notes) is copied, the
 * protocol's content shared.
 */
function redate(source: PlanDay, protocolDay: number, day: number, date: string): PlanDay {
  const copy = copyDay(source, copyRunning(source.running), [...source.flags], { day, date });
  // A prescribed day has no protocolDay of its own: it gets one only where it lands on another plan day.
  if (protocolDay !== day) copy.protocolDay = protocolDay;
  if (copy.checkpoint) copy.checkpoint = { ...copy.checkpoint, day, date };
  return copy;
}

function setPlanned(day: PlanDay, distance: number): void {
  const planned = day.running.planned;
  if (planned === undefined || planned.distance === undefined) return;
  const value = roundDownToTenth(Math.max(0, distance));
  day.running.planned = value >= 0.1 ? { ...planned, distance: { value, unit: planned.distance.unit } } : { kind: 'rest' };
}

const plannedOf = (day: PlanDay) => day.running.planned?.distance?.value ?? 0;

/**
 * The revised plan: the days before `today` as they were planned, with what was logged beside them; the days from
 * `today` moved by the decision. A review only ever lowers the running it reviewed — never a limit or a planned run
 * above the plan before it, never a run on a day it had none — except a clearance, which resumes a referred plan
 * from the last tolerated load, and a hold after misses with nothing run in 28 days, which restarts the running from
 * the return-to-run programme.
 */
export function replan(
  plan: Plan,
  protocol: Protocol,
  decision: Decision,
  merged: MergedLog,
  today: string,
  tolerated: NonNullable<Plan['load']>['tolerated'],
): PlanDay[] {
  const unit = plan.unit;
  // The first day from today on, counted from the start (a plan's days are consecutive), or none left.
  const cut = today <= plan.startDate ? 0 : Math.min(plan.days.length, dayNumber(today) - dayNumber(plan.startDate));
  // A day whose log holds the same entries is the day as it was.
  const attach = (day: PlanDay): PlanDay => {
    const logged = merged.byDate.get(day.date);
    // The same entries (a run given again with its activity id can replace a stored one, keeping the length).
    const same = logged === undefined || logged === day.logged || (logged.length === (day.logged?.length ?? 0) && logged.every((entry, index) => entry === day.logged?.[index]));
    return same ? day : copyDay(day, day.running, day.flags, { logged: [...(logged ?? [])] });
  };
  const past = plan.days.slice(0, cut).map(attach);
  const oldFuture = plan.days.slice(cut);
  if (oldFuture.length === 0) return past;

  const options = plan.generatedWith?.options;
  const knowsRunner = options?.history !== undefined || options?.runner !== undefined || oldFuture.some((day) => day.running.planned !== undefined);
  let future: PlanDay[];
  let restart: { average: number } | undefined;
  if (decision.status === 'refer') {
    // Cleared in this review and referred again (a red flag since the clearance): the earlier referral is settled, so
    // its stopped days (their notes, their exercises) give way to the programme's before the new referral stops them.
    const base = decision.reReferred === true ? programmeDays(plan, protocol, oldFuture, past, today) : oldFuture;
    future = base.map((day) => stopRunning(day, decision.urgent === true, decision.urgency, today));
  } else if (decision.clearance) {
    // Cleared, but hurting again in the same review: running restarts from the return-to-run programme's first step.
    future = resume(plan, protocol, oldFuture, past, merged, today, decision.cut ? undefined : tolerated, knowsRunner, decision.morningPain);
    const first = dayNumber(future[0]?.date ?? today);
    if (decision.cut) {
      // Cleared, but hurting again: sessions given by time are stepped back as a step-back cuts them (found by review:
      // they resumed at the 16 and 20 minutes that hurt, the restart's first step being in distance).
      for (const day of future) if (dayNumber(day.date) - first < 7) cutSessions(day);
      growSessions(future, first);
    } else {
      // Sessions given by time have no tolerated week: they resume no longer than the step-back's, growing at most
      // 10 % a week (found by review: a shin splints plan cleared after a step-back resumed at the 16-minute sessions
      // that hurt, then 20).
      const stepped = steppedSessions(plan, past, decision.clearedOn ?? today);
      if (stepped !== undefined) growSessions(future, first, stepped.minutes, stepped.session);
    }
    future = noteMorningRest(future, decision, today);
  } else if ((restart = restartsFromLadder(plan, decision, past, oldFuture, merged, today)) !== undefined) {
    // Held after misses with nothing run in 28 days: running restarts from the return-to-run programme, as a plan for a
    // runner coming back from a break does (found by review: holds that kept lowering the runs planned from each other
    // left runs of 130 m, or none).
    const at = protocolDayOf(oldFuture[0] as PlanDay);
    const from = Math.max(1, at - decision.rewind);
    future = noteMorningRest(resume(plan, protocol, oldFuture, past, merged, today, undefined, knowsRunner, decision.morningPain, { from, wentBack: at - from, average: restart.average }), decision, today);
  } else {
    future = lower(plan, protocol, decision, oldFuture, past, merged, today);
  }
  // The plan's days follow each other from its start: a plan going back some protocol days ends later, and no day
  // can fall after the last date the library supports.
  const lastDay = dayNumber(plan.startDate) + past.length + future.length - 1;
  if (lastDay > dayNumber(LAST_SUPPORTED_DATE)) {
    throw new RehabInputError('reviewPlan options', [
      { path: ['today'], message: `Re-planning on ${today} would move the plan's last day past ${LAST_SUPPORTED_DATE}, the last date the library supports` },
    ]);
  }
  const all = [...past, ...future];
  weekWords(all, past.length, unit, plan.days);
  future = all.slice(past.length);
  // Plan days are numbered from 1 in order (checkPlanFitsProtocol holds a stored plan to it): day n is at n - 1.
  const revised = future.map((day) => {
    const old = plan.days[day.day - 1];
    if (old === undefined) return attach(day);
    if (sameDay(old, day)) return attach(old);
    return attach(copyDay(day, day.running, day.flags, { revision: (old.revision ?? 0) + 1 }));
  });
  return [...past, ...revised];
}

/** A week's note ({@link fitToRunner}'s `weekly-volume`): the usual week it names, and what it says of the planned runs. */
const WEEK_NOTE = /^This week's daily limits would allow more running than (?:your usual week of |the )(\d+(?:\.\d+)?) (?:mi|km)(.*?): the planned runs (?:keep the week to (\d+(?:\.\d+)?) (?:mi|km)|come to (\d+(?:\.\d+)?) (?:mi|km), set by the return-to-run programme)\.$/;
/** A day's week note, parsed: the usual week it names and the total it gives. */
function weekNote(day: PlanDay): { usual: number; total: number } | undefined {
  for (const flag of day.flags) {
    const match = flag.kind === 'weekly-volume' ? WEEK_NOTE.exec(flag.message) : null;
    if (match !== null) return { usual: Number(match[1]), total: Number(match[3] ?? match[4]) };
  }
  return undefined;
}
/** What a review says of a week that began before today: its new total. */
const WEEK_NOW = /^The week from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} now plans /;
/** A session's note that the week it ends goes above the usual week. */
const SESSION_NOTE = /^With this session the (?:week reaches|7 days to it reach) (\d+(?:\.\d+)?) (?:mi|km), more than your usual week \((\d+(?:\.\d+)?) (?:mi|km)\): the return-to-run programme sets it\.$/;

/**
 * The notes on what a week plans, made true again after a review lowered or moved its days (found by review: a
 * restart's first week said "the planned runs keep the week to 5.4 km" over 4.8 km of sessions, and that its daily
 * limits allowed more than the usual week when the capped ones no longer did): a week's note names what its 7 days
 * plan, and goes when their limits no longer add up to more than the usual week; a session's note names the 7 days
 * ending on it, and goes when they no longer pass the usual week.
 */
function weekWords(days: PlanDay[], from: number, unit: Plan['unit'], before: readonly PlanDay[]): void {
  const start = before[0] === undefined ? 0 : dayNumber(before[0].date);
  // Whether the review changed what the days from `from` to `to` (indexes into `days`) plan or allow.
  const changed = (first: number, last: number) =>
    days.slice(Math.max(0, first), last + 1).some((day) => {
      const old = before[dayNumber(day.date) - start];
      return old === undefined || plannedOf(old) !== plannedOf(day) || old.running.maxDistance?.value !== day.running.maxDistance?.value;
    });
  // A week's note on a day before today (a review mid-week) stays as it was, as every day before today does: the week's
  // total, where it is no longer what the note said, is said on the first day from today.
  const head = days[from];
  if (head !== undefined) {
    const said: PlanDay['flags'] = [];
    // Only the latest week begun before today, and none when today begins a week of its own (found by review: daily
    // holds stacked three totals of overlapping weeks on one day).
    let index = from - 1;
    while (index >= Math.max(0, from - 6) && weekNote(days[index] as PlanDay) === undefined) index--;
    const week = weekNote(head) !== undefined || index < Math.max(0, from - 6) ? undefined : weekNote(days[index] as PlanDay);
    const total = week === undefined ? 0 : days.slice(index, index + 7).reduce((sum, next) => sum + plannedOf(next), 0);
    if (week !== undefined && Math.abs(week.total - roundDownToTenth(total)) >= EPSILON) {
      const weekStart = (days[index] as PlanDay).date;
      const message = `The week from ${weekStart} to ${addCalendarDays(weekStart, 6)} now plans ${say(total, unit)} of running in all (its note said ${say(week.total, unit)}).`;
      // Said once: not again by each later review of the same week while its total stays (the latest saying counts).
      const latest = days
        .slice(index, from)
        .flatMap((day) => day.flags.filter((flag) => WEEK_NOW.test(flag.message) && flag.message.startsWith(`The week from ${weekStart} `)))
        .at(-1);
      if (latest?.message !== message) said.push({ kind: 'weekly-volume', message });
    }
    const flags = [...head.flags.filter((flag) => !WEEK_NOW.test(flag.message)), ...said];
    if (flags.length !== head.flags.length || flags.some((flag, position) => flag.message !== head.flags[position]?.message)) days[from] = copyDay(head, head.running, flags);
  }
  days.forEach((day, index) => {
    if (index < from || !day.flags.some((flag) => flag.kind === 'weekly-volume')) return;
    const flags = day.flags.flatMap((flag): PlanDay['flags'] => {
      if (flag.kind !== 'weekly-volume') return [flag];
      const week = WEEK_NOTE.exec(flag.message);
      if (week !== null) {
        if (!changed(index, index + 6)) return [flag];
        const usual = Number(week[1]);
        const ahead = days.slice(index, index + 7);
        const limits = ahead.reduce((sum, next) => sum + (next.running.maxDistance?.value ?? 0), 0);
        if (limits <= usual + EPSILON) return [];
        const total = ahead.reduce((sum, next) => sum + plannedOf(next), 0);
        const words = total > usual + EPSILON ? `come to ${say(total, unit)}, set by the return-to-run programme` : `keep the week to ${say(total, unit)}`;
        return [{ ...flag, message: flag.message.replace(/: the planned runs .*$/, `: the planned runs ${words}.`) }];
      }
      const session = SESSION_NOTE.exec(flag.message);
      if (session === null || !changed(index - 6, index)) return [flag];
      const usual = Number(session[2]);
      const total = days.slice(Math.max(0, index - 6), index + 1).reduce((sum, next) => sum + plannedOf(next), 0);
      if (total <= usual + EPSILON) return [];
      // The same number keeps the note as it was.
      if (say(Number(session[1]), unit) === say(total, unit)) return [flag];
      return [{ ...flag, message: `With this session the 7 days to it reach ${say(total, unit)}, more than your usual week (${say(usual, unit)}): the return-to-run programme sets it.` }];
    });
    const same = flags.length === day.flags.length && flags.every((flag, position) => flag === day.flags[position]);
    // A new day, not the plan's: a day the review kept as it was is the stored plan's own, not to be changed.
    if (!same) days[index] = copyDay(days[index] as PlanDay, day.running, flags);
  });
}

/** A stopped day's note (see {@link stoppedNote}); the review finds it by these words too. */
export const STOPPED = /^No running( and no exercises)? until a clinician clears you\./;
// (The same words as EXERCISES_STOPPED_NOTE, which the printed plans read; a test holds them together.)

/** How a stopped day's note says how soon; {@link noteUrgency} reads it back, so both use these words. */
const SAID_TODAY = 'you were told to see one that day';
const SAID_WITHIN_DAYS = 'you were told to see one within days';

/**
 * What a referred plan's stopped day says: no running (and no exercises after an urgent red flag) until a clinician
 * clears the runner, and how soon to be seen when it is not routine, dated ("today" on a later day would read as that
 * day).
 */
function stoppedNote(exercisesToo: boolean, urgency: ReferralUrgency | undefined, today: string): string {
  const what = exercisesToo ? 'No running and no exercises' : 'No running';
  const soon = urgency === 'today' ? ` On ${today} ${SAID_TODAY}: if you have not been seen yet, go today.` : urgency === 'within-days' ? ` On ${today} ${SAID_WITHIN_DAYS}.` : '';
  return `${what} ${STOPPED_NOTE}${soon} Log their clearance to go on.`;
}

/** How soon a stopped day's note says to be seen (see {@link stoppedNote}); `routine` when it names no time. */
function noteUrgency(day: PlanDay): ReferralUrgency | undefined {
  const note = day.flags.find((flag) => STOPPED.test(flag.message))?.message;
  if (note === undefined) return undefined;
  return note.includes(SAID_TODAY) ? 'today' : note.includes(SAID_WITHIN_DAYS) ? 'within-days' : 'routine';
}

const URGENCY_RANK: Readonly<Record<ReferralUrgency, number>> = { today: 0, 'within-days': 1, routine: 2 };

/** Why a referred plan's day has no running: the review's rule, not the protocol's. */
const STOPPED_EVIDENCE = Object.freeze({
  kind: 'library-default' as const,
  reason: 'A referral stops the running until a clinician clears the runner: a warning sign, or pain beyond what a plan should manage, needs a clinician first.',
});

/** A referred plan's day: no running until a clinician clears the runner; exercises as they were, or none after an urgent red flag. */
function stopRunning(day: PlanDay, exercisesToo: boolean, urgency: ReferralUrgency | undefined, today: string): PlanDay {
  const resting = day.running.intensity === 'rest' && day.running.maxDistance === null && (day.running.planned === undefined || day.running.planned.kind === 'rest');
  // A day already stopped by an earlier review keeps its note (dated by the review that referred), unless this review
  // asks for more: the exercises stopped too, or a clinician sooner (a swollen calf logged after groin pain).
  const said = noteUrgency(day);
  const sooner = said !== undefined && URGENCY_RANK[urgency ?? 'routine'] < URGENCY_RANK[said];
  if (resting && (!exercisesToo || day.exercises.length === 0) && !sooner) return day;
  // The day's running is the referral's now, not the protocol's: its evidence says so (a day that said "no running"
  // cited the prescription's jogging limit).
  const running: PlanDay['running'] = { maxDistance: null, intensity: 'rest', evidence: [STOPPED_EVIDENCE] };
  if (day.running.planned !== undefined) running.planned = { kind: 'rest' };
  const stopped = copyDay(day, running, [{ kind: 'referred', message: stoppedNote(exercisesToo, urgency, today) }]);
  // A swollen calf (a possible clot), a tear or a leg that bears no weight: no exercise either until it is seen.
  return exercisesToo ? { ...stopped, sessionsPerDay: { min: 0, max: 0 }, exercises: [] } : stopped;
}

/** Why a day rests for this morning's pain: the review's rule, read from the pain limit a run may reach. */
export const MORNING_PAIN_REASON =
  "Pain on waking above the most a run may reach (5/10 in the pain-monitoring model unless the protocol says otherwise) leaves no run that day within the limit: the library's reading of the limit, which no source states for the morning itself.";
const MORNING_PAIN_EVIDENCE = Object.freeze({ kind: 'library-default' as const, reason: MORNING_PAIN_REASON });

/** The note on a day that rests for the pain on waking; the review finds it by these words. */
export const MORNING_PAIN_NOTE = /^No run today: your pain on waking /;

/**
 * Today, when the pain on waking is above the most a run may reach: no run (found by review: a step-back for 6/10 on
 * waking planned a run that same morning). A run starting above the limit cannot stay within it. Only today: the next
 * morning's pain, logged, decides the next day. Returns the day as it now is (a copy when changed).
 */
function restForMorningPain(day: PlanDay, morning: NonNullable<Decision['morningPain']>, today: string): PlanDay {
  if (day.date !== today) return day;
  // Rested already before a programme was fitted around it (see restRunning): only its note is missing. A rest day of
  // the plan's own has nothing to say.
  const rested = day.running.intensity === 'rest';
  if (rested && !day.running.evidence.includes(MORNING_PAIN_EVIDENCE)) return day;
  if (rested && day.flags.some((flag) => MORNING_PAIN_NOTE.test(flag.message))) return day;
  const running = rested ? day.running : restRunning(day.running);
  const message = `No run today: your pain on waking (${morning.value}/10) is above the ${morning.limit}/10 a run may reach, so a run would start above the limit. Run again on a morning when it is back within it.`;
  return copyDay(day, running, [...day.flags.filter((flag) => !MORNING_PAIN_NOTE.test(flag.message)), { kind: 'limited-by-history', message }]);
}

/** After a clearance or a restart, which rest today before fitting the programme (see resume): today's note. */
function noteMorningRest(days: PlanDay[], decision: Decision, today: string): PlanDay[] {
  const first = days[0];
  if (decision.morningPain !== undefined && first !== undefined) days[0] = restForMorningPain(first, decision.morningPain, today);
  return days;
}

/** A day's running as a rest day for the pain on waking: no run, no limit to run to. */
function restRunning(was: PlanDay['running']): PlanDay['running'] {
  const running: PlanDay['running'] = { maxDistance: null, intensity: 'rest', evidence: [MORNING_PAIN_EVIDENCE] };
  if (was.planned !== undefined) running.planned = { kind: 'rest' };
  return running;
}

/** The days from today under progress, hold or step-back: the plan before, lowered where the decision says. */
function lower(plan: Plan, protocol: Protocol, decision: Decision, oldFuture: readonly PlanDay[], past: readonly PlanDay[], merged: MergedLog, today: string): PlanDay[] {
  const unit = plan.unit;
  const options = plan.generatedWith?.options;
  const current = oldFuture[0] as PlanDay;
  let days: PlanDay[];
  // What the plan before the review planned on each new day's date (or the weekday it follows): the caps below scale
  // from it, never from values the log moved, so that more pain or more running can only lower what is planned.
  const reference = new Map<PlanDay, number>();
  // How many protocol days the programme went back (fewer than the decision's where that keeps the run days).
  let wentBack = 0;
  if (decision.rewind === 0) {
    // Copies of what a review may change (the running, the flags); the protocol's content is shared, not copied.
    days = oldFuture.map((day) => copyDay(day, copyRunning(day.running), [...day.flags]));
    days.forEach((day, index) => reference.set(day, plannedOf(oldFuture[index] as PlanDay)));
  } else {
    const firstDate = today < plan.startDate ? plan.startDate : today;
    const cut = past.length;
    // The plan's days are consecutive from its start: the day on a date is found by counting.
    const start = dayNumber(plan.startDate);
    // Bounds checked first: a read past an array's end makes V8 throw away the optimized code.
    const onDate = (at: number) => (at >= start && at - start < plan.days.length ? plan.days[at - start] : undefined);
    const lastOld = oldFuture[oldFuture.length - 1] as PlanDay;
    const lastAt = dayNumber(lastOld.date);
    // A day past the old plan's end follows the same weekday of its last week: a review never adds a run day.
    const oldOn = (at: number) => onDate(at) ?? onDate(at - 7 * Math.max(0, Math.ceil((at - lastAt) / 7))) ?? lastOld;
    // Back `rewind` protocol days (to the first, near the start), or fewer where that keeps more of the next two weeks'
    // run days: a day keeps its running only where the plan before ran, so a programme that runs every other day, sent
    // back an odd number of days, would rest on every day (found by review: a shin splints step-back in its first two
    // weeks left no running at all). The deepest rewind among those keeping the most.
    const deepest = Math.max(1, protocolDayOf(current) - decision.rewind);
    const all = prescribedDays(protocol, plan.startDate, unit, options?.goalDistance ?? plan.goalDistance, deepest);
    const first = dayNumber(firstDate);
    let shift = 0;
    let kept = -1;
    for (let candidate = 0; candidate <= protocolDayOf(current) - deepest; candidate++) {
      let count = 0;
      for (let index = 0; index < 14; index++) {
        const source = all[candidate + index];
        if (source !== undefined && source.running.intensity !== 'rest' && oldOn(first + index).running.intensity !== 'rest') count++;
      }
      if (count > kept) {
        kept = count;
        shift = candidate;
      }
    }
    const from = deepest + shift;
    wentBack = protocolDayOf(current) - from;
    const prescribed = shift === 0 ? all : all.slice(shift);
    // The days the plan had from today, then as many more as going back adds, each a protocol day re-dated.
    days = prescribed.map((source, index) => redate(source, from + index, cut + index + 1, addCalendarDays(firstDate, index)));
    for (const day of days) {
      const old = oldOn(dayNumber(day.date));
      lowerRunning(day, old);
      reference.set(day, plannedOf(old));
      day.flags = old.flags.filter((flag) => flag.kind === 'return-to-run');
    }
  }

  // No run today when the pain on waking is above the limit: before the caps below, so that a step-back's one run of the
  // programme's first step goes to another day, and the day's share of the week is not given to the others.
  const todays = days[0];
  if (decision.morningPain !== undefined && todays !== undefined) {
    const rested = restForMorningPain(todays, decision.morningPain, today);
    if (rested !== todays) {
      reference.set(rested, reference.get(todays) ?? 0);
      days[0] = rested;
    }
  }

  const hasRunner = days.some((day) => day.running.planned !== undefined);
  if (!hasRunner) {
    if (decision.cut) stepBackLimits(days, decision, past, merged, today, unit, wentBack);
    else if (decision.missed === true) holdLimits(days, past, merged, today, unit, wentBack);
    return days;
  }
  const flags = new Map<PlanDay, PlanFlag>();

  // The spike guard, on what was run: the history, the runs logged since the start (an unlogged day as doneOn says) and
  // the plan's own earlier days. It only lowers: running more than planned never raises the plan.
  if ((options?.spikeGuard ?? 'cap') === 'cap' && (options?.history !== undefined || options?.runner?.longestRecentRun !== undefined)) {
    const start = dayNumber(plan.startDate);
    // `planned`: a run the runner has not logged (a day to come, or a past day with no run logged, counted as planned).
    const runs: { day: number; distance: number; planned?: boolean }[] = historyRuns(options, unit, start);
    for (const day of past) {
      const logged = merged.byDate.get(day.date);
      const ran = (logged ?? []).some((entry) => entry.kind === 'run' || entry.kind === 'race');
      runs.push({ day: dayNumber(day.date), distance: doneOn(day, merged, unit, true), planned: !ran && !merged.logsRuns });
    }
    runs.sort((a, b) => a.day - b.day);
    // The longest run of the 30 days before each day, over a window that only moves forward: the runs in day order,
    // and a queue of those that can still be the longest (each longer than the ones after it). Linear in days and runs.
    const window: { day: number; distance: number; planned?: boolean }[] = [];
    let head = 0;
    let next = 0;
    for (const day of days) {
      const at = dayNumber(day.date);
      for (; next < runs.length && (runs[next] as { day: number }).day < at; next++) {
        const run = runs[next] as { day: number; distance: number; planned?: boolean };
        while (window.length > head && (window[window.length - 1] as { distance: number }).distance <= run.distance) window.pop();
        window.push(run);
      }
      while (head < window.length && (window[head] as { day: number }).day < at - SPIKE_WINDOW_DAYS) head++;
      const longestRun = window[head];
      const longest = longestRun === undefined ? 0 : Math.max(0, longestRun.distance);
      const guard = longest * SPIKE_FACTOR;
      if (longest > 0) {
        const limit = day.running.maxDistance;
        if (limit !== null && limit.value > guard + EPSILON) day.running.maxDistance = { value: roundDownToTenth(guard), unit };
        if (plannedOf(day) > guard + EPSILON) {
          const was = plannedOf(day);
          setPlanned(day, guard);
          flags.set(day, { kind: 'limited-by-history', message: `Planned run lowered from ${say(was, unit)} to ${say(plannedOf(day), unit)}: 110 % of ${longestRun?.planned === true ? 'the longest run planned' : 'your longest run'} of the 30 days before${longestRun?.planned === true ? '' : ', as logged'} (${say(longest, unit)}).` });
        }
      }
      runs.push({ day: at, distance: plannedOf(day), planned: true });
    }
  }

  // Running more than planned counts in the week: the rest of the plan's current week keeps its total — the week as
  // planned before any review took running already done off it, so that each review takes an overrun off once (found by
  // review: reviewed daily, a 1 km overrun was taken off again at every review that read a new entry, and the week's
  // last runs went).
  const weekStart = Math.floor(past.length / 7) * 7;
  const weekEnd = weekStart + 7;
  const weekPast = past.slice(weekStart);
  const plannedWeek = [...weekPast, ...days.slice(0, weekEnd - past.length)].reduce((sum, day) => sum + (plan.days[day.day - 1] === undefined ? 0 : beforeWeekCut(plan.days[day.day - 1] as PlanDay)), 0);
  const spent = weekPast.reduce((sum, day) => sum + doneOn(day, merged, unit, false), 0);
  const restOfWeek = days.slice(0, weekEnd - past.length);
  const beforeRest = new Map(restOfWeek.map((day) => [day, plannedOf(day)]));
  const weekRest = (day: PlanDay) => `Lowered from ${say(Math.max(beforeRest.get(day) ?? 0, beforeWeekCut(day)), unit)} ${WEEK_REST}`;
  scaleTo(restOfWeek, Math.max(0, plannedWeek - spent), Number.POSITIVE_INFINITY, reference, flags, weekRest, unit);
  // The week's rest too little for runs of a mile: none, rather than runs of a few hundred metres (found by review on a
  // real export: runs of 0.44 km, which a runner who ran 4 km on them was then credited with, shrinking every later run;
  // reviewed daily, a pain-free plan fell toward nothing). The runner has run the week's total already.
  dropShortRuns(restOfWeek, beforeRest, firstStep(unit), flags, weekRest, unit);

  if (decision.cut || decision.hold) {
    // What the plan would run without the decision's caps: a step-back's floor never goes above it.
    const uncapped = new Map(days.map((day) => [day, plannedOf(day)]));
    const windowStart = addCalendarDays(today, -LOAD_WINDOW_DAYS);
    const before = past.filter((day) => day.date >= windowStart);
    // Days of the window before the plan's start count what the history says was run.
    const start = dayNumber(plan.startDate);
    // Before today only: a review before the plan's start does not count history runs dated after it.
    const earlier = historyRuns(options, unit, start, false).filter((run) => run.day >= dayNumber(windowStart) && run.day < dayNumber(today)).map((run) => run.distance);
    const fromHistory = earlier.reduce((sum, value) => sum + value, 0);
    const plannedBefore = fromHistory + before.reduce((sum, day) => sum + plannedOf(day), 0);
    const ranBefore = fromHistory + before.reduce((sum, day) => sum + doneOn(day, merged, unit, true), 0);
    // Running under MIN_BASE_KM (a few hundred metres, a GPS blip) is no measure of load, as when a plan starts: a
    // longest run or a week that short caps nothing, and the 7 days ahead are measured instead. A run that hurt caps
    // the next runs however short it was — pain is the evidence — unless it is too short to (see Decision.painfulRuns).
    const minBase = convertDistance({ value: MIN_BASE_KM, unit: 'km' }, unit);
    const longestRan = Math.max(0, ...earlier, ...before.map(plannedOf));
    const longestBefore = longestRan >= minBase ? longestRan : 0;
    const shortestPainful = decision.painfulRuns.length > 0 ? Math.min(...decision.painfulRuns) : undefined;
    // 7 days before that planned no run (a plan whose running begins later: a return-to-run programme's first run to
    // come) are no measure: "no growth" then keeps the week ahead as it was planned — from its first day with a run, if
    // the next days rest — and a step-back takes 70 % of it, rather than planning no running from here on.
    // Measured on what the plan before the review had (`reference`), so that running logged this week, which lowers
    // what is left of it, never moves the measure to a later, longer week.
    const firstRun = Math.max(0, days.findIndex((day) => (reference.get(day) ?? 0) > 0));
    const firstRunBlock = Math.floor(firstRun / 7);
    const weekAhead = days.slice(firstRun, firstRun + 7).reduce((sum, day) => sum + (reference.get(day) ?? 0), 0);
    // The 7 days before reaching back before the plan's start of a runner whose training is not known at all (no
    // history, no runner summary: a return-to-run programme) are no measure either: counting those days as no running
    // made a step-back two days into the programme plan runs of 0.2 mi (found by review). The week ahead as planned is
    // measured instead. (With a runner summary, what was logged since the start is the measure, as before.)
    const unknownBefore = (options?.history === undefined || options.history.length === 0) && options?.runner === undefined && windowStart < plan.startDate && plannedBefore >= minBase;
    const fromAhead = plannedBefore < minBase || unknownBefore;
    // A step-back steps back from the load the runner is on: never from more than the plan before had for the 7 days
    // ahead (found by review: in a plan's first days the 7 days before are mostly the history's fuller weeks, which the
    // plan had already cut to 70 %, so a step-back measured on them cut almost nothing).
    const aheadNow = days.slice(0, 7).reduce((sum, day) => sum + (reference.get(day) ?? 0), 0);
    const lastWeek = decision.cut ? Math.min(plannedBefore, ranBefore) : plannedBefore;
    const byAhead = !fromAhead && decision.cut && aheadNow >= minBase && aheadNow < lastWeek;
    // After a gap of missed runs, a hold plans no more than the runner's average week of the last 28 days, as a plan's
    // start measures the runner (found by review: after 17 days of missed runs, a hold planned the week from the weeks
    // missed, 19 % above the last week run; after two weeks missed, about half the week before them, as coaches advise
    // after a break). Too little for runs of the return-to-run programme's first step restarts from it (see replan).
    const recent = decision.hold && !decision.cut && !fromAhead && decision.missed === true ? recentWeeks(plan, past, merged, today, unit) : undefined;
    const recentWeekly = recent === undefined ? 0 : recent.average;
    const restart = recent !== undefined && recentWeekly < minBase;
    const fullest = recent !== undefined && recentWeekly >= minBase && recentWeekly < plannedBefore - EPSILON ? recentWeekly : undefined;
    // A hold measured by the 7 days planned before, for a runner who ran less than planned (misses among runs): the
    // week can ask more than their recent running, and the note says so (found by review: a runner doing one planned
    // run in four, pain-free, was held week after week at 57 km, running about 15).
    const ranRecently = decision.hold && !decision.cut && !fromAhead && recent === undefined ? recentWeeks(plan, past, merged, today, unit).average : undefined;
    const moreThanRun = (total: number) =>
      ranRecently !== undefined && ranRecently >= minBase && total > ranRecently * WEEKLY_GROWTH + EPSILON
        ? ` That is more than the ${say(ranRecently, unit)} a week you ran on average over the ${HOLD_LOOKBACK_DAYS} days before (missed runs counted as none): it asks more than your recent running supports, so build up to it by no more than 10 % a week.`
        : '';
    const measured = fromAhead ? weekAhead : byAhead ? aheadNow : restart ? 0 : (fullest ?? lastWeek);
    const weekly = decision.cut ? STEP_BACK_SHARE * measured : measured;
    // What later weeks grow from: the first week's allowance, or what it plans once a step-back's one run is kept.
    let grownFrom = weekly;
    // No run longer than the 7 days before had (no growth), and after a step-back none as long as the run that hurt.
    // …nor, after a step-back, longer than the longest the plan before had in the 7 days ahead.
    const longestAhead = Math.max(0, ...days.slice(0, 7).map((day) => reference.get(day) ?? 0));
    const held = Math.min(
      longestBefore > 0 ? longestBefore : Number.POSITIVE_INFINITY,
      recent !== undefined && recent.longest >= minBase ? recent.longest : Number.POSITIVE_INFINITY,
      decision.cut && longestAhead >= minBase ? longestAhead : Number.POSITIVE_INFINITY,
    );
    const longest = decision.cut && shortestPainful !== undefined ? Math.min(held, STEP_BACK_RUN_SHARE * shortestPainful) : held;
    // The days in 7-day blocks from the first: one pass, whatever the plan's length.
    const first = dayNumber(days[0]?.date ?? today);
    const blocks: PlanDay[][] = [];
    for (const day of days) {
      const week = Math.floor((dayNumber(day.date) - first) / 7);
      (blocks[week] ??= []).push(day);
    }
    // The longest run the block before plans, rounded as the runner reads it: no run of a block is more than 10 % longer
    // (found by review: growth from unrounded values gave 1.7 km runs, then 1.9 km a week later, 112 %). The week's
    // total grows from the first week's allowance, not from what it plans when less (a programme gone back to days with
    // little running, a morning's rest): the note says from what.
    let previousLongest: number | undefined;
    for (let week = 0; week < blocks.length; week++) {
      const block = blocks[week] ?? [];
      // A partial last block holds what the 7 days ending on its last day leave: the week's allowance less what the
      // block before plans in those 7 days (a once-a-week run keeps its size; a short week cannot carry a whole one).
      // A partial first block, the plan ending within the week, is pro-rated.
      // Growth counts from the block that holds the first run: weeks without running do not wear a step-back away.
      const allowance = grownFrom * WEEKLY_GROWTH ** Math.max(0, week - firstRunBlock);
      const earlier = block.length < 7 && week > 0 ? (blocks[week - 1] ?? []).slice(block.length).reduce((sum, day) => sum + plannedOf(day), 0) : 0;
      const total = block.length === 7 ? allowance : week > 0 ? Math.max(0, allowance - earlier) : (allowance * block.length) / 7;
      const runCap = Math.min(longest * WEEKLY_GROWTH ** week, previousLongest === undefined ? Number.POSITIVE_INFINITY : roundDownToTenth(previousLongest * WEEKLY_GROWTH + EPSILON));
      const why = decision.cut ? 'stepped back' : 'held';
      scaleTo(block, total, runCap, reference, flags, `Lowered by the review of ${today} (${why}), growing at most 10 % a week from there`, unit);
      if (week > 0) oneRunOfTheWeek(block, total, runCap, reference, uncapped, flags, `Lowered by the review of ${today} (${why})`, unit);
      if (week > 0 && decision.cut && Number.isFinite(longest)) {
        // The limits after the first 7 days grow from the cut as the planned runs do, at most 10 % a week, rather than
        // return to the protocol's (found by review: 3.2 km after pain, then "run up to 11 km" a week later).
        const cap = roundDownToTenth(longest * WEEKLY_GROWTH ** week);
        for (const day of block) {
          const limit = day.running.maxDistance;
          if (limit !== null && limit.value > cap + EPSILON) day.running.maxDistance = { value: Math.max(plannedOf(day), cap), unit };
        }
      }
      if (week === 0 && decision.cut) {
        for (const day of block) {
          const limit = day.running.maxDistance;
          if (limit !== null && Number.isFinite(longest) && limit.value > longest + EPSILON) day.running.maxDistance = { value: Math.max(plannedOf(day), roundDownToTenth(longest)), unit };
          cutSessions(day);
        }
      }
      if (week === 0 && (decision.cut || restart)) {
        // A step-back still plans some running: at least the return-to-run programme's first step; so does a hold after
        // 28 days with nothing run.
        // The day is the first the plan before the review ran on, whatever was logged since, so that running more than
        // planned can only shorten that run, never move it to a day that had none.
        const candidate = block.some((day) => plannedOf(day) >= 0.1) ? undefined : block.find((day) => (reference.get(day) ?? 0) > 0 && day.running.maxDistance !== null);
        if (candidate !== undefined && candidate.running.maxDistance !== null) {
          const step = firstStep(unit);
          const value = roundDownToTenth(Math.min(step, candidate.running.maxDistance.value, uncapped.get(candidate) ?? 0, longest));
          if (value >= 0.1) candidate.running.planned = { kind: 'intervals', distance: { value, unit } };
        }
      }
      const head = block[0];
      const planned = block.map(plannedOf);
      if (planned.some((value) => value > 0)) previousLongest = Math.max(...planned);
      if (week === 0) grownFrom = Math.max(weekly, (planned.reduce((sum, value) => sum + value, 0) * 7) / Math.max(1, block.length));
      if (week === 0 && head !== undefined) {
        const total = block.reduce((sum, day) => sum + plannedOf(day), 0);
        const cap = Number.isFinite(longest) && !restart ? `, no run longer than ${say(longest, unit)}${decision.cut && shortestPainful !== undefined ? ` (${Math.round(STEP_BACK_RUN_SHARE * 100)} % of the shortest run that hurt, ${say(shortestPainful, unit)}${decision.painfulRunsCapped === true ? ', counted no farther than planned' : ''})` : ''}` : '';
        const timed = block.some((day) => day.running.planned?.minutes !== undefined);
        const floor = decision.cut && total > weekly + EPSILON ? ' (one run of the return-to-run programme’s first step, so that running goes on)' : '';
        const heldAt = restart
          ? `one run of the return-to-run programme’s first step at most, with ${littleRunWords(recentWeekly, unit, merged, today)}`
          : fullest !== undefined
            ? `no more than the ${say(fullest, unit)} a week you averaged over the ${HOLD_LOOKBACK_DAYS} days before, misses counted as no running (less than the ${say(plannedBefore, unit)} planned in the 7 days before)`
            : `no more than the ${say(plannedBefore, unit)} planned in the 7 days before`;
        const why = unknownBefore ? `as your running before the plan began on ${plan.startDate} is not known` : 'as the 7 days before planned no run';
        const measure = fromAhead
          ? decision.cut
            ? `at most ${Math.round(STEP_BACK_SHARE * 100)} % of the ${say(weekAhead, unit)} planned for them, ${why}${floor}`
            : `no more than the ${say(weekAhead, unit)} planned for them, ${why}`
          : byAhead
            ? `at most ${Math.round(STEP_BACK_SHARE * 100)} % of the ${say(aheadNow, unit)} planned for them before this review (less than the ${say(lastWeek, unit)} run in the 7 days before)${floor}`
            : decision.cut
            ? `${measured <= EPSILON ? 'as no run is logged in the 7 days before' : `at most ${Math.round(STEP_BACK_SHARE * 100)} % of the ${say(measured, unit)} run in the 7 days before`}${floor}`
            : heldAt;
        flags.set(head, {
          kind: 'limited-by-history',
          message:
            timed && total === 0
              ? `${decision.cut ? 'Stepped back' : 'Held'} by the review of ${today}: ${decision.cut ? `the running sessions of these 7 days are cut to at most ${Math.round(STEP_BACK_SHARE * 100)} % of their repeats or minutes` : 'these 7 days repeat the sessions of the week before'}, and ${wentBackWords(wentBack)}.`
              : `${decision.cut ? 'Stepped back' : 'Held'} by the review of ${today}: these 7 days plan ${say(total, unit)}, ${measure}${cap}; then at most 10 % more a week${total < grownFrom - 0.05 ? ` from the ${say(roundDownToTenth(grownFrom), unit)} they allow` : ''}.${moreThanRun(total)}`,
        });
      }
    }
    if (decision.cut) growSessions(days, first);
    const evidence = decision.cut ? STEP_BACK_EVIDENCE : HOLD_EVIDENCE;
    for (const day of days) addEvidence(day, evidence);
  }
  // A day lowered again for the week's running says so once: the new note replaces the earlier review's.
  for (const [day, flag] of flags) day.flags = [...day.flags.filter((old) => old.message !== flag.message && !(WEEK_REST_FROM.test(flag.message) && WEEK_REST_FROM.test(old.message))), flag];
  if (decision.cut || decision.hold) ladderPhases(days, past, unit);
  for (const day of days) {
    ladderWords(day, today, unit);
    dropStaleLowered(day, flags.get(day));
  }
  return days;
}

const LADDER_PHASE = /^Return-to-run phase (\d+) of /;

/**
 * After a step-back or a hold, the return-to-run sessions ahead go on from the phase the runner had reached (the last
 * session before today), repeat it for the first 7 days, then move up a phase every {@link LADDER_REPEATS} sessions:
 * each session's phase, its note and its distance (never longer than its phase's) follow (found by review: after a
 * phase-1 session hurt, the week ahead held phase 3, and phases past the old plan's end went 3, 2, 3).
 */
function ladderPhases(days: readonly PlanDay[], past: readonly PlanDay[], unit: Plan['unit']): void {
  const phaseOf = (day: PlanDay) => {
    const note = day.flags.find((flag) => flag.kind === 'return-to-run')?.message;
    const match = note === undefined ? null : LADDER_PHASE.exec(note);
    return match === null ? undefined : Number(match[1]) - 1;
  };
  let reached: number | undefined;
  for (let index = past.length - 1; index >= 0 && reached === undefined; index--) reached = phaseOf(past[index] as PlanDay);
  const sessions = days.filter((day) => phaseOf(day) !== undefined && plannedOf(day) >= 0.1);
  if (sessions.length === 0) return;
  let phase = reached ?? (phaseOf(sessions[0] as PlanDay) as number);
  let done = 0;
  const first = dayNumber((days[0] as PlanDay).date);
  const last = sessions[sessions.length - 1] as PlanDay;
  for (const day of days) {
    if (day.date > last.date) break;
    const session = sessions.includes(day);
    if (session && dayNumber(day.date) - first >= 7 && done >= LADDER_REPEATS && phase < RETURN_TO_RUN_LADDER.length - 1) {
      phase += 1;
      done = 0;
    }
    const step = RETURN_TO_RUN_LADDER[phase] as (typeof RETURN_TO_RUN_LADDER)[number];
    const stepDistance = convertDistance({ value: step.miles, unit: 'mi' }, unit);
    // While on the programme, a day allows no more than its phase's step, as a plan on it does (found by review: a
    // step-back allowed 1.7 km on the days between sessions of 1 mile, more than the hold of the same log).
    const limit = day.running.maxDistance;
    if (limit !== null && limit.value > stepDistance + EPSILON) day.running.maxDistance = { value: roundDownToTenth(stepDistance), unit };
    if (!session) continue;
    done += 1;
    const distance = roundDownToTenth(Math.min(plannedOf(day), stepDistance));
    const kind = step.runMinutes === null ? 'easy' : 'intervals';
    if (phaseOf(day) === phase && distance === plannedOf(day) && day.running.planned?.kind === kind) continue;
    const planned = day.running.planned;
    if (planned?.distance !== undefined) day.running.planned = { kind, distance: { value: distance, unit: planned.distance.unit } };
    // The note names the session's phase; its distance is the day's (ladderWords says what a review lowered it from).
    const old = day.flags.find((flag) => flag.kind === 'return-to-run')?.message ?? '';
    const lowered = LADDER_DISTANCE.exec(old);
    const message = ladderSession(phase, lowered?.[3] !== undefined ? Number(lowered[3]) : lowered?.[1] !== undefined ? Math.max(distance, Number(lowered[1])) : distance, unit);
    day.flags = day.flags.map((flag) => (flag.kind === 'return-to-run' ? { ...flag, message } : flag));
  }
}

/** A return-to-run session's distance in its note, and what a review lowered it from: "for 1.1 km (lowered from 1.6 km by …)". */
const LADDER_DISTANCE = / for (\d+(?:\.\d+)?) (mi|km)(?: \(lowered from (\d+(?:\.\d+)?) (?:mi|km) by the review of \d{4}-\d{2}-\d{2}\))? at an effort/;

/**
 * A return-to-run session's note says the distance the day plans: lowered by a review, it names both ("for 1.1 km
 * (lowered from 1.6 km by the review of …)"); on a day left with no run, the note goes (found by review: a stepped-back
 * day planned 1.1 km and its note said "for 1.6 km").
 */
function ladderWords(day: PlanDay, today: string, unit: Plan['unit']): void {
  const index = day.flags.findIndex((flag) => flag.kind === 'return-to-run');
  const flag = day.flags[index];
  if (flag === undefined) return;
  const match = LADDER_DISTANCE.exec(flag.message);
  if (match === null) return;
  const was = Number(match[3] ?? match[1]);
  const planned = day.running.planned?.distance?.value;
  let message: string;
  if (planned === undefined || planned < 0.1) {
    day.flags = day.flags.filter((_, at) => at !== index);
    return;
  }
  if (planned + EPSILON >= was) message = flag.message.replace(LADDER_DISTANCE, ` for ${say(was, unit)} at an effort`);
  else if (planned === Number(match[1]) && match[3] !== undefined) return;
  else message = flag.message.replace(LADDER_DISTANCE, ` for ${say(planned, unit)} (lowered from ${say(was, unit)} by the review of ${today}) at an effort`);
  if (message !== flag.message) day.flags = day.flags.map((old, at) => (at === index ? { ...old, message } : old));
}

/**
 * The runner's average week over the {@link HOLD_LOOKBACK_DAYS} days before `today`, and the longest run of them. Each
 * plan day counts as logged, credited (no day above its plan, an unlogged day as doneOn says, a logged miss as none). Days
 * before the plan began count what its history says, no more than the plan's own first week for every 7 of them
 * (without a history, an average day of that week each): the weeks before a plan are the runner's running before the
 * injury, which the plan itself started below.
 */
function recentWeeks(plan: Plan, past: readonly PlanDay[], merged: MergedLog, today: string, unit: Plan['unit']): { average: number; longest: number } {
  const options = plan.generatedWith?.options;
  const end = dayNumber(today);
  const from = end - HOLD_LOOKBACK_DAYS;
  const start = dayNumber(plan.startDate);
  let inPlan = 0;
  let longest = 0;
  for (let at = Math.max(from, start); at < end && at - start < past.length; at++) {
    const day = past[at - start] as PlanDay;
    const ran = doneOn(day, merged, unit, true);
    inPlan += ran;
    longest = Math.max(longest, ran);
  }
  const firstWeek = plan.days.slice(0, 7).reduce((sum, day) => sum + plannedOf(day), 0);
  let fromHistory = (options?.history?.length ?? 0) > 0 ? 0 : Number.POSITIVE_INFINITY;
  for (const run of historyRuns(options, unit, start, false)) {
    if (run.day < from || run.day >= end) continue;
    fromHistory += run.distance;
    longest = Math.max(longest, Math.min(run.distance, firstWeek));
  }
  const beforeDays = Math.min(HOLD_LOOKBACK_DAYS, Math.max(0, start - from));
  const before = Math.min(fromHistory, (firstWeek * beforeDays) / 7);
  return { average: ((inPlan + before) * 7) / HOLD_LOOKBACK_DAYS, longest };
}

/**
 * The running of the 28 days before a restart, in words true of it: none logged, or too little to measure a week by
 * (found by review: a runner who had logged a 1 km run was told no running was logged).
 */
function littleRunWords(average: number, unit: Plan['unit'], merged: MergedLog, today: string): string {
  if (average <= EPSILON) {
    // Runs on days that planned none are not the plan's and count as none (found by review: a runner who ran 2 km on
    // such days was told no running was logged).
    const from = addCalendarDays(today, -HOLD_LOOKBACK_DAYS);
    const ran = merged.all.some((entry) => (entry.kind === 'run' || entry.kind === 'race') && entry.date >= from && entry.date < today);
    return ran ? `none of the planned runs done in the ${HOLD_LOOKBACK_DAYS} days before (runs on days without one do not count)` : `no running logged in the ${HOLD_LOOKBACK_DAYS} days before`;
  }
  const weekly = roundDownToTenth(average);
  return `${weekly > 0 ? say(weekly, unit) : `less than ${say(0.01, unit)}`} a week run on average in the ${HOLD_LOOKBACK_DAYS} days before, too little to plan runs from`;
}

/** The return-to-run programme's first step (a mile), in the plan's unit. */
const firstStep = (unit: Plan['unit']) => convertDistance({ value: RETURN_TO_RUN_LADDER[0]?.miles ?? 1, unit: 'mi' }, unit);

/**
 * A hold from misses after which nothing was run in the {@link HOLD_LOOKBACK_DAYS} days before `today`, on a plan that
 * had running in them: the running restarts from the return-to-run programme.
 */
function restartsFromLadder(plan: Plan, decision: Decision, past: readonly PlanDay[], oldFuture: readonly PlanDay[], merged: MergedLog, today: string): { average: number } | undefined {
  if (!decision.hold || decision.cut || decision.missed !== true) return undefined;
  const minBase = convertDistance({ value: MIN_BASE_KM, unit: 'km' }, plan.unit);
  const from = addCalendarDays(today, -HOLD_LOOKBACK_DAYS);
  // A plan of limits only has no planned runs to measure what an unlogged day ran: it is not restarted.
  const planned = past.filter((day) => day.date >= from).reduce((sum, day) => sum + plannedOf(day), 0);
  if (planned < minBase) return undefined;
  const { average } = recentWeeks(plan, past, merged, today, plan.unit);
  // The average week over the runs the plan had for the 7 days ahead: shorter runs than the return-to-run programme's
  // first step restart from the programme (found by review: six runs of 0.55 km for a marathoner after 26 days missed,
  // where 28 days gave the programme's mile).
  const runsAhead = oldFuture.slice(0, 7).filter((day) => plannedOf(day) > 0).length;
  const step = firstStep(plan.unit);
  return average < minBase || (runsAhead > 0 && average / runsAhead < step - EPSILON) ? { average } : undefined;
}

/** How far the programme went back, in words ("goes back 0 days" said nothing a runner could use). */
function wentBackWords(days: number): string {
  return days === 0 ? 'the programme stays on the day it had reached' : `the programme goes back ${days} day${days === 1 ? '' : 's'}`;
}

/** Days within which a step-back's sessions bound a clearance's: a library default (the 4 weeks a plan's start is measured over). */
const STEPPED_SESSIONS_DAYS = 28;

/**
 * The minutes a plan's sessions given by time resume at after a clearance, when a step-back came in the
 * {@link STEPPED_SESSIONS_DAYS} days before the clearance: the longest session the step-back left planned (on days the
 * referral did not stop), else the longest in the 7 days before it as the step-back cuts sessions (whole repeats), with
 * that session. Undefined without such a step-back or without sessions given by time.
 */
export function steppedSessions(plan: Plan, past: readonly PlanDay[], clearedOn: string): { minutes: number; session: PlanDay['running'] } | undefined {
  const stepBack = plan.load?.lastStepBack;
  if (stepBack === undefined || daysBetween(stepBack, clearedOn) > STEPPED_SESSIONS_DAYS) return undefined;
  const stopped = (day: PlanDay) => day.flags.some((flag) => STOPPED.test(flag.message));
  let after: { minutes: number; session: PlanDay['running'] } | undefined;
  let before: typeof after;
  const from = addCalendarDays(stepBack, -7);
  for (const day of past) {
    if (day.date < from || stopped(day)) continue;
    let running = day.running;
    if (day.date < stepBack) {
      // What the step-back made of a session before it: cut as it cuts them (whole repeats).
      const cut = copyDay(day, copyRunning(day.running), day.flags);
      cutSessions(cut);
      running = cut.running;
    }
    const minutes = sessionMinutes(running) ?? 0;
    const best = day.date >= stepBack ? after : before;
    if (minutes > 0 && (best === undefined || minutes > best.minutes)) {
      if (day.date >= stepBack) after = { minutes, session: running };
      else before = { minutes, session: running };
    }
  }
  return after ?? before;
}

/** A session's minutes: its intervals' or its duration; undefined for a day not given by time. */
function sessionMinutes(running: PlanDay['running']): number | undefined {
  const { intervals, durationMinutes } = running;
  return intervals ? ((intervals.runSeconds + intervals.walkSeconds) * intervals.repeats) / 60 : durationMinutes;
}

/**
 * Fits a session given by time within `cap` minutes (whole repeats, at least one; a whole minute, at least one), never
 * longer than it was; its planned minutes and kind follow the session it now is.
 */
function fitSession(day: PlanDay, cap: number): void {
  const running = day.running;
  if (running.intervals) {
    const per = (running.intervals.runSeconds + running.intervals.walkSeconds) / 60;
    const repeats = Math.max(1, Math.min(running.intervals.repeats, Math.floor(cap / per + EPSILON)));
    if (repeats < running.intervals.repeats) running.intervals = { ...running.intervals, repeats };
  } else if (running.durationMinutes !== undefined) {
    running.durationMinutes = Math.max(1, Math.min(running.durationMinutes, Math.floor(cap + EPSILON)));
  }
  const minutes = sessionMinutes(running);
  const planned = running.planned;
  if (minutes !== undefined && planned?.minutes !== undefined) running.planned = { kind: running.intervals ? 'intervals' : 'continuous', minutes: Math.min(planned.minutes, minutes) };
}

/**
 * After a step-back's first 7 days, sessions given by time grow at most 10 % a week from the longest of them (found by
 * review: a shin splints programme went from 8-minute sessions back to the 16 that hurt a week later, then to 20).
 * With `from` (a clearance after a step-back), from `from` minutes, its first 7 days included.
 */
function growSessions(days: readonly PlanDay[], first: number, from?: number, fromSession?: PlanDay['running']): void {
  let base = 0;
  let model: PlanDay['running'] | undefined;
  for (const day of days) {
    const minutes = from !== undefined || dayNumber(day.date) - first < 7 ? (sessionMinutes(day.running) ?? 0) : 0;
    // From `from` minutes (a clearance after a step-back): the longest session that fits them is the one that goes on.
    if (minutes > base && (from === undefined || minutes <= from + EPSILON)) {
      base = minutes;
      model = day.running;
    }
  }
  if (from !== undefined) {
    base = from;
    // The session the step-back left goes on, in as many repeats as fit.
    model = fromSession ?? model ?? days.find((day) => sessionMinutes(day.running) !== undefined)?.running;
  }
  if (model === undefined) return;
  for (const day of days) {
    const week = Math.floor((dayNumber(day.date) - first) / 7);
    const own = sessionMinutes(day.running);
    if ((week === 0 && from === undefined) || own === undefined) continue;
    const cap = base * WEEKLY_GROWTH ** week;
    const whole = day.running.intervals ? (day.running.intervals.runSeconds + day.running.intervals.walkSeconds) / 60 : 1;
    if (own > cap + EPSILON && (whole > cap + EPSILON || Math.max(1, Math.floor(cap / whole + EPSILON)) * whole < base - EPSILON)) {
      // The day's own session does not fit in whole repeats without falling below the first week's: the first week's
      // session goes on, as many repeats as the cap allows (a step is repeated until the next fits).
      const running = day.running;
      if (model.intervals) {
        const per = (model.intervals.runSeconds + model.intervals.walkSeconds) / 60;
        running.intervals = { ...model.intervals, repeats: Math.max(1, Math.floor(cap / per + EPSILON)) };
        delete running.durationMinutes;
      } else if (model.durationMinutes !== undefined) {
        running.durationMinutes = Math.max(1, Math.floor(cap + EPSILON));
        delete running.intervals;
      }
      const minutes = sessionMinutes(running);
      if (minutes !== undefined && running.planned?.minutes !== undefined) running.planned = { kind: running.intervals ? 'intervals' : 'continuous', minutes: Math.min(running.planned.minutes, minutes) };
    } else fitSession(day, cap);
  }
}

/** Cuts a session given by time to 70 % of its repeats or minutes; its planned minutes follow. */
function cutSessions(day: PlanDay): void {
  if (day.running.intervals && day.running.intervals.repeats > 1) day.running.intervals = { ...day.running.intervals, repeats: Math.max(1, Math.floor(day.running.intervals.repeats * STEP_BACK_SHARE)) };
  else if (day.running.durationMinutes !== undefined) day.running.durationMinutes = Math.max(1, Math.floor(day.running.durationMinutes * STEP_BACK_SHARE));
  const planned = day.running.planned;
  if (planned?.minutes !== undefined) {
    const { intervals, durationMinutes } = day.running;
    const minutes = intervals ? ((intervals.runSeconds + intervals.walkSeconds) * intervals.repeats) / 60 : durationMinutes;
    if (minutes !== undefined) day.running.planned = { kind: intervals ? 'intervals' : 'continuous', minutes: Math.min(planned.minutes, minutes) };
  }
}

/**
 * A step-back on a plan that knows nothing of the runner (no history, no summary: daily limits, no planned runs). Its
 * limits from today come down to 80 % of the shortest run that hurt — with no painful run logged, 70 % of the longest
 * run logged in the 7 days before, or 70 % of the current limit when none was — and grow at most 10 % a week from
 * there; the first 7 days' sessions given by time are cut to at most 70 % of their repeats or minutes (whole repeats). A run counts no
 * farther than its day's limit. The same shares as a step-back on a fitted plan, applied to the limits, since there
 * is no planned run to lower.
 */
function stepBackLimits(days: readonly PlanDay[], decision: Decision, past: readonly PlanDay[], merged: MergedLog, today: string, unit: Plan['unit'], wentBack: number): void {
  const windowStart = addCalendarDays(today, -LOAD_WINDOW_DAYS);
  // Each day counted no farther than its limit (none on a rest day): running beyond a limit never loosens a step-back
  // (found by review: 12 mi where 5 were allowed, then pain, gave "no run longer than 8.4 mi").
  let longestRan = 0;
  let capped = false;
  for (const day of past) {
    if (day.date < windowStart) continue;
    const ran = doneOn(day, merged, unit, false);
    const counted = Math.min(ran, dayAllowance(day));
    if (counted > longestRan) longestRan = counted;
    if (counted < ran) capped = true;
  }
  const shortestPainful = decision.painfulRuns.length > 0 ? Math.min(...decision.painfulRuns) : undefined;
  const current = days.find((day) => day.running.maxDistance !== null)?.running.maxDistance?.value;
  // A programme given only by time has no distance to cap (found by review: a shin splints plan said "no run longer
  // than 2.4 km" and capped nothing): its sessions are cut, and the words say only that.
  const base =
    current === undefined
      ? undefined
      : shortestPainful !== undefined ? STEP_BACK_RUN_SHARE * shortestPainful : longestRan > 0 ? STEP_BACK_SHARE * longestRan : current !== undefined ? STEP_BACK_SHARE * current : undefined;
  const first = dayNumber(days[0]?.date ?? today);
  for (const day of days) {
    const week = Math.floor((dayNumber(day.date) - first) / 7);
    const limit = day.running.maxDistance;
    if (base !== undefined && limit !== null) {
      const cap = Math.max(0.1, roundDownToTenth(base * WEEKLY_GROWTH ** week));
      if (limit.value > cap + EPSILON) day.running.maxDistance = { value: cap, unit };
    }
    if (week === 0) cutSessions(day);
    addEvidence(day, STEP_BACK_EVIDENCE);
  }
  growSessions(days, first);
  const head = days[0];
  if (head === undefined) return;
  const sessions = `the running sessions of these 7 days are cut to at most ${Math.round(STEP_BACK_SHARE * 100)} % of their repeats or minutes`;
  const timed = days.some((day) => dayNumber(day.date) - first < 7 && (day.running.intervals !== undefined || day.running.durationMinutes !== undefined));
  const why =
    base === undefined
      ? sessions
      : `${timed ? `${sessions}; ` : ''}no run longer than ${say(roundDownToTenth(base), unit)} (${
          shortestPainful !== undefined
            ? `${Math.round(STEP_BACK_RUN_SHARE * 100)} % of the shortest run that hurt, ${say(shortestPainful, unit)}${decision.painfulRunsCapped === true ? ', counted no farther than its day allowed' : ''}`
            : longestRan > 0
              ? `${Math.round(STEP_BACK_SHARE * 100)} % of the longest run of the 7 days before, ${say(longestRan, unit)}${capped ? ', each run counted no farther than its day allowed' : ''}`
              : `${Math.round(STEP_BACK_SHARE * 100)} % of the limit before`
        }), then at most 10 % more a week`;
  const message = `Stepped back by the review of ${today}: ${why}; ${wentBackWords(wentBack)}.`;
  head.flags = [...head.flags.filter((flag) => flag.message !== message), { kind: 'limited-by-history', message }];
}

/**
 * A hold after a gap of missed runs on a plan of limits only: no run longer than 110 % of the longest run logged in
 * the {@link HOLD_LOOKBACK_DAYS} days before (each counted no farther than its day allowed), growing at most 10 % a
 * week, as a clearance resumes (found by review: after a week of 3-mile runs and a week missed, the founding plan's
 * hold allowed 8.5 to 15.7 mi). With no run logged, the limits stay the protocol's: nothing says what was run.
 */
function holdLimits(days: readonly PlanDay[], past: readonly PlanDay[], merged: MergedLog, today: string, unit: Plan['unit'], wentBack: number): void {
  const from = addCalendarDays(today, -HOLD_LOOKBACK_DAYS);
  let longest = 0;
  for (const day of past) {
    if (day.date < from) continue;
    longest = Math.max(longest, Math.min(doneOn(day, merged, unit, false), dayAllowance(day)));
  }
  const head = days[0];
  if (longest <= 0 || head === undefined) return;
  const first = dayNumber(head.date);
  for (const day of days) {
    const limit = day.running.maxDistance;
    const cap = Math.max(0.1, roundDownToTenth(longest * SPIKE_FACTOR * WEEKLY_GROWTH ** Math.floor((dayNumber(day.date) - first) / 7)));
    if (limit !== null && limit.value > cap + EPSILON) day.running.maxDistance = { value: cap, unit };
    addEvidence(day, HOLD_EVIDENCE);
  }
  const message = `Held by the review of ${today}: after runs missed or not logged, no run longer than ${say(roundDownToTenth(longest * SPIKE_FACTOR), unit)} (110 % of your longest run of the ${HOLD_LOOKBACK_DAYS} days before, ${say(roundDownToTenth(longest), unit)}), then at most 10 % more a week; ${wentBackWords(wentBack)}.`;
  head.flags = [...head.flags.filter((flag) => flag.message !== message), { kind: 'limited-by-history', message }];
}

/**
 * A week after a hold's or step-back's first whose share of running would cut a run below a mile (the return-to-run
 * programme's first step): one run instead, on its first day that had a run in the plan before the review, of at most a
 * mile (and the week's total, its longest run's cap, and what the day would plan without the decision's caps); its other
 * runs none (found by review: after a step-back from little running, weeks of three runs of 0.2–0.6 km). Which weeks,
 * which day and how long are each set by what can only be lower with more pain or more running — the plan before the
 * review, the caps, the allowance — so more pain or more running never plans more on any day: where this rule leaves a
 * run of a mile at most, the same week with more allowance plans at least that on that day, its runs being a mile or
 * more, or its own.
 */
function oneRunOfTheWeek(block: readonly PlanDay[], total: number, runCap: number, reference: ReadonlyMap<PlanDay, number>, uncapped: ReadonlyMap<PlanDay, number>, flags: Map<PlanDay, PlanFlag>, why: string, unit: Plan['unit']): void {
  const mile = firstStep(unit);
  const referenceOf = (day: PlanDay) => reference.get(day) ?? 0;
  const referenceTotal = block.reduce((sum, day) => sum + referenceOf(day), 0);
  const factor = referenceTotal > total ? total / referenceTotal : 1;
  const short = block.some((day) => referenceOf(day) > 0 && Math.min(runCap, factor * referenceOf(day)) < Math.min(mile, referenceOf(day)) - EPSILON);
  if (!short) return;
  const keep = block.find((day) => referenceOf(day) > 0);
  for (const day of block) {
    if (day === keep || plannedOf(day) <= 0 || day.running.planned?.distance === undefined) continue;
    day.running.planned = { kind: 'rest' };
    flags.set(day, { kind: 'limited-by-history', message: `${why}: one run this week rather than runs shorter than ${say(mile, unit)}.` });
  }
  if (keep === undefined || keep.running.planned?.distance === undefined) return;
  const value = roundDownToTenth(Math.min(mile, total, runCap, uncapped.get(keep) ?? 0));
  if (value + EPSILON < plannedOf(keep)) return;
  setPlanned(keep, value);
  if (plannedOf(keep) > 0) flags.set(keep, { kind: 'limited-by-history', message: `${why}: one run of ${say(plannedOf(keep), unit)} this week rather than runs shorter than ${say(mile, unit)}, growing at most 10 % a week from there.` });
}

/** Why the rest of a week was lowered for running already done in it; its note names what the day planned before. */
const WEEK_REST = 'because this week already holds more running than planned';
const WEEK_REST_FROM = /[Ll]owered from (\d+(?:\.\d+)?) (?:mi|km) because this week already holds more running than planned/;

/**
 * What a day planned before any review lowered it for running already done in its week (its note says, as
 * {@link WEEK_REST_FROM}), else what it plans.
 */
function beforeWeekCut(day: PlanDay): number {
  for (const flag of day.flags) {
    const found = WEEK_REST_FROM.exec(flag.message);
    if (found !== null) return Math.max(plannedOf(day), Number(found[1]));
  }
  return plannedOf(day);
}

/**
 * What is left of a week after running more than planned, too little for runs of `shortest` (the return-to-run
 * programme's first step, a mile): runs that scaling lowered (from their value in `before`) to shorter than that and
 * than they were are none, rather than runs of a few hundred metres. Runs it did not lower (a spike guard's short run)
 * and sessions of the return-to-run programme keep their own lengths (found by review: a runner whose longest run was
 * 1 km had the whole week's 1.1–1.3 km runs dropped; dropping sessions a short jog cut just below a mile emptied the
 * week and skipped a phase of the programme). Only lowers, day by day, so more running never plans more on any
 * day; the days' notes say it.
 */
function dropShortRuns(days: readonly PlanDay[], before: ReadonlyMap<PlanDay, number>, shortest: number, flags: Map<PlanDay, PlanFlag>, why: (day: PlanDay) => string, unit: Plan['unit']): void {
  for (const day of days) {
    const planned = plannedOf(day);
    const was = before.get(day) ?? 0;
    // A return-to-run session keeps its place unless cut to less than half of it: the runner has run more than the
    // week's sessions ask (found on a real export: back from a break at 5 km runs, sessions cut to 0.38 km).
    if (planned <= 0 || planned >= was - EPSILON || planned >= Math.min(shortest, was) - EPSILON || (day.flags.some((flag) => flag.kind === 'return-to-run') && planned >= was / 2 - EPSILON)) continue;
    const message = `${why(day)}: no run rather than a run shorter than ${say(shortest, unit)}.`;
    day.running.planned = { kind: 'rest' };
    flags.set(day, { kind: 'limited-by-history', message });
  }
}

/**
 * Lowers `days`' planned runs so that none is above `longest` and together they are at most `total`: each run at most
 * its share of `total` by what the plan before the review had there (`reference`), so a run lowered for another reason
 * never lets another rise.
 */
function scaleTo(days: readonly PlanDay[], total: number, longest: number, reference: ReadonlyMap<PlanDay, number>, flags: Map<PlanDay, PlanFlag>, reason: string | ((day: PlanDay) => string), unit: Plan['unit']): void {
  const before = days.map(plannedOf);
  const referenceTotal = days.reduce((sum, day) => sum + (reference.get(day) ?? 0), 0);
  const factor = referenceTotal > total ? total / referenceTotal : 1;
  for (const day of days) {
    const cap = Math.min(longest, factor * (reference.get(day) ?? 0));
    if (plannedOf(day) > cap + EPSILON) setPlanned(day, cap);
  }
  days.forEach((day, index) => {
    if (plannedOf(day) + EPSILON >= (before[index] ?? 0)) return;
    const why = typeof reason === 'string' ? reason : reason(day);
    const had = flags.get(day);
    if (had === undefined) flags.set(day, { kind: 'limited-by-history', message: `${why}.` });
    // Lowered by the spike guard, then further: the note says both, ending on the distance the day plans (found by
    // review: "lowered from 27.8 km to 24.4 km" on a day that planned 18.4 km).
    else if (LOWERED.test(had.message)) flags.set(day, { ...had, message: `${had.message.replace(/\.$/, '')}; then to ${say(plannedOf(day), unit)}: ${why.charAt(0).toLowerCase()}${why.slice(1)}.` });
  });
}

/** How the note on the day running resumes after a clearance begins. */
export const CLEARED_NOTE = 'Cleared by a clinician: ';

/** A note that a planned run was lowered, and the distances it names ("Planned run lowered from 22.7 km to 22.2 km: …"). */
const LOWERED = /^Planned run lowered from /;
const LOWERED_TO = / to (\d+(?:\.\d+)?) (?:mi|km)\b/g;

/**
 * Drops notes of an earlier review (or of the plan's making) that a planned run was lowered to a distance the day no
 * longer plans: they named a run the day no longer has.
 */
function dropStaleLowered(day: PlanDay, fresh: PlanFlag | undefined): void {
  const planned = plannedOf(day);
  const stale = (flag: PlanFlag) => {
    if (flag === fresh || !LOWERED.test(flag.message)) return false;
    const named = [...flag.message.matchAll(LOWERED_TO)].at(-1)?.[1];
    return named !== undefined && Math.abs(Number(named) - planned) > EPSILON;
  };
  if (day.flags.some(stale)) day.flags = day.flags.filter((flag) => !stale(flag));
}

/** The running a day keeps when a review re-dates it: the new protocol day's, never above what `reference` had. */
function lowerRunning(day: PlanDay, reference: PlanDay): void {
  const running = day.running;
  const was = reference.running;
  if (was.intensity === 'rest') {
    day.running = { maxDistance: null, intensity: 'rest', evidence: running.evidence };
    if (was.planned !== undefined) day.running.planned = { kind: 'rest' };
    return;
  }
  const limit = running.maxDistance === null ? was.maxDistance : was.maxDistance === null ? running.maxDistance : { value: Math.min(running.maxDistance.value, was.maxDistance.value), unit: running.maxDistance.unit };
  running.maxDistance = limit;
  if (running.intervals && was.intervals) running.intervals = { ...running.intervals, repeats: Math.min(running.intervals.repeats, was.intervals.repeats) };
  if (running.durationMinutes !== undefined && was.durationMinutes !== undefined) running.durationMinutes = Math.min(running.durationMinutes, was.durationMinutes);
  if (was.evidence !== running.evidence) {
    for (const evidence of was.evidence) if (!running.evidence.some((own) => own.kind === evidence.kind && sameData(own, evidence))) running.evidence.push(evidence);
  }
  if (was.planned === undefined) return;
  if (was.planned.kind === 'rest' || (limit === null && running.intervals === undefined && running.durationMinutes === undefined)) {
    running.planned = { kind: 'rest' };
    return;
  }
  if (was.planned.distance !== undefined) {
    const value = roundDownToTenth(Math.min(was.planned.distance.value, limit?.value ?? Number.POSITIVE_INFINITY));
    running.planned = value >= 0.1 ? { kind: was.planned.kind, distance: { value, unit: was.planned.distance.unit } } : { kind: 'rest' };
  } else if (was.planned.minutes !== undefined) {
    // The session the new protocol day gives, fitted within what the plan before had planned that day, its kind its own
    // (found by review: "continuous, 16 minutes" beside four 5-minute intervals).
    running.planned = { kind: running.intervals ? 'intervals' : was.planned.kind, minutes: was.planned.minutes };
    if (sessionMinutes(running) === undefined) running.planned = { kind: was.planned.kind, minutes: was.planned.minutes };
    else fitSession(day, was.planned.minutes);
  } else {
    running.planned = { ...was.planned };
  }
}

/** After a clearance: the protocol from where the plan stands, re-fitted from the last tolerated load (the ladder without one). */
/** The programme's days from the first day ahead's protocol day on, dated from today: the plan as prescribed, before any review's changes. */
function programmeDays(plan: Plan, protocol: Protocol, oldFuture: readonly PlanDay[], past: readonly PlanDay[], today: string, start?: number): PlanDay[] {
  const from = start ?? protocolDayOf(oldFuture[0] as PlanDay);
  const prescribed = prescribedDays(protocol, plan.startDate, plan.unit, plan.generatedWith?.options?.goalDistance ?? plan.goalDistance, from);
  const firstDate = today < plan.startDate ? plan.startDate : today;
  return prescribed.map((source, index) => redate(source, from + index, past.length + index + 1, addCalendarDays(firstDate, index)));
}

function resume(
  plan: Plan,
  protocol: Protocol,
  oldFuture: readonly PlanDay[],
  past: readonly PlanDay[],
  merged: MergedLog,
  today: string,
  tolerated: NonNullable<Plan['load']>['tolerated'],
  knowsRunner: boolean,
  morning: Decision['morningPain'],
  restart?: { from: number; wentBack: number; average: number },
): PlanDay[] {
  const unit = plan.unit;
  const options = plan.generatedWith?.options;
  const firstDate = today < plan.startDate ? plan.startDate : today;
  const days = programmeDays(plan, protocol, oldFuture, past, today, restart?.from);
  // Today rests for the pain on waking before the programme is fitted: its sessions, their phases and notes go to the
  // days after (found by review: rested afterwards, today kept "Return-to-run phase 1 … for 1.6 km", the next days a
  // limit from the run it no longer had, and phase 1 was done once).
  const first = days[0];
  if (morning !== undefined && first !== undefined && first.date === today && first.running.intensity !== 'rest') first.running = restRunning(first.running);
  const history = [
    ...(options?.history ?? []).filter((entry) => entry.date < plan.startDate),
    ...past.flatMap((day) => {
      const logged = merged.byDate.get(day.date) ?? [];
      // A restart is a hold: what the runner ran counts no more than the day planned, and a day with nothing logged
      // as run as planned (unless the app logs runs), as the hold measures them (found by review: an overrun before a gap of misses restarted the
      // programme at longer sessions than the same log without it; unlogged sessions not counted put sessions on
      // consecutive days).
      if (restart !== undefined) {
        const credited = doneOn(day, merged, unit, true);
        return credited > 0 ? [{ date: day.date, distance: { value: credited, unit } }] : [];
      }
      return logged.flatMap((entry) => (entry.kind === 'run' || entry.kind === 'race' ? [{ date: entry.date, distance: entry.distance }] : []));
    }),
  ];
  // A plan made without the runner's training (limits only) resumes as a plan for a runner whose training is not known:
  // from the tolerated week when one was logged, from the return-to-run programme when not — as the clearance says.
  // A runner known only by the plan's own planned runs (an unknown runner's plan from planForProfile), with no run
  // logged, has a usual week of nothing: planned from it, the weeks after the programme would hold no running at all.
  const minimum = convertDistance({ value: MIN_BASE_KM, unit: 'km' }, unit);
  const known = knowsRunner ? runnerBasis(history, options?.runner, firstDate, unit) : undefined;
  const basis =
    (known !== undefined && known.usualWeekly >= minimum ? known : undefined) ??
    (tolerated !== undefined && tolerated.weeklyDistance > 0 ? runnerBasis(undefined, { usualWeeklyDistance: { value: tolerated.weeklyDistance, unit } }, firstDate, unit) : unknownRunnerBasis(unit));
  if (basis === undefined) return days;
  const start = dayNumber(firstDate);
  // After a clearance, no more than the runner's average week of the 28 days before, days of the referral (no running)
  // counting as none: weeks with no running are not the load the runner is on (found by review: cleared after 21 days
  // referred, a runner resumed at the 73.6 km tolerated week, having run 15.8 a week on average).
  const toleratedWeekly = tolerated?.weeklyDistance ?? 0;
  const recent = restart === undefined && toleratedWeekly > 0 ? recentWeeks(plan, past, merged, today, unit) : undefined;
  const average = recent?.average ?? Number.POSITIVE_INFINITY;
  const capped = average < toleratedWeekly - EPSILON;
  const weekly = capped ? (roundDownToTenth(average) >= minimum ? roundDownToTenth(average) : 0) : toleratedWeekly;
  // …and no run longer than the longest of those 28 days, when that caps the week (found by review: capped to 15.8 km a
  // week, single runs of 24.3 km were still allowed).
  const toleratedLongest = tolerated !== undefined && tolerated.longestRun > 0 ? tolerated.longestRun : Number.POSITIVE_INFINITY;
  const longest = capped && recent !== undefined && recent.longest >= minimum ? Math.min(toleratedLongest, recent.longest) : toleratedLongest;
  // Without a tolerated week, running restarts from the return-to-run programme: because of the clearance, whatever
  // the runs before.
  const noTolerated = weekly < minimum;
  // Without a tolerated week the programme comes first, and the weeks after it grow from its last week (at most 10 % a
  // week), within the starting load a plan for this runner would have: a week of 0 would plan no running at all once
  // the programme ends.
  const load = noTolerated
    ? { ...loadStart(basis === known ? history : undefined, basis === known ? options?.runner : undefined, basis, firstDate, unit), ladder: true }
    : { weekly, firstUntil: start + 7, firstLongest: longest, ceilingUntil: start, preInjuryLongest: Number.POSITIVE_INFINITY, recentWeekly: weekly, shortHistoryWeeks: undefined, ladder: false };
  fitToRunner(days, basis, {
    unit,
    spikeGuard: options?.spikeGuard ?? 'cap',
    startDate: firstDate,
    load,
    ...(noTolerated ? { ladderReason: restart === undefined ? (toleratedWeekly > 0 ? `you were cleared by a clinician with too little running logged in the ${HOLD_LOOKBACK_DAYS} days before ${today}` : 'you were cleared by a clinician with no week you tolerated logged') : `too little running is logged in the ${HOLD_LOOKBACK_DAYS} days before ${today}` } : {}),
    // A restart is a hold: the programme's first phase for its 7 days, then each phase at least twice (found by review:
    // with sessions on more days a week, the restart reached the second phase within the hold's week).
    ...(restart === undefined ? {} : { holdFirstPhaseDays: 7 }),
  });
  // No limit more than 10 % above the longest run tolerated, growing at most 10 % a week (found by review: a plan of
  // limits only, cleared after 3-mile runs, allowed runs of 22.8 to 30 mi again).
  if (!noTolerated && Number.isFinite(longest)) {
    for (const day of days) {
      const limit = day.running.maxDistance;
      const week = Math.floor((dayNumber(day.date) - start) / 7);
      const cap = Math.max(plannedOf(day), roundDownToTenth(longest * SPIKE_FACTOR * WEEKLY_GROWTH ** week));
      if (limit !== null && limit.value > cap + EPSILON) day.running.maxDistance = { value: cap, unit };
    }
  }
  const evidence = restart === undefined ? LOAD_EVIDENCE : HOLD_EVIDENCE;
  for (const day of days) addEvidence(day, evidence);
  const head = days[0];
  if (head !== undefined) {
    head.flags.push({
      kind: 'limited-by-history',
      message:
        restart !== undefined
          ? `Held by the review of ${today}: with ${restart.average < convertDistance({ value: MIN_BASE_KM, unit: 'km' }, unit) ? littleRunWords(restart.average, unit, merged, today) : `${say(roundDownToTenth(restart.average), unit)} a week run on average in the ${HOLD_LOOKBACK_DAYS} days before, too little for runs as long as the return-to-run programme’s first step`}, running restarts from that first step, and ${wentBackWords(restart.wentBack)}.`
          : tolerated !== undefined && weekly > 0
          ? weekly < toleratedWeekly - EPSILON
            ? `${CLEARED_NOTE}running resumes from ${say(weekly, unit)} a week, your average over the ${HOLD_LOOKBACK_DAYS} days before (less than the last week you tolerated, ${say(toleratedWeekly, unit)} by ${tolerated.date}), growing at most 10 % a week.`
            : `${CLEARED_NOTE}running resumes from the last week you tolerated (${say(weekly, unit)} by ${tolerated.date}), growing at most 10 % a week.`
          : tolerated !== undefined && toleratedWeekly > 0
            ? `${CLEARED_NOTE}with ${littleRunWords(average, unit, merged, today)}, running resumes from the return-to-run programme.`
            : `${CLEARED_NOTE}with no tolerated week logged, running resumes from the return-to-run programme.`,
    });
  }
  return days;
}
