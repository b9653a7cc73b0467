import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, planForProfile, reviewPlan, type LogEntry, type Plan, type Protocol } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';

// Found by the metamorphic property "reviewed every day is at least as cautious as reviewed once" (seed 1035497885):
// a 7/10 on the plan's last day and another the day after refer when reviewed once, but reviewed daily the second
// rating fell after the plan's end, was never "new", and the review said "nothing logged".
describe('ratings after the plan’s last day', () => {
  const plan = generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
  const log: LogEntry[] = [
    { kind: 'run', date: '2026-12-14', distance: { value: 1, unit: 'km' }, pain: { during: 7 } },
    { kind: 'run', date: '2026-12-15', distance: { value: 1, unit: 'km' }, pain: { during: 7 } },
  ];

  it('refer reviewed daily, as reviewed once', () => {
    expect(plan.endDate).toBe('2026-12-14');
    expect(reviewPlan(plan, log, { today: '2026-12-21' }).status).toBe('refer');
    let daily = plan;
    const statuses: string[] = [];
    for (let day = '2026-12-01'; day <= '2026-12-21'; day = shiftDay(day, 1)) {
      const result = reviewPlan(daily, log.filter((entry) => entry.date < day), { today: day });
      statuses.push(result.status);
      daily = result.plan;
    }
    expect(statuses.at(-1)).toBe('refer');
    expect(statuses.indexOf('refer')).toBe(15); // 2026-12-16, the first review that sees the second 7/10
    expect(daily.load?.referredOn).toBe('2026-12-16');
  });

  it('a red flag logged after the end refers and stops the plan, every time it is given', () => {
    const flag: LogEntry[] = [{ kind: 'symptom', date: '2026-12-16', redFlag: 'night-pain' }];
    const first = reviewPlan(plan, flag, { today: '2026-12-17' });
    expect(first.status).toBe('refer');
    expect(first.plan.load?.referredOn).toBe('2026-12-17');
    expect(reviewPlan(first.plan, flag, { today: '2026-12-18' }).status).toBe('refer');
  });
});

// A step-back that lowers nothing is a defect: a plan made without a history has limits and no planned runs, and a
// step-back used to rewind the programme to days with the same limits, leaving the running as it was.
describe('a step-back on a plan made without a history', () => {
  const plan = generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });

  it('lowers the next days’ limits below the run that hurt, and says so on the first', () => {
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-05', distance: { value: 4, unit: 'mi' }, pain: { during: 3 } },
      { kind: 'pain', date: '2026-12-05', after: 4, nextMorning: 6 },
    ];
    const review = reviewPlan(plan, log, { today: '2026-12-06' });
    expect(review.status).toBe('step-back');
    const next = review.plan.days.filter((day) => day.date >= '2026-12-06');
    const before = plan.days.find((day) => day.date === '2026-12-06')?.running.maxDistance?.value ?? 0;
    // Today rests (6/10 on waking is above the 5/10 a run may reach); the next 6 days are limited below the run that hurt.
    expect(next[0]?.running).toMatchObject({ maxDistance: null, intensity: 'rest' });
    for (const day of next.slice(1, 7)) expect(day.running.maxDistance?.value).toBeLessThanOrEqual(3.2);
    expect(before).toBeGreaterThan(3.2);
    // Then at most 10 % more a week, never above the limits the plan had.
    for (const day of next.slice(7)) expect(day.running.maxDistance?.value).toBeLessThanOrEqual(3.2 * 1.1 + 0.05);
    expect(next[0]?.flags.map((flag) => flag.message)).toEqual([
      expect.stringMatching(/^No run today: your pain on waking \(6\/10\)/),
      expect.stringMatching(/^Stepped back by the review of 2026-12-06: no run longer than 3\.2 mi \(80 % of the shortest run that hurt, 4 mi\)/),
    ]);
  });

  it('with no run logged, lowers the limits to 70 % of what they were', () => {
    const review = reviewPlan(plan, [{ kind: 'pain', date: '2026-12-03', nextMorning: 7 }], { today: '2026-12-04' });
    expect(review.status).toBe('step-back');
    const today = review.plan.days.find((day) => day.date === '2026-12-04');
    const was = plan.days.find((day) => day.date === '2026-12-04')?.running.maxDistance?.value ?? 0;
    expect(was).toBe(5);
    // 7/10 on waking: no run today; the limits from tomorrow are 70 % of what they were.
    expect(today?.running).toMatchObject({ maxDistance: null, intensity: 'rest' });
    expect(review.plan.days.find((day) => day.date === '2026-12-05')?.running.maxDistance).toEqual({ value: 3.5, unit: 'mi' });
    expect(today?.flags.map((flag) => flag.message)).toEqual([expect.stringMatching(/^No run today: your pain on waking \(7\/10\)/), expect.stringMatching(/no run longer than 3\.5 mi \(70 % of the limit before\)/)]);
  });
});

