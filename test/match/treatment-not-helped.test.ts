import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, nextQuestions, planForProfile, QUESTION_TEXTS, RED_FLAGS, REGIONS, type PlanForProfileResult, type SymptomProfile } from 'rehab-protocols';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { midportion, plantarHeel } from '../fixtures/textbook-profiles.js';

// A runner whose pain a clinician has already treated without it getting better (physiotherapy, exercises the clinician
// gave, injections, a boot or cast, an operation) needs it looked at again, not another self-managed plan of the same
// kind: of the 25 public pages and case reports whose runners say so, the clinicians sent 19 on. What the runner sees
// next: a referral that says why, whatever else fits; and, where the app has not asked, the question before any plan.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

// Profiles that get a plan, every list asked.
const planned = [foundingProfile, plantarHeel, midportion];

const reasonOf = (result: PlanForProfileResult) => (result.kind === 'referral' ? result.reasons.find((reason) => reason.kind === 'red-flag' && reason.redFlag === 'treatment-not-helped') : undefined);

describe("a clinician's treatment that has not helped", () => {
  it('turns each plan into a referral that says why, with or without the diagnosis the clinician gave', () => {
    for (const profile of planned) {
      const plan = planForProfile(profile, options);
      expect(plan.kind).toBe('plan');
      if (plan.kind !== 'plan') continue;
      const notHelped = { ...profile, redFlags: ['treatment-not-helped' as const] };
      const result = planForProfile(notHelped, options);
      expect(result.kind).toBe('referral');
      expect(reasonOf(result)?.message).toMatch(/has not helped/);
      expect(reasonOf(result)?.message).toMatch(/look at it again/);
      const diagnosed = planForProfile({ ...notHelped, diagnosedAs: plan.match.conditionId }, options);
      expect(reasonOf(diagnosed)).toBeDefined();
    }
  });

  it('is asked before any plan where the app has not asked it, and a yes refers, a no lets the plan through', () => {
    // The founding runner as an app that has not yet asked the red flags would hold it.
    const { redFlags: _, ...unasked } = foundingProfile;
    const first = planForProfile(unasked, options);
    expect(first.kind).toBe('questions');
    if (first.kind !== 'questions') return;
    const question = first.questions.find((entry) => entry.field === 'redFlags' && entry.value === 'treatment-not-helped');
    expect(question?.kind).toBe('red-flag');
    expect(question?.text).toBe(QUESTION_TEXTS.redFlags?.['treatment-not-helped']);
    expect(question?.text).toMatch(/more than rest or painkillers/);
    // Every red flag answered "no" but this one.
    const answerAll = (yes: boolean) => first.questions.reduce((profile, entry) => answerQuestion(profile, entry, entry === question ? yes : false), unasked as SymptomProfile);
    expect(reasonOf(planForProfile(answerAll(true), options))).toBeDefined();
    expect(planForProfile(answerAll(false), options).kind).toBe('plan');
    // Not sure refers too, as for every red flag: a clinician can say.
    const unsure = first.questions.reduce((profile, entry) => answerQuestion(profile, entry, entry === question ? 'unsure' : false), unasked as SymptomProfile);
    expect(planForProfile(unsure, options).kind).toBe('referral');
  });

  it('is screened in every region, after the region\'s other red flags, and listed by nextQuestions', () => {
    for (const region of REGIONS) {
      const profile: SymptomProfile = { region, aggravatedBy: ['running'] };
      const result = planForProfile(profile, options);
      expect(result.kind, region).toBe('questions');
      if (result.kind !== 'questions') continue;
      const flags = result.questions.filter((question) => question.kind === 'red-flag');
      const asked = flags.at(-1);
      expect(asked?.value, region).toBe('treatment-not-helped');
      if (asked === undefined) continue;
      expect(nextQuestions(profile, { limit: 50 }).map((question) => question.value), region).toContain('treatment-not-helped');
      // Answered "yes" alone, it refers in every region, in its own words.
      const yes = answerQuestion(profile, asked, true);
      expect(reasonOf(planForProfile(yes, options))?.message, region).toMatch(/not urgent unless the pain is getting worse/);
    }
  });

  it('never leaves a plan, whatever other red flags and answers come with it (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...planned), fc.subarray([...RED_FLAGS]), (profile, others) => {
        const result = planForProfile({ ...profile, redFlags: [...others, 'treatment-not-helped'] }, options);
        expect(result.kind).toBe('referral');
        expect(reasonOf(result)).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });
});
