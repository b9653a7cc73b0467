import { dropUndefined } from './drop-undefined.js';
import { checkInputBounds } from './input-bounds.js';
import { withHint } from './input-hint.js';
import { rewriteIssues, type RawIssue } from './issue-message.js';
import { RehabInputError } from './rehab-input-error.js';
import { codePoints } from './code-points.js';

// zod, without zod: just enough of its parser to read what `generatePlan` is given (a protocol and its options)
// without bringing zod (about 10 kB gzip) into an app's bundle. The zod schemas stay the single source of truth — of
// the types, the JSON Schemas, every other entry point — and src/model/plain-inputs.ts mirrors the two that
// generatePlan reads with the parts below. Each part does what its zod counterpart does: the same checks in the same
// order, the same issues (codes, paths, the English locale's messages or the schema's own), the same output (a fresh
// object, keys in the schema's order; a URL trimmed). zod runs a schema's checks after its type check only while no
// issue aborted the value, and its length checks even then (unless an issue aborted explicitly): so do these.
// test/model/plain-schema.test.ts holds the mirror to zod on arbitrary and mutated inputs.

type Key = string | number;

/** A custom message: the schema's `error`, given the issue. */
export type Message = (issue: RawIssue) => string;

/** Adds an issue; its message is the check's own, else the schema's, else the English locale's. */
type Raise = (issue: Omit<RawIssue, 'message' | 'path'> & { path?: Key[] }, own?: Message) => void;

interface Check {
  /** Runs even after a type error (zod's `when`), unless an issue aborted explicitly. */
  when?: (value: unknown) => boolean;
  run: (value: never, raise: Raise) => void;
}

/** One schema of the mirror: what it parses, and what an "Unknown field" message needs to know of its shape. */
export interface PlainSchema {
  /** Parses `value`, adding its issues (paths from `value`) to `issues`; returns the output. */
  run(value: unknown, issues: RawIssue[]): unknown;
  shape?: Readonly<Record<string, PlainSchema>>;
  element?: PlainSchema;
  inner?: PlainSchema;
  options?: readonly PlainSchema[];
  optional?: boolean;
  /** The values an enum or a literal accepts. */
  values?: readonly unknown[];
}

