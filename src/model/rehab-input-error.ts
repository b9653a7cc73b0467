import { escapeControl, quote } from './describe-value.js';

/**
 * One problem found in an input: where it is and what is wrong with it.
 *
 * @example
 * ```ts
 * const issue: RehabInputIssue = { path: ['startDate'], message: 'Expected a calendar date as YYYY-MM-DD, received "tomorrow"' };
 * ```
 */
export interface RehabInputIssue {
  /** Where the problem is, from the root of the input: property names and array indexes. Empty for the input itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a developer can act on. */
  readonly message: string;
}

/**
 * Marks every `RehabInputError`, from whichever copy of the library made it: an app that loads the package both as
 * CommonJS and as ESM (a dual-package app) has two classes, and `instanceof` must hold across them.
 */
const BRAND: unique symbol = Symbol.for('rehab-protocols.RehabInputError') as never;

/**
 * The one error this library throws for input it cannot use: a date that is not a calendar day, a distance that is
 * not a positive number, a protocol that fails its schema or its cross-checks, an option the protocol needs but did
 * not get. `issues` lists every problem found, each with its path.
 *
 * Any other error thrown from this library is a bug: please report it.
 *
 * @example
 * ```ts
 * import { generatePlan, RehabInputError } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * try {
 *   generatePlan(patellofemoralPain, { startDate: '2026-02-30', goalDistance: { value: 30, unit: 'mi' } });
 * } catch (error) {
 *   if (error instanceof RehabInputError) console.log(error.issues);
 *   //=> [{ path: ['startDate'], message: 'Expected a real calendar date as YYYY-MM-DD, received "2026-02-30"' }]
 * }
 * ```
 */
export class RehabInputError extends Error {
  /** Always `'RehabInputError'`, so the error can be told apart after serialization, where `instanceof` no longer works. */
  override readonly name = 'RehabInputError';
  /** Every problem found in the input, each with its path and a readable message. Never empty. */
  readonly issues: readonly RehabInputIssue[];

  /**
   * @param subject - What was being read, e.g. `generatePlan options` or `protocol "patellofemoral-pain"`.
   * @param issues - The problems found; at least one.
   */
  constructor(subject: string, issues: readonly RehabInputIssue[]) {
    // Subjects and messages can quote input (an id, a JSON parser's excerpt): control characters become visible
    // escapes so that a log line or a terminal shows the error as it is.
    const safe = issues.map((issue) => ({ path: issue.path, message: escapeControl(issue.message) }));
    const lines = safe.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    super(`Invalid ${escapeControl(subject)}:\n${lines.join('\n')}`);
    this.issues = safe;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * True for a `RehabInputError` from any copy of this library in the process (its CommonJS and its ESM build alike),
   * so that `error instanceof RehabInputError` holds in an app that loads both.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // The ordinary prototype check first (subclasses, Object.create); the brand only for this class itself, so that a
    // subclass never claims a plain RehabInputError.
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === RehabInputError && typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** A path as people read it: `phases[0].days.min`; `(input)` for the input itself. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? safeKey(key) : `.${safeKey(key)}`)).join('');
}

/** A key as a path shows it: plain when it is a plain name, quoted and escaped otherwise (`["\u{1b}[2J"]`). */
function safeKey(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? key : `[${quote(key)}]`;
}
