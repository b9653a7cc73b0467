import { describe, expect, it } from 'vitest';
import { answerQuestion, matchConditions, planForProfile, type PlanForProfileResult, type Question, type SymptomProfile } from 'rehab-protocols';

// Before the iliotibial band plan, the runner is asked whether the pain is over the bony bump on the outside of the
// knee, above the joint line (the lateral femoral epicondyle), where studies of the syndrome diagnose it by palpation
// or a clinical test. What the runner sees next: that question, then the band's plan or a referral.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

function answerAll(start: SymptomProfile, truth: Partial<Record<string, readonly string[]>>, limit = 60) {
  let profile = start;
  let result: PlanForProfileResult = planForProfile(profile, options);
  const asked: Question[] = [];
  while (result.kind === 'questions' && asked.length < limit) {
    const question: Question | undefined = result.questions[0];
    if (question?.value === undefined) break;
    asked.push(question);
    profile = answerQuestion(profile, question, (truth[question.field] ?? []).includes(question.value));
    result = planForProfile(profile, options);
  }
  return { result, asked, profile };
}

// "Pain in the outer part of my knee" after long runs of a marathon build-up, in a runner's words (a Runner's World
// answer, as stored at casual-sportsshoes.com): the outside of the knee, on runs, after a distance.
const outerKnee: SymptomProfile = {
  region: 'knee',
  locations: ['lateral'],
  aggravatedBy: ['running'],
  signs: ['pain-after-distance'],
  asked: { locations: ['lateral'], aggravatedBy: ['running'], signs: ['pain-after-distance'] },
};

describe('the band’s bony bump, asked before its plan', () => {
  it('is asked of a runner who says only that the outside of the knee hurts, in words that say where to press', () => {
    const { asked } = answerAll(outerKnee, { locations: ['lateral-femoral-epicondyle'] });
    const bump = asked.find((question) => question.value === 'lateral-femoral-epicondyle');
    expect(bump).toBeDefined();
    expect(bump?.text).toMatch(/bony bump on the outside of the knee, a little above the joint line/);
  });

  it('leads to the band’s plan when the runner says yes', () => {
    const { result } = answerAll(outerKnee, { locations: ['lateral-femoral-epicondyle'] });
    expect(result.kind === 'plan' ? result.match.conditionId : result.kind).toBe('iliotibial-band-syndrome');
  });

  it('leads to a referral, not another plan, when the runner says no', () => {
    const { result } = answerAll(outerKnee, {});
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons.map((reason) => reason.kind)).toContain('no-clear-match');
  });

  it('is not asked when the runner said where: a complete list with the bump plans at once, one without it does not', () => {
    const complete: SymptomProfile = { region: 'knee', locations: ['lateral', 'lateral-femoral-epicondyle'], aggravatedBy: ['running'], signs: ['pain-after-distance'] };
    expect(matchConditions(complete).matches[0]?.conditionId).toBe('iliotibial-band-syndrome');
    // A locations list given without `asked` is complete: the bump is not in it, so the band is ruled out.
    const without: SymptomProfile = { region: 'knee', locations: ['lateral'], aggravatedBy: ['running'], signs: ['pain-after-distance'] };
    expect(matchConditions(without).matches.find((match) => match.conditionId === 'iliotibial-band-syndrome')?.score).toBeLessThan(0.5);
  });
});
