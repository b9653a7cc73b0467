import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan, type LogEntry, type Plan, type ReviewResult } from 'rehab-protocols';
import { realRuns } from '../fixtures/real-export.js';
import { shiftDay } from '../fixtures/runners.js';
import { simRunners } from '../load/simulate.js';

// A synced app (a watch, Strava) logs every run and nothing on a day the runner does not run. Two weeks or more with no
// run logged, while the plan ran on 3 or more of them, is a break: the running goes on from what the runner ran, not
// from where the plan had reached (`no-runs-logged`). Found by review: a runner who stopped for 35 days came back to the
// plan's 3.3 km runs, 9.9 km a week, as if they had run all along.

/** The return-to-run programme's first step, a mile, as plans write it (rounded down to a tenth of a km). */
const FIRST_STEP = 1.6;
const plannedOf = (plan: Plan, from: string, days: number) =>
  plan.days.filter((day) => day.date >= from && day.date < shiftDay(from, days)).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
const ranIn = (log: readonly LogEntry[], from: string, to: string) =>
  log.filter((entry) => (entry.kind === 'run' || entry.kind === 'race') && entry.date >= from && entry.date < to).reduce((sum, entry) => sum + (entry.kind === 'run' || entry.kind === 'race' ? entry.distance.value : 0), 0);