// Running beyond the limits of a plan made without a history went unflagged: the overrun check compared the run with a
// planned run such a plan does not have, and the runner's app had nothing to show.
describe('an overrun on a plan made without a history', () => {
  const plan = generatePlan(getProtocol('patellofemoral-pain'), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });

  it('flags running beyond the day’s limit, and raises no limit for it', () => {
    const day = plan.days.find((entry) => entry.date === '2026-12-05')!;
    const limit = day.running.maxDistance!.value;
    expect(day.running.planned).toBeUndefined();
    const log: LogEntry[] = [{ kind: 'run', date: '2026-12-05', distance: { value: limit * 2, unit: plan.unit }, pain: { during: 1 } }];
    const result = reviewPlan(plan, log, { today: '2026-12-06' });
    expect(result.reasons.map((reason) => reason.rule)).toContain('overrun');
    const flag = result.plan.flags.find((entry) => entry.kind === 'overrun');
    expect(flag?.message).toContain(`more than that day's limit of ${limit} mi`);
    for (const [index, next] of result.plan.days.entries()) {
      expect(next.running.maxDistance?.value ?? 0).toBeLessThanOrEqual(plan.days[index]!.running.maxDistance?.value ?? 0);
    }
  });

  it('counts a day no higher than its limit in the tolerated week that a clearance resumes from', () => {
    const limits = ['2026-12-02', '2026-12-04'].map((date) => plan.days.find((day) => day.date === date)!.running.maxDistance!.value);
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-02', distance: { value: limits[0]! * 4, unit: plan.unit }, pain: { during: 0, after: 0 } },
      { kind: 'run', date: '2026-12-04', distance: { value: limits[1]! * 4, unit: plan.unit }, pain: { during: 0, after: 0 } },
    ];
    const result = reviewPlan(plan, log, { today: '2026-12-08' });
    expect(result.plan.load?.tolerated).toMatchObject({ weeklyDistance: limits[0]! + limits[1]!, longestRun: Math.max(...limits) });
  });

  it('counts no running on a rest day in the tolerated week', () => {
    const shins = generatePlan(getProtocol('medial-tibial-stress-syndrome')!, { startDate: '2026-12-01' });
    const firstWeek = shins.days.slice(0, 7);
    const rest = firstWeek.find((day) => day.running.intensity === 'rest')!;
    const running = firstWeek.find((day) => day.running.intensity !== 'rest')!;
    const log: LogEntry[] = [
      { kind: 'run', date: running.date, distance: { value: 2, unit: 'km' }, pain: { during: 0, after: 0 } },
      { kind: 'run', date: rest.date, distance: { value: 5, unit: 'km' }, pain: { during: 0, after: 0 } },
    ];
    const result = reviewPlan(shins, log, { today: '2026-12-08' });
    expect(result.plan.load?.tolerated?.weeklyDistance).toBeCloseTo(shins.unit === 'km' ? 2 : 2 / 1.609344, 6);
  });

  it('flags nothing for a run within the limit', () => {
    const log: LogEntry[] = [{ kind: 'run', date: '2026-12-05', distance: { value: 1, unit: plan.unit }, pain: { during: 1 } }];
    const result = reviewPlan(plan, log, { today: '2026-12-06' });
    expect(result.plan.flags.some((entry) => entry.kind === 'overrun')).toBe(false);
  });
});

