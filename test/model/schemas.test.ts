import { describe, expect, it } from 'vitest';
import { DistanceSchema, DoseSchema, EvidenceSchema, IsoDateSchema, LoadSchema, RangeSchema } from 'rehab-protocols';

const cited = { kind: 'cited', sourceIds: ['founding-case'] } as const;

describe('RangeSchema', () => {
  it('accepts min <= max, including a single value', () => {
    expect(RangeSchema.parse({ min: 2, max: 5 })).toEqual({ min: 2, max: 5 });
    expect(RangeSchema.safeParse({ min: 3, max: 3 }).success).toBe(true);
  });

  it.each([
    [{ min: 5, max: 2 }],
    [{ min: -1, max: 2 }],
    [{ min: 0, max: Number.POSITIVE_INFINITY }],
    [{ min: Number.NaN, max: 1 }],
    [{ min: 1 }],
    [{ min: 1, max: 2, step: 1 }],
  ])('rejects %j', (range) => {
    expect(RangeSchema.safeParse(range).success).toBe(false);
  });
});

describe('DistanceSchema', () => {
  it('accepts a positive distance in mi or km', () => {
    expect(DistanceSchema.parse({ value: 5, unit: 'mi' })).toEqual({ value: 5, unit: 'mi' });
    expect(DistanceSchema.safeParse({ value: 0.1, unit: 'km' }).success).toBe(true);
  });

  it.each([[{ value: 0, unit: 'mi' }], [{ value: 5, unit: 'miles' }], [{ value: '5', unit: 'mi' }]])('rejects %j', (distance) => {
    expect(DistanceSchema.safeParse(distance).success).toBe(false);
  });
});

describe('IsoDateSchema', () => {
  it('accepts real calendar days, including leap days', () => {
    expect(IsoDateSchema.safeParse('2028-02-29').success).toBe(true);
  });

  it.each(['2027-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026-01-01T00:00'])('rejects %s', (date) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(false);
  });
});

describe('DoseSchema', () => {
  it('keeps a missing rep count missing', () => {
    const dose = DoseSchema.parse({ sets: { min: 2, max: 5 }, perSide: true, evidence: cited });
    expect(dose).toEqual({ sets: { min: 2, max: 5 }, perSide: true, evidence: cited });
    expect('reps' in dose).toBe(false);
  });

  it('holds tempo, load and rest when a source gives them', () => {
    const dose = {
      sets: { min: 4, max: 4 },
      reps: { min: 15, max: 15 },
      perSide: false,
      tempo: { concentricSeconds: 3, eccentricSeconds: 3 },
      load: { kind: 'repetition-maximum', rm: 15 },
      restSeconds: { min: 120, max: 180 },
      evidence: cited,
    };
    expect(DoseSchema.parse(dose)).toEqual(dose);
  });

  it('needs whole sets from 1', () => {
    expect(DoseSchema.safeParse({ sets: { min: 0, max: 2 }, perSide: true, evidence: cited }).success).toBe(false);
    expect(DoseSchema.safeParse({ sets: { min: 1.5, max: 2 }, perSide: true, evidence: cited }).success).toBe(false);
  });

  it('needs evidence for its numbers', () => {
    expect(DoseSchema.safeParse({ sets: { min: 2, max: 5 }, perSide: true }).success).toBe(false);
  });
});

describe('LoadSchema', () => {
  it('accepts each kind of load', () => {
    for (const load of [
      { kind: 'bodyweight' },
      { kind: 'repetition-maximum', rm: 6 },
      { kind: 'percent-mvc', percent: 70 },
      { kind: 'added-weight', value: 10, unit: 'kg' },
    ]) {
      expect(LoadSchema.parse(load)).toEqual(load);
    }
  });

  it('rejects an unknown kind', () => {
    expect(LoadSchema.safeParse({ kind: 'heavy' }).success).toBe(false);
  });
});

describe('EvidenceSchema', () => {
  it('marks a library default with its reason', () => {
    expect(EvidenceSchema.safeParse({ kind: 'library-default', reason: 'No source gives one.' }).success).toBe(true);
    expect(EvidenceSchema.safeParse({ kind: 'library-default', reason: ' ' }).success).toBe(false);
  });

  it('needs at least one source id when cited', () => {
    expect(EvidenceSchema.safeParse({ kind: 'cited', sourceIds: [] }).success).toBe(false);
  });
});
