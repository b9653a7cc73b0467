import { REFERRAL_URGENCIES, trustPlan, type LogEntry, type ReferralUrgency, type Plan, type PlanCheckpoint, type PlanDay, type PlanFlag, type Protocol } from '../model/index.js';
import { addCalendarDays, daysBetween } from '../plan/calendar.js';
import { convertDistance, roundDownToTenth } from '../plan/distance.js';
import { say } from '../plan/format.js';
import { planSources } from '../plan/plan-sources.js';
import { planWeeks } from '../plan/weeks.js';
import { HOLD_LOOKBACK_DAYS, STEP_BACK_RUN_SHARE, STEP_BACKS_TO_REFER } from '../load/rules.js';
import { HOLD_EVIDENCE, STEP_BACK_EVIDENCE } from '../load/evidence.js';
import { BONE_STRESS_FLAGS, femoralNeckOnce, STOPS_EXERCISES } from '../match/red-flags.js';
import { buildContext, dayAllowance, runsOn, warningKey, dayOn, entriesBetween, limitsOf, ofLastFlare, painOf, settled, type ReviewContext } from './context.js';
import { mergeLog } from './log-merge.js';
import { CLEARED_NOTE, MORNING_PAIN_NOTE, MORNING_PAIN_REASON, replan, steppedSessions, STOPPED, type Decision } from './replan.js';
import { sameData } from './same-data.js';
import { checkpointDue } from './rules/checkpoint.js';
import { ladderStep } from './rules/ladder.js';
import { MISSED_TO_HOLD, missedDays, missesBegan } from './rules/missed.js';
import { noRunsLogged, noRunStretch } from './rules/no-runs.js';
import { dayNumber } from '../runner/day-number.js';
import { painBreaches, painMonitoring } from './rules/pain-monitoring.js';
import { painTrend } from './rules/pain-trend.js';
import { redFlagLogged } from './rules/red-flag.js';
import { severePain } from './rules/severe-pain.js';
import { REVIEW_STATUSES, type ReviewReason, type ReviewResult, type ReviewStatus } from './types.js';

/** The review rules, each a named unit with its evidence (docs/plan-review.md). */
export const RULES = [redFlagLogged, severePain, painMonitoring, painTrend, ladderStep, missedDays, noRunsLogged, checkpointDue] as const;

const rank = (status: ReviewStatus) => REVIEW_STATUSES.indexOf(status);
const LOAD_RULE_EVIDENCE: ReviewReason['evidence'] = {
  kind: 'library-default',
  reason: 'A plan that keeps hurting the runner despite stepping back needs a clinician, not a fourth cut; no source gives the number.',
};

/** The latest clearance that can end a referral made on `referredOn`: a new one, or one dated after the plan's end. */
function latestClearance(context: ReviewContext, referredOn: string): Extract<LogEntry, { kind: 'clearance' }> | undefined {
  for (let index = context.log.length - 1; index >= 0; index--) {
    const entry = context.log[index] as LogEntry;
    if (entry.kind === 'clearance' && (context.unseen.has(entry) || (entry.date > context.plan.endDate && entry.date >= referredOn))) return entry;
  }
  return undefined;
}

