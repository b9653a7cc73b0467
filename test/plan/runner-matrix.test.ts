import { describe, expect, it } from 'vitest';
import { generatePlan, listProtocols, summarizeHistory, type GeneratePlanOptions, type Plan } from 'rehab-protocols';
import { guardsOf, historyOf, inUnit, summaryOf, testRunners, type TestRunner } from '../fixtures/runners.js';

const startDate = '2026-12-01';
const goalDistance = { value: 10, unit: 'km' } as const;
const EPSILON = 1e-9;

interface Case {
  readonly label: string;
  readonly options: GeneratePlanOptions;
  readonly usualWeek: number;
  readonly before: [string, number][];
  readonly runDays: number;
}

function casesFor(runner: TestRunner): Case[] {
  const history = historyOf(runner, startDate);
  const summary = summaryOf(runner);
  return [
    {
      label: `${runner.name}, with history`,
      options: { startDate, goalDistance, history },
      usualWeek: summarizeHistory(history, { today: startDate, unit: 'km' }).weeklyAverage.value,
      before: history.map((entry) => [entry.date, inUnit(entry.distance, 'km')]),
      runDays: runner.week.length,
    },
    {
      label: `${runner.name}, with a runner summary`,
      options: { startDate, goalDistance, runner: summary },
      usualWeek: summary.usualWeeklyDistance?.value ?? 0,
      // The summary's longest recent run counts as run the day before the start.
      before: [['2026-11-30', summary.longestRecentRun?.value ?? 0]],
      runDays: runner.week.length,
    },
  ];
}

const plannedKm = (day: Plan['days'][number]) => day.running.planned?.distance?.value ?? 0;

describe.each(listProtocols().map((protocol) => [protocol.id, protocol] as const))('%s, fitted to three runners', (_id, protocol) => {
  for (const runner of testRunners) {
    for (const { label, options, usualWeek, before, runDays } of casesFor(runner)) {
      describe(label, () => {
        const plan = generatePlan(protocol, options);
        const prescribed = generatePlan(protocol, { startDate, goalDistance });

        it('plans no run above its day’s limit or the single-run spike guard', () => {
          const guards = guardsOf(plan, before);
          plan.days.forEach((day, index) => {
            const limit = day.running.maxDistance?.value;
            if (limit !== undefined) expect(plannedKm(day)).toBeLessThanOrEqual(limit + EPSILON);
            const guard = guards[index];
            if (guard !== null && guard !== undefined) expect(plannedKm(day)).toBeLessThanOrEqual(guard + EPSILON);
            if (guard !== null && guard !== undefined && limit !== undefined) expect(limit).toBeLessThanOrEqual(guard + EPSILON);
          });
        });

        it('never lowers a limit without a limited-by-history flag, and never raises one', () => {
          plan.days.forEach((day, index) => {
            const was = prescribed.days[index]?.running.maxDistance?.value;
            const now = day.running.maxDistance?.value;
            if (was === undefined || now === undefined) return;
            expect(now).toBeLessThanOrEqual(was);
            if (now < was) expect(day.flags.map((flag) => flag.kind)).toContain('limited-by-history');
          });
        });

        it('keeps every week at or under the runner’s usual week, with a day off and no more run days than usual', () => {
          for (const week of plan.weeks) expect(week.plannedDistance?.value ?? 0).toBeLessThanOrEqual(usualWeek + EPSILON);
          for (let first = 0; first + 7 <= plan.days.length; first += 7) {
            const runs = plan.days.slice(first, first + 7).filter((day) => day.running.planned && day.running.planned.kind !== 'rest');
            expect(runs.length).toBeLessThanOrEqual(Math.min(runDays, 6));
          }
        });

        it('gives every running day a limit by distance or by time', () => {
          for (const day of plan.days) {
            if (day.running.intensity === 'rest') continue;
            const limited = day.running.maxDistance !== null || day.running.intervals !== undefined || day.running.durationMinutes !== undefined;
            expect(limited).toBe(true);
          }
        });

        it('with spikeGuard warn keeps the prescribed limits and flags every day above the guard', () => {
          const warned = generatePlan(protocol, { ...options, spikeGuard: 'warn' });
          const guards = guardsOf(warned, before);
          warned.days.forEach((day, index) => {
            const was = prescribed.days[index]?.running.maxDistance?.value;
            if (was !== undefined) expect(day.running.maxDistance?.value).toBe(was);
            const guard = guards[index];
            const above = guard !== null && guard !== undefined && (day.running.maxDistance?.value ?? 0) > guard + EPSILON;
            if (above) expect(day.flags.map((flag) => flag.kind)).toContain('single-run-spike');
            expect(day.flags.some((flag) => flag.kind === 'limited-by-history' && /Limit lowered/.test(flag.message))).toBe(false);
          });
        });
      });
    }
  }
});
