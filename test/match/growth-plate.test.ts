import { describe, expect, it } from 'vitest';
import { nextQuestions, planForProfile, REGIONS, type PlanForProfileResult, type SymptomProfile } from 'rehab-protocols';
import { answerEach } from '../fixtures/answer-each.js';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { plantarHeel } from '../fixtures/textbook-profiles.js';

// A runner who is still growing can hurt a growth plate: the top of the thigh bone (a slipped capital femoral epiphysis,
// felt in the hip, groin, thigh or knee, and easily missed), the pelvis where a muscle pulls on it, the back of the heel
// bone (Sever's disease). The adult plans are not their treatment: the matcher refers before any plan. What the runner
// sees next: the question (by age, or at the knee a limp or pain higher up), then a referral in words for where it hurts.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

/** The profile with its red flags not yet asked: the matcher screens them. */
const unscreened = ({ redFlags: _asked, ...profile }: SymptomProfile): SymptomProfile => profile;

/** Answers every question the matcher asks, one at a time: `growth-plate` as given, everything else "no". */
const answerAll = (profile: SymptomProfile, growing: boolean | 'unsure') => answerEach(profile, options, (question) => (question.value === 'growth-plate' ? growing : false));

const growthPlate = (result: PlanForProfileResult) =>
  result.kind === 'referral' ? result.reasons.find((reason) => reason.kind === 'red-flag' && reason.redFlag === 'growth-plate') : undefined;

/** A gluteal tendinopathy as a runner tells it, every list asked. */
const lateralHip: SymptomProfile = {
  region: 'hip',
  side: 'right',
  onset: 'gradual',
  locations: ['greater-trochanter', 'lateral'],
  aggravatedBy: ['running', 'lying-on-side', 'stairs-ascent'],
  painFreeDuring: [],
  signs: ['tender-to-touch'],
  trainingChange: [],
  redFlags: [],
  background: [],
};

