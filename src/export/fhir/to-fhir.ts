import {
  ConditionMatchSchema,
  parseInput,
  ProtocolSchema,
  type ConditionMatch,
  type ExerciseDays,
  type Plan,
  type Protocol,
} from '../../model/index.js';
import { readPlan } from '../read-plan.js';
import { doseText } from '../text/format-dose.js';
import { formatWeek } from '../text/format-fitted.js';
import { formatRunning, ifNotText } from '../text/format-plan.js';
import { fhirId, fhirName } from './ids.js';
import { citationText, referencesOf, runningEvidence } from '../text/references.js';
import type { FhirCarePlan, FhirCodeableConcept, FhirCondition, FhirPlanDefinition, FhirReference, FhirTiming } from './types.js';
import { subjectOf, type FhirSubjectOptions } from './subject.js';

const EXERCISE_THERAPY: FhirCodeableConcept = {
  coding: [{ system: 'http://snomed.info/sct', code: '229065009', display: 'Exercise therapy' }],
  text: 'Exercise therapy',
};
const days = (value: number) => ({ value, unit: 'days', system: 'http://unitsofmeasure.org' as const, code: 'd' });

function timing(pattern: ExerciseDays, sessions: { min: number; max: number }, length: number): FhirTiming {
  const perDay = { frequency: Math.max(sessions.min, 1), ...(sessions.max > sessions.min ? { frequencyMax: sessions.max } : {}) };
  const bounds = { boundsDuration: days(length) };
  if (pattern.kind === 'every-other-day') return { repeat: { ...bounds, frequency: 1, period: 2, periodUnit: 'd' } };
  if (pattern.kind === 'days-per-week') return { repeat: { ...bounds, frequency: pattern.days, period: 1, periodUnit: 'wk' } };
  return { repeat: { ...bounds, ...perDay, period: 1, periodUnit: 'd' } };
}

/**
 * A protocol as a FHIR R4 `PlanDefinition`: an action per phase (with its timing, and its exercises in order as
 * sub-actions whose doses are given in words), a contained `ActivityDefinition` per exercise, and the sources as
 * citations. FHIR has no field for sets × reps per side, so doses travel as text.
 *
 * @param protocol - A protocol.
 * @returns The resource, ready to serialise as JSON.
 * @throws `RehabInputError` (from `rehab-protocols`) when `protocol` is not a valid protocol.
 *
 * @example
 * ```ts
 * import { protocolToPlanDefinition } from 'rehab-protocols/export/fhir';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * protocolToPlanDefinition(patellofemoralPain).action.map((action) => action.id);
 * //=> ['settle', 'build']
 * ```
 */
export function protocolToPlanDefinition(protocol: Protocol): FhirPlanDefinition {
  return planDefinitionOf(parseInput(ProtocolSchema, protocol, 'protocol'));
}

function planDefinitionOf(protocol: Protocol): FhirPlanDefinition {
  const names = new Map(protocol.exercises.map((exercise) => [exercise.id, exercise.name]));
  return {
    resourceType: 'PlanDefinition',
    id: fhirId(protocol.id),
    name: fhirName(protocol.id, 'Protocol'),
    title: protocol.name,
    status: 'active',
    description: protocol.summary,
    topic: [{ text: protocol.condition.name }],
    relatedArtifact: protocol.sources.map((source) =>
      source.kind === 'publication'
        ? {
            type: 'citation',
            citation: `${source.authors.join(', ')}. ${source.title}. ${source.publishedIn}. ${source.year}.`,
            ...(source.doi ? { url: `https://doi.org/${source.doi}` } : source.url ? { url: source.url } : {}),
          }
        : { type: 'citation', citation: `${source.title}. ${source.clinician}. Recorded in ${source.recordedIn}.` },
    ),
    contained: protocol.exercises.map((exercise) => ({
      resourceType: 'ActivityDefinition',
      id: fhirId(exercise.id),
      status: 'active',
      name: fhirName(exercise.id, 'Exercise'),
      title: exercise.name,
      description: exercise.instructions.join(' '),
      code: EXERCISE_THERAPY,
      ...(exercise.cues.length > 0 ? { usage: exercise.cues.join(' ') } : {}),
    })),
    action: protocol.phases.map((phase, index) => ({
      id: fhirId(phase.id),
      title: phase.name,
      textEquivalent: `Days ${phase.days.min}–${phase.days.max}. Running: ${phase.running.kind}.`,
      timingTiming: timing(phase.exerciseDays, phase.sessionsPerDay, phase.days.max - phase.days.min + 1),
      ...(index > 0 ? { relatedAction: [{ actionId: fhirId(protocol.phases[index - 1]?.id ?? ''), relationship: 'after-end' as const }] } : {}),
      // The position keeps ids unique when a phase prescribes the same exercise twice (two doses).
      action: phase.exercises.map(({ exerciseId, dose }, position) => ({
        id: fhirId(phase.id, position + 1, exerciseId),
        title: names.get(exerciseId) ?? exerciseId,
        definitionCanonical: `#${fhirId(exerciseId)}`,
        textEquivalent: doseText(dose),
      })),
    })),
  };
}

