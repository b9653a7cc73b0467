import type { LogEntry, PainCriteria, Plan, PlanDay, Protocol } from '../model/index.js';
import type { MergedLog } from './log-merge.js';
import { dayNumber } from '../runner/day-number.js';

/** What the rules read: the plan, its protocol, the whole log up to today, and which entries no review saw before. */
export interface ReviewContext {
  readonly plan: Plan;
  readonly protocol: Protocol;
  readonly today: string;
  /** Every entry dated on or before today — what the plan's days hold and what was given — in date order. */
  readonly log: readonly LogEntry[];
  /** The entries a rule may act on: those no earlier review saw, whatever their date. */
  readonly fresh: readonly LogEntry[];
  /** Next-morning ratings among the new entries, with their dates. */
  readonly freshMornings: readonly { date: string; nextMorning: number }[];
  /**
   * The most next-morning pain that counts as settled: the `baselinePain` option, else 2/10 (a library default: a
   * flare is never the baseline, and a baseline read from the log would let more logged pain ask for more running).
   */
  readonly baseline: { readonly value: number; readonly from: 'option' | 'default' };
  /** The pain limits in force today: the day's running limits, the phase's exit criteria, or the model's defaults. */
  readonly criteria: { readonly limits: PainCriteria | undefined; readonly from: 'running' | 'phase' | 'default' };
  /** The plan day on today, if the plan reaches it. */
  readonly day: PlanDay | undefined;
  /** True when the protocol is for Achilles tendinopathy, the condition the pain-monitoring model was tested in. */
  readonly achilles: boolean;
  /** The day of the last step-back: entries dated on or before it belong to the flare it already acted on. */
  readonly lastStepBack: string | undefined;
  /** True when a new run is logged on the last step-back's day: on the stepped-back load (see {@link ofLastFlare}). */
  readonly ranOnStepBackDay: boolean;
  /**
   * Where the latest clinician's clearance stands in {@link log} (-1 without one): the entries before it are settled (see
   * {@link settled}), those after it count, a red flag logged later on the clearance's own day included.
   */
  readonly clearanceAt: number;
  /** The day of the last clearance that ended a referral (`Plan.load.clearedOn`), for {@link settled}. */
  readonly clearedOn: string | undefined;
  /** The entries of {@link log} no earlier review saw (as {@link fresh}), for {@link settled}. */
  readonly unseen: ReadonlySet<LogEntry>;
  /** True when the plan's condition is felt at the hip, where a bone-stress sign is seen within days (as the matcher says). */
  readonly hipPain: boolean;
  /** The plan's catalogue condition is felt only at the heel, ankle or foot: a growing runner's growth plate there is the heel's (Sever's disease). */
  readonly heelOnly: boolean;
  /** The app logs every run ({@link MergedLog.logsRuns}): a planned day with none logged was not run. */
  readonly logsRuns: boolean;
}