/** Reviews a validated plan against a validated log: every rule, the most cautious decision, the revised plan. */
export function review(plan: Plan, protocol: Protocol, log: readonly LogEntry[], today: string, baselinePain: number | undefined, hipPain = false, heelOnly = false, logsRuns?: boolean): ReviewResult {
  const read = mergeLog(plan, log, today);
  // What the app says it logs, where it says it (ReviewOptions.logsRuns), else what the log shows.
  const merged = logsRuns === undefined || logsRuns === read.logsRuns ? read : { ...read, logsRuns };
  const context = buildContext(plan, protocol, merged, today, baselinePain, hipPain, heelOnly);
  const reasons: ReviewReason[] = RULES.flatMap((rule) => rule(context));
  const referredOn = plan.load?.referredOn;
  // The clearance that ends the referral: the latest new one, or one after the plan's last day (never stored, so never
  // new) — the latest, as the rules read it (ReviewContext.clearanceAt), so that its reason names the day they use.
  const clearance = referredOn === undefined ? undefined : latestClearance(context, referredOn);
  if (referredOn !== undefined && clearance === undefined && !reasons.some((reason) => reason.status === 'refer')) {
    reasons.push({
      rule: 'referred',
      status: 'refer',
      urgency: 'routine',
      message: `The plan was referred to a clinician on ${referredOn}: no running until a clinician clears you. Log their clearance to go on.`,
      evidence: { kind: 'library-default', reason: 'A referral stands until a clinician ends it: the library cannot tell when the runner was seen.' },
    });
  }
  // Nothing new: the plan goes on as it is — unless a referral comes from entries the plan cannot store (after its
  // last day, read at every review), and the plan is not referred yet: the re-plan below then stops the running.
  const referring = reasons.some((reason) => reason.status === 'refer');
  const newReferral = referredOn === undefined && referring;
  // A break with no run logged, still going on, is read on a new day even with nothing new logged: a synced app logs
  // nothing while the runner does not run.
  const breakGoesOn = reasons.some((reason) => reason.rule === 'no-runs-logged') && (plan.lastReview === undefined || today > plan.lastReview.today);
  if (merged.fresh.length === 0 && !newReferral && clearance === undefined && !breakGoesOn && !reasons.some((reason) => reason.rule === 'checkpoint')) {
    // Nothing new is not earned progress: the plan goes on unchanged, and the answer says why.
    const since = plan.lastReview === undefined ? 'the plan was made' : `the review of ${plan.lastReview.today}`;
    reasons.push({
      rule: 'nothing-logged',
      status: 'progress',
      // Entries after the plan's last day have no day in it: read for warning signs and pain, they are not "nothing".
      message: merged.all.some((entry) => entry.date > plan.endDate)
        ? `This plan ended on ${plan.endDate}: what you logged after it is read for warning signs and pain, and changes no day of it.${referring ? '' : reasons.some((reason) => reason.status === 'step-back') ? ' Pain broke the limits since: a new plan should start lower, with no run as long as the one that hurt.' : ' A new plan, made from your recent runs, goes on from here.'}`
        : today > plan.endDate
          ? `This plan ended on ${plan.endDate}, and nothing new is logged since ${since}.${referring ? '' : ' A new plan, made from your recent runs, goes on from here.'}`
        : referring
          ? `Nothing new logged since ${since}.`
          : `Nothing logged since ${since}: the plan goes on as it is.`,
      evidence: { kind: 'library-default', reason: 'A day with no entries never changes a plan by itself: only what the runner logs moves the load.' },
    });
    return { status: worst(reasons), reasons: sorted(reasons), plan };
  }

  const tolerated = toleratedWeek(context);
  let stepBacks = tolerated === undefined ? (plan.load?.stepBacks ?? 0) : 0;
  let status = worst(reasons);
  // Where the clearance's reason says running resumes: said again below in the words of the day it resumes on.
  let resumesAt = -1;
  if (clearance !== undefined && status !== 'refer') {
    if (today <= plan.endDate && status !== 'step-back') resumesAt = reasons.length;
    reasons.push({
      rule: 'clearance',
      status: 'progress',
      message:
        today > plan.endDate
          ? `A clinician cleared you on ${clearance.date}. This plan ended on ${plan.endDate}, so it has no days left to run: a new plan, made from your recent runs, goes on from here.`
          : status === 'step-back'
          ? `A clinician cleared you on ${clearance.date}, but pain broke the limits again: running restarts from the return-to-run programme's first step${plan.days.some((day) => day.running.intervals !== undefined || day.running.durationMinutes !== undefined) ? '; sessions given by time are cut to at most 70 % of their repeats or minutes for 7 days, then grow at most 10 % a week' : ''}.`
          : `A clinician cleared you on ${clearance.date}: running resumes from the last tolerated load${plan.load?.tolerated ? ` (${say(plan.load.tolerated.weeklyDistance, plan.unit)} a week), no more than your average week of the ${HOLD_LOOKBACK_DAYS} days before` : ' (none was logged, so from the return-to-run programme)'}${clearedSessionsWords(plan, today, clearance.date)}.`,
      evidence: { kind: 'library-default', reason: 'Resuming from the last week the runner tolerated, rather than from where the plan stood, restarts below the load that led to the referral.' },
    });
    stepBacks = 0;
  }
  if (status === 'step-back' && stepBacks + 1 >= STEP_BACKS_TO_REFER) {
    reasons.push({
      rule: 'step-backs',
      status: 'refer',
      urgency: 'routine',
      message: `This is the ${STEP_BACKS_TO_REFER}rd step-back without a tolerated week between them (a week with a logged run and every rating within the limits): see a clinician before running goes on.`,
      evidence: LOAD_RULE_EVIDENCE,
    });
    status = 'refer';
  }
  // A checkpoint met says "move on" only when the review moves on (found by review: "so move on" beside a step-back
  // that went back 7 days).
  if (status !== 'progress') {
    const instead = status === 'refer' ? 'this review refers you to a clinician first' : status === 'step-back' ? 'this review steps the load back first' : 'this review holds the load first';
    for (const [index, reason] of reasons.entries()) {
      if (reason.rule === 'checkpoint' && reason.status === 'progress' && reason.message.endsWith(', so move on.')) reasons[index] = { ...reason, message: `${reason.message.slice(0, -', so move on.'.length)}, but ${instead}.` };
    }
  }
  const cut = status === 'step-back';
  const hold = status === 'hold';
  // A gap: misses, from the first to the last every day with running missed (a day with nothing logged counts as run as
  // planned; a run on a day with none planned is not the plan's). Only a gap measures the running by the runner's
  // average week; misses among runs keep the hold's measure, the 7 days planned before (found by review: a runner
  // doing one run in three, held to the average week after week, had runs shrink from 1.9 km to 0.18 km).
  const explicit = hold && reasons.some((reason) => reason.rule === 'missed') ? missesBegan(context) : undefined;
  // Or a break with no run logged in an app that logs runs (`no-runs-logged`): a gap by definition.
  // Both: the programme goes back to the earlier start, and the hold is a gap either way (found by review: misses logged
  // in a break hid it, so the hold was not measured, and the break was read again the next day).
  const stretch = hold && reasons.some((reason) => reason.rule === 'no-runs-logged') ? noRunStretch(context) : undefined;
  const fromBreak = stretch === undefined ? undefined : { began: stretch.firstPlanned, last: stretch.to };
  const misses = explicit === undefined || fromBreak === undefined ? (explicit ?? fromBreak) : explicit.began <= fromBreak.began ? explicit : { began: fromBreak.began, last: explicit.last > fromBreak.last ? explicit.last : fromBreak.last };
  const missed =
    stretch !== undefined ||
    (explicit !== undefined &&
      context.log.some((entry) => entry.kind === 'missed' && entry.what === 'run' && entry.date >= addCalendarDays(today, -HOLD_LOOKBACK_DAYS)) &&
      (isGap(context, plan, explicit.began, explicit.last) || trailingGap(context, plan, explicit.began, explicit.last)));
  // A hold from a ladder step or a checkpoint repeats the last 7 protocol days; one from misses goes back to the protocol
  // day the misses began on, once (found by review: a week per review, so an app reviewing daily through a gap went
  // back to day 1 where one reviewing once went back 7 days).
  const rewind = cut ? 14 : hold ? Math.max(reasons.some((reason) => reason.status === 'hold' && reason.rule !== 'same-flare' && reason.rule !== 'missed' && reason.rule !== 'no-runs-logged') ? 7 : 0, missedRewind(context, plan, misses)) : 0;
  // An urgent red flag stops the exercises too (a calf raise on a possible clot), as does a growing runner's growth plate.
  // At the hip, a bone-stress sign can be a stress injury of the femoral neck: no loading exercises either (as groin pain
  // with running, which says the same, stops them).
  const urgent =
    status === 'refer' &&
    context.log.some((entry, index) => entry.kind === 'symptom' && !settled(context, index) && (STOPS_EXERCISES.has(entry.redFlag) || (context.hipPain && BONE_STRESS_FLAGS.has(entry.redFlag))));
  const urgency = status === 'refer' ? mostUrgent(reasons) : undefined;
  const reReferred = clearance !== undefined && status === 'refer';
  const morning = status === 'refer' ? undefined : morningPainToday(context);
  const decision: Decision = { ...(morning === undefined ? {} : { morningPain: morning }), status, rewind, cut, hold, ...(missed ? { missed } : {}), ...(cut ? painfulRuns(context, plan) : { painfulRuns: [] }), clearance: clearance !== undefined && !reReferred, ...(clearance !== undefined && !reReferred ? { clearedOn: clearance.date } : {}), urgent, ...(urgency === undefined ? {} : { urgency }), ...(reReferred ? { reReferred } : {}) };

  const overrun = overruns(context, plan, clearance?.date);
  for (const flag of overrun) {
    reasons.push({ rule: 'overrun', status: 'progress', message: flag.message, evidence: { kind: 'library-default', reason: 'Running more than planned is not earned progress: it never raises the plan; it counts in full against the rest of its week, and no more than was planned in the spike guard.' } });
  }
  const days = replan(plan, protocol, decision, merged, today, plan.load?.tolerated);
  // The clearance's reason in the words of the day it resumes on, which say from what (the tolerated week, no more than
  // the 28-day average, or the return-to-run programme): found by review, a reason naming the 73.6 km tolerated week
  // beside a note resuming from the programme.
  const resumedNote = decision.clearance ? days.find((day) => day.date >= today)?.flags.find((flag) => flag.message.startsWith(CLEARED_NOTE)) : undefined;
  const said = reasons[resumesAt];
  if (resumedNote !== undefined && clearance !== undefined && said !== undefined) {
    reasons[resumesAt] = { ...said, message: `A clinician cleared you on ${clearance.date}: ${resumedNote.message.slice(CLEARED_NOTE.length).replace(/\.$/, '')}${clearedSessionsWords(plan, today, clearance.date)}.` };
  }
  // Today rests for the pain on waking: said among the reasons too, as the day's note says it.
  const restsToday = morning === undefined ? undefined : days.find((day) => day.date === today)?.flags.find((flag) => MORNING_PAIN_NOTE.test(flag.message));
  if (restsToday !== undefined) {
    reasons.push({ rule: 'pain-on-waking', status, message: restsToday.message, evidence: { kind: 'library-default', reason: MORNING_PAIN_REASON } });
  }
  // What the decision did to the running, with its numbers, as the first re-planned day's note says it.
  if (cut || hold || status === 'refer') {
    // The first day from today that says it (a rest day of the programme may say nothing).
    const said = (day: (typeof days)[number]) => day.flags.find((flag) => /^(Stepped back|Held) by the review of/.test(flag.message) || STOPPED.test(flag.message));
    const note = days.filter((day) => day.date >= today).map(said).find((flag) => flag !== undefined);
    if (note !== undefined) {
      const evidence = cut ? STEP_BACK_EVIDENCE : hold ? HOLD_EVIDENCE : undefined;
      reasons.push({
        rule: 'load',
        status,
        // What the referral did to the running is as urgent as the referral.
        ...(urgency === undefined ? {} : { urgency }),
        message: note.message,
        evidence: evidence?.kind === 'library-default' ? { kind: 'library-default', reason: evidence.reason } : { kind: 'library-default', reason: 'A referral stops running until a clinician clears the runner.' },
      });
    }
  }
  const ordered = sorted(reasons);
  const noted = ordered.map(({ rule, status: decided, message, urgency: soon }) => ({ rule, status: decided, message, ...(soon === undefined ? {} : { urgency: soon }) }));
  // After a step-back the last tolerated week is no more than the load it stepped back to: a clearance (after a later
  // red flag) resumes from there, not from the load that led to the flare (found by review: a clearance two days after
  // a step-back to 42 km planned 67 km again, with runs of the distance that hurt).
  const tolerance = cut ? belowStepBack(tolerated ?? plan.load?.tolerated, days, today) : (tolerated ?? plan.load?.tolerated);
  const load: NonNullable<Plan['load']> = {
    stepBacks: cut ? stepBacks + 1 : stepBacks,
    ...(cut ? { lastStepBack: today } : plan.load?.lastStepBack === undefined ? {} : { lastStepBack: plan.load.lastStepBack }),
    ...(cut ? { stepBackDayRuns: runsOn(merged, today) } : plan.load?.stepBackDayRuns === undefined ? {} : { stepBackDayRuns: plan.load.stepBackDayRuns }),
    ...(cut ? { lastFlare: flareDate(context) } : plan.load?.lastFlare === undefined ? {} : { lastFlare: plan.load.lastFlare }),
    ...(tolerance === undefined ? {} : { tolerated: tolerance }),
    // A new referral (or one again after a clearance) ends what the last clearance settled: a red flag it refers for,
    // logged after that clearance whatever its date, is not settled by it at a later review (found by review: a second
    // swollen calf, re-referred "today", was settled by the clearance's date a review later and downgraded to routine).
    ...(decision.clearance && clearance !== undefined
      ? { clearedOn: clearance.date }
      : plan.load?.clearedOn === undefined || (status === 'refer' && (newReferral || reReferred))
        ? {}
        : { clearedOn: plan.load.clearedOn }),
    // Referred again after a clearance in this review: the new referral's day.
    ...(status === 'refer' ? { referredOn: reReferred ? today : (referredOn ?? today) } : {}),
    // A hold for a break, measured by what was run: the break is counted from here on (rules/no-runs.ts).
    ...(missed ? { breakReadOn: today } : plan.load?.breakReadOn === undefined ? {} : { breakReadOn: plan.load.breakReadOn }),
    ...(merged.beforeStart.length === 0 ? {} : { loggedBeforeStart: [...merged.beforeStart] }),
    ...readAfterEnd(plan, merged.all),
  };
  return { status, reasons: ordered, plan: finish(plan, protocol, days, today, status, noted, load, overrun) };
}

