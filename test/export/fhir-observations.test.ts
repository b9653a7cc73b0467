import { describe, expect, it } from 'vitest';
import { RehabInputError } from 'rehab-protocols';
import { logToObservations } from '../../src/export/fhir/index.js';

describe('logToObservations', () => {
  it('writes each pain rating as LOINC 72514-3 on the 0–10 scale, next-morning pain on the next day', () => {
    const observations = logToObservations([{ kind: 'pain', date: '2026-12-31', during: 3, nextMorning: 1, where: 'retropatellar', side: 'left' }]);
    expect(observations.map((observation) => [observation.code.coding?.[0]?.code, observation.effectiveDateTime, observation.valueQuantity.value])).toEqual([
      ['72514-3', '2026-12-31', 3],
      ['72514-3', '2027-01-01', 1],
    ]);
    expect(observations[0]?.note?.[0]?.text).toBe('Pain during activity (retropatellar, left)');
    expect(new Set(observations.map((observation) => observation.id)).size).toBe(2);
  });

  it('writes a run as an activity Observation with its distance in UCUM and its duration as LOINC 55411-3', () => {
    const [run] = logToObservations([{ kind: 'run', date: '2026-12-05', distance: { value: 3.1, unit: 'mi' }, durationMinutes: 31, pain: { during: 2 } }]);
    expect(run).toMatchObject({
      category: [{ coding: [{ code: 'activity' }] }],
      valueQuantity: { value: 3.1, code: '[mi_i]' },
      component: [{ code: { coding: [{ code: '55411-3' }] }, valueQuantity: { value: 31, code: 'min' } }],
    });
  });

  it('leaves out sessions, misses and red flags, and rejects a bad log', () => {
    expect(logToObservations([{ kind: 'missed', date: '2026-12-05', what: 'run' }, { kind: 'session', date: '2026-12-05' }])).toEqual([]);
    expect(() => logToObservations([{ kind: 'pain', date: '2026-12-05', during: 11 }])).toThrow(RehabInputError);
  });
});