export function buildContext(plan: Plan, protocol: Protocol, merged: MergedLog, today: string, baselinePain: number | undefined, hipPain = false, heelOnly = false): ReviewContext {
  const sorted = merged.all;
  const freshMornings = merged.fresh.flatMap((entry) => (entry.kind === 'pain' && entry.nextMorning !== undefined ? [{ date: entry.date, nextMorning: entry.nextMorning }] : []));
  // The log is in date order, stable within a day (what the plan held, then the new entries as given): the last
  // clearance in it is the latest.
  let clearanceAt = -1;
  sorted.forEach((entry, index) => {
    if (entry.kind === 'clearance') clearanceAt = index;
  });
  const baseline = baselinePain !== undefined ? { value: baselinePain, from: 'option' as const } : { value: DEFAULT_SETTLED_MORNING, from: 'default' as const };
  const day = dayOn(plan, today);
  const phase = protocol.phases.find((entry) => entry.id === day?.phaseId);
  const criteria = day?.running.painLimits
    ? { limits: day.running.painLimits, from: 'running' as const }
    : phase?.progressIf
      ? { limits: phase.progressIf, from: 'phase' as const }
      : { limits: undefined, from: 'default' as const };
  const readAfterEnd = new Set((plan.load?.loggedAfterEnd ?? []).map(warningKey));
  return {
    hipPain,
    heelOnly,
    logsRuns: merged.logsRuns,
    plan,
    protocol,
    today,
    log: sorted,
    fresh: merged.fresh,
    freshMornings,
    baseline,
    criteria,
    day,
    achilles: protocol.condition.id.startsWith('achilles-tendinopathy'),
    lastStepBack: plan.load?.lastStepBack,
    ranOnStepBackDay: ranAfterStepBack(plan, merged),
    clearanceAt,
    clearedOn: plan.load?.clearedOn,
    // Entries after the plan's last day are never stored, so never "new": one dated after the last review's day cannot
    // have been read by it, and counts as unseen (a clearance given with a red flag settles it). One dated on or before
    // that day may have been: a red flag logged since, inside the plan, is not settled by it (found by a third review).
    // A warning sign there is unseen until a review has stored it as read (found by review: a swollen calf noticed
    // before a clearance past the end, logged after a review had read that clearance, was settled and never referred).
    unseen: new Set([...merged.fresh, ...sorted.filter((entry) => entry.date > plan.endDate && (entry.kind === 'symptom' ? !readAfterEnd.has(warningKey(entry)) : plan.lastReview === undefined || entry.date > plan.lastReview.today))]),
  };
}

/**
 * Whether the entry at `index` of the context's log came before the latest clearance, which settles it: a clinician
 * who cleared the runner saw what was logged until then. A red flag logged after the clearance, on the same day too,
 * still counts (the log has no times: its order on a day is the order the entries were given). So does one logged
 * after the clearance was, whatever its date: an entry no review has seen, under a clearance an earlier review held,
 * was not logged when the runner was cleared (found by review: a swollen calf noticed on 12-04, logged after a
 * clearance of 12-06 that an earlier review had read, went on with no reason given).
 */
export function settled(context: Pick<ReviewContext, 'clearanceAt' | 'clearedOn' | 'log' | 'unseen' | 'plan'>, index: number): boolean {
  // Stored on a plan day, read by an earlier review and dated on or before a clearance that ended a referral: settled,
  // whether or not that clearance is in this log (found by review: a clearance after the plan's end, then a review
  // given only what is new, referred the runner again for the red flag they had been cleared of). Only entries a plan
  // day stores: whether one after the plan's end was read before the clearance cannot be told (found by a second
  // review: a swollen calf noticed before a clearance past the end, logged after it, was settled and never referred).
  const entry = context.log[index] as LogEntry;
  if (context.clearedOn !== undefined && entry.date <= context.clearedOn && entry.date <= context.plan.endDate && !context.unseen.has(entry)) return true;
  if (index >= context.clearanceAt) return false;
  const clearance = context.log[context.clearanceAt] as LogEntry;
  return !(context.unseen.has(entry) && !context.unseen.has(clearance));
}

/** The most a plan day allows to run: nothing on a rest day, else its planned run's distance, else its limit; no bound on a day paced by pain or time. */
export function dayAllowance(day: PlanDay): number {
  if (day.running.intensity === 'rest' || day.running.planned?.kind === 'rest') return 0;
  return day.running.planned?.distance?.value ?? day.running.maxDistance?.value ?? Number.POSITIVE_INFINITY;
}

/** A warning sign as the plan remembers it read after its last day: its day and which. */
export const warningKey = (entry: LogEntry): string => (entry.kind === 'symptom' ? `${entry.date} ${entry.redFlag}` : '');

/** The runs logged on `date`, in the merged log. */
export function runsOn(merged: MergedLog, date: string): number {
  return (merged.byDate.get(date) ?? []).reduce((count, entry) => count + (entry.kind === 'run' || entry.kind === 'race' ? 1 : 0), 0);
}

