import { describe, expect, it } from 'vitest';
import { ProtocolSchema } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

// Every expected value below is read off ../shared/SEED-CASE.md (copied to docs/founding-case.md), not off the code.
const founding = { kind: 'cited', sourceIds: ['founding-case'] };

describe('patellofemoralPain', () => {
  it('passes its own schema and cross-checks', () => {
    expect(ProtocolSchema.safeParse(patellofemoralPain).success).toBe(true);
  });

  it('is the patellofemoral-pain protocol for patellofemoral pain', () => {
    expect(patellofemoralPain.id).toBe('patellofemoral-pain');
    expect(patellofemoralPain.condition.id).toBe('patellofemoral-pain');
    expect(patellofemoralPain.condition.aliases).toContain('anterior knee pain');
  });

  it('holds the four exercises in the founding order', () => {
    for (const phase of patellofemoralPain.phases) {
      expect(phase.exercises.map((entry) => entry.exerciseId)).toEqual([
        'slow-calf-raise',
        'side-lying-hip-abduction',
        'towel-eater',
        'sit-to-stand',
      ]);
    }
  });

  it('holds the prescribed doses exactly: ranges stay ranges, per side stays per side, a missing rep count stays missing', () => {
    for (const phase of patellofemoralPain.phases) {
      const [calf, hip, towel, sit] = phase.exercises.map((entry) => entry.dose);
      expect(calf).toMatchObject({ sets: { min: 2, max: 5 }, perSide: true, evidence: founding });
      expect(calf).not.toHaveProperty('reps');
      expect(calf).not.toHaveProperty('durationSeconds');
      expect(hip).toMatchObject({ sets: { min: 2, max: 6 }, reps: { min: 10, max: 15 }, perSide: true });
      expect(towel).toMatchObject({ sets: { min: 2, max: 4 }, durationSeconds: { min: 60, max: 120 }, perSide: true });
      expect(towel).not.toHaveProperty('reps');
      expect(sit).toMatchObject({ sets: { min: 4, max: 8 }, reps: { min: 4, max: 6 }, perSide: false });
      for (const dose of [calf, hip, towel, sit]) {
        expect(dose).not.toHaveProperty('load');
        expect(dose).not.toHaveProperty('tempo');
        expect(dose).not.toHaveProperty('restSeconds');
      }
    }
  });

  it('has days 1–7 at 1–2 sessions a day, jogging at most 5 mi, then days 8–14 once a day ramping to the goal', () => {
    const [settle, build] = patellofemoralPain.phases;
    expect(patellofemoralPain.phases).toHaveLength(2);
    expect(settle).toMatchObject({
      days: { min: 1, max: 7 },
      sessionsPerDay: { min: 1, max: 2 },
      exerciseDays: { kind: 'daily' },
      running: { kind: 'cap', maxDistance: { value: 5, unit: 'mi' }, intensity: 'jog' },
    });
    expect(build).toMatchObject({
      days: { min: 8, max: 14 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      running: { kind: 'ramp-to-goal', from: { value: 5, unit: 'mi' } },
    });
  });

  it('checks in on day 14 and sends the runner back to the therapist if it has not worked', () => {
    expect(patellofemoralPain.checkpoints).toHaveLength(1);
    expect(patellofemoralPain.checkpoints[0]).toMatchObject({ day: 14, referral: true });
    expect(patellofemoralPain.checkpoints[0]?.ifNotBetter).toMatch(/physical therapist/);
  });

  it('says that quality of movement is the key', () => {
    expect(patellofemoralPain.guidance.join(' ')).toMatch(/quality of movement/i);
  });

  it('cites the founding prescription and guidelines with DOIs', () => {
    const ids = patellofemoralPain.sources.map((source) => source.id);
    expect(ids).toEqual(['founding-case', 'willy-2019', 'crossley-2016', 'collins-2018']);
    for (const source of patellofemoralPain.sources) {
      if (source.kind === 'publication') expect(source.doi).toMatch(/^10\./);
    }
  });
});
