import type * as z from 'zod/mini';
import { MatchResultSchema, type MatchResult } from './match-result.js';
import { PlanSchema, type Plan } from './plan.js';
import { RehabInputError } from './rehab-input-error.js';
import { SymptomProfileSchema, type SymptomProfile } from './symptom-profile.js';
import { parseInput } from './validate.js';

// Apps store plans, profiles and match results (a database, localStorage, a file) and read them back later, maybe
// after a library update: these read them with the library's one error, instead of a raw zod or JSON error.

function parseStored<T>(schema: z.ZodMiniType<T>, json: unknown, subject: string): T {
  if (typeof json !== 'string') return parseInput(schema, json, subject);
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    throw new RehabInputError(subject, [{ path: [], message: `Expected JSON text: ${reason}` }]);
  }
  return parseInput(schema, value, subject);
}

/**
 * Reads a stored plan back: JSON text (as `JSON.stringify(plan)` wrote it) or the parsed value.
 *
 * @param json - The plan as JSON text, or as a value already parsed.
 * @returns The plan, validated with {@link PlanSchema}.
 * @throws {@link RehabInputError} for text that is not JSON or a value that is not a valid plan, with each problem's path.
 *
 * @example
 * ```ts
 * import { generatePlan, parsePlan } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const stored = JSON.stringify(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }));
 * parsePlan(stored).days.length;
 * //=> 14
 * ```
 */
export function parsePlan(json: unknown): Plan {
  return parseStored(PlanSchema, json, 'plan');
}

/**
 * Reads a stored symptom profile back: JSON text or the parsed value.
 *
 * @param json - The profile as JSON text, or as a value already parsed.
 * @returns The profile, validated with {@link SymptomProfileSchema}.
 * @throws {@link RehabInputError} for text that is not JSON or a value that is not a valid profile.
 *
 * @example
 * ```ts
 * import { parseSymptomProfile } from 'rehab-protocols';
 *
 * parseSymptomProfile('{ "region": "knee", "locations": ["retropatellar"] }').region;
 * //=> 'knee'
 * ```
 */
export function parseSymptomProfile(json: unknown): SymptomProfile {
  return parseStored(SymptomProfileSchema, json, 'symptom profile');
}

/**
 * Reads a stored match result back: JSON text or the parsed value.
 *
 * @param json - The result of `matchConditions`, as JSON text or as a value already parsed.
 * @returns The result, validated with {@link MatchResultSchema}.
 * @throws {@link RehabInputError} for text that is not JSON or a value that is not a valid match result.
 *
 * @example
 * ```ts
 * import { matchConditions, parseMatchResult } from 'rehab-protocols';
 *
 * const stored = JSON.stringify(matchConditions({ region: 'knee', locations: ['retropatellar'] }));
 * parseMatchResult(stored).referral.required;
 * //=> false
 * ```
 */
export function parseMatchResult(json: unknown): MatchResult {
  return parseStored(MatchResultSchema, json, 'match result');
}
