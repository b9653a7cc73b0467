import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan, IsoDateSchema, RehabInputError } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { addCalendarDays, civilFromDays, daysFromCivil, toDayNumber } from '../../src/plan/calendar.js';

const FIRST = daysFromCivil(1, 1, 1);
const LAST = daysFromCivil(9999, 12, 31);
const MS_PER_DAY = 86_400_000;
const goalDistance = { value: 30, unit: 'mi' } as const;

describe('the integer calendar', () => {
  it('counts days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2026, 12, 1)).toBe(Date.UTC(2026, 11, 1) / MS_PER_DAY);
    expect(civilFromDays(-1)).toBe('1969-12-31');
  });

  it('agrees with Date’s proleptic Gregorian calendar on every day from 0001-01-01 to 9999-12-31', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (days) => {
        const expected = new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
        expect(civilFromDays(days)).toBe(expected);
        expect(toDayNumber(expected)).toBe(days);
      }),
      { numRuns: 5000 },
    );
  });

  it('adds days across leap days, century years and the year 1 boundary', () => {
    expect(addCalendarDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addCalendarDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addCalendarDays('0001-12-31', 1)).toBe('0002-01-01');
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addCalendarDays('2026-12-01', -1)).toBe('2026-11-30');
  });
});

describe('the supported date range', () => {
  it('plans years 0001–0099 in those years, not in 1901–1999', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '0050-12-25', goalDistance });
    expect(plan.days[0]?.date).toBe('0050-12-25');
    expect(plan.endDate).toBe('0051-01-07');
  });

  it('plans before 1970', () => {
    expect(generatePlan(patellofemoralPain, { startDate: '1969-12-25', goalDistance }).endDate).toBe('1970-01-07');
  });

  it('plans a protocol that ends on 9999-12-31', () => {
    expect(generatePlan(patellofemoralPain, { startDate: '9999-12-18', goalDistance }).endDate).toBe('9999-12-31');
  });

  it('refuses a plan that would run past 9999-12-31, saying the latest start', () => {
    const attempt = () => generatePlan(patellofemoralPain, { startDate: '9999-12-19', goalDistance });
    expect(attempt).toThrow(RehabInputError);
    expect(attempt).toThrow(/start on 9999-12-18 or earlier/);
  });

  it('refuses year 0000', () => {
    expect(IsoDateSchema.safeParse('0000-01-01').success).toBe(false);
    expect(() => generatePlan(patellofemoralPain, { startDate: '0000-06-01', goalDistance })).toThrow(RehabInputError);
  });
});
