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
  CHECKED_LEVELS,
  CheckpointSchema,
  CITATION_DESIGNS,
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
  GUIDELINE_GRADES,
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
  parseMatchResult,
  parsePlan,
  parseSymptomProfile,
  PhaseSchema,
  PLAN_FLAG_KINDS,
  PLANNED_RUN_KINDS,
  PlanCheckpointSchema,
  PlanFlagSchema,
  PlannedRunSchema,
  PlanWeekSchema,
  PlanDaySchema,
  PlanSchema,
  LogEntrySchema,
  LOG_ENTRY_KINDS,
  ProtocolSchema,
  QuestionSchema,
  RangeSchema,
  RED_FLAGS,
  ReferralReasonSchema,
  REGIONS,
  RehabInputError,
  RUN_KINDS,
  RunLogEntrySchema,
  RunnerSummarySchema,
  RUNNING_INTENSITIES,
  RunningRuleSchema,
  SETTINGS,
  SettingSchema,
  SEXES,
  SIDES,
  SIGNS,
  SymptomProfileSchema,
  TRAINING_CHANGES,
} from './model/index.js';
export type {
  CheckedLevel,
  Checkpoint,
  Citation,
  CitationDesign,
  Condition,
  ConditionMatch,
  Distance,
  DistanceUnit,
  Dose,
  Evidence,
  Exercise,
  ExerciseDays,
  Finding,
  GuidelineGrade,
  LikelihoodRatioGrade,
  Load,
  MatchReason,
  MatchResult,
  Phase,
  Plan,
  PlanCheckpoint,
  PlanDay,
  PlanFlag,
  PlanFlagKind,
  PlannedRun,
  PlanWeek,
  Protocol,
  LogEntry,
  Question,
  Range,
  ReferralReason,
  RehabInputIssue,
  RunLogEntry,
  RunnerSummary,
  RunningIntensity,
  Setting,
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
export { strongestDesign } from './catalog/strongest-design.js';
export { formatPlan } from './export/text/format-plan.js';
export { citeOnce, groupNotes, type PlanNote } from './export/text/group-notes.js';
export { summarizeHistory, type HistorySummary } from './runner/summarize-history.js';
export { reviewPlan } from './catalog/review-plan.js';
export { QUESTION_TEXTS } from './match/question-texts.js';
export { REVIEW_STATUSES, type ReviewOptions, type ReviewReason, type ReviewResult, type ReviewStatus } from './review/types.js';
