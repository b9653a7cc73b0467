import { formatDose, groupNotes, type Citation, type Plan, type PlanDay, type PlanNote } from 'rehab-protocols';
import { h, shortDate } from './dom.js';
import { evidenceText } from './sources.js';
import type { createTooltip } from './tooltip.js';

type Tooltip = ReturnType<typeof createTooltip>;

/** How far and how hard the runner may run: `jog ≤ 5 mi`, `no running`, `8 × run 1 min / walk 1 min`. */
export function runningText(day: PlanDay): string {
  const { running } = day;
  if (running.intervals !== undefined) {
    const { repeats, runSeconds, walkSeconds } = running.intervals;
    return `${repeats} × ${running.intensity} ${seconds(runSeconds)} / walk ${seconds(walkSeconds)}`;
  }
  if (running.durationMinutes !== undefined) return `${running.intensity} ${running.durationMinutes} min`;
  if (running.maxDistance === null) return running.intensity === 'rest' ? 'no running' : running.intensity;
  return `${running.intensity} ≤ ${running.maxDistance.value} ${running.maxDistance.unit}`;
}

function seconds(value: number): string {
  return value % 60 === 0 ? `${value / 60} min` : `${value} s`;
}

/** What the plan asks the runner to run that day, when it knows the runner's training. */
function plannedText(day: PlanDay): string | undefined {
  const planned = day.running.planned;
  if (planned === undefined) return undefined;
  if (planned.kind === 'rest') return 'planned: rest day';
  // A planned interval session is always walk/run, never speed work (as the library's printed plans say it).
  const kind = planned.kind === 'intervals' ? 'walk/run intervals' : planned.kind;
  if (planned.distance !== undefined) return `planned: ${kind} ${planned.distance.value} ${planned.distance.unit}`;
  return planned.minutes === undefined ? `planned: ${kind}` : `planned: ${kind} ${planned.minutes} min`;
}

function sessionsText(day: PlanDay): string {
  const { min, max } = day.sessionsPerDay;
  if (max === 0) return 'no exercises';
  return min === max ? `exercises ${max}× a day` : `exercises ${min}–${max}× a day`;
}

/** A button showing `text` whose source (the plan's provenance) shows on hover, focus or tap. */
function sourced(text: string, className: string, lines: () => string[], tooltip: Tooltip): HTMLButtonElement {
  const button = h('button', { type: 'button', class: className, 'aria-label': `${text}: show its source` }, text);
  tooltip.attach(button, lines);
  return button;
}

function dayCell(day: PlanDay, sources: readonly Citation[], notes: readonly PlanNote[], tooltip: Tooltip): HTMLElement {
  const exercises = day.exercises.map((exercise) => {
    const dose = sourced(formatDose(exercise.dose), 'dose', () => evidenceText(exercise.dose.evidence, sources), tooltip);
    return h('li', {}, h('span', { class: 'exercise' }, exercise.name), ' ', dose);
  });
  const running = sourced(runningText(day), 'source', () => day.running.evidence.flatMap((evidence) => evidenceText(evidence, sources)), tooltip);
  const checkpoint = day.checkpoint;
  return h(
    'li',
    { class: 'day', 'data-day': day.day, 'data-date': day.date },
    h('h5', {}, `Day ${day.day}`, h('time', { datetime: day.date }, shortDate(day.date))),
    h('p', { class: 'run' }, running),
    plannedText(day) !== undefined && h('p', { class: 'planned' }, plannedText(day)),
    h('p', { class: 'sessions' }, sessionsText(day)),
    exercises.length > 0 && h('ul', { class: 'exercises' }, ...exercises),
    // A note is said once, under "Notes on this plan", for all its days: the day links to it.
    notes.length > 0 &&
      h('ul', { class: 'flags' }, ...notes.map((note) => h('li', { 'data-kind': note.kind, 'data-note': note.number }, h('a', { href: `#note-${note.number}` }, `see note ${note.number}`)))),
    checkpoint !== undefined &&
      h(
        'p',
        { class: 'checkpoint' },
        h('strong', {}, checkpoint.referral ? 'Check-in (see your clinician if not better): ' : 'Check-in: '),
        checkpoint.assess,
        ' ',
        sourced('source', 'source', () => evidenceText(checkpoint.evidence, sources), tooltip),
      ),
  );
}

/**
 * The plan as weeks × days: one row of up to seven days per week, each day with its running, sessions and doses, and
 * a link to each of its notes (`notes`, from `groupNotes`).
 */
export function renderCalendar(plan: Plan, tooltip: Tooltip, notes: readonly PlanNote[] = groupNotes(plan)): HTMLElement {
  const weeks: PlanDay[][] = [];
  for (const day of plan.days) (weeks[Math.floor((day.day - 1) / 7)] ??= []).push(day);
  return h(
    'section',
    { class: 'calendar', 'aria-labelledby': 'calendar-heading' },
    h('h3', { id: 'calendar-heading' }, 'Calendar'),
    ...weeks.map((days, index) =>
      h(
        'section',
        { class: 'week', 'aria-label': `Week ${index + 1}` },
        h('h4', { class: 'week-heading' }, `Week ${index + 1}`),
        h('ol', { class: 'days' }, ...days.map((day) => dayCell(day, plan.sources, notes.filter((note) => note.days.includes(day.day)), tooltip))),
      ),
    ),
  );
}
