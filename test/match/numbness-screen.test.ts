import { describe, expect, it } from 'vitest';
import { answerQuestion, planForProfile, type SymptomProfile } from 'rehab-protocols';

// Numbness or tingling below the knee can be a nerve entrapment, or a compartment syndrome taken for shin splints:
// it is asked before any plan there. What the runner sees next: the question, then a referral on "yes".
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

// Shin splints as a runner describes them, every list answered but the red flags.
const shin: SymptomProfile = {
  region: 'shin',
  side: 'both',
  onset: 'gradual',
  locations: ['distal-medial-tibia'],
  aggravatedBy: ['running'],
  painFreeDuring: ['walking', 'rest'],
  signs: ['tender-to-touch', 'warms-up-with-activity'],
  trainingChange: ['mileage-increase'],
  otherRegions: [],
  background: [],
};

const answerRedFlags = (profile: SymptomProfile, yes: string | undefined): SymptomProfile => {
  let result = planForProfile(profile, options);
  let current = profile;
  for (let asked = 0; result.kind === 'questions' && asked < 30; asked += 1) {
    const question = result.questions[0]!;
    current = answerQuestion(current, question, question.value === yes);
    result = planForProfile(current, options);
  }
  return current;
};

describe('numbness or tingling below the knee', () => {
  it.each(['shin', 'calf', 'ankle', 'heel', 'foot'] as const)('is asked in the %s screen before any plan', (region) => {
    const result = planForProfile({ region, aggravatedBy: ['running'] }, options);
    expect(result.kind === 'questions' && result.questions.map((question) => question.value)).toContain('numbness');
  });

  it('lets the shin splints plan through on "no", and refers on "yes" in words that name the compartment', () => {
    expect(planForProfile(answerRedFlags(shin, undefined), options).kind).toBe('plan');
    const result = planForProfile(answerRedFlags(shin, 'numbness'), options);
    expect(result.kind).toBe('referral');
    const reason = result.kind === 'referral' ? result.reasons.find((entry) => entry.kind === 'red-flag' && entry.redFlag === 'numbness') : undefined;
    expect(reason?.message).toMatch(/compartment/);
  });

  it('stays out of the knee and hip screens (the hip asks for back pain or pain shooting down the leg instead)', () => {
    for (const region of ['knee', 'hip'] as const) {
      const result = planForProfile({ region, aggravatedBy: ['running'] }, options);
      expect(result.kind === 'questions' && result.questions.map((question) => question.value)).not.toContain('numbness');
    }
  });
});
