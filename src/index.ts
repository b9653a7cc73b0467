/**
 * Typed, cited rehabilitation protocols for running injuries, and the day-by-day plans they prescribe.
 * Protocols live in their own subpaths, e.g. `rehab-protocols/protocols/patellofemoral-pain`.
 *
 * @module rehab-protocols
 */
// The public API, one named export at a time: what is not listed here is internal.
export {
  CheckpointSchema,
  CitationSchema,
  defineProtocol,
  DISTANCE_UNITS,
  DistanceSchema,
  DistanceUnitSchema,
  DoseSchema,
  EvidenceSchema,
  ExerciseDaysSchema,
  ExerciseSchema,
  IsoDateSchema,
  LATERALITIES,
  LoadSchema,
  PhaseSchema,
  PlanCheckpointSchema,
  PlanDaySchema,
  PlanSchema,
  ProtocolSchema,
  RangeSchema,
  RehabInputError,
  RUNNING_INTENSITIES,
  RunningRuleSchema,
} from './model/index.js';
export type {
  Checkpoint,
  Citation,
  Distance,
  DistanceUnit,
  Dose,
  Evidence,
  Exercise,
  ExerciseDays,
  Load,
  Phase,
  Plan,
  PlanCheckpoint,
  PlanDay,
  Protocol,
  Range,
  RehabInputIssue,
  RunningIntensity,
  RunningRule,
} from './model/index.js';
export { generatePlan } from './plan/generate-plan.js';
export { GeneratePlanOptionsSchema, type GeneratePlanOptions } from './plan/options.js';
export { formatDose } from './export/text/format-dose.js';
