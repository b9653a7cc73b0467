import {
  RehabInputError,
  subjectName,
  trustPlan,
  type Distance,
  type DistanceUnit,
  type Plan,
  type PlanCheckpoint,
  type PlanDay,
  type PlanFlag,
  type Protocol,
} from '../model/index.js';
import { addCalendarDays, checkPlanEnd } from './calendar.js';
import { convertDistance } from './distance.js';
import { goalIssues } from './goal-limits.js';
import { isExerciseDay } from './exercise-days.js';
import type { GeneratePlanOptions } from './options.js';
import { parsePlain } from '../model/plain-schema.js';
import { PlainPlanOptions, PlainProtocol } from '../model/plain-inputs.js';
import { runningForDay } from './running.js';
import { checkHistory } from '../runner/check-history.js';
import { WEEKS as HISTORY_WEEKS } from '../runner/summarize-checked.js';
import { runnerBasis, unknownRunnerBasis } from '../runner/basis.js';
import { loadStart } from '../load/start.js';
import { flagLoadBreaks } from './load-flags.js';
import { fitToRunner } from './fit-to-runner.js';
import { NOT_CHECKED, planFlags } from './plan-flags.js';
import { planWeeks } from './weeks.js';
import { planSources } from './plan-sources.js';

/**
 * Turns a protocol into a day-by-day plan for one runner, from `startDate` to the protocol's last day.
 *
 * Each day says which phase it is in, how many exercise sessions to do, the exercises of each session in the
 * protocol's order with their doses, and how far the runner may run. A `cap` rule gives its cap (or the goal, where
 * that is lower); a `ramp-to-goal` rule rises in equal daily steps from its start to `goalDistance` on the phase's
 * last day. Distances are in `unit` (default: the goal's unit, else the protocol's), rounded down to 0.1 (to 0.01 below 1) so that
 * rounding never lifts a day above its limit. Checkpoints come with their dates, on their day and in `checkpoints`.
 *
 * Pure: the same protocol and options give the same plan; the clock is never read.
 *
 * @param protocol - The protocol, e.g. `patellofemoralPain` from `rehab-protocols/protocols/patellofemoral-pain`.
 * @param options - `startDate` (`YYYY-MM-DD`), `goalDistance` (required when the protocol ramps to the goal), `unit`.
 * @returns The plan, which {@link PlanSchema} accepts.
 * @throws {@link RehabInputError} for an invalid protocol or options, a ramp to the goal without `goalDistance`, or a goal
 *   over 320 km (more than the 24-hour world record) or under 0.1 of the plan's unit.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
 * plan.days[0]?.running.maxDistance;
 * //=> { value: 5, unit: 'mi' }
 * plan.days[13]?.running.maxDistance;
 * //=> { value: 30, unit: 'mi' }
 * plan.sources.map((source) => source.id);
 * //=> ['founding-case']
 * ```
 */
export function generatePlan(protocol: Protocol, options: GeneratePlanOptions): Plan {
  return planFrom(protocol, options, false);
}

/**
 * `generatePlan` for a runner the app knows nothing about (no history, no runner summary), as `planForProfile` makes
 * it: running starts from the return-to-run ladder, limits included, never from a protocol's ramp. With a history or
 * a runner summary it is `generatePlan`. `leadingFlags` come first among the plan's flags (a RED-S note).
 */
export function generatePlanForUnknownRunner(protocol: Protocol, options: GeneratePlanOptions, leadingFlags: readonly PlanFlag[] = []): Plan {
  return planFrom(protocol, options, true, leadingFlags);
}

/**
 * The days a protocol prescribes from a plan's start, new and not frozen, for a review to re-date and lower: each
 * call builds its own, so they may be changed in place (the protocol's content they share — doses, evidence — stays
 * frozen). `protocol` is validated, and `goalDistance` the one the plan was made with. The list starts at protocol
 * day `fromDay`: its first entry is that day.
 */
export function prescribedDays(protocol: Protocol, startDate: string, unit: DistanceUnit, goalDistance: Distance | undefined, fromDay = 1): PlanDay[] {
  const goal = goalDistance === undefined ? undefined : convertDistance(goalDistance, unit);
  return protocolDays(protocol, startDate, unit, goal, checkpointsOf(protocol, startDate), fromDay);
}

