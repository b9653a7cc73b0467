import * as z from 'zod/mini';
import {
  ConditionSchema,
  parseInput,
  RED_FLAGS,
  SymptomProfileSchema,
  type Condition,
  type MatchResult,
  type ReferralReason,
} from '../model/index.js';
import { RED_FLAG_MESSAGES } from './red-flags.js';
import { profileValues, scoreCondition } from './score.js';

const ConditionsSchema = z.array(ConditionSchema).check(z.minLength(1, { error: 'Expected at least one condition to match against' }));

/**
 * Matches a profile against `conditions`: red flags first, then every condition scored and ranked (score
 * descending, ties by id). Referral is required when the profile has any red flag, or when the best match is a
 * refer-only condition. Both inputs are validated; a bad one throws `RehabInputError`.
 */
export function matchAgainst(profile: unknown, conditions: unknown): MatchResult {
  const checkedProfile = parseInput(SymptomProfileSchema, profile, 'symptom profile');
  const checkedConditions: Condition[] = parseInput(ConditionsSchema, conditions, 'conditions');

  const reported = new Set(checkedProfile.redFlags ?? []);
  const reasons: ReferralReason[] = RED_FLAGS.filter((flag) => reported.has(flag)).map((redFlag) => ({
    kind: 'red-flag',
    redFlag,
    message: RED_FLAG_MESSAGES[redFlag],
  }));

  const values = profileValues(checkedProfile);
  const matches = checkedConditions
    .map((condition) => scoreCondition(values, condition))
    .sort((a, b) => b.score - a.score || (a.conditionId < b.conditionId ? -1 : a.conditionId > b.conditionId ? 1 : 0));

  const top = matches[0];
  if (top?.referOnly) {
    const referral = checkedConditions.find((condition) => condition.id === top.conditionId)?.referral;
    reasons.push({
      kind: 'refer-only-condition',
      conditionId: top.conditionId,
      message: `Best match: ${top.name}. ${referral ?? 'It needs a clinician.'}`,
    });
  }
  return { referral: { required: reasons.length > 0, reasons }, matches };
}
