import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGGRAVATED_BY,
  LIKELIHOOD_RATIO_GRADES,
  LOCATIONS,
  matchConditions,
  ONSETS,
  PAIN_FREE_DURING,
  RED_FLAGS,
  REGIONS,
  SIDES,
  SIGNS,
  TRAINING_CHANGES,
  type SymptomProfile,
} from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const profile: fc.Arbitrary<SymptomProfile> = fc.record(
  {
    side: fc.constantFrom(...SIDES),
    region: fc.constantFrom(...REGIONS),
    locations: subset(LOCATIONS),
    aggravatedBy: subset(AGGRAVATED_BY),
    painFreeDuring: subset(PAIN_FREE_DURING),
    onset: fc.constantFrom(...ONSETS),
    trainingChange: subset(TRAINING_CHANGES),
    signs: subset(SIGNS),
    redFlags: subset(RED_FLAGS),
  },
  { requiredKeys: ['region'] },
);
const LIST_FIELDS = ['locations', 'aggravatedBy', 'painFreeDuring', 'trainingChange', 'signs', 'redFlags'] as const;

/** Every list-field finding of any condition that raises the condition's odds when present. */
const supportingListFindings = conditions.flatMap((condition) =>
  condition.findings
    .filter((finding) => (LIST_FIELDS as readonly string[]).includes(finding.field))
    .filter((finding) => LIKELIHOOD_RATIO_GRADES[finding.present] > LIKELIHOOD_RATIO_GRADES[finding.absent])
    .map((finding) => ({ conditionId: condition.id, field: finding.field as (typeof LIST_FIELDS)[number], value: finding.value })),
);

const scoreOf = (result: ReturnType<typeof matchConditions>, id: string) => result.matches.find((match) => match.conditionId === id)?.score;

describe('matchConditions, for any profile', () => {
  it('keeps every score in [0, 1]', () => {
    fc.assert(
      fc.property(profile, (input) => {
        for (const match of matchConditions(input).matches) {
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never lowers a condition’s score when a finding that supports it is added', () => {
    fc.assert(
      fc.property(profile, fc.constantFrom(...supportingListFindings), (input, { conditionId, field, value }) => {
        const without = { ...input, [field]: (input[field] ?? []).filter((entry: string) => entry !== value) };
        const withIt = { ...input, [field]: [...(without[field] ?? []), value] };
        const before = scoreOf(matchConditions(without), conditionId) ?? Number.NaN;
        const after = scoreOf(matchConditions(withIt), conditionId) ?? Number.NaN;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('keeps a condition an answer rules out at most at its prior times the rules-out ratio, whatever else fits', () => {
    const rulesOut = LIKELIHOOD_RATIO_GRADES['rules-out'];
    fc.assert(
      fc.property(profile, (input) => {
        for (const match of matchConditions(input).matches) {
          if (!match.against.some((reason) => reason.likelihoodRatio === rulesOut)) continue;
          const prior = conditions.find((condition) => condition.id === match.conditionId)?.prior.probability ?? Number.NaN;
          const cap = (prior / (1 - prior)) * rulesOut;
          expect(match.score).toBeLessThanOrEqual(cap / (1 + cap) + 1e-12);
        }
      }),
    );
  });

  it('requires referral whenever there is a red flag', () => {
    fc.assert(
      fc.property(profile, fc.constantFrom(...RED_FLAGS), (input, redFlag) => {
        const result = matchConditions({ ...input, redFlags: [...new Set([...(input.redFlags ?? []), redFlag])] });
        expect(result.referral.required).toBe(true);
        expect(result.referral.reasons.some((reason) => reason.kind === 'red-flag' && reason.redFlag === redFlag)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of list values', () => {
    fc.assert(
      fc.property(profile, (input) => {
        const reversed = Object.fromEntries(
          Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? [...value].reverse() : value]),
        ) as SymptomProfile;
        expect(matchConditions(reversed)).toEqual(matchConditions(input));
      }),
    );
  });
});
