import { describe, expect, it } from 'vitest';
import { formatPlan, generatePlan, listProtocols, planForProfile, type Plan } from 'rehab-protocols';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { historyOf, testRunners } from '../fixtures/runners.js';

const startDate = '2026-11-24';
const goalDistance = { value: 20, unit: 'mi' as const };
const CITATION = /\s?\((?:[^()]|\([^()]*\))*?(?:et al\.|doi:)(?:[^()]|\([^()]*\))*\)/g;

/** Every protocol's plan without a history, with a novice's and an ultrarunner's, and warning instead of capping. */
const plans: [string, Plan][] = listProtocols().flatMap((protocol) => [
  [`${protocol.id}, no history`, generatePlan(protocol, { startDate, goalDistance })],
  [`${protocol.id}, a novice's history`, generatePlan(protocol, { startDate, goalDistance, history: historyOf(testRunners[0]!, startDate) })],
  [`${protocol.id}, an ultrarunner's history, spike guard warns`, generatePlan(protocol, { startDate, goalDistance, history: historyOf(testRunners[2]!, startDate), spikeGuard: 'warn' })],
]);
const founding = planForProfile(foundingProfile, { startDate, goalDistance: { value: 30, unit: 'mi' } });
if (founding.kind === 'plan') plans.push(['the founding profile, nothing known of the runner (the return-to-run programme)', founding.plan]);

/** The sentences and clauses of the days' flags, without their citations, long enough to be a note's own words. */
function noteSentences(plan: Plan): string[] {
  const messages = new Set(plan.days.flatMap((day) => day.flags.map((flag) => flag.message.replace(CITATION, ''))));
  return [...new Set([...messages].flatMap((message) => message.split(/(?<=\.)\s+|;\s+/)).filter((sentence) => sentence.length >= 25))];
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

const views: [string, (plan: Plan) => string][] = [
  ['the terminal table (formatPlan)', formatPlan],
  ['the Markdown handout', (plan) => toMarkdown(plan).replaceAll('\\', '')],
];

describe.each(views)('%s says each note once', (_, view) => {
  it.each(plans)('%s', (_name, plan) => {
    const text = view(plan);
    const dayFlags = plan.days.some((day) => day.flags.length > 0);
    for (const sentence of noteSentences(plan)) expect(count(text, sentence), sentence).toBeLessThanOrEqual(1);
    // A source's DOI at most once in the notes (the handout's "Sources" list names it again).
    const notes = text.slice(text.search(/^(Notes:|## Notes)$/m), text.search(/^(## Checkpoints|## Sources|This plan describes)/m) >>> 0);
    for (const doi of new Set(notes.match(/doi:\S+?(?=[),;]|\s|$)/g) ?? [])) expect(count(notes, doi), doi).toBe(1);
    if (dayFlags) expect(text).toMatch(/^1\. \**Days? \d/m);
  });
});

it('the return-to-run plan of the founding profile repeats none of its 38 day flags', () => {
  expect(founding.kind).toBe('plan');
  if (founding.kind !== 'plan') return;
  expect(founding.plan.days.flatMap((day) => day.flags).length).toBeGreaterThan(30);
  const text = formatPlan(founding.plan);
  expect(count(text, 'nothing is known of your training (no recent runs, no usual week), so running starts from the return-to-run programme')).toBe(1);
  expect(count(text, 'doi:10.1186/s13063-023-07502-x')).toBe(1);
});
