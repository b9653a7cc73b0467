import { describe, expect, it } from 'vitest';
import { generatePlan, planForProfile, RehabInputError } from 'rehab-protocols';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const founding = foundingProfile;
const options = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } } as const;

describe('planForProfile', () => {
  it('gives the founding runner the founding plan', () => {
    const result = planForProfile(founding, options);
    expect(result.kind).toBe('plan');
    if (result.kind !== 'plan') return;
    expect(result.match.conditionId).toBe('patellofemoral-pain');
    expect(result.plan).toEqual(generatePlan(patellofemoralPain, options));
  });

  it('never gives a plan when there is a red flag', () => {
    const result = planForProfile({ ...founding, redFlags: ['night-pain'] }, options);
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'red-flag', redFlag: 'night-pain' }] });
    expect('plan' in result).toBe(false);
  });

  it('refers when a refer-only condition ranks first', () => {
    const result = planForProfile({ region: 'knee', locations: ['joint-line'], aggravatedBy: ['twisting'], onset: 'sudden' }, options);
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'refer-only-condition', conditionId: 'meniscal-injury' }] });
  });

  it('refers when nothing fits clearly', () => {
    const result = planForProfile({ region: 'foot' }, options);
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'no-clear-match' }] });
    expect(result.matches.length).toBeGreaterThan(0);
  });

  it('plans with the best match’s protocol, for other conditions too', () => {
    const result = planForProfile({ region: 'heel', locations: ['plantar-medial-heel'], aggravatedBy: ['first-steps-after-rest'] }, { startDate: '2026-12-01' });
    expect(result.kind === 'plan' && result.plan.protocolId).toBe('plantar-heel-pain');
  });

  it('refers when the best match has no protocol among those given, naming it', () => {
    const result = planForProfile({ region: 'heel', locations: ['plantar-medial-heel'], aggravatedBy: ['first-steps-after-rest'] }, { ...options, protocols: [patellofemoralPain] });
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
});
