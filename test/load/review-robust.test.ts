import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generatePlan, RehabInputError, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
import { medialTibialStressSyndrome } from 'rehab-protocols/protocols/medial-tibial-stress-syndrome';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toIcs } from '../../src/export/ics/index.js';
import { simRunners } from './simulate.js';
import { shiftDay } from '../fixtures/runners.js';

const START = '2026-12-01';
const marathoner = simRunners[1]!;

/** Each event's UID with its SEQUENCE and start day. */
function events(ics: string): { uid: string; sequence: number; start: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, sequence: event.sequence, start: event.startDate.toString() };
  });
}

describe('a review keeps faith with the log and the calendar', () => {
  it('lowers the runs after one that hurt below it, and keeps later limits no higher than before', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner.history(START), unit: 'mi' });
    const log: LogEntry[] = [{ kind: 'run', date: '2026-12-07', distance: { value: 4, unit: 'mi' }, pain: { during: 7 } }];
    const result = reviewPlan(plan, log, { today: '2026-12-08' });
    expect(result.status).toBe('step-back');
    const next = result.plan.days.filter((day) => day.date >= '2026-12-08' && day.date < '2026-12-15');
    for (const day of next) {
      expect(day.running.planned?.distance?.value ?? 0).toBeLessThanOrEqual(3.2);
      expect(day.running.maxDistance?.value ?? 0).toBeLessThanOrEqual(3.2);
    }
    expect(next.some((day) => (day.running.planned?.distance?.value ?? 0) > 0)).toBe(true);
    expect(next[0]?.flags.at(-1)?.message).toMatch(/Stepped back by the review of 2026-12-08: these 7 days plan .*no run longer than 3\.2 mi \(80 % of the shortest run that hurt, 4 mi\)/);
    // The reasons say the numbers too.
    expect(result.reasons.find((reason) => reason.rule === 'load')?.message).toBe(next[0]?.flags.at(-1)?.message);
  });

  it('keeps one UID per event, and raises SEQUENCE only on the events that changed, never lowering it', () => {
    let plan = generatePlan(patellofemoralPain, { startDate: START, goalDistance: { value: 30, unit: 'mi' } });
    const log: LogEntry[] = [];
    for (const [date, during] of [
      ['2026-12-03', 7],
      ['2026-12-09', 7],
    ] as const) {
      log.push({ kind: 'pain', date, during });
      const before = new Map(events(toIcs(plan)).map((event) => [event.uid, event]));
      plan = reviewPlan(plan, log, { today: date }).plan;
      const after = events(toIcs(plan));
      expect(new Set(after.map((event) => event.uid)).size).toBe(after.length);
      const revised = new Map(plan.days.map((day) => [day.date, day]));
      for (const event of after) {
        const old = before.get(event.uid);
        if (old === undefined) continue;
        expect(event.sequence).toBeGreaterThanOrEqual(old.sequence);
        const day = revised.get(event.start);
        if (event.uid.includes('-day-') && old.start === event.start && day?.revision === undefined) expect(event.sequence).toBe(old.sequence);
      }
    }
  });

  it('refuses a stored plan longer than its protocol with an input error, not a crash', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: START, goalDistance: { value: 30, unit: 'mi' } });
    const last = plan.days.at(-1)!;
    const longer: Plan = { ...plan, days: [...plan.days, { ...last, day: last.day + 1, date: '2026-12-15' }], endDate: '2026-12-15' };
    expect(() => reviewPlan(longer, [{ kind: 'pain', date: '2026-12-15', during: 2 }], { today: '2026-12-15' })).toThrow(RehabInputError);
    expect(() => reviewPlan(longer, [{ kind: 'pain', date: '2026-12-15', during: 2 }], { today: '2026-12-15' })).toThrow(/protocol "patellofemoral-pain" has 14 days/);
  });

  it('refuses a stored plan whose days skip or repeat a date, naming the day', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: START, goalDistance: { value: 30, unit: 'mi' } });
    const gap: Plan = { ...plan, days: plan.days.map((day, index) => (index === 5 ? { ...day, date: '2026-12-30' } : day)) };
    const review = () => reviewPlan(gap, [{ kind: 'pain', date: '2026-12-03', during: 2 }], { today: '2026-12-04' });
    expect(review).toThrow(RehabInputError);
    try {
      review();
    } catch (error) {
      expect((error as RehabInputError).issues[0]?.path).toEqual(['days', 5, 'date']);
      expect((error as RehabInputError).issues[0]?.message).toMatch(/dated 2026-12-30, not 2026-12-06/);
    }
  });

  it('keeps every entry logged, and stays linear with many entries on one day', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner.history(START), unit: 'mi' });
    const many: LogEntry[] = Array.from({ length: 20_000 }, (_, index) => ({ kind: 'pain', date: '2026-12-03', during: index % 5, after: (index * 7) % 6 }));
    const misses: LogEntry[] = Array.from({ length: 2_000 }, () => ({ kind: 'missed', date: '2026-12-04', what: 'session' }));
    const result = reviewPlan(plan, [...many, ...misses], { today: '2026-12-05' });
    expect(result.plan.days.find((day) => day.date === '2026-12-03')?.logged).toHaveLength(20_000);
    expect(result.plan.days.find((day) => day.date === '2026-12-04')?.logged).toHaveLength(2_000);
    // Given again (the whole log), nothing is counted twice; given only what is new, nothing is lost.
    const again = reviewPlan(result.plan, [...many, ...misses], { today: '2026-12-05' });
    expect(again.plan.days.find((day) => day.date === '2026-12-03')?.logged).toHaveLength(20_000);
    const next = reviewPlan(result.plan, [{ kind: 'pain', date: '2026-12-05', during: 1 }], { today: '2026-12-05' });
    expect(next.plan.days.find((day) => day.date === '2026-12-03')?.logged).toHaveLength(20_000);
    expect(next.plan.days.find((day) => day.date === '2026-12-05')?.logged).toHaveLength(1);
  });

  it('counts an entry logged after a same-day review at the next review', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner.history(START), unit: 'mi' });
    const first = reviewPlan(plan, [{ kind: 'pain', date: '2026-12-05', during: 2 }], { today: '2026-12-05' });
    expect(first.status).toBe('progress');
    const later = reviewPlan(first.plan, [{ kind: 'pain', date: '2026-12-05', during: 2 }, { kind: 'run', date: '2026-12-05', distance: { value: 5, unit: 'mi' }, pain: { during: 8 } }], { today: '2026-12-06' });
    expect(later.status).toBe('step-back');
  });

  it('never lets a flare become the baseline: three mornings of 9/10 never progress, steady 2/10 mornings never step back', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner.history(START), unit: 'mi' });
    let flared = plan;
    const statuses: string[] = [];
    const log: LogEntry[] = [];
    for (const date of ['2026-12-02', '2026-12-03', '2026-12-04']) {
      log.push({ kind: 'pain', date, nextMorning: 9 });
      // Reviewed the morning it is about.
      const result = reviewPlan(flared, log, { today: shiftDay(date, 1) });
      statuses.push(result.status);
      flared = result.plan;
    }
    expect(statuses).not.toContain('progress');
    expect(statuses.at(-1)).toBe('refer');
    const steady: LogEntry[] = ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'].flatMap((date) => [
      { kind: 'run', date, distance: { value: 3, unit: 'mi' }, pain: { during: 2 } } as const,
      { kind: 'pain', date, nextMorning: 2 } as const,
    ]);
    expect(reviewPlan(plan, steady, { today: '2026-12-06' }).status).toBe('progress');
  });

  it('measures a step-back by the runs logged, not by a runner summary’s longest run', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, unit: 'mi', runner: { usualWeeklyDistance: { value: 30, unit: 'mi' }, longestRecentRun: { value: 12, unit: 'mi' } } });
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-01', distance: { value: 3.6, unit: 'mi' }, pain: { during: 2 } },
      { kind: 'run', date: '2026-12-02', distance: { value: 3.6, unit: 'mi' }, pain: { during: 7 } },
    ];
    const result = reviewPlan(plan, log, { today: '2026-12-03' });
    expect(result.status).toBe('step-back');
    const next = result.plan.days.filter((day) => day.date >= '2026-12-03' && day.date < '2026-12-10');
    expect(next.reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0)).toBeLessThanOrEqual(0.7 * 7.2 + 1e-9);
  });

  it('restarts from the ladder when a clearance comes with a new flare', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner.history(START), unit: 'km' });
    const log: LogEntry[] = [{ kind: 'symptom', date: '2026-12-02', redFlag: 'swelling' }];
    const referred = reviewPlan(plan, log, { today: '2026-12-03' }).plan;
    log.push({ kind: 'clearance', date: '2026-12-08' }, { kind: 'run', date: '2026-12-08', distance: { value: 3, unit: 'km' }, pain: { during: 8 } });
    const result = reviewPlan(referred, log, { today: '2026-12-09' });
    expect(result.status).toBe('step-back');
    for (const day of result.plan.days.filter((entry) => entry.date >= '2026-12-09' && entry.date < '2026-12-16')) expect(day.running.planned?.distance?.value ?? 0).toBeLessThanOrEqual(2.4);
  });

  it('does not call a run on a day planned by time an overrun, and keeps a cut session’s planned minutes true', () => {
    const history = Array.from({ length: 20 }, (_, index) => ({ date: shift(-2 - index * 2), distance: { value: 5, unit: 'km' as const }, durationMinutes: 30 }));
    const plan = generatePlan(medialTibialStressSyndrome, { startDate: START, history });
    const timed = plan.days.find((day) => day.running.planned?.minutes !== undefined)!;
    const log: LogEntry[] = [{ kind: 'run', date: timed.date, distance: { value: 3, unit: 'km' }, pain: { during: 7 } }];
    const result = reviewPlan(plan, log, { today: shift(daysFrom(timed.date) + 1) });
    expect(result.plan.flags.some((flag) => flag.kind === 'overrun')).toBe(false);
    expect(result.status).toBe('step-back');
    for (const day of result.plan.days.filter((entry) => entry.running.planned?.minutes !== undefined && entry.date > timed.date)) {
      const { intervals, durationMinutes } = day.running;
      const minutes = intervals ? ((intervals.runSeconds + intervals.walkSeconds) * intervals.repeats) / 60 : (durationMinutes ?? 0);
      expect(day.running.planned?.minutes).toBeLessThanOrEqual(minutes + 1e-9);
    }
  });
});

