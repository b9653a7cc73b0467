import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generatePlan, RehabInputError, type Plan } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toIcs } from '../../src/export/ics/index.js';
import { awkwardPlan, everyProtocolPlan, fittedPlan, foundingPlan } from './plans.js';

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

/** Text from a protocol or an app's user, as hostile as it gets, and what a calendar app must read back. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['line\nbreak', 'line\nbreak'],
  ['carriage\rreturn and\r\nCRLF', 'carriage\nreturn and\nCRLF'],
  ['quotes "double" \'single\'', 'quotes "double" \'single\''],
  ['comma, semicolon; backslash \\ colon: end', 'comma, semicolon; backslash \\ colon: end'],
  ['a literal \\n is not a line break', 'a literal \\n is not a line break'],
  ['emoji 🏃‍♀️🦵🏽 run', 'emoji 🏃‍♀️🦵🏽 run'],
  ['RTL \u200F\u202Eevil\u202C mark', 'RTL \u200F\u202Eevil\u202C mark'],
  ['NUL\u0000 BEL\u0007 ESC\u001b[2J DEL\u007f C1\u009b', 'NUL BEL ESC[2J DEL C1'],
  ['tab\tkept', 'tab\tkept'],
  ['NEL\u0085LS\u2028PS\u2029end', 'NEL\nLS\nPS\nend'],
  ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
  ['=1+2', '=1+2'],
  ['+SUM(A1)', '+SUM(A1)'],
  ['-2', '-2'],
  ['@cmd', '@cmd'],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['BEGIN:VEVENT\nUID:forged', 'BEGIN:VEVENT\nUID:forged'],
  [`${'🏃'.repeat(30)}${'é'.repeat(50)}${'x'.repeat(80)}`, `${'🏃'.repeat(30)}${'é'.repeat(50)}${'x'.repeat(80)}`],
];

function hostilePlan(text: string): Plan {
  const plan = structuredClone(foundingPlan) as Plan & { protocolName: string };
  plan.protocolName = text;
  for (const day of plan.days) for (const exercise of day.exercises) (exercise as { name: string }).name = text;
  for (const checkpoint of plan.checkpoints) Object.assign(checkpoint, { assess: text, ifNotBetter: text });
  return plan;
}

describe('toIcs with hostile text', () => {
  it.each(HOSTILE)('reads back %j unchanged but for line breaks and control characters', (text, expected) => {
    const ics = toIcs(hostilePlan(text));
    const read = events(ics);
    expect(read).toHaveLength(15);
    expect(read[0]?.description).toContain(`${expected}: 2–5 sets, each side`);
    expect(read[14]?.summary).toBe(`Checkpoint: ${expected}`);
    expect(read[14]?.description).toBe(`If not: ${expected}`);
  });

  // ical.js leaves X- properties unescaped, so the calendar's name is compared with a SUMMARY holding the same text.
  it.each(HOSTILE)('escapes the calendar name %j as it escapes a summary', (text) => {
    const unfolded = toIcs(hostilePlan(text)).replace(/\r\n /g, '');
    const value = (prefix: string) => unfolded.split('\r\n').find((line) => line.startsWith(prefix))?.slice(prefix.length);
    expect(value('X-WR-CALNAME:')).toBe(value('SUMMARY:Checkpoint: '));
  });

  it.each(HOSTILE)('writes %j as content lines of at most 75 octets, with no bare CR or LF and no control character', (text) => {
    const ics = toIcs(hostilePlan(text));
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.slice(0, -2).split('\r\n')) {
      expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
      // A fold inside a character would leave half a surrogate pair at the end of one line and the start of the next.
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });
});

describe('toIcs dates', () => {
  it.each([
    ['1969-12-25', '1970-01-07'],
    ['0050-12-25', '0051-01-07'],
    ['9999-12-18', '9999-12-31'],
  ])('writes a plan from %s to %s, each event one day long', (startDate, endDate) => {
    const plan = generatePlan(patellofemoralPain, { startDate, goalDistance: { value: 30, unit: 'mi' } });
    const read = events(toIcs(plan));
    // ical.js prints years below 1000 without padding, so dates are compared by their parts.
    const ymd = (time: ICAL.Time | undefined) => [time?.year, time?.month, time?.day].join('-');
    expect(ymd(read[0]?.start)).toBe(startDate.split('-').map(Number).join('-'));
    expect(ymd(read[13]?.start)).toBe(endDate.split('-').map(Number).join('-'));
    for (const event of read) expect(event.end.subtractDate(event.start).toSeconds()).toBe(86_400);
    expect(toIcs(plan)).toContain(`DTSTAMP:${startDate.replaceAll('-', '')}T000000Z`);
  });

  // Found by a review: a fitted plan's exercise day with no run planned was headed "rest day" in the calendar.
  it('never heads a day with exercises as a rest day, and says a day with no run planned as such', () => {
    const read = events(toIcs(fittedPlan));
    const noRun = fittedPlan.days.filter((day) => day.running.planned?.kind === 'rest' && day.exercises.length > 0);
    expect(noRun.length).toBeGreaterThan(0);
    for (const day of noRun) {
      const event = read.find((entry) => entry.start.toString() === day.date && entry.summary.startsWith('Rehab day'));
      expect(event?.summary).toBe(`Rehab day ${day.day}: no run planned`);
      expect(event?.description).toMatch(/^Exercises, /);
    }
  });
});

