import * as z from 'zod/mini';
import { validPlans } from './memory.js';
import { rememberValid } from './remember-valid.js';
import { CitationSchema, EvidenceSchema } from './citation.js';
import { DistanceSchema, DistanceUnitSchema } from './distance.js';
import { DoseSchema } from './dose.js';
import { ExerciseSchema } from './exercise.js';
import { IsoDateSchema } from './iso-date.js';
import { REFERRAL_URGENCIES } from './vocabularies.js';
import { PainCriteriaSchema } from './pain-criteria.js';
import { LogEntrySchema } from './log-entry.js';
import { GeneratePlanOptionsSchema } from './plan-options.js';
import { PlanFlagSchema } from './plan-flag.js';
import { DistanceAmountSchema, PlannedRunSchema, PlanWeekSchema } from './plan-week.js';
import { IdSchema, PositiveIntSchema, TextSchema } from './primitives.js';
import { wholeRangeSchema } from './range.js';
import { RUNNING_INTENSITIES } from './running-rule.js';

const planCheckpointDefinition = z.strictObject({
  /** The day of the plan, 1-based. */
  day: PositiveIntSchema,
  /** The calendar date of that day. */
  date: IsoDateSchema,
  /** What to reassess. */
  assess: TextSchema,
  /** What to do if it is not better. */
  ifNotBetter: TextSchema,
  /** True when "not better" means seeing a clinician. */
  referral: z.boolean(),
  /** The pain limits within which the runner may move on, if any. */
  progressIf: z.optional(PainCriteriaSchema),
  /** Where the checkpoint's day comes from: ids in `Plan.sources`, or a library default with its reason. */
  evidence: EvidenceSchema,
  /** How many reviews moved this checkpoint (0 or missing: never); calendars use it as the event's SEQUENCE. */
  revision: z.optional(z.int().check(z.gte(0))),
});

/**
 * A checkpoint of a plan; see {@link PlanCheckpointSchema}.
 *
 * @example
 * ```ts
 * const dueOn = (checkpoint: PlanCheckpoint) => checkpoint.date;
 * ```
 */
export type PlanCheckpoint = z.infer<typeof planCheckpointDefinition>;

/**
 * A checkpoint of a plan: the protocol's checkpoint with its calendar date.
 *
 * @example
 * ```ts
 * PlanCheckpointSchema.parse({ day: 14, date: '2026-12-14', assess: 'Is running pain-free?', ifNotBetter: 'See your therapist.', referral: true, evidence: { kind: 'library-default', reason: 'A review at two weeks.' } });
 * ```
 */
export const PlanCheckpointSchema: z.ZodMiniType<PlanCheckpoint> = planCheckpointDefinition;

const planDayExerciseDefinition = z.strictObject({
  /** The exercise's id in the protocol. */
  exerciseId: IdSchema,
  /** The exercise's name. */
  name: TextSchema,
  /** The dose for this day. */
  dose: DoseSchema,
});

/**
 * One exercise of a plan day's sessions: which exercise, and its dose that day. The exercise's instructions are in
 * `Plan.exercises`, under the same id.
 *
 * @example
 * ```ts
 * const exerciseNames = (day: PlanDay) => day.exercises.map((exercise: PlanDayExercise) => exercise.name);
 * ```
 */
export type PlanDayExercise = z.infer<typeof planDayExerciseDefinition>;

const runIntervalsDefinition = z.strictObject({
  /** Seconds of running in each interval. */
  runSeconds: z.int().check(z.gte(1)),
  /** Seconds of walking after each run. */
  walkSeconds: z.int().check(z.gte(0)),
  /** How many intervals. */
  repeats: z.int().check(z.gte(1)),
});

/**
 * Walk/run intervals: run, then walk, so many times.
 *
 * @example
 * ```ts
 * const intervals: RunIntervals = { runSeconds: 60, walkSeconds: 90, repeats: 8 };
 * const minutes = (intervals.runSeconds + intervals.walkSeconds) * intervals.repeats / 60;
 * ```
 */
