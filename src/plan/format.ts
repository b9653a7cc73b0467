import type { DistanceUnit } from '../model/index.js';

/** A distance as a flag message says it: `5.5 mi`, to 0.1. */
export function say(value: number, unit: DistanceUnit): string {
  return `${String(Math.floor(value * 10 + 1e-9) / 10)} ${unit}`;
}