const DAY = 86_400_000;
function shift(offset: number): string {
  return new Date(Date.parse(`${START}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);
}
function daysFrom(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${START}T00:00:00Z`)) / DAY);
}

describe('input a review cannot read as a runner’s days', () => {
  const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner.history(START), unit: 'mi' });

  it('refuses a day whose runs add up to more than anyone runs in a day, at the run that passes it', () => {
    const log: LogEntry[] = Array.from({ length: 3_000 }, (_, index) => ({ kind: 'run', date: '2026-12-03', distance: { value: 0.1, unit: 'mi' }, id: `a${index}` }));
    const error = (() => {
      try {
        reviewPlan(plan, log, { today: '2026-12-05' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RehabInputError);
    // 350 km is 217.5 mi: the 2,175th run of 0.1 mi passes it.
    expect((error as RehabInputError).issues).toEqual([{ path: [2174], message: expect.stringMatching(/^Expected at most 350 km of running on 2026-12-03, but the runs dated that day add up to more at this one/) }]);
    // The same activity given again counts once: a whole log re-sent is not a day of repeats.
    const resent: LogEntry[] = Array.from({ length: 3_000 }, () => ({ kind: 'run', date: '2026-12-03', distance: { value: 5, unit: 'mi' }, id: 'same' }));
    expect(() => reviewPlan(plan, resent, { today: '2026-12-05' })).not.toThrow();
    // …as its last copy: a GPS glitch of 300 km corrected to 30 km on a later sync is a day of 90 km, not 360.
    const corrected: LogEntry[] = [
      { kind: 'run', date: '2026-12-03', distance: { value: 300, unit: 'km' }, id: 'strava-1' },
      { kind: 'run', date: '2026-12-03', distance: { value: 60, unit: 'km' }, id: 'strava-2' },
      { kind: 'run', date: '2026-12-03', distance: { value: 30, unit: 'km' }, id: 'strava-1' },
    ];
    expect(() => reviewPlan(plan, corrected, { today: '2026-12-05' })).not.toThrow();
    // …and so does a history.
    expect(() => generatePlan(iliotibialBandSyndrome, { startDate: START, history: Array.from({ length: 400 }, (_, index) => ({ date: '2026-11-20', distance: { value: 1, unit: 'km' as const }, id: `h${index}` })) })).toThrow(/Expected at most 350 km of running on 2026-11-20/);
  });

  it('refuses a review dated before the plan’s last review, which would re-plan days it decided', () => {
    const reviewed = reviewPlan(plan, [{ kind: 'pain', date: '2026-12-05', during: 7, after: 7 }], { today: '2026-12-06' });
    expect(reviewed.plan.lastReview?.today).toBe('2026-12-06');
    expect(() => reviewPlan(reviewed.plan, [], { today: '2026-12-04' })).toThrow(/Expected a day on or after the plan's last review \(2026-12-06\), received 2026-12-04/);
    expect(() => reviewPlan(reviewed.plan, [], { today: '2026-12-06' })).not.toThrow();
  });

  it('keeps a tolerated week as a plan’s distances are written, to a tenth', () => {
    // 0.7 + 1.3 + 2.9 + 1.9 mi was stored as 6.800000000000001.
    const runs: LogEntry[] = [0.7, 1.3, 2.9, 1.9].map((value, index) => ({ kind: 'run', date: ['2026-12-01', '2026-12-03', '2026-12-05', '2026-12-06'][index] as string, distance: { value, unit: 'mi' }, pain: { during: 0, after: 0 } }));
    const reviewed = reviewPlan(plan, [...runs, { kind: 'pain', date: '2026-12-07', nextMorning: 0 }], { today: '2026-12-08' });
    expect(reviewed.plan.load?.tolerated).toEqual({ date: '2026-12-07', weeklyDistance: 6.8, longestRun: 2.9 });
  });
});
