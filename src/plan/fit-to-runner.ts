import type { DistanceUnit, PlanDay, PlanFlag, PlannedRun } from '../model/index.js';
import { longestBefore, type Longest, type PastRun, type RunnerBasis } from '../runner/basis.js';
import { dayNumber, isoDay } from '../runner/day-number.js';
import { CROWELL_2023, FRANDSEN_2025, LADDER_REPEATS, MAX_RUN_DAYS, RETURN_TO_RUN_LADDER, SPIKE_FACTOR, SPIKE_WINDOW_DAYS } from '../runner/rules.js';
import { DERIVED_LIMIT_EVIDENCE, LADDER_EVIDENCE, PLANNED_RUNS_EVIDENCE, SPIKE_GUARD_EVIDENCE, TIME_GUARD_EVIDENCE } from '../runner/sources.js';
import { convertDistance, roundDownToTenth } from './distance.js';
import { say } from './format.js';
import { spreadDays, weekTargets } from './week-structure.js';
import { FIRST_DAYS_LONGEST_SHARE, MIN_BASE_KM, WEEKLY_GROWTH } from '../load/rules.js';
import { LOAD_EVIDENCE } from '../load/evidence.js';
import type { LoadStart } from '../load/start.js';

/** How the spike guard acts: `cap` lowers limits and planned runs to it; `warn` leaves them and flags each day above it. */
export type SpikeGuardMode = 'cap' | 'warn';

/** What fitting a plan to the runner needs besides the days and the runner. */
export interface FitContext {
  readonly unit: DistanceUnit;
  readonly spikeGuard: SpikeGuardMode;
  readonly startDate: string;
  /** Where the running starts and how fast it may grow; without it, planned runs fill the usual week at once. */
  readonly load?: LoadStart | undefined;
  /** True when nothing is known of the runner (no history, no runner summary): the flags say so rather than name a history. */
  readonly unknownRunner?: boolean;
  /** Why running restarts from the return-to-run programme, when the caller knows better than the runs (a clearance). */
  readonly ladderReason?: string;
  /**
   * Days from the start during which the programme stays on its first phase, however many sessions they hold (a
   * review's restart is a hold: no growth for 7 days); the phases after it are each done at least twice as ever.
   */
  readonly holdFirstPhaseDays?: number;
}

/**
 * Why a day is on the return-to-run programme: no run in the 30 days before it (`none`), only runs shorter than
 * `MIN_BASE_KM` (`short-runs`, with the longest), too little running a week (`little`), or a reason the caller gives
 * (`given`: a clearance with no tolerated week logged). `on` is the day, as a day number.
 */
export type LadderWhy = (
  | { readonly kind: 'none' | 'little' }
  | { readonly kind: 'short-runs'; readonly longest: number; readonly given?: boolean }
  | { readonly kind: 'given'; readonly words: string }
) & { readonly on: number };

/** What the fitting found that concerns the whole plan. */
export interface FitNotes {
  ladder: boolean;
  /**
   * Why the first return-to-run session was planned, for the plan's flag: no run in the 30 days before (`none`), only
   * runs shorter than `MIN_BASE_KM` (`short-runs`, with the longest), or too little running a week (`little`).
   */
  ladderWhy?: LadderWhy;
  derivedLimit: boolean;
  timeUnchecked: boolean;
}

const EPSILON = 1e-9;

/**
 * Adds planned runs and guard flags to `days` (changed in place), week by week from the start, reading each day's
 * guard from the runs before it: the history's and the plan's own planned runs. See docs/running-plans.md.
 */