export type RunIntervals = z.infer<typeof runIntervalsDefinition>;

const planDayRunningDefinition = z.strictObject({
  /** The farthest the runner may go, in the plan's unit, rounded down to 0.1 (to 0.01 below 1); `null` on a day without running. */
  maxDistance: z.nullable(DistanceAmountSchema),
  /** How hard: `rest`, `walk`, `jog` or `run`. */
  intensity: z.enum(RUNNING_INTENSITIES),
  /** Walk/run intervals, on a day the protocol gives them by time. */
  intervals: z.optional(runIntervalsDefinition),
  /** Minutes of continuous running, on a day the protocol gives it by time. */
  durationMinutes: z.optional(z.number().check(z.gt(0))),
  /** The pain limits that set how much running the day allows, on a pain-monitored day. */
  painLimits: z.optional(PainCriteriaSchema),
  /** What the runner should actually run that day, never above the limit; missing when the plan knows nothing of the runner. */
  planned: z.optional(PlannedRunSchema),
  /** Where the day's running numbers come from: the protocol's rule first, then each guard that set the limit or the planned run; on a day a review's referral stopped, the referral alone. */
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
});

/**
 * How far and how hard the runner may run on a plan day, what to actually run, and where those numbers come from.
 *
 * @example
 * ```ts
 * const limit = (running: PlanDayRunning) => running.maxDistance?.value ?? 0;
 * ```
 */
export type PlanDayRunning = z.infer<typeof planDayRunningDefinition>;

const planDayDefinition = z.strictObject({
  /** The day of the plan, 1-based. */
  day: PositiveIntSchema,
  /** Its calendar date, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The id of the protocol phase the day belongs to. */
  phaseId: IdSchema,
  /** Exercise sessions that day; `{ min: 0, max: 0 }` on a day without exercises. */
  sessionsPerDay: wholeRangeSchema(0),
  /** The exercises of each session, in the protocol's order; empty on a day without exercises. */
  exercises: z.array(planDayExerciseDefinition),
  /** How far and how hard the runner may run that day. */
  running: planDayRunningDefinition,
  /** The checkpoint that falls on this day, if any. */
  checkpoint: z.optional(PlanCheckpointSchema),
  /** Notes on this day: a limit lowered by the runner's history, a spike warned about; empty when there are none. */
  flags: z.array(PlanFlagSchema),
  /** Where the phase's numbers come from: its days, sessions a day and exercise days. */
  evidence: EvidenceSchema,
  /** The protocol day this plan day follows, when a review moved it (a phase repeated or stepped back); else `day`. */
  protocolDay: z.optional(PositiveIntSchema),
  /** What the runner logged that day, beside what was planned; set by `reviewPlan` on the days before `today`. */
  logged: z.optional(z.array(LogEntrySchema)),
  /** How many reviews changed this day (0 or missing: never); calendars use it as the event's SEQUENCE. */
  revision: z.optional(z.int().check(z.gte(0))),
});

/**
 * One day of a plan; see {@link PlanDaySchema}.
 *
 * @example
 * ```ts
 * const runDistance = (day: PlanDay) => day.running.maxDistance?.value ?? 0;
 * ```
 */
export type PlanDay = z.infer<typeof planDayDefinition>;

/**
 * One day of a plan: its date, its phase, how many exercise sessions, the exercises of each session in order with
 * their doses, and how far the runner may run.
 *
 * @example
 * ```ts
 * const stored: unknown = JSON.parse(text);
 * const day = PlanDaySchema.parse(stored);
 * ```
 */
export const PlanDaySchema: z.ZodMiniType<PlanDay> = planDayDefinition;

const planGeneratedWithDefinition = z.strictObject({
  /** The protocol's id. */
  protocolId: IdSchema,
  /** The options passed to `generatePlan`, with only the history's runs of the 12 weeks before the start (all a re-plan reads). */
  options: GeneratePlanOptionsSchema,
});