/**
 * Whether a run was logged on the last step-back's day after it was made: more runs on that day than the step-back saw
 * (`Plan.load.stepBackDayRuns`), whichever review logged them (found by review: a run logged in one review and its pain
 * in the next was taken for the old flare). A plan stored before that count was kept: a new run that day in this review.
 */
function ranAfterStepBack(plan: Plan, merged: MergedLog): boolean {
  const day = plan.load?.lastStepBack;
  if (day === undefined) return false;
  const seen = plan.load?.stepBackDayRuns;
  if (seen !== undefined) return runsOn(merged, day) > seen;
  return merged.fresh.some((entry) => (entry.kind === 'run' || entry.kind === 'race') && entry.date === day);
}

/**
 * Whether a rating dated `date` belongs to the flare the last step-back already cut for: dated before the step-back's
 * day, or on it with no new run that day — a rating of the run that brought the step-back, logged in a later review
 * the same day (found by review: an app reviewing after each entry cut three times for one run, and referred). A run
 * logged on that day after the step-back is on the stepped-back load: its pain is a new flare.
 */
export function ofLastFlare(context: Pick<ReviewContext, 'lastStepBack' | 'ranOnStepBackDay'>, date: string): boolean {
  const last = context.lastStepBack;
  if (last === undefined || date > last) return false;
  return date < last || !context.ranOnStepBackDay;
}

/**
 * The plan's day on `date`, or undefined outside the plan: counted from its start, not searched (its days are
 * consecutive; checkPlanFitsProtocol holds a stored plan to it). Bounds first: a read past an array's end is slow.
 */
export function dayOn(plan: Plan, date: string): PlanDay | undefined {
  const index = dayNumber(date) - dayNumber(plan.startDate);
  return index >= 0 && index < plan.days.length ? plan.days[index] : undefined;
}

/** The entries of a date-ordered log (the context's `log`) dated from `from` to `to`, both included: by binary search. */
export function entriesBetween(log: readonly LogEntry[], from: string, to: string): readonly LogEntry[] {
  const first = (date: string) => {
    let low = 0;
    let high = log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((log[middle] as LogEntry).date < date) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const start = first(from);
  let end = start;
  while (end < log.length && (log[end] as LogEntry).date <= to) end++;
  return log.slice(start, end);
}

/** The pain ratings an entry carries: a pain entry's own, or a run's; none for other kinds. */
export function painOf(entry: LogEntry): { during?: number | undefined; after?: number | undefined; nextMorning?: number | undefined } | undefined {
  return entry.kind === 'pain' ? entry : entry.kind === 'run' || entry.kind === 'race' ? entry.pain : undefined;
}

/** The worst of an entry's pain ratings, or undefined when it has none. */
export function worstPainOf(entry: LogEntry): number | undefined {
  const pain = painOf(entry);
  if (pain === undefined) return undefined;
  // Without the list of three a loop would allocate for every entry of every review.
  const { during, after, nextMorning } = pain;
  let worst: number | undefined;
  if (during !== undefined) worst = during;
  if (after !== undefined) worst = worst === undefined ? after : Math.max(worst, after);
  if (nextMorning !== undefined) worst = worst === undefined ? nextMorning : Math.max(worst, nextMorning);
  return worst;
}

/** The pain limits in force: during and after activity (5/10 unless the protocol says otherwise). */
export function limitsOf(context: ReviewContext): { maxDuring: number; maxAfter: number } {
  const maxDuring = context.criteria.limits?.maxPainDuring ?? DEFAULT_MAX_PAIN;
  return { maxDuring, maxAfter: context.criteria.limits?.maxPainAfter ?? DEFAULT_MAX_PAIN };
}

/**
 * The next-morning pain that still counts as settled when the app gives no `baselinePain`: 2/10. A library default:
 * mornings that sit at 2/10 before and after runs are not a flare; apps that know the runner's usual morning pass it.
 */
export const DEFAULT_SETTLED_MORNING = 2;

/** The pain-monitoring model's limits when a protocol states none: ≤ 5/10 during and after activity. */
export const DEFAULT_MAX_PAIN = 5;
