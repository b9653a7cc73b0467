import type { Plan } from '../../model/index.js';
import { readPlan } from '../read-plan.js';
import { formatDose, formatRange } from '../text/format-dose.js';
import { flagLines, formatWeek, mileageChart } from '../text/format-fitted.js';
import { DISCLAIMER, formatRunning, phasesOf } from '../text/format-plan.js';

/** Escapes text for a Markdown table cell: pipes and line breaks would break the row. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * A plan as a printable Markdown handout: the exercises with their doses, instructions and cues; the day-by-day
 * table with sessions, running limits and planned runs; the weekly totals with a text mileage chart; every flag; the
 * checkpoints; and a plain note that this is not a diagnosis.
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
  const out: string[] = [
    `# ${plan.protocolName}`,
    '',
    `Plan from **${plan.startDate}** to **${plan.endDate}**. Distances in ${plan.unit === 'mi' ? 'miles' : 'kilometres'}.`,
    '',
    `> ${DISCLAIMER}`,
    '',
  ];
  if (plan.guidance.length > 0) out.push(...plan.guidance.map((line) => `- ${line}`), '');

  out.push('## Exercises', '');
  for (const phase of phasesOf(plan)) {
    if (phase.exercises.length === 0) continue;
    out.push(`**Days ${phase.first.day}–${phase.last.day}**, ${formatRange(phase.first.sessionsPerDay)} session(s) on exercise days:`, '');
    phase.exercises.forEach(({ name, dose }, index) => out.push(`${index + 1}. **${name}**: ${formatDose(dose)}`));
    out.push('');
  }
  for (const exercise of plan.exercises) {
    out.push(`### ${exercise.name}`, '', ...exercise.instructions.map((step, index) => `${index + 1}. ${step}`), '');
    if (exercise.cues.length > 0) out.push(...exercise.cues.map((cue) => `- ${cue}`), '');
    if (exercise.equipment.length > 0) out.push(`Equipment: ${exercise.equipment.join(', ')}.`, '');
  }

  out.push('## Day by day', '', '| Day | Date | Sessions | Exercises | Running | Check |', '| ---: | --- | ---: | --- | --- | --- |');
  for (const day of plan.days) {
    const exercises = day.exercises.map((exercise) => exercise.name).join(', ') || '—';
    const check = day.checkpoint ? '✔ checkpoint' : '';
    out.push(`| ${day.day} | ${day.date} | ${formatRange(day.sessionsPerDay)} | ${cell(exercises)} | ${cell(formatRunning(day.running))} | ${check} |`);
  }
  out.push('');

  out.push('## Week by week', '', ...plan.weeks.map((week) => `- ${formatWeek(week)}`), '');
  const chart = mileageChart(plan);
  if (chart.length > 0) out.push('Planned (█) against what the daily limits allow (░):', '', '```text', ...chart, '```', '');
  const flags = flagLines(plan);
  if (flags.length > 0) out.push('## Notes', '', ...flags.map((line) => `- ${cell(line)}`), '');

  if (plan.checkpoints.length > 0) {
    out.push('## Checkpoints', '');
    for (const checkpoint of plan.checkpoints) {
      out.push(`- **Day ${checkpoint.day} (${checkpoint.date})**: ${checkpoint.assess} If not: ${checkpoint.ifNotBetter}`);
    }
    out.push('');
  }
  return out.join('\n');
}
