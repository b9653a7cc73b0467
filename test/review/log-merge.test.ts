import { describe, expect, it } from 'vitest';
import { generatePlan, parsePlan, reviewPlan, type LogEntry } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });

describe('an entry counts once, whatever order its fields were written in', () => {
  it('knows an entry the plan holds when the app gives it again with its keys in another order', () => {
    const first: LogEntry[] = [
      { kind: 'run', date: '2026-12-02', distance: { value: 3, unit: 'mi' }, pain: { during: 2, after: 1 } },
      { kind: 'pain', date: '2026-12-02', during: 2, nextMorning: 1 },
    ];
    const reordered = [
      { pain: { after: 1, during: 2 }, distance: { unit: 'mi', value: 3 }, date: '2026-12-02', kind: 'run' },
      { nextMorning: 1, during: 2, date: '2026-12-02', kind: 'pain' },
    ] as unknown as LogEntry[];
    const once = reviewPlan(plan, first, { today: '2026-12-03' });
    expect(once.reasons.map((reason) => reason.rule)).not.toContain('nothing-logged');
    for (const stored of [once.plan, parsePlan(JSON.stringify(once.plan))]) {
      const again = reviewPlan(stored, reordered, { today: '2026-12-03' });
      expect(again.reasons.map((reason) => reason.rule)).toEqual(['nothing-logged']);
      expect(again.plan.days[1]?.logged).toHaveLength(2);
    }
  });

  it('counts a second, identical entry as a second entry', () => {
    const run: LogEntry = { kind: 'run', date: '2026-12-02', distance: { value: 3, unit: 'mi' } };
    const once = reviewPlan(plan, [run], { today: '2026-12-03' });
    const twice = reviewPlan(once.plan, [run, { date: '2026-12-02', distance: { unit: 'mi', value: 3 }, kind: 'run' } as LogEntry], { today: '2026-12-03' });
    expect(twice.plan.days[1]?.logged).toHaveLength(2);
  });
});