/**
 * What a plan was generated from, kept in `Plan.generatedWith` so that `reviewPlan` can generate it again.
 *
 * @example
 * ```ts
 * const protocolOf = (plan: Plan) => plan.generatedWith?.protocolId ?? plan.protocolId;
 * const options = (generatedWith: PlanGeneratedWith) => generatedWith.options;
 * ```
 */
export type PlanGeneratedWith = z.infer<typeof planGeneratedWithDefinition>;

const planReviewReasonDefinition = z.strictObject({
  /** The rule's id, e.g. `pain-next-morning`. */
  rule: IdSchema,
  /** What the rule decided. */
  status: z.enum(['progress', 'hold', 'step-back', 'refer']),
  /** Why, in plain words. */
  message: TextSchema,
  /** How soon to see a clinician, on a rule that referred (`today`, `within-days`, `routine`); absent on the others. */
  urgency: z.optional(z.enum(REFERRAL_URGENCIES)),
});

/**
 * One rule that fired in the review that last revised a plan: the rule, what it decided, why, and how soon to see a
 * clinician when it referred.
 *
 * @example
 * ```ts
 * const reason: PlanReviewReason = { rule: 'pain-next-morning', status: 'hold', message: 'Pain the next morning was 4/10, above 3.' };
 * ```
 */
export type PlanReviewReason = z.infer<typeof planReviewReasonDefinition>;

const planLastReviewDefinition = z.strictObject({
  /** The day of the review, `YYYY-MM-DD`. */
  today: IsoDateSchema,
  /** What it decided. */
  status: z.enum(['progress', 'hold', 'step-back', 'refer']),
  /** Each rule that fired, most cautious first, in plain words with the logged numbers and its source. */
  reasons: z.optional(z.array(planReviewReasonDefinition)),
});

/**
 * The review that last revised a plan: its day and decision, kept in `Plan.lastReview`.
 *
 * @example
 * ```ts
 * const lastReview: PlanLastReview = { today: '2026-12-15', status: 'hold' };
 * ```
 */
export type PlanLastReview = z.infer<typeof planLastReviewDefinition>;

const toleratedWeekDefinition = z.strictObject({
  /** The week's last day. */
  date: IsoDateSchema,
  /** The distance run that week, in the plan's unit, never more than was planned. */
  weeklyDistance: z.number().check(z.gte(0)),
  /** The longest run of that week, in the plan's unit, never more than was planned. */
  longestRun: z.number().check(z.gte(0)),
});

/**
 * The last plan week the runner tolerated (a logged run, every rating within the limits): where a clearance resumes
 * from.
 *
 * @example
 * ```ts
 * const tolerated: ToleratedWeek = { date: '2026-12-13', weeklyDistance: 12, longestRun: 4 };
 * ```
 */
export type ToleratedWeek = z.infer<typeof toleratedWeekDefinition>;

const planLoadStateDefinition = z.strictObject({
  /** Step-backs since the last tolerated week; the third refers. */
  stepBacks: z.int().check(z.gte(0)),
  /** The day of the last review that stepped back: entries dated on or before it belong to the flare it acted on. */
  lastStepBack: z.optional(IsoDateSchema),
  /**
   * Runs logged on the last step-back's day when it was made: a run on that day beyond them was run on the stepped-back
   * load, so its pain is a new flare, whichever review it is logged in.
   */
  stepBackDayRuns: z.optional(z.int().check(z.gte(0))),
  /** The latest day of the ratings that last stepped back: a week counts as tolerated only after it. */
  lastFlare: z.optional(IsoDateSchema),
  /** The last tolerated plan week (a logged run, every rating within the limits): where a clearance resumes from. */
  tolerated: z.optional(toleratedWeekDefinition),
  /**
   * The day of the last clearance that ended a referral: what a review had read by then, dated on or before it, is
   * settled even when the clearance is not in a later log (an app that passes only what is new, a clearance dated after
   * the plan's last day, which no day stores).
   */
  clearedOn: z.optional(IsoDateSchema),
  /** The day the plan was referred to a clinician: no running until a `clearance` entry after it. */
  referredOn: z.optional(IsoDateSchema),
  /**
   * The day of the last review that held the plan for a break — no run logged for two weeks (`no-runs-logged`), or a
   * gap of missed runs — and measured the running by what was run: a break is counted from it, so that it is read once.
   */
  breakReadOn: z.optional(IsoDateSchema),
  /**
   * Warning signs (`symptom` entries) dated after the plan's last day that a review has read: no day stores them, so a
   * later review can tell them from one logged after a clearance, whatever its date.
   */
  loggedAfterEnd: z.optional(z.array(LogEntrySchema)),
  /** Entries dated before the plan's start that a review has read (they have no plan day to sit beside). */
  loggedBeforeStart: z.optional(z.array(LogEntrySchema)),
});

