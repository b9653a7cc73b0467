import { describe, expect, it } from 'vitest';
import {
  matchConditions,
  planForProfile,
  RED_FLAGS,
  REFERRAL_URGENCIES,
  ReferralReasonSchema,
  REGIONS,
  type ReferralReason,
  type SymptomProfile,
} from 'rehab-protocols';
import { pageVignettes } from '../vignettes/real-pages.js';
import { answerEach } from '../fixtures/answer-each.js';

// One urgency scale for every referral: what a reason's `urgency` says is what its words say, so an app that shows a
// badge ("See a clinician today") and the runner who reads the message are told the same thing.
const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' as const } };

/** What the words of a message say of how soon, on the scale's levels. */
function wordsSay(message: string): (typeof REFERRAL_URGENCIES)[number] {
  // What is said only on a condition ("If the leg or foot turns weak too, see one within days", "and today if it hurts
  // to put weight on the leg") does not set the level: the unconditional advice does. The regulator's "straight away"
  // for a runner still taking a fluoroquinolone is the exception the scale takes as the level (see its TSDoc).
  const unconditional = message
    .replace(/(^|\. )If (?!you are still taking it)[^.]*\./g, '$1')
    .replace(/,? and today if [^.:]*/g, '');
  if (/\b(see a clinician|see a doctor|see one) today\b|straight away/i.test(unconditional)) return 'today';
  if (/within days/i.test(unconditional)) return 'within-days';
  return 'routine';
}

describe('referral urgency', () => {
  it('each red flag, reported alone in each region, refers at the urgency its words say', () => {
    let seen = 0;
    for (const region of REGIONS) {
      for (const flag of RED_FLAGS) {
        const result = matchConditions({ region, redFlags: [flag], age: 30 });
        for (const reason of result.referral.reasons) {
          expect(ReferralReasonSchema.parse(reason)).toEqual(reason);
          if (reason.kind !== 'red-flag') continue;
          seen++;
          expect({ region, flag: reason.redFlag, urgency: reason.urgency }).toEqual({ region, flag: reason.redFlag, urgency: wordsSay(reason.message) });
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(REGIONS.length * RED_FLAGS.length);
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
