import { CHECKED_LEVELS, CITATION_DESIGNS, DISTANCE_UNITS, GUIDELINE_GRADES, LATERALITIES, RUN_KINDS, RUNNING_INTENSITIES, SETTINGS } from './vocabularies.js';
import { deepFreeze } from './freeze.js';
import {
  CHECKED_TOGETHER_MESSAGE,
  distanceNumberMessage,
  distancePositiveMessage,
  distanceUnitMessage,
  DOI_MESSAGE,
  EMPTY_ACTIVITY_ID_MESSAGE,
  idMessage,
  isoDateMessage,
  LONG_ACTIVITY_ID_MESSAGE,
  minutesMessage,
  painScoreMessage,
  positiveIntMessage,
  PUBLICATION_LINK_MESSAGE,
  rangeOrderMessage,
  runDaysMessage,
  settingMessage,
  TEXT_MESSAGE,
  YEAR_ZERO_MESSAGE,
} from './input-messages.js';
import { dropUndefined } from './drop-undefined.js';
import { markClean } from './known-clean.js';
import { validProtocols } from './memory.js';
import {
  array,
  boolean,
  crossCheck,
  gt,
  gte,
  int,
  lte,
  maxLength,
  minLength,
  number,
  object,
  oneOf,
  optional,
  pattern,
  refine,
  remembering,
  string,
  union,
  url,
  type Message,
  type PlainSchema,
} from './plain-schema.js';
import { checkProtocol, type CheckedProtocol } from './protocol-checks.js';

// `ProtocolSchema` and `GeneratePlanOptionsSchema` again, part for part, in the zod-free parts of plain-schema.ts:
// what generatePlan validates its input with, so that zod stays out of its bundle. Each line mirrors a line of the
// zod schema it names, in the same order (zod checks fields, and reports them, in the shape's order); the messages
// are the same functions (input-messages.ts). test/model/plain-schema.test.ts fails when the two disagree.

const say =
  (message: (input: unknown) => string): Message =>
  (issue) =>
    message(issue.input);
const fixed =
  (message: string): Message =>
  () =>
    message;

// primitives.ts
const Id = string([pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, say(idMessage))]);
const Text = string([pattern(/\S/, fixed(TEXT_MESSAGE))]);
const PositiveInt = int([gte(1, say(positiveIntMessage))]);
const literal = (value: string) => oneOf([value]);

// iso-date.ts: zod's `z.iso.date()` pattern, a real day of the proleptic Gregorian calendar.
const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const IsoDate = string(
  [pattern(DATE, undefined, 'date'), refine((date: string) => !date.startsWith('0000-'), fixed(YEAR_ZERO_MESSAGE))],
  say(isoDateMessage),
);

// range.ts
const minAtMostMax = refine((range: { min: number; max: number }) => range.min <= range.max, say(rangeOrderMessage), ['max']);
const Range = object({ min: number([gte(0)]), max: number([gte(0)]) }, [minAtMostMax]);
const wholeRange = (atLeast: number) => object({ min: int([gte(atLeast)]), max: int([gte(atLeast)]) }, [minAtMostMax]);
const WholeFrom1 = wholeRange(1);

// distance.ts
const DistanceUnit = oneOf(DISTANCE_UNITS, say(distanceUnitMessage));
const Distance = object({ value: number([gt(0, say(distancePositiveMessage))], say(distanceNumberMessage)), unit: DistanceUnit });

// citation.ts
const Publication = object(
  {
    kind: literal('publication'),
    id: Id,
    authors: array(Text, [minLength(1)]),
    year: int([gte(1900), lte(2100)]),
    title: Text,
    publishedIn: Text,
    doi: optional(string([pattern(/^10\.\d{4,9}\/\S+$/, fixed(DOI_MESSAGE))])),
    url: optional(url()),
    design: optional(oneOf(CITATION_DESIGNS)),
  },
  [refine((source: { doi?: unknown; url?: unknown }) => source.doi !== undefined || source.url !== undefined, fixed(PUBLICATION_LINK_MESSAGE), ['doi'])],
);
const ClinicianPrescription = object({
  kind: literal('clinician-prescription'),
  id: Id,
  clinician: Text,
  title: Text,
  recordedIn: Text,
  design: optional(literal('clinician-prescription')),
});
const Citation = union('kind', [Publication, ClinicianPrescription]);
const Evidence = union('kind', [
  object(
    {
      kind: literal('cited'),
      sourceIds: array(Id, [minLength(1)]),
      note: optional(Text),
      checked: optional(oneOf(CHECKED_LEVELS)),
      checkedAt: optional(Text),
      grade: optional(oneOf(GUIDELINE_GRADES)),
    },
    [refine((evidence: { checked?: unknown; checkedAt?: unknown }) => (evidence.checked === undefined) === (evidence.checkedAt === undefined), fixed(CHECKED_TOGETHER_MESSAGE), ['checkedAt'])],
  ),
  object({ kind: literal('library-default'), reason: Text }),
]);

// pain-criteria.ts
const painScore = number([gte(0), lte(10)]);
const PainCriteria = object({
  maxPainDuring: painScore,
  maxPainAfter: optional(painScore),
  settledByNextMorning: optional(boolean()),
  notWorseWeekToWeek: optional(boolean()),
  evidence: Evidence,
});

