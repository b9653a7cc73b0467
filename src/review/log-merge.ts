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
 * Where a given entry stands against a clearance given on its day: after one, before one, or neither. An entry given
 * after a clearance can only be a held entry that sits after the held clearance; one given before a clearance, a held
 * entry before it; one given with no clearance around it, a held entry after the last held clearance. So a red flag
 * logged again after a same-day clearance is new (it refers), not the one the clearance settled, whether the app gives
 * the whole log or only what is new.
 */
type Around = 'after' | 'before' | 'none';

/** The side of a day's last held clearance a held entry sits on. */
type Side = 'before' | 'from';

/**
 * What the plan already holds on one day, and which of it the log has given again. An entry given is matched with one
 * held entry of the same content not matched before, on the same side of the day's last held clearance (see
 * {@link Around}): a day holding two copies of an entry takes two copies as known. Entries are compared by content
 * (`sameData`), the day's few entries one by one; a day holding many is matched through keys instead, so that 20,000
 * entries on one day stay linear. Keys are plain JSON: every entry here is zod's output or the fast path's copy, whose
 * keys follow the schema's order whatever order the app wrote them in (test/review/log-merge.test.ts holds it to that).
 */
class HeldDay {
  private readonly matched: boolean[];
  /** The index of the day's last held clearance, -1 without one. */
  private readonly cleared: number;
  /** Keyed counts of the held entries on each side of the last clearance (see {@link side}). */
  private counts: Record<Side, Map<string, number>> | undefined;
  constructor(private readonly entries: readonly LogEntry[]) {
    this.matched = entries.map(() => false);
    let cleared = -1;
    entries.forEach((entry, index) => {
      if (entry.kind === 'clearance') cleared = index;
    });
    this.cleared = cleared;
  }
  /** The side of the last held clearance a held entry sits on: before it, or from it on (all of a day without one). */
  private side(index: number): Side {
    return index < this.cleared ? 'before' : 'from';
  }
  /** The sides a given entry may be matched on, by where it was given against a clearance (see {@link Around}). */
  private sides(entry: LogEntry, around: Around): readonly Side[] {
    if (entry.kind === 'clearance') return ['before', 'from'];
    if (this.cleared < 0) return around === 'after' ? [] : ['from'];
    return around === 'before' ? ['before'] : ['from'];
  }
  /** The activity ids of the runs the day holds, made on first use (a day of many entries stays linear). */
  private ids: Set<string> | undefined;
  /** True when the day holds a run or race with this activity id. */
  holdsId(id: string): boolean {
    this.ids ??= new Set(this.entries.flatMap((entry) => ((entry.kind === 'run' || entry.kind === 'race') && entry.id !== undefined ? [entry.id] : [])));
    return this.ids.has(id);
  }
  /** True when `entry` is one the day holds and the log had not given yet (and counts it as given now). */
  take(entry: LogEntry, around: Around): boolean {
    const sides = this.sides(entry, around);
    if (this.entries.length > FEW) {
      if (this.counts === undefined) {
        const counts: Record<Side, Map<string, number>> = { before: new Map(), from: new Map() };
        this.entries.forEach((held, index) => {
          const pool = counts[this.side(index)];
          const key = entryKey(held);
          pool.set(key, (pool.get(key) ?? 0) + 1);
        });
        this.counts = counts;
      }
      const key = entryKey(entry);
      for (const side of sides) {
        const pool = this.counts[side];
        const left = pool.get(key) ?? 0;
        if (left === 0) continue;
        pool.set(key, left - 1);
        return true;
      }
      return false;
    }
    for (let index = 0; index < this.entries.length; index++) {
      if (!this.matched[index] && sides.includes(this.side(index)) && sameData(this.entries[index], entry)) {
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
  /**
   * True when the log holds a run or race: the app logs runs (a synced watch, a running app), so a planned day with
   * none logged was not run. Without one, an unlogged day counts as run as planned (an app that logs only pain).
   */
  readonly logsRuns: boolean;
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
  // Where each given entry stands against a clearance given on its day (see Around).
  const arounds: Around[] = log.map(() => 'none');
  const clearedDays = new Set<string>();
  log.forEach((entry, index) => {
    if (clearedDays.has(entry.date)) arounds[index] = 'after';
    if (entry.kind === 'clearance') clearedDays.add(entry.date);
  });
  clearedDays.clear();
  for (let index = log.length - 1; index >= 0; index--) {
    const entry = log[index] as LogEntry;
    if (arounds[index] === 'none' && clearedDays.has(entry.date)) arounds[index] = 'before';
    if (entry.kind === 'clearance') clearedDays.add(entry.date);
  }
  const fresh: LogEntry[] = [];
  const after: LogEntry[] = [];
  // A run with an activity id is one activity: given again in the same log (an app that synced it twice, with or
  // without a field added), the last one given counts — the latest sync — wherever the others are in the log.
  // Stored runs replaced by a changed copy, by day and id: swapped in once per day, after the pass (linear).
  const replaced = new Map<string, Map<string, LogEntry>>();
  // One activity is on one day: given again under another date (an app that re-dated it, a time zone fixed on a later
  // sync), the last one given counts, and a stored copy on another day is dropped (found by review: it was kept on
  // both days, two runs where there was one).
  const lastOfId = new Map<string, number>();
  log.forEach((entry, index) => {
    if ((entry.kind === 'run' || entry.kind === 'race') && entry.id !== undefined && entry.date <= today) lastOfId.set(entry.id, index);
  });
  // The day each stored activity id is on, made when a given id is not on its own date's day (linear, once).
  let storedOn: Map<string, string> | undefined;
  const storedDate = (id: string): string | undefined => {
    if (storedOn === undefined) {
      storedOn = new Map();
      const note = (entry: LogEntry) => {
        if ((entry.kind === 'run' || entry.kind === 'race') && entry.id !== undefined) storedOn?.set(entry.id, entry.date);
      };
      for (const entry of plan.load?.loggedBeforeStart ?? []) note(entry);
      for (const day of plan.days) for (const entry of day.logged ?? []) note(entry);
    }
    return storedOn.get(id);
  };
  // Stored copies of an activity given again under another date, by their day and id: dropped after the pass.
  const moved = new Map<string, Set<string>>();
  for (const [index, entry] of log.entries()) {
    if (entry.date > today) continue;
    if ((entry.kind === 'run' || entry.kind === 'race') && entry.id !== undefined) {
      if (lastOfId.get(entry.id) !== index) continue;
      // Held already (an earlier review stored it): the same activity given again counts once, whether the app gives
      // the whole log or only what is new (found by a third review). Given as stored, it is matched; changed (a pain
      // rating added on a later sync), it replaces the stored one and is new, so that what was added is read.
      const held = heldOn(entry.date);
      if (held !== null && held.holdsId(entry.id)) {
        if (held.take(entry, arounds[index] ?? 'none')) continue;
        let onDay = replaced.get(entry.date);
        if (onDay === undefined) replaced.set(entry.date, (onDay = new Map()));
        onDay.set(entry.id, entry);
        fresh.push(entry);
        continue;
      }
      const elsewhere = storedDate(entry.id);
      if (elsewhere !== undefined && elsewhere !== entry.date) {
        let ids = moved.get(elsewhere);
        if (ids === undefined) moved.set(elsewhere, (ids = new Set()));
        ids.add(entry.id);
      }
    }
    if (!inPlan(entry.date) && entry.date >= plan.startDate) {
      after.push(entry);
      continue;
    }
    if (heldOn(entry.date)?.take(entry, arounds[index] ?? 'none') === true) continue;
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
  if (replaced.size > 0) {
    const stays = (other: LogEntry) => !((other.kind === 'run' || other.kind === 'race') && other.id !== undefined && replaced.get(other.date)?.has(other.id) === true);
    const earlierKept = beforeStart.filter(stays);
    beforeStart.length = 0;
    beforeStart.push(...earlierKept);
    for (const [date, onDay] of replaced) {
      if (date < plan.startDate) {
        beforeStart.push(...onDay.values());
        continue;
      }
      lists.set(date, [...(lists.get(date) ?? []).filter(stays), ...onDay.values()]);
      grown.add(date);
    }
  }
  if (moved.size > 0) {
    const gone = (other: LogEntry) => (other.kind === 'run' || other.kind === 'race') && other.id !== undefined && moved.get(other.date)?.has(other.id) === true;
    const earlierKept = beforeStart.filter((entry) => !gone(entry));
    beforeStart.length = 0;
    beforeStart.push(...earlierKept);
    for (const date of moved.keys()) {
      const list = lists.get(date);
      if (list === undefined) continue;
      lists.set(date, list.filter((entry) => !gone(entry)));
      grown.add(date);
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
  const logsRuns = all.some((entry) => entry.kind === 'run' || entry.kind === 'race');
  return { byDate: lists, all, fresh: fresh.sort(byDate), beforeStart, logsRuns };
}