export function fitToRunner(days: PlanDay[], basis: RunnerBasis, context: FitContext): FitNotes {
  const { unit, spikeGuard } = context;
  const cap = spikeGuard === 'cap';
  // The runs a day's 30-day window can hold, in day order: the history's from 30 days before the start (older ones
  // are in no window of the plan), then the plan's own as it goes. `head` skips those every later window has left, so
  // each day reads only its window: linear in the days and the runs, however long the history.
  const start = dayNumber(context.startDate);
  const past: PastRun[] = basis.runs.filter((run) => run.day >= start - SPIKE_WINDOW_DAYS).sort((a, b) => a.day - b.day);
  let head = 0;
  const notes: FitNotes = { ladder: false, derivedLimit: false, timeUnchecked: false };
  const minBase = convertDistance({ value: MIN_BASE_KM, unit: 'km' }, unit);
  const ladderMiles = (phase: number) => convertDistance({ value: RETURN_TO_RUN_LADDER[phase]?.miles ?? 2, unit: 'mi' }, unit);
  let ladderRuns = 0;
  /** The programme's sessions in all: each phase twice. */
  const ladderSessions = RETURN_TO_RUN_LADDER.length * LADDER_REPEATS;
  // Sessions counted toward the programme's phases (a first phase held for `holdFirstPhaseDays` counts at most one
  // short of its repeats until the hold ends), and the sessions planned within that hold.
  let ladderProgress = 0;
  let heldSessions = 0;
  const holdUntil = start + (context.holdFirstPhaseDays ?? 0);
  let lastRunDay = Number.NEGATIVE_INFINITY;
  const load = cap ? context.load : undefined;
  const habit = Math.min(basis.runDays.count, MAX_RUN_DAYS);
  // Run days, the history's and the plan's own, so that no 7 days in a row hold more runs than the habit or no day off.
  const runDays = new Set(basis.runs.map((run) => run.day));
  let previousWeek: { total: number; longest: number; length: number } | undefined;

  for (let first = 0; first < days.length; first += 7) {
    const week = days.slice(first, first + 7);
    const candidates = week.flatMap((day, index) => (day.running.intensity === 'rest' ? [] : [index]));
    // The week's volume: the usual week, or with a load, its start grown by at most 10 % a week (from the week before
    // too); a partial last week pro-rated.
    let weekly = basis.usualWeekly;
    if (load !== undefined) {
      // A plan that restarts from the return-to-run programme grows from its sessions once they are done: the starting
      // load of a runner with nothing recent is no running at all (found by review: after a restart, six weeks of none).
      const ladderDone = load.ladder && ladderProgress >= ladderSessions;
      // Once its sessions have given a week, a plan on the programme grows from them (below), in the week it ends too:
      // measured from the start's week of nothing, the days after its last session held no running, and the week
      // after it halved the runs (found by review: 2.2 km sessions, then 1.1 km runs).
      const fromSessions = load.ladder && ladderRuns > 0 && previousWeek !== undefined && previousWeek.total > 0;
      if (!ladderDone && !fromSessions) weekly = Math.min(weekly, load.weekly * WEEKLY_GROWTH ** (first / 7));
      if (previousWeek !== undefined && previousWeek.total > 0) weekly = Math.min(weekly, ((previousWeek.total * 7) / previousWeek.length) * WEEKLY_GROWTH);
    }
    weekly = (weekly * week.length) / 7;
    // Fewer runs rather than runs shorter than the programme's first step (or the runner's longest recent run, when
    // shorter): a week of a few kilometres over six run days planned runs of 400 m (found by review, for a runner whose
    // one busy week, months ago, made a habit of six days).
    let count = habit;
    const onProgramme = (load?.ladder === true || ladderRuns > 0) && ladderProgress < ladderSessions;
    while (head < past.length && (past[head] as PastRun).day < start + first - SPIKE_WINDOW_DAYS) head++;
    const recent = longestBefore(past, start + first, head).distance;
    const shortest = load === undefined ? 0 : recent > 0 ? Math.min(ladderMiles(0), recent) : ladderMiles(0);
    if (!onProgramme && shortest > 0 && !candidates.some((index) => isTimed(week[index] as PlanDay))) count = Math.min(habit, Math.max(1, Math.floor(weekly / shortest + EPSILON)));
    const selected = new Set(spreadDays(candidates, count));
    const distanceDays = [...selected].filter((index) => !isTimed(week[index] as PlanDay));
    const longIndex = distanceDays.at(-1);
    const longGrowth = load !== undefined && previousWeek !== undefined && previousWeek.longest > 0 ? previousWeek.longest * WEEKLY_GROWTH : Number.POSITIVE_INFINITY;
    const targets = weekTargets(weekly, distanceDays.length);
    let weekTotal = 0;
    let weekLongest = 0;

    week.forEach((day, index) => {
      const at = start + first + index;
      const flags: PlanFlag[] = [];
      while (head < past.length && (past[head] as PastRun).day < at - SPIKE_WINDOW_DAYS) head++;
      const longest = longestBefore(past, at, head);
      // A runner's longest run under MIN_BASE_KM (a GPS blip, a warm-up saved on its own) is no base to guard from: the
      // day is planned as after no run, from the return-to-run programme, rather than held to next to nothing. A run
      // the plan itself planned always guards the next (the plan's own steps grow at most 10 %).
      const based = longest.distance >= minBase || (longest.from === 'plan' && longest.distance > 0);
      const guard = basis.guardKnown && based ? longest.distance * SPIKE_FACTOR : null;
      const base = longestWords(longest, unit);
      const onLadder =
        (basis.guardKnown || load?.ladder === true) && ladderProgress < ladderSessions && (ladderRuns > 0 || guard === null || load?.ladder === true);
      const runLimit = load === undefined ? Number.POSITIVE_INFINITY : Math.min(longGrowth, at < load.firstUntil ? load.firstLongest : Number.POSITIVE_INFINITY, at < load.ceilingUntil ? load.preInjuryLongest : Number.POSITIVE_INFINITY);
      // A return-to-run session (a walk/run) is held to the runner's longest recent run itself, not to 90 % of it: a
      // runner whose longest run of the 30 days was the programme's mile restarted below its first step (found by
      // review: 1.4 km sessions after a 1.6 km one).
      const sessionLimit = load === undefined ? runLimit : Math.min(longGrowth, at < load.firstUntil ? load.firstLongest / FIRST_DAYS_LONGEST_SHARE : Number.POSITIVE_INFINITY, at < load.ceilingUntil ? load.preInjuryLongest : Number.POSITIVE_INFINITY);
      const recentRunDays = countRunDays(runDays, at);
      const restDue = recentRunDays >= habit || recentRunDays >= 6;
      if (at >= holdUntil && heldSessions >= LADDER_REPEATS && ladderProgress < LADDER_REPEATS) ladderProgress = LADDER_REPEATS;
      const phase = Math.floor(ladderProgress / LADDER_REPEATS);
      const running = day.running;
      // Each rule that can shape the day's numbers leaves its evidence, rest days included.
      running.evidence.push(PLANNED_RUNS_EVIDENCE);
      if (load !== undefined) running.evidence.push(LOAD_EVIDENCE);
      if (isTimed(day) ? basis.hasDurations && longest.minutes > 0 : guard !== null) running.evidence.push(isTimed(day) ? TIME_GUARD_EVIDENCE : SPIKE_GUARD_EVIDENCE);
      if (onLadder && running.intensity !== 'rest' && !isTimed(day)) running.evidence.push(LADDER_EVIDENCE);

      if (running.maxDistance === null && running.painLimits !== undefined) {
        const derived = onLadder ? ladderMiles(phase) : (guard ?? targets.long);
        running.maxDistance = { value: roundDownToTenth(derived), unit };
        running.evidence.push(DERIVED_LIMIT_EVIDENCE);
        notes.derivedLimit = true;
      }
      const prescribed = running.maxDistance?.value;
      // Why the day is on the return-to-run programme, in words that are true of this runner: a runner whose runs were
      // all shorter than MIN_BASE_KM did run, and is not told they did not.
      const why: LadderWhy =
        context.ladderReason !== undefined
          ? { kind: 'given', words: context.ladderReason, on: at }
          : longest.distance > 0 && longest.from !== 'plan'
            ? longest.distance < minBase
              ? { kind: 'short-runs', longest: longest.distance, on: at, ...(longest.from === 'summary' ? { given: true } : {}) }
              : { kind: 'little', on: at }
            : { kind: 'none', on: at };
      if (prescribed !== undefined && onLadder && prescribed > ladderMiles(phase) + EPSILON) {
        const limit = prescribed;
        const step = say(ladderMiles(phase), unit);
        // Why: the step the runner is on once the programme has begun; before that, what sent them to it.
        const cause = context.unknownRunner === true ? 'nothing is known of your training (no recent runs, no usual week)' : ladderWords(why, minBase, unit);
        if (ladderRuns === 0) notes.ladderWhy ??= why;
        if (cap) {
          running.maxDistance = { value: roundDownToTenth(ladderMiles(phase)), unit };
          const reason = ladderRuns > 0 ? `phase ${phase + 1} of the return-to-run programme` : `${cause}, so running ${context.unknownRunner === true ? 'starts' : 'restarts'} from the return-to-run programme`;
          flags.push({ kind: 'limited-by-history', message: `Limit lowered from ${say(limit, unit)} to ${step}: ${reason} (${CROWELL_2023}).` });
        } else {
          const what = ladderRuns > 0 ? `phase ${phase + 1} of the return-to-run programme (${step}, ${CROWELL_2023})` : `the return-to-run programme's ${step} (${CROWELL_2023}): ${cause}`;
          flags.push({ kind: 'single-run-spike', message: `The limit of ${say(limit, unit)} is more than ${what}.` });
        }
      }
      // The ladder's steps are held to the spike guard too, once the ladder's own runs give it a base.
      const limit = running.maxDistance?.value;
      if (limit !== undefined && guard !== null && limit > guard + EPSILON && (cap || !flags.some((flag) => flag.kind === 'single-run-spike'))) {
        if (cap) {
          running.maxDistance = { value: roundDownToTenth(guard), unit };
          flags.push({ kind: 'limited-by-history', message: `Limit lowered from ${say(limit, unit)} to ${say(guard, unit)}: 110 % of ${base}. A single run more than 10 % longer than that raised injury rates in uninjured runners (${FRANDSEN_2025}); holding a rehabilitating runner to it is this library's extension.` });
        } else {
          flags.push({ kind: 'single-run-spike', message: `The limit of ${say(limit, unit)} is more than 110 % (${say(guard, unit)}) of ${base}: a single-run spike (${FRANDSEN_2025}).` });
        }
      }

      let planned: PlannedRun = { kind: 'rest' };
      if (selected.has(index) && restDue) {
        // A day off within every 7 days, and no more run days in any 7 than the runner's habit.
      } else if (selected.has(index) && isTimed(day)) {
        planned = planTimed(day, basis, longest, cap, flags, context.unknownRunner === true);
        if (!basis.hasDurations || longest.minutes === 0) notes.timeUnchecked = true;
        if (planned.minutes !== undefined) {
          past.push({ day: at, distance: 0, minutes: planned.minutes, from: 'plan' });
          lastRunDay = at;
        }
      } else if (selected.has(index) && running.maxDistance !== null) {
        const dayLimit = running.maxDistance.value;
        if (onLadder) {
          const step = RETURN_TO_RUN_LADDER[phase];
          // A plan that started from the runner's recent weeks keeps its week within them, ladder sessions included.
          const budget = load !== undefined && !load.ladder ? weekly - weekTotal : Number.POSITIVE_INFINITY;
          const distance = roundDownToTenth(Math.min(ladderMiles(phase), dayLimit, budget, sessionLimit));
          if (step !== undefined && at - lastRunDay >= 2 && distance >= 0.1) {
            // The programme is made for runners coming back from a break, whose recent weeks may be near zero: its
            // sessions are not held to the usual week, but a week that goes above it says so.
            if (weekTotal + distance > basis.usualWeekly + EPSILON) {
              flags.push({ kind: 'weekly-volume', message: `With this session the week reaches ${say(weekTotal + distance, unit)}, more than your usual week (${say(basis.usualWeekly, unit)}): the return-to-run programme sets it.` });
            }
            planned = { kind: step.runMinutes === null ? 'easy' : 'intervals', distance: { value: distance, unit } };
            flags.push({ kind: 'return-to-run', message: ladderSession(phase, distance, unit) });
            if (ladderRuns === 0) notes.ladderWhy ??= why;
            ladderRuns += 1;
            if (at < holdUntil) {
              heldSessions += 1;
              ladderProgress = Math.min(ladderProgress + 1, LADDER_REPEATS - 1);
            } else ladderProgress += 1;
            notes.ladder = true;
          }
        } else {
          const target = index === longIndex ? targets.long : targets.easy;
          // No shorter than `shortest` while the week's budget allows (in the week the programme ends, what its
          // sessions left went to runs of 800 m); what is left after a run of the week goes unplanned.
          const ceiling = Math.min(Math.max(target, shortest), dayLimit, weekly - weekTotal, runLimit, cap && guard !== null ? guard : Number.POSITIVE_INFINITY);
          const distance = roundDownToTenth(Math.max(0, ceiling));
          if (distance >= 0.1 && !(weekTotal > 0 && distance < shortest - EPSILON && ceiling === weekly - weekTotal)) {
            planned = { kind: index === longIndex ? 'long' : 'easy', distance: { value: distance, unit } };
            if (!cap && guard !== null && distance > guard + EPSILON && !flags.some((flag) => flag.kind === 'single-run-spike')) {
              flags.push({ kind: 'single-run-spike', message: `The planned ${say(distance, unit)} is more than 110 % (${say(guard, unit)}) of ${base} (${FRANDSEN_2025}).` });
            }
          }
        }
        const distance = planned.distance?.value ?? 0;
        if (distance > 0) {
          weekTotal += distance;
          weekLongest = Math.max(weekLongest, distance);
          past.push({ day: at, distance, from: 'plan' });
          lastRunDay = at;
        }
      }
      if (planned.kind !== 'rest') runDays.add(at);
      running.planned = planned;
      day.flags.push(...flags);
    });

    const limits = week.reduce((sum, day) => sum + (day.running.maxDistance?.value ?? 0), 0);
    const firstDay = week[0];
    if (firstDay && basis.usualWeekly > 0 && limits > basis.usualWeekly + EPSILON) {
      firstDay.flags.push({
        kind: 'weekly-volume',
        message: `This week's daily limits would allow more running than ${context.unknownRunner === true ? `the ${say(basis.usualWeekly, unit)} usual week the plan assumes until your runs are known` : `your usual week of ${say(basis.usualWeekly, unit)}`}: ${
          weekTotal > basis.usualWeekly + EPSILON ? `the planned runs come to ${say(weekTotal, unit)}, set by the return-to-run programme` : `the planned runs keep the week to ${say(weekTotal, unit)}`
        }.`,
      });
    }
    previousWeek = { total: weekTotal, longest: weekLongest, length: week.length };
  }
  return notes;
}

