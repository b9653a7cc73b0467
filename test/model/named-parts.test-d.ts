// The named parts of a model are the very types of its fields: an app can annotate with either, and the API docs link
// a field to the part's page because the two are one type (scripts/typedoc-model-names.mjs matches types, not names).
import { expectTypeOf, test } from 'vitest';
import type {
  DistanceAmount,
  DistanceUnit,
  Plan,
  PlanDay,
  PlanDayExercise,
  PlanDayRunning,
  PlanGeneratedWith,
  PlanLastReview,
  PlanLoadState,
  PlanReviewReason,
  PlanWeek,
  ReviewStatus,
  RunIntervals,
  ToleratedWeek,
} from 'rehab-protocols';

test("a plan's parts are its fields' types", () => {
  expectTypeOf<Plan['days'][number]>().toEqualTypeOf<PlanDay>();
  expectTypeOf<Plan['weeks'][number]>().toEqualTypeOf<PlanWeek>();
  expectTypeOf<NonNullable<Plan['generatedWith']>>().toEqualTypeOf<PlanGeneratedWith>();
  expectTypeOf<NonNullable<Plan['lastReview']>>().toEqualTypeOf<PlanLastReview>();
  expectTypeOf<NonNullable<PlanLastReview['reasons']>[number]>().toEqualTypeOf<PlanReviewReason>();
  expectTypeOf<PlanLastReview['status']>().toEqualTypeOf<ReviewStatus>();
  expectTypeOf<NonNullable<Plan['load']>>().toEqualTypeOf<PlanLoadState>();
  expectTypeOf<NonNullable<PlanLoadState['tolerated']>>().toEqualTypeOf<ToleratedWeek>();
  expectTypeOf<PlanDay['exercises'][number]>().toEqualTypeOf<PlanDayExercise>();
  expectTypeOf<PlanDay['running']>().toEqualTypeOf<PlanDayRunning>();
  expectTypeOf<PlanDayRunning['maxDistance']>().toEqualTypeOf<DistanceAmount | null>();
  expectTypeOf<NonNullable<PlanDayRunning['intervals']>>().toEqualTypeOf<RunIntervals>();
});

test('the parts keep the shapes they had inline', () => {
  expectTypeOf<RunIntervals>().toEqualTypeOf<{ runSeconds: number; walkSeconds: number; repeats: number }>();
  expectTypeOf<DistanceAmount>().toEqualTypeOf<{ value: number; unit: DistanceUnit }>();
  expectTypeOf<ToleratedWeek>().toEqualTypeOf<{ date: string; weeklyDistance: number; longestRun: number }>();
  expectTypeOf<PlanReviewReason>().toEqualTypeOf<{ rule: string; status: ReviewStatus; message: string }>();
  expectTypeOf<PlanGeneratedWith['protocolId']>().toEqualTypeOf<string>();
  expectTypeOf<PlanDayExercise>().toHaveProperty('dose');
});
