/**
 * Typed, cited rehabilitation protocols for running injuries, and the day-by-day plans they prescribe.
 * Protocols live in their own subpaths, e.g. `rehab-protocols/protocols/patellofemoral-pain`.
 *
 * @module rehab-protocols
 */
// The public API, one named export at a time: what is not listed here is internal.
export {
  AGE_GROUPS,
  AGGRAVATED_BY,
  BACKGROUND,
  CheckpointSchema,
  CitationSchema,
  ConditionMatchSchema,
  ConditionSchema,
  defineCondition,
  defineProtocol,
  DISTANCE_UNITS,
  DistanceSchema,
  DistanceUnitSchema,
  DoseSchema,
  EvidenceSchema,
  ExerciseDaysSchema,
  ExerciseSchema,
  FindingSchema,
  IsoDateSchema,
  LATERALITIES,
  LIKELIHOOD_RATIO_GRADES,
  LoadSchema,
  LOCATIONS,
  MatchReasonSchema,
  MatchResultSchema,
  MAX_PLAN_DAYS,
  ONSETS,
  PAIN_FREE_DURING,
  PhaseSchema,
  PlanCheckpointSchema,
  PlanDaySchema,
  PlanSchema,
  ProtocolSchema,
  QuestionSchema,
  RangeSchema,
  RED_FLAGS,
  ReferralReasonSchema,
  REGIONS,
  RehabInputError,
  RUNNING_INTENSITIES,
  RunningRuleSchema,
  SEXES,
  SIDES,
  SIGNS,
  SymptomProfileSchema,
  TRAINING_CHANGES,
} from './model/index.js';
export type {
  Checkpoint,
  Citation,
  Condition,
  ConditionMatch,
  Distance,
  DistanceUnit,
  Dose,
  Evidence,
  Exercise,
  ExerciseDays,
  Finding,
  LikelihoodRatioGrade,
  Load,
  MatchReason,
  MatchResult,
  Phase,
  Plan,
  PlanCheckpoint,
  PlanDay,
  Protocol,
  Question,
  Range,
  ReferralReason,
  RehabInputIssue,
  RunningIntensity,
  RunningRule,
  SymptomProfile,
  SymptomProfileInput,
} from './model/index.js';
export { matchConditions, type MatchOptions } from './catalog/match-conditions.js';
export { answerQuestion, nextQuestions, type NextQuestionsOptions } from './catalog/next-questions.js';
export { planForProfile, type PlanForProfileOptions, type PlanForProfileResult } from './catalog/plan-for-profile.js';
export { generatePlan } from './plan/generate-plan.js';
export { GeneratePlanOptionsSchema, type GeneratePlanOptions } from './plan/options.js';
export { formatDose } from './export/text/format-dose.js';
export { getProtocol, listProtocols } from './catalog/protocols.js';
export { formatPlan } from './export/text/format-plan.js';
