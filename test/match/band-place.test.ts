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
    expect(bump?.text).toMatch(/press on the outside of the thigh bone just above the gap at the side of the knee/);
  });

  it('leads to the band’s plan when the runner says yes', () => {
    const { result } = answerAll(outerKnee, { locations: ['lateral-femoral-epicondyle'] });
    expect(result.kind === 'plan' ? result.match.conditionId : result.kind).toBe('iliotibial-band-syndrome');
  });

  it('leads to a referral when the runner says no and nothing else fits', () => {
    const { result } = answerAll(outerKnee, {});
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons.map((reason) => reason.kind)).toContain('no-clear-match');
  });

  it('is asked, not read as "no", when a complete list names the outside of the knee but not the bump', () => {
    // A form that offers "the outside of the knee" and not the bump sends a complete list without `asked`.
    const complete: SymptomProfile = { region: 'knee', locations: ['lateral'], aggravatedBy: ['running'], signs: ['pain-after-distance'], redFlags: [] };
    expect(matchConditions(complete).matches[0]?.conditionId).toBe('iliotibial-band-syndrome');
    const { asked, result } = answerAll(complete, { locations: ['lateral-femoral-epicondyle'] });
    expect(asked.map((question) => question.value)).toContain('lateral-femoral-epicondyle');
    expect(result.kind === 'plan' ? result.match.conditionId : result.kind).toBe('iliotibial-band-syndrome');
    // A "no" is kept in `asked`, and the rest of the list stays whole: no other place is asked.
    const no = answerAll(complete, {});
    expect(no.profile.asked?.locations).toEqual(['lateral-femoral-epicondyle']);
    expect(no.asked.filter((question) => question.field === 'locations').map((question) => question.value)).toEqual(['lateral-femoral-epicondyle']);
    expect(no.result.kind).toBe('referral');
    // A list that names the bump plans at once.
    const withBump = planForProfile({ ...complete, locations: ['lateral', 'lateral-femoral-epicondyle'] }, options);
    expect(withBump.kind === 'plan' ? withBump.match.conditionId : withBump.kind).toBe('iliotibial-band-syndrome');
  });

  it('is not asked after a "no" to the outside of the knee, which answers it', () => {
    const { asked } = answerAll({ region: 'knee', aggravatedBy: ['running'], asked: { aggravatedBy: ['running'] } }, { locations: ['anterior', 'peripatellar'] });
    const values = asked.map((question) => question.value);
    const outside = values.indexOf('lateral');
    expect(outside).toBeGreaterThanOrEqual(0);
    expect(values.slice(outside)).not.toContain('lateral-femoral-epicondyle');
  });

  it('counts the bump as the outside of the knee: a runner who reports it is not asked about the outside', () => {
    const { asked } = answerAll({ region: 'knee', locations: ['lateral-femoral-epicondyle'], aggravatedBy: ['running'], asked: { locations: ['lateral-femoral-epicondyle'], aggravatedBy: ['running'] } }, {});
    expect(asked.map((question) => question.value)).not.toContain('lateral');
  });

  it('follows a clinician’s diagnosis of the band on the outside of the knee without asking the runner to find the bump', () => {
    const diagnosed: SymptomProfile = { ...outerKnee, diagnosedAs: 'iliotibial-band-syndrome' };
    const { asked, result } = answerAll(diagnosed, {});
    expect(asked.map((question) => question.value)).not.toContain('lateral-femoral-epicondyle');
    expect(result.kind === 'plan' ? result.match.conditionId : result.kind).toBe('iliotibial-band-syndrome');
    // Even with a complete list that says only the outside of the knee.
    const complete = planForProfile({ region: 'knee', locations: ['lateral'], aggravatedBy: ['running'], redFlags: [], diagnosedAs: 'iliotibial-band-syndrome' }, options);
    expect(complete.kind === 'questions' ? complete.questions.map((question) => question.value) : []).not.toContain('lateral-femoral-epicondyle');
  });

  it('asks a runner whose band was diagnosed where it hurts as the outside of the knee, and sends a "no" back to the clinician', () => {
    const placedNowhere: SymptomProfile = { region: 'knee', aggravatedBy: ['running'], asked: { aggravatedBy: ['running'] }, diagnosedAs: 'iliotibial-band-syndrome' };
    const { asked, result } = answerAll(placedNowhere, {});
    const values = asked.map((question) => question.value);
    expect(values).toContain('lateral');
    expect(values).not.toContain('lateral-femoral-epicondyle');
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons.map((reason) => reason.kind)).toContain('diagnosis');
    const yes = answerAll(placedNowhere, { locations: ['lateral'] }).result;
    expect(yes.kind === 'plan' ? yes.match.conditionId : yes.kind).toBe('iliotibial-band-syndrome');
  });

  it('reads an empty asked list as one by one, not as a whole list', () => {
    const result = planForProfile({ region: 'knee', locations: [], asked: { locations: [] }, aggravatedBy: ['running'], redFlags: [] }, options);
    expect(result.kind === 'questions' ? result.questions.filter((question) => question.field === 'locations').length : 0).toBeGreaterThan(0);
  });

  it('keeps the list whole when a "no" to the bump is changed to "yes", and back', () => {
    const complete: SymptomProfile = { region: 'knee', locations: ['lateral'], aggravatedBy: ['running'], signs: ['pain-after-distance'], redFlags: [] };
    const bump: Question = { kind: 'finding', field: 'locations', value: 'lateral-femoral-epicondyle', text: 'bump' };
    const no = answerQuestion(complete, bump, false);
    const yes = answerQuestion(no, bump, true);
    expect(yes.locations).toEqual(['lateral', 'lateral-femoral-epicondyle']);
    expect(yes.asked).toBeUndefined();
    const result = planForProfile(yes, options);
    expect(result.kind === 'plan' ? result.match.conditionId : result.kind).toBe('iliotibial-band-syndrome');
    const noAgain = answerQuestion(yes, bump, false);
    expect(noAgain).toEqual(no);
  });

  it('asks the outside of the knee of a runner whose band was diagnosed, whichever was asked first', () => {
    const bumpFirst: SymptomProfile = { region: 'knee', aggravatedBy: ['running'], asked: { locations: ['lateral-femoral-epicondyle'], aggravatedBy: ['running'] }, diagnosedAs: 'iliotibial-band-syndrome' };
    const yes = answerAll(bumpFirst, { locations: ['lateral'] });
    expect(yes.asked.map((question) => question.value)).toContain('lateral');
    expect(yes.result.kind === 'plan' ? yes.result.match.conditionId : yes.result.kind).toBe('iliotibial-band-syndrome');
  });
});
