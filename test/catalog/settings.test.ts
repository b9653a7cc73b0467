import { describe, expect, it } from 'vitest';
import { listProtocols, planForProfile } from 'rehab-protocols';

// Vignettes a plan is given for (red flags asked, none reported), from test/vignettes.
const patellarTendon = { region: 'knee', locations: ['inferior-pole-patella'], aggravatedBy: ['jumping', 'squatting'], signs: ['warms-up-with-activity'], redFlags: [] } as const;
const achilles = { region: 'ankle', locations: ['achilles-midportion', 'posterior'], signs: ['morning-stiffness', 'warms-up-with-activity'], aggravatedBy: ['running'], redFlags: [] } as const;
const startDate = '2026-12-01';

describe('planForProfile and where a protocol may be done', () => {
  it('refers a runner who allows only home to a clinician for a protocol that needs supervision, naming it', () => {
    const result = planForProfile(patellarTendon, { startDate });
    expect(result).toMatchObject({ kind: 'referral', reasons: [{ kind: 'needs-supervision', conditionId: 'patellar-tendinopathy', protocolIds: ['patellar-tendinopathy'] }] });
    if (result.kind === 'referral') expect(result.reasons[0]?.message).toMatch(/supervis/);
  });

  it('still refers when a gym is allowed but the protocol needs supervision', () => {
    expect(planForProfile(patellarTendon, { startDate, settings: ['home', 'gym'] }).kind).toBe('referral');
  });

  it('gives the plan when the runner allows a supervised setting', () => {
    const result = planForProfile(patellarTendon, { startDate, settings: ['supervised'] });
    expect(result.kind === 'plan' && result.plan.protocolId).toBe('patellar-tendinopathy');
  });

  it('chooses the first of a condition’s protocols whose setting is allowed', () => {
    const home = planForProfile(achilles, { startDate });
    expect(home.kind === 'plan' && home.plan.protocolId).toBe('achilles-tendinopathy-midportion-eccentric');
    const supervisedOnly = planForProfile(achilles, { startDate, settings: ['supervised'] });
    expect(supervisedOnly.kind === 'plan' && supervisedOnly.plan.protocolId).toBe('achilles-tendinopathy-midportion-hsr');
  });

  it('refuses a setting outside the vocabulary', () => {
    expect(() => planForProfile(achilles, { startDate, settings: ['clinic' as 'home'] })).toThrow(/home.*gym.*supervised/);
  });
});

describe('Protocol.setting', () => {
  it('marks the heavy-load protocols (6RM barbell, 70 % MVC holds) as not for home', () => {
    const settings = Object.fromEntries(listProtocols().map((protocol) => [protocol.id, protocol.setting]));
    expect(settings['patellar-tendinopathy']).not.toBe('home');
    expect(settings['achilles-tendinopathy-midportion-hsr']).not.toBe('home');
    expect(settings['patellofemoral-pain']).toBe('home');
  });

  it('gathers every protocol’s equipment from its exercises, each item once', () => {
    for (const protocol of listProtocols()) {
      const needed = new Set(protocol.exercises.flatMap((exercise) => exercise.equipment));
      expect(new Set(protocol.equipment)).toEqual(needed);
      expect(protocol.equipment.length).toBe(needed.size);
    }
  });
});
