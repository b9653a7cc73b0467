import type { Distance, DistanceUnit } from '../model/index.js';

const KM_PER_MI = 1.609344;

/** `distance` expressed in `unit`, unrounded. */
export function convertDistance(distance: Distance, unit: DistanceUnit): number {
  if (distance.unit === unit) return distance.value;
  return unit === 'km' ? distance.value * KM_PER_MI : distance.value / KM_PER_MI;
}

/**
 * Rounds a daily limit or a planned run down, so that rounding never lifts a day above its limit: to 0.1 from 1 (km or
 * mi) up, and to 0.01 below 1, where a tenth is more than the 10 % a run may grow (0.4 × 1.1 = 0.44 rounded to 0.1 is
 * 0.4 again, and a short run would never grow). The small tolerance keeps values that are whole tenths or hundredths up
 * to floating-point error (8.3 stored as 8.29999…) from dropping a step.
 */
export function roundDownToTenth(value: number): number {
  if (value < 1) return Math.floor(value * 100 + 1e-7) / 100;
  return Math.floor(value * 10 + 1e-9) / 10;
}
