import * as z from 'zod/mini';
import { parseInput, type Condition, type MatchResult, type SymptomProfileInput } from '../model/index.js';
import { matchAgainst } from '../match/match-conditions.js';
import { conditions as catalogConditions } from '../../protocols/index.js';

/**
 * The options of {@link matchConditions}.
 *
 * @example
 * ```ts
 * const options: MatchOptions = { conditions: [myCondition] };
 * ```
 */
export interface MatchOptions {
  /** The conditions to match against; default: every condition in the library (`rehab-protocols/protocols`). */
  readonly conditions?: readonly Condition[];
}

/**
 * Says which conditions a symptom profile is consistent with, in order, with the reasons — and, before anything
 * else, whether the runner should see a clinician instead of following a plan. It describes; it does not diagnose.
 *
 * Red flags run first and always win: any red flag in the profile sets `referral.required`, with the reason in
 * plain words. A refer-only condition (meniscal injury, bone stress injury) ranked first requires referral too, and
 * so does a clinician's diagnosis (`diagnosedAs`) that is refer-only, outside the library (`other`), of another part
 * of the leg, or ruled out by the runner's answers. The scores rank the picture as described; a diagnosis does not change them.
 *
 * Each condition's score comes from a naive-Bayes log-odds model: its prior odds times the likelihood ratio of
 * every finding in its data, the finding's `present` grade when the profile has the value and its `absent` grade
 * when it does not (see `LIKELIHOOD_RATIO_GRADES`). The score is that probability, in [0, 1]; each finding that moved
 * it is a reason, with how much it moved it. `matches` holds every condition, highest score first, ties by id.
 * docs/matcher.md explains the model, its assumptions and its limits.
 *
 * @param profile - What the runner reports; validated with `SymptomProfileSchema`.
 * @param options - `conditions` to match against instead of the library's.
 * @returns The referral decision and the ranked matches.
 * @throws {@link RehabInputError} for a profile or condition that fails its schema, or a `diagnosedAs` that is
 *   neither a condition's id nor `other`, with each problem's path.
 *
 * @example
 * ```ts
 * import { matchConditions } from 'rehab-protocols';
 *
 * const result = matchConditions({
 *   side: 'left',
 *   region: 'knee',
 *   locations: ['anterior', 'retropatellar', 'medial'],
 *   aggravatedBy: ['running', 'downhill-walking', 'stairs-descent'],
 *   painFreeDuring: ['cycling', 'elliptical'],
 *   onset: 'gradual',
 *   trainingChange: ['intensity-increase'],
 *   redFlags: [],
 * });
 * result.referral.required;
 * //=> false
 * result.matches[0]?.conditionId;
 * //=> 'patellofemoral-pain'
 * result.matches[0]?.supporting.map((reason) => reason.value);
 * //=> ['knee', 'retropatellar', 'anterior', 'stairs-descent', …]
 * ```
 */
export function matchConditions(profile: SymptomProfileInput, options: MatchOptions = {}): MatchResult {
  // No options (the usual call) need no parsing.
  const conditions = isEmptyObject(options) ? undefined : parseInput(MatchOptionsSchema, options, 'matchConditions options').conditions;
  return matchAgainst(profile, conditions ?? catalogConditions);
}

const isEmptyObject = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Reflect.ownKeys(value).length === 0;

// The list itself is checked by the matcher; here the options only need to be an object with known fields.
const MatchOptionsSchema = z.strictObject({ conditions: z.optional(z.array(z.unknown())) });
