import { describe, expect, it } from 'vitest';
import { answerQuestion, nextQuestions, planForProfile, QUESTION_TEXTS, questionText, RehabInputError, type Question, type SymptomProfile } from 'rehab-protocols';

const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } } as const;

/** Every question planForProfile asks on the way to a decision, answering "no" to red flags and `yes` to the rest. */
function questionsAsked(start: SymptomProfile, yes: (question: Question) => boolean): Question[] {
  const asked: Question[] = [];
  let profile = start;
  let result = planForProfile(profile, options);
  while (result.kind === 'questions' && asked.length < 40) {
    const question = result.questions[0];
    if (question === undefined) break;
    asked.push(question);
    profile = answerQuestion(profile, question, question.kind === 'finding' && yes(question));
    result = planForProfile(profile, options);
  }
  return asked;
}

describe('questions in words for the part of the leg that hurts', () => {
  it('names the knee in a knee runner’s questions about where it hurts and about swelling', () => {
    const asked = questionsAsked({ region: 'knee', aggravatedBy: ['running'], asked: { aggravatedBy: ['running'] } }, () => false);
    const texts = asked.map((question) => question.text);
    expect(texts).toContain('Is the knee swollen?');
    const directional = asked.filter((question) => question.field === 'locations' && ['anterior', 'posterior', 'medial', 'lateral'].includes(question.value ?? ''));
    expect(directional.length).toBeGreaterThan(0);
    for (const question of directional) expect(question.text).toMatch(/ of the knee\b/);
  });

  it('asks a shin’s tenderness along the bone, apart from the one sharp spot of a bone stress injury', () => {
    const asked = questionsAsked({ region: 'shin', locations: ['medial'], aggravatedBy: ['running'], asked: { locations: ['medial'], aggravatedBy: ['running'] } }, () => true);
    const tenderness = asked.find((question) => question.field === 'signs' && question.value === 'tender-to-touch');
    expect(tenderness?.text).toMatch(/inner edge of the shin bone/);
    const spot = asked.find((question) => question.value === 'focal-bone-tenderness');
    expect(spot?.text).toBe(QUESTION_TEXTS.redFlags?.['focal-bone-tenderness']);
    expect(spot?.text).not.toBe(tenderness?.text);
  });

  it('keeps the general words for places when the pain is in more than one region, since the question may be about either', () => {
    const profile: SymptomProfile = { region: 'knee', otherRegions: ['calf'], locations: ['posterior'], asked: { locations: ['posterior'] } };
    const questions = nextQuestions(profile, { limit: 50 });
    expect(questions.some((question) => question.field === 'locations')).toBe(true);
    // Swelling names the parts whose swelling reads plainly: the knee (a swollen calf is a question of its own).
    const swelling = questions.find((question) => question.value === 'swelling');
    expect(swelling?.text).toBe('Is the knee swollen?');
    // The heel and the foot: both named, never "the joint", which names none of them.
    const heelAndFoot = nextQuestions({ region: 'heel', otherRegions: ['foot'] }, { limit: 50 }).find((question) => question.value === 'swelling');
    expect(heelAndFoot?.text).toBe('Is the heel or foot swollen?');
    for (const question of questions) if (question.field === 'locations') expect(question.text).toBe(QUESTION_TEXTS.locations?.[question.value ?? '']);
  });

  it('refers swelling in the words it was asked in, and gives an answered question back in those words', () => {
    const knee: SymptomProfile = { region: 'knee', redFlags: ['swelling'] };
    const referral = planForProfile(knee, options);
    expect(referral.kind === 'referral' && referral.reasons[0]?.message).toMatch(/^The knee is swollen\./);
    const twoPlaces = planForProfile({ ...knee, otherRegions: ['shin'] }, options);
    expect(twoPlaces.kind === 'referral' && twoPlaces.reasons[0]?.message).toMatch(/^The knee is swollen\./);
    const heelAndFoot = planForProfile({ region: 'heel', otherRegions: ['foot'], redFlags: ['swelling'] }, options);
    expect(heelAndFoot.kind === 'referral' && heelAndFoot.reasons[0]?.message).toMatch(/^The heel or foot is swollen\./);
    // Where no region's swelling reads plainly (the shin and calf), the general words stay.
    const lowerLeg = planForProfile({ region: 'shin', otherRegions: ['calf'], redFlags: ['swelling'] }, options);
    expect(lowerLeg.kind === 'referral' && lowerLeg.reasons[0]?.message).toMatch(/^The joint is swollen\./);
    // questionText gives the words the matcher asked, for an app listing a profile's answered questions.
    const asked = questionsAsked({ region: 'heel', aggravatedBy: ['running'], asked: { aggravatedBy: ['running'] } }, () => false);
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) expect(questionText(question.field, question.value ?? '', { region: 'heel' })).toBe(question.text);
    expect(questionText('locations', 'posterior', { region: 'heel' })).toBe('Is the pain at the back of the heel (not underneath)?');
  });
});

