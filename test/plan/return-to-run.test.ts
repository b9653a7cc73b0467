import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';

const startDate = '2026-12-01';
const itbs = getProtocol('iliotibial-band-syndrome');
const mtss = getProtocol('medial-tibial-stress-syndrome');

describe('generatePlan for a runner back after a long break (no run in the last 30 days)', () => {
  // Ran 4 days a week until 6 weeks ago, then nothing.
  const history = Array.from({ length: 24 }, (_, index) => ({
    date: shiftDay(startDate, -42 - Math.floor((index * 7) / 4)),
    distance: { value: 8, unit: 'km' as const },
  }));
  const plan = generatePlan(itbs!, { startDate, history });

  it('restarts running from the cited return-to-run programme, not from zero and not from the old week', () => {
    const first = plan.days.find((day) => day.running.planned?.distance);
    expect(first?.running.planned).toEqual({ kind: 'intervals', distance: { value: 1.6, unit: 'km' } });
    const message = first?.flags.find((flag) => flag.kind === 'return-to-run')?.message;
    expect(message).toMatch(/walk 2 min \/ run 3 min for 1\.6 km/);
    expect(message).toMatch(/doi:10\.1186\/s13063-023-07502-x/);
    expect(plan.flags.map((flag) => flag.kind)).toContain('return-to-run');
  });

  it('leaves at least one rest day between return-to-run sessions', () => {
    const runDays = plan.days.flatMap((day, index) => (day.running.planned?.distance ? [index] : []));
    runDays.slice(1).forEach((day, index) => expect(day - (runDays[index] ?? 0)).toBeGreaterThanOrEqual(2));
  });

  it('gives every pain-monitored running day a limit, and says it is derived and an extension outside Achilles tendinopathy', () => {
    expect(plan.days.every((day) => day.running.maxDistance !== null)).toBe(true);
    expect(plan.flags.find((flag) => flag.kind === 'derived-limit')?.message).toMatch(/Achilles tendinopathy.*extension/);
  });
});

describe('generatePlan with running given by time', () => {
  it('flags sessions it cannot check when the history has no durations', () => {
    const history = [{ date: shiftDay(startDate, -3), distance: { value: 5, unit: 'km' as const } }];
    const plan = generatePlan(mtss!, { startDate, history });
    const timed = plan.days.filter((day) => day.running.planned?.kind === 'intervals' || day.running.planned?.kind === 'continuous');
    expect(timed.length).toBeGreaterThan(0);
    expect(timed.every((day) => day.flags.some((flag) => flag.kind === 'time-not-checked'))).toBe(true);
  });

  it('shortens a session to 110 % of the longest recent run by time, and says so', () => {
    const history = [{ date: shiftDay(startDate, -2), distance: { value: 1, unit: 'km' as const }, durationMinutes: 8 }];
    const plan = generatePlan(mtss!, { startDate, history });
    const first = plan.days.find((day) => day.running.planned?.minutes !== undefined);
    expect(first?.running.planned?.minutes).toBeLessThanOrEqual(8 * 1.1);
    expect(first?.flags.find((flag) => flag.kind === 'limited-by-history')?.message).toMatch(/Session shortened from 16 to 8 minutes/);
  });
});

describe('generatePlan rejects a bad history with the entry’s index in the path', () => {
  it('for a run after the start date', () => {
    expect(() => generatePlan(itbs!, { startDate, history: [{ date: shiftDay(startDate, 1), distance: { value: 5, unit: 'km' } }] })).toThrow(
      /history\[0\]\.date: Expected a run on or before 2026-12-01/,
    );
  });
});

// A GPS blip (a few metres logged as a run) used to be the runner's longest recent run and recent week: every limit
// became 0 ("jog, at most 0 mi") and nothing was planned. Too little running to plan a run from counts as none.
describe('generatePlan with a history whose only recent run is a blip', () => {
  for (const metres of [1e-6, 50]) {
    it(`restarts from the return-to-run programme after a ${metres} m run, with no limit of 0`, () => {
      const history = [{ date: shiftDay(startDate, -11), distance: { value: metres / 1000, unit: 'km' as const } }];
      const plan = generatePlan(getProtocol('patellofemoral-pain')!, { startDate, goalDistance: { value: 30, unit: 'mi' }, history });
      const running = plan.days.filter((day) => day.running.intensity !== 'rest');
      expect(running.every((day) => (day.running.maxDistance?.value ?? 1) > 0)).toBe(true);
      expect(plan.flags.map((flag) => flag.kind)).toContain('return-to-run');
      expect(plan.days.some((day) => (day.running.planned?.distance?.value ?? 0) > 0)).toBe(true);
    });
  }
});

