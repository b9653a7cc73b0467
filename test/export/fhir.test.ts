import { describe, expect, it } from 'vitest';
import { matchConditions, RehabInputError, type ConditionMatch, type Protocol } from 'rehab-protocols';
import { listProtocols } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { matchToCondition, planToCarePlan, protocolToPlanDefinition } from '../../src/export/fhir/index.js';
import { fittedPlan, foundingPlan } from './plans.js';

// Value sets (FHIR R4) the resources must draw their codes from.
const PUBLICATION_STATUS = ['draft', 'active', 'retired', 'unknown'];
const CARE_PLAN_STATUS = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'];
const CARE_PLAN_INTENT = ['proposal', 'plan', 'order', 'option'];
const ACTIVITY_STATUS = ['not-started', 'scheduled', 'in-progress', 'on-hold', 'completed', 'cancelled', 'stopped', 'unknown', 'entered-in-error'];
const GOAL_LIFECYCLE = ['proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'rejected'];
const VERIFICATION = ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'];
const UNITS_OF_TIME = ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'];
const SNOMED_EXERCISE_THERAPY = { system: 'http://snomed.info/sct', code: '229065009', display: 'Exercise therapy' };

describe('protocolToPlanDefinition', () => {
  const definition = protocolToPlanDefinition(patellofemoralPain);

  it('has the required elements and an allowed status', () => {
    expect(definition.resourceType).toBe('PlanDefinition');
    expect(PUBLICATION_STATUS).toContain(definition.status);
    expect(definition).toMatchObject({ id: 'patellofemoral-pain', title: patellofemoralPain.name, topic: [{ text: 'Patellofemoral pain' }] });
  });

  it('has a contained ActivityDefinition per exercise, coded as exercise therapy', () => {
    expect(definition.contained.map((activity) => activity.id)).toEqual(['slow-calf-raise', 'side-lying-hip-abduction', 'towel-eater', 'sit-to-stand']);
    for (const activity of definition.contained) {
      expect(activity).toMatchObject({ resourceType: 'ActivityDefinition', status: 'active', code: { coding: [SNOMED_EXERCISE_THERAPY] } });
    }
  });

  it('has an action per phase, with its timing and its exercises in order', () => {
    const [settle, build] = definition.action;
    expect(settle?.timingTiming?.repeat).toEqual({ boundsDuration: { value: 7, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' }, frequency: 1, frequencyMax: 2, period: 1, periodUnit: 'd' });
    expect(build?.relatedAction).toEqual([{ actionId: 'settle', relationship: 'after-end' }]);
    expect(settle?.action?.map((action) => [action.definitionCanonical, action.textEquivalent])).toEqual([
      ['#slow-calf-raise', '2–5 sets, each side'],
      ['#side-lying-hip-abduction', '2–6 sets of 10–15 reps, each side'],
      ['#towel-eater', '2–4 sets of 1–2 min, each side'],
      ['#sit-to-stand', '4–8 sets of 4–6 reps'],
    ]);
    for (const action of definition.action) expect(UNITS_OF_TIME).toContain(action.timingTiming?.repeat.periodUnit);
  });

  it('cites the sources, with DOIs as URLs', () => {
    expect(definition.relatedArtifact).toContainEqual(expect.objectContaining({ type: 'citation', url: 'https://doi.org/10.2519/jospt.2019.0302' }));
    expect(definition.relatedArtifact).toHaveLength(patellofemoralPain.sources.length);
  });

  it('converts every protocol; every exercise reference resolves to a contained resource', () => {
    for (const protocol of listProtocols()) {
      const resource = protocolToPlanDefinition(protocol);
      const contained = new Set(resource.contained.map((activity) => `#${activity.id}`));
      for (const phase of resource.action) for (const action of phase.action ?? []) expect(contained.has(action.definitionCanonical ?? '')).toBe(true);
    }
  });

  it('rejects what is not a protocol', () => {
    expect(() => protocolToPlanDefinition({ ...patellofemoralPain, phases: [] } as Protocol)).toThrow(RehabInputError);
  });
});

describe('planToCarePlan', () => {
  const carePlan = planToCarePlan(foundingPlan);

  it('has the required elements and allowed codes', () => {
    expect(carePlan.resourceType).toBe('CarePlan');
    expect(CARE_PLAN_STATUS).toContain(carePlan.status);
    expect(CARE_PLAN_INTENT).toContain(carePlan.intent);
    expect(carePlan.subject).toEqual({ display: 'Runner' });
    expect(carePlan.period).toEqual({ start: '2026-12-01', end: '2026-12-14' });
  });

  it('has an activity per day, scheduled on its date', () => {
    expect(carePlan.activity).toHaveLength(14);
    carePlan.activity.forEach((activity, index) => {
      expect(ACTIVITY_STATUS).toContain(activity.detail.status);
      expect(activity.detail.scheduledPeriod.start).toBe(foundingPlan.days[index]?.date);
    });
    expect(carePlan.activity[0]?.detail.description).toContain('Towel eater: 2–4 sets of 1–2 min, each side [1].');
  });

  it('marks each dose and limit with its source, and lists the plan’s sources as notes', () => {
    expect(carePlan.activity[0]?.detail.description).toContain('Running: jog up to 5.0 mi [1].');
    expect(carePlan.note).toContainEqual({ text: expect.stringMatching(/^Source \[1\]: Physical therapist .*docs\/founding-case\.md/) });
    const fitted = planToCarePlan(fittedPlan);
    const frandsen = fittedPlan.sources.findIndex((source) => source.id === 'frandsen-2025') + 1;
    expect(frandsen).toBeGreaterThan(0);
    expect(fitted.note).toContainEqual({ text: expect.stringContaining(`Source [${frandsen}]: Frandsen JSB`) });
    expect(fitted.note).toContainEqual({ text: expect.stringMatching(/^\[D1\] Library default: /) });
  });

  it('makes each checkpoint a contained Goal that the plan references', () => {
    expect(carePlan.contained).toEqual([expect.objectContaining({ resourceType: 'Goal', id: 'checkpoint-14', target: [{ dueDate: '2026-12-14' }] })]);
    expect(GOAL_LIFECYCLE).toContain(carePlan.contained[0]?.lifecycleStatus);
    expect(carePlan.goal).toEqual([{ reference: '#checkpoint-14' }]);
  });
});

describe('matchToCondition', () => {
  const [top] = matchConditions({ region: 'knee', locations: ['retropatellar'], aggravatedBy: ['stairs-descent'] }).matches;
  const condition = matchToCondition(top as ConditionMatch);

  it('is a provisional Condition: consistent with, not a diagnosis', () => {
    expect(condition.resourceType).toBe('Condition');
    expect(condition.verificationStatus.coding).toEqual([{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional', display: 'Provisional' }]);
    expect(VERIFICATION).toContain(condition.verificationStatus.coding?.[0]?.code);
    expect(condition.code).toEqual({ text: 'Patellofemoral pain' });
    expect(condition.subject).toEqual({ display: 'Runner' });
    expect(condition.note[0]?.text).toMatch(/^Consistent with Patellofemoral pain \(score 0\.\d\d; not a diagnosis\)\.$/);
  });

  it('rejects what is not a match', () => {
    expect(() => matchToCondition({ ...(top as ConditionMatch), score: 2 })).toThrow(RehabInputError);
  });
});

describe('the FHIR exports’ subject', () => {
  const patient = { reference: 'Patient/123', display: 'A runner' };
  const [top] = matchConditions({ region: 'knee', locations: ['retropatellar'] }).matches;

  it('is the app’s patient reference when given, on the CarePlan, its Goals, the Condition and every Observation', async () => {
    const { logToObservations } = await import('../../src/export/fhir/index.js');
    const carePlan = planToCarePlan(foundingPlan, { subject: patient });
    expect(carePlan.subject).toEqual(patient);
    expect(carePlan.contained.length).toBeGreaterThan(0);
    for (const goal of carePlan.contained) expect(goal.subject).toEqual(patient);
    expect(matchToCondition(top as ConditionMatch, { subject: { reference: 'Patient/123' } }).subject).toEqual({ reference: 'Patient/123' });
    const observations = logToObservations([{ kind: 'pain', date: '2026-12-05', during: 3 }, { kind: 'run', date: '2026-12-05', distance: { value: 5, unit: 'km' } }], { subject: patient });
    expect(observations.map((observation) => observation.subject)).toEqual([patient, patient]);
  });

  it('stays the placeholder without one', () => {
    expect(planToCarePlan(foundingPlan).subject).toEqual({ display: 'Runner' });
    expect(matchToCondition(top as ConditionMatch).subject).toEqual({ display: 'Runner' });
  });

  it('rejects what is not a reference, naming where', () => {
    for (const [subject, path] of [
      [{}, ['subject']],
      [{ reference: '' }, ['subject', 'reference']],
      [{ id: 'Patient/1' }, ['subject', 'id']],
    ] as const) {
      try {
        planToCarePlan(foundingPlan, { subject } as never);
        expect.unreachable(`accepted ${JSON.stringify(subject)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(RehabInputError);
        expect((error as RehabInputError).issues[0]?.path).toEqual(path);
      }
    }
  });
});
