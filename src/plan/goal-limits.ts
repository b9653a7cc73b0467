import type { Distance, DistanceUnit, RehabInputIssue } from '../model/index.js';
import { convertDistance } from './distance.js';

/**
 * The longest daily goal a plan accepts, in km: 320 km, just above the longest distance anyone has run in 24 hours
 * (319.614 km, Aleksandr Sorokin, IAU 24-Hour European Championships, Verona, 2022). Library default: a goal above
 * it is a typo or a unit mix-up, not a runner's usual distance, and arithmetic on absurd values (1.8e307 mi) would
 * overflow to Infinity.
 */
export const MAX_GOAL_KM = 320;

/**
 * The shortest goal: 0.1 in the plan's unit, the resolution every daily limit is rounded down to. Below it the plan
 * would say "jog up to 0.0 mi". Library default.
 */
export const MIN_GOAL_IN_PLAN_UNIT = 0.1;

/** Problems with a goal distance for a plan in `unit`; empty when it is usable. */
export function goalIssues(goal: Distance, unit: DistanceUnit): RehabInputIssue[] {
  const path = ['goalDistance', 'value'];
  if (convertDistance(goal, 'km') > MAX_GOAL_KM) {
    const limit = goal.unit === 'km' ? `${MAX_GOAL_KM} km` : `${Math.floor(MAX_GOAL_KM / 1.609344)} mi`;
    return [
      {
        path,
        message: `A daily goal of ${goal.value} ${goal.unit} is more than anyone has run in 24 hours: the limit is ${limit} (the 24-hour world record is 319.6 km). Check the number and the unit`,
      },
    ];
  }
  if (convertDistance(goal, unit) < MIN_GOAL_IN_PLAN_UNIT) {
    return [{ path, message: `A daily goal of ${goal.value} ${goal.unit} is less than ${MIN_GOAL_IN_PLAN_UNIT} ${unit}, the smallest distance a plan in ${unit} can show` }];
  }
  return [];
}
