import type { Distance, DistanceUnit } from '../model/index.js';

const KM_PER_MI = 1.609344;

/** `distance` expressed in `unit`, unrounded. */
export function convertDistance(distance: Distance, unit: DistanceUnit): number {
  if (distance.unit === unit) return distance.value;
  return unit === 'km' ? distance.value * KM_PER_MI : distance.value / KM_PER_MI;
}

/**
 * Rounds a daily limit down to 0.1, so that rounding never lifts a day above its limit. The small tolerance keeps
 * values that are whole tenths up to floating-point error (8.3 stored as 8.29999…) from dropping a tenth.
 */
export function roundDownToTenth(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}
