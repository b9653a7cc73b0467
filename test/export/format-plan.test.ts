import { describe, expect, it } from 'vitest';
import { formatPlan, generatePlan, getProtocol, planForProfile, reviewPlan } from 'rehab-protocols';
import { plantarHeel } from '../fixtures/textbook-profiles.js';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { foundingPlan } from './plans.js';

const tableOf = (text: string) => {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Day  '));
  return lines.slice(start, lines.indexOf('', start));
};

describe('formatPlan', () => {
  it('heads every column of the day table, the checkpoint too', () => {
    expect(tableOf(formatPlan(foundingPlan))[0]).toMatch(/^Day\s+Date\s+Sessions\s+Running\s+Checkpoint$/);
  });

  it('keeps the dose column aligned when an exercise name is long', () => {
    const plan = structuredClone(foundingPlan);
    for (const day of plan.days) for (const exercise of day.exercises) if (exercise.exerciseId === 'towel-eater') exercise.name = 'Towel eater, done seated with the foot flat on the floor';
    const lines = formatPlan(plan).split('\n').filter((line) => /^ {2}\d\. /.test(line));
    const doseColumns = new Set(lines.map((line) => line.search(/\d+(–\d+)? sets/)));
    expect(doseColumns.size).toBe(1);
  });

  it('says "rest day" for a day with neither exercises nor running', () => {
    const table = tableOf(formatPlan(generatePlan(getProtocol('medial-tibial-stress-syndrome'), { startDate: '2026-12-01' })));
    expect(table.find((line) => line.startsWith('2 '))).toMatch(/^2\s+2026-12-02\s+rest day$/);
    expect(table.join('\n')).not.toMatch(/\b0 sessions?\b|no exercises/);
  });
});

// Plans hold hundredths below 1 km or mi (so a short run can grow by 10 %): the text shows them, never a number above
// the plan's (0.97 shown as "1.0" would be above the limit).
describe('formatPlan for a runner whose recent runs are short', () => {
  it('shows runs and limits under 1 as the plan holds them, rounded down', () => {
    const history = [6, 13, 20].map((daysBefore) => ({ date: `2026-11-${String(31 - daysBefore).padStart(2, '0')}`, distance: { value: 0.5, unit: 'km' as const } }));
    const plan = generatePlan(getProtocol('achilles-tendinopathy-midportion-eccentric')!, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' }, history });
    const planned = plan.days.map((day) => day.running.planned).find((run) => run?.distance !== undefined && run.distance.value < 1 && Math.round(run.distance.value * 10) !== run.distance.value * 10);
    expect(planned?.distance).toBeDefined();
    const text = formatPlan(plan);
    expect(text).toContain(`${planned!.kind} ${String(planned!.distance!.value)} km`);
  });

  // Found by a review of what a runner reads: "run up to 1.6 km, planned: rest" read as a run, "intervals" as speed work,
  // and the pain rule of a pain-monitored plan was shown only at its first checkpoint, on day 14.
  describe('for a runner whose training is not known (the return-to-run programme on a pain-monitored plan)', () => {
    const result = planForProfile(plantarHeel, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
    const { plan } = result;
    const text = formatPlan(plan);

    it('says a planned rest day as one, and a planned session first with its limit after it', () => {
      const rows = tableOf(text);
      const rest = plan.days.find((day) => day.running.planned?.kind === 'rest');
      const run = plan.days.find((day) => day.running.planned?.kind === 'intervals');
      expect(rest && run).toBeTruthy();
      expect(rows.find((line) => line.startsWith(`${rest?.day} `))).toMatch(/\bno run planned\b/);
      expect(rows.find((line) => line.startsWith(`${run?.day} `))).toMatch(/walk\/run intervals [\d.]+ km \(limit: \w+ up to [\d.]+ km\)/);
      expect(rows.join('\n')).not.toMatch(/planned: rest/);
    });

    it('gives the pain rule before the day table, in the plan\'s own numbers', () => {
      const limits = plan.days.find((day) => day.running.painLimits !== undefined)?.running.painLimits;
      expect(limits).toBeDefined();
      const rule = text.indexOf(`While you run: pain at most ${limits?.maxPainDuring}/10 during`);
      expect(rule).toBeGreaterThan(0);
      expect(rule).toBeLessThan(text.indexOf('Day  Date'));
      expect(text).toMatch(/settled by the next morning, and no worse from week to week\. If the pain goes beyond that, go back to a lighter load/);
      expect(toMarkdown(plan)).toContain('**While you run: pain at most');
    });

    it('says the programme\'s effort as how hard it feels, beside a pain rule on the same 0–10 scale', () => {
      const phase = plan.days.flatMap((day) => day.flags).find((flag) => flag.kind === 'return-to-run' && flag.message.startsWith('Return-to-run phase'));
      expect(phase?.message).toMatch(/at an effort of \d+\/10 \(how hard it feels, not how much it hurts\)/);
    });

    it('says the return-to-run programme\'s miles in kilometres too, in a plan in kilometres', () => {
      expect(plan.unit).toBe('km');
      expect(plan.flags.find((flag) => flag.kind === 'return-to-run')?.message).toContain('walk 2 min / run 3 min over 1 mile (1.6 km) up to 2 miles (3.2 km) continuous');
    });
  });

  // Found by an app developer's review: a clearance printed as an empty "logged:" line, the clinician's note lost.
  it('prints a clearance logged on a day, with what the clinician said', () => {
    const reviewed = reviewPlan(foundingPlan, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'swelling' }, { kind: 'clearance', date: '2026-12-04', note: 'Seen by Dr Okafor: fine to run' }], { today: '2026-12-04' });
    const text = formatPlan(reviewed.plan);
    expect(text).toContain('logged: cleared by a clinician: Seen by Dr Okafor: fine to run');
    expect(text).toContain('logged: red flag: swelling');
    expect(text).not.toMatch(/logged: *$/m);
    expect(toMarkdown(reviewed.plan)).toContain('cleared by a clinician: Seen by Dr Okafor: fine to run');
  });
});

