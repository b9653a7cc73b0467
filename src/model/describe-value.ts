// Error messages quote what they were given. The value can be anything an app or a file hands over — a BigInt, a
// symbol, an object without a prototype, one whose toString throws, a string with terminal escape codes — so
// describing it must never throw and never pass control characters through to a log or a terminal.

const MAX_QUOTED = 60;

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional marks and overrides that
// can make text read differently from what it is.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with every control character and bidirectional mark written as a visible `\u{…}` escape. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

/** `"text"`, escaped and shortened to a readable length. */
export function quote(text: string): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return `"${escapeControl(short.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

/**
 * A short, safe description of any JavaScript value for an error message: `"2026-02-30"`, `42`, `10n`,
 * `a symbol`, `null`, `nothing`, `an array of 3`, `an object`. Never throws.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      return `${value.toString()}n (a BigInt)`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
      if (value instanceof Date) return 'a Date (pass the day as a "YYYY-MM-DD" string)';
      return 'an object';
  }
}
