import { isClean } from './known-clean.js';
import { RehabInputError, type RehabInputIssue } from './rehab-input-error.js';

/**
 * The largest input the library reads, checked before anything else reads it: nesting depth, list length, keys in one
 * object, string length and values in all. Far above any real profile, log, history or plan (a two-year plan is about
 * 50,000 values, ten years of daily runs about 20,000), and low enough that a call with the largest allowed input
 * still ends in a second or two rather than hanging, and never overflows the stack. Library defaults.
 *
 * @example
 * ```ts
 * INPUT_LIMITS.depth;
 * //=> 64
 * ```
 */
export const INPUT_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Objects and lists nested inside each other. A plan nests about ten deep. */
  depth: 64,
  /** Entries in one list. */
  listLength: 100_000,
  /** Keys in one object. */
  keys: 10_000,
  /** Characters in one string. */
  stringLength: 1_000_000,
  /** Values (objects, lists, strings, numbers…) in the whole input. */
  values: 1_000_000,
});

type Key = string | number;

/**
 * Throws a {@link RehabInputError} when `value` is larger or deeper than {@link INPUT_LIMITS}, nests into itself, or
 * cannot be read (a revoked Proxy, a getter that throws): one issue with the path where it stopped. A walk with its
 * own stack, so no input can overflow the call stack; objects the library validated itself are not walked again.
 */
export function checkInputBounds(value: unknown, subject: string): void {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'string' && value.length > INPUT_LIMITS.stringLength) fail(subject, [], tooLong(value.length));
    return;
  }
  // Most input is fine: a quick pass says so without building paths; only input it finds wrong is walked again, with
  // the paths, to say where.
  if (withinBounds(value)) return;
  locate(value, subject);
  fail(subject, [], 'Could not be read: pass plain data');
}

/** True when `root` is within {@link INPUT_LIMITS} and can be read; a walk with its own stack, no paths kept. */
function withinBounds(root: object): boolean {
  const stack: object[] = [root];
  const depths: number[] = [0];
  let seen = 1;
  try {
    while (stack.length > 0) {
      const current = stack.pop() as object;
      const depth = depths.pop() as number;
      if (isClean(current)) continue;
      if (depth >= INPUT_LIMITS.depth) return false;
      if (Array.isArray(current)) {
        const length = current.length;
        if (length > INPUT_LIMITS.listLength) return false;
        seen += length;
        for (let index = 0; index < length; index++) {
          const child: unknown = current[index];
          if (typeof child === 'object' && child !== null) {
            stack.push(child);
            depths.push(depth + 1);
          } else if (typeof child === 'string' && child.length > INPUT_LIMITS.stringLength) return false;
        }
      } else {
        let keys = 0;
        const record = current as Record<string, unknown>;
        for (const key in record) {
          if (!Object.hasOwn(record, key)) continue;
          if (++keys > INPUT_LIMITS.keys) return false;
          const child = record[key];
          if (typeof child === 'object' && child !== null) {
            stack.push(child);
            depths.push(depth + 1);
          } else if (typeof child === 'string' && child.length > INPUT_LIMITS.stringLength) return false;
        }
        seen += keys;
      }
      if (seen > INPUT_LIMITS.values) return false;
    }
  } catch {
    return false;
  }
  return true;
}

/** Walks `value` again, keeping paths, and throws for the first place that is out of bounds or cannot be read. */
function locate(value: object, subject: string): void {
  // Parallel stacks: the value, its depth, and where it came from (parent's index and key), for the error's path.
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const parents: number[] = [-1];
  const keys: Key[] = [''];
  const path = (at: number): Key[] => {
    const out: Key[] = [];
    for (let index = at; index > 0; index = parents[index] ?? 0) out.push(keys[index] ?? '');
    return out.reverse();
  };
  let seen = 0;
  for (let top = 0; top < values.length; top++) {
    const current = values[top];
    const depth = depths[top] ?? 0;
    if (++seen > INPUT_LIMITS.values) fail(subject, path(top), `The input holds more than ${count(INPUT_LIMITS.values)} values: too large to read`);
    if (typeof current === 'string') {
      if (current.length > INPUT_LIMITS.stringLength) fail(subject, path(top), tooLong(current.length));
      continue;
    }
    if (typeof current !== 'object' || current === null || isClean(current)) continue;
    if (depth >= INPUT_LIMITS.depth) {
      fail(subject, path(top), `Nested more than ${INPUT_LIMITS.depth} levels deep (does the value contain itself?)`);
    }
    try {
      if (Array.isArray(current)) {
        if (current.length > INPUT_LIMITS.listLength) fail(subject, path(top), `A list of ${count(current.length)} entries: at most ${count(INPUT_LIMITS.listLength)} are read`);
        for (let index = 0; index < current.length; index++) {
          values.push(current[index]);
          depths.push(depth + 1);
          parents.push(top);
          keys.push(index);
        }
      } else {
        const names = Object.keys(current);
        if (names.length > INPUT_LIMITS.keys) fail(subject, path(top), `An object with ${count(names.length)} keys: at most ${count(INPUT_LIMITS.keys)} are read`);
        for (const name of names) {
          values.push((current as Record<string, unknown>)[name]);
          depths.push(depth + 1);
          parents.push(top);
          keys.push(name);
        }
      }
    } catch (error) {
      if (error instanceof RehabInputError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      fail(subject, path(top), `Could not be read (${why.length > 120 ? `${why.slice(0, 120)}…` : why}): pass plain data, not a revoked Proxy or an object whose getters throw`);
    }
  }
}

/** 1234567 as "1,234,567". */
function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function tooLong(length: number): string {
  return `A string of ${count(length)} characters: at most ${count(INPUT_LIMITS.stringLength)} are read`;
}

function fail(subject: string, path: Key[], message: string): never {
  const issue: RehabInputIssue = { path, message };
  throw new RehabInputError(subject, [issue]);
}
