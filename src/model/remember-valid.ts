import type * as z from 'zod/mini';
import { dropUndefined } from './drop-undefined.js';
import { deepFreeze } from './freeze.js';
import { markClean } from './known-clean.js';

const remembered = new WeakMap<z.ZodMiniType, WeakSet<object>>();

/** True for a schema made with {@link rememberValid}: its parse must go through zod, which remembers. */
export function isRemembering(schema: z.ZodMiniType): boolean {
  return remembered.has(schema);
}

/**
 * True when every item of `list` is an object `schema` (made with {@link rememberValid}) accepted before: such a list
 * needs no parsing at all, not even zod's walk over its items. For the matcher's conditions, the catalogue's always.
 */
export function allAccepted(schema: z.ZodMiniType, list: unknown): list is readonly object[] {
  const valid = remembered.get(schema);
  if (valid === undefined || !Array.isArray(list) || list.length === 0) return false;
  for (const item of list as unknown[]) if (typeof item !== 'object' || item === null || !valid.has(item)) return false;
  return true;
}

/**
 * Makes `schema` remember what it accepted: each value it outputs is deep-frozen and kept in a `WeakSet` (`valid`,
 * when the library also adds to it without the schema: the plans it makes and the catalogue it ships, `memory.ts`), and when
 * that same object comes back — alone or inside a list another schema parses — it is returned as it is, without
 * being parsed again. Freezing is what makes this safe: a remembered object can never become invalid. Objects an
 * app builds by hand are new objects, so they are always validated.
 *
 * Why: an app's protocols and conditions are validated when their module is imported (`defineProtocol`,
 * `defineCondition`), and the catalogue's are remembered without parsing (`trustCatalogue`); re-validating them on
 * every `generatePlan` or `matchConditions` call was most of those calls' time. The wrapper sits on the schema itself, so every path that parses it — directly, inside `z.array` (the
 * matcher's conditions, `planForProfile`'s protocols) — shares the memory, and JSON Schema generation still sees the
 * schema's own definition. `_zod.run` is what zod calls to parse a schema, alone or nested; it is internal to zod,
 * so test/model/validate-once.test.ts fails if an upgrade changes it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rememberValid<T extends z.ZodMiniType>(schema: T, valid: WeakSet<object> = new WeakSet<object>()): T {
  remembered.set(schema, valid);
  const run = schema._zod.run;
  schema._zod.run = (payload, ctx) => {
    const input = payload.value;
    if (ctx.direction !== 'backward' && typeof input === 'object' && input !== null && valid.has(input)) return payload;
    const result = run(payload, ctx);
    if (result instanceof Promise || ctx.direction === 'backward' || result.issues.length > 0) return result;
    if (typeof result.value === 'object' && result.value !== null) {
      // Cleaned before it is frozen and remembered, so that parsing it again (alone or in a list) needs no walk.
      const cleaned: object = deepFreeze(dropUndefined(result.value));
      result.value = cleaned;
      valid.add(cleaned);
      markClean(cleaned);
    }
    return result;
  };
  return schema;
}