/**
 * The pain on waking today when it is above the most a run may reach (the day's pain limit during activity): the worst
 * `nextMorning` logged for yesterday. None when a run is already logged today (the day is the runner's), or when a
 * clinician's clearance settles the rating.
 */
function morningPainToday(context: ReviewContext): Decision['morningPain'] {
  const yesterday = addCalendarDays(context.today, -1);
  const { maxDuring } = limitsOf(context);
  let worst: number | undefined;
  const from = entriesBetween(context.log, yesterday, context.today);
  const offset = context.log.indexOf(from[0] as LogEntry);
  for (const [index, entry] of from.entries()) {
    if (entry.date === context.today && (entry.kind === 'run' || entry.kind === 'race')) return undefined;
    if (entry.date !== yesterday || entry.kind !== 'pain' || entry.nextMorning === undefined || entry.nextMorning <= maxDuring || settled(context, offset + index)) continue;
    worst = Math.max(worst ?? 0, entry.nextMorning);
  }
  return worst === undefined ? undefined : { value: worst, limit: maxDuring };
}

/**
 * Protocol days from today's back to the one the plan's day had where the misses that hold it began, or 0: the days
 * since the last miss count as done, so that a review days after the runner went back to the plan does not undo them
 * (reviewed daily, they were done from the hold on).
 */