// Found by a review of the fix above: a running day paced by pain (no distance limit) was read as a limit of 0, and
// every run on it as "on a day without running".
describe('an overrun on a plan paced by pain, made without a history', () => {
  it('does not call a run on a pain-monitored running day an overrun, and still flags one on a rest day', () => {
    const plan = generatePlan(getProtocol('achilles-tendinopathy-midportion-eccentric')!, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const paced = plan.days.find((day) => day.date > '2026-12-01' && day.running.maxDistance === null && day.running.intensity !== 'rest');
    expect(paced).toBeDefined();
    const onPaced = reviewPlan(plan, [{ kind: 'run', date: paced!.date, distance: { value: 3, unit: 'km' }, pain: { during: 2 } }], { today: shiftDay(paced!.date, 1) });
    expect(onPaced.plan.flags.some((flag) => flag.kind === 'overrun')).toBe(false);
    // The shin splints protocol, made without a history, rests between its sessions: a run there is an overrun.
    const shins = generatePlan(getProtocol('medial-tibial-stress-syndrome')!, { startDate: '2026-12-01' });
    const rest = shins.days.find((day) => day.running.intensity === 'rest')!;
    expect(rest.running.planned).toBeUndefined();
    const onRest = reviewPlan(shins, [{ kind: 'run', date: rest.date, distance: { value: 3, unit: 'km' } }], { today: shiftDay(rest.date, 1) });
    expect(onRest.plan.flags.find((flag) => flag.kind === 'overrun')?.message).toMatch(/on a day without running/);
  });
});

// Found by a review of the hold and step-back fix: a run that hurt, or runs logged, of a few dozen metres set the
// step-back's run cap at 80 % of them, below any run the plan writes, and the plan ran nothing for weeks.
describe('a step-back after runs of a few dozen metres', () => {
  it('keeps running from the return-to-run programme’s first step and grows from there', async () => {
    const { simRunners } = await import('../load/simulate.js');
    const runner = simRunners[0]!;
    const plan = generatePlan(getProtocol('plantar-heel-pain')!, { startDate: '2026-12-01', history: runner.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = ['2026-12-02', '2026-12-04', '2026-12-07'].map((date) => ({ kind: 'run' as const, date, distance: { value: 0.05, unit: 'km' as const }, pain: { during: 0 } }));
    log.push({ kind: 'pain', date: '2026-12-07', nextMorning: 6 });
    const result = reviewPlan(plan, log, { today: '2026-12-08' });
    expect(result.status).toBe('step-back');
    const week = (index: number) => result.plan.days.filter((day) => day.date >= '2026-12-08').slice(index * 7, index * 7 + 7).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
    expect(week(0)).toBeGreaterThan(0);
    for (const index of [1, 2, 3]) {
      expect(week(index)).toBeGreaterThan(0);
      expect(week(index)).toBeLessThanOrEqual(week(index - 1) * 1.1 + 0.2);
    }
  });
});

// Found by the same review: a custom protocol that begins with weeks without running had neither 7 days before nor 7
// days ahead with a run, and a hold then planned no running to the end.
describe('a hold on a plan whose running begins weeks later', () => {
  it('keeps the running to come', async () => {
    const { simRunners } = await import('../load/simulate.js');
    const base = getProtocol('plantar-heel-pain')!;
    const shift = 21;
    const rest = { ...base.phases[0]!, id: 'rest-first', name: 'Three weeks without running', days: { min: 1, max: shift }, running: { kind: 'rest', evidence: { kind: 'library-default', reason: 'A test protocol.' } } };
    const custom = {
      ...base,
      id: 'heel-rest-first',
      phases: [rest, ...base.phases.map((phase) => ({ ...phase, days: { min: phase.days.min + shift, max: phase.days.max + shift } }))],
      checkpoints: base.checkpoints.map((checkpoint) => ({ ...checkpoint, day: checkpoint.day + shift })),
    } as unknown as Protocol;
    const plan = generatePlan(custom, { startDate: '2026-12-01', history: simRunners[0]!.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = ['2026-12-09', '2026-12-10', '2026-12-11'].map((date) => ({ kind: 'missed' as const, date, what: 'session' as const }));
    const result = reviewPlan(plan, log, { today: '2026-12-12', protocol: custom });
    expect(result.status).toBe('hold');
    const after = (from: string) => result.plan.days.filter((day) => day.date >= from).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
    expect(after('2026-12-22')).toBeGreaterThan(0);
  });
});

// Found by a third review: ignoring a run that hurt because it was short (0.3 km) let the step-back plan runs several
// times as long. Pain is the evidence: a run that hurt caps the next 7 days at 80 % of it, however short.
describe('a step-back after a short run that hurt', () => {
  it('plans no run in the next 7 days longer than 80 % of it', async () => {
    const { simRunners } = await import('../load/simulate.js');
    const plan = generatePlan(getProtocol('plantar-heel-pain')!, { startDate: '2026-12-01', history: simRunners[0]!.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = [{ kind: 'run', date: '2026-12-04', distance: { value: 0.3, unit: 'km' }, pain: { during: 6, after: 6 } }];
    const result = reviewPlan(plan, log, { today: '2026-12-05' });
    expect(result.status).toBe('step-back');
    const next = result.plan.days.filter((day) => day.date >= '2026-12-05' && day.date < '2026-12-12');
    for (const day of next) {
      expect(day.running.planned?.distance?.value ?? 0).toBeLessThanOrEqual(0.8 * 0.3 + 1e-9);
      if (day.running.maxDistance !== null) expect(day.running.maxDistance.value).toBeLessThanOrEqual(0.8 * 0.3 + 1e-9);
    }
  });
});

// Found by an app developer's review: an unknown runner's plan (planForProfile: the return-to-run programme, then weeks
// built from it), referred for a red flag and cleared with no run logged, resumed the programme and then planned no
// running for the rest of the protocol — weeks of 0 km while the review said "go on as planned".
describe('a clearance on an unknown runner’s plan with no run logged', () => {
  it('resumes the programme and goes on building from it, never more than 10 % a week, within the limits', () => {
    const start = planForProfile(
      { region: 'ankle', locations: ['achilles-midportion'], aggravatedBy: ['running'], onset: 'gradual', age: 35, redFlags: [] },
      { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } },
    );
    if (start.kind !== 'plan') throw new Error(`expected a plan, got ${start.kind}`);
    const flagged: LogEntry[] = [{ kind: 'symptom', date: '2026-12-05', redFlag: 'fluoroquinolone' }];
    const referred = reviewPlan(start.plan, flagged, { today: '2026-12-06' });
    expect(referred.status).toBe('refer');
    const cleared = reviewPlan(referred.plan, [...flagged, { kind: 'clearance', date: '2026-12-08' }], { today: '2026-12-09' });
    const after = cleared.plan.weeks.filter((week) => week.startDate > '2026-12-09');
    const planned = after.map((week) => week.plannedDistance?.value ?? 0);
    // What the runner sees next: running every week to the end, not a programme and then nothing.
    expect(planned.slice(0, -1).every((value) => value > 0)).toBe(true);
    for (let index = 1; index < planned.length - 1; index += 1) expect(planned[index] ?? 0).toBeLessThanOrEqual((planned[index - 1] ?? 0) * 1.1 + 0.05);
    for (const day of cleared.plan.days) {
      const { planned: run, maxDistance } = day.running;
      if (run?.distance !== undefined && maxDistance !== null) expect(run.distance.value).toBeLessThanOrEqual(maxDistance.value);
    }
  });
});

describe('the evidence of a step-back on a pain-monitored plan', () => {
  it('names the protocol and its source as a reader looks them up, not by id', () => {
    const start = planForProfile(
      { region: 'ankle', locations: ['achilles-midportion'], aggravatedBy: ['running'], onset: 'gradual', age: 35, redFlags: [] },
      { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } },
    );
    if (start.kind !== 'plan') throw new Error(`expected a plan, got ${start.kind}`);
    const review = reviewPlan(start.plan, [{ kind: 'run', date: '2026-12-02', distance: { value: 1.6, unit: 'km' }, pain: { during: 7 } }], { today: '2026-12-03' });
    const cited = review.reasons.flatMap((reason) => (reason.evidence.kind === 'cited' ? [reason.evidence.citation] : []));
    expect(cited).toContain(`the pain limits of ${start.plan.protocolName} (Silbernagel 2007)`);
    expect(cited.join(' ')).not.toMatch(/protocol "|silbernagel-2007/);
  });
});

// Found by review: after 17 days of missed runs, a hold planned the week ahead from the weeks missed — 19 % above the
// last week the runner ran. A hold now plans no more than the fullest 7 days the runner ran in the last 28.
describe('a hold after a gap of missed runs', () => {
  const start = '2026-12-01';
  const history = Array.from({ length: 12 }, (_, week) => [0, 2, 4].map((offset, index) => ({ date: shiftDay(start, -7 * (12 - week) + offset), distance: { value: [3, 3, 4][index] as number, unit: 'km' as const } }))).flat();
  const plan = generatePlan(getProtocol('achilles-tendinopathy-midportion-hsr'), { startDate: start, history, goalDistance: { value: 10, unit: 'km' } });
  /**
   * The log of a runner who ran every planned run for 14 days, then for `gap` days missed every planned run (and, with
   * `sessions`, the exercise session of every other day: nothing done at all).
   */
  const logFor = (gap: number, sessions = false): LogEntry[] =>
    plan.days.slice(0, 14 + gap).flatMap((day, index): LogEntry[] => {
      const planned = day.running.planned?.distance?.value ?? 0;
      if (planned === 0) return sessions && index >= 14 ? [{ kind: 'missed', date: day.date, what: 'session' }] : [];
      return index < 14 ? [{ kind: 'run', date: day.date, distance: { value: planned, unit: 'km' }, pain: { during: 1 } }] : [{ kind: 'missed', date: day.date, what: 'run' }];
    });
  const week = (days: Plan['days'], from: string) =>
    days.filter((day) => day.date >= from && day.date < shiftDay(from, 7)).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
  const lastWeekRun = (log: readonly LogEntry[]) => log.filter((entry) => entry.kind === 'run' && entry.date >= shiftDay(start, 7) && entry.date < shiftDay(start, 14)).reduce((sum, entry) => sum + (entry.kind === 'run' ? entry.distance.value : 0), 0);

  it('plans the next 7 days from what the runner ran in the last 28 days, reviewed once or daily', () => {
    const log = logFor(17);
    const today = shiftDay(start, 31);
    const once = reviewPlan(plan, log, { today });
    expect(once.status).toBe('hold');
    const ran = lastWeekRun(log);
    // What was run in the 28 days before, a week on average (the misses as no running): after two and a half weeks
    // missed, well under the last week run, and too little for three runs as long as the return-to-run programme's
    // first step (1 mi): running restarts from the programme.
    const average = (log.filter((entry) => entry.kind === 'run' && entry.date >= shiftDay(today, -28)).reduce((sum, entry) => sum + (entry.kind === 'run' ? entry.distance.value : 0), 0) * 7) / 28;
    expect(average).toBeLessThan(0.6 * ran);
    // The plan before the review had more than the last week run for the days missed: the hold is what lowers it.
    expect(week(plan.days, shiftDay(start, 24))).toBeGreaterThan(ran);
    expect(once.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(
      new RegExp(`^Held by the review of ${today}: with ${Math.floor(average * 10) / 10} km a week run on average in the 28 days before, too little for runs as long as the return-to-run programme’s first step, running restarts from that first step`),
    );
    let daily = plan;
    for (let day = shiftDay(start, 1); day <= today; day = shiftDay(day, 1)) daily = reviewPlan(daily, log.filter((entry) => entry.date < day), { today: day }).plan;
    for (const days of [once.plan.days, daily.days]) {
      const next = days.filter((day) => day.date >= today && day.date < shiftDay(today, 7));
      expect(week(days, today)).toBeLessThan(ran);
      for (const day of next) expect(day.running.planned?.distance?.value ?? 0, day.date).toBeLessThanOrEqual(1.6);
    }
  });

  it('holds at the runner’s average week of the last 28 days after a shorter gap', () => {
    const log = logFor(7);
    const today = shiftDay(start, 21);
    const once = reviewPlan(plan, log, { today });
    expect(once.status).toBe('hold');
    // The 28 days before: 7 before the plan's start (counted as the plan's own first week: the weeks before it are the
    // runner's running before the injury), 14 days run as planned, 7 missed.
    const firstWeek = week(plan.days, start);
    const average = (firstWeek + log.reduce((sum, entry) => sum + (entry.kind === 'run' ? entry.distance.value : 0), 0)) / 4;
    expect(week(once.plan.days, today)).toBeLessThanOrEqual(average + 1e-9);
    expect(week(once.plan.days, today)).toBeGreaterThan(0.8 * average);
    expect(once.plan.days.find((day) => day.date === today)?.flags.map((flag) => flag.message)).toContainEqual(
      expect.stringMatching(/no more than the [\d.]+ km a week you averaged over the 28 days before, misses counted as no running \(less than the [\d.]+ km planned in the 7 days before\)/),
    );
  });

  it.each([3, 4])('keeps the runs of a runner who does one run in %i, week after week (found by review: they shrank to 0.18 km; one in four, to walk/run)', (every) => {
    let current = generatePlan(getProtocol('plantar-heel-pain'), { startDate: start, history, goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = [];
    let runs = 0;
    const shortest: number[] = [];
    const said: string[] = [];
    for (let offset = 0; offset < 56; offset++) {
      const date = shiftDay(start, offset);
      const day = current.days.find((entry) => entry.date === date);
      const planned = day?.running.planned?.distance?.value ?? 0;
      if (planned > 0) {
        runs += 1;
        log.push(runs % every === 0 ? { kind: 'run', date, distance: { value: planned, unit: 'km' }, pain: { during: 1 } } : { kind: 'missed', date, what: 'run' });
      } else log.push({ kind: 'missed', date, what: 'session' });
      if (offset % 7 === 6) {
        const result = reviewPlan(current, log, { today: shiftDay(date, 1) });
        current = result.plan;
        said.push(result.reasons.find((reason) => reason.rule === 'load')?.message ?? '');
        const ahead = current.days.filter((entry) => entry.date > date && entry.date <= shiftDay(date, 7)).map((entry) => entry.running.planned?.distance?.value ?? 0).filter((value) => value > 0);
        if (ahead.length > 0) shortest.push(Math.min(...ahead));
      }
    }
    expect(shortest.length).toBeGreaterThan(4);
    // Held, not cut week after week: the runs stay as long as the first hold planned them.
    for (const value of shortest.slice(1)) expect(value).toBeGreaterThanOrEqual((shortest[0] ?? 0) - 1e-9);
    // …and each hold says when its week asks more than the runner has been running (a standard: never more than recent
    // training supports without saying so).
    expect(said.at(-1)).toMatch(/That is more than the \d+(\.\d+)? km a week you ran on average over the 28 days before \(missed runs counted as none\): it asks more than your recent running supports/);
  });

  it('goes on from the protocol day the misses began on, once, reviewed once or daily', () => {
    // Found by review: each daily review's hold went back another 7 days, to day 1, where one review went back 7.
    // (Nothing done on any day of the gap: a day with nothing logged counts as done as planned, and moves on.)
    const log = logFor(17, true);
    const today = shiftDay(start, 31);
    const protocolDayOn = (days: Plan['days']) => {
      const day = days.find((entry) => entry.date === today);
      return day?.protocolDay ?? day?.day;
    };
    const once = reviewPlan(plan, log, { today });
    expect(once.reasons.find((reason) => reason.rule === 'missed')?.message).toMatch(/the programme goes on from where the misses began \(2026-12-15\)/);
    expect(protocolDayOn(once.plan.days)).toBe(15);
    let daily = plan;
    const holds: string[] = [];
    for (let day = shiftDay(start, 1); day <= today; day = shiftDay(day, 1)) {
      const result = reviewPlan(daily, log.filter((entry) => entry.date < day), { today: day });
      if (result.status === 'hold') holds.push(day);
      daily = result.plan;
    }
    expect(holds.length).toBeGreaterThan(3);
    expect(protocolDayOn(daily.days)).toBe(15);
  });

  it('counts the days run since the last miss as done, reviewed daily or once (found by review)', () => {
    // Three sessions missed on days 3 to 5 of a plan, every run run: reviewed daily, the hold on day 6 went back to
    // day 3 and the days after went on; reviewed once on day 8, it went back to day 3 again, undoing days 6 and 7.
    const log: LogEntry[] = [
      ...plan.days.slice(0, 7).flatMap((day): LogEntry[] => ((day.running.planned?.distance?.value ?? 0) > 0 ? [{ kind: 'run', date: day.date, distance: { value: day.running.planned?.distance?.value ?? 0, unit: 'km' } }] : [])),
      ...[2, 3, 4].map((offset): LogEntry => ({ kind: 'missed', date: shiftDay(start, offset), what: 'session' })),
    ];
    const today = shiftDay(start, 7);
    const once = reviewPlan(plan, log, { today });
    let daily = plan;
    for (let day = shiftDay(start, 1); day <= today; day = shiftDay(day, 1)) daily = reviewPlan(daily, log.filter((entry) => entry.date < day), { today: day }).plan;
    const protocolDayOn = (days: typeof plan.days) => {
      const day = days.find((entry) => entry.date === today);
      return day?.protocolDay ?? day?.day;
    };
    expect(once.status).toBe('hold');
    // Day 3 again from the day after the last miss, and the two days since done: protocol day 5 today, either way.
    expect(protocolDayOn(once.plan.days)).toBe(5);
    expect(protocolDayOn(daily.days)).toBe(5);
    expect(once.reasons.find((reason) => reason.rule === 'missed')?.message).toMatch(/goes on from where the misses began \(2026-12-03\), with the 2 days since the last miss \(2026-12-05\) counted as done/);
  });

  it('says how little was run, not that nothing was, when a short run within the 28 days is too little to plan from', () => {
    // Found by review: a runner who had logged a run of 1 km among the misses was told no running was logged.
    const log = logFor(30, true);
    const today = shiftDay(start, 44);
    const missedDay = log.find((entry) => entry.kind === 'missed' && entry.what === 'run' && entry.date >= shiftDay(today, -20));
    expect(missedDay).toBeDefined();
    const withShortRun = [...log.filter((entry) => entry !== missedDay), { kind: 'run', date: missedDay!.date, distance: { value: 1, unit: 'km' } } as const];
    const result = reviewPlan(plan, withShortRun, { today });
    expect(result.status).toBe('hold');
    const said = result.reasons.find((reason) => reason.rule === 'load')?.message;
    expect(said).toMatch(/with 0\.25 km a week run on average in the 28 days before, too little to plan runs from, running restarts from that first step/);
    expect(said).not.toMatch(/no running logged/);
    // …and the next runs follow it: the return-to-run programme, no session longer than that 1 km run (the run did not
    // make the misses before and after it "not a gap", which planned 3.6 km from the 9.9 km none of which was run).
    const next = result.plan.days.filter((day) => day.date >= today && day.date < shiftDay(today, 7));
    const sessions = next.filter((day) => (day.running.planned?.distance?.value ?? 0) > 0);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    for (const day of sessions) expect(day.running.planned?.distance?.value).toBeLessThanOrEqual(1);
    expect(sessions[0]?.flags.some((flag) => flag.kind === 'return-to-run')).toBe(true);
    // Runs on days that planned none count as none, and the words say so rather than "no running logged".
    const offDays = log.filter((entry) => entry.kind === 'missed' && entry.what === 'session' && entry.date >= shiftDay(today, -20));
    expect(offDays.length).toBeGreaterThan(2);
    const unplanned = reviewPlan(plan, [...log, ...offDays.map((entry): LogEntry => ({ kind: 'run', date: entry.date, distance: { value: 2, unit: 'km' } }))], { today });
    expect(unplanned.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/with none of the planned runs done in the 28 days before \(runs on days without one do not count\), running restarts/);
  });

  it('restarts from the return-to-run programme after 28 days with nothing run, whatever the cadence of reviews', () => {
    // Found by review: holds that lowered the runs from the runs each had planned left runs of 130 m, or none at all.
    const log = logFor(30, true);
    const today = shiftDay(start, 44);
    const once = reviewPlan(plan, log, { today });
    let daily = plan;
    for (let day = shiftDay(start, 1); day <= today; day = shiftDay(day, 1)) daily = reviewPlan(daily, log.filter((entry) => entry.date < day), { today: day }).plan;
    expect(once.status).toBe('hold');
    expect(once.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/^Held by the review of 2027-01-14: with no running logged in the 28 days before, running restarts from that first step/);
    for (const days of [once.plan.days, daily.days]) {
      const next = days.filter((day) => day.date >= today && day.date < shiftDay(today, 14));
      const sessions = next.filter((day) => (day.running.planned?.distance?.value ?? 0) > 0);
      // The programme's first phase, a walk/run of a mile, at least twice, every other day at most.
      expect(sessions.length).toBeGreaterThanOrEqual(2);
      expect(sessions[0]?.flags.find((flag) => flag.kind === 'return-to-run')?.message).toMatch(/^Return-to-run phase 1 of 6 .*walk 2 min \/ run 3 min for 1\.6 km/);
      for (const day of sessions.slice(0, 2)) expect(day.running.planned?.distance?.value).toBeLessThanOrEqual(1.6);
    }
    // The same running reviewed once or every day.
    const running = (days: typeof plan.days) => days.filter((day) => day.date >= today).slice(0, 14).map((day) => day.running.planned?.distance?.value ?? 0);
    expect(running(daily.days)).toEqual(running(once.plan.days));
    // Once the programme is done, the weeks grow from it, at most 10 % a week: never a week with no running (found by
    // review: after a restart, weeks of nothing once its sessions ended).
    const weeks: number[] = [];
    once.plan.days.filter((day) => day.date >= today).forEach((day, index) => {
      weeks[Math.floor(index / 7)] = (weeks[Math.floor(index / 7)] ?? 0) + (day.running.planned?.distance?.value ?? 0);
    });
    const whole = weeks.slice(0, Math.floor(once.plan.days.filter((day) => day.date >= today).length / 7));
    expect(whole.length).toBeGreaterThan(6);
    for (const total of whole) expect(total).toBeGreaterThan(0);
  });

  it('leaves a hold for a runner who ran every planned run as it was (the fullest 7 days are the 7 before)', () => {
    // Three misses of exercise sessions, every run run: the week before is what the runner ran.
    const log: LogEntry[] = [...logFor(0), ...[15, 16, 17].map((offset): LogEntry => ({ kind: 'missed', date: shiftDay(start, offset), what: 'session' })), ...plan.days.slice(14, 21).flatMap((day): LogEntry[] => ((day.running.planned?.distance?.value ?? 0) > 0 ? [{ kind: 'run', date: day.date, distance: { value: day.running.planned?.distance?.value ?? 0, unit: 'km' } }] : []))];
    const today = shiftDay(start, 21);
    const review = reviewPlan(plan, log, { today });
    expect(review.status).toBe('hold');
    expect(review.plan.days.find((day) => day.date === today)?.flags.map((flag) => flag.message)).toContainEqual(expect.stringMatching(/no more than the [\d.]+ km planned in the 7 days before/));
  });
});

// Found by review: a clearance after a red flag resumed from the last tolerated week, before a step-back that came
// after it — 67 km a week, with runs of the distance that hurt, two days after a step-back to 42 km.
describe('a clearance after a step-back', () => {
  const start = '2026-12-01';
  const history = Array.from({ length: 12 }, (_, week) => [0, 1, 2, 3, 5, 6].map((offset, index) => ({ date: shiftDay(start, -7 * (12 - week) + offset), distance: { value: [13, 16, 13, 10, 13, 32][index] as number, unit: 'km' as const } }))).flat();

  it('allows no run more than 10 % beyond the longest tolerated on a plan of limits only (the founding plan)', () => {
    // Found by review: cleared after a week of 3-mile runs, the founding plan allowed runs of 22.8 to 30 mi again.
    const founding = generatePlan(getProtocol('patellofemoral-pain'), { startDate: start, goalDistance: { value: 30, unit: 'mi' } });
    const log: LogEntry[] = Array.from({ length: 8 }, (_, index): LogEntry => ({ kind: 'run', date: shiftDay(start, index), distance: { value: 3, unit: 'mi' }, pain: { during: 1, after: 1 } }));
    let plan = reviewPlan(founding, log, { today: shiftDay(start, 8) }).plan;
    expect(plan.load?.tolerated?.longestRun).toBe(3);
    log.push({ kind: 'symptom', date: shiftDay(start, 8), redFlag: 'swelling' });
    plan = reviewPlan(plan, log, { today: shiftDay(start, 9) }).plan;
    log.push({ kind: 'clearance', date: shiftDay(start, 11) });
    const cleared = reviewPlan(plan, log, { today: shiftDay(start, 11) });
    expect(cleared.status).toBe('progress');
    const ahead = cleared.plan.days.filter((day) => day.date >= shiftDay(start, 11));
    expect(ahead.length).toBeGreaterThan(0);
    for (const day of ahead) expect(day.running.maxDistance?.value ?? 0, day.date).toBeLessThanOrEqual(3.3);
  });

  it('holds a plan of limits only after a gap of misses to 110 % of the longest run logged (the founding plan)', () => {
    // Found by review: after a week of 3-mile runs and a week missed, the hold allowed 8.5 to 15.7 mi.
    const founding = generatePlan(getProtocol('patellofemoral-pain'), { startDate: start, goalDistance: { value: 30, unit: 'mi' } });
    const log: LogEntry[] = [
      ...Array.from({ length: 7 }, (_, index): LogEntry => ({ kind: 'run', date: shiftDay(start, index), distance: { value: 3, unit: 'mi' }, pain: { during: 1 } })),
      ...Array.from({ length: 5 }, (_, index): LogEntry => ({ kind: 'missed', date: shiftDay(start, 7 + index), what: 'run' })),
    ];
    const held = reviewPlan(founding, log, { today: shiftDay(start, 12) });
    expect(held.status).toBe('hold');
    const ahead = held.plan.days.filter((day) => day.date >= shiftDay(start, 12));
    expect(ahead.length).toBeGreaterThan(0);
    for (const day of ahead) expect(day.running.maxDistance?.value ?? 0, day.date).toBeLessThanOrEqual(3.3);
    expect(held.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/^Held by the review of 2026-12-13: after runs missed or not logged, no run longer than 3\.3 mi \(110 % of your longest run of the 28 days before, 3 mi\)/);
    // Reviewed after the plan's end, the reason does not say the programme goes on.
    const ended = reviewPlan(founding, [...log, { kind: 'missed', date: '2026-12-13', what: 'run' }, { kind: 'missed', date: '2026-12-14', what: 'run' }], { today: '2026-12-15' });
    expect(ended.reasons.find((reason) => reason.rule === 'missed')?.message).toMatch(/this plan ended on 2026-12-14, so a new plan should not start above what you ran before the misses\.$/);
  });

  it('resumes no higher than the step-back planned, and below the run that hurt', () => {
    let plan = generatePlan(getProtocol('iliotibial-band-syndrome'), { startDate: start, history });
    const log: LogEntry[] = plan.days.slice(0, 8).flatMap((day): LogEntry[] => ((day.running.planned?.distance?.value ?? 0) > 0 ? [{ kind: 'run', date: day.date, distance: { value: day.running.planned?.distance?.value ?? 0, unit: 'km' }, pain: { during: 1 } }] : []));
    plan = reviewPlan(plan, log, { today: shiftDay(start, 8) }).plan;
    const tolerated = plan.load?.tolerated?.weeklyDistance ?? 0;
    const hurt = plan.days[8]?.running.planned?.distance?.value ?? 0;
    expect(hurt).toBeGreaterThan(0);
    log.push({ kind: 'run', date: shiftDay(start, 8), distance: { value: hurt, unit: 'km' }, pain: { during: 7 } });
    const steppedBack = reviewPlan(plan, log, { today: shiftDay(start, 9) });
    expect(steppedBack.status).toBe('step-back');
    const stepWeek = steppedBack.plan.days.filter((day) => day.date >= shiftDay(start, 9) && day.date < shiftDay(start, 16)).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
    expect(stepWeek).toBeLessThan(tolerated);
    log.push({ kind: 'symptom', date: shiftDay(start, 10), redFlag: 'night-pain' });
    const referred = reviewPlan(steppedBack.plan, log, { today: shiftDay(start, 11) });
    expect(referred.status).toBe('refer');
    log.push({ kind: 'clearance', date: shiftDay(start, 12) });
    const cleared = reviewPlan(referred.plan, log, { today: shiftDay(start, 12) });
    expect(cleared.status).toBe('progress');
    const ahead = cleared.plan.days.filter((day) => day.date >= shiftDay(start, 12));
    const week = (from: number) => ahead.slice(from, from + 7).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
    expect(week(0)).toBeLessThanOrEqual(stepWeek + 0.1);
    for (const day of ahead.slice(0, 14)) expect(day.running.planned?.distance?.value ?? 0, day.date).toBeLessThan(hurt);
    // The reason in the words of the day running resumes on (the tolerated week, here below the 28-day average).
    expect(cleared.reasons.find((reason) => reason.rule === 'clearance')?.message).toMatch(new RegExp(`running resumes from the last week you tolerated \\(${Math.floor(stepWeek * 10) / 10} km by `));
  });
});

// Found by review: a phase-1 session of the return-to-run programme hurt, the review said "repeat the step", and the
// week ahead held phase 3; past the old plan's end the phases went 3, 2, 3.
describe('the return-to-run programme after a step-back', () => {
  it('repeats the phase reached for the next 7 days, then moves up a phase every two sessions, never down', async () => {
    const { foundingProfile } = await import('../fixtures/founding-profile.js');
    const made = planForProfile(foundingProfile, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
    expect(made.kind).toBe('plan');
    if (made.kind !== 'plan') return;
    const runs = made.plan.days.filter((day) => (day.running.planned?.distance?.value ?? 0) > 0);
    const [first, second] = runs;
    const log: LogEntry[] = [
      { kind: 'run', date: first?.date ?? '', distance: first?.running.planned?.distance ?? { value: 1, unit: 'mi' }, pain: { during: 2 } },
      { kind: 'run', date: second?.date ?? '', distance: second?.running.planned?.distance ?? { value: 1, unit: 'mi' }, pain: { during: 6 } },
    ];
    const today = shiftDay(second?.date ?? '', 1);
    const review = reviewPlan(made.plan, log, { today });
    expect(review.status).toBe('step-back');
    const phaseOf = (message: string) => Number(/^Return-to-run phase (\d+) of 6/.exec(message)?.[1]);
    const sessions = review.plan.days
      .filter((day) => day.date >= today)
      .flatMap((day) => day.flags.filter((flag) => flag.kind === 'return-to-run').map((flag) => ({ date: day.date, phase: phaseOf(flag.message), planned: day.running.planned?.distance?.value ?? 0 })));
    expect(sessions.length).toBeGreaterThan(3);
    for (const session of sessions.filter((entry) => entry.date < shiftDay(today, 7))) expect(session.phase, session.date).toBe(1);
    sessions.forEach((session, index) => {
      if (index === 0) return;
      const before = sessions[index - 1] as (typeof sessions)[number];
      expect(session.phase, session.date).toBeGreaterThanOrEqual(before.phase);
      expect(session.phase - before.phase, session.date).toBeLessThanOrEqual(1);
    });
    // Each phase at least twice (the last one reached may be cut short by the plan's end).
    const counts = new Map<number, number>();
    for (const session of sessions) counts.set(session.phase, (counts.get(session.phase) ?? 0) + 1);
    const phases = [...counts.keys()];
    for (const phase of phases.slice(0, -1)) expect(counts.get(phase), `phase ${phase}`).toBeGreaterThanOrEqual(2);
  });
});
