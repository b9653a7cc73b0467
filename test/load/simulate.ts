// An app's daily loop, simulated: a runner follows the plan (or not), logs what happened, and the app reviews the plan
// every day or once a week. The trajectory suite asserts the load rules on every revision it produces.
import { generatePlan, reviewPlan, type LogEntry, type Plan, type Protocol, type ReviewResult, type RunLogEntry } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';

export interface SimRunner {
  readonly name: string;
  /** The runner's history before the start. */
  history(start: string): RunLogEntry[];
  /** Run days a week, for the weekly-structure checks. */
  readonly habit: number;
}

const weekly = (week: readonly number[], unit: 'km' | 'mi', weeks: number, endOffset = 0) => (start: string) => {
  const entries: RunLogEntry[] = [];
  for (let w = weeks; w >= 1; w--) {
    week.forEach((value, index) => {
      const offset = -7 * w - endOffset + Math.floor((index * 7) / week.length);
      entries.push({ date: shiftDay(start, offset), distance: { value, unit } });
    });
  }
  return entries;
};

export const simRunners: readonly SimRunner[] = [
  { name: 'a novice, ~10 km a week on 3 days', history: weekly([3, 3, 4], 'km', 12), habit: 3 },
  { name: 'a 60 mi/week marathoner with a 20-mile long run', history: weekly([8, 10, 8, 6, 8, 20], 'mi', 12), habit: 6 },
  { name: 'a returner after 8 weeks off', history: weekly([6, 6, 8, 10], 'km', 8, 56), habit: 4 },
  { name: 'a runner with a one-week history', history: weekly([5, 6, 8], 'km', 1), habit: 3 },
];

/** What the runner does on a plan day: the entries logged for it. `planned` is the day's planned distance (0 for none). */
export type Behaviour = (context: { day: number; date: string; planned: number; unit: Plan['unit'] }) => LogEntry[];

const ran = (date: string, value: number, unit: Plan['unit'], during: number): LogEntry => ({ kind: 'run', date, distance: { value: Math.round(value * 10) / 10, unit }, pain: { during } });

export const scenarios: Readonly<Record<string, Behaviour>> = {
  'steady recovery': ({ date, planned, unit, day }) => [
    ...(planned > 0 ? [ran(date, planned, unit, 2)] : []),
    { kind: 'pain', date, nextMorning: day % 3 === 0 ? 1 : 2 },
  ],
  'a flare on day 10': ({ date, planned, unit, day }) => [
    ...(planned > 0 ? [ran(date, planned, unit, day === 10 ? 7 : 2)] : day === 10 ? [ran(date, 3, unit, 7)] : []),
    { kind: 'pain', date, nextMorning: day === 10 ? 6 : 1 },
  ],
  'a 5-day gap': ({ date, planned, unit, day }) =>
    day >= 8 && day <= 12
      ? planned > 0
        ? [{ kind: 'missed', date, what: 'run' }]
        : [{ kind: 'missed', date, what: 'session' }]
      : planned > 0
        ? [ran(date, planned, unit, 1)]
        : [],
  'gradual worsening': ({ date, planned, unit, day }) => {
    const pain = Math.min(10, Math.floor(day / 3));
    return [...(planned > 0 ? [ran(date, planned, unit, pain)] : []), { kind: 'pain', date, after: pain, nextMorning: pain }];
  },
  'a red flag, then a clearance': ({ date, planned, unit, day }) => [
    ...(planned > 0 ? [ran(date, planned, unit, 1)] : []),
    ...(day === 9 ? [{ kind: 'symptom', date, redFlag: 'swelling' } as const] : []),
    ...(day === 16 ? [{ kind: 'clearance', date, note: 'Seen in clinic: no effusion.' } as const] : []),
  ],
  overrunning: ({ date, planned, unit, day }) => (planned > 0 ? [ran(date, planned * 1.3, unit, 2)] : day % 4 === 0 ? [ran(date, 3, unit, 2)] : []),
};

/** One review in a trajectory: the plan before, the result, the log it was given, and the day. */
export interface Step {
  readonly before: Plan;
  readonly result: ReviewResult;
  readonly log: readonly LogEntry[];
  readonly today: string;
}

/** Generates the plan and lives `days` days of it, reviewing every `cadence` days (the morning after). */
export function simulate(protocol: Protocol, runner: SimRunner, behaviour: Behaviour, cadence: number, days = 28, startDate = '2026-12-01'): { initial: Plan; steps: Step[]; log: LogEntry[] } {
  const initial = generatePlan(protocol, { startDate, history: runner.history(startDate), goalDistance: { value: 10, unit: 'km' } });
  let plan = initial;
  const log: LogEntry[] = [];
  const steps: Step[] = [];
  for (let day = 1; day <= days; day++) {
    const date = shiftDay(startDate, day - 1);
    const planDay = plan.days.find((entry) => entry.date === date);
    const planned = planDay?.running.planned?.distance?.value ?? 0;
    log.push(...behaviour({ day, date, planned, unit: plan.unit }));
    if (day % cadence === 0) {
      const today = shiftDay(date, 1);
      const result = reviewPlan(plan, log, { today });
      steps.push({ before: plan, result, log: [...log], today });
      plan = result.plan;
    }
  }
  return { initial, steps, log };
}
