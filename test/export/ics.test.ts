import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { RehabInputError, type Plan } from 'rehab-protocols';
import { toIcs } from '../../src/export/ics/index.js';
import { awkwardPlan, everyProtocolPlan, foundingPlan } from './plans.js';

/** The events of a calendar, read back with ical.js, an independent parser. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate, end: event.endDate };
  });
}

describe('toIcs', () => {
  const ics = toIcs(foundingPlan);
  const parsed = events(ics);

  it('has one all-day event per plan day and one per checkpoint', () => {
    expect(parsed).toHaveLength(15);
    parsed.slice(0, 14).forEach((event, index) => {
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(foundingPlan.days[index]?.date);
      expect(event.end.toString()).toBe(foundingPlan.days[index + 1]?.date ?? '2026-12-15');
    });
    expect(parsed[14]?.summary).toBe('Checkpoint: Can you run your usual distance without knee pain?');
    expect(parsed[14]?.start.toString()).toBe('2026-12-14');
  });

  it('describes each day’s exercises, doses and running limit', () => {
    expect(parsed[0]?.summary).toBe('Rehab day 1: jog up to 5.0 mi');
    expect(parsed[0]?.description).toContain('Slow calf raises: 2–5 sets, each side');
    expect(parsed[0]?.description).toContain('Sit to stand: 4–8 sets of 4–6 reps');
    expect(parsed[13]?.description).toContain('Running: run up to 30.0 mi');
  });

  it('is deterministic, with stable UIDs and no clock reading', () => {
    expect(toIcs(foundingPlan)).toBe(ics);
    expect(parsed[0]?.uid).toBe('patellofemoral-pain-2026-12-01-day-1@rehab-protocols');
    expect(ics).toContain('DTSTAMP:20261201T000000Z');
  });

  it('follows the line rules: CRLF, lines of at most 75 octets, a final line break', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes commas, semicolons and line breaks so that they read back unchanged', () => {
    expect(events(toIcs(awkwardPlan))[0]?.description).toContain('Calf raise, slow "tempo"; left|right\nboth: 2–5 sets, each side');
  });

  it('writes every protocol’s plan', () => {
    for (const plan of everyProtocolPlan) expect(events(toIcs(plan)).length).toBe(plan.days.length + plan.checkpoints.length);
  });

  it('rejects what is not a plan', () => {
    expect(() => toIcs({ ...foundingPlan, unit: 'miles' } as unknown as Plan)).toThrow(RehabInputError);
  });
});