function planFrom(protocol: Protocol, options: GeneratePlanOptions, ladderIfUnknown: boolean, leadingFlags: readonly PlanFlag[] = []): Plan {
  // Validated without zod, by mirrors of ProtocolSchema and GeneratePlanOptionsSchema that answer as they do (the same
  // output, the same issues): zod stays out of the bundle of an app that only makes plans.
  const checked = parsePlain<Protocol>(PlainProtocol, protocol, subjectName('protocol', protocol));
  const parsed = parsePlain<GeneratePlanOptions>(PlainPlanOptions, options, 'generatePlan options');
  const { startDate, goalDistance, unit: askedUnit } = parsed;
  checkPlanEnd(startDate, checked.phases.at(-1)?.days.max ?? 1, 'generatePlan options');
  const historyIssues = parsed.history ? checkHistory(parsed.history, startDate, ['history']) : [];
  if (historyIssues.length > 0) throw new RehabInputError('generatePlan options', historyIssues);

  if (goalDistance === undefined && checked.phases.some((phase) => phase.running.kind === 'ramp-to-goal')) {
    throw new RehabInputError('generatePlan options', [
      {
        path: ['goalDistance'],
        message: `Protocol "${checked.id}" ramps the running up to the runner's goal: pass goalDistance, e.g. { value: 30, unit: 'mi' }`,
      },
    ]);
  }
  const unit = askedUnit ?? goalDistance?.unit ?? protocolUnit(checked);
  const badGoal = goalDistance === undefined ? [] : goalIssues(goalDistance, unit);
  if (badGoal.length > 0) throw new RehabInputError('generatePlan options', badGoal);
  const goal = goalDistance === undefined ? undefined : convertDistance(goalDistance, unit);
  const checkpoints = checkpointsOf(checked, startDate);
  const days = protocolDays(checked, startDate, unit, goal, checkpoints);

  const known = runnerBasis(parsed.history, parsed.runner, startDate, unit);
  const unknown = known === undefined && ladderIfUnknown && parsed.history === undefined && parsed.runner === undefined;
  const basis = known ?? (unknown ? unknownRunnerBasis(unit) : undefined);
  const flags: PlanFlag[] = leadingFlags.map((flag) => ({ ...flag }));
  if (basis === undefined) flags.push({ ...NOT_CHECKED });
  if (basis !== undefined) {
    const spikeGuard = parsed.spikeGuard ?? 'cap';
    const load = loadStart(parsed.history, parsed.runner, basis, startDate, unit);
    const notes = fitToRunner(days, basis, { unit, spikeGuard, startDate, load: unknown ? { ...load, ladder: true } : load, unknownRunner: unknown });
    if (spikeGuard === 'warn') flagLoadBreaks(days, load, unit);
    flags.push(...planFlags(days, basis, { ...notes, unknownRunner: unknown }, { unit, goal, conditionId: checked.condition.id, load }));
  }

  const lastDay = days[days.length - 1];
  const used = new Set(checked.phases.flatMap((phase) => phase.exercises.map((entry) => entry.exerciseId)));
  const plan: Plan = {
    protocolId: checked.id,
    protocolName: checked.name,
    guidance: checked.guidance,
    exercises: checked.exercises.filter((exercise) => used.has(exercise.id)),
    startDate,
    endDate: lastDay === undefined ? startDate : lastDay.date,
    unit,
    ...(goalDistance === undefined ? {} : { goalDistance }),
    days,
    checkpoints,
    weeks: planWeeks(days, unit),
    flags,
    sources: planSources(checked.sources, days, checkpoints),
    generatedWith: { protocolId: checked.id, options: keptOptions(parsed, startDate) },
  };
  return trustPlan(plan);
}

/**
 * The options a plan keeps for its reviews: as given, but of the history only the runs a re-plan can read — those of
 * the 12 weeks before the start, the longest window any rule reads (a review re-plans from the start or a later day).
 * A runner who imports years of runs does not store them in every plan, and every review gives the same plan.
 */
function keptOptions(parsed: GeneratePlanOptions, startDate: string): GeneratePlanOptions {
  const { history } = parsed;
  if (history === undefined) return parsed;
  const from = addCalendarDays(startDate, -7 * HISTORY_WEEKS);
  if (history.every((entry) => entry.date >= from)) return parsed;
  return { ...parsed, history: history.filter((entry) => entry.date >= from) };
}

/** The unit of the protocol's first running distance: the unit its author thought in. */
function protocolUnit(protocol: Protocol): DistanceUnit {
  for (const { running } of protocol.phases) {
    if (running.kind === 'cap') return running.maxDistance.unit;
    if (running.kind === 'ramp-to-goal') return running.from.unit;
  }
  return 'km';
}

/** The protocol's checkpoints, dated from `startDate`, in day order. */
function checkpointsOf(protocol: Protocol, startDate: string): PlanCheckpoint[] {
  return protocol.checkpoints.map(({ day, ...rest }) => ({ day, date: addCalendarDays(startDate, day - 1), ...rest })).sort((a, b) => a.day - b.day);
}

/** Each protocol day from `startDate`, as the protocol prescribes it, before any fitting to a runner. */
function protocolDays(protocol: Protocol, startDate: string, unit: DistanceUnit, goal: number | undefined, checkpoints: readonly PlanCheckpoint[], fromDay = 1): PlanDay[] {
  const exerciseNames = new Map(protocol.exercises.map((exercise) => [exercise.id, exercise.name]));
  const days: PlanDay[] = [];
  // A phase's sessions and exercises are the same on each of its exercise days: one object for all of them, which
  // nothing changes once made (a review re-dates and lowers the running, never the exercises), so that a plan costs
  // only what varies by day, to build and to freeze.
  const rest = { sessionsPerDay: { min: 0, max: 0 }, exercises: [] as PlanDay['exercises'] };
  for (const phase of protocol.phases) {
    if (phase.days.max < fromDay) continue;
    const phaseLength = phase.days.max - phase.days.min + 1;
    const active = {
      sessionsPerDay: { min: phase.sessionsPerDay.min, max: phase.sessionsPerDay.max },
      exercises: phase.exercises.map(({ exerciseId, dose }) => ({ exerciseId, name: exerciseNames.get(exerciseId) ?? exerciseId, dose })),
    };
    for (let day = Math.max(phase.days.min, fromDay); day <= phase.days.max; day++) {
      const exercising = phase.exercises.length > 0 && isExerciseDay(phase.exerciseDays, day - phase.days.min);
      const checkpoint = checkpoints.find((entry) => entry.day === day);
      const date = addCalendarDays(startDate, day - 1);
      const { sessionsPerDay, exercises } = exercising ? active : rest;
      const running = runningForDay(phase.running, { dayOfPhase: day - phase.days.min + 1, phaseLength, unit, goal });
      // Two literals rather than a conditional spread, which is slow; the keys keep one order either way.
      days.push(
        checkpoint === undefined
          ? { day, date, phaseId: phase.id, sessionsPerDay, exercises, running, flags: [], evidence: phase.evidence }
          : { day, date, phaseId: phase.id, sessionsPerDay, exercises, running, checkpoint, flags: [], evidence: phase.evidence },
      );
    }
  }
  return days;
}