describe('a runner who is still growing', () => {
  it('with plantar heel pain at 11 is referred for the growth plate of the heel, where the same heel at 25 gets its plan', () => {
    const adult = planForProfile({ ...plantarHeel, age: 25 }, options);
    expect(adult.kind === 'plan' && adult.match.conditionId).toBe('plantar-heel-pain');
    const child = planForProfile({ ...plantarHeel, age: 11 }, options);
    expect(child.kind).toBe('referral');
    expect(growthPlate(child)?.message).toMatch(/^You describe pain in the heel, at 11\. .*Sever's disease/);
    // The heel's words: not the hip's slipped growth plate.
    expect(growthPlate(child)?.message).not.toMatch(/thigh bone/);
  });

  it.each(['hip', 'thigh'] as const)('with pain in the %s at 15 is referred for a slipped growth plate of the thigh bone, within days', (region) => {
    const profile: SymptomProfile = { ...lateralHip, region, age: 15 };
    const result = planForProfile(profile, options);
    expect(result.kind).toBe('referral');
    expect(growthPlate(result)?.message).toMatch(/slipped capital femoral epiphysis/);
    expect(growthPlate(result)?.message).toMatch(/within days/);
  });

  it('at 17 is still referred, at 18 is not asked: 18 is the line', () => {
    expect(growthPlate(planForProfile({ ...lateralHip, age: 17 }, options))).toBeDefined();
    const grown = planForProfile({ ...unscreened(lateralHip), age: 18 }, options);
    expect(growthPlate(grown)).toBeUndefined();
    expect(nextQuestions({ ...unscreened(lateralHip), age: 18 }, { limit: 40 }).map((question) => question.value)).not.toContain('growth-plate');
  });

  it('with knee pain at 13 is asked about a limp or pain higher up before the plan: "yes" refers, "no" plans', () => {
    const knee: SymptomProfile = { ...unscreened(foundingProfile), age: 13 };
    const yes = answerAll(knee, true);
    expect(yes.asked).toContain('growth-plate');
    expect(growthPlate(yes.result)?.message).toMatch(/hip, groin, thigh or knee/);
    const no = answerAll(knee, false);
    expect(no.result.kind === 'plan' && no.result.match.conditionId).toBe('patellofemoral-pain');
    const question = nextQuestions(knee, { limit: 40 }).find((entry) => entry.value === 'growth-plate');
    expect(question?.text).toBe('Do you limp, or do you have pain in the hip, groin or thigh as well?');
  });

  it('with knee pain and thigh pain as well at 13 is referred without a question', () => {
    const result = planForProfile({ ...foundingProfile, otherRegions: ['thigh'], age: 13 }, options);
    expect(growthPlate(result)?.message).toMatch(/^You describe pain in the knee and thigh, at 13\./);
  });

  it('of unknown age is asked "Are you under 18?" at the hip, thigh and heel, and a "yes" or "not sure" refers', () => {
    for (const profile of [unscreened(lateralHip), unscreened({ ...lateralHip, region: 'thigh' }), unscreened(plantarHeel)]) {
      const question = nextQuestions(profile, { limit: 40 }).find((entry) => entry.value === 'growth-plate');
      expect(question?.text).toBe('Are you under 18?');
      expect(growthPlate(answerAll(profile, true).result)).toBeDefined();
      expect(growthPlate(answerAll(profile, 'unsure').result)).toBeDefined();
      expect(answerAll(profile, false).result.kind).toBe('plan');
    }
    const knee = nextQuestions(unscreened(foundingProfile), { limit: 40 }).find((entry) => entry.value === 'growth-plate');
    expect(knee?.text).toBe('If you are under 18, do you limp or have pain in the hip, groin or thigh as well (if you are 18 or over, answer no)?');
  });

  it('an adult of any age is never asked, in any region', () => {
    for (const region of REGIONS) {
      for (const age of [18, 30, 65]) {
        expect(nextQuestions({ region, aggravatedBy: ['running'], age }, { limit: 40 }).map((question) => question.value)).not.toContain('growth-plate');
      }
    }
  });

  it('is not asked where no growth plate is in question (shin, calf, ankle, foot)', () => {
    for (const region of ['shin', 'calf', 'ankle', 'foot'] as const) {
      expect(nextQuestions({ region, aggravatedBy: ['running'] }, { limit: 40 }).map((question) => question.value)).not.toContain('growth-plate');
    }
  });

  it('whose clinician diagnosed the pain is not referred for the growth plate: the clinician has examined them', () => {
    const result = planForProfile({ ...plantarHeel, age: 15, diagnosedAs: 'plantar-heel-pain' }, options);
    expect(growthPlate(result)).toBeUndefined();
    expect(result.kind === 'plan' && result.match.conditionId).toBe('plantar-heel-pain');
  });

  it('with pain under the heel or at the Achilles insertion is the heel, whether the runner chose the foot or the ankle', () => {
    const foot: SymptomProfile = { ...plantarHeel, region: 'foot', age: 12 };
    expect(growthPlate(planForProfile(foot, options))?.message).toMatch(/^You describe pain in the heel, at 12\. .*Sever's disease/);
    const insertion: SymptomProfile = { region: 'ankle', locations: ['achilles', 'achilles-insertion'], aggravatedBy: ['running'], redFlags: [], age: 12 };
    expect(growthPlate(planForProfile(insertion, options))?.message).toMatch(/Sever's disease/);
    // Of unknown age, asked.
    expect(nextQuestions(unscreened({ ...foot, age: undefined }), { limit: 40 }).find((entry) => entry.value === 'growth-plate')?.text).toBe('Are you under 18?');
  });

  it('with the heel and the knee sore is told of the heel, not a slipped growth plate of the hip', () => {
    const result = planForProfile({ ...plantarHeel, otherRegions: ['knee'], age: 14 }, options);
    expect(growthPlate(result)?.message).toMatch(/Sever's disease/);
    expect(growthPlate(result)?.message).not.toMatch(/thigh bone/);
  });

  it('whose knee a clinician diagnosed, with the thigh or hip sore too, is still referred: the diagnosis does not answer for the pain higher up', () => {
    for (const other of ['thigh', 'hip'] as const) {
      const result = planForProfile({ ...foundingProfile, otherRegions: [other], age: 13, diagnosedAs: 'patellofemoral-pain' }, options);
      expect(growthPlate(result)?.message, other).toMatch(/slipped capital femoral epiphysis/);
      // Of unknown age: asked (at the hip, the founding knee's pain "at the front" reads as groin pain with running, a
      // referral already).
      const unknownAge: SymptomProfile = unscreened({ ...foundingProfile, otherRegions: [other], diagnosedAs: 'patellofemoral-pain' });
      const next = planForProfile(unknownAge, options);
      if (next.kind === 'questions') expect(next.questions.map((entry) => entry.value), other).toContain('growth-plate');
      else expect(next.kind, other).toBe('referral');
    }
  });

  it('never gets a plan for pain in the hip, thigh or heel, at any age under 18, whatever else the profile says', () => {
    for (const base of [lateralHip, { ...lateralHip, region: 'thigh' as const }, plantarHeel]) {
      for (let age = 5; age < 18; age += 1) {
        const result = planForProfile({ ...base, age }, options);
        expect(result.kind, `${base.region} at ${age}`).toBe('referral');
        expect(growthPlate(result), `${base.region} at ${age}`).toBeDefined();
      }
    }
  });
});