/** A return-to-run session's note: its phase (0-based) of the ladder, what to do, for `distance`. */
export function ladderSession(phase: number, distance: number, unit: DistanceUnit): string {
  const step = RETURN_TO_RUN_LADDER[phase] as (typeof RETURN_TO_RUN_LADDER)[number];
  const how = step.runMinutes === null ? 'run all of it' : `walk ${step.walkMinutes} min / run ${step.runMinutes} min`;
  return `Return-to-run phase ${phase + 1} of ${RETURN_TO_RUN_LADDER.length} (${CROWELL_2023}): ${how} for ${say(distance, unit)} at an effort of ${step.rpe}/10 (how hard it feels, not how much it hurts), on the flat. Do each phase at least twice; stay in it while there is swelling, stiffness or more pain.`;
}

/**
 * The run a day's spike guard reads, in words that say whose it is: the runner's (`your longest run in the 30 days
 * before (1 mi on 2026-11-20)`), a runner summary's (no date: it gave none), or one the plan itself planned (`the
 * longest run planned in the 30 days before (1 mi on 2026-12-02)`), never a planned run as the runner's.
 */
/**
 * Why running restarts from the return-to-run programme, as a clause: "no run in the 30 days before" (a day's flag:
 * before that day), and so on; with `start` (a plan's first day), before the day it restarts on, named ("before
 * 2026-12-04"), or "before the start". The threshold is rounded
 * up and the longest run down, so that they never read alike.
 */
