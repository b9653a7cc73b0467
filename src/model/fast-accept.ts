import type * as z from 'zod/mini';
import { isRemembering } from './remember-valid.js';
import { parseInput } from './validate.js';

// A fast path past zod for the plain data an app hands over on every call (a symptom profile, mostly). zod walks a
// value with general machinery, which is most of a short matchConditions call; a schema made only of the simplest
// parts can be checked by a few typeof and Set lookups instead. zod's own ahead-of-time compiler (`z.compile`) does
// this for every schema but adds about 10 kB gzip to every bundle and builds code with `new Function`, which a
// strict Content-Security-Policy forbids. This covers strict objects, optional fields, arrays, enums and numbers
// with bounds: what a symptom profile is made of.
//
// The contract: `accept(value)` returns exactly what `schema.parse(value)` followed by dropping undefined fields
// would (a fresh copy, keys in the schema's order), or REFUSED — for every invalid value, and for any valid value it
// is not sure of (an undefined field, an object with a prototype). REFUSED only means "let zod look at it", so every
// error still comes from zod. test/model/fast-accept.test.ts holds it to zod's answers on arbitrary values.

/** What an acceptor returns for a value zod must look at. */
export const REFUSED: unique symbol = Symbol('refused');

type Accept = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }[];
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  format?: string;
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

function numberCheck(def: Def): (value: number) => boolean {
  const tests = (def.checks ?? []).map(({ _zod: { def: check } }) => {
    const bound = check.value;
    if (typeof bound !== 'number') throw new Unsupported(check.check);
    if (check.check === 'greater_than') return check.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    if (check.check === 'less_than') return check.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    throw new Unsupported(check.check);
  });
  if (def.format !== undefined && def.format !== 'safeint') throw new Unsupported(def.format);
  const whole = def.format === 'safeint';
  return (value) => Number.isFinite(value) && (!whole || Number.isSafeInteger(value)) && tests.every((test) => test(value));
}

/** The definition of a schema the fast path may model at all: no coercion, no memory, checks only on numbers. */
function guarded(schema: z.ZodMiniType): Def {
  const def = defOf(schema);
  if (isRemembering(schema)) throw new Unsupported('a schema that remembers what it accepted');
  if (def.coerce) throw new Unsupported('coerce');
  if (def.type !== 'number' && (def.checks?.length ?? 0) > 0) throw new Unsupported(`${def.type} checks`);
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
    case 'number': {
      const ok = numberCheck(def);
      return (value) => (typeof value === 'number' && ok(value) ? value : REFUSED);
    }
    case 'array': {
      const item = build(def.element as z.ZodMiniType);
      return (value) => {
        if (!Array.isArray(value)) return REFUSED;
        const copy: unknown[] = [];
        for (let index = 0; index < value.length; index++) {
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
      return (value) => {
        if (!isPlainObject(value)) return REFUSED;
        for (const key of Object.keys(value)) if (!known.has(key) || value[key] === undefined) return REFUSED;
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
        return copy;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

const acceptors = new WeakMap<z.ZodMiniType, Accept | null>();

/**
 * The fast acceptor of `schema`, built on first use, or `null` when the schema uses a part it does not model (then
 * zod parses every value).
 */
export function acceptorOf(schema: z.ZodMiniType): Accept | null {
  let accept = acceptors.get(schema);
  if (accept === undefined) {
    try {
      accept = build(schema);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      accept = null;
    }
    acceptors.set(schema, accept);
  }
  return accept;
}

/**
 * {@link parseInput} with the fast path first: for what is parsed on every call of a hot function (the matcher's
 * symptom profile). Kept apart from `parseInput` so that bundles which never call it do not carry the fast path.
 */
export function parseFast<T extends z.ZodMiniType>(schema: T, value: unknown, subject: string): z.output<T> {
  const accept = acceptorOf(schema);
  if (accept !== null) {
    const accepted = accept(value);
    if (accepted !== REFUSED) return accepted as z.output<T>;
  }
  return parseInput(schema, value, subject);
}
