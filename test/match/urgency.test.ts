import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  generatePlan,
  getProtocol,
  matchConditions,
  planForProfile,
  RED_FLAGS,
  REFERRAL_URGENCIES,
  ReferralReasonSchema,
  REGIONS,
  reviewPlan,
  type ReferralReason,
  type SymptomProfile,
} from 'rehab-protocols';
import { pageVignettes } from '../vignettes/real-pages.js';
import { answerEach } from '../fixtures/answer-each.js';
import { wordsSay } from '../fixtures/urgency-words.js';

// One urgency scale for every referral: what a reason's `urgency` says is what its words say, so an app that shows a
// badge ("See a clinician today") and the runner who reads the message are told the same thing.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

describe('referral urgency', () => {
  it('each red flag, reported or not sure, in each region with or without a second one, refers at the urgency its words say', () => {
    let seen = 0;
    const seconds = [undefined, ...REGIONS];
    for (const region of REGIONS) {
      for (const other of seconds) {
        if (other === region) continue;
        for (const age of [30, 14]) {
          for (const flag of RED_FLAGS) {
            const base: SymptomProfile = { region, age, ...(other === undefined ? {} : { otherRegions: [other], side: 'both' as const }) };
            for (const profile of [{ ...base, redFlags: [flag] }, { ...base, redFlags: [], unsure: { redFlags: [flag] } }]) {
              for (const reason of matchConditions(profile).referral.reasons) {
                expect(ReferralReasonSchema.parse(reason)).toEqual(reason);
                seen++;
                if (reason.urgency !== wordsSay(reason.message)) expect({ region, other, age, flag, reason }).toEqual({ region, other, age, flag, urgency: wordsSay(reason.message) });
              }
            }
          }
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(REGIONS.length * REGIONS.length * RED_FLAGS.length * 4);
  });

  it('hip pain named as a second region, or as the groin from the thigh, is seen within days as the hip is (found by review)', () => {
    const hipToo = matchConditions({ region: 'thigh', otherRegions: ['hip'], redFlags: ['night-pain'], age: 30 }).referral.reasons[0];
    expect(hipToo).toMatchObject({ redFlag: 'night-pain', urgency: 'within-days', message: expect.stringMatching(/At the hip, this can be a stress injury of the hip bone .*: stop running and see a clinician within days\./) });
    for (const profile of [
      { region: 'thigh', otherRegions: ['hip'], age: 30 },
      { region: 'thigh', locations: ['groin'], aggravatedBy: ['stairs-ascent'], age: 30 },
    ] as SymptomProfile[]) {
      const { result } = answerEach(profile, options);
      expect(result.kind).toBe('referral');
      expect(result.kind === 'referral' && result.reasons[0]).toMatchObject({ urgency: 'within-days', message: expect.stringMatching(/within days, and stop running until then/) });
    }
  });

  it('names the levels the messages give: a swollen calf today, groin pain with running within days, locking when booked', () => {
    const urgencyOf = (profile: SymptomProfile) => matchConditions(profile).referral.reasons.find((reason) => reason.kind === 'red-flag')?.urgency;
    expect(urgencyOf({ region: 'calf', redFlags: ['calf-swelling'] })).toBe('today');
    expect(urgencyOf({ region: 'ankle', redFlags: ['sudden-pop'] })).toBe('today');
    expect(urgencyOf({ region: 'hip', redFlags: ['groin-pain-with-running'] })).toBe('within-days');
    expect(urgencyOf({ region: 'shin', redFlags: ['leg-weakness'] })).toBe('within-days');
    expect(urgencyOf({ region: 'knee', redFlags: ['locking'] })).toBe('routine');
    // A growing runner's hip is seen within days (a slipped growth plate); a growing heel (Sever's disease) is booked.
    expect(urgencyOf({ region: 'hip', age: 13 })).toBe('within-days');
    expect(urgencyOf({ region: 'heel', age: 11 })).toBe('routine');
  });

  it('puts the most urgent reason first, whatever the vocabulary order', () => {
    const reasons = matchConditions({ region: 'calf', redFlags: ['night-pain', 'numbness', 'calf-swelling'] }).referral.reasons;
    expect(reasons.map((reason) => reason.kind === 'red-flag' && reason.redFlag)).toEqual(['calf-swelling', 'night-pain', 'numbness']);
    expect(reasons[0]?.message).toMatch(/see a clinician today/);
  });

  it('a runner not sure of an urgent sign is sent on as urgently as a "yes"', () => {
    const result = planForProfile({ region: 'calf', aggravatedBy: ['running'], asked: { redFlags: [] }, unsure: { redFlags: ['calf-swelling'] } }, options);
    expect(result.kind).toBe('referral');
    expect(result.kind === 'referral' && result.reasons[0]).toMatchObject({ redFlag: 'calf-swelling', urgency: 'today' });
  });

  it('hip pain that gets no plan is seen within days, as its words say; elsewhere it is booked', () => {
    const hip = planForProfile({ region: 'hip', redFlags: [], aggravatedBy: ['running'], age: 30, diagnosedAs: 'other' }, options);
    const knee = planForProfile({ region: 'knee', redFlags: [], aggravatedBy: ['running'], age: 30, diagnosedAs: 'other' }, options);
    expect(hip.kind === 'referral' && hip.reasons.map((reason) => [reason.kind, reason.urgency, wordsSay(reason.message)])).toEqual([['diagnosis', 'within-days', 'within-days']]);
    expect(knee.kind === 'referral' && knee.reasons.map((reason) => [reason.kind, reason.urgency, wordsSay(reason.message)])).toEqual([
      ['diagnosis', 'routine', 'routine'],
      ['refer-only-condition', 'routine', 'routine'],
    ]);
  });

  it('a bone-stress sign at the hip is seen within days, as hip pain with no plan is (found by review)', () => {
    for (const flag of ['pain-on-hopping', 'night-pain', 'rest-pain', 'focal-bone-tenderness', 'bone-stress-risk'] as const) {
      const reason = matchConditions({ region: 'hip', locations: ['lateral'], redFlags: [flag], age: 30 }).referral.reasons.find((entry) => entry.kind === 'red-flag');
      expect(reason?.urgency).toBe('within-days');
      expect(reason?.message).toMatch(/At the hip, this can be a stress injury of the hip bone \(femoral neck\), which running on can make worse: stop running and see a clinician within days\./);
    }
    // Hopping that hurts, said as an aggravator at the hip, is the hop sign: as urgent as the same hip with no sign at all.
    const hopped = planForProfile({ region: 'hip', locations: ['lateral'], aggravatedBy: ['running', 'hopping'], age: 30 }, options);
    expect(hopped.kind === 'referral' && hopped.reasons[0]).toMatchObject({ redFlag: 'pain-on-hopping', urgency: 'within-days' });
    // Elsewhere the same signs are booked.
    expect(matchConditions({ region: 'shin', redFlags: ['pain-on-hopping'] }).referral.reasons[0]?.urgency).toBe('routine');
  });

  it('says what the femoral neck is once when several signs at the hip point to it, each reason still saying how soon', () => {
    const result = planForProfile({ region: 'hip', locations: ['groin'], redFlags: ['night-pain', 'rest-pain', 'pain-on-hopping'], age: 30 }, options);
    const messages = result.kind === 'referral' ? result.reasons.filter((reason) => reason.kind === 'red-flag').map((reason) => reason.message) : [];
    // Night pain, rest pain, hopping and groin pain with running (shown by the groin): four reasons, one explanation.
    expect(messages).toHaveLength(4);
    expect(messages.filter((message) => message.includes('(femoral neck)'))).toEqual([messages[0]]);
    expect(messages.slice(1).every((message) => message.includes('that same stress injury of the hip bone') && message.endsWith('stop running and see a clinician within days.'))).toBe(true);
    // The review says it once too: two signs logged on a hip's plan.
    const gluteal = generatePlan(getProtocol('gluteal-tendinopathy'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const logged = reviewPlan(gluteal, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'night-pain' }, { kind: 'symptom', date: '2026-12-04', redFlag: 'pain-on-hopping' }], { today: '2026-12-04' });
    const said = logged.reasons.filter((reason) => reason.rule === 'red-flag').map((reason) => reason.message);
    expect(said).toHaveLength(2);
    expect(said.filter((message) => message.includes('(femoral neck)'))).toHaveLength(1);
    expect(said[1]).toMatch(/that same stress injury of the hip bone/);
  });

  it('puts a reason that is not a red flag first when it is the more urgent (a hip diagnosis with a routine red flag)', () => {
    const result = planForProfile({ region: 'hip', redFlags: ['numbness'], age: 30, diagnosedAs: 'other' }, options);
    expect(result.kind === 'referral' && result.reasons.map((reason) => [reason.kind, reason.urgency])).toEqual([
      ['diagnosis', 'within-days'],
      ['red-flag', 'routine'],
    ]);
    expect(matchConditions({ region: 'hip', redFlags: ['numbness'], age: 30, diagnosedAs: 'other' }).referral.reasons[0]?.kind).toBe('diagnosis');
  });

  it("a growing runner not sure whether it is under the heel is told of the heel's growth plate, as urgently as a yes", () => {
    const start = { region: 'foot', aggravatedBy: ['running'], age: 12 } as const;
    const first = planForProfile(start, options);
    expect(first.kind === 'questions' && first.questions[0]).toMatchObject({ field: 'locations', value: 'plantar-heel' });
    const unsure = planForProfile(answerQuestion(start, { kind: 'finding', field: 'locations', value: 'plantar-heel', text: 'Is the pain anywhere under the heel?' }, 'unsure'), options);
    const yes = planForProfile(answerQuestion(start, { kind: 'finding', field: 'locations', value: 'plantar-heel', text: 'Is the pain anywhere under the heel?' }, true), options);
    const growth = (result: typeof yes) => (result.kind === 'referral' ? result.reasons.find((reason) => reason.kind === 'red-flag' && reason.redFlag === 'growth-plate') : undefined);
    expect(growth(yes)).toMatchObject({ urgency: 'routine', message: expect.stringMatching(/Sever's disease/) });
    expect(growth(unsure)).toMatchObject({ urgency: 'routine', message: expect.stringMatching(/^You were not sure .*Sever's disease/) });
  });

  it("a growing runner's heel referral says what the knee's own question would have asked, when the knee hurts too", () => {
    const result = matchConditions({ region: 'heel', otherRegions: ['knee'], age: 13 });
    const reason = result.referral.reasons.find((entry) => entry.kind === 'red-flag' && entry.redFlag === 'growth-plate');
    expect(reason?.message).toMatch(/Sever's disease.* Knee pain in a growing runner can come from the hip: if you limp, or the hip, groin or thigh hurts as well, see a doctor within days\.$/);
    expect(reason?.urgency).toBe('routine');
  });

  it('a hop sign said once when described, and whole when the runner was not sure of it (found by review)', () => {
    const described = matchConditions({ region: 'shin', age: 30, redFlags: [], aggravatedBy: ['running', 'hopping'] }).referral.reasons[0]?.message;
    expect(described).toBe('You describe pain on hopping, in the shin. This can be a bone stress injury: see a clinician before running again.');
    const unsure = matchConditions({ region: 'shin', age: 30, redFlags: [], aggravatedBy: ['running'], unsure: { aggravatedBy: ['hopping'] } }).referral.reasons[0]?.message;
    expect(unsure).toMatch(/a yes means: Hopping on the leg hurts\. This can be a bone stress injury: see a clinician before running again\.$/);
    // A hip diagnosis of another part of the leg says whom to see, and how soon, once.
    const hip = matchConditions({ region: 'hip', diagnosedAs: 'patellofemoral-pain' }).referral.reasons[0]?.message ?? '';
    expect(hip.match(/see a clinician/g)).toHaveLength(1);
  });

  it("on runners' own pages, every referral reason's urgency is what its words say", () => {
    const reasons: ReferralReason[] = [];
    for (const vignette of pageVignettes) {
      const { result } = answerEach(vignette.profile, options, (question) => ((vignette.truth[question.field as 'locations'] ?? []) as readonly string[]).includes(question.value ?? ''));
      if (result.kind === 'referral') reasons.push(...result.reasons);
    }
    expect(reasons.length).toBeGreaterThan(50);
    for (const reason of reasons) expect({ message: reason.message, urgency: reason.urgency }).toEqual({ message: reason.message, urgency: wordsSay(reason.message) });
    // Each level is reached by some runner's own words.
    expect(new Set(reasons.map((reason) => reason.urgency))).toEqual(new Set(REFERRAL_URGENCIES));
  });
});