/**
 * The running load's state that one review of a plan hands to the next, kept in `Plan.load`; see docs/plan-review.md.
 *
 * @example
 * ```ts
 * const stepBacks = (plan: Plan) => plan.load?.stepBacks ?? 0;
 * const referred = (load: PlanLoadState) => load.referredOn !== undefined;
 * ```
 */
export type PlanLoadState = z.infer<typeof planLoadStateDefinition>;

const planDefinition = z.strictObject({
  /** The id of the protocol the plan was generated from. */
  protocolId: IdSchema,
  /** The protocol's name. */
  protocolName: TextSchema,
  /** The protocol's advice that holds throughout. */
  guidance: z.array(TextSchema),
  /** The exercises the plan uses, with their instructions and cues, in the protocol's order. */
  exercises: z.array(ExerciseSchema),
  /** The date of day 1, `YYYY-MM-DD`. */
  startDate: IsoDateSchema,
  /** The date of the last day, `YYYY-MM-DD`. */
  endDate: IsoDateSchema,
  /** The unit of every distance in the plan. */
  unit: DistanceUnitSchema,
  /** The runner's goal distance as given, if any. */
  goalDistance: z.optional(DistanceSchema),
  /** Every day from `startDate` to `endDate`, in order. */
  days: z.array(PlanDaySchema).check(z.minLength(1)),
  /** The protocol's checkpoints with their dates, in day order. */
  checkpoints: z.array(PlanCheckpointSchema),
  /** The plan in 7-day blocks from the start date, with planned and limit totals. */
  weeks: z.array(PlanWeekSchema),
  /** Notes on the whole plan, e.g. that it was not checked against the runner's training; empty when there are none. */
  flags: z.array(PlanFlagSchema),
  /** Every source that a number of the plan rests on, once each; each `cited` evidence in the plan names ids from here. */
  sources: z.array(CitationSchema),
  /** What the plan was generated from: the protocol's id and the options (the history's last 12 weeks), so a review can re-plan. */
  generatedWith: z.optional(planGeneratedWithDefinition),
  /** The last review that revised the plan: its day and decision; a later review acts only on entries after that day. */
  lastReview: z.optional(planLastReviewDefinition),
  /** The running load's state that one review hands to the next (set by `reviewPlan`); see docs/plan-review.md. */
  load: z.optional(planLoadStateDefinition),
});

/**
 * A day-by-day plan; see {@link PlanSchema}.
 *
 * @example
 * ```ts
 * import type { Plan } from 'rehab-protocols';
 *
 * const runningDays = (plan: Plan) => plan.days.filter((day) => day.running.maxDistance !== null);
 * ```
 */
export type Plan = z.infer<typeof planDefinition>;

/**
 * A day-by-day plan generated from a protocol for one runner; what `generatePlan` returns. A schema too, so that an
 * app can validate a plan it stored.
 *
 * What the schema accepts it returns deep-frozen, and remembers, as it remembers the plans `generatePlan` and
 * `reviewPlan` return: handing that same object to an exporter or to `reviewPlan` does not validate it again. Any
 * other object, such as a copy an app edits or a plan read back from storage, is validated in full.
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'rehab-protocols';
 *
 * const plan = PlanSchema.parse(JSON.parse(localStorage.getItem('plan') ?? 'null'));
 * ```
 */
export const PlanSchema: z.ZodMiniType<Plan> = rememberValid(planDefinition, validPlans);