/**
 * A plan as a FHIR R4 `CarePlan`: one scheduled activity per day (its exercises, doses, running limit, planned run
 * and flags in words, each dose and limit marked with its evidence, `[1]` or `[D1]`), the checkpoints as contained
 * `Goal`s, and as `note`s the weekly totals, the plan's flags, its numbered sources (`Source [1]: …`) and the library
 * defaults it uses (`[D1] Library default: …`): R4's CarePlan has no `relatedArtifact`. `subject` (the CarePlan's
 * and its Goals') is `options.subject`, the app's patient reference, or else a placeholder (`{ display: 'Runner' }`).
 *
 * @param plan - A plan from `generatePlan`.
 * @param options - `subject`: the patient, e.g. `{ reference: 'Patient/123' }`.
 * @returns The resource, ready to serialise as JSON.
 * @throws `RehabInputError` (from `rehab-protocols`) when `plan` is not a valid plan, or `options.subject` not a
 *   reference.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { planToCarePlan } from 'rehab-protocols/export/fhir';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * planToCarePlan(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } })).period;
 * //=> { start: '2026-12-01', end: '2026-12-14' }
 * ```
 */
export function planToCarePlan(plan: Plan, options?: FhirSubjectOptions): FhirCarePlan {
  const subject = subjectOf(options, 'planToCarePlan options');
  return carePlanOf(readPlan(plan), subject);
}

function carePlanOf(plan: Plan, subject: FhirReference): FhirCarePlan {
  // R4 CarePlan has no relatedArtifact: each number is marked [n] in the activity text, and the sources are notes.
  const refs = referencesOf(plan);
  const activity = plan.days.map((day) => ({
    detail: {
      kind: 'ServiceRequest' as const,
      code: EXERCISE_THERAPY,
      status: 'scheduled' as const,
      scheduledPeriod: { start: day.date, end: day.date },
      description: [
        `Day ${day.day}.`,
        ...day.exercises.map(({ name, dose }) => `${name}: ${doseText(dose)} ${refs.mark(dose.evidence)}.`),
        `Running: ${formatRunning(day.running)} ${refs.mark(runningEvidence(day))}.`,
        ...day.flags.map((flag) => `Note: ${flag.message}`),
      ].join(' '),
    },
  }));
  const sources = plan.sources.map((source, index) => `Source [${index + 1}]: ${citationText(source)}`);
  const defaults = refs.defaults.map((reason, index) => `[D${index + 1}] Library default: ${reason}`);
  return {
    resourceType: 'CarePlan',
    status: 'active',
    intent: 'plan',
    title: plan.protocolName,
    instantiatesUri: [`urn:rehab-protocols:protocol:${plan.protocolId}`],
    subject,
    period: { start: plan.startDate, end: plan.endDate },
    contained: plan.checkpoints.map((checkpoint) => ({
      resourceType: 'Goal',
      id: `checkpoint-${checkpoint.day}`,
      lifecycleStatus: 'planned',
      description: { text: checkpoint.assess },
      subject,
      target: [{ dueDate: checkpoint.date }],
      note: [{ text: ifNotText(checkpoint.ifNotBetter) }],
    })),
    goal: plan.checkpoints.map((checkpoint) => ({ reference: `#checkpoint-${checkpoint.day}` })),
    activity,
    note: [...plan.weeks.map((week) => formatWeek(week, plan)), ...plan.flags.map((flag) => flag.message), ...sources, ...defaults].map((text) => ({ text })),
  };
}

/**
 * A match as a FHIR R4 `Condition` with verification status `provisional`: the picture is consistent with the
 * condition; it is not a diagnosis. The score and the reasons go in `note`. `subject` is `options.subject`, the app's
 * patient reference, or else a placeholder (`{ display: 'Runner' }`).
 *
 * @param match - One entry of `matchConditions(...).matches`.
 * @param options - `subject`: the patient, e.g. `{ reference: 'Patient/123' }`.
 * @returns The resource, ready to serialise as JSON.
 * @throws `RehabInputError` (from `rehab-protocols`) when `match` is not a valid match, or `options.subject` not a
 *   reference.
 *
 * @example
 * ```ts
 * import { matchConditions } from 'rehab-protocols';
 * import { matchToCondition } from 'rehab-protocols/export/fhir';
 *
 * const [top] = matchConditions({ region: 'knee', locations: ['retropatellar'] }).matches;
 * if (top) matchToCondition(top).verificationStatus.coding?.[0]?.code;
 * //=> 'provisional'
 * ```
 */
export function matchToCondition(match: ConditionMatch, options?: FhirSubjectOptions): FhirCondition {
  const subject = subjectOf(options, 'matchToCondition options');
  return conditionOf(parseInput(ConditionMatchSchema, match, 'condition match'), subject);
}

function conditionOf(match: ConditionMatch, subject: FhirReference): FhirCondition {
  const reasons = [...match.supporting, ...match.against].map((reason) => reason.message);
  return {
    resourceType: 'Condition',
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active', display: 'Active' }] },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional', display: 'Provisional' }],
    },
    code: { text: match.name },
    subject,
    note: [
      { text: `Consistent with ${match.name} (score ${match.score.toFixed(2)}; not a diagnosis).` },
      ...reasons.map((text) => ({ text })),
    ],
  };
}
