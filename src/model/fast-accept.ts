import { INPUT_LIMITS } from './input-bounds.js';
import type * as z from 'zod/mini';
import { isRemembering } from './remember-valid.js';
import { parseInput } from './validate.js';
import { codePoints } from './code-points.js';

// A fast path past zod for the plain data an app hands over on every call (a symptom profile, mostly). zod walks a
// value with general machinery, which is most of a short matchConditions call; a schema made only of the simplest
// parts can be checked by a few typeof and Set lookups instead. zod's own ahead-of-time compiler (`z.compile`) does
// this for every schema but adds about 10 kB gzip to every bundle and builds code with `new Function`, which a
// strict Content-Security-Policy forbids. This covers strict objects, optional fields, arrays, enums, literals,
// unions, numbers with bounds, strings with patterns (dates, ids) and refinements: what a symptom profile and a
// review's log are made of. A refinement is run on the copy, as zod runs it on its output; a union answers with its
// first option that accepts, as zod's does.
//
// The contract: `accept(value)` returns exactly what `schema.parse(value)` followed by dropping undefined fields
// would (a fresh copy, keys in the schema's order), or REFUSED — for every invalid value, and for any valid value it
// is not sure of (an undefined field, an object with a prototype). REFUSED only means "let zod look at it", so every
// error still comes from zod. test/model/fast-accept.test.ts holds it to zod's answers on arbitrary values.

/** What an acceptor returns for a value zod must look at. */
export const REFUSED: unique symbol = Symbol('refused');

type Accept = (value: unknown) => unknown;

/**
 * How many more values the acceptor may read in this parse (INPUT_LIMITS.values in all): each list's entries and
 * each object's keys count as they are read, so every value but the outermost counts once.
 */
let budget = 0;

/** Whether Object.prototype has enumerable keys (polluted), which for…in over a plain object would also see. */
let inherited = false;

interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  pattern?: unknown;
  fn?: (value: unknown) => unknown;
  minimum?: unknown;
  maximum?: unknown;
  when?: unknown;
  abort?: boolean;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  inclusive?: boolean;
  discriminator?: string;
  format?: string;
  check?: string;
  pattern?: unknown;
  coerce?: boolean;
}

const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

/** Thrown while compiling a part the fast path does not model: the whole schema then always goes to zod. */
class Unsupported extends Error {}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A pattern test as zod runs it (from the start, whatever a global flag left behind). */
function patternTest(pattern: unknown): (value: string) => boolean {
  if (!(pattern instanceof RegExp)) throw new Unsupported('a format without a pattern');
  return (value) => {
    pattern.lastIndex = 0;
    return pattern.test(value);
  };
}

/** One check as a test the value must pass; only the checks zod runs the same way whatever came before. */
function checkTest(check: CheckDef, type: string): (value: never) => boolean {
  // zod's length checks carry a `when` (the value has a length), which a value already known to be a string always has.
  const lengthCheck = check.check === 'min_length' || check.check === 'max_length';
  if ((check.when !== undefined && !lengthCheck) || check.abort === true) throw new Unsupported('a conditional check');
  const bound = check.value;
  switch (check.check) {
    case 'greater_than':
    case 'less_than':
      if (type !== 'number' || typeof bound !== 'number') throw new Unsupported(check.check);
      if (check.check === 'greater_than') return check.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
      return check.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    case 'string_format':
      if (type !== 'string') throw new Unsupported(check.check);
      return patternTest(check.pattern);
    case 'min_length':
    case 'max_length': {
      // A string's length as zod counts it, in code points (a surrogate pair is one); an activity id's bounds.
      const limit = check.check === 'min_length' ? check.minimum : check.maximum;
      if (type !== 'string' || typeof limit !== 'number') throw new Unsupported(check.check);
      return check.check === 'min_length' ? (value: string) => codePoints(value) >= limit : (value: string) => codePoints(value) <= limit;
    }
    case 'custom': {
      const fn = check.fn;
      if (typeof fn !== 'function') throw new Unsupported('a refinement without its function');
      // Only a plain `true` passes: a promise (an async refinement) or a throw is zod's to handle.
      return (value) => {
        try {
          return fn(value) === true;
        } catch {
          return false;
        }
      };
    }
    default:
      throw new Unsupported(check.check);
  }
}

