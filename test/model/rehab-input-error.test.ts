import { describe, expect, it } from 'vitest';
import { RehabInputError } from 'rehab-protocols';

// `instanceof RehabInputError` holds across the package's CommonJS and ESM copies (a brand; test/package/node-build
// checks the two copies), and is otherwise the ordinary check.
describe('instanceof RehabInputError', () => {
  const issues = [{ path: [], message: 'm' }];
  class Narrower extends RehabInputError {
    readonly extra = 1;
  }

  it('holds for the error, a subclass’s and its prototype’s objects, and not for other errors', () => {
    expect(new RehabInputError('x', issues)).toBeInstanceOf(RehabInputError);
    expect(new Narrower('x', issues)).toBeInstanceOf(RehabInputError);
    expect(Object.create(RehabInputError.prototype)).toBeInstanceOf(RehabInputError);
    expect(new Error('x') instanceof RehabInputError).toBe(false);
    expect(Object.assign(new Error('x'), { name: 'RehabInputError', issues }) instanceof RehabInputError).toBe(false);
    expect((null as unknown as object) instanceof RehabInputError).toBe(false);
  });

  it('never lets a subclass claim a plain RehabInputError', () => {
    expect(new RehabInputError('x', issues) instanceof Narrower).toBe(false);
    expect(new Narrower('x', issues) instanceof Narrower).toBe(true);
  });

  it('holds for an error from another copy of the class, which carries the shared brand', () => {
    const other = Object.defineProperty(new Error('x'), Symbol.for('rehab-protocols.RehabInputError'), { value: true });
    expect(other instanceof RehabInputError).toBe(true);
  });
});
