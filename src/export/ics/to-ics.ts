import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { RehabInputError, type Plan } from '../../model/index.js';
import { addCalendarDays } from '../../plan/calendar.js';
import { foldByOctets } from './fold.js';
import { readPlan } from '../read-plan.js';
import { formatDose } from '../text/format-dose.js';
import { DISCLAIMER, formatRunning } from '../text/format-plan.js';

const date = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;
// All-day events end on the next day: DTEND is exclusive in RFC 5545.
const nextDay = (iso: string): DateArray => date(addCalendarDays(iso, 1));

/**
 * A plan as an iCalendar file (RFC 5545): one all-day event per plan day, with that day's exercises, doses and
 * running limit in its description, and each checkpoint as an event of its own. Written with the `ics` library, which
 * handles escaping; lines are then folded at 75 octets, as RFC 5545 requires (the library counts characters). Deterministic: event UIDs come from the protocol, the start date and the day,
 * and DTSTAMP is the plan's start date at 00:00 UTC, since the library never reads the clock.
 *
 * @param plan - A plan from `generatePlan`.
 * @returns The calendar as text.
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
  const [year, month, day] = date(plan.startDate) as [number, number, number];
  const common = { productId: 'rehab-protocols', calName: plan.protocolName, timestamp: Date.UTC(year, month - 1, day) };
  const uid = (what: string) => `${plan.protocolId}-${plan.startDate}-${what}@rehab-protocols`;

  const events: EventAttributes[] = plan.days.map((planDay) => {
    const lines = planDay.exercises.map(({ name, dose }) => `${name}: ${formatDose(dose)}`);
    const sessions = planDay.exercises.length > 0 ? `Exercises, ${planDay.sessionsPerDay.min === planDay.sessionsPerDay.max ? planDay.sessionsPerDay.min : `${planDay.sessionsPerDay.min}–${planDay.sessionsPerDay.max}`} session(s):` : 'No exercises today.';
    return {
      ...common,
      uid: uid(`day-${planDay.day}`),
      start: date(planDay.date),
      end: nextDay(planDay.date),
      title: `Rehab day ${planDay.day}: ${formatRunning(planDay.running)}`,
      description: [sessions, ...lines, `Running: ${formatRunning(planDay.running)}`, ...planDay.flags.map((flag) => `Note: ${flag.message}`), '', DISCLAIMER].join('\n'),
    };
  });
  for (const checkpoint of plan.checkpoints) {
    events.push({
      ...common,
      uid: uid(`checkpoint-${checkpoint.day}`),
      start: date(checkpoint.date),
      end: nextDay(checkpoint.date),
      title: `Checkpoint: ${checkpoint.assess}`,
      description: `If not: ${checkpoint.ifNotBetter}`,
    });
  }

  const { error, value } = createEvents(events);
  if (error || !value) {
    throw new RehabInputError('plan', [{ path: [], message: `Could not write the calendar: ${error?.message ?? 'no output'}` }]);
  }
  return foldByOctets(value);
}
