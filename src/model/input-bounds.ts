import { isClean } from './known-clean.js';
import { RehabInputError } from './rehab-input-error.js';

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

/** 1234567 as "1,234,567". */
const count = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Throws a {@link RehabInputError} when `value` is larger or deeper than {@link INPUT_LIMITS}, nests into itself, or
 * cannot be read (a revoked Proxy, a getter that throws): one issue with the path where it stopped. The walk recurses
 * at most {@link INPUT_LIMITS.depth} levels, so no input can overflow the stack; objects the library validated itself
 * are not walked again.
 */
export function checkInputBounds(value: unknown, subject: string): void {
  const path: Key[] = [];
  let seen = 0;
  const fail = (message: string): never => {
    throw new RehabInputError(subject, [{ path: [...path], message }]);
  };
  const walk = (current: unknown): void => {
    if (++seen > INPUT_LIMITS.values) fail(`More than ${count(INPUT_LIMITS.values)} values in all: too large to read`);
    if (typeof current === 'string') {
      if (current.length > INPUT_LIMITS.stringLength) fail(`A string of ${count(current.length)} characters: at most ${count(INPUT_LIMITS.stringLength)} are read`);
      return;
    }
    if (typeof current !== 'object' || current === null || isClean(current)) return;
    if (path.length >= INPUT_LIMITS.depth) fail(`Nested more than ${INPUT_LIMITS.depth} levels deep (does the value contain itself?)`);
    try {
      if (Array.isArray(current)) {
        if (current.length > INPUT_LIMITS.listLength) fail(`A list of ${count(current.length)} entries: at most ${count(INPUT_LIMITS.listLength)} are read`);
        for (let index = 0; index < current.length; index++) {
          path.push(index);
          walk(current[index]);
          path.pop();
        }
      } else {
        // Own keys without the list Object.entries would allocate: plain data has no inherited enumerable keys.
        const record = current as Record<string, unknown>;
        let keys = 0;
        for (const key in record) {
          if (!Object.hasOwn(record, key)) continue;
          if (++keys > INPUT_LIMITS.keys) fail(`An object with more than ${count(INPUT_LIMITS.keys)} keys: too large to read`);
          path.push(key);
          walk(record[key]);
          path.pop();
        }
      }
    } catch (error) {
      if (error instanceof RehabInputError) throw error;
      const why = error instanceof Error ? error.message.slice(0, 120) : 'it threw';
      fail(`Could not be read (${why}): pass plain data, not a revoked Proxy or an object whose getters throw`);
    }
  };
  walk(value);
}