describe('where on the foot, before the bone is tested', () => {
  it('asks a runner who chose the foot whether it is under the heel first, so that a heel gets the squeeze test and the rest of the foot the press along the bone', () => {
    const start: SymptomProfile = { region: 'foot', aggravatedBy: ['running', 'first-steps-after-rest'], age: 35 };
    const heel = questionsAsked(start, (question) => question.value === 'plantar-heel');
    expect(heel[0]).toMatchObject({ field: 'locations', value: 'plantar-heel' });
    expect(heel.find((question) => question.value === 'focal-bone-tenderness')?.text).toMatch(/^Put your thumb on the inner side .* squeeze: does it hurt deep in the bone\?$/);
    const forefoot = questionsAsked(start, () => false);
    expect(forefoot[0]).toMatchObject({ field: 'locations', value: 'plantar-heel' });
    expect(forefoot.find((question) => question.value === 'focal-bone-tenderness')?.text).toMatch(/^Press along the bone with a finger/);
    // nextQuestions lists the same first question.
    expect(nextQuestions(start)[0]).toMatchObject({ field: 'locations', value: 'plantar-heel' });
  });

  it('asks the inside of the heel next when the runner is not sure it is under the heel, and a yes there still gets the squeeze test (found by review)', () => {
    const start: SymptomProfile = { region: 'foot', aggravatedBy: ['running', 'first-steps-after-rest'], age: 35 };
    let profile = answerQuestion(start, { kind: 'finding', field: 'locations', value: 'plantar-heel', text: 'Is the pain anywhere under the heel?' }, 'unsure');
    const next = planForProfile(profile, options);
    expect(next.kind === 'questions' && next.questions[0]).toMatchObject({ field: 'locations', value: 'plantar-medial-heel' });
    profile = answerQuestion(profile, { kind: 'finding', field: 'locations', value: 'plantar-medial-heel', text: 'Is it under the inside of the heel?' }, true);
    const after = questionsAsked(profile, () => false);
    expect(after.find((question) => question.value === 'focal-bone-tenderness')?.text).toMatch(/^Put your thumb on the inner side/);
    // Not sure of either: the press along the bone, and neither place is asked again.
    const notSure = answerQuestion(answerQuestion(start, { kind: 'finding', field: 'locations', value: 'plantar-heel', text: 'Is the pain anywhere under the heel?' }, 'unsure'), { kind: 'finding', field: 'locations', value: 'plantar-medial-heel', text: 'Is it under the inside of the heel?' }, 'unsure');
    expect(notSure.unsure?.locations).toEqual(['plantar-heel', 'plantar-medial-heel']);
    const rest = questionsAsked(notSure, () => false);
    expect(rest[0]?.field).toBe('redFlags');
    expect(rest.some((question) => question.field === 'locations' && ['plantar-heel', 'plantar-medial-heel'].includes(question.value ?? ''))).toBe(false);
    expect(rest.find((question) => question.value === 'focal-bone-tenderness')?.text).toMatch(/^Press along the bone with a finger/);
  });

  it('asks a foot runner with a second region whether it is under the heel first too, but not one whose heel or shin is the other region, nor after a diagnosis', () => {
    const knee = questionsAsked({ region: 'foot', otherRegions: ['knee'], aggravatedBy: ['running'], age: 35 }, () => false);
    expect(knee[0]).toMatchObject({ field: 'locations', value: 'plantar-heel' });
    const heel = questionsAsked({ region: 'foot', otherRegions: ['heel'], aggravatedBy: ['running'], age: 35 }, () => false);
    expect(heel[0]?.field).toBe('redFlags');
    // With the shin sore too, the heel's squeeze test is not asked, so where under the foot changes nothing first.
    const shin = questionsAsked({ region: 'foot', otherRegions: ['shin'], aggravatedBy: ['running'], age: 35 }, () => false);
    expect(shin[0]?.field).toBe('redFlags');
    // A diagnosis's own check asks where it hurts once the warning signs are screened: every foot red flag first.
    const diagnosed = questionsAsked({ region: 'foot', aggravatedBy: ['running'], age: 35, diagnosedAs: 'plantar-heel-pain' }, () => false);
    expect(diagnosed[0]?.field).toBe('redFlags');
    const firstPlace = diagnosed.findIndex((question) => question.field === 'locations');
    expect(diagnosed.slice(0, firstPlace === -1 ? undefined : firstPlace).map((question) => question.value)).toEqual(expect.arrayContaining(['focal-bone-tenderness', 'pain-on-hopping', 'night-pain', 'rest-pain']));
  });
});

describe('questionText, given what is not a question', () => {
  it('throws one RehabInputError naming what is wrong, never a TypeError or a made-up question', () => {
    const cases: [string, string, unknown, RegExp][] = [
      ['redFlagz', 'swelling', { region: 'knee' }, /field.*Unknown field "redFlagz"/s],
      ['redFlags', 'nope', { region: 'knee' }, /value.*Unknown value "nope"/s],
      ['redFlags', 'growth-plate', null, /profile.*Expected a symptom profile/s],
      ['redFlags', 'growth-plate', { region: 'foot', locations: 'plantar-heel' }, /locations/],
      ['redFlags', 'growth-plate', { region: 'knee', age: -1 }, /age/],
    ];
    for (const [field, value, profile, message] of cases) {
      let thrown: unknown;
      try {
        questionText(field, value, profile as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${field} ${value}`).toBeInstanceOf(RehabInputError);
      expect(String((thrown as Error).message), `${field} ${value}`).toMatch(message);
    }
  });
});

it('answerQuestion says a value outside its field’s vocabulary at the question’s value', () => {
  let thrown: unknown;
  try {
    answerQuestion({ region: 'knee' }, { kind: 'red-flag', field: 'redFlags', value: 'swelin', text: 'Swollen?' }, true);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RehabInputError);
  expect((thrown as RehabInputError).issues).toEqual([{ path: ['value'], message: expect.stringMatching(/^Unknown value "swelin" — did you mean "swelling"/) }]);
});
