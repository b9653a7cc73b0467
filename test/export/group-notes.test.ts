import { describe, expect, it } from 'vitest';
import { citeOnce, groupNotes, type Plan, type PlanFlag } from 'rehab-protocols';
import { foundingPlan } from './plans.js';

/** The founding plan with `flags` on the days given (day number → flags). */
function withFlags(flags: Record<number, PlanFlag[]>, planFlags: PlanFlag[] = []): Plan {
  const plan = structuredClone(foundingPlan);
  for (const day of plan.days) day.flags = flags[day.day] ?? [];
  plan.flags = planFlags;
  return plan;
}

const capped = (from: number, to = 1.1): PlanFlag => ({ kind: 'limited-by-history', message: `Limit lowered from ${from} mi to ${to} mi: 110 % of your longest run in the 30 days before (1 mi on 2026-11-20).` });
const weekly: PlanFlag = { kind: 'weekly-volume', message: 'This week is long.' };
const CITED = 'Crowell et al. 2023, Trials, doi:10.1186/s13063-023-07502-x';
const ladder = (phase: number): PlanFlag => ({ kind: 'return-to-run', message: `Return-to-run phase ${phase} of 6 (${CITED}): walk 2 min / run 3 min. Do each phase at least twice.` });

describe('groupNotes', () => {
  it('makes one note of the same flag on consecutive days, with its day range and dates', () => {
    const notes = groupNotes(withFlags({ 1: [capped(5)], 2: [capped(5)], 3: [capped(5)] }));
    expect(notes).toEqual([
      { number: 1, kind: 'limited-by-history', days: [1, 2, 3], from: '2026-12-01', to: '2026-12-03', when: 'Days 1–3 (2026-12-01 to 2026-12-03)', text: capped(5).message, citations: [] },
    ]);
  });

  it('says a single day as one day', () => {
    const [note] = groupNotes(withFlags({ 4: [weekly] }));
    expect(note?.when).toBe('Day 4 (2026-12-04)');
    expect(note?.days).toEqual([4]);
  });

  it('keeps a cause that comes back after a break as one note, with each of its ranges', () => {
    const notes = groupNotes(withFlags({ 1: [capped(5)], 2: [capped(5)], 5: [capped(5)], 7: [capped(5)], 8: [capped(5)] }));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.when).toBe('Days 1–2, 5 and 7–8 (2026-12-01 to 2026-12-08)');
  });

  it('keeps different causes apart, numbered by the day they start', () => {
    const notes = groupNotes(withFlags({ 1: [weekly], 2: [capped(5)], 3: [capped(5), weekly] }));
    expect(notes.map((note) => [note.number, note.kind, note.days])).toEqual([
      [1, 'weekly-volume', [1, 3]],
      [2, 'limited-by-history', [2, 3]],
    ]);
  });

  it('keeps apart flags of the same kind whose words differ', () => {
    const other: PlanFlag = { kind: 'limited-by-history', message: 'No running: the plan is referred to a clinician.' };
    expect(groupNotes(withFlags({ 1: [capped(5)], 2: [other] }))).toHaveLength(2);
  });

  it('says the words once where messages differ only in numbers, each number with its days', () => {
    const [note, ...rest] = groupNotes(withFlags({ 1: [capped(5)], 2: [capped(5)], 3: [capped(7.1)], 4: [capped(9.2, 1.2)] }));
    expect(rest).toEqual([]);
    expect(note?.when).toBe('Days 1–4 (2026-12-01 to 2026-12-04)');
    expect(note?.text).toBe(
      'Limit lowered from 5 mi to 1.1 mi (days 1–2); from 7.1 mi to 1.1 mi (day 3); from 9.2 mi to 1.2 mi (day 4): 110 % of your longest run in the 30 days before (1 mi on 2026-11-20).',
    );
  });

  it('lists a date that differs inside its parentheses', () => {
    const base = (date: string): PlanFlag => ({ kind: 'single-run-spike', message: `The limit is more than 110 % of your longest run in the 30 days before (2.4 mi on ${date}): a spike.` });
    const [note] = groupNotes(withFlags({ 1: [base('2026-10-31')], 2: [base('2026-11-07')] }));
    expect(note?.text).toBe('The limit is more than 110 % of your longest run in the 30 days before (2.4 mi on 2026-10-31 (day 1); on 2026-11-07 (day 2)): a spike.');
  });

  it('takes citations out of the text, each once', () => {
    const [note] = groupNotes(withFlags({ 2: [ladder(1)], 4: [ladder(1)], 7: [ladder(2)] }));
    expect(note?.citations).toEqual([CITED]);
    expect(note?.text).toBe('Return-to-run phase 1 (days 2 and 4); phase 2 (day 7) of 6: walk 2 min / run 3 min. Do each phase at least twice.');
  });

  it('leaves the plan’s days and their flags as they are', () => {
    const plan = withFlags({ 1: [capped(5)], 2: [capped(5)] });
    const before = structuredClone(plan);
    groupNotes(plan);
    expect(plan).toEqual(before);
  });
});

describe('citeOnce', () => {
  it('cites a source in full on its first note and short after', () => {
    const plan = withFlags({ 1: [ladder(1)], 3: [{ kind: 'limited-by-history', message: `Limit lowered (${CITED}).` }] });
    const cited = citeOnce(plan);
    expect(groupNotes(plan).map(cited)).toEqual([
      `Return-to-run phase 1 of 6: walk 2 min / run 3 min. Do each phase at least twice (${CITED}).`,
      'Limit lowered (Crowell et al. 2023).',
    ]);
  });

  it('gives the short form where the plan’s own flags already cite the source in full', () => {
    const plan = withFlags({ 1: [ladder(1)] }, [{ kind: 'return-to-run', message: `Running restarts from the programme (${CITED}).` }]);
    expect(citeOnce(plan)(groupNotes(plan)[0]!)).toMatch(/twice \(Crowell et al\. 2023\)\.$/);
  });
});
