import { describe, expect, it } from 'vitest';
import { formatPlan, groupNotes, PlanSchema } from 'rehab-protocols';
import { planToCarePlan } from '../../src/export/fhir/index.js';
import { toIcs } from '../../src/export/ics/index.js';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { fittedPlan, foundingPlan } from './plans.js';

const limitLowered = fittedPlan.days.find((day) => day.flags.some((flag) => flag.kind === 'limited-by-history'));

describe('a plan fitted to the runner, everywhere it goes', () => {
  it('reads back through PlanSchema after a JSON round trip', () => {
    expect(PlanSchema.parse(JSON.parse(JSON.stringify(fittedPlan)))).toEqual(fittedPlan);
  });

  it('puts the planned run beside the limit in the terminal table, with weekly totals and every flag', () => {
    const text = formatPlan(fittedPlan);
    const day1 = fittedPlan.days[0]?.running.planned?.distance?.value.toFixed(1);
    // What to run first, the limit after it.
    expect(text).toMatch(new RegExp(`easy ${day1} mi \\(limit: jog up to 5\\.0 mi\\)`));
    for (const week of fittedPlan.weeks) expect(text).toContain(`Week ${week.week} (${week.startDate} – ${week.endDate}): planned ${week.plannedDistance?.value.toFixed(1)} mi`);
    const note = groupNotes(fittedPlan).find((each) => each.kind === 'limited-by-history' && each.days.includes(limitLowered?.day ?? 0));
    expect(text).toContain(`${note?.number}. ${note?.when}: Limit lowered from`);
    expect(text.match(/Limit lowered from/g)).toHaveLength(1);
    for (const flag of fittedPlan.flags) expect(text).toContain(flag.message);
  });

  it('gives the Markdown handout the weeks, a mileage chart and the notes', () => {
    const markdown = toMarkdown(fittedPlan);
    expect(markdown).toContain('## Week by week');
    // Planned distance, never the sum of the daily limits (which reads as mileage to run): the chart's number and the
    // week's line are what the week plans, and the limits are shown as limits.
    const planned = fittedPlan.weeks[0]?.plannedDistance?.value.toFixed(1);
    expect(markdown).toMatch(new RegExp(`\`\`\`text\nWeek {2}1 █+ +${planned} mi\n`));
    expect(markdown).toMatch(new RegExp(`- Week 1 \\(2026-12-01 – 2026-12-07\\): planned ${planned} mi; daily limits? [\\d.]+(–[\\d.]+)? mi`));
    const weeks = markdown.slice(markdown.indexOf('## Week by week'), markdown.indexOf('## Notes'));
    expect(weeks).not.toMatch(/add up to/);
    expect(markdown).toContain('## Notes');
    expect(markdown).toMatch(/easy [\d.]+ mi \(limit: jog up to/);
  });

  it('writes each day’s flags into its calendar event', () => {
    const ics = toIcs(fittedPlan).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('Note: Limit lowered from');
  });

  it('gives the FHIR CarePlan each day’s planned run and flags, and the weeks and plan flags as notes', () => {
    const carePlan = planToCarePlan(fittedPlan);
    expect(carePlan.activity[0]?.detail.description).toMatch(/Running: easy [\d.]+ mi \(limit: /);
    expect(carePlan.activity[(limitLowered?.day ?? 0) - 1]?.detail.description).toMatch(/Note: Limit lowered from/);
    expect(carePlan.note.map((note) => note.text)).toEqual([
      ...fittedPlan.weeks.map((week) => expect.stringContaining(`Week ${week.week} (${week.startDate}`)),
      ...fittedPlan.flags.map((flag) => flag.message),
      ...fittedPlan.sources.map((_, index) => expect.stringMatching(new RegExp(`^Source \\[${index + 1}\\]: `))),
      ...Array.from({ length: carePlan.note.length - fittedPlan.weeks.length - fittedPlan.flags.length - fittedPlan.sources.length }, (_, index) => expect.stringMatching(new RegExp(`^\\[D${index + 1}\\] Library default: `))),
    ]);
  });

  it('says a plain plan was not checked against the runner, and shows no planned runs or chart', () => {
    const markdown = toMarkdown(foundingPlan);
    expect(markdown).not.toContain('planned:');
    expect(markdown).not.toContain('```text');
    expect(markdown).toContain('not checked against your training');
  });
});
