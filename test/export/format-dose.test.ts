import { describe, expect, it } from 'vitest';
import { formatDose, formatPlan, generatePlan, getProtocol, type Dose, type Evidence } from 'rehab-protocols';
import { toMarkdown } from 'rehab-protocols/export/markdown';

const evidence: Evidence = { kind: 'cited', sourceIds: ['x'] };
const dose = (fields: Omit<Dose, 'evidence'>): Dose => ({ ...fields, evidence });

describe('formatDose', () => {
  it('says only the sets and side when no rep count is given', () => {
    expect(formatDose(dose({ sets: { min: 2, max: 5 }, perSide: true }))).toBe('2–5 sets, each side');
  });

  it('gives repetitions per set', () => {
    expect(formatDose(dose({ sets: { min: 4, max: 8 }, reps: { min: 4, max: 6 }, perSide: false }))).toBe('4–8 sets of 4–6 reps');
  });

  it('gives whole minutes in minutes and other times in seconds', () => {
    expect(formatDose(dose({ sets: { min: 2, max: 4 }, durationSeconds: { min: 60, max: 120 }, perSide: true }))).toBe(
      '2–4 sets of 1–2 min, each side',
    );
    expect(formatDose(dose({ sets: { min: 5, max: 5 }, holdSeconds: { min: 45, max: 45 }, perSide: false }))).toBe('5 sets, hold 45 s');
  });

  it('says a single set and a single rep in the singular', () => {
    expect(formatDose(dose({ sets: { min: 1, max: 1 }, reps: { min: 1, max: 1 }, perSide: false }))).toBe('1 set of 1 rep');
  });

  it('adds load, tempo and rest', () => {
    expect(
      formatDose(
        dose({
          sets: { min: 4, max: 4 },
          reps: { min: 15, max: 15 },
          perSide: false,
          load: { kind: 'repetition-maximum', rm: 15 },
          tempo: { concentricSeconds: 3, pauseSeconds: 2, eccentricSeconds: 3 },
          restSeconds: { min: 120, max: 120 },
        }),
      ),
    ).toBe('4 sets of 15 reps, heavy enough that 15 reps is all you can do (15RM), 3 s up / 2 s hold / 3 s down, rest 2 min');
  });

  it('says how many times a day, when the source gives an exercise more often than the day’s sessions', () => {
    const holds = { sets: { min: 1, max: 2 }, reps: { min: 3, max: 10 }, holdSeconds: { min: 5, max: 15 }, perSide: true };
    expect(formatDose(dose({ ...holds, timesPerDay: { min: 2, max: 2 } }))).toBe('1–2 sets of 3–10 reps, hold 5–15 s, each side, twice a day');
    expect(formatDose(dose({ ...holds, timesPerDay: { min: 2, max: 3 } }))).toMatch(/, 2–3 times a day$/);
    expect(formatDose(dose(holds))).not.toMatch(/a day/);
  });

  it('gives the LEAP trial’s static holds twice a day in every view of the gluteal plan', () => {
    const plan = generatePlan(getProtocol('gluteal-tendinopathy'), { startDate: '2026-12-01' });
    for (const day of plan.days) expect(day.exercises.find((exercise) => exercise.exerciseId === 'static-hip-abduction')?.dose.timesPerDay).toEqual({ min: 2, max: 2 });
    expect(toMarkdown(plan)).toMatch(/Static hip abduction[^\n]*twice a day/i);
    expect(formatPlan(plan)).toMatch(/twice a day/);
  });
});

