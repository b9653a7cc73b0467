import type { LogEntry, Plan } from '../model/index.js';
import { dayNumber } from '../runner/day-number.js';
import { sameData } from './same-data.js';

/** One entry's content as a key, for a day holding many entries (keys in the schema's order: see below). */
function entryKey(entry: LogEntry): string {
  return JSON.stringify(entry);
}

/** Past this many entries on one day, the entries given again are matched by key rather than one by one. */
const FEW = 16;

/**
 * What the plan already holds on one day, and which of it the log has given again. An entry given is matched with one
 * held entry of the same content not matched before: a day holding two copies of an entry takes two copies as known.
 * Entries are compared by content (`sameData`), the day's few entries one by one; a day holding many is matched
 * through keys instead, so that 20,000 entries on one day stay linear. Keys are plain JSON: every entry here is zod's
 * output or the fast path's copy, whose keys follow the schema's order whatever order the app wrote them in
 * (test/review/log-merge.test.ts holds it to that).
 */
class HeldDay {
  private readonly matched: boolean[];
  private counts: Map<string, number> | undefined;
  constructor(private readonly entries: readonly LogEntry[]) {
    this.matched = entries.map(() => false);
  }
  /** True when `entry` is one the day holds and the log had not given yet (and counts it as given now). */
  take(entry: LogEntry): boolean {
    if (this.entries.length > FEW) {
      if (this.counts === undefined) {
        this.counts = new Map();
        for (const held of this.entries) {
          const key = entryKey(held);
          this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        }
      }
      const key = entryKey(entry);
      const left = this.counts.get(key) ?? 0;
      if (left === 0) return false;
      this.counts.set(key, left - 1);
      return true;
    }
    for (let index = 0; index < this.entries.length; index++) {
      if (!this.matched[index] && sameData(this.entries[index], entry)) {
        this.matched[index] = true;
        return true;
      }
    }
    return false;
  }
}

/** What a log adds to a plan: every entry the plan holds or was given, and the ones it had not seen before. */
export interface MergedLog {
  /** Each day's entries from the start to `today`: what the plan held, with the new ones after them. */
  readonly byDate: ReadonlyMap<string, readonly LogEntry[]>;
  /** Every entry up to `today`, the plan's and the new ones, in date order (stable within a day). */
  readonly all: readonly LogEntry[];
  /** The entries no earlier review saw, in date order. */
  readonly fresh: readonly LogEntry[];
  /** The entries dated before the plan's start, seen before or new. */
  readonly beforeStart: readonly LogEntry[];
}

/**
 * Merges `log` into what the plan's days already hold (`logged`). An entry counts once however often it is given:
 * an app may pass the whole log at every review or only what is new, and nothing logged is lost either way. An entry
 * is new when its day holds fewer copies of it than the log gives. Entries before the plan's start are its history
 * (new until a review has read them: the plan keeps them in `load.loggedBeforeStart`); entries after its last day
 * have no day to sit on: the rules read them (a red flag always counts) but they are never new. Linear in the log's
 * length.
 */
export function mergeLog(plan: Plan, log: readonly LogEntry[], today: string): MergedLog {
  const start = dayNumber(plan.startDate);
  const inPlan = (date: string) => date >= plan.startDate && date <= plan.endDate && date <= today;
  // Each day's list is the plan's own until a new entry joins it: only then is it copied.
  const lists = new Map<string, readonly LogEntry[]>();
  const grown = new Set<string>();
  for (const day of plan.days) if (day.logged !== undefined && day.logged.length > 0) lists.set(day.date, day.logged);
  const earlier = new Map<string, LogEntry[]>();
  const beforeStart: LogEntry[] = [...(plan.load?.loggedBeforeStart ?? [])];
  for (const entry of beforeStart) {
    const list = earlier.get(entry.date);
    if (list === undefined) earlier.set(entry.date, [entry]);
    else list.push(entry);
  }
  // What each day holds, made when the log first gives an entry on that day.
  const heldDays = new Map<string, HeldDay | null>();
  const heldOn = (date: string): HeldDay | null => {
    let held = heldDays.get(date);
    if (held === undefined) {
      const entries = date < plan.startDate ? earlier.get(date) : plan.days[dayNumber(date) - start]?.logged;
      held = entries === undefined || entries.length === 0 ? null : new HeldDay(entries);
      heldDays.set(date, held);
    }
    return held;
  };
  const fresh: LogEntry[] = [];
  const after: LogEntry[] = [];
  for (const entry of log) {
    if (entry.date > today) continue;
    if (!inPlan(entry.date) && entry.date >= plan.startDate) {
      after.push(entry);
      continue;
    }
    if (heldOn(entry.date)?.take(entry) === true) continue;
    fresh.push(entry);
    if (entry.date < plan.startDate) {
      beforeStart.push(entry);
      continue;
    }
    const list = lists.get(entry.date);
    if (list !== undefined && grown.has(entry.date)) (list as LogEntry[]).push(entry);
    else {
      lists.set(entry.date, [...(list ?? []), entry]);
      grown.add(entry.date);
    }
  }
  const byDate = (a: LogEntry, b: LogEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  // The plan's days are consecutive and in order, so its days' lists read in date order need no sort.
  const all: LogEntry[] = [...beforeStart].sort(byDate);
  for (const day of plan.days) {
    const list = lists.get(day.date);
    if (list !== undefined) for (const entry of list) all.push(entry);
  }
  for (const entry of after.sort(byDate)) all.push(entry);
  return { byDate: lists, all, fresh: fresh.sort(byDate), beforeStart };
}
