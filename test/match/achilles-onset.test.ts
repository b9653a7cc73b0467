import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, planForProfile, questionText, type PlanForProfileResult, type Question, type SymptomProfile } from 'rehab-protocols';
import { midportion } from '../fixtures/textbook-profiles.js';

// A partial tear of the Achilles tendon is easily taken for tendinopathy; its history is a sharp pain that began at one
// moment. What the runner sees next: no tendinopathy plan, and why; and, where the runner has not said how it began, the
// question that finds out.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

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

  it('reads a sudden start anywhere in the calf, ankle or heel as a possible tear, and not at the knee or shin', () => {
    const heel = planForProfile({ region: 'heel', onset: 'sudden', locations: ['plantar-heel'] }, options);
    expect(heel.kind).toBe('referral');
    const words = heel.kind === 'referral' ? heel.reasons.find((reason) => reason.kind === 'red-flag' && reason.redFlag === 'sudden-pop')?.message : undefined;
    expect(words).toBe('You describe pain in the heel that began suddenly. Pain that starts at one moment, rather than over days or weeks, can be a tear (of the Achilles tendon, a calf muscle or the plantar fascia under the heel): see a clinician today, before walking or running on it.');
    for (const region of ['knee', 'shin'] as const) {
      const other = planForProfile({ region, onset: 'sudden' }, options);
      const flags = other.kind === 'referral' ? other.reasons.flatMap((reason) => (reason.kind === 'red-flag' ? [reason.redFlag] : [])) : [];
      expect(flags, region).not.toContain('sudden-pop');
    }
  });

  it('asks a runner who has not said how it began whether it started at one moment, and refers a "yes"', () => {
    const start: SymptomProfile = { region: 'ankle', aggravatedBy: ['running'], asked: { aggravatedBy: ['running'] } };
    const walk = (suddenly: boolean | 'unsure') => {
      let profile = start;
      let result: PlanForProfileResult = planForProfile(profile, options);
      const texts: string[] = [];
      for (let asked = 0; result.kind === 'questions' && asked < 30; asked += 1) {
        const question: Question | undefined = result.questions[0];
        if (question?.value === undefined) break;
        texts.push(question.text);
        const answer = question.value === 'sudden-pop' ? suddenly : question.field === 'locations' && (question.value === 'achilles' || question.value === 'achilles-midportion');
        profile = answerQuestion(profile, question, answer);
        result = planForProfile(profile, options);
      }
      return { result, texts };
    };
    // The case report's runner: "a sudden pain during a morning run", no pop.
    const sudden = walk(true);
    expect(sudden.texts).toContain('Did it start at one moment (a sudden sharp pain, a pop or a snap), rather than coming on over days or weeks?');
    expect(sudden.result.kind).toBe('referral');
    const message = sudden.result.kind === 'referral' ? sudden.result.reasons[0]?.message : '';
    expect(message).toMatch(/^Pain that starts at one moment/);
    // Not sure is taken as a yes, in the same words.
    const unsure = walk('unsure');
    expect(unsure.result.kind === 'referral' && unsure.result.reasons[0]?.message).toMatch(/^You were not sure of this: Did it start at one moment .* counts as a yes until a clinician has checked it, and a yes means: Pain that starts at one moment/);
    // Built up over days: the midportion plan.
    const gradual = walk(false);
    expect(gradual.result.kind === 'plan' && gradual.result.match.conditionId).toBe('achilles-tendinopathy-midportion');
    // Once the runner has said how it began, only a pop or snap is asked (a sudden start already refers).
    expect(questionText('redFlags', 'sudden-pop', { region: 'ankle', onset: 'gradual' })).toBe('Did it start with a sudden pop or snap?');
    expect(questionText('redFlags', 'sudden-pop', { region: 'knee' })).toBe('Did it start with a sudden pop or snap?');
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