/** zod's name for the type of a value, as its messages say it ("received array", "received Date"). */
function typeName(value: unknown): string {
  const type = typeof value;
  if (type === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (type !== 'object') return type;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const object = value as { constructor?: { name: string } };
  if (Object.getPrototypeOf(object) !== Object.prototype && 'constructor' in object && object.constructor) return object.constructor.name;
  return 'object';
}

const shown = (value: unknown) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${String(value)}`);

/** zod's English locale, for the issues these schemas raise. */
function english(issue: RawIssue): string {
  const values = issue.values ?? [];
  const units = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : undefined;
  const bound = (word: string, sign: string, limit: unknown) =>
    `Too ${word}: expected ${issue.origin} to ${units ? 'have' : 'be'} ${sign}${issue.inclusive ? '=' : ''}${String(limit)}${units ?? ''}`;
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return values.length === 1 ? `Invalid input: expected ${shown(values[0])}` : `Invalid option: expected one of ${values.map(shown).join('|')}`;
    case 'too_small':
      return bound('small', '>', issue.minimum);
    case 'too_big':
      return bound('big', '<', issue.maximum);
    case 'invalid_format':
      return issue.pattern ? `Invalid string: must match pattern ${issue.pattern}` : issue.format === 'url' ? 'Invalid URL' : 'Invalid ISO date';
    case 'invalid_union':
      return `Invalid discriminator value. Expected ${values.map((value) => `'${String(value)}'`).join(' | ')}`;
    default:
      return 'Invalid input';
  }
}

/** A schema: its type check (`parse`, which returns the output), then its checks as zod runs them. */
function schema(parse: (value: unknown, raise: Raise, issues: RawIssue[]) => unknown, checks: readonly Check[] = [], error?: Message, parts: Omit<PlainSchema, 'run'> = {}): PlainSchema {
  return {
    ...parts,
    run(value, issues) {
      const raise: Raise = (issue, own) => {
        const full = { ...issue, path: issue.path ?? [], message: '' };
        full.message = (own ?? error ?? english)(full);
        issues.push(full);
      };
      const output = parse(value, raise, issues);
      let aborted = issues.some((issue) => issue.continue !== true);
      for (const check of checks) {
        if (check.when) {
          if (issues.some((issue) => issue.continue === false) || !check.when(output)) continue;
        } else if (aborted) continue;
        const before = issues.length;
        check.run(output as never, raise);
        aborted ||= issues.slice(before).some((issue) => issue.continue !== true);
      }
      return output;
    },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds a child's issues under `key`. */
function under(key: Key, child: readonly RawIssue[], issues: RawIssue[]): void {
  for (const issue of child) issues.push({ ...issue, path: [key, ...issue.path] });
}

const typed = (expected: string, test: (value: unknown) => boolean) => (value: unknown, raise: Raise) => {
  if (!test(value)) raise({ code: 'invalid_type', expected, input: value });
  return value;
};

/** `z.string()`, with its checks. */
export const string = (checks: readonly Check[] = [], error?: Message) => schema(typed('string', (value) => typeof value === 'string'), checks, error);

/** `z.number()`: finite. */
export const number = (checks: readonly Check[] = [], error?: Message) =>
  schema(typed('number', (value) => typeof value === 'number' && Number.isFinite(value)), checks, error);

/** `z.int()`: a number, then its own check that it is a safe integer. */
export const int = (checks: readonly Check[] = [], error?: Message) =>
  number(
    [
      {
        run: (value: number, raise) => {
          if (!Number.isInteger(value)) raise({ code: 'invalid_type', expected: 'int', input: value, continue: false });
          else if (!Number.isSafeInteger(value)) {
            const big = value > 0;
            raise({ code: big ? 'too_big' : 'too_small', origin: 'int', inclusive: true, [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER, input: value, continue: true });
          }
        },
      },
      ...checks,
    ],
    error,
  );

/** `z.boolean()`. */
export const boolean = () => schema(typed('boolean', (value) => typeof value === 'boolean'));

/** `z.enum(values)` and `z.literal(value)`. */
export const oneOf = (values: readonly unknown[], error?: Message) =>
  schema(
    (value, raise) => {
      if (!values.includes(value)) raise({ code: 'invalid_value', values, input: value });
      return value;
    },
    [],
    error,
    { values },
  );

const bound =
  (code: 'too_small' | 'too_big', inclusive: boolean) =>
  (limit: number, own?: Message): Check => ({
    run: (value: number, raise) => {
      const ok = code === 'too_small' ? (inclusive ? value >= limit : value > limit) : inclusive ? value <= limit : value < limit;
      if (!ok) raise({ code, origin: 'number', inclusive, [code === 'too_small' ? 'minimum' : 'maximum']: limit, input: value, continue: true }, own);
    },
  });

/** `z.gte`, `z.gt`, `z.lte`. */
export const gte = bound('too_small', true);
export const gt = bound('too_small', false);
export const lte = bound('too_big', true);


/** `z.minLength` and `z.maxLength`: run on anything with a length, even after a type error, as zod's do. */
const length =
  (code: 'too_small' | 'too_big') =>
  (limit: number, own?: Message): Check => ({
    when: (value) => value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined,
    run: (value: { length: number }, raise) => {
      const size = typeof value === 'string' ? codePoints(value) : value.length;
      if (code === 'too_small' ? size >= limit : size <= limit) return;
      const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
      raise({ code, origin, inclusive: true, [code === 'too_small' ? 'minimum' : 'maximum']: limit, input: value, continue: true }, own);
    },
  });
export const minLength = length('too_small');
export const maxLength = length('too_big');

/** `z.regex`, and a string format's pattern (`format` names it, and then the message is the schema's). */
export const pattern = (regex: RegExp, own?: Message, format?: string): Check => ({
  run: (value: string, raise) => {
    regex.lastIndex = 0;
    if (!regex.test(value)) raise({ code: 'invalid_format', format: format ?? 'regex', ...(format ? {} : { pattern: String(regex) }), input: value, continue: true }, own);
  },
});

/** `z.refine`: a custom issue at `path` when `test` fails. */
export const refine = <T>(test: (value: T) => boolean, own: Message, path: Key[] = []): Check => ({
  run: (value: T, raise) => {
    if (!test(value)) raise({ code: 'custom', input: value, path: [...path], continue: true }, own);
  },
});

/** `z.superRefine` pushing `{ path, message }` issues. */
export const crossCheck = <T>(issuesOf: (value: T) => readonly { path: readonly Key[]; message: string }[]): Check => ({
  run: (value: T, raise) => {
    for (const { path, message } of issuesOf(value)) raise({ code: 'custom', input: value, path: [...path] }, () => message);
  },
});

function canParse(text: string): boolean {
  try {
    if (typeof URL.canParse === 'function') return URL.canParse(text);
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** `z.url()`: a string the URL parser reads once trimmed; the output is trimmed, without tabs and line breaks. */
export const url = () =>
  schema((value, raise) => {
    if (typeof value !== 'string') {
      raise({ code: 'invalid_type', expected: 'string', input: value });
      return value;
    }
    const trimmed = value.trim();
    if (canParse(trimmed)) return trimmed.replace(/[\t\n\r]/g, '');
    raise({ code: 'invalid_format', format: 'url', input: value, continue: true });
    return value;
  });

/** `z.optional(inner)`. */
export const optional = (inner: PlainSchema): PlainSchema => ({ inner, optional: true, run: (value, issues) => (value === undefined ? value : inner.run(value, issues)) });

/** `z.array(element)`, with its checks. */
export const array = (element: PlainSchema, checks: readonly Check[] = []) =>
  schema(
    (value, raise, issues) => {
      if (!Array.isArray(value)) {
        raise({ code: 'invalid_type', expected: 'array', input: value });
        return value;
      }
      const output: unknown[] = Array(value.length);
      for (let index = 0; index < value.length; index++) {
        const child: RawIssue[] = [];
        output[index] = element.run(value[index], child);
        under(index, child, issues);
      }
      return output;
    },
    checks,
    undefined,
    { element },
  );

/** `z.strictObject(shape)`, with its checks: the fields in the shape's order, then the unknown keys. */
export const object = (shape: Record<string, PlainSchema>, checks: readonly Check[] = []) =>
  schema(
    (value, raise, issues) => {
      if (!isObject(value)) {
        raise({ code: 'invalid_type', expected: 'object', input: value });
        return value;
      }
      const output: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const present = key in value;
        if (!present && field.optional) continue;
        const child: RawIssue[] = [];
        const parsed = field.run(value[key], child);
        under(key, child, issues);
        if (present) output[key] = parsed;
      }
      const unknown: string[] = [];
      for (const key in value) if (!Object.hasOwn(shape, key)) unknown.push(key);
      if (unknown.length > 0) raise({ code: 'unrecognized_keys', keys: unknown, input: value, continue: true });
      return output;
    },
    checks,
    undefined,
    { shape },
  );

/** `z.discriminatedUnion(key, options)`: the option `key` names, each option's `key` a literal. */
export const union = (key: string, options: readonly PlainSchema[]) => {
  const byValue = new Map<unknown, PlainSchema>();
  for (const option of options) byValue.set(option.shape?.[key]?.values?.[0], option);
  return schema(
    (value, raise, issues) => {
      if (!isObject(value)) {
        raise({ code: 'invalid_type', expected: 'object', input: value });
        return value;
      }
      const option = byValue.get(value[key]);
      if (option) return option.run(value, issues);
      raise({ code: 'invalid_union', values: [...byValue.keys()], path: [key], input: value });
      return value;
    },
    [],
    undefined,
    { options },
  );
};

/**
 * Makes `inner` remember what it accepted, as `rememberValid` does for a zod schema: an object in `valid` is taken as
 * it is; a value accepted is cleaned of undefined fields, deep-frozen and added to `valid`.
 */
export const remembering = (inner: PlainSchema, valid: WeakSet<object>, keep: (value: object) => object): PlainSchema => ({
  ...inner,
  run(value, issues) {
    if (typeof value === 'object' && value !== null && valid.has(value)) return value;
    const output = inner.run(value, issues);
    return issues.length === 0 && typeof output === 'object' && output !== null ? keep(output) : output;
  },
});

/** The schemas an input at `path` may be checked against (several inside a union). */
function schemasAt(plain: PlainSchema, path: readonly Key[]): PlainSchema[] {
  if (plain.inner) return schemasAt(plain.inner, path);
  if (plain.options) return plain.options.flatMap((option) => schemasAt(option, path));
  if (path.length === 0) return [plain];
  const [key, ...rest] = path;
  if (plain.element && typeof key === 'number') return schemasAt(plain.element, rest);
  if (plain.shape && typeof key === 'string' && Object.hasOwn(plain.shape, key)) return schemasAt(plain.shape[key] as PlainSchema, rest);
  return [];
}

/** The field names an object at `path` may have, as `keysAt` reads them from a zod schema. */
function keysAt(plain: PlainSchema, path: readonly Key[]): string[] {
  return [...new Set(schemasAt(plain, path).flatMap((candidate) => Object.keys(candidate.shape ?? {})))];
}

/**
 * {@link parseInput} with a mirror schema: the same bounds, the same issues rewritten the same way, the same output
 * with undefined fields dropped; or one {@link RehabInputError}.
 */
export function parsePlain<T>(plain: PlainSchema, value: unknown, subject: string): T {
  checkInputBounds(value, subject);
  const issues: RawIssue[] = [];
  const output = plain.run(value, issues);
  if (issues.length === 0) return dropUndefined(output) as T;
  throw new RehabInputError(
    subject,
    rewriteIssues(issues, (path) => keysAt(plain, path), value).map((issue) => withHint(subject, issue, value)),
  );
}
