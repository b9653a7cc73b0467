import type { Plan, PlanDay } from '../../model/index.js';
import { EXERCISES_STOPPED_NOTE } from '../../model/plan-flag.js';
import { readPlan } from '../read-plan.js';
import { distanceNumber } from '../../plan/format.js';
import { plainLine, columns, padColumns } from './escape-text.js';
import { doseText, formatRange } from './format-dose.js';
import { firstNotes, flagLines, formatPlanned, formatWeek, notesByDay } from './format-fitted.js';
import { citeOnce, notesOf } from './group-notes.js';
import { formatLogged, reviewLines } from './format-log.js';

/** What leads the protocol's advice in a printed plan that stands referred to a clinician. */
export const AFTER_CLEARANCE = 'Once a clinician has cleared you, the plan\'s advice:';

/** What a checkpoint says to do if it was not met: "If not: …", unless the protocol's words already begin with "If". */
export function ifNotText(ifNotBetter: string): string {
  return /^If\b/.test(ifNotBetter) ? ifNotBetter : `If not: ${ifNotBetter}`;
}

/**
 * The running of a day in words: `jog up to 5.0 mi`, `run 2 min / walk 2 min × 4`, `no running`; when the plan has a
 * planned run, that first and the limit after it, `easy 3.5 mi (limit: jog up to 5.0 mi)`, or `no run planned`.
 */
export function formatRunning(running: PlanDay['running']): string {
  const limit = formatLimit(running);
  if (running.planned === undefined) return limit;
  // What to run first, the day's limit after it: a runner reads the first words as the day's running.
  return running.planned.kind === 'rest' ? 'no run planned' : `${formatPlanned(running.planned)} (limit: ${limit})`;
}

/**
 * The plan's pain rules for running in words, once each (a pain-monitored day's `painLimits`): "While you run: pain at
 * most 5/10 during and after, settled by the next morning, and no worse from week to week. …". A runner reads them
 * before the first run, not only at a checkpoint.
 */
export function painRules(plan: Plan): string[] {
  const said = new Set<string>();
  for (const day of plan.days) {
    const limits = day.running.painLimits;
    if (limits === undefined) continue;
    const after = limits.maxPainAfter === undefined ? '' : limits.maxPainAfter === limits.maxPainDuring ? ' and after' : `, at most ${limits.maxPainAfter}/10 after`;
    const parts = [`pain at most ${limits.maxPainDuring}/10 during${after}`];
    if (limits.settledByNextMorning === true) parts.push('settled by the next morning');
    if (limits.notWorseWeekToWeek === true) parts.push('no worse from week to week');
    const rule = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
    said.add(`While you run: ${rule}. If the pain goes beyond that, go back to a lighter load until it does not.`);
  }
  return [...said];
}

function formatLimit(running: PlanDay['running']): string {
  if (running.intervals) {
    const { runSeconds, walkSeconds, repeats } = running.intervals;
    return `${running.intensity} ${formatSeconds(runSeconds)} / walk ${formatSeconds(walkSeconds)} × ${repeats}`;
  }
  if (running.durationMinutes !== undefined) return `${running.intensity} ${running.durationMinutes} min`;
  if (running.maxDistance) return `${running.intensity} up to ${distanceNumber(running.maxDistance.value)} ${running.maxDistance.unit}`;
  if (running.painLimits) return `${running.intensity} as pain allows (≤ ${running.painLimits.maxPainDuring}/10)`;
  return NO_RUNNING;
}

