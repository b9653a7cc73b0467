import { describe, expect, it } from 'vitest';
import { answerQuestion, nextQuestions, planForProfile, REGIONS, type SymptomProfile } from 'rehab-protocols';
import { answerEach } from '../fixtures/answer-each.js';
import { midportion, plantarHeel, shinSplints } from '../fixtures/textbook-profiles.js';

// Numbness, tingling or electric-shock-like pain can be a nerve (trapped in the leg, or from the lower back) or, in the
// lower leg, a compartment syndrome taken for shin splints: it is asked before any plan, in every region. What the
// runner sees next: the question, then a referral on "yes" or "not sure", in words for where it hurts.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

/** The profile with its red flags not yet asked: the matcher screens them. */
const unscreened = ({ redFlags: _asked, ...profile }: SymptomProfile): SymptomProfile => profile;

/** Answers every question the matcher asks, one at a time: `numbness` as given, everything else "no". */
const answerAll = (profile: SymptomProfile, numbness: boolean | 'unsure') => answerEach(profile, options, (question) => (question.value === 'numbness' ? numbness : false), 30);

const numbnessReason = (result: ReturnType<typeof planForProfile>) =>
  result.kind === 'referral' ? result.reasons.find((reason) => reason.kind === 'red-flag' && reason.redFlag === 'numbness') : undefined;

describe('numbness, tingling or electric-shock-like pain', () => {
  it.each(REGIONS)('is asked in the %s screen before any plan, in words that name pins and needles and electric shocks', (region) => {
    const result = planForProfile({ region, aggravatedBy: ['running'] }, options);
    expect(result.kind).toBe('questions');
    const question = result.kind === 'questions' ? result.questions.find((entry) => entry.value === 'numbness') : undefined;
    expect(question?.text).toMatch(/pins and needles/);
    expect(question?.text).toMatch(/electric shock/);
    expect(nextQuestions({ region, aggravatedBy: ['running'] }, { limit: 30 }).map((entry) => entry.value)).toContain('numbness');
  });

  it.each([
    ['shin splints', shinSplints, 'medial-tibial-stress-syndrome'],
    ['plantar heel pain', plantarHeel, 'plantar-heel-pain'],
    ['a midportion Achilles tendinopathy', midportion, 'achilles-tendinopathy-midportion'],
  ] as const)('lets the %s plan through on "no", and refers on "yes" and on "not sure"', (_name, profile, conditionId) => {
    const no = answerAll(unscreened(profile), false);
    expect(no.asked).toContain('numbness');
    expect(no.result.kind === 'plan' && no.result.match.conditionId).toBe(conditionId);
    for (const answer of [true, 'unsure'] as const) {
      const { result } = answerAll(unscreened(profile), answer);
      expect(result.kind).toBe('referral');
      expect(numbnessReason(result)).toBeDefined();
    }
  });

  it('names a muscle compartment in the shin or calf, a nerve elsewhere, and always says not to run through it and when it is an emergency', () => {
    const shin = numbnessReason(answerAll(unscreened(shinSplints), true).result);
    const calf = numbnessReason(planForProfile({ region: 'calf', redFlags: ['numbness'] }, options));
    const heel = numbnessReason(answerAll(unscreened(plantarHeel), true).result);
    const knee = numbnessReason(planForProfile({ region: 'knee', locations: ['peripatellar'], redFlags: ['numbness'] }, options));
    expect(shin?.message).toMatch(/muscle compartment/);
    expect(calf?.message).toMatch(/sometimes mistaken for shin splints/);
    for (const elsewhere of [heel, knee]) {
      expect(elsewhere?.message).toMatch(/nerve/);
      expect(elsewhere?.message).not.toMatch(/shin splints/);
    }
    for (const reason of [shin, calf, heel, knee]) {
      expect(reason?.message).toMatch(/don't run through it/);
      expect(reason?.message).toMatch(/bladder or bowel is an emergency/);
    }
  });
});

describe('the order red flags are asked in', () => {
  it('asks those that send a runner on today or within days first, so that stopping at the first "yes" is never too slow', () => {
    // A calf: a swollen calf (a blood clot) and a sudden pop (a tear) before night pain, numbness or rest pain.
    const calf = planForProfile({ region: 'calf', aggravatedBy: ['running'] }, options);
    const calfFlags = calf.kind === 'questions' ? calf.questions.filter((question) => question.kind === 'red-flag').map((question) => question.value) : [];
    expect(calfFlags.slice(0, 2)).toEqual(['calf-swelling', 'sudden-pop']);
    // A hip: groin pain with running (a femoral neck stress fracture) first.
    const hip = planForProfile({ region: 'hip', aggravatedBy: ['running'] }, options);
    expect(hip.kind === 'questions' && hip.questions[0]?.value).toBe('groin-pain-with-running');
    // A runner with night pain and a swollen calf who answers one question at a time is told to go today.
    let profile: SymptomProfile = { region: 'calf', aggravatedBy: ['running'] };
    let result = planForProfile(profile, options);
    while (result.kind === 'questions') {
      const question = result.questions[0]!;
      profile = answerQuestion(profile, question, question.value === 'night-pain' || question.value === 'calf-swelling');
      result = planForProfile(profile, options);
    }
    expect(result.kind === 'referral' && result.reasons[0]).toMatchObject({ kind: 'red-flag', redFlag: 'calf-swelling' });
    expect(result.kind === 'referral' && result.reasons[0]?.message).toMatch(/today/);
  });
});
