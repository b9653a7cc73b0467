import { describe, expect, it } from 'vitest';
import { RehabInputError, type Plan } from 'rehab-protocols';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { awkwardPlan, everyProtocolPlan, fittedPlan, foundingPlan } from './plans.js';

describe('toMarkdown', () => {
  const markdown = toMarkdown(foundingPlan);

  it('titles the handout with the protocol and its dates', () => {
    expect(markdown.split('\n')[0]).toBe('# Patellofemoral pain: four exercises and a 14-day return to running');
    expect(markdown).toContain('Plan from **2026-12-01** to **2026-12-14**. Distances in miles.');
  });

  it('lists the exercises with their doses, instructions and cues', () => {
    expect(markdown).toContain('1. **Slow calf raises**: 2–5 sets, each side [1]');
    expect(markdown).toContain('2. **Side-lying hip abduction**: 2–6 sets of 10–15 reps, each side [1]');
    expect(markdown).toContain('4. **Sit to stand**: 4–8 sets of 4–6 reps [1]');
    expect(markdown).toContain('### Towel eater');
    expect(markdown).toContain('- The heel stays on the floor.');
  });

  it('has a row per day with the running cap, and the checkpoint', () => {
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(14);
    expect(rows[0]).toContain('| jog up to 5.0 mi [1] |');
    expect(rows[13]).toContain('| run up to 30.0 mi [1] | ✔ checkpoint |');
    expect(markdown).toContain('- **Day 14 (2026-12-14)**: Can you run your usual distance without knee pain?');
  });

  it('numbers the sources and lists them, with the founding prescription as [1]', () => {
    const sources = markdown.slice(markdown.indexOf('## Sources'));
    expect(sources).toMatch(/^## Sources\n\n1\. Physical therapist .*Recorded in docs\/founding-case\.md/);
    expect(markdown).not.toContain('## Library defaults');
  });

  it('marks the runner guards’ sources and the library’s defaults on a fitted plan', () => {
    const fitted = toMarkdown(fittedPlan);
    const numbered = fittedPlan.sources.map((source, index) => [source.id, index + 1] as const);
    const frandsen = numbered.find(([id]) => id === 'frandsen-2025')?.[1];
    expect(frandsen).toBeDefined();
    expect(fitted).toContain(`${frandsen}. Frandsen JSB, et al. (2025). How much running is too much?`);
    expect(fitted).toMatch(new RegExp(`\\| \\S.* \\[1\\]\\[D1\\]\\[D2\\]\\[${frandsen}\\] \\|`));
    expect(fitted).toMatch(/## Library defaults\n\nNumbers no source gives, chosen by this library, and why:\n\n- \*\*D1\*\*: Planned runs share/);
  });

  it('marks a pain-monitored day’s running with the pain-monitoring model’s source', () => {
    const plan = everyProtocolPlan.find((candidate) => candidate.protocolId === 'achilles-tendinopathy-insertional') as Plan;
    const silbernagel = plan.sources.findIndex((source) => source.id === 'silbernagel-2007') + 1;
    expect(silbernagel).toBeGreaterThan(0);
    const rows = toMarkdown(plan).split('\n').filter((line) => /^\| \d+ \|/.test(line));
    for (const row of rows) expect(row).toContain(`[${silbernagel}]`);
  });

  it('says plainly that it is not a diagnosis', () => {
    expect(markdown).toMatch(/> This plan describes a prescription; it is not a diagnosis\./);
  });

  it('keeps table rows intact when names hold pipes or line breaks', () => {
    const rows = toMarkdown(awkwardPlan).split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(14);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('writes every protocol’s plan, intervals and pain-monitored days included', () => {
    for (const plan of everyProtocolPlan) expect(toMarkdown(plan)).toContain(`# ${plan.protocolName}`);
    const mtss = everyProtocolPlan.find((plan) => plan.protocolId === 'medial-tibial-stress-syndrome');
    expect(toMarkdown(mtss as Plan)).toContain('jog 2 min / walk 2 min × 4');
  });

  it('rejects what is not a plan', () => {
    expect(() => toMarkdown({ ...foundingPlan, startDate: 'soon' })).toThrow(RehabInputError);
    expect(() => toMarkdown(null as unknown as Plan)).toThrow(RehabInputError);
  });
});
