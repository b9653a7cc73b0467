import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  formatPlan,
  matchConditions,
  nextQuestions,
  planForProfile,
  RED_FLAGS,
  RehabInputError,
  type PlanForProfileResult,
  type Question,
  type SymptomProfile,
} from 'rehab-protocols';
import { foundingProfile } from '../fixtures/founding-profile.js';

// A runner who has been told what the pain is — by a doctor, a physiotherapist, a podiatrist, or a scan one of them
// ordered — says so in `diagnosedAs`. The plan follows that diagnosis once the red flags are screened and what defines
// the condition is confirmed; a diagnosis the library has no plan for refers. What the runner sees next is the
// question, then the plan or the referral.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

/** Answers every question the library asks from `truth` (a value listed there is "yes"), and records what was asked. */
function answerAll(start: SymptomProfile, truth: Partial<Record<string, readonly string[]>> = {}, limit = 60) {
  let profile = start;
  let result: PlanForProfileResult = planForProfile(profile, options);
  const asked: string[] = [];
  while (result.kind === 'questions' && asked.length < limit) {
    const question: Question | undefined = result.questions[0];
    if (question?.value === undefined) break;
    asked.push(`${question.field}=${question.value}`);
    profile = answerQuestion(profile, question, (truth[question.field] ?? []).includes(question.value));
    result = planForProfile(profile, options);
  }
  return { result, asked };
}

// "Pain in the arch of my right foot and now in both feet. My doctor says I have plantar fasciitis ... it hurts as soon
// as I get up in the morning" (a runner's letter to a newspaper's running doctor, who took on its treatment).
// What the runner said, as an app asking one question at a time records it: each value asked and "yes".
const archSaid = { locations: ['arch'], aggravatedBy: ['first-steps-after-rest'], background: ['novice-runner'] } satisfies SymptomProfile['asked'];
const arch: SymptomProfile = { region: 'foot', side: 'both', age: 45, ...archSaid, asked: archSaid };

// "An ache once in a while on the outside of my left knee: no swelling, and no specific injury ... an MRI showed a
// lateral meniscus tear" (the same column; the doctor's answer was about the tear, not the band).
const outerKnee: SymptomProfile = { region: 'knee', side: 'left', age: 43, locations: ['lateral'], aggravatedBy: ['running'], signs: ['pain-after-distance'] };

