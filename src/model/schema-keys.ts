import type * as z from 'zod/mini';

// The field names a schema accepts at a path, read from the schema's own definition, so "Unknown field" errors can
// suggest the nearest valid one for any model — including vocabularies and fields added later — without a list to
// keep in step.

interface Definition {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: readonly z.ZodMiniType[];
  in?: z.ZodMiniType;
  left?: z.ZodMiniType;
  right?: z.ZodMiniType;
  getter?: () => z.ZodMiniType;
}

const definitionOf = (schema: z.ZodMiniType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** The schemas an input at `path` may be checked against (several inside a union). */
function schemasAt(schema: z.ZodMiniType, path: readonly PropertyKey[], depth = 0): z.ZodMiniType[] {
  if (depth > 64) return [];
  const def = definitionOf(schema);
  const unwrapped = def.innerType ?? def.in ?? def.getter?.();
  if (unwrapped && def.type !== 'object' && def.type !== 'array') return schemasAt(unwrapped, path, depth + 1);
  if (def.options) return def.options.flatMap((option) => schemasAt(option, path, depth + 1));
  if (def.left && def.right) return [...schemasAt(def.left, path, depth + 1), ...schemasAt(def.right, path, depth + 1)];
  if (path.length === 0) return [schema];
  const [key, ...rest] = path;
  if (def.type === 'array' && def.element && typeof key === 'number') return schemasAt(def.element, rest, depth + 1);
  if (def.type === 'object' && def.shape && typeof key === 'string' && Object.hasOwn(def.shape, key)) {
    return schemasAt(def.shape[key] as z.ZodMiniType, rest, depth + 1);
  }
  return [];
}

/** The field names an object at `path` in `schema` may have; empty when the schema is not known there. */
export function keysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const candidate of schemasAt(schema, path)) {
    const { shape } = definitionOf(candidate);
    if (shape) for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}
