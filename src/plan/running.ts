import type { DistanceUnit, PlanDay, RunningRule } from '../model/index.js';
import { convertDistance, roundDownToTenth } from './distance.js';
import { isExerciseDay } from './exercise-days.js';

/** What the daily running limit depends on besides the rule: where the day sits in its phase, and the runner. */
export interface RunningContext {
  /** 1-based position of the day in its phase. */
  dayOfPhase: number;
  /** Days in the phase. */
  phaseLength: number;
  /** The plan's unit. */
  unit: DistanceUnit;
  /** The runner's goal in the plan's unit, unrounded; undefined when none was given. */
  goal: number | undefined;
}

/**
 * The running limit of one day under `rule`.
 *
 * A cap is the cap, or the runner's goal where that is lower: a plan never asks for more than the runner wants.
 * A ramp rises in equal daily steps from its starting limit to the goal on the phase's last day (the goal stays
 * flat when it is at or below the start). Equal steps keep the largest single-day increase as small as it can be
 * for the distance to cover, whereas a constant-percentage ramp back-loads the increase into the last days — where
 * a sudden jump in a single run's distance is what raises injury risk. Every limit is rounded down to 0.1 (to 0.01 below 1) in the
 * plan's unit, so rounding never lifts a day above its limit. Intervals and continuous runs are given by time, on
 * the days their pattern names (rest days between); a pain-monitored rule sets no distance.
 */
export function runningForDay(rule: RunningRule, context: RunningContext): PlanDay['running'] {
  // Each case builds its object whole, the evidence last: no spread, which is slow for objects of many shapes.
  const { unit, goal } = context;
  const evidence = [rule.evidence];
  switch (rule.kind) {
    case 'rest':
      return { maxDistance: null, intensity: 'rest', evidence };
    case 'cap': {
      const cap = convertDistance(rule.maxDistance, unit);
      const limit = goal === undefined ? cap : Math.min(cap, goal);
      return { maxDistance: { value: roundDownToTenth(limit), unit }, intensity: rule.intensity, evidence };
    }
    case 'intervals': {
      if (rule.days && !isExerciseDay(rule.days, context.dayOfPhase - 1)) return { maxDistance: null, intensity: 'rest', evidence };
      const { runSeconds, walkSeconds, repeats } = rule;
      return { maxDistance: null, intensity: rule.intensity, intervals: { runSeconds, walkSeconds, repeats }, evidence };
    }
    case 'continuous':
      if (rule.days && !isExerciseDay(rule.days, context.dayOfPhase - 1)) return { maxDistance: null, intensity: 'rest', evidence };
      return { maxDistance: null, intensity: rule.intensity, durationMinutes: rule.minutes, evidence };
    case 'pain-monitored':
      return { maxDistance: null, intensity: rule.intensity, painLimits: rule.limits, evidence };
    case 'ramp-to-goal': {
      // generatePlan refuses a ramp without a goal before it gets here.
      const target = goal ?? 0;
      const from = convertDistance(rule.from, unit);
      const limit = target <= from ? target : from + ((target - from) * context.dayOfPhase) / context.phaseLength;
      return { maxDistance: { value: roundDownToTenth(limit), unit }, intensity: rule.intensity, evidence };
    }
  }
}