// Rounded down to 0.1, a run under 1 km or mi could never grow by 10 % (0.4 × 1.1 = 0.44 → 0.4): a runner whose recent
// runs were short was held at that distance for the whole plan.
describe('generatePlan for a runner whose recent runs are short', () => {
  it('lets the runs grow week by week, at most 10 % at a time', () => {
    const history = [0, 7, 14].map((daysBefore) => ({ date: shiftDay(startDate, -6 - daysBefore), distance: { value: 0.5, unit: 'km' as const } }));
    const plan = generatePlan(getProtocol('achilles-tendinopathy-midportion-eccentric')!, { startDate, goalDistance: { value: 10, unit: 'km' }, history });
    const runs = plan.days.map((day) => day.running.planned?.distance?.value ?? 0).filter((value) => value > 0);
    expect(runs.length).toBeGreaterThan(4);
    expect(Math.max(...runs)).toBeGreaterThan((runs[0] ?? 0) + 0.1);
    for (let index = 1; index < runs.length; index += 1) expect(runs[index]).toBeLessThanOrEqual(Math.max(...runs.slice(0, index)) * 1.1 + 1e-9);
  });
});

describe('generatePlan for a runner whose runs were all very short (under 0.4 km)', () => {
  // Three runs a week of 0.39 km for four weeks: running, but too little to plan from.
  const history = Array.from({ length: 12 }, (_, index) => ({
    date: shiftDay(startDate, -(Math.floor(index / 3) * 7 + 1 + (index % 3) * 2)),
    distance: { value: 0.39, unit: 'km' as const },
  }));
  const plan = generatePlan(getProtocol('patellofemoral-pain')!, { startDate, goalDistance: { value: 10, unit: 'km' }, history });

  it('restarts from the return-to-run programme and says why in words true of this runner: not "no run"', () => {
    const words = [...plan.flags, ...plan.days.flatMap((day) => day.flags)].map((flag) => flag.message);
    expect(plan.flags.find((flag) => flag.kind === 'return-to-run')?.message).toMatch(/^No run of 0\.4 km or more in the 30 days before the start \(your longest was 0\.39 km\): running restarts/);
    expect(words.join(' ')).not.toMatch(/[Nn]o run in the (30|last 30) days before/);
    expect(plan.days.some((day) => day.running.planned?.kind === 'intervals')).toBe(true);
  });
});

describe('generatePlan for a runner with no run at all in the 30 days before', () => {
  const history = [{ date: shiftDay(startDate, -40), distance: { value: 8, unit: 'km' as const } }];
  // The kneecap's protocol prescribes a limit (5 miles a day), which the programme's steps lower.
  const plan = generatePlan(getProtocol('patellofemoral-pain')!, { startDate, goalDistance: { value: 10, unit: 'km' }, history });
  it('says there was no run, and later limits name the phase the runner is on', () => {
    expect(plan.flags.find((flag) => flag.kind === 'return-to-run')?.message).toMatch(/^No run in the 30 days before the start: /);
    // After the first session of the programme, a lowered limit names the step, not the runs before the start.
    const first = plan.days.findIndex((day) => day.running.planned?.kind === 'intervals');
    expect(first).toBeGreaterThanOrEqual(0);
    const lowered = plan.days.slice(first + 1).flatMap((day) => day.flags).filter((flag) => flag.kind === 'limited-by-history' && /return-to-run programme/.test(flag.message));
    expect(lowered.length).toBeGreaterThan(0);
    for (const flag of lowered) expect(flag.message).toMatch(/: phase \d of the return-to-run programme \(/);
  });
});

describe('the return-to-run words, in edge cases an independent review found', () => {
  const pfp = getProtocol('patellofemoral-pain')!;
  const goalDistance = { value: 10, unit: 'km' as const };

  it('names the day running restarts on when the last run leaves the 30-day window after the start', () => {
    // One run 28 days before the start: it guards the first days; from the fourth, no run is left in the window.
    const plan = generatePlan(pfp, { startDate, goalDistance, history: [{ date: shiftDay(startDate, -28), distance: { value: 8, unit: 'km' } }] });
    expect(plan.flags.find((flag) => flag.kind === 'return-to-run')?.message).toMatch(/^No run in the 30 days before 2026-12-04: /);
    expect(plan.flags.map((flag) => flag.message).join(' ')).not.toMatch(/before the start/);
  });

  it('never gives the threshold and the longest run as the same figure in miles', () => {
    const plan = generatePlan(pfp, { startDate, goalDistance: { value: 6, unit: 'mi' }, history: [{ date: shiftDay(startDate, -3), distance: { value: 0.39, unit: 'km' } }] });
    expect(plan.flags.find((flag) => flag.kind === 'return-to-run')?.message).toMatch(/^No run of 0\.25 mi or more in the 30 days before the start \(your longest was 0\.24 mi\)/);
  });

  it('after a clearance with no tolerated week, says the clearance is why running restarts from the programme', () => {
    const history = Array.from({ length: 13 }, (_, index) => ({ date: shiftDay(startDate, -(3 + 2 * index)), distance: { value: 6, unit: 'km' as const } }));
    const plan = generatePlan(pfp, { startDate, goalDistance, history });
    const referred = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-02', redFlag: 'night-pain' }], { today: '2026-12-03' });
    const cleared = reviewPlan(referred.plan, [{ kind: 'clearance', date: '2026-12-06' }], { today: '2026-12-06' });
    const words = cleared.plan.days.filter((day) => day.date >= '2026-12-06').flatMap((day) => day.flags).map((flag) => flag.message);
    expect(words.some((message) => /you were cleared by a clinician with no week you tolerated logged, so running restarts/.test(message))).toBe(true);
    expect(words.join(' ')).not.toMatch(/too little running/);
  });
});
