import { describe, expect, it } from 'vitest';
import { conditions as catalogConditions } from 'rehab-protocols/protocols';
import {
  matchConditions,
  nextQuestions,
  MatchResultSchema,
  RED_FLAGS,
  RehabInputError,
  type Condition,
  type SymptomProfile,
} from 'rehab-protocols';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { condition as patellofemoral } from 'rehab-protocols/protocols/patellofemoral-pain';
import { condition as meniscal } from 'rehab-protocols/protocols/meniscal-injury';

const founding = foundingProfile;

function issuesOf(profile: unknown) {
  try {
    matchConditions(profile as SymptomProfile);
  } catch (error) {
    expect(error).toBeInstanceOf(RehabInputError);
    return (error as RehabInputError).issues;
  }
  throw new Error('expected a RehabInputError');
}

describe('matchConditions', () => {
  const result = matchConditions(founding);

  it('ranks patellofemoral pain first for the founding runner, with at least three supporting reasons', () => {
    const [top] = result.matches;
    expect(top?.conditionId).toBe('patellofemoral-pain');
    expect(top?.supporting.length).toBeGreaterThanOrEqual(3);
    expect(top?.supporting.map((reason) => reason.value)).toEqual(expect.arrayContaining(['knee', 'retropatellar', 'stairs-descent']));
    expect(result.referral).toEqual({ required: false, reasons: [] });
  });

  it('names the profile value and how much it moved the score in every reason', () => {
    for (const reason of result.matches[0]?.supporting ?? []) {
      expect(reason.message).toContain(`"${reason.value}"`);
      expect(reason.likelihoodRatio).toBeGreaterThan(1);
      expect(reason.scoreChange).toBeGreaterThanOrEqual(0);
    }
    const retropatellar = result.matches[0]?.supporting.find((reason) => reason.value === 'retropatellar');
    expect(retropatellar).toMatchObject({ field: 'locations', present: true, likelihoodRatio: 5 });
    expect(retropatellar?.message).toMatch(/^Reported: where it hurts "retropatellar"\. .*odds ×5\)$/);
  });

  it('explains what argues against a condition, including values that are missing', () => {
    const itbs = result.matches.find((match) => match.conditionId === 'iliotibial-band-syndrome');
    expect(itbs?.against).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'locations', value: 'lateral', present: false })]));
    expect(itbs?.against.every((reason) => reason.likelihoodRatio < 1 && reason.scoreChange <= 0)).toBe(true);
  });

  it('returns every condition, sorted by score, with scores in [0, 1]', () => {
    expect(result.matches).toHaveLength(catalogConditions.length);
    result.matches.slice(1).forEach((match, index) => expect(match.score).toBeLessThanOrEqual(result.matches[index]?.score ?? 1));
    expect(result.matches.every((match) => match.score >= 0 && match.score <= 1)).toBe(true);
  });

  it('returns a result that its schema accepts', () => {
    expect(MatchResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it.each(RED_FLAGS)('requires referral for the red flag %s, in plain words, whatever else matches', (redFlag) => {
    const flagged = matchConditions({ ...founding, redFlags: [redFlag] });
    expect(flagged.referral.required).toBe(true);
    expect(flagged.referral.reasons[0]).toMatchObject({ kind: 'red-flag', redFlag });
    expect(flagged.referral.reasons[0]?.message.length).toBeGreaterThan(20);
  });

  it('lists red flags most urgent first, then in vocabulary order, whatever the order given', () => {
    const flagged = matchConditions({ ...founding, redFlags: ['night-pain', 'fever', 'swelling'] });
    expect(flagged.referral.reasons.map((reason) => (reason.kind === 'red-flag' ? reason.redFlag : ''))).toEqual(['fever', 'swelling', 'night-pain']);
    expect(flagged.referral.reasons.map((reason) => reason.urgency)).toEqual(['today', 'routine', 'routine']);
  });

  it('requires referral when a refer-only condition ranks first', () => {
    const twisted = matchConditions({ region: 'knee', locations: ['joint-line'], aggravatedBy: ['twisting'], onset: 'sudden' });
    expect(twisted.matches[0]).toMatchObject({ conditionId: 'meniscal-injury', referOnly: true });
    expect(twisted.referral.required).toBe(true);
    expect(twisted.referral.reasons).toEqual([expect.objectContaining({ kind: 'refer-only-condition', conditionId: 'meniscal-injury' })]);
  });

  it('matches against the conditions an app gives', () => {
    const own = matchConditions(founding, { conditions: [meniscal, patellofemoral] });
    expect(own.matches.map((match) => match.conditionId)).toEqual(['patellofemoral-pain', 'meniscal-injury']);
  });

  it('breaks ties by id', () => {
    const twin: Condition = { ...patellofemoral, id: 'a-twin', name: 'Twin' };
    const tied = matchConditions(founding, { conditions: [patellofemoral, twin] });
    expect(tied.matches.map((match) => match.conditionId)).toEqual(['a-twin', 'patellofemoral-pain']);
    expect(tied.matches[0]?.score).toBe(tied.matches[1]?.score);
  });

  it('rejects an invalid condition an app gives, with the path', () => {
    const broken = { ...patellofemoral, prior: { ...patellofemoral.prior, probability: 1.5 } };
    expect(() => matchConditions(founding, { conditions: [broken] })).toThrow(RehabInputError);
    expect(() => matchConditions(founding, { conditions: [] })).toThrow(/at least one condition/);
  });

  it.each([
    ['an unknown region', { region: 'elbow' }, ['region']],
    ['an empty region', { region: '' }, ['region']],
    ['a missing region', { locations: ['lateral'] }, ['region']],
    ['an unknown location', { region: 'knee', locations: ['kneecap'] }, ['locations', 0]],
    ['an unknown red flag', { region: 'knee', redFlags: ['bleeding'] }, ['redFlags', 0]],
    ['a list given as a string', { region: 'knee', aggravatedBy: 'running' }, ['aggravatedBy']],
    ['a pain score above 10', { region: 'knee', painScore: 11 }, ['painScore']],
    ['an unknown field', { region: 'knee', mood: 'low' }, ['mood']],
  ])('rejects a profile with %s, naming the path', (_, profile, path) => {
    expect(issuesOf(profile)[0]?.path).toEqual(path);
  });

  it.each([null, 'knee', 42])('rejects a profile that is not an object (%s)', (profile) => {
    expect(issuesOf(profile)[0]?.path).toEqual([]);
  });
});

describe('pain at the front of the knee', () => {
  // Behind, around or at the lower tip of the kneecap is where "anterior" asks: a runner who names one has answered it,
  // whatever they said to a vaguer "at the front of the knee?" (Zoe, a real page, said "outside/underneath knee cap"
  // and lost patellofemoral pain's front-of-knee finding for not also ticking "anterior").
  for (const location of ['retropatellar', 'peripatellar', 'inferior-pole-patella'] as const) {
    it(`counts "${location}" as at the front of the knee, even after a "no" to "anterior"`, () => {
      const profile: SymptomProfile = { region: 'knee', locations: [location], asked: { locations: [location, 'anterior'] } };
      const pfp = matchConditions(profile).matches.find((match) => match.conditionId === 'patellofemoral-pain');
      expect(pfp?.supporting.map((reason) => reason.value)).toContain('anterior');
      expect(pfp?.against.map((reason) => reason.value)).not.toContain('anterior');
      expect(nextQuestions({ region: 'knee', locations: [location], asked: { locations: [location] } }).some((question) => question.field === 'locations' && question.value === 'anterior')).toBe(false);
    });
  }

  it('still asks behind the kneecap after a "no" to the front, where "yes" would give the plan', () => {
    // Found by review: the front-of-knee finding's reach must count the kneecap's places not yet asked.
    const profile: SymptomProfile = {
      region: 'knee',
      side: 'left',
      onset: 'gradual',
      locations: ['posterior'],
      asked: { locations: ['anterior', 'lateral', 'medial', 'posterior', 'joint-line', 'inferior-pole-patella', 'pes-anserine', 'deep'] },
      aggravatedBy: [],
      painFreeDuring: [],
      signs: [],
      trainingChange: [],
      background: [],
      redFlags: [],
    };
    const asked = nextQuestions(profile).map((question) => question.value);
    expect(asked.some((value) => value === 'retropatellar' || value === 'peripatellar')).toBe(true);
  });

  it('does not put pain at the front of the knee for a runner who names only the outside of it', () => {
    const pfp = matchConditions({ region: 'knee', locations: ['lateral'] }).matches.find((match) => match.conditionId === 'patellofemoral-pain');
    expect(pfp?.against.map((reason) => reason.value)).toContain('anterior');
  });
});