describe('a clinician has said what it is (diagnosedAs)', () => {
  it('plans the diagnosed condition where the questionnaire alone cannot tell the look-alikes apart', () => {
    // Pain behind the kneecap and at its lower tip, at the front of the knee, on runs, jumps and squats: the kneecap and
    // the patellar tendon fit alike, and no question tells them apart. Several doctors have said it is the kneecap.
    const truth = { locations: ['anterior', 'inferior-pole-patella', 'retropatellar'], aggravatedBy: ['running', 'jumping', 'squatting'] } satisfies SymptomProfile['asked'];
    const runner: SymptomProfile = { region: 'knee', ...truth, asked: truth };
    expect(answerAll(runner, truth).result.kind).toBe('referral');

    const { result, asked } = answerAll({ ...runner, diagnosedAs: 'patellofemoral-pain' }, truth);
    expect(result.kind).toBe('plan');
    if (result.kind !== 'plan') return;
    expect(result.match.conditionId).toBe('patellofemoral-pain');
    // The knee's warning signs and the meniscus's separating questions are asked; nothing that would only place it.
    for (const flag of ['swelling', 'locking', 'giving-way', 'night-pain']) expect(asked).toContain(`redFlags=${flag}`);
    expect(asked.filter((question) => question.startsWith('locations=') && question !== 'locations=joint-line')).toEqual([]);
    expect(result.plan.flags.map((flag) => flag.kind)).toContain('diagnosed');
    expect(formatPlan(result.plan)).toContain('This plan follows what a clinician diagnosed: Patellofemoral pain.');
  });

  it('asks where on the knee before following a diagnosis of the kneecap, since pain around or behind it defines the condition', () => {
    // "I experience excruciating pain every time I run over 5 miles now. I have been to several doctors and they all
    // agree that I have Patellofemoral Pain Syndrome" (a forum's physical therapy answer treated it). The page says
    // nothing of where on the knee: the runner is asked, and the plan follows a "yes".
    const marathoner: SymptomProfile = { region: 'knee', aggravatedBy: ['running'], signs: ['pain-after-distance'], diagnosedAs: 'patellofemoral-pain' };
    const placed = answerAll(marathoner, { aggravatedBy: ['running'], signs: ['pain-after-distance'], locations: ['retropatellar'] });
    expect(placed.asked).toContain('locations=retropatellar');
    expect(placed.result.kind === 'plan' && placed.result.match.conditionId).toBe('patellofemoral-pain');
    // Pain neither around nor behind the kneecap does not fit the diagnosis: back to the clinician who made it.
    const elsewhere = answerAll(marathoner, { aggravatedBy: ['running'], signs: ['pain-after-distance'] });
    expect(elsewhere.result.kind === 'referral' && elsewhere.result.reasons.map((reason) => reason.kind)).toEqual(['diagnosis']);
  });

  it('asks what defines the diagnosed condition, and sends the runner back to the clinician when it does not fit', () => {
    // "Pain in the arch of my right foot and now in both feet. My doctor says I have plantar fasciitis ... it hurts as
    // soon as I get up in the morning": plantar heel pain is defined by pain under the heel, so that is asked.
    const diagnosed: SymptomProfile = { ...arch, diagnosedAs: 'plantar-heel-pain' };
    const underTheHeel = answerAll(diagnosed, { locations: ['plantar-heel'] });
    expect(underTheHeel.asked).toContain('locations=plantar-heel');
    expect(underTheHeel.result.kind === 'plan' && underTheHeel.result.match.conditionId).toBe('plantar-heel-pain');
    for (const flag of ['pain-on-hopping', 'night-pain', 'rest-pain', 'focal-bone-tenderness']) expect(underTheHeel.asked).toContain(`redFlags=${flag}`);

    const archOnly = answerAll(diagnosed).result;
    expect(archOnly.kind).toBe('referral');
    if (archOnly.kind === 'referral') expect(archOnly.reasons[0]).toMatchObject({ kind: 'diagnosis', conditionId: 'plantar-heel-pain' });
    if (archOnly.kind === 'referral') expect(archOnly.reasons[0]?.message).toMatch(/^Diagnosed by a clinician: Plantar heel pain\. .*What you describe does not fit it: see the clinician who diagnosed it again/);
  });

  it('refers whenever a red flag is answered yes, diagnosis or not', () => {
    const { result } = answerAll({ ...arch, diagnosedAs: 'plantar-heel-pain' }, { redFlags: ['pain-on-hopping'] });
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons[0]).toMatchObject({ kind: 'red-flag', redFlag: 'pain-on-hopping' });
  });

  it('refers a diagnosis the library has no plan for (a meniscal tear on a scan), even where the picture would get the band plan', () => {
    // Without the diagnosis, a runner whose pain is over the bony bump above the joint line gets the band's plan.
    const before = answerAll({ ...outerKnee, locations: ['lateral', 'lateral-femoral-epicondyle'] }).result;
    expect(before.kind === 'plan' ? before.match.conditionId : before.kind).toBe('iliotibial-band-syndrome');

    const result = planForProfile({ ...outerKnee, diagnosedAs: 'meniscal-injury' }, options);
    expect(result.kind).toBe('referral');
    if (result.kind !== 'referral') return;
    // One reason, in the words of a diagnosis (not "possible", not a second "cannot be ruled out").
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatchObject({ kind: 'refer-only-condition', conditionId: 'meniscal-injury' });
    expect(result.reasons[0]?.message).toBe('Diagnosed by a clinician: Meniscal injury. This library has no self-managed plan for it: follow the advice of the clinician who diagnosed it.');
    expect(matchConditions({ region: 'knee', diagnosedAs: 'meniscal-injury' }).referral.reasons).toHaveLength(1);
  });

  it("refers a condition outside the library ('other'), even for the founding runner's textbook picture", () => {
    const result = planForProfile({ ...foundingProfile, diagnosedAs: 'other' }, options);
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons.map((reason) => reason.kind)).toEqual(['diagnosis']);
    expect(matchConditions({ ...foundingProfile, diagnosedAs: 'other' }).referral.required).toBe(true);
    expect(nextQuestions({ ...foundingProfile, diagnosedAs: 'other' })).toEqual([]);
  });

  it('refers a diagnosis of another part of the leg than where it hurts, saying so', () => {
    const result = planForProfile({ ...foundingProfile, diagnosedAs: 'plantar-heel-pain' }, options);
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') {
      expect(result.reasons[0]).toMatchObject({ kind: 'diagnosis', conditionId: 'plantar-heel-pain' });
      expect(result.reasons[0]?.message).toContain('Plantar heel pain');
      expect(result.reasons[0]?.message).toContain('the knee');
    }
    // The diagnosis is of the main pain: a heel that hurts as well does not make it the knee's plan.
    const alsoHeel = answerAll({ ...foundingProfile, otherRegions: ['heel'], diagnosedAs: 'plantar-heel-pain' }, { locations: ['plantar-heel'] }).result;
    expect(alsoHeel.kind).toBe('referral');
    // A hip that no plan follows is seen promptly, whatever the diagnosis.
    const hip = planForProfile({ region: 'hip', diagnosedAs: 'plantar-heel-pain' }, options);
    expect(hip.kind === 'referral' && hip.reasons[0]?.message).toMatch(/Hip pain in a runner can be a stress injury of the hip bone: stop running, and see a clinician within days \(the one who diagnosed it, or another\)\./);
    expect(hip.kind === 'referral' && hip.reasons[0]?.urgency).toBe('within-days');
  });

  it("gives the founding runner the same plan when her physical therapist's diagnosis is added", () => {
    const plain = planForProfile(foundingProfile, options);
    const diagnosed = planForProfile({ ...foundingProfile, diagnosedAs: 'patellofemoral-pain' }, options);
    expect(plain.kind).toBe('plan');
    expect(diagnosed.kind).toBe('plan');
    if (plain.kind !== 'plan' || diagnosed.kind !== 'plan') return;
    expect(diagnosed.plan.days).toEqual(plain.plan.days);
    expect(diagnosed.match).toEqual(plain.match);
    // Only a note is added, after nothing else: what her physical therapist advised comes first.
    expect(diagnosed.plan.flags.filter((flag) => flag.kind !== 'diagnosed')).toEqual(plain.plan.flags);
    expect(diagnosed.plan.flags.find((flag) => flag.kind === 'diagnosed')?.message).toMatch(/^This plan follows what a clinician diagnosed: Patellofemoral pain\. /);
  });

  it('still refers a refer-only condition the answers point to (scoring 0.5 or more), whatever the diagnosis', () => {
    // A twist, then pain on the joint line and around the kneecap: the meniscus, though a clinician once said the kneecap.
    const twisted: SymptomProfile = { region: 'knee', locations: ['joint-line', 'medial', 'peripatellar'], aggravatedBy: ['twisting', 'squatting'], onset: 'sudden', diagnosedAs: 'patellofemoral-pain' };
    const { result } = answerAll(twisted, { locations: ['joint-line', 'medial', 'peripatellar'], aggravatedBy: ['twisting', 'squatting'] });
    expect(result.kind).toBe('referral');
    if (result.kind === 'referral') expect(result.reasons.map((reason) => reason.kind === 'refer-only-condition' && reason.conditionId)).toContain('meniscal-injury');
    // The runner is told why the library does not simply follow the diagnosis.
    if (result.kind === 'referral') expect(result.reasons.find((reason) => reason.kind === 'refer-only-condition')?.message).toContain('What you describe points to it, as well as to what a clinician diagnosed (Patellofemoral pain).');
  });

  it('keeps what to watch for when a refer-only condition was set aside, diagnosis or not', () => {
    // Pain spread all around the kneecap and on the outside, when walking: "no" to each of the meniscus's signs sets it
    // aside, with a watch-for flag, whether or not a clinician named the kneecap.
    const truth: Record<string, readonly string[]> = { locations: ['diffuse', 'peripatellar', 'lateral'], aggravatedBy: ['walking'] };
    let profile: SymptomProfile = { region: 'knee', age: 30, aggravatedBy: ['walking'], asked: { aggravatedBy: ['walking'] } };
    let result = planForProfile(profile, options);
    while (result.kind === 'questions') {
      const question = result.questions[0] as Question;
      profile = answerQuestion(profile, question, truth[question.field]?.includes(question.value ?? '') ?? false);
      result = planForProfile(profile, options);
    }
    expect(result.kind === 'plan' && result.plan.flags[0]?.kind).toBe('watch-for');
    const diagnosed = planForProfile({ ...profile, diagnosedAs: 'patellofemoral-pain' }, options);
    expect(diagnosed.kind).toBe('plan');
    if (diagnosed.kind === 'plan') expect(diagnosed.plan.flags.slice(0, 2).map((flag) => flag.kind)).toEqual(['diagnosed', 'watch-for']);
  });

  it('asks nothing more where planForProfile refers a refer-only condition no answer could rule out', () => {
    const knee = ['swelling', 'locking', 'giving-way', 'night-pain', 'rest-pain', 'trauma', 'numbness', 'treatment-not-helped'] as const;
    const profile: SymptomProfile = { region: 'knee', locations: ['joint-line'], asked: { locations: ['joint-line'], aggravatedBy: ['twisting'], redFlags: [...knee] }, aggravatedBy: ['twisting'], diagnosedAs: 'pes-anserine-pain' };
    expect(planForProfile(profile, options).kind).toBe('referral');
    expect(nextQuestions(profile)).toEqual([]);
  });

  it("names the diagnosis, not a best match, when its protocols need supervision; 'other' stays outside even as a custom id", () => {
    const tendon: SymptomProfile = { region: 'knee', locations: ['inferior-pole-patella'], redFlags: [], aggravatedBy: ['jumping'], diagnosedAs: 'patellar-tendinopathy' };
    const { result } = answerAll(tendon, { locations: ['inferior-pole-patella'], aggravatedBy: ['jumping'] });
    expect(result.kind === 'referral' && result.reasons[0]).toMatchObject({ kind: 'needs-supervision', conditionId: 'patellar-tendinopathy' });
    if (result.kind === 'referral') expect(result.reasons[0]?.message).toMatch(/^Diagnosed by a clinician: Patellar tendinopathy\. Its plan \(Patellar tendinopathy: isometric holds, then heavy slow resistance\) is for a clinician to set up and supervise, and only plans done at home were asked for: a clinician or physical therapist could set it up and supervise it\.$/);
  });

  it('says what would give a plan when no protocol fits the settings allowed: a setting to allow, or a clinician to supervise', () => {
    const achilles: SymptomProfile = { region: 'ankle', age: 40, onset: 'gradual', diagnosedAs: 'achilles-tendinopathy-midportion', locations: ['achilles-midportion'], aggravatedBy: ['running'], redFlags: [], background: [], signs: [], otherRegions: [], painFreeDuring: [], trainingChange: [] };
    const gymOnly = planForProfile(achilles, { ...options, settings: ['gym'] });
    expect(gymOnly.kind === 'referral' && gymOnly.reasons[0]?.message).toMatch(/are for home or for a clinician to set up and supervise, and only plans done in a gym were asked for: allowing plans done at home would give its home plan, or a clinician or physical therapist could set up and supervise the supervised one\.$/);
    const none = planForProfile(achilles, { ...options, settings: [] });
    expect(none.kind === 'referral' && none.reasons[0]?.message).toMatch(/and no place to exercise was chosen: allowing plans done at home would give its home plan/);
    expect(planForProfile(achilles, { ...options, settings: ['gym', 'home'] }).kind).toBe('plan');
  });

  it('rejects an id that is no condition, with its path and the nearest ids', () => {
    const attempt = () => planForProfile({ ...arch, diagnosedAs: 'plantar-fasciitis' }, options);
    expect(attempt).toThrow(RehabInputError);
    try {
      attempt();
    } catch (error) {
      const issue = (error as RehabInputError).issues[0];
      expect(issue?.path).toEqual(['diagnosedAs']);
      expect(issue?.message).toContain('"other"');
      expect(issue?.message).toContain('plantar-heel-pain');
    }
    expect(() => matchConditions({ ...arch, diagnosedAs: 'Plantar heel pain' })).toThrow(RehabInputError);
  });

  it('never turns a red flag into a plan (property)', () => {
    const ids = ['patellofemoral-pain', 'iliotibial-band-syndrome', 'plantar-heel-pain', 'medial-tibial-stress-syndrome', 'achilles-tendinopathy-midportion', 'gluteal-tendinopathy', 'meniscal-injury', 'other'];
    const profiles = [foundingProfile, arch, outerKnee];
    fc.assert(
      fc.property(fc.constantFrom(...profiles), fc.constantFrom(...ids), fc.constantFrom(...RED_FLAGS), (profile, diagnosedAs, flag) => {
        const result = planForProfile({ ...profile, diagnosedAs, redFlags: [...(profile.redFlags ?? []), flag] }, options);
        expect(result.kind).toBe('referral');
      }),
    );
  });
});
