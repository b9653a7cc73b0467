import type { Dose, Plan } from '../../model/index.js';
import { addCalendarDays, LAST_SUPPORTED_DATE } from '../../plan/calendar.js';
import { readPlan } from '../read-plan.js';
import { doseText } from '../text/format-dose.js';
import { DISCLAIMER, formatRunning, ifNotText } from '../text/format-plan.js';
import { foldLine } from './fold.js';
import { escapeText } from './text.js';

/** `YYYY-MM-DD` as an RFC 5545 DATE, `YYYYMMDD`. */
const icsDate = (iso: string) => iso.replaceAll('-', '');

/**
 * A plan as an iCalendar file (RFC 5545): one all-day event per plan day, with that day's exercises, doses and
 * running limit in its description, and each checkpoint as an event of its own. Every text value is escaped as RFC
 * 5545 TEXT (line breaks as `\n`, control characters removed), and lines are folded at 75 octets, never inside a
 * character. Deterministic: event UIDs come from the protocol, the start date and the day, and DTSTAMP is the plan's
 * start date at 00:00 UTC, since the library never reads the clock. A plan revised by `reviewPlan` keeps every day's
 * UID and raises the `SEQUENCE` of each day it changed (the day's `revision`), so a calendar that re-imports it updates
 * the events instead of duplicating them. Any plan from 0001-01-01 to 9999-12-31 can be
 * written.
 *
 * @param plan - A plan from `generatePlan`.
 * @returns The calendar as text, with CRLF line ends.
 * @throws `RehabInputError` (from `rehab-protocols`) when `plan` is not a valid plan.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { generatePlan } from 'rehab-protocols';
 * import { toIcs } from 'rehab-protocols/export/ics';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * writeFileSync('plan.ics', toIcs(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } })));
 * ```
 */
export function toIcs(plan: Plan): string {
  return icsOf(readPlan(plan));
}

function icsOf(plan: Plan): string {
  const stamp = `DTSTAMP:${icsDate(plan.startDate)}T000000Z`;
  const prefix = `UID:${escapeText(`${plan.protocolId}-${plan.startDate}-`)}`;
  const uid = (what: string) => `${prefix}${escapeText(what)}@rehab-protocols`;
  let ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rehab-protocols//rehab-protocols//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n';
  ics += foldLine(`X-WR-CALNAME:${escapeText(plan.protocolName)}`);

  // Days of a phase share their exercises and most of their text: each distinct line is escaped and folded once.
  const lines = new Map<string, string>();
  const line = (name: string, value: string) => {
    const raw = `${name}:${value}`;
    let done = lines.get(raw);
    if (done === undefined) lines.set(raw, (done = foldLine(`${name}:${escapeText(value)}`)));
    return done;
  };
  const doses = new Map<object, string>();
  const dose = (value: Dose) => {
    let text = doses.get(value);
    if (text === undefined) doses.set(value, (text = doseText(value)));
    return text;
  };
  const event = (id: string, date: string, summary: string, description: string, sequence: number) => {
    // DTEND is exclusive: an all-day event ends on the next day. 9999-12-31 has no next day to name, so that one
    // event says its length instead (RFC 5545 §3.6.1 allows either).
    const end = date === LAST_SUPPORTED_DATE ? 'DURATION:P1D' : `DTEND;VALUE=DATE:${icsDate(addCalendarDays(date, 1))}`;
    ics += `BEGIN:VEVENT\r\n${foldLine(uid(id))}${stamp}\r\nSEQUENCE:${sequence}\r\nDTSTART;VALUE=DATE:${icsDate(date)}\r\n${end}\r\n`;
    ics += `${line('SUMMARY', summary)}${line('DESCRIPTION', description)}END:VEVENT\r\n`;
  };

  for (const day of plan.days) {
    const { min, max } = day.sessionsPerDay;
    const sessions = day.exercises.length > 0 ? `Exercises, ${min === max ? min : `${min}–${max}`} ${max === 1 ? 'session' : 'sessions'}:` : 'No exercises today.';
    const exercises = day.exercises.map((exercise) => `${exercise.name}: ${dose(exercise.dose)}`);
    const running = formatRunning(day.running);
    event(`day-${day.day}`, day.date, `Rehab day ${day.day}: ${running}`, [sessions, ...exercises, `Running: ${running}`, ...day.flags.map((flag) => `Note: ${flag.message}`), '', DISCLAIMER].join('\n'), day.revision ?? 0);
  }
  const byDate = new Map(plan.days.map((day) => [day.date, day]));
  const seen = new Map<number, number>();
  for (const checkpoint of plan.checkpoints) {
    // A checkpoint keeps its UID when a review moves it (it is named by the protocol day it closes, and which time it
    // comes when a step back repeats it), and its SEQUENCE rises with each move, so a calendar moves the event rather
    // than adding a second one.
    const day = byDate.get(checkpoint.date);
    const protocolDay = day?.protocolDay ?? checkpoint.day;
    const count = (seen.get(protocolDay) ?? 0) + 1;
    seen.set(protocolDay, count);
    event(`checkpoint-${protocolDay}${count === 1 ? '' : `-${count}`}`, checkpoint.date, `Checkpoint: ${checkpoint.assess}`, ifNotText(checkpoint.ifNotBetter), checkpoint.revision ?? 0);
  }
  return `${ics}END:VCALENDAR\r\n`;
}
