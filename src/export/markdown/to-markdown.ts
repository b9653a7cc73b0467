import type { Plan } from '../../model/index.js';
import { readPlan } from '../read-plan.js';
import { doseText, formatRange } from '../text/format-dose.js';
import { markdownText as md } from '../text/escape-markdown.js';
import { firstNotes, flagLines, formatWeek, mileageChart, notesByDay } from '../text/format-fitted.js';
import { citeOnce, notesOf } from '../text/group-notes.js';
import { formatLogged, reviewLines } from '../text/format-log.js';
import { AFTER_CLEARANCE, DISCLAIMER, formatRunning, ifNotText, painRules, phasesOf } from '../text/format-plan.js';
import { citationText, referencesOf, runningEvidence } from '../text/references.js';



/**
 * A plan as a printable Markdown handout: the exercises with their doses, instructions and cues; the day-by-day
 * table with sessions, running limits, planned runs and the numbers of each day's notes; the weekly totals with a text
 * mileage chart; every flag (the plan's, then the days' as numbered notes, one per cause with its days); the
 * checkpoints; and a plain note that this is not a diagnosis. Each dose, phase, running limit and checkpoint is marked
 * with its evidence — `[1]` for the first of the numbered "Sources", `[D1]` for the first library default, whose
 * reason is listed under "Library defaults".
 *
 * @param plan - A plan from `generatePlan`.
 * @returns The handout in Markdown.
 * @throws `RehabInputError` (from `rehab-protocols`) when `plan` is not a valid plan.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { toMarkdown } from 'rehab-protocols/export/markdown';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const handout = toMarkdown(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }));
 * handout.split('\n')[0];
 * //=> '# Patellofemoral pain: four exercises and a 14-day return to running'
 * ```
 */
export function toMarkdown(plan: Plan): string {
  return markdownOf(readPlan(plan));
}

function markdownOf(plan: Plan): string {
  const refs = referencesOf(plan);
  const out: string[] = [
    `# ${md(plan.protocolName)}`,
    '',
    `Plan from **${plan.startDate}** to **${plan.endDate}**. Distances in ${plan.unit === 'mi' ? 'miles' : 'kilometres'}.`,
    '',
    `> ${DISCLAIMER}`,
    '',
  ];
  for (const note of firstNotes(plan)) out.push(`> **${note.lead}** ${md(note.message)}`, '');
  const review = reviewLines(plan);
  if (review.length > 0) out.push('## Last review', '', ...review.map((line) => (line.startsWith('- ') ? `- ${md(line.slice(2))}` : md(line))), '');
  // While the plan stands referred, the protocol's advice (a prescriber's "can't hurt", say) is for after the clearance.
  if (plan.guidance.length > 0) out.push(...(plan.load?.referredOn === undefined ? [] : [AFTER_CLEARANCE, '']), ...plan.guidance.map((line) => `- ${md(line)}`), '');
  const pain = painRules(plan);
  if (pain.length > 0) out.push(...pain.map((line) => `**${md(line)}**`), '');

  out.push('## Exercises', '');
  for (const phase of phasesOf(plan)) {
    if (phase.stopped) {
      out.push(`**Days ${phase.first.day}–${phase.last.day}**: no running and no exercises until a clinician clears you.`, '');
      continue;
    }
    if (phase.exercises.length === 0) continue;
    out.push(`**Days ${phase.first.day}–${phase.last.day}**, ${formatRange(phase.first.sessionsPerDay)} ${phase.first.sessionsPerDay.max === 1 ? 'session' : 'sessions'} on exercise days ${refs.mark(phase.first.evidence)}:`, '');
    phase.exercises.forEach(({ name, dose }, index) => out.push(`${index + 1}. **${md(name)}**: ${md(doseText(dose))} ${refs.mark(dose.evidence)}`));
    out.push('');
  }
  for (const exercise of plan.exercises) {
    out.push(`### ${md(exercise.name)}`, '', ...exercise.instructions.map((step, index) => `${index + 1}. ${md(step)}`), '');
    if (exercise.cues.length > 0) out.push(...exercise.cues.map((cue) => `- ${md(cue)}`), '');
    if (exercise.equipment.length > 0) out.push(`Equipment: ${exercise.equipment.map(md).join(', ')}.`, '');
  }

  // Planned beside what was logged, once the runner has logged anything.
  const logged = plan.days.some((day) => day.logged !== undefined);
  // A day's notes by number: the note itself is under "Notes", once for all its days.
  const notes = notesOf(plan);
  const byDay = notesByDay(notes);
  const noted = notes.length > 0;
  out.push(
    '## Day by day',
    '',
    `| Day | Date | Sessions | Exercises | Running | Check |${noted ? ' Notes |' : ''}${logged ? ' Logged |' : ''}`,
    `| ---: | --- | ---: | --- | --- | --- |${noted ? ' --- |' : ''}${logged ? ' --- |' : ''}`,
  );
  for (const day of plan.days) {
    const exercises = day.exercises.map((exercise) => md(exercise.name)).join(', ') || '—';
    const check = day.checkpoint ? '✔ checkpoint' : '';
    const numbers = byDay.get(day.day) ?? [];
    const note = noted ? ` ${numbers.length === 0 ? '' : `see note ${numbers.join(', ')}`} |` : '';
    const actual = logged ? ` ${md(day.logged ? formatLogged(day.logged) : '')} |` : '';
    out.push(`| ${day.day} | ${day.date} | ${formatRange(day.sessionsPerDay)} | ${exercises} | ${md(formatRunning(day.running))} ${refs.mark(runningEvidence(day))} | ${check} |${note}${actual}`);
  }
  out.push('');

  out.push('## Week by week', '', ...plan.weeks.map((week) => `- ${formatWeek(week, plan)}`), '');
  const chart = mileageChart(plan);
  if (chart.length > 0) out.push('Distance planned each week:', '', '```text', ...chart, '```', '');
  const flags = flagLines(plan);
  const cited = citeOnce(plan);
  if (flags.length > 0) out.push('## Notes', '', ...flags.map((line) => `- ${md(line)}`), '');
  if (notes.length > 0) {
    if (flags.length === 0) out.push('## Notes', '');
    out.push(...notes.map((note) => `${note.number}. **${md(note.when)}**: ${md(cited(note))}`), '');
  }

  if (plan.checkpoints.length > 0) {
    out.push('## Checkpoints', '');
    for (const checkpoint of plan.checkpoints) {
      out.push(`- **Day ${checkpoint.day} (${checkpoint.date})**: ${md(checkpoint.assess)} ${md(ifNotText(checkpoint.ifNotBetter))} ${refs.mark(checkpoint.evidence)}`);
    }
    out.push('');
  }
  if (plan.sources.length > 0) out.push('## Sources', '', ...plan.sources.map((source, index) => `${index + 1}. ${md(citationText(source))}`), '');
  if (refs.defaults.length > 0) out.push('## Library defaults', '', 'Numbers no source gives, chosen by this library, and why:', '', ...refs.defaults.map((reason, index) => `- **D${index + 1}**: ${md(reason)}`), '');
  return out.join('\n');
}