function missedRewind(context: ReviewContext, plan: Plan, misses: ReturnType<typeof missesBegan>): number {
  if (misses === undefined) return 0;
  const { began, last } = misses;
  const since = Math.max(0, dayNumber(context.today) - dayNumber(last) - 1);
  const start = dayNumber(plan.startDate);
  const dayAt = (date: string) => plan.days[Math.min(plan.days.length - 1, Math.max(0, dayNumber(date) - start))] as Plan['days'][number];
  if (dayNumber(context.today) - start >= plan.days.length) return 0;
  const protocolDay = (day: Plan['days'][number]) => day.protocolDay ?? day.day;
  return Math.max(0, protocolDay(dayAt(context.today)) - (began < plan.startDate ? 1 : protocolDay(dayAt(began))) - since);
}

/** The warning signs after the plan's last day read so far: those stored before and those in this review's log, once each. */
function readAfterEnd(plan: Plan, all: readonly LogEntry[]): { loggedAfterEnd?: LogEntry[] } {
  const kept = new Map((plan.load?.loggedAfterEnd ?? []).map((entry) => [warningKey(entry), entry]));
  for (const entry of all) if (entry.kind === 'symptom' && entry.date > plan.endDate && !kept.has(warningKey(entry))) kept.set(warningKey(entry), entry);
  return kept.size === 0 ? {} : { loggedAfterEnd: [...kept.values()] };
}

