import { subjectOf, type FhirSubjectOptions } from './subject.js';
import * as z from 'zod/mini';
import { LogEntrySchema, parseInput, RehabInputError, type LogEntry } from '../../model/index.js';
import { addCalendarDays, LAST_SUPPORTED_DATE } from '../../plan/calendar.js';
import type { FhirCodeableConcept, FhirReference } from './types.js';

/**
 * A measured value with its UCUM unit (FHIR `Quantity`).
 *
 * @example
 * ```ts
 * const pain: FhirQuantity = { value: 3, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' };
 * ```
 */
export interface FhirQuantity {
  /** The number. */
  value: number;
  /** The unit as people read it. */
  unit: string;
  /** The unit system (UCUM). */
  system: string;
  /** The UCUM code. */
  code: string;
}

/**
 * A pain rating or a run, as a FHIR R4 `Observation`: the subset this library fills in.
 *
 * @example
 * ```ts
 * const isPain = (observation: FhirObservation) => observation.code.coding?.[0]?.code === '72514-3';
 * ```
 */
export interface FhirObservation {
  /** Always `Observation`. */
  resourceType: 'Observation';
  /** A stable id from the entry's date, kind and position in the log. */
  id: string;
  /** Always `final`: the runner reported it. */
  status: 'final';
  /** `survey` for a pain rating, `activity` for a run. */
  category: FhirCodeableConcept[];
  /** What was observed: LOINC 72514-3 for pain; "Running distance" (text only: no LOINC code was verified) for a run. */
  code: FhirCodeableConcept;
  /** The runner: a placeholder for the app's patient reference. */
  subject: FhirReference;
  /** The day it is about (`YYYY-MM-DD`); for next-morning pain, the next day. */
  effectiveDateTime: string;
  /** The value: a 0–10 score, or a distance in UCUM. */
  valueQuantity: FhirQuantity;
  /** For a run with a duration: LOINC 55411-3 (Exercise duration), in minutes. */
  component?: {
    /** What the component measures. */
    code: FhirCodeableConcept;
    /** Its value. */
    valueQuantity: FhirQuantity;
  }[];
  /** When the pain was felt (during, after, next morning), where and on which side; a run's pain in words. */
  note?: {
    /** The note. */
    text: string;
  }[];
}

const UCUM = 'http://unitsofmeasure.org';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const PAIN: FhirCodeableConcept = {
  coding: [{ system: 'http://loinc.org', code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }],
  text: 'Pain, 0–10',
};
const DURATION: FhirCodeableConcept = { coding: [{ system: 'http://loinc.org', code: '55411-3', display: 'Exercise duration' }], text: 'Exercise duration' };
const score = (value: number): FhirQuantity => ({ value, unit: '{score}', system: UCUM, code: '{score}' });

/**
 * A runner's log as FHIR R4 Observations, for a clinical system: each pain rating (during, after, next morning) as
 * LOINC 72514-3 on the 0–10 scale, and each run or race as an activity Observation with its distance (and its
 * duration as LOINC 55411-3). Runs are Observations rather than Procedures, as in the HL7 Physical Activity IG, which
 * records activity measures as Observations: a run is something the runner did and reported, not a procedure done to
 * them. Sessions, misses and red flags are not Observations here (a red flag is a reason to refer, not a measure).
 *
 * @param log - The runner's entries (`LogEntry`).
 * @param options - `subject`: the patient, e.g. `{ reference: 'Patient/123' }`; without it, a placeholder
 *   (`{ display: 'Runner' }`).
 * @returns The Observations, in the log's order.
 * @throws `RehabInputError` (from `rehab-protocols`) for an invalid log, or `options.subject` not a reference.
 *
 * @example
 * ```ts
 * import { logToObservations } from 'rehab-protocols/export/fhir';
 *
 * logToObservations([{ kind: 'pain', date: '2026-12-05', during: 3 }])[0]?.valueQuantity.value;
 * //=> 3
 * ```
 */
export function logToObservations(log: readonly LogEntry[], options?: FhirSubjectOptions): FhirObservation[] {
  const subject = subjectOf(options, 'logToObservations options');
  const entries = parseInput(z.array(LogEntrySchema), log, 'log');
  // A next-morning rating is dated the day after its entry: none can follow the last date the library supports.
  const pastLast = entries.flatMap((entry, index) =>
    entry.kind === 'pain' && entry.nextMorning !== undefined && entry.date === LAST_SUPPORTED_DATE
      ? [{ path: [index, 'nextMorning'], message: `The morning after ${LAST_SUPPORTED_DATE} is past the last date the library supports: log the rating on that morning's own date` }]
      : [],
  );
  if (pastLast.length > 0) throw new RehabInputError('log', pastLast);
  return entries.flatMap((entry, index) => {
    const id = (what: string) => `log-${entry.date}-${index + 1}-${what}`;
    if (entry.kind === 'pain') {
      const where = [entry.where, entry.side].filter((value) => value !== undefined).join(', ');
      const ratings: [string, number | undefined, string][] = [
        ['during', entry.during, entry.date],
        ['after', entry.after, entry.date],
        ['next-morning', entry.nextMorning, addCalendarDays(entry.date, 1)],
      ];
      return ratings.flatMap(([when, value, date]): FhirObservation[] =>
        value === undefined
          ? []
          : [
              {
                resourceType: 'Observation',
                id: id(`pain-${when}`),
                status: 'final',
                category: [{ coding: [{ system: CATEGORY, code: 'survey', display: 'Survey' }] }],
                code: PAIN,
                subject,
                effectiveDateTime: date,
                valueQuantity: score(value),
                note: [{ text: `Pain ${when.replace('-', ' ')} activity${where ? ` (${where})` : ''}` }],
              },
            ],
      );
    }
    if (entry.kind === 'run' || entry.kind === 'race') {
      const unit = entry.distance.unit === 'km' ? 'km' : '[mi_i]';
      const pain = entry.pain === undefined ? [] : [{ text: `Pain during ${entry.pain.during ?? '–'}/10, after ${entry.pain.after ?? '–'}/10` }];
      return [
        {
          resourceType: 'Observation',
          id: id(entry.kind),
          status: 'final',
          category: [{ coding: [{ system: CATEGORY, code: 'activity', display: 'Activity' }] }],
          code: { text: entry.kind === 'race' ? 'Running distance (race)' : 'Running distance' },
          subject,
          effectiveDateTime: entry.date,
          valueQuantity: { value: entry.distance.value, unit: entry.distance.unit, system: UCUM, code: unit },
          ...(entry.durationMinutes === undefined
            ? {}
            : { component: [{ code: DURATION, valueQuantity: { value: entry.durationMinutes, unit: 'min', system: UCUM, code: 'min' } }] }),
          ...(pain.length > 0 ? { note: pain } : {}),
        },
      ];
    }
    return [];
  });
}
