import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, planForProfile, type SymptomProfile } from 'rehab-protocols';

// A partial tear of the Achilles tendon is easily taken for tendinopathy; its history is a sharp pain that began at one
// moment. What the runner sees next: no tendinopathy plan, and why.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

// A midportion Achilles tendinopathy, every list asked: the plan the library gives when the pain came on gradually.
const midportion: SymptomProfile = {
  region: 'ankle',
  side: 'right',
  onset: 'gradual',
  age: 41,
  locations: ['achilles', 'achilles-midportion'],
  aggravatedBy: ['running', 'hills', 'first-steps-after-rest'],
  painFreeDuring: ['cycling', 'swimming'],
  signs: ['morning-stiffness', 'tender-to-touch'],
  trainingChange: ['mileage-increase'],
  redFlags: [],
  background: [],
};

describe('a sudden onset at the Achilles tendon', () => {
  it('gets the tendinopathy plan when the pain built up gradually, and a referral for a possible tear when it began at one moment', () => {
    const gradual = planForProfile(midportion, options);
    expect(gradual.kind).toBe('plan');
    const sudden = planForProfile({ ...midportion, onset: 'sudden' }, options);
    expect(sudden.kind).toBe('referral');
    if (sudden.kind !== 'referral') return;
    const reason = sudden.reasons.find((entry) => entry.kind === 'red-flag' && entry.redFlag === 'sudden-pop');
    expect(reason?.message).toMatch(/began suddenly/);
    expect(reason?.message).toMatch(/partly torn/);
    // The runner did not hear a pop: the words say what they described, not a pop or snap.
    expect(reason?.message).not.toMatch(/pop|snap/);
  });

  it('refers at either place on the tendon, and whatever a clinician diagnosed before', () => {
    for (const place of ['achilles-midportion', 'achilles-insertion'] as const) {
      const profile: SymptomProfile = { ...midportion, onset: 'sudden', locations: ['achilles', place] };
      expect(planForProfile(profile, options).kind).toBe('referral');
      expect(planForProfile({ ...profile, diagnosedAs: place === 'achilles-midportion' ? 'achilles-tendinopathy-midportion' : 'achilles-tendinopathy-insertional' }, options).kind).toBe('referral');
    }
  });

  it('refers once a runner whose pain began suddenly places it on the tendon when asked', () => {
    // The runner said only that the ankle hurts, and that it began suddenly, during a run.
    let profile: SymptomProfile = { region: 'ankle', onset: 'sudden', aggravatedBy: ['running'] };
    let result = planForProfile(profile, options);
    for (let asked = 0; result.kind === 'questions' && asked < 30; asked += 1) {
      const question = result.questions[0];
      if (question?.value === undefined) break;
      const yes = question.field === 'locations' && (question.value === 'achilles' || question.value === 'achilles-midportion');
      profile = answerQuestion(profile, question, yes);
      result = planForProfile(profile, options);
    }
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons.map((reason) => reason.kind === 'red-flag' && reason.redFlag)).toContain('sudden-pop');
  });

  it('is not read into a sudden onset elsewhere: the heel, or the calf above the tendon', () => {
    const heel = planForProfile({ region: 'heel', onset: 'sudden', locations: ['plantar-heel'] }, options);
    const flags = heel.kind === 'referral' ? heel.reasons.flatMap((reason) => (reason.kind === 'red-flag' ? [reason.redFlag] : [])) : [];
    expect(flags).not.toContain('sudden-pop');
  });

  it('a runner not sure the pain is at the tendon is told to take it as a yes, in the same words', () => {
    const result = planForProfile({ region: 'ankle', onset: 'sudden', locations: ['posterior'], unsure: { locations: ['achilles'] } }, options);
    expect(result.kind).toBe('referral');
    if (result.kind !== 'referral') return;
    const reason = result.reasons.find((entry) => entry.kind === 'red-flag' && entry.redFlag === 'sudden-pop');
    expect(reason?.message).toMatch(/not sure/);
    expect(reason?.message).toMatch(/partly torn/);
  });

  it('never plans for an Achilles tendon that began hurting suddenly, whatever else is said', () => {
    const aggravators = ['running', 'hills', 'walking', 'first-steps-after-rest', 'stairs-ascent', 'jumping'] as const;
    fc.assert(
      fc.property(fc.subarray([...aggravators]), fc.constantFrom('achilles', 'achilles-midportion', 'achilles-insertion'), fc.constantFrom('ankle', 'heel', 'calf'), (aggravatedBy, place, region) => {
        const result = planForProfile({ region, onset: 'sudden', locations: [place], aggravatedBy, redFlags: [], background: [], signs: [] }, options);
        expect(result.kind).not.toBe('plan');
      }),
    );
  });
});