/** Whether every plan day from `from` to `to` with running planned had its run missed, and none run. */
function isGap(context: ReviewContext, plan: Plan, from: string, to: string): boolean {
  const missedRun = new Set<string>();
  const ran = new Set<string>();
  for (const entry of entriesBetween(context.log, from, to)) {
    if (entry.kind === 'missed' && entry.what === 'run') missedRun.add(entry.date);
    else if (entry.kind === 'run' || entry.kind === 'race') ran.add(entry.date);
  }
  const start = dayNumber(plan.startDate);
  for (let at = Math.max(dayNumber(from), start); at <= dayNumber(to) && at - start < plan.days.length; at++) {
    const day = plan.days[at - start] as PlanDay;
    if (dayAllowance(day) > 0 && (ran.has(day.date) || !missedRun.has(day.date))) return false;
  }
  return true;
}

/**
 * How long the misses after the last run logged among them must go on to be a break (see {@link trailingGap}): two
 * weeks. A library default: shorter, a runner who runs one planned run in four, pain-free, was measured by the average
 * week of those runs at every hold, and cut from 67 km a week to walk/run sessions within five weeks (found by review).
 */
const BREAK_DAYS = 14;

/**
 * The misses since the last run logged among them, when they go on for {@link BREAK_DAYS} or more, 3 or more planned
 * runs are missed after it, and every day with running is missed: a gap too, measured by the runner's average week (found by review: one 1 km run logged 20 days
 * before, among 30 days of misses, kept the hold's measure at the 9.9 km planned in the 7 days before, none of it run,
 * where without it running restarted from the return-to-run programme). A runner who runs one planned run in three
 * never misses 3 runs after a run, and keeps the hold's measure, the 7 days planned before.
 */
function trailingGap(context: ReviewContext, plan: Plan, from: string, to: string): boolean {
  let lastRun: string | undefined;
  const entries = entriesBetween(context.log, from, to);
  for (const entry of entries) if ((entry.kind === 'run' || entry.kind === 'race') && (lastRun === undefined || entry.date > lastRun)) lastRun = entry.date;
  if (lastRun === undefined || daysBetween(lastRun, to) < BREAK_DAYS) return false;
  const after = addCalendarDays(lastRun, 1);
  const misses = new Set(entries.flatMap((entry) => (entry.kind === 'missed' && entry.what === 'run' && entry.date >= after ? [entry.date] : [])));
  return misses.size >= MISSED_TO_HOLD && isGap(context, plan, after, to);
}

/**
 * The tolerated week lowered to what a step-back plans for its first 7 days from `today` (its runs, else its limits'
 * longest): the load above it was not tolerated. Undefined stays undefined (a clearance then resumes from the ladder).
 */
