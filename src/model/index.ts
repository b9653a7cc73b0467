// The model layer's own barrel: what protocols/, src/plan/ and later layers import. What the package publishes is
// the explicit list in src/index.ts.
export { CheckpointSchema, type Checkpoint } from './checkpoint.js';
export {
  CHECKED_LEVELS,
  CITATION_DESIGNS,
  CitationSchema,
  EvidenceSchema,
  GUIDELINE_GRADES,
  type CheckedLevel,
  type Citation,
  type CitationDesign,
  type Evidence,
  type GuidelineGrade,
} from './citation.js';
export {
  ConditionSchema,
  FindingSchema,
  LIKELIHOOD_RATIO_GRADES,
  type Condition,
  type Finding,
  type LikelihoodRatioGrade,
} from './condition.js';
export { catalogueCondition, catalogueProtocol } from './catalogue-entry.js';
export { defineCondition } from './define-condition.js';
export { defineProtocol, subjectName } from './define-protocol.js';
export { DISTANCE_UNITS, DistanceSchema, DistanceUnitSchema, type Distance, type DistanceUnit } from './distance.js';
export { DoseSchema, LoadSchema, type Dose, type Load } from './dose.js';
export { ExerciseSchema, LATERALITIES, type Exercise } from './exercise.js';
export { IsoDateSchema } from './iso-date.js';
export { PainCriteriaSchema, type PainCriteria } from './pain-criteria.js';
export { PhaseSchema, type Phase } from './phase.js';
export { MAX_PLAN_DAYS } from './plan-length.js';
export { ExerciseDaysSchema, type ExerciseDays } from './phase-days.js';
export {
  PlanCheckpointSchema,
  PlanDaySchema,
  PlanSchema,
  type Plan,
  type PlanCheckpoint,
  type PlanDay,
  type PlanDayExercise,
  type PlanDayRunning,
  type PlanGeneratedWith,
  type PlanLastReview,
  type PlanLoadState,
  type PlanReviewReason,
  type RunIntervals,
  type ToleratedWeek,
} from './plan.js';
export { trustPlan } from './memory.js';
export {
  ConditionMatchSchema,
  MatchReasonSchema,
  MatchResultSchema,
  ReferralReasonSchema,
  QuestionSchema,
  type ConditionMatch,
  type MatchReason,
  type MatchResult,
  type Question,
  type ReferralReason,
} from './match-result.js';
export { REFERRAL_URGENCIES, type ReferralUrgency } from './vocabularies.js';
export { PLAN_FLAG_KINDS, PlanFlagSchema, type PlanFlag, type PlanFlagKind } from './plan-flag.js';
export {
  DistanceAmountSchema,
  PLANNED_RUN_KINDS,
  PlannedRunSchema,
  PlanWeekSchema,
  type DistanceAmount,
  type PlannedRun,
  type PlanWeek,
} from './plan-week.js';
export { ProtocolSchema, SETTINGS, SettingSchema, type Protocol, type Setting } from './protocol.js';
export {
  RUN_KINDS,
  RunLogEntrySchema,
  RunnerSummarySchema,
  type RunLogEntry,
  type RunnerSummary,
} from './run-log.js';
export { RangeSchema, type Range } from './range.js';
export { formatPath, RehabInputError, type RehabInputIssue } from './rehab-input-error.js';
export {
  AGE_GROUPS,
  AGGRAVATED_BY,
  BACKGROUND,
  FINDING_FIELDS,
  LIST_FIELDS,
  LOCATIONS,
  ONSETS,
  PAIN_FREE_DURING,
  RED_FLAGS,
  REGIONS,
  SEXES,
  SIDES,
  SIGNS,
  SymptomProfileSchema,
  TRAINING_CHANGES,
  type AgeGroup,
  type Aggravator,
  type BackgroundItem,
  type Onset,
  type PainFreeActivity,
  type PainLocation,
  type RedFlag,
  type Region,
  type Sex,
  type Side,
  type Sign,
  type SymptomProfile,
  type SymptomProfileAsked,
  type SymptomProfileUnsure,
  type SymptomProfileInput,
  type TrainingChange,
} from './symptom-profile.js';
export { RUNNING_INTENSITIES, RunningRuleSchema, type RunningIntensity, type RunningRule } from './running-rule.js';
export { parseInput } from './validate.js';
export { parseMatchResult, parsePlan, parseSymptomProfile } from './parse-stored.js';
export { LOG_ENTRY_KINDS, LogEntrySchema, type LogEntry } from './log-entry.js';
export { GeneratePlanOptionsSchema, type GeneratePlanOptions } from './plan-options.js';
