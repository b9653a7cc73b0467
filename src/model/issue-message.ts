import type * as z from 'zod/mini';
import { describeValue, escapeControl } from './describe-value.js';
import type { RehabInputIssue } from './rehab-input-error.js';
import { keysAt } from './schema-keys.js';
import { didYouMean } from './suggest.js';

// zod's issues name what went wrong in zod's terms ("Unrecognized key", "Invalid option: expected one of …" with
// all ~40 values). These say it in the terms of the input: the unknown field with the nearest known one, the bad
// value with the nearest valid ones, a missing field as missing.

type Key = string | number;

/**
 * An issue as zod raises it, before it is rewritten: what the rewriting reads of it, and what the zod-free mirror
 * (plain-schema.ts) fills in to word it as zod's English locale does.
 */
export interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  /** An unknown key's names (`unrecognized_keys`). */
  keys?: readonly string[];
  /** The values an enum, a literal or a discriminator accepts. */
  values?: readonly unknown[];
  /** zod's name for the values a discriminated union's discriminator accepts (`invalid_union`). */
  options?: readonly unknown[];
  expected?: string;
  origin?: string;
  inclusive?: boolean;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  pattern?: string;
  /** zod's: true when the issue does not stop the schema's further checks; false when it stops even its length checks. */
  continue?: boolean;
}

const MAX_LISTED = 8;

/** The issues of a failed parse as the library reports them; `input` is what was parsed. */
export function toIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodMiniType, input: unknown): RehabInputIssue[] {
  return rewriteIssues(issues as readonly RawIssue[], (path) => keysAt(schema, path), input);
}

/** {@link toIssues} for any schema: `knownAt` gives the field names an object at a path may have. */
export function rewriteIssues(issues: readonly RawIssue[], knownAt: (path: readonly Key[]) => string[], input: unknown): RehabInputIssue[] {
  return issues.flatMap((issue) => rewrite(issue, knownAt, input));
}

function rewrite(issue: RawIssue, knownAt: (path: readonly Key[]) => string[], input: unknown): RehabInputIssue[] {
  const path: Key[] = issue.path.map((key) => (typeof key === 'symbol' ? '(a symbol key)' : key));
  if (issue.code === 'unrecognized_keys') {
    const known = knownAt(path);
    return (issue.keys ?? []).map((key) => ({ path: [...path, key], message: unknownField(key, known) }));
  }
  const values = issue.values ?? [];
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid') && values.length > 2) {
    return [{ path, message: unknownValue(issue.input, values) }];
  }
  // A discriminated union's tag ("kind") missing or unknown: zod says "Invalid input", its mirror "Invalid
  // discriminator value"; said here as any other field's missing or unknown value, with the values it takes.
  const tags = issue.code === 'invalid_union' ? (issue.values ?? issue.options ?? []) : [];
  if (tags.length > 0) {
    const given = valueAt(input, path);
    if (given === undefined) return [{ path, message: escapeControl(`Missing: one of ${tags.map((tag) => `"${String(tag)}"`).join(', ')}`) }];
    return [{ path, message: unknownValue(given, tags) }];
  }
  if (issue.code === 'invalid_type' && isMissing(input, path)) {
    const expected = issue.message.replace(/^Invalid input: /, '').replace(/,? received (undefined|nothing)$/, '');
    return [{ path, message: escapeControl(`Missing: ${expected.charAt(0).toLowerCase()}${expected.slice(1)}`) }];
  }
  const bound = issue.code === 'too_small' ? issue.minimum : issue.code === 'too_big' ? issue.maximum : undefined;
  // zod's own wording of a number's bound or of a whole number ("Too small: expected number to be >=0"), in the input's
  // terms; a schema's own message for them stays as written.
  if (typeof bound === 'number' && Math.abs(bound) < Number.MAX_SAFE_INTEGER && (issue.origin === 'number' || issue.origin === 'int') && /^Too (small|big)/.test(issue.message)) {
    const word = issue.code === 'too_small' ? (issue.inclusive === false ? 'greater than' : 'of at least') : issue.inclusive === false ? 'less than' : 'of at most';
    return [{ path, message: escapeControl(`Expected ${issue.origin === 'int' ? 'a whole number' : 'a number'} ${word} ${bound}, received ${describeValue(valueAt(input, path))}`) }];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int' && typeof valueAt(input, path) === 'number' && issue.message.startsWith('Invalid input')) {
    return [{ path, message: escapeControl(`Expected a whole number, received ${describeValue(valueAt(input, path))}`) }];
  }
  return [{ path, message: escapeControl(issue.message) }];
}

/** The value at a path of the input, or undefined where the path does not lead (read without running getters' throws). */
function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = safeGet(value, key);
  }
  return value;
}

function unknownField(key: string, known: readonly string[]): string {
  const suggestion = didYouMean(key, known);
  const list = suggestion === '' && known.length > 0 && known.length <= MAX_LISTED * 2 ? `. Known fields: ${known.join(', ')}` : '';
  const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
  return escapeControl(`Unknown field \`${shown}\`${suggestion}${list}`);
}

/** "Unknown value \"x\" — did you mean …?", or the values expected when none is close. */
export function unknownValue(value: unknown, values: readonly unknown[]): string {
  const names = values.map(String);
  const suggestion = typeof value === 'string' ? didYouMean(value, names, '"') : '';
  const list =
    names.length <= MAX_LISTED ? names.map((name) => `"${name}"`).join(', ') : `${names.slice(0, 3).map((name) => `"${name}"`).join(', ')} … (${names.length} values)`;
  return escapeControl(`Unknown value ${describeValue(value)}${suggestion}${suggestion ? '' : `; expected one of ${list}`}`);
}

/** Whether the path names a field its object does not have (as opposed to a field with a wrong value). */
function isMissing(input: unknown, path: readonly Key[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = safeGet(parent, key);
  }
  const last = path[path.length - 1] as Key;
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent) && !hasOwn(parent, last);
}

function safeGet(object: object, key: Key): unknown {
  try {
    return hasOwn(object, key) ? (object as Record<Key, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function hasOwn(object: object, key: Key): boolean {
  try {
    return Object.hasOwn(object, key);
  } catch {
    return false;
  }
}