function belowStepBack(tolerated: NonNullable<Plan['load']>['tolerated'], days: readonly PlanDay[], today: string): NonNullable<Plan['load']>['tolerated'] {
  if (tolerated === undefined) return undefined;
  const week = days.filter((day) => day.date >= today && day.date < addCalendarDays(today, 7));
  // A step-back after the plan's end plans nothing: the tolerated week stays as it was.
  if (week.length === 0) return tolerated;
  // Runs given by distance measure the week; a programme given by time with no limits has no distance to lower it to
  // (found by review: a shin splints step-back set the tolerated week to 0 km, and a clearance then resumed at the
  // sessions that hurt, "with no tolerated week logged").
  const fitted = week.some((day) => day.running.planned?.distance !== undefined);
  if (!fitted && !week.some((day) => day.running.maxDistance !== null)) return tolerated;
  const weekly = fitted ? week.reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0) : Number.POSITIVE_INFINITY;
  const longest = fitted ? Math.max(0, ...week.map((day) => day.running.planned?.distance?.value ?? 0)) : Math.max(0, ...week.map((day) => day.running.maxDistance?.value ?? 0));
  if (weekly >= tolerated.weeklyDistance && longest >= tolerated.longestRun) return tolerated;
  return { date: tolerated.date, weeklyDistance: roundDownToTenth(Math.min(weekly, tolerated.weeklyDistance)), longestRun: roundDownToTenth(Math.min(longest, tolerated.longestRun)) };
}

/** The latest day of the new ratings that broke the limits (the flare a step-back cuts for), else today. */
function flareDate(context: ReviewContext): string {
  let latest: string | undefined;
  for (const breach of painBreaches(context)) if (latest === undefined || breach.date > latest) latest = breach.date;
  return latest ?? context.today;
}

const worst = (reasons: readonly ReviewReason[]) => reasons.reduce<ReviewStatus>((most, reason) => (rank(reason.status) > rank(most) ? reason.status : most), 'progress');
const urgencyRank = (urgency: ReferralUrgency) => REFERRAL_URGENCIES.indexOf(urgency);
/** The most urgent of the reasons that refer. */
const mostUrgent = (reasons: readonly ReviewReason[]) => reasons.reduce<ReferralUrgency>((most, reason) => (reason.urgency !== undefined && urgencyRank(reason.urgency) < urgencyRank(most) ? reason.urgency : most), 'routine');
/** Reasons most cautious first, then most urgent; the femoral neck's explanation said once (as the matcher says it). */
const sorted = (reasons: readonly ReviewReason[]) => femoralNeckOnce([...reasons].sort((a, b) => rank(b.status) - rank(a.status) || urgencyRank(a.urgency ?? 'routine') - urgencyRank(b.urgency ?? 'routine')));

/**
 * The distances of new runs that broke the pain limits (a run's own ratings, or a day's ratings on a day with a run),
 * each counted no farther than its day allowed ({@link allowedOn}), so that running more than planned, and hurting,
 * never lets the step-back's cap (80 % of the shortest run that hurt) rise above what was planned (found by review: a
 * painful 10 km run where 4 km was planned capped the next runs at 8 km, not 3.2).
 */
function painfulRuns(context: ReviewContext, plan: Plan): Pick<Decision, 'painfulRuns' | 'painfulRunsCapped'> {
  const breachDays = new Set(painBreaches(context).filter((breach) => !ofLastFlare(context, breach.date)).map((breach) => breach.date));
  const runs: number[] = [];
  let shortest: { counted: number; ran: number } | undefined;
  for (const entry of context.log) {
    if ((entry.kind !== 'run' && entry.kind !== 'race') || !breachDays.has(entry.date)) continue;
    const ran = convertDistance(entry.distance, plan.unit);
    const counted = Math.min(ran, allowedOn(plan, entry.date));
    // Too short for 80 % of it to be a run a plan writes (0.1): it would forbid all running rather than shorten it.
    if (STEP_BACK_RUN_SHARE * counted < 0.1) continue;
    runs.push(counted);
    if (shortest === undefined || counted < shortest.counted) shortest = { counted, ran };
  }
  // Said only where the run the cap is taken from was counted short.
  return shortest !== undefined && shortest.counted < shortest.ran ? { painfulRuns: runs, painfulRunsCapped: true } : { painfulRuns: runs };
}

/**
 * The most the plan allowed on `date`: its planned run's distance, else its limit; no bound on a day paced by pain or
 * time, or outside the plan. A rest day allows what the running days of its week allowed at most: a run there counts
 * in full up to that (found by review: counted as nothing, a painful run on a rest day capped nothing, or everything).
 */
function allowedOn(plan: Plan, date: string): number {
  const day = dayOn(plan, date);
  if (day === undefined) return Number.POSITIVE_INFINITY;
  const own = dayAllowance(day);
  if (own > 0) return own;
  let most = 0;
  for (let offset = -3; offset <= 3; offset++) {
    const other = dayOn(plan, addCalendarDays(date, offset));
    if (other !== undefined) most = Math.max(most, dayAllowance(other));
  }
  return most > 0 ? most : Number.POSITIVE_INFINITY;
}

