import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGGRAVATED_BY,
  answerQuestion,
  BACKGROUND,
  LOCATIONS,
  matchConditions,
  ONSETS,
  PAIN_FREE_DURING,
  planForProfile,
  RED_FLAGS,
  REGIONS,
  SEXES,
  SIDES,
  SIGNS,
  TRAINING_CHANGES,
  type Condition,
  type SymptomProfile,
} from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';

const LISTS = {
  otherRegions: REGIONS,
  locations: LOCATIONS,
  aggravatedBy: AGGRAVATED_BY,
  painFreeDuring: PAIN_FREE_DURING,
  trainingChange: TRAINING_CHANGES,
  signs: SIGNS,
  redFlags: RED_FLAGS,
  background: BACKGROUND,
} as const;
type ListField = keyof typeof LISTS;
const listFields = Object.keys(LISTS) as ListField[];

const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 4 });
/** Profiles as an app fills them: any field may be left out (not asked); `asked` names single questions. */
const profile: fc.Arbitrary<SymptomProfile> = fc.record(
  {
    side: fc.constantFrom(...SIDES),
    region: fc.constantFrom(...REGIONS),
    otherRegions: subset(REGIONS),
    locations: subset(LOCATIONS),
    aggravatedBy: subset(AGGRAVATED_BY),
    painFreeDuring: subset(PAIN_FREE_DURING),
    onset: fc.constantFrom(...ONSETS),
    trainingChange: subset(TRAINING_CHANGES),
    signs: subset(SIGNS),
    redFlags: subset(RED_FLAGS),
    background: subset(BACKGROUND),
    age: fc.integer({ min: 10, max: 90 }),
    sex: fc.constantFrom(...SEXES),
    asked: fc.record({ locations: subset(LOCATIONS), aggravatedBy: subset(AGGRAVATED_BY), redFlags: subset(RED_FLAGS) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['region'] },
);
const noRedFlags = profile.map(({ redFlags: _flags, background: _background, ...rest }) => ({ ...rest, redFlags: [] }) as SymptomProfile);
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } } as const;

/** The conditions with every finding on a field the profile was not asked about removed; undefined if one is left empty. */
function withoutUnasked(input: SymptomProfile): Condition[] | undefined {
  const unasked = new Set<string>(listFields.filter((field) => input[field] === undefined && input.asked?.[field as 'locations'] === undefined));
  if (input.side === undefined) unasked.add('side');
  if (input.onset === undefined) unasked.add('onset');
  if (input.sex === undefined) unasked.add('sex');
  if (input.age === undefined) unasked.add('ageGroup');
  // A red flag the rest of the profile shows (hopping hurts at a bone site, groin pain in a runner) is reported, asked
  // or not: its findings stay.
  const shown = new Set(matchConditions(input).referral.reasons.flatMap((reason) => (reason.kind === 'red-flag' ? [reason.redFlag as string] : [])));
  const stripped = conditions.map((condition) => ({
    ...condition,
    findings: condition.findings.filter((finding) => !unasked.has(finding.field) || (finding.field === 'redFlags' && shown.has(finding.value))),
  }));
  return stripped.every((condition) => condition.findings.length > 0) ? stripped : undefined;
}

describe('the matcher, for any profile an app may send', () => {
  it('never lets a finding that was not asked change a score', () => {
    fc.assert(
      fc.property(profile, (input) => {
        const stripped = withoutUnasked(input);
        fc.pre(stripped !== undefined);
        if (stripped === undefined) return;
        const full = matchConditions(input).matches;
        const reduced = matchConditions(input, { conditions: stripped }).matches;
        for (const match of full) {
          expect(reduced.find((entry) => entry.conditionId === match.conditionId)?.score).toBeCloseTo(match.score, 12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refers whenever a red flag is present, and never plans', () => {
    fc.assert(
      fc.property(profile, fc.constantFrom(...RED_FLAGS), (input, redFlag) => {
        const flagged = { ...input, redFlags: [...new Set([...(input.redFlags ?? []), redFlag])] };
        expect(matchConditions(flagged).referral.required).toBe(true);
        expect(planForProfile(flagged, options).kind).toBe('referral');
      }),
      { numRuns: 300 },
    );
  });

  it('never plans while a refer-only condition is plausible', () => {
    fc.assert(
      fc.property(profile, (input) => {
        const plausible = matchConditions(input).referral.reasons.some((reason) => reason.kind === 'refer-only-condition');
        if (plausible) expect(planForProfile(input, options).kind).not.toBe('plan');
      }),
      { numRuns: 300 },
    );
  });

  it('reaches a plan or a referral by answering the questions, whatever the answers', () => {
    fc.assert(
      fc.property(noRedFlags, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (input, answers) => {
        let current: SymptomProfile = input;
        let result = planForProfile(current, options);
        let asked = 0;
        while (result.kind === 'questions') {
          expect(result.questions.length).toBeGreaterThan(0);
          const [question] = result.questions;
          if (question === undefined) break;
          current = answerQuestion(current, question, answers[asked] ?? false);
          asked += 1;
          expect(asked).toBeLessThanOrEqual(60);
          result = planForProfile(current, options);
        }
        expect(['plan', 'referral']).toContain(result.kind);
      }),
      { numRuns: 150 },
    );
  });
});