describe('a break with no run logged, in an app that logs runs', () => {
  it('on a real Strava export, reviewed weekly: the week after a 19-day break plans no more than the runner averaged in the 28 days before it', () => {
    const start = '2023-05-01';
    const plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: start, history: realRuns.filter((run) => run.date < start), goalDistance: { value: 10, unit: 'km' } });
    const after = realRuns.filter((run) => run.date >= start).map((run): LogEntry => ({ ...run, kind: 'run' }));
    // The export's runs: 2023-05-10, then none until 2023-05-29.
    expect(after.filter((entry) => entry.date > '2023-05-10' && entry.date < '2023-05-29')).toEqual([]);
    let reviewed = plan;
    let result: ReviewResult | undefined;
    for (let week = 1; week <= 4; week++) {
      const today = shiftDay(start, 7 * week);
      result = reviewPlan(reviewed, after.filter((entry) => entry.date < today), { today });
      reviewed = result.plan;
    }
    // 2023-05-29: the 18 days from 05-11 to 05-28 had no run.
    const today = shiftDay(start, 28);
    expect(result?.reasons.map((reason) => reason.rule)).toContain('no-runs-logged');
    expect(result?.status).toBe('hold');
    const average = ranIn(after, shiftDay(today, -28), today) / 4;
    // Before: the week planned 7.2 km, more than twice the 3 km a week run, with nothing said. Now no more than that
    // average, or the return-to-run programme's first step three times, which the note says is more.
    expect(plannedOf(reviewed, today, 7)).toBeLessThanOrEqual(Math.max(average, 3 * FIRST_STEP) + 1e-9);
    expect(reviewed.days.find((day) => day.date >= today && day.flags.some((flag) => /^Held by the review of 2023-05-29/.test(flag.message)))).toBeDefined();
  });

  const stoppedLog = (plan: Plan, stopAfter: number, days: number, painEveryDay: boolean) => {
    const log: LogEntry[] = [];
    for (let offset = 0; offset < days; offset++) {
      const date = shiftDay(plan.startDate, offset);
      const planned = plan.days.find((day) => day.date === date)?.running.planned?.distance?.value ?? 0;
      if (offset < stopAfter && planned > 0) log.push({ kind: 'run', date, distance: { value: planned, unit: 'km' }, pain: { during: 1 } });
      if (painEveryDay) log.push({ kind: 'pain', date, nextMorning: 0 });
    }
    return log;
  };

  it('reviewed daily while the runner does not run, logging only pain: holds once the break reaches two weeks, restarts from what was run, and again only after two more weeks', () => {
    const plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: '2026-12-01', history: simRunners[0]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const log = stoppedLog(plan, 10, 45, true);
    let reviewed = plan;
    const held: string[] = [];
    for (let offset = 1; offset <= 45; offset++) {
      const today = shiftDay(plan.startDate, offset);
      const result = reviewPlan(reviewed, log.filter((entry) => entry.date < today), { today });
      reviewed = result.plan;
      if (result.reasons.some((reason) => reason.rule === 'no-runs-logged')) held.push(today);
      if (held.length > 0) {
        // From the hold on, the next 7 days plan at most the runner's average week of the 28 days before, or the
        // return-to-run programme's first steps once that is too little (growing at most 10 % a week from there).
        const average = ranIn(log, shiftDay(today, -28), today) / 4;
        const since = Math.round((Date.parse(today) - Date.parse(held.at(-1) as string)) / 86_400_000);
        const grown = 1.1 ** Math.ceil(since / 7);
        expect(plannedOf(reviewed, today, 7), today).toBeLessThanOrEqual(grown * Math.max(average, 3 * FIRST_STEP) + 1e-9);
      }
    }
    // The last run was on 2026-12-09 (the plan's first 10 days): the break reaches 14 days on 12-23, read at the review
    // of 12-24; then 14 more days from that review, read on 01-07.
    expect(held).toEqual(['2026-12-24', '2027-01-07']);
    // Before: the plan grew to 9.9 km a week through the 35 days with no run.
    expect(plannedOf(reviewed, shiftDay(plan.startDate, 45), 7)).toBeLessThan(0.6 * plannedOf(plan, shiftDay(plan.startDate, 45), 7));
  });

  it('reviewed daily, a runner back from a break who runs what the plan says runs again within days (found by review: held every morning, each time going back a day, so that today always rested)', () => {
    const plan = generatePlan(getProtocol('iliotibial-band-syndrome'), { startDate: '2026-12-01', history: simRunners[0]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = [];
    let reviewed = plan;
    let ranAfter = 0;
    for (let offset = 0; offset < 50; offset++) {
      const date = shiftDay(plan.startDate, offset);
      const planned = reviewed.days.find((day) => day.date === date)?.running.planned?.distance?.value ?? 0;
      // Runs as planned for 10 days, none for 21, then as planned again.
      if (planned > 0 && (offset < 10 || offset >= 31)) {
        log.push({ kind: 'run', date, distance: { value: planned, unit: 'km' }, pain: { during: 1 } });
        if (offset >= 31) ranAfter += 1;
      }
      log.push({ kind: 'pain', date, nextMorning: 0 });
      reviewed = reviewPlan(reviewed, log, { today: shiftDay(date, 1) }).plan;
      if (offset === 40) expect(ranAfter, 'runs in the 10 days back').toBeGreaterThanOrEqual(3);
    }
  });

  it('by an app that reviews only when a run syncs, so not through the break: the review after the runner comes back holds, once', () => {
    const plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: '2026-12-01', history: simRunners[0]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    // Runs as planned for 10 days, none for 25, then 3 km on every other day.
    const log = stoppedLog(plan, 10, 35, false);
    for (let offset = 35; offset < 56; offset += 2) log.push({ kind: 'run', date: shiftDay(plan.startDate, offset), distance: { value: 3, unit: 'km' } });
    let reviewed = plan;
    const fired: string[] = [];
    for (const run of log) {
      const today = shiftDay(run.date, 1);
      const result = reviewPlan(reviewed, log.filter((entry) => entry.date < today), { today });
      reviewed = result.plan;
      if (result.reasons.some((reason) => reason.rule === 'no-runs-logged')) {
        fired.push(today);
        expect(result.status).toBe('hold');
        // The day back counts as done, and the message says so.
        expect(result.reasons.find((reason) => reason.rule === 'no-runs-logged')?.message).toMatch(/\(before your latest runs\), .*, with the 1 day since you came back counted as done\.$/);
        const average = ranIn(log, shiftDay(today, -28), today) / 4;
        expect(plannedOf(reviewed, today, 7)).toBeLessThanOrEqual(Math.max(average, 3 * FIRST_STEP) + 1e-9);
      }
    }
    // Once: the review the day after the first run back; not again at the next runs.
    expect(fired).toEqual([shiftDay(plan.startDate, 36)]);
  });

  it('never for a runner who moves runs to days the plan rests, nor for an app that logs only pain', () => {
    const plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: '2026-12-01', history: simRunners[0]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const moved: LogEntry[] = [];
    const painOnly: LogEntry[] = [];
    for (let offset = 0; offset < 42; offset++) {
      const date = shiftDay(plan.startDate, offset);
      const planned = plan.days.find((day) => day.date === date)?.running.planned?.distance?.value ?? 0;
      if (planned === 0 && offset % 2 === 0) moved.push({ kind: 'run', date, distance: { value: 3, unit: 'km' } });
      painOnly.push({ kind: 'pain', date, during: 1, nextMorning: 0 });
    }
    for (const log of [moved, painOnly]) {
      let reviewed = plan;
      for (let offset = 1; offset <= 42; offset++) {
        const today = shiftDay(plan.startDate, offset);
        const result = reviewPlan(reviewed, log.filter((entry) => entry.date < today), { today });
        reviewed = result.plan;
        expect(result.reasons.map((reason) => reason.rule), today).not.toContain('no-runs-logged');
      }
    }
  });

  /** Follows the plan on its run days except from day `from` to day `to` (1-based), reviewing every `cadence` days. */
  const follow = (plan: Plan, cadence: number, days: number, skip: (day: number) => boolean, pain: (day: number) => number = () => 1) => {
    let reviewed = plan;
    const log: LogEntry[] = [];
    const results: { today: string; result: ReviewResult; log: LogEntry[] }[] = [];
    for (let day = 1; day <= days; day++) {
      const date = shiftDay(plan.startDate, day - 1);
      const planned = reviewed.days.find((entry) => entry.date === date)?.running.planned?.distance?.value ?? 0;
      if (planned > 0 && !skip(day)) log.push({ kind: 'run', date, distance: { value: planned, unit: reviewed.unit }, pain: { during: pain(day) } });
      if (day % cadence === 0) {
        const today = shiftDay(date, 1);
        const result = reviewPlan(reviewed, log, { today });
        reviewed = result.plan;
        results.push({ today, result, log: [...log] });
      }
    }
    return results;
  };

  it('a break that goes on after its hold is read again, once, when the runner comes back (found by review: the held plan grew 10 % while they ran nothing, to four times what they had run)', () => {
    // A 60 mi/week marathoner (in km here) runs the plan for 14 days, nothing for 24, then runs again; reviewed daily.
    const plan = generatePlan(getProtocol('achilles-tendinopathy-insertional'), { startDate: '2026-12-01', history: simRunners[1]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const results = follow(plan, 1, 45, (day) => day >= 15 && day < 39);
    const fired = results.filter(({ result }) => result.reasons.some((reason) => reason.rule === 'no-runs-logged')).map(({ today }) => today);
    // Two weeks into the break, and the day after the first run back.
    expect(fired).toEqual(['2026-12-29', '2027-01-09']);
    const back = results.find(({ today }) => today === '2027-01-09')!;
    const average = ranIn(back.log, shiftDay(back.today, -28), back.today) / 4;
    expect(plannedOf(back.result.plan, back.today, 7)).toBeLessThanOrEqual(Math.max(average, 3 * FIRST_STEP) + 1e-9);
  });

  it('a hold that measured the week planned, not what was run (a return-to-run step that hurt), does not hide a break after it (found by review: more pain planned more running)', () => {
    // A returner, reviewed weekly: the last run before a 17-day break, on 12-10, at 2/10 or at 4/10 (a step that hurt,
    // held on 12-15); back on 12-28. Both are read as a break on 12-29.
    const plan = generatePlan(getProtocol('achilles-tendinopathy-insertional'), { startDate: '2026-12-01', history: simRunners[2]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const week = (pain: number) => {
      const results = follow(plan, 7, 35, (day) => day > 10 && day <= 27, (day) => (day === 10 ? pain : 1));
      const at = results.find(({ today }) => today === '2026-12-29')!;
      return { rules: at.result.reasons.map((reason) => reason.rule), planned: plannedOf(at.result.plan, at.today, 7), held: results.some(({ result }) => result.reasons.some((reason) => reason.rule === 'ladder-step')) };
    };
    const [easy, hurt] = [week(2), week(4)];
    expect(hurt.held).toBe(true);
    expect(easy.rules).toContain('no-runs-logged');
    expect(hurt.rules).toContain('no-runs-logged');
    expect(hurt.planned).toBeLessThanOrEqual(easy.planned + 1e-9);
  });

  it('read together with misses logged in it, is measured and read once (found by review: the misses hid it, and it was held again the next day)', () => {
    const plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: '2026-12-01', history: simRunners[0]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    // Runs as planned for 10 days, then none; three sessions logged as missed on days 21 to 23.
    const log = stoppedLog(plan, 10, 24, false);
    for (let offset = 20; offset <= 22; offset++) log.push({ kind: 'missed', date: shiftDay(plan.startDate, offset), what: 'session' });
    let reviewed = plan;
    const fired: string[] = [];
    for (const offset of [7, 14, 23, 24, 25]) {
      const today = shiftDay(plan.startDate, offset);
      const result = reviewPlan(reviewed, log.filter((entry) => entry.date < today), { today });
      reviewed = result.plan;
      if (result.reasons.some((reason) => reason.rule === 'no-runs-logged')) {
        fired.push(today);
        expect(reviewed.load?.breakReadOn).toBe(today);
        const average = ranIn(log, shiftDay(today, -28), today) / 4;
        expect(plannedOf(reviewed, today, 7)).toBeLessThanOrEqual(Math.max(average, 3 * FIRST_STEP) + 1e-9);
      }
    }
    expect(fired).toEqual(['2026-12-24']);
  });

  it('not on a plan of limits only paced by pain, which plans no run to miss', () => {
    const plan = generatePlan(getProtocol('achilles-tendinopathy-midportion-hsr'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const paced = plan.days.filter((day) => day.date < '2026-12-31' && day.running.intensity !== 'rest' && day.running.planned === undefined && day.running.maxDistance === null);
    expect(paced.length).toBeGreaterThan(14);
    const log: LogEntry[] = [{ kind: 'run', date: '2026-12-01', distance: { value: 2, unit: 'km' }, pain: { during: 1 } }];
    for (let offset = 1; offset < 30; offset++) log.push({ kind: 'pain', date: shiftDay('2026-12-01', offset), during: 1 });
    const result = reviewPlan(plan, log, { today: '2026-12-31' });
    expect(result.reasons.map((reason) => reason.rule)).not.toContain('no-runs-logged');
  });
});
