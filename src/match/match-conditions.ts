import * as z from 'zod/mini';
import { ConditionSchema, parseInput, RehabInputError, SymptomProfileSchema, type Condition, type MatchResult, type SymptomProfile } from '../model/index.js';
import { parseFast } from '../model/fast-accept.js';
import { didYouMean } from '../model/suggest.js';
import { allAccepted } from '../model/remember-valid.js';
import { assess, byUrgency, type Assessment } from './assess.js';
import { placesInside, wholeList, widerPlace } from './facts.js';

const ConditionsSchema = z.array(ConditionSchema).check(z.minLength(1, { error: 'Expected at least one condition to match against' }));

/** A validated profile and conditions, and the assessment of one against the other. */
export interface Checked {
  profile: SymptomProfile;
  conditions: readonly Condition[];
  assessment: Assessment;
}

/** Validates a profile and conditions (a bad one throws `RehabInputError`) and assesses one against the other. */
export function checkAndAssess(profile: unknown, conditions: unknown): Checked {
  const checkedProfile = parseFast(SymptomProfileSchema, profile, 'symptom profile');
  // Conditions the schema accepted before (the catalogue's, or an app's own from defineCondition) are frozen and need
  // no second look. The caller's own list is then used as it is: it is only read during this call, never returned.
  const checkedConditions = allAccepted(ConditionSchema, conditions) ? (conditions as readonly Condition[]) : parseInput(ConditionsSchema, conditions, 'conditions');
  const diagnosis = checkedProfile.diagnosedAs;
  if (diagnosis !== undefined && diagnosis !== 'other' && !checkedConditions.some((condition) => condition.id === diagnosis)) {
    const ids = checkedConditions.map((condition) => condition.id);
    const message = `Expected the id of a condition matched against, or "other" for one the library does not have, received ${JSON.stringify(diagnosis)}${didYouMean(diagnosis, ids, '"') || `; the ids are ${ids.map((id) => JSON.stringify(id)).join(', ')}`}`;
    throw new RehabInputError('symptom profile', [{ path: ['diagnosedAs'], message }]);
  }
  const conflicts = unsureConflicts(checkedProfile);
  if (conflicts.length > 0) throw new RehabInputError('symptom profile', conflicts);
  return { profile: checkedProfile, conditions: checkedConditions, assessment: assess(checkedProfile, checkedConditions) };
}

/**
 * A value the runner was not sure of (`unsure`) that the profile also answers: reports it, names it in `asked`, reports
 * a place inside it (which reports it too), or answers "no" to the wider place around it (which answers it too).
 */
export function unsureConflicts(profile: SymptomProfile): { path: (string | number)[]; message: string }[] {
  const conflicts: { path: (string | number)[]; message: string }[] = [];
  for (const [field, values] of Object.entries(profile.unsure ?? {}) as [keyof NonNullable<SymptomProfile['unsure']>, readonly string[] | undefined][]) {
    const list: readonly string[] = profile[field] ?? [];
    const askedOne: readonly string[] = profile.asked?.[field] ?? [];
    (values ?? []).forEach((value, index) => {
      const inside = field === 'locations' ? placesInside([value]).find((place) => list.includes(place)) : undefined;
      const wider = field === 'locations' ? widerPlace(field, value) : undefined;
      const where = list.includes(value)
        ? `reported in \`${field}\``
        : askedOne.includes(value)
          ? `answered in \`asked.${field}\``
          : inside !== undefined
            ? `answered by ${JSON.stringify(inside)}, a place inside it, in \`${field}\``
            : wider !== undefined && askedOne.includes(wider) && !list.includes(wider)
              ? `answered "no" by the "no" to ${JSON.stringify(wider)}, the place around it, in \`asked.${field}\``
              : wider !== undefined && profile[field] !== undefined && wholeList(list, profile.asked?.[field]) && !list.includes(wider)
                ? `answered "no" by the complete \`${field}\` list, which leaves out ${JSON.stringify(wider)}, the place around it`
                : undefined;
      if (where === undefined) return;
      conflicts.push({ path: ['unsure', field, index], message: `${JSON.stringify(value)} is both ${where} and "not sure": keep one answer` });
    });
  }
  return conflicts;
}

/**
 * Matches a profile against `conditions`: red flags first (reported or shown by the rest of the profile), then every
 * condition scored and ranked (score descending, ties by id). Referral is required when the profile has any red
 * flag, a diagnosis that refers (`diagnosedAs` refer-only, `other`, of another part of the leg or ruled out), or when a
 * refer-only condition is plausible. Both inputs are validated; a bad one throws `RehabInputError`.
 */
export function matchAgainst(profile: unknown, conditions: unknown): MatchResult {
  const { assessment } = checkAndAssess(profile, conditions);
  const reasons = byUrgency([...assessment.redFlags, ...(assessment.diagnosed?.kind === 'refer' ? [assessment.diagnosed.reason] : []), ...assessment.referOnly]);
  return { referral: { required: reasons.length > 0, reasons }, matches: assessment.matches };
}
