import type { DistanceUnit } from '../model/index.js';
import { roundDownToTenth } from './distance.js';

/** A distance as a flag message says it: `5.5 mi`, rounded down to 0.1 (to 0.01 below 1, as plans hold it: `0.44 km`). */
export function say(value: number, unit: DistanceUnit): string {
  const rounded = roundDownToTenth(value);
  // A value too large to scale (near the largest number) is said as it is, never as Infinity.
  return `${String(Number.isFinite(rounded) ? rounded : value)} ${unit}`;
}

/**
 * A distance's number as a plan's text shows it, never above the value: one decimal (`5.0`), two below 1 where the
 * plan holds hundredths (`0.44`, but `0.4`).
 */
export function distanceNumber(value: number): string {
  const rounded = roundDownToTenth(value);
  if (value >= 1) return (Number.isFinite(rounded) ? rounded : value).toFixed(1);
  const text = rounded.toFixed(2);
  return text.endsWith('0') ? text.slice(0, -1) : text;
}
