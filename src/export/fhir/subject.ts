import * as z from 'zod/mini';
import { parseInput } from '../../model/index.js';
import type { FhirReference } from './types.js';

/**
 * Options of the FHIR exports that name whose resources they are.
 *
 * @example
 * ```ts
 * const options: FhirSubjectOptions = { subject: { reference: 'Patient/123', display: 'Ada Lovelace' } };
 * ```
 */
export interface FhirSubjectOptions {
  /**
   * The patient the resources are about, as the app's FHIR server knows them (`{ reference: 'Patient/123' }`); without
   * it, a placeholder `{ display: 'Runner' }`.
   */
  readonly subject?: FhirReference;
}

const ReferenceSchema = z
  .strictObject({
    reference: z.optional(z.string().check(z.minLength(1))),
    display: z.optional(z.string().check(z.minLength(1))),
  })
  .check(z.refine((value) => value.reference !== undefined || value.display !== undefined, { error: 'Expected a reference (e.g. "Patient/123"), a display, or both' }));

const OptionsSchema = z.optional(z.strictObject({ subject: z.optional(ReferenceSchema) }));

/** The placeholder subject, for an app that has not said whose resources they are. */
export const RUNNER: FhirReference = Object.freeze({ display: 'Runner' });

/** The subject the options name, checked, or the placeholder. */
export function subjectOf(options: FhirSubjectOptions | undefined, subject: string): FhirReference {
  const checked = parseInput(OptionsSchema, options, subject);
  const given = checked?.subject;
  if (given === undefined) return RUNNER;
  return { ...(given.reference === undefined ? {} : { reference: given.reference }), ...(given.display === undefined ? {} : { display: given.display }) };
}