export function ladderWords(why: LadderWhy, minBase: number, unit: DistanceUnit, start?: number): string {
  const before = start === undefined ? 'before' : why.on === start ? 'before the start' : `before ${isoDay(why.on)}`;
  if (why.kind === 'given') return why.words;
  const threshold = say(Math.ceil(minBase * 100 - 1e-9) / 100, unit);
  // A runner summary's longest run has no date: it is said as given.
  if (why.kind === 'short-runs' && why.given === true) return `your longest recent run, as given (${say(why.longest, unit)}), is under ${threshold}`;
  if (why.kind === 'short-runs') return `no run of ${threshold} or more in the 30 days ${before} (your longest was ${say(why.longest, unit)})`;
  if (why.kind === 'little') return `too little running in the weeks ${before} to plan from`;
  return `no run in the 30 days ${before}`;
}

function longestWords(longest: Longest, unit: DistanceUnit): string {
  const distance = say(longest.distance, unit);
  if (longest.from === 'summary' || longest.on === undefined) return `your longest recent run (${distance}, as given)`;
  const who = longest.from === 'plan' ? 'the longest run planned' : 'your longest run';
  return `${who} in the 30 days before (${distance} on ${isoDay(longest.on)})`;
}

/** Days with a run in the 6 days before `day`. */
function countRunDays(runDays: ReadonlySet<number>, day: number): number {
  let count = 0;
  for (let before = day - 6; before < day; before++) if (runDays.has(before)) count += 1;
  return count;
}

