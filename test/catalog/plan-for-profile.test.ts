import { describe, expect, it } from 'vitest';
import { answerQuestion, generatePlan, matchConditions, planForProfile, RehabInputError, type SymptomProfile } from 'rehab-protocols';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { shinSplints } from '../fixtures/textbook-profiles.js';
import { condition as kneeCondition, patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { condition as heelCondition } from 'rehab-protocols/protocols/plantar-heel-pain';

const founding = foundingProfile;
const options = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } } as const;

describe('planForProfile', () => {
  it('gives the founding runner the founding protocol, with the founding plan once their training is known', () => {
    const result = planForProfile(founding, options);
    expect(result.kind).toBe('plan');
    if (result.kind !== 'plan') return;
    expect(result.match.conditionId).toBe('patellofemoral-pain');
    const history = [{ date: '2026-11-25', distance: { value: 30, unit: 'mi' } }] as const;
    const known = planForProfile(founding, { ...options, history: [...history] });
    expect(known.kind === 'plan' && known.plan).toEqual(generatePlan(patellofemoralPain, { ...options, history: [...history] }));
  });

  it('starts a runner it knows nothing about on the return-to-run ladder, never on a protocol’s ramp', () => {
    const result = planForProfile(founding, options);
    if (result.kind !== 'plan') throw new Error('expected a plan');
    const { plan } = result;
    expect(plan.flags.map((flag) => flag.kind)).toContain('return-to-run');
    expect(plan.flags.find((flag) => flag.kind === 'return-to-run')?.message).toMatch(/Nothing is known of your training/);
    // Nothing it says claims a training it was never given.
    const words = [...plan.flags, ...plan.days.flatMap((day) => day.flags)].map((flag) => flag.message).join('\n');
    expect(words).not.toMatch(/yours is|your usual week|no run in the 30 days before/);
    expect(plan.flags.find((flag) => flag.kind === 'goal-not-reached')?.message).toMatch(/the plan takes yours as [\d.]+ mi until your runs are known/);
    // No day of the first 14 allows more than the ladder's step: 2 miles at most.
    for (const day of plan.days.slice(0, 14)) expect(day.running.maxDistance?.value ?? 0).toBeLessThanOrEqual(2);
    const weeks = plan.weeks.map((week) => week.plannedDistance?.value ?? 0);
    expect(Math.max(...weeks)).toBeLessThanOrEqual(6);
    // generatePlan with the protocol itself keeps the prescription as written.
    expect(generatePlan(patellofemoralPain, options).days[13]?.running.maxDistance).toEqual({ value: 30, unit: 'mi' });
  });

  it('keeps a protocol’s walk/run programme by time for a runner it knows nothing about, and says so without blaming a history', () => {
    const shin = planForProfile(shinSplints, options);
    if (shin.kind !== 'plan') throw new Error('expected a plan');
    const timed = shin.plan.days.filter((day) => day.running.planned?.minutes !== undefined);
    expect(timed.length).toBeGreaterThan(0);
    const flag = shin.plan.flags.find((entry) => entry.kind === 'time-not-checked');
    expect(flag?.message).toMatch(/Nothing is known of your training/);
    for (const day of timed) {
      const dayFlag = day.flags.find((entry) => entry.kind === 'time-not-checked');
      expect(dayFlag?.message).toMatch(/nothing is known of how long you run/);
      expect(dayFlag?.message).not.toMatch(/none of your runs/);
    }
  });

  it('never gives a plan when there is a red flag', () => {
    const result = planForProfile({ ...founding, redFlags: ['night-pain'] }, options);
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'red-flag', redFlag: 'night-pain' }] });
    expect('plan' in result).toBe(false);
  });

  it('refers when a refer-only condition ranks first', () => {
    const result = planForProfile({ region: 'knee', locations: ['joint-line'], aggravatedBy: ['twisting'], onset: 'sudden', redFlags: [] }, options);
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'refer-only-condition', conditionId: 'meniscal-injury' }] });
  });

  it('refers when nothing fits clearly and no question is left that could change it', () => {
    const everythingAsked = { locations: ['top-of-foot'], aggravatedBy: ['running'], painFreeDuring: [], trainingChange: [], signs: [], redFlags: [], background: [] } as const;
    // Against conditions chosen here, not the catalogue: a contributor's new foot condition must not break this test.
    const result = planForProfile({ region: 'foot', ...everythingAsked }, { ...options, conditions: [kneeCondition, heelCondition] });
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'no-clear-match' }] });
    expect(result.matches.length).toBeGreaterThan(0);
  });

  it('plans with the best match’s protocol, for other conditions too', () => {
    const result = planForProfile({ region: 'heel', locations: ['plantar-medial-heel'], aggravatedBy: ['first-steps-after-rest'], redFlags: [] }, { startDate: '2026-12-01' });
    expect(result.kind === 'plan' && result.plan.protocolId).toBe('plantar-heel-pain');
  });

  it('refers when the best match has no protocol among those given, naming it', () => {
    const result = planForProfile({ region: 'heel', locations: ['plantar-medial-heel'], aggravatedBy: ['first-steps-after-rest'], redFlags: [] }, { ...options, protocols: [patellofemoralPain] });
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'no-protocol', conditionId: 'plantar-heel-pain' }] });
  });

  it('uses the protocols an app gives', () => {
    const result = planForProfile(founding, { ...options, protocols: [] });
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'no-protocol', conditionId: 'patellofemoral-pain' }] });
  });

  it('checks the plan options even when it refers', () => {
    expect(() => planForProfile({ ...founding, redFlags: ['fever'] }, { startDate: 'tomorrow' })).toThrow(RehabInputError);
    expect(() => planForProfile(founding, { ...options, start: '2026-12-01' } as typeof options)).toThrow(/Unknown field `start` — did you mean `startDate`/);
  });

  it('asks for the goal the founding protocol ramps to', () => {
    expect(() => planForProfile(founding, { startDate: '2026-12-01' })).toThrow(/goalDistance/);
  });

  it('asks the red flags that matter before any plan', () => {
    const { redFlags: _asked, ...notScreened } = founding;
    const result = planForProfile(notScreened, options);
    expect(result.kind).toBe('questions');
    if (result.kind !== 'questions') return;
    expect(result.questions.every((question) => question.kind === 'red-flag' && question.field === 'redFlags')).toBe(true);
    expect(result.questions.map((question) => question.value)).toEqual(expect.arrayContaining(['swelling', 'locking', 'giving-way', 'night-pain']));
  });

  it('never gives the knee plan to "knee" alone, medial knee pain, or posterior knee pain', () => {
    for (const profile of [
      { region: 'knee', redFlags: [] },
      { region: 'knee', locations: ['medial'], redFlags: [] },
      { region: 'knee', locations: ['posterior'], aggravatedBy: ['running'], redFlags: [] },
    ] as const) {
      const result = planForProfile(profile, options);
      expect(result.kind, JSON.stringify(profile)).not.toBe('plan');
    }
  });

  it('refers a shin whose bone stress injury is plausible even though MTSS ranks first', () => {
    const shin: SymptomProfile = { region: 'shin', locations: ['distal-medial-tibia'], aggravatedBy: ['running'], trainingChange: ['mileage-increase'] };
    const unasked = planForProfile(shin, options);
    expect(unasked.kind).toBe('questions');
    expect(unasked.matches[0]?.conditionId).toBe('medial-tibial-stress-syndrome');
    const focal = planForProfile({ ...shin, redFlags: ['focal-bone-tenderness'] }, options);
    expect(focal.kind === 'referral' && focal.reasons[0]).toMatchObject({ kind: 'red-flag', redFlag: 'focal-bone-tenderness' });
    expect(matchConditions(shin).referral.reasons).toMatchObject([{ kind: 'refer-only-condition', conditionId: 'tibial-bone-stress-injury' }]);

    // Walking hurts too: asked what could rule the bone out, the runner answers no to all of it, and is referred.
    let walking: SymptomProfile = { ...shin, aggravatedBy: ['running', 'walking'], redFlags: [] };
    let result = planForProfile(walking, options);
    for (let asked = 0; result.kind === 'questions' && asked < 10; asked++) {
      const question = result.questions[0];
      if (question === undefined) break;
      walking = answerQuestion(walking, question, false);
      result = planForProfile(walking, options);
    }
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'refer-only-condition', conditionId: 'tibial-bone-stress-injury' }] });
    expect(result.matches[0]?.conditionId).toBe('medial-tibial-stress-syndrome');
  });

  it('derives red flags the rest of the profile shows, whatever redFlags says', () => {
    // Running not asked (only another aggravator was, one by one): groin pain in a runner still refers.
    const notAskedRunning = planForProfile({ region: 'hip', locations: ['groin', 'lateral'], aggravatedBy: ['lying-on-side'], asked: { aggravatedBy: ['lying-on-side'] }, redFlags: [] }, options);
    expect(notAskedRunning.kind === 'referral' && notAskedRunning.reasons[0]).toMatchObject({ kind: 'red-flag', redFlag: 'groin-pain-with-running' });
    const groin = planForProfile({ region: 'hip', locations: ['groin'], aggravatedBy: ['running'], redFlags: [] }, options);
    expect(groin).toMatchObject({ kind: 'referral', reasons: [{ kind: 'red-flag', redFlag: 'groin-pain-with-running' }] });
    const risk = planForProfile({ region: 'shin', locations: ['medial'], aggravatedBy: ['running'], background: ['irregular-periods'], redFlags: [] }, options);
    expect(risk).toMatchObject({ kind: 'referral', reasons: [{ kind: 'red-flag', redFlag: 'bone-stress-risk' }] });
    const back = planForProfile({ ...founding, background: ['back-pain'] }, options);
    expect(back).toMatchObject({ kind: 'referral', reasons: [{ kind: 'red-flag', redFlag: 'back-pain-with-leg-pain' }] });
    const young = planForProfile({ region: 'shin', side: 'both', age: 15, locations: ['medial'], aggravatedBy: ['running'], redFlags: [] }, options);
    expect(young).toMatchObject({ kind: 'referral', reasons: [{ kind: 'red-flag', redFlag: 'bone-stress-risk' }] });
  });

  it('gives a plan to the same picture once the questions are answered', () => {
    // Pain on pressing along the bone is part of what defines shin splints (Winters 2018): asked before the plan.
    const mtss = { region: 'shin', side: 'both', locations: ['medial', 'diffuse'], aggravatedBy: ['running'], signs: ['tender-to-touch'], trainingChange: ['mileage-increase'], redFlags: [] } as const;
    const result = planForProfile(mtss, options);
    expect(result.kind === 'plan' && result.plan.protocolId).toBe('medial-tibial-stress-syndrome');
  });
});