function formatSeconds(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** Consecutive days of the same phase, with the exercises (and doses) of its first exercise day. */
export function phasesOf(plan: Plan): { phaseId: string; first: PlanDay; last: PlanDay; exercises: PlanDay['exercises']; stopped: boolean }[] {
  const groups: { phaseId: string; first: PlanDay; last: PlanDay; exercises: PlanDay['exercises']; stopped: boolean }[] = [];
  for (const day of plan.days) {
    const current = groups.at(-1);
    // Days whose exercises a referral stopped are their own group: the phase's exercises are not theirs.
    const stopped = day.flags.some((flag) => flag.message.startsWith(EXERCISES_STOPPED_NOTE));
    // (Stopped days run on across phases: one group.)
    if (current && current.stopped === stopped && (stopped || current.phaseId === day.phaseId)) {
      current.last = day;
      if (current.exercises.length === 0 && !stopped) current.exercises = day.exercises;
    } else {
      groups.push({ phaseId: day.phaseId, first: day, last: day, exercises: stopped ? [] : day.exercises, stopped });
    }
  }
  return groups;
}

/**
 * A plan as plain text for a terminal: the exercises of each phase with their doses, the protocol's guidance, a
 * day-by-day table (date, sessions, running limit and planned run, checkpoint, the numbers of the day's notes; "rest
 * day" for a day with neither exercises nor running), the weekly totals, the checkpoints and every flag: the plan's,
 * then the days' as numbered notes, one per cause with its days (`groupNotes`), each source cited in full once. Text
 * from the protocol is kept to one line, with control characters shown as escapes.
 *
 * @param plan - A plan from `generatePlan`.
 * @returns Lines of text ending with a newline.
 * @throws {@link RehabInputError} when `plan` is not a valid plan.
 *
 * @example
 * ```ts
 * import { formatPlan, generatePlan } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * console.log(formatPlan(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } })));
 * ```
 */
export function formatPlan(plan: Plan): string {
  return textOf(readPlan(plan));
}

function textOf(plan: Plan): string {
  const out: string[] = [plainLine(plan.protocolName), `Plan from ${plan.startDate} to ${plan.endDate}; distances in ${plan.unit}.`, ''];
  for (const note of firstNotes(plan)) out.push(`${note.lead.replace(/\.$/, '').toUpperCase()}: ${plainLine(note.message)}`, '');
  const nameWidth = Math.max(0, ...plan.days.flatMap((day) => day.exercises.map((exercise) => columns(plainLine(exercise.name)))));
  const review = reviewLines(plan);
  if (review.length > 0) out.push(...review.map(plainLine), '');
  for (const phase of phasesOf(plan)) {
    const days = `Days ${phase.first.day}–${phase.last.day}`;
    if (phase.stopped) {
      out.push(`${days}: no running and no exercises until a clinician clears you`, '');
      continue;
    }
    if (phase.exercises.length === 0) {
      out.push(`${days}: ${runsIn(plan, phase.first.day, phase.last.day) ? 'running only, no exercises' : 'rest days'}`, '');
      continue;
    }
    const sessions = formatRange(phase.first.sessionsPerDay);
    out.push(`${days} (${sessions} session${sessions === '1' ? '' : 's'} on exercise days):`);
    phase.exercises.forEach(({ name, dose }, index) => out.push(`  ${index + 1}. ${padColumns(plainLine(name), nameWidth)}  ${doseText(dose)}`));
    out.push('');
  }
  // While the plan stands referred, the protocol's advice (a prescriber's "can't hurt", say) is for after the clearance.
  if (plan.guidance.length > 0) out.push(...(plan.load?.referredOn === undefined ? [] : [AFTER_CLEARANCE]), ...plan.guidance.map(plainLine), '');
  const pain = painRules(plan);
  if (pain.length > 0) out.push(...pain, '');

  const notes = notesOf(plan);
  const byDay = notesByDay(notes);
  const header = ['Day', 'Date', 'Sessions', 'Running', 'Checkpoint', ...(notes.length > 0 ? ['Notes'] : [])];
  const rows = plan.days.map((day) => {
    const resting = day.exercises.length === 0 && formatRunning(day.running) === NO_RUNNING;
    return [
      String(day.day),
      day.date,
      resting ? 'rest day' : day.exercises.length === 0 ? '–' : formatRange(day.sessionsPerDay),
      resting ? '' : formatRunning(day.running),
      day.checkpoint ? plainLine(day.checkpoint.assess) : '',
      ...(notes.length > 0 ? [(byDay.get(day.day) ?? []).join(', ')] : []),
    ];
  });
  const widths = header.map((title, column) => Math.max(columns(title), ...rows.map((row) => columns(row[column] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, column) => padColumns(cell, widths[column] ?? 0)).join('  ').trimEnd();
  out.push(line(header), line(widths.map((width) => '-'.repeat(width))));
  plan.days.forEach((day, index) => {
    out.push(line(rows[index] ?? []));
    if (day.logged) out.push(`${' '.repeat((widths[0] ?? 0) + 2)}logged: ${plainLine(formatLogged(day.logged))}`);
  });

  out.push('', ...plan.weeks.map((week) => formatWeek(week, plan)));
  for (const checkpoint of plan.checkpoints) {
    out.push('', `Day ${checkpoint.day} (${checkpoint.date}): ${plainLine(checkpoint.assess)}`, `  ${plainLine(ifNotText(checkpoint.ifNotBetter))}`);
  }
  const flags = flagLines(plan);
  const cited = citeOnce(plan);
  if (flags.length + notes.length > 0) {
    out.push('', 'Notes:', ...flags.map((line) => `- ${plainLine(line)}`), ...notes.map((note) => `${note.number}. ${note.when}: ${plainLine(cited(note))}`));
  }
  out.push('', DISCLAIMER);
  return `${out.join('\n')}\n`;
}

const NO_RUNNING = 'no running';

/** Whether any day from `first` to `last` allows running. */
function runsIn(plan: Plan, first: number, last: number): boolean {
  return plan.days.some((day) => day.day >= first && day.day <= last && formatRunning(day.running) !== NO_RUNNING);
}

/** The note every printed plan ends with. */
export const DISCLAIMER =
  'This plan describes a prescription; it is not a diagnosis. See a clinician rather than follow it if a joint swells, locks or gives way, you cannot bear weight, the pain wakes you at night, or the leg turns numb or weak.';