function isTimed(day: PlanDay): boolean {
  return day.running.intervals !== undefined || day.running.durationMinutes !== undefined;
}

/** A run given by time: guarded on time where the history has durations, flagged where it has none. */
function planTimed(day: PlanDay, basis: RunnerBasis, longest: Longest, cap: boolean, flags: PlanFlag[], unknownRunner: boolean): PlannedRun {
  const longestMinutes = longest.minutes;
  const base = `${longest.minutesFrom === 'plan' ? 'the longest run planned' : 'your longest run'} in the 30 days before (${Math.round(longestMinutes)} min)`;
  const running = day.running;
  const kind = running.intervals ? 'intervals' : 'continuous';
  const sessionMinutes = () =>
    running.intervals ? ((running.intervals.runSeconds + running.intervals.walkSeconds) * running.intervals.repeats) / 60 : (running.durationMinutes ?? 0);
  const minutes = sessionMinutes();
  if (!basis.hasDurations || longestMinutes === 0) {
    const why = unknownRunner ? 'nothing is known of how long you run (no recent runs, no usual week)' : 'none of your runs of the 30 days before says how long it took';
    flags.push({ kind: 'time-not-checked', message: `This ${Math.round(minutes)}-minute session could not be checked against your training: ${why}.` });
    return { kind, minutes };
  }
  const guard = longestMinutes * SPIKE_FACTOR;
  if (minutes <= guard + EPSILON) return { kind, minutes };
  if (!cap) {
    flags.push({ kind: 'single-run-spike', message: `This ${Math.round(minutes)}-minute session is more than 110 % (${Math.floor(guard)} min) of ${base}.` });
    return { kind, minutes };
  }
  if (running.intervals) {
    const each = running.intervals.runSeconds + running.intervals.walkSeconds;
    const repeats = Math.floor((guard * 60) / each);
    if (repeats < 1) {
      flags.push({ kind: 'limited-by-history', message: `No running today: even one ${Math.round(each / 60)}-minute interval is more than 110 % of ${base}.` });
      return { kind: 'rest' };
    }
    running.intervals = { ...running.intervals, repeats };
  } else {
    running.durationMinutes = Math.max(1, Math.floor(guard));
  }
  const lowered = sessionMinutes();
  flags.push({ kind: 'limited-by-history', message: `Session shortened from ${Math.round(minutes)} to ${Math.round(lowered)} minutes: 110 % of ${base}.` });
  return { kind, minutes: lowered };
}
