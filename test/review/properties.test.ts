import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan, listProtocols, RED_FLAGS, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { parsePlanInFull } from '../fixtures/full-parse.js';

const protocols = listProtocols();
const START = Date.UTC(2026, 0, 1);
const iso = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);

const planArb = fc.record({ protocol: fc.constantFrom(...protocols), start: fc.integer({ min: 0, max: 400 }), withHistory: fc.boolean() }).map(({ protocol, start, withHistory }) => {
  const history = withHistory ? Array.from({ length: 10 }, (_, index) => ({ date: iso(start - 1 - index * 3), distance: { value: 5 + (index % 3), unit: 'km' as const } })) : undefined;
  return { plan: generatePlan(protocol, { startDate: iso(start), goalDistance: { value: 10, unit: 'km' }, ...(history ? { history } : {}) }), start };
});

const entryArb = (start: number, span: number): fc.Arbitrary<LogEntry> => {
  const date = fc.integer({ min: start - 3, max: start + span }).map(iso);
  const score = fc.integer({ min: 0, max: 10 });
  return fc.oneof(
    fc.record({ kind: fc.constant('pain' as const), date, during: score, after: score, nextMorning: score }),
    fc.record({ kind: fc.constant('run' as const), date, distance: fc.record({ value: fc.integer({ min: 1, max: 20 }), unit: fc.constant('km' as const) }), pain: fc.record({ during: score }) }),
    fc.record({ kind: fc.constant('missed' as const), date, what: fc.constantFrom('run' as const, 'session' as const) }),
    fc.record({ kind: fc.constant('session' as const), date }),
    // A clearance, today's too: a red flag logged after it must still refer (found by review: one on the same day did not).
    fc.record({ kind: fc.constant('clearance' as const), date }),
  );
};

const scenario = planArb.chain(({ plan, start }) =>
  fc.record({ plan: fc.constant(plan), todayOffset: fc.integer({ min: 0, max: Math.min(plan.days.length + 3, 60) }), log: fc.array(entryArb(start, 20), { maxLength: 12 }) }).map(({ plan: p, todayOffset, log }) => {
    const today = iso(start + todayOffset);
    // A rating on waking on today's entry would be tomorrow morning's, an input error: such an entry keeps the rest.
    const asOfToday = log.flatMap((entry): LogEntry[] => {
      if (entry.date > today) return [];
      if (entry.kind !== 'pain' || entry.date !== today) return [entry];
      const { nextMorning: _nextMorning, ...rest } = entry;
      return [rest];
    });
    return { plan: p, today, log: asOfToday };
  }),
);

const strip = ({ logged: _logged, ...day }: Plan['days'][number]) => day;

describe('reviewPlan, for any plan and log', () => {
  it('changes nothing with an empty log', () => {
    fc.assert(fc.property(scenario, ({ plan, today }) => {
        expect(reviewPlan(plan, [], { today }).plan).toEqual(plan);
      }), { numRuns: 60 });
  });

  it('gives the same result for the same inputs', () => {
    fc.assert(fc.property(scenario, ({ plan, today, log }) => {
        expect(reviewPlan(plan, log, { today })).toEqual(reviewPlan(plan, log, { today }));
      }), { numRuns: 60 });
  });

  it('never rewrites a day before today, and keeps every revised plan valid and within its limits', () => {
    fc.assert(
      fc.property(scenario, ({ plan, today, log }) => {
        const revised = reviewPlan(plan, log, { today }).plan;
        for (const day of revised.days.filter((entry) => entry.date < today)) expect(strip(day)).toEqual(plan.days.find((entry) => entry.date === day.date));
        expect(() => parsePlanInFull(revised)).not.toThrow();
        revised.days.forEach((day, index) => {
          expect(day.day).toBe(index + 1);
          if (index > 0) expect(day.date > (revised.days[index - 1]?.date ?? '')).toBe(true);
          const planned = day.running.planned?.distance?.value;
          if (planned !== undefined && day.running.maxDistance !== null) expect(planned).toBeLessThanOrEqual(day.running.maxDistance.value);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('refers whenever a red flag is logged, after any clearance the log holds, the same day included', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...RED_FLAGS), fc.boolean(), ({ plan, today, log }, redFlag, clearedToday) => {
        const cleared: LogEntry[] = clearedToday ? [{ kind: 'clearance', date: today }] : [];
        expect(reviewPlan(plan, [...log, ...cleared, { kind: 'symptom', date: today, redFlag }], { today }).status).toBe('refer');
      }),
      { numRuns: 60 },
    );
  });

  it('refers whenever a red flag is logged, for an app that gives each review only what is new', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...RED_FLAGS), fc.nat(), fc.boolean(), ({ plan, today, log }, redFlag, at, twice) => {
        // The log split across two reviews on the same day; the red flag, perhaps logged in the first too, comes last.
        const cut = log.length === 0 ? 0 : at % (log.length + 1);
        const flag: LogEntry = { kind: 'symptom', date: today, redFlag };
        const first = reviewPlan(plan, [...log.slice(0, cut), ...(twice ? [flag, { kind: 'clearance' as const, date: today }] : [])], { today }).plan;
        expect(reviewPlan(first, [...log.slice(cut), flag], { today }).status).toBe('refer');
      }),
      { numRuns: 60 },
    );
  });
});
