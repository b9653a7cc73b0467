import { describe, expect, it } from 'vitest';
import { localToday, readFragment, writeFragment, type State } from './state.js';

describe('the state in the URL fragment', () => {
  it('opens on the founding case when the fragment is empty, starting on the day given as today', () => {
    expect(readFragment('', '2026-12-01')).toEqual({
      mode: 'protocol',
      protocolId: 'patellofemoral-pain',
      startDate: '2026-12-01',
      goal: 30,
      unit: 'mi',
      profile: { region: 'knee' },
      history: '',
      spikeGuard: 'cap',
      settings: ['home'],
      log: [],
      today: '',
    });
  });

  it('reads back what it writes, symptom answers included', () => {
    const state: State = { mode: 'symptoms', protocolId: 'plantar-heel-pain', startDate: '2027-01-04', goal: undefined, unit: 'km', profile: { region: 'heel', locations: ['plantar-medial-heel'], asked: { redFlags: ['night-pain'] } }, history: '2026-12-20,5km', spikeGuard: 'warn', settings: ['home', 'supervised'], log: [{ kind: 'pain', date: '2027-01-05', nextMorning: 6 }], today: '2027-01-06' };
    const fragment = writeFragment(state);
    expect(fragment.startsWith('#')).toBe(true);
    expect(readFragment(fragment, '2026-12-01')).toEqual(state);
  });

  it('falls back to the defaults for a start date, goal, unit or profile it cannot read', () => {
    const state = readFragment('#start=tomorrow&goal=-3&unit=furlongs&mode=symptoms&profile=%7B%22region%22%3A%22elbow%22%7D', '2026-12-01');
    expect(state).toMatchObject({ startDate: '2026-12-01', goal: undefined, unit: 'mi', profile: { region: 'knee' } });
  });

  it('takes today from the visitor’s calendar, not UTC', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
