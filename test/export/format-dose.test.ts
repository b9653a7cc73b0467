import { describe, expect, it } from 'vitest';
import { formatDose, type Dose, type Evidence } from 'rehab-protocols';

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
    ).toBe('4 sets of 15 reps, 15RM, 3 s up / 2 s hold / 3 s down, rest 2 min');
  });
});