// phase-days.ts
const ExerciseDays = union('kind', [
  object({ kind: literal('daily') }),
  object({ kind: literal('every-other-day') }),
  object({ kind: literal('days-per-week'), days: int([gte(1), lte(7)]) }),
]);

// dose.ts
const Load = union('kind', [
  object({ kind: literal('bodyweight') }),
  object({ kind: literal('repetition-maximum'), rm: int([gte(1)]) }),
  object({ kind: literal('percent-mvc'), percent: number([gt(0), lte(100)]) }),
  object({ kind: literal('added-weight'), value: number([gt(0)]), unit: oneOf(['kg', 'lb']) }),
]);
const Dose = object({
  sets: WholeFrom1,
  reps: optional(WholeFrom1),
  durationSeconds: optional(Range),
  holdSeconds: optional(Range),
  perSide: boolean(),
  tempo: optional(object({ concentricSeconds: number([gt(0)]), pauseSeconds: optional(number([gte(0)])), eccentricSeconds: number([gt(0)]) })),
  load: optional(Load),
  restSeconds: optional(Range),
  timesPerDay: optional(WholeFrom1),
  notes: optional(Text),
  evidence: Evidence,
});

// running-rule.ts
const intensity = oneOf(RUNNING_INTENSITIES);
const RunningRule = union('kind', [
  object({ kind: literal('rest'), evidence: Evidence }),
  object({ kind: literal('cap'), maxDistance: Distance, intensity, evidence: Evidence }),
  object({
    kind: literal('intervals'),
    runSeconds: int([gte(1)]),
    walkSeconds: int([gte(0)]),
    repeats: int([gte(1)]),
    intensity,
    days: optional(ExerciseDays),
    evidence: Evidence,
  }),
  object({ kind: literal('continuous'), minutes: number([gt(0)]), intensity, days: optional(ExerciseDays), evidence: Evidence }),
  object({ kind: literal('pain-monitored'), intensity, limits: PainCriteria, evidence: Evidence }),
  object({ kind: literal('ramp-to-goal'), from: Distance, intensity, evidence: Evidence }),
]);

// exercise.ts
const Exercise = object({
  id: Id,
  name: Text,
  aliases: optional(array(Text)),
  instructions: array(Text, [minLength(1)]),
  cues: array(Text),
  equipment: array(Text),
  laterality: oneOf(LATERALITIES),
});

// phase.ts
const Phase = object({
  id: Id,
  name: Text,
  days: WholeFrom1,
  sessionsPerDay: wholeRange(0),
  exerciseDays: ExerciseDays,
  progressIf: optional(PainCriteria),
  exercises: array(object({ exerciseId: Id, dose: Dose })),
  running: RunningRule,
  notes: optional(array(Text)),
  evidence: Evidence,
});

// checkpoint.ts
const Checkpoint = object({
  day: PositiveInt,
  assess: Text,
  ifNotBetter: Text,
  referral: boolean(),
  progressIf: optional(PainCriteria),
  evidence: Evidence,
});

/** Accepted, cleaned, frozen and remembered as `ProtocolSchema` (`rememberValid`) does. */
function keep(value: object): object {
  const cleaned: object = deepFreeze(dropUndefined(value));
  validProtocols.add(cleaned);
  markClean(cleaned);
  return cleaned;
}

/** `ProtocolSchema` (protocol.ts), cross-checks included, remembering what it accepts in the same set. */
export const PlainProtocol: PlainSchema = remembering(
  object(
    {
      id: Id,
      name: Text,
      condition: object({ id: Id, name: Text, aliases: array(Text) }),
      summary: Text,
      guidance: array(Text),
      sources: array(Citation, [minLength(1)]),
      exercises: array(Exercise),
      setting: oneOf(SETTINGS, say(settingMessage)),
      equipment: array(Text),
      phases: array(Phase, [minLength(1)]),
      checkpoints: array(Checkpoint),
    },
    [crossCheck(checkProtocol as (protocol: CheckedProtocol) => ReturnType<typeof checkProtocol>)],
  ),
  validProtocols,
  keep,
);

// run-log.ts
const runPain = number([gte(0, say(painScoreMessage)), lte(10, say(painScoreMessage))], say(painScoreMessage));
const RunLogEntry = object({
  date: IsoDate,
  kind: optional(oneOf(RUN_KINDS)),
  distance: Distance,
  durationMinutes: optional(number([gt(0, say(minutesMessage))])),
  id: optional(string([minLength(1, fixed(EMPTY_ACTIVITY_ID_MESSAGE)), maxLength(200, fixed(LONG_ACTIVITY_ID_MESSAGE))])),
  pain: optional(object({ during: optional(runPain), after: optional(runPain) })),
});
const runDays = say(runDaysMessage);
const RunnerSummary = object({
  usualWeeklyDistance: optional(Distance),
  longestRecentRun: optional(Distance),
  runDaysPerWeek: optional(int([gte(1, runDays), lte(7, runDays)])),
});

/** `GeneratePlanOptionsSchema` (plan-options.ts). */
export const PlainPlanOptions: PlainSchema = object({
  startDate: IsoDate,
  goalDistance: optional(Distance),
  unit: optional(DistanceUnit),
  history: optional(array(RunLogEntry)),
  runner: optional(RunnerSummary),
  spikeGuard: optional(oneOf(['cap', 'warn'])),
});
