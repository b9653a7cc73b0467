import { expectTypeOf, test } from 'vitest';
import { matchConditions, planForProfile, type MatchResult, type PlanForProfileResult } from 'rehab-protocols';

test('a profile written as const is accepted', () => {
  const profile = { region: 'knee', locations: ['retropatellar'], aggravatedBy: ['stairs-descent'] } as const;
  expectTypeOf(matchConditions(profile)).toEqualTypeOf<MatchResult>();
  expectTypeOf(planForProfile(profile, { startDate: '2026-12-01' })).toEqualTypeOf<PlanForProfileResult>();
});

test('an unknown value is a type error', () => {
  // @ts-expect-error 'elbow' is not a region
  matchConditions({ region: 'elbow' });
});

test('a plan is reachable only after narrowing on kind', () => {
  const result = planForProfile({ region: 'knee' }, { startDate: '2026-12-01' });
  // @ts-expect-error plan exists only on the 'plan' branch
  void result.plan;
  if (result.kind === 'plan') expectTypeOf(result.plan.days).toBeArray();
});
