import { expect } from 'vitest';
import { RehabInputError } from 'rehab-protocols';

const BAD_WORDS = ['NaN', 'Infinity', 'Invalid Date', 'undefined'];

/** Every string inside a value, to tell text that came from the input from text the library made up. */
function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  try {
    return [...Object.keys(value), ...Object.values(value)].flatMap((child) => stringsIn(child, seen));
  } catch {
    return [];
  }
}

/** Fails on NaN, ±Infinity, an invalid Date or an undefined property anywhere in `output`. */
function expectClean(output: unknown, input: unknown): void {
  const given = stringsIn(input).join('\n');
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
    else if (value === undefined) expect.fail(`${path} is undefined`);
    else if (value instanceof Date) expect(Number.isNaN(value.getTime()), `${path} is an invalid date`).toBe(false);
    else if (typeof value === 'string') {
      for (const word of BAD_WORDS) if (value.includes(word) && !given.includes(word)) expect.fail(`${path} says ${word}: ${value.slice(0, 200)}`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    }
  };
  visit(output, 'output');
}

/** Runs `call`: clean output, or a RehabInputError whose every issue has a path and a message. */
export function check(call: () => unknown, input: unknown): void {
  let output: unknown;
  try {
    output = call();
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.trim()).not.toBe('');
    }
    expect(error.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/u);
    return;
  }
  expectClean(output, input);
}

