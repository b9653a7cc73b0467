import type { LogEntry, Plan } from '../model/index.js';

/**
 * One entry's content as a key: the same entry logged twice has one key. Every entry here is zod's output (the log
 * `reviewPlan` parsed, or what a validated plan holds), whose keys zod writes in the schema's order whatever order
 * the app built them in, so plain JSON is canonical (test/review/log-merge.test.ts holds it to that).
 */
export function entryKey(entry: LogEntry): string {
  return JSON.stringify(entry);
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
  const inPlan = (date: string) => date >= plan.startDate && date <= plan.endDate && date <= today;
  // Each day's list is the plan's own until a new entry joins it: only then is it copied.
  const held = new Map<string, readonly LogEntry[]>();
  const grown = new Set<string>();
  const seen = new Map<string, number>();
  const beforeStart: LogEntry[] = [...(plan.load?.loggedBeforeStart ?? [])];
  for (const entry of beforeStart) {
    const key = entryKey(entry);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const day of plan.days) {
    if (day.logged === undefined || day.logged.length === 0) continue;
    held.set(day.date, day.logged);
    for (const entry of day.logged) {
      const key = entryKey(entry);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  const given = new Map<string, number>();
  const fresh: LogEntry[] = [];
  const after: LogEntry[] = [];
  for (const entry of log) {
    if (entry.date > today) continue;
    if (!inPlan(entry.date) && entry.date >= plan.startDate) {
      after.push(entry);
      continue;
    }
    // A plan that holds no entries has seen none of them: no key to make.
    if (seen.size > 0) {
      const key = entryKey(entry);
      const count = (given.get(key) ?? 0) + 1;
      given.set(key, count);
      if (count <= (seen.get(key) ?? 0)) continue;
    }
    fresh.push(entry);
    if (entry.date < plan.startDate) {
      beforeStart.push(entry);
      continue;
    }
    const list = held.get(entry.date);
    if (list !== undefined && grown.has(entry.date)) (list as LogEntry[]).push(entry);
    else {
      held.set(entry.date, [...(list ?? []), entry]);
      grown.add(entry.date);
    }
  }
  const byDate = (a: LogEntry, b: LogEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  // The plan's days are consecutive and in order, so its days' lists read in date order need no sort.
  const all: LogEntry[] = [...beforeStart].sort(byDate);
  for (const day of plan.days) {
    const list = held.get(day.date);
    if (list !== undefined) for (const entry of list) all.push(entry);
  }
  for (const entry of after.sort(byDate)) all.push(entry);
  return { byDate: held, all, fresh: fresh.sort(byDate), beforeStart };
}
