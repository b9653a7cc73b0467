import { describe, expect, it } from 'vitest';
import { RehabInputError, type Plan } from 'rehab-protocols';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { awkwardPlan, everyProtocolPlan, foundingPlan } from './plans.js';

describe('toMarkdown', () => {
  const markdown = toMarkdown(foundingPlan);

  it('titles the handout with the protocol and its dates', () => {
    expect(markdown.split('\n')[0]).toBe('# Patellofemoral pain: four exercises and a 14-day return to running');
    expect(markdown).toContain('Plan from **2026-12-01** to **2026-12-14**. Distances in miles.');
  });

  it('lists the exercises with their doses, instructions and cues', () => {
    expect(markdown).toContain('1. **Slow calf raises**: 2–5 sets, each side');
    expect(markdown).toContain('4. **Sit to stand**: 4–8 sets of 4–6 reps');
    expect(markdown).toContain('### Towel eater');
    expect(markdown).toContain('- The heel stays on the floor.');
  });

  it('has a row per day with the running cap, and the checkpoint', () => {
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(14);
    expect(rows[0]).toContain('| jog up to 5.0 mi |');
    expect(rows[13]).toContain('| run up to 30.0 mi | ✔ checkpoint |');
    expect(markdown).toContain('- **Day 14 (2026-12-14)**: Can you run your usual distance without knee pain?');
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
