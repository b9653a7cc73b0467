import { describe, expect, it } from 'vitest';
import { ConditionSchema, defineProtocol, generatePlan, matchConditions, ProtocolSchema, RehabInputError, type Protocol } from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { foundingProfile } from '../fixtures/founding-profile.js';

const goalDistance = { value: 30, unit: 'mi' } as const;

// zod returns a new object whenever it parses one; getting the very same object back shows it was not parsed again.
describe('validate once', () => {
  it('returns a protocol defineProtocol returned as it is, without parsing it again', () => {
    expect(ProtocolSchema.parse(patellofemoralPain)).toBe(patellofemoralPain);
    expect(ConditionSchema.parse(conditions[0])).toBe(conditions[0]);
  });

  it('parses a protocol an app built by hand, and remembers the result', () => {
    const copy = structuredClone(patellofemoralPain) as Protocol;
    const parsed = ProtocolSchema.parse(copy);
    expect(parsed).not.toBe(copy);
    expect(parsed).toEqual(copy);
    expect(ProtocolSchema.parse(parsed)).toBe(parsed);
    expect(defineProtocol(parsed)).toBe(parsed);
  });

  it('still rejects a hand-built copy that is invalid, even of a remembered protocol', () => {
    const copy = structuredClone(patellofemoralPain) as { -readonly [K in keyof Protocol]: Protocol[K] };
    copy.phases = [];
    expect(() => generatePlan(copy, { startDate: '2026-12-01', goalDistance })).toThrow(RehabInputError);
  });

  it('freezes what it remembers, so a remembered protocol cannot become invalid', () => {
    const parsed = ProtocolSchema.parse(structuredClone(patellofemoralPain));
    expect(Object.isFrozen(parsed.phases[0]?.days)).toBe(true);
    expect(() => {
      (parsed.phases[0]?.days as { max: number }).max = Number.MAX_SAFE_INTEGER;
    }).toThrow(TypeError);
    expect(generatePlan(parsed, { startDate: '2026-12-01', goalDistance }).days).toHaveLength(14);
  });

  it('keeps a hand-built condition list validated, element by element', () => {
    const broken = { ...conditions[0], prior: { ...conditions[0]?.prior, probability: 2 } };
    expect(() => matchConditions(foundingProfile, { conditions: [...conditions, broken] as never })).toThrow(RehabInputError);
    expect(matchConditions(foundingProfile, { conditions: [...conditions] }).matches).toHaveLength(conditions.length);
  });

  it('does not freeze the object an app passed in', () => {
    const copy = structuredClone(patellofemoralPain);
    ProtocolSchema.parse(copy);
    expect(Object.isFrozen(copy)).toBe(false);
  });
});