/** Whether `value` passes every test: a loop, without the closure `every` makes for each value. */
function passes(tests: readonly ((value: never) => boolean)[], value: never): boolean {
  for (const test of tests) if (!test(value)) return false;
  return true;
}

function testsOf(def: Def): ((value: never) => boolean)[] {
  return (def.checks ?? []).map(({ _zod: { def: check } }) => checkTest(check, def.type));
}

function numberCheck(def: Def): (value: number) => boolean {
  const tests = testsOf(def);
  if (def.format !== undefined && def.format !== 'safeint') throw new Unsupported(def.format);
  const whole = def.format === 'safeint';
  return (value) => Number.isFinite(value) && (!whole || Number.isSafeInteger(value)) && passes(tests, value as never);
}

/** The definition of a schema the fast path may model at all: no coercion, no memory, checks only where modelled. */
function guarded(schema: z.ZodMiniType): Def {
  const def = defOf(schema);
  if (isRemembering(schema)) throw new Unsupported('a schema that remembers what it accepted');
  if (def.coerce) throw new Unsupported('coerce');
  if (def.type !== 'number' && def.type !== 'string' && def.type !== 'object' && (def.checks?.length ?? 0) > 0) throw new Unsupported(`${def.type} checks`);
  return def;
}

function build(schema: z.ZodMiniType): Accept {
  const def = guarded(schema);
  switch (def.type) {
    case 'enum': {
      // zod's own set of values: a TypeScript numeric enum's entries also hold its reverse mappings.
      const values = (schema._zod as { values?: ReadonlySet<unknown> }).values;
      if (values === undefined) throw new Unsupported('an enum without its values');
      return (value) => (values.has(value) ? value : REFUSED);
    }
    case 'literal': {
      const values = (schema._zod as { values?: ReadonlySet<unknown> }).values;
      if (values === undefined) throw new Unsupported('a literal without its values');
      return (value) => (values.has(value) ? value : REFUSED);
    }
    case 'number': {
      const ok = numberCheck(def);
      return (value) => (typeof value === 'number' && ok(value) ? value : REFUSED);
    }
    case 'string': {
      const tests = testsOf(def);
      // A string format (a date, an id's pattern) is the schema's own check.
      if (def.check === 'string_format') tests.unshift(patternTest(def.pattern));
      else if (def.format !== undefined) throw new Unsupported(def.format);
      return (value) => (typeof value === 'string' && value.length <= INPUT_LIMITS.stringLength && passes(tests, value as never) ? value : REFUSED);
    }
    case 'union': {
      // zod's union answers with the first option that accepts; a discriminated union with the one option its key
      // names, which is the only one that can accept (each option's key is a different literal). An exclusive union
      // (exactly one option may accept) is not modelled.
      if (def.inclusive === false && def.discriminator === undefined) throw new Unsupported('an exclusive union');
      const options = (def.options ?? []).map(build);
      const byKey = def.discriminator === undefined ? undefined : dispatch(def.discriminator, def.options ?? [], options);
      if (byKey !== undefined) {
        const key = def.discriminator as string;
        return (value) => {
          if (!isPlainObject(value)) return REFUSED;
          const option = byKey.get(value[key]);
          return option === undefined ? REFUSED : option(value);
        };
      }
      return (value) => {
        for (const option of options) {
          const accepted = option(value);
          if (accepted !== REFUSED) return accepted;
        }
        return REFUSED;
      };
    }
    case 'array': {
      const item = build(def.element as z.ZodMiniType);
      return (value) => {
        if (!Array.isArray(value)) return REFUSED;
        // The length read once: a getter or a Proxy cannot grow the list while it is read.
        const length = value.length;
        if (length > INPUT_LIMITS.listLength || (budget -= length) < 0) return REFUSED;
        const copy: unknown[] = [];
        for (let index = 0; index < length; index++) {
          const next = item(value[index]);
          if (next === REFUSED) return REFUSED;
          copy.push(next);
        }
        return copy;
      };
    }
    case 'object': {
      // Only strict objects: a stripping object would drop unknown keys, which the copy below does not model.
      if (def.catchall === undefined || defOf(def.catchall).type !== 'never') throw new Unsupported('non-strict object');
      const fields = Object.entries(def.shape ?? {}).map(([key, child]) => {
        // The optional wrapper is guarded like any schema: a check or a refinement on it is not modelled either.
        const childDef = guarded(child);
        const optional = childDef.type === 'optional';
        return { key, optional, accept: build(optional ? (childDef.innerType as z.ZodMiniType) : child) };
      });
      const known = new Set(fields.map((field) => field.key));
      const tests = testsOf(def);
      return (value) => {
        if (!isPlainObject(value)) return REFUSED;
        // Own keys by for…in, without the list Object.keys allocates: a plain object's for…in sees only its own keys
        // unless Object.prototype has enumerable ones (polluted), which are not the value's own and are skipped.
        for (const key in value) {
          if (inherited && !Object.hasOwn(value, key)) continue;
          if (!known.has(key) || value[key] === undefined || --budget < 0) return REFUSED;
        }
        const copy: Record<string, unknown> = {};
        for (const { key, optional, accept } of fields) {
          const child = value[key];
          if (child === undefined) {
            if (optional) continue;
            return REFUSED;
          }
          const next = accept(child);
          if (next === REFUSED) return REFUSED;
          copy[key] = next;
        }
        if (!passes(tests, copy as never)) return REFUSED;
        return copy;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

/**
 * A discriminated union's options by the value of their key, as zod picks them; undefined when an option's values
 * cannot be read (then every option is tried in turn, which answers the same, only slower).
 */
function dispatch(key: string, schemas: readonly z.ZodMiniType[], options: readonly Accept[]): Map<unknown, Accept> | undefined {
  const byKey = new Map<unknown, Accept>();
  for (const [index, schema] of schemas.entries()) {
    const values = (schema._zod as { propValues?: Record<string, ReadonlySet<unknown>> }).propValues?.[key];
    if (values === undefined) return undefined;
    for (const value of values) {
      if (byKey.has(value)) return undefined;
      byKey.set(value, options[index] as Accept);
    }
  }
  return byKey;
}

const acceptors = new WeakMap<z.ZodMiniType, Accept | null>();

/**
 * The fast acceptor of `schema`, built on first use, or `null` when the schema uses a part it does not model (then
 * zod parses every value). It keeps within INPUT_LIMITS itself (each list's length, each string's, the values in all;
 * the schema bounds the depth and the keys), so what it accepts is what checkInputBounds would pass; a value it cannot
 * read (a revoked Proxy, a getter that throws) is refused, and the bounds check then names it.
 */
export function acceptorOf(schema: z.ZodMiniType): Accept | null {
  let accept = acceptors.get(schema);
  if (accept === undefined) {
    try {
      accept = bounded(build(schema));
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      accept = null;
    }
    acceptors.set(schema, accept);
  }
  return accept;
}

/** An acceptor with a fresh budget of values, refusing what it cannot read; a parse inside a getter keeps its own. */
function bounded(accept: Accept): Accept {
  return (value) => {
    const outer = budget;
    budget = INPUT_LIMITS.values - 1;
    inherited = false;
    for (const _ in Object.prototype) {
      inherited = true;
      break;
    }
    try {
      return accept(value);
    } catch {
      return REFUSED;
    } finally {
      budget = outer;
    }
  };
}

/**
 * {@link parseInput} with the fast path first: for what is parsed on every call of a hot function (the matcher's
 * symptom profile). Kept apart from `parseInput` so that bundles which never call it do not carry the fast path.
 * An accepted value is read once (the acceptor counts as it goes); a refused one goes to parseInput, which checks the
 * bounds before zod reads it.
 */
export function parseFast<T extends z.ZodMiniType>(schema: T, value: unknown, subject: string): z.output<T> {
  const accept = acceptorOf(schema);
  if (accept !== null) {
    const accepted = accept(value);
    if (accepted !== REFUSED) return accepted as z.output<T>;
  }
  return parseInput(schema, value, subject);
}
