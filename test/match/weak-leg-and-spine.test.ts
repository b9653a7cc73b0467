import { describe, expect, it } from 'vitest';
import { nextQuestions, planForProfile, type PlanForProfileResult, type SymptomProfile } from 'rehab-protocols';
import { answerEach } from '../fixtures/answer-each.js';

// A weak leg or a dropping foot can be a nerve — pressed in the lower back (a look-alike of buttock, hip and thigh
// pain) or in a muscle compartment of the shin or calf — and back pain with the leg pain can be the spine. What the
// runner sees next: the question before any plan, and a referral that says when it is an emergency.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

const reason = (result: PlanForProfileResult, flag: string) =>
  result.kind === 'referral' ? result.reasons.find((entry) => entry.kind === 'red-flag' && entry.redFlag === flag) : undefined;

/** Answers every question, one at a time: `flag` "yes", everything else "no". */
const answerAll = (profile: SymptomProfile, flag: string) => answerEach(profile, options, (question) => question.value === flag).result;

describe('a weak leg or foot, and back pain with the leg pain', () => {
  it.each(['hip', 'thigh', 'shin', 'calf'] as const)('a weak leg or foot is asked in the %s screen before any plan, and "yes" refers', (region) => {
    const profile: SymptomProfile = { region, aggravatedBy: ['running'], age: 30 };
    expect(nextQuestions(profile, { limit: 40 }).find((question) => question.value === 'leg-weakness')?.text).toBe('Is the leg or foot weak, or does the foot drop or slap when you walk?');
    expect(reason(answerAll(profile, 'leg-weakness'), 'leg-weakness')?.message).toMatch(/see a clinician within days/);
  });

  it('back pain with the leg pain, said or derived, refers with the emergency signs of a pressed nerve in the back', () => {
    const said = answerAll({ region: 'hip', locations: ['buttock'], aggravatedBy: ['running', 'prolonged-sitting'], age: 30 }, 'back-pain-with-leg-pain');
    const derived = planForProfile({ region: 'hip', locations: ['buttock'], aggravatedBy: ['running'], background: ['back-pain'], age: 30 }, options);
    for (const result of [said, derived]) {
      const message = reason(result, 'back-pain-with-leg-pain')?.message;
      expect(message).toMatch(/spine/);
      expect(message).toMatch(/Numbness between the legs or around the buttocks, weakness in both legs, or losing control of the bladder or bowel is an emergency/);
    }
  });

  it('a weak leg or foot refers with the same emergency signs', () => {
    const result = planForProfile({ region: 'thigh', aggravatedBy: ['running'], redFlags: ['leg-weakness'] }, options);
    expect(reason(result, 'leg-weakness')?.message).toMatch(/is an emergency: get emergency help at once/);
  });

  it('in the shin or calf names a muscle compartment as well as a nerve, and says not to run through it', () => {
    for (const region of ['shin', 'calf'] as const) {
      const message = reason(planForProfile({ region, aggravatedBy: ['running'], redFlags: ['leg-weakness'] }, options), 'leg-weakness')?.message;
      expect(message, region).toMatch(/muscle compartment/);
      expect(message, region).toMatch(/don't run through it/);
    }
    expect(reason(planForProfile({ region: 'hip', aggravatedBy: ['running'], redFlags: ['leg-weakness'] }, options), 'leg-weakness')?.message).not.toMatch(/compartment/);
  });
});