/**
 * The last whole week of the plan (its 7-day blocks from the start) that ended before today, when it was tolerated:
 * at least one logged run, every rating within the limits, no red flag, and all of it after the last flare the plan
 * stepped back for. Plan weeks, not the 7 days before the review, so that reviewing daily or weekly finds the same
 * tolerated weeks. Its distance and longest run are what was run, never more than was planned.
 */
function toleratedWeek(context: ReviewContext): NonNullable<Plan['load']>['tolerated'] {
  const { plan, today } = context;
  const { maxDuring, maxAfter } = limitsOf(context);
  const elapsed = plan.days.findIndex((day) => day.date >= today);
  const whole = Math.floor((elapsed === -1 ? plan.days.length : elapsed) / 7);
  if (whole === 0) return undefined;
  const week = plan.days.slice((whole - 1) * 7, whole * 7);
  const from = week[0]?.date ?? today;
  const to = week[week.length - 1]?.date ?? today;
  if (plan.load?.tolerated !== undefined && plan.load.tolerated.date >= to) return undefined;
  const lastFlare = plan.load?.lastFlare;
  if (lastFlare !== undefined && lastFlare >= from) return undefined;
  let runs = 0;
  let longest = 0;
  const ranOn = new Map<string, number>();
  for (const entry of entriesBetween(context.log, from, to)) {
    if (entry.kind === 'symptom') return undefined;
    const pain = painOf(entry);
    if (pain !== undefined) {
      if ((pain.during ?? 0) > maxDuring || (pain.after ?? 0) > maxAfter) return undefined;
      if (pain.nextMorning !== undefined && (pain.nextMorning > maxAfter || pain.nextMorning > context.baseline.value)) return undefined;
    }
    if (entry.kind === 'run' || entry.kind === 'race') {
      const distance = convertDistance(entry.distance, plan.unit);
      ranOn.set(entry.date, (ranOn.get(entry.date) ?? 0) + distance);
      const limit = limitOn(week, entry.date);
      longest = Math.max(longest, limit === undefined ? distance : Math.min(distance, limit));
      runs += 1;
    }
  }
  if (runs === 0) return undefined;
  // A day counts no more than its limit, where it has one: running beyond a limit is not a tolerated load.
  let ran = 0;
  for (const [date, distance] of ranOn) {
    const limit = limitOn(week, date);
    ran += limit === undefined ? distance : Math.min(distance, limit);
  }
  const planned = week.reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
  const plannedLongest = Math.max(0, ...week.map((day) => day.running.planned?.distance?.value ?? 0));
  const known = week.some((day) => day.running.planned?.distance !== undefined);
  // Rounded down as a plan's distances are (a sum of logged runs read 17.799999999999997).
  return { date: to, weeklyDistance: roundDownToTenth(known ? Math.min(ran, planned) : ran), longestRun: roundDownToTenth(known ? Math.min(longest, plannedLongest) : longest) };
}

/** A day's limit as a tolerated week counts it: 0 on a rest day, none on a running day without one (paced by pain). */
function limitOn(week: readonly PlanDay[], date: string): number | undefined {
  const day = week.find((entry) => entry.date === date);
  if (day === undefined) return undefined;
  return day.running.intensity === 'rest' ? 0 : day.running.maxDistance?.value;
}

/**
 * A flag for each new day on which the runner ran more than planned — or, on a plan that knows nothing of the runner and
 * plans no run, more than the day's limit, or on a day without running.
 */
