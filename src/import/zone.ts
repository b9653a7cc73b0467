import { tzOffset } from '@date-fns/tz';
import { civilFromDays } from '../plan/calendar.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * Whether `timeZone` names a zone this runtime knows (an IANA name such as `Europe/Copenhagen`, or `UTC`).
 * Asked once per import, before any timestamp is read.
 */
export function isTimeZone(timeZone: string): boolean {
  try {
    return Number.isFinite(tzOffset(timeZone, new Date(0)));
  } catch {
    return false;
  }
}

/**
 * The runner's calendar day of UTC instants, in one time zone. The zone's offset comes from `@date-fns/tz` (the
 * runtime's time-zone data, daylight saving included); as an offset changes at most twice a year, it is looked up
 * once per UTC week whose first and last instants agree, and at the instant itself only in a week with a change.
 */
export class ZoneDays {
  readonly #zone: string;
  readonly #weeks = new Map<number, number | null>();

  constructor(zone: string) {
    this.#zone = zone;
  }

  /** The offset from UTC, in minutes, at `epochMs`. */
  offsetAt(epochMs: number): number {
    if (this.#zone === 'UTC') return 0;
    const week = Math.floor(epochMs / WEEK_MS);
    let offset = this.#weeks.get(week);
    if (offset === undefined) {
      const first = tzOffset(this.#zone, new Date(week * WEEK_MS));
      const last = tzOffset(this.#zone, new Date((week + 1) * WEEK_MS - 1));
      offset = first === last ? first : null;
      this.#weeks.set(week, offset);
    }
    return offset ?? tzOffset(this.#zone, new Date(epochMs));
  }

  /** The `YYYY-MM-DD` day in this zone of the UTC instant `epochMs`. */
  dayOf(epochMs: number): string {
    return civilFromDays(Math.floor((epochMs + this.offsetAt(epochMs) * 60_000) / DAY_MS));
  }
}
