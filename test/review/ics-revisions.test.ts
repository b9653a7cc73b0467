import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generatePlan, reviewPlan, type LogEntry } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toIcs } from '../../src/export/ics/index.js';

/** Each event's UID, SEQUENCE and start day, read back with ical.js. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, { sequence: event.sequence, start: event.startDate.toString() }] as const;
    }),
  );
}

describe('a reviewed plan in a calendar', () => {
  it('keeps every day’s UID and raises SEQUENCE on the days the review changed', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
    const missed: LogEntry[] = ['2026-12-08', '2026-12-09', '2026-12-10'].map((date) => ({ kind: 'missed', date, what: 'run' }));
    const revised = reviewPlan(plan, missed, { today: '2026-12-10' }).plan;
    const before = events(toIcs(plan));
    const after = events(toIcs(revised));

    for (const [uid, event] of before) {
      if (uid.includes('checkpoint')) continue;
      const now = after.get(uid);
      expect(now, uid).toBeDefined();
      if (event.start < '2026-12-10') expect(now?.sequence, uid).toBe(event.sequence);
    }
    const changed = revised.days.filter((day) => (day.revision ?? 0) > 0).map((day) => day.date);
    expect(changed.length).toBeGreaterThan(0);
    for (const [, event] of after) if (changed.includes(event.start)) expect(event.sequence).toBe(1);
    // The checkpoint keeps its UID and moves to its new day, with a higher SEQUENCE.
    const checkpointUid = [...before.keys()].find((uid) => uid.includes('checkpoint'));
    expect(after.get(checkpointUid ?? '')).toEqual({ sequence: 1, start: revised.checkpoints[0]?.date });
    expect(after.get(checkpointUid ?? '')?.start).not.toBe(before.get(checkpointUid ?? '')?.start);
  });
});
