// An app stores the plan as JSON and reads it back before each review: the review must not depend on whether the plan
// is the library's own objects or a parsed copy.
import { describe, expect, it } from 'vitest';
import { getProtocol, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { scenarios, simRunners, simulate } from '../load/simulate.js';

/** JSON with each object's keys sorted: two plans that hold the same data give the same text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, entry: unknown) => (entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? Object.fromEntries(Object.keys(entry).sort().map((key) => [key, (entry as Record<string, unknown>)[key]])) : entry));

describe('a plan stored as JSON and read back', () => {
  it.each([
    ['patellofemoral-pain', 'gradual worsening', 2],
    ['achilles-tendinopathy-midportion-eccentric', 'a 5-day gap', 0],
    ['medial-tibial-stress-syndrome', 'a flare on day 10', 0],
    ['plantar-heel-pain', 'a red flag, then a clearance', 2],
  ] as const)('is reviewed as the plan in memory is: %s, %s', (id, scenario, runner) => {
    // Found by review: each review of a parsed plan added the hold's or step-back's evidence to its days again (the
    // library's own evidence objects were matched by identity), and counted those days as revised.
    const { steps } = simulate(getProtocol(id), simRunners[runner]!, scenarios[scenario]!, 1, 21);
    for (const { before, log, today, result } of steps) {
      const parsed = reviewPlan(JSON.parse(JSON.stringify(before)) as Plan, JSON.parse(JSON.stringify(log)) as LogEntry[], { today });
      expect(parsed.status, today).toBe(result.status);
      expect(canonical(parsed.plan), today).toBe(canonical(result.plan));
    }
  });
});
