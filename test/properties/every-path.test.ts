import { describe, it } from 'vitest';
import {
  defineCondition,
  defineProtocol,
  formatPlan,
  generatePlan,
  listProtocols,
  matchConditions,
  parsePlan,
  planForProfile,
  reviewPlan,
  summarizeHistory,
  type GeneratePlanOptions,
  type LogEntry,
} from 'rehab-protocols';
import { condition, patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { pathsOf } from './arbitraries.js';
import { check } from './check.js';

// The property tests try random values at random places; this sweep puts every value that cannot be turned into
// text (or only by throwing) at every place of a valid input, so that no error message builder is left unchecked by
// chance: each call returns clean output or throws RehabInputError.

const throwingToString = { toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } };
const HOSTILE: readonly (readonly [string, unknown])[] = [
  ['a BigInt', 10n],
  ['a symbol', Symbol('x')],
  ['an object without a prototype', Object.create(null) as unknown],
  ['an object whose toString throws', throwingToString],
  ['an array holding a BigInt', [0n]],
  ['an object holding a BigInt', { '': [0n] }],
];

type Key = string | number;

/** `valid` with the value at `path` replaced. */
function replaced(valid: unknown, path: readonly Key[], value: unknown): unknown {
  const copy = structuredClone(valid) as Record<Key, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<Key, unknown>;
  parent[path[path.length - 1] as Key] = value;
  return copy;
}

const options: GeneratePlanOptions = {
  startDate: '2026-12-01',
  goalDistance: { value: 30, unit: 'mi' },
  history: [{ date: '2026-11-28', kind: 'run', distance: { value: 5, unit: 'mi' }, durationMinutes: 50, pain: { during: 1, after: 2 } }],
  runner: { usualWeeklyDistance: { value: 20, unit: 'mi' }, runDaysPerWeek: 4 },
};
const plan = generatePlan(patellofemoralPain, options);
const log: LogEntry[] = [
  { kind: 'pain', date: '2026-12-02', during: 2, after: 1, nextMorning: 1 },
  { kind: 'run', date: '2026-12-03', distance: { value: 3, unit: 'mi' }, pain: { during: 2 } },
  { kind: 'missed', date: '2026-12-04', what: 'run' },
  { kind: 'session', date: '2026-12-04' },
];

// A plan's days share one shape: the first two stand for the rest, which keeps the sweep to seconds.
const onlyFirstDays = (path: readonly Key[]) => !(path[0] === 'days' && typeof path[1] === 'number' && path[1] > 1);

const sweep = (name: string, valid: unknown, call: (value: unknown) => unknown, keep: (path: readonly Key[]) => boolean = () => true) =>
  it(`${name}: every place, every value that cannot be quoted`, () => {
    call(valid); // the valid input itself must pass, or every sweep below would only test the first error
    for (const path of pathsOf(valid).filter(keep)) for (const [, value] of HOSTILE) {
      const input = replaced(valid, path, value);
      check(() => call(input), input);
    }
  });

describe('every place of a valid input, given a value that cannot be quoted', () => {
  sweep('defineProtocol', patellofemoralPain, (value) => defineProtocol(value as never));
  sweep('generatePlan options', options, (value) => generatePlan(patellofemoralPain, value as never));
  sweep('defineCondition', condition, (value) => defineCondition(value as never));
  sweep('matchConditions profile', foundingProfile, (value) => matchConditions(value as never));
  sweep('planForProfile options', { ...options, conditions: [condition], protocols: [patellofemoralPain] }, (value) => planForProfile(foundingProfile, value as never));
  sweep('reviewPlan log', log, (value) => reviewPlan(plan, value as never, { today: '2026-12-05' }));
  sweep('reviewPlan options', { today: '2026-12-05', baselinePain: 1 }, (value) => reviewPlan(plan, log, value as never));
  sweep('summarizeHistory', options.history, (value) => summarizeHistory(value as never, { today: '2026-12-01' }));
  sweep('listProtocols options', { atLeast: 'cohort' }, (value) => listProtocols(value as never));
  sweep('parsePlan', plan, (value) => parsePlan(value), onlyFirstDays);
  sweep('formatPlan', plan, (value) => formatPlan(value as never), onlyFirstDays);
});