function overruns(context: ReviewContext, plan: Plan, clearedOn: string | undefined): PlanFlag[] {
  const days = new Set(context.fresh.filter((entry) => entry.kind === 'run' || entry.kind === 'race').map((entry) => entry.date));
  if (days.size === 0) return [];
  const ranOn = new Map<string, number>();
  for (const entry of context.log) if ((entry.kind === 'run' || entry.kind === 'race') && days.has(entry.date)) ranOn.set(entry.date, (ranOn.get(entry.date) ?? 0) + convertDistance(entry.distance, plan.unit));
  const flags: PlanFlag[] = [];
  for (const date of [...days].sort()) {
    const day = dayOn(plan, date);
    if (day === undefined) continue;
    const ran = ranOn.get(date) ?? 0;
    const { planned, maxDistance } = day.running;
    // A day the referral stopped: running on it is not an overrun of a plan, but running before a clinician has seen you
    // — unless a clearance in this review, on that day or before it, ended the referral.
    if (ran > 0 && (clearedOn === undefined || date < clearedOn) && day.flags.some((flag) => STOPPED.test(flag.message))) {
      flags.push({ kind: 'overrun', message: `On ${date} you ran ${say(ran, plan.unit)} while the plan was stopped for a clinician to see you: do not run until a clinician clears you.` });
      continue;
    }
    if (planned === undefined) {
      // Only the limits: running beyond the day's limit, or on a rest day, is flagged against the limit. A running day
      // without a distance limit (paced by pain, or given by time) cannot be overrun by distance.
      if (maxDistance === null && day.running.intensity !== 'rest') continue;
      const limit = maxDistance?.value ?? 0;
      if (ran <= limit + 0.1 + 1e-9) continue;
      flags.push({
        kind: 'overrun',
        message: `On ${date} you ran ${say(ran, plan.unit)}, ${limit > 0 ? `more than that day's limit of ${say(limit, plan.unit)}` : 'on a day without running'}. The plan's limits are not raised for it: keep to them on the days ahead.`,
      });
      continue;
    }
    // A day planned by time (minutes, no distance) cannot be overrun by distance.
    if (planned.minutes !== undefined && planned.distance === undefined) continue;
    const plannedDistance = planned.distance?.value ?? 0;
    if (ran <= plannedDistance + 0.1 + 1e-9) continue;
    flags.push({
      kind: 'overrun',
      message: `On ${date} you ran ${say(ran, plan.unit)}, ${plannedDistance > 0 ? `more than the ${say(plannedDistance, plan.unit)} planned` : 'on a day planned without running'}. The plan is not raised for it: the rest of that week keeps its planned total, and later runs are not lengthened for it.`,
    });
  }
  return flags;
}

function finish(plan: Plan, protocol: Protocol, days: PlanDay[], today: string, status: ReviewStatus, reasons: NonNullable<Plan['lastReview']>['reasons'], load: NonNullable<Plan['load']>, overrun: readonly PlanFlag[]): Plan {
  const last = days.at(-1) ?? plan.days[plan.days.length - 1];
  const checkpoints = revisedCheckpoints(plan, days);
  return trustPlan({
    ...plan,
    endDate: last?.date ?? plan.endDate,
    days,
    checkpoints,
    weeks: planWeeks(days, plan.unit),
    flags: newFlags(plan.flags, overrun),
    // Re-fitting can add a runner rule the first plan did not need (the spike guard, the ladder): its source joins.
    sources: planSources(protocol.sources, days, checkpoints),
    lastReview: { today, status, ...(reasons === undefined || reasons.length === 0 ? {} : { reasons }) },
    load,
  });
}

/** The plan's flags, then those of `overrun` it does not hold yet (a flag per overrun day, however often reviewed). */
function newFlags(flags: readonly PlanFlag[], overrun: readonly PlanFlag[]): PlanFlag[] {
  if (overrun.length === 0) return [...flags];
  const held = new Set(flags.map((flag) => flag.message));
  return [...flags, ...overrun.filter((flag) => !held.has(flag.message))];
}

/**
 * The plan's checkpoints from its days, each keyed as the calendar names it (the protocol day it closes, and which
 * time it comes when a step back repeats it): SEQUENCE rises only where the date or content moved, never falls.
 */
export function checkpointKeys(days: readonly PlanDay[]): { key: string; checkpoint: PlanCheckpoint }[] {
  const seen = new Map<number, number>();
  return days.flatMap((day) => {
    if (day.checkpoint === undefined) return [];
    const protocolDay = day.protocolDay ?? day.day;
    const count = (seen.get(protocolDay) ?? 0) + 1;
    seen.set(protocolDay, count);
    return [{ key: count === 1 ? `${protocolDay}` : `${protocolDay}-${count}`, checkpoint: day.checkpoint }];
  });
}

function revisedCheckpoints(plan: Plan, days: readonly PlanDay[]): PlanCheckpoint[] {
  // The plan's own checkpoints carry their revisions; keyed as the calendar names them.
  const seen = new Map<number, number>();
  const old = new Map(
    plan.checkpoints.map((checkpoint) => {
      const day = dayOn(plan, checkpoint.date);
      const protocolDay = day?.protocolDay ?? checkpoint.day;
      const count = (seen.get(protocolDay) ?? 0) + 1;
      seen.set(protocolDay, count);
      return [count === 1 ? `${protocolDay}` : `${protocolDay}-${count}`, checkpoint] as const;
    }),
  );
  return checkpointKeys(days).map(({ key, checkpoint }) => {
    const before = old.get(key);
    const { revision: _b, ...b } = checkpoint;
    if (before === undefined) return b;
    const { revision: _a, ...a } = before;
    const moved = !sameData(a, b);
    const revision = (before.revision ?? 0) + (moved ? 1 : 0);
    return revision === 0 ? b : { ...b, revision };
  });
}

/** What a clearance says of sessions given by time: no longer than the step-back's, growing at most 10 % a week. */
function clearedSessionsWords(reviewed: Plan, day: string, clearedOn: string): string {
  const minutes = steppedSessions(reviewed, reviewed.days.filter((entry) => entry.date < day), clearedOn)?.minutes;
  if (minutes === undefined) return '';
  return `; sessions given by time resume no longer than the ${Math.floor(minutes + 1e-9)} minutes the step-back of ${reviewed.load?.lastStepBack ?? ''} left, growing at most 10 % a week`;
}
