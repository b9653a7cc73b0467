// The named parts of a model are the very types of its fields: an app can annotate with either, and the API docs link
// a field to the part's page because the two are one type (scripts/typedoc-model-names.mjs matches types, not names).
import { expectTypeOf, test } from 'vitest';
import type {
  AgeGroup,
  Aggravator,
  BackgroundItem,
  DistanceAmount,
  DistanceUnit,
  Finding,
  Onset,
  PainFreeActivity,
  PainLocation,
  Plan,
  PlanDay,
  PlanDayExercise,
  PlanDayRunning,
  PlanGeneratedWith,
  PlanLastReview,
  PlanLoadState,
  PlanReviewReason,
  PlanWeek,
  RedFlag,
  Region,
  ReferralUrgency,
  ReviewStatus,
  RunIntervals,
  Sex,
  Side,
  Sign,
  SymptomProfile,
  SymptomProfileAsked,
  ToleratedWeek,
  TrainingChange,
} from 'rehab-protocols';
import { AGE_GROUPS, REGIONS, SIDES } from 'rehab-protocols';

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
  expectTypeOf<PlanReviewReason>().toEqualTypeOf<{ rule: string; status: ReviewStatus; message: string; urgency?: ReferralUrgency | undefined }>();
  expectTypeOf<PlanGeneratedWith['protocolId']>().toEqualTypeOf<string>();
  expectTypeOf<PlanDayExercise>().toHaveProperty('dose');
});

test("a symptom profile's vocabularies are its fields' types", () => {
  expectTypeOf<NonNullable<SymptomProfile['side']>>().toEqualTypeOf<Side>();
  expectTypeOf<SymptomProfile['region']>().toEqualTypeOf<Region>();
  expectTypeOf<NonNullable<SymptomProfile['otherRegions']>>().toEqualTypeOf<Region[]>();
  expectTypeOf<NonNullable<SymptomProfile['locations']>>().toEqualTypeOf<PainLocation[]>();
  expectTypeOf<NonNullable<SymptomProfile['aggravatedBy']>>().toEqualTypeOf<Aggravator[]>();
  expectTypeOf<NonNullable<SymptomProfile['painFreeDuring']>>().toEqualTypeOf<PainFreeActivity[]>();
  expectTypeOf<NonNullable<SymptomProfile['onset']>>().toEqualTypeOf<Onset>();
  expectTypeOf<NonNullable<SymptomProfile['trainingChange']>>().toEqualTypeOf<TrainingChange[]>();
  expectTypeOf<NonNullable<SymptomProfile['signs']>>().toEqualTypeOf<Sign[]>();
  expectTypeOf<NonNullable<SymptomProfile['redFlags']>>().toEqualTypeOf<RedFlag[]>();
  expectTypeOf<NonNullable<SymptomProfile['background']>>().toEqualTypeOf<BackgroundItem[]>();
  expectTypeOf<NonNullable<SymptomProfile['sex']>>().toEqualTypeOf<Sex>();
  expectTypeOf<NonNullable<SymptomProfile['asked']>>().toEqualTypeOf<SymptomProfileAsked>();
  expectTypeOf<Extract<Finding, { field: 'ageGroup' }>['value']>().toEqualTypeOf<AgeGroup>();
  expectTypeOf<Side>().toEqualTypeOf<(typeof SIDES)[number]>();
  expectTypeOf<Region>().toEqualTypeOf<(typeof REGIONS)[number]>();
  expectTypeOf<AgeGroup>().toEqualTypeOf<(typeof AGE_GROUPS)[number]>();
});
