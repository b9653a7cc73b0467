import {
  LIKELIHOOD_RATIO_GRADES,
  parseInput,
  ProtocolSchema,
  type Condition,
  type ConditionMatch,
  type Plan,
  type PlanFlag,
  type Protocol,
  type Question,
  type ReferralReason,
  type Setting,
  type SymptomProfile,
  type SymptomProfileInput,
  SettingSchema,
} from '../model/index.js';
import { chooseProtocol } from './choose-protocol.js';
import * as z from 'zod/mini';
import { checkAndAssess } from '../match/match-conditions.js';
import { hipPain } from '../match/red-flags.js';
import { byUrgency, CLEAR_MARGIN, hipUrgency, placedAway, PLAN_THRESHOLD, referralUrgency, screenQuestions, separatingFindings, type Assessment } from '../match/assess.js';
import { questionWords } from '../match/question-texts.js';
import { redSFlag } from '../match/red-s.js';
import { definingCheck, findingQuestions, hallmarkCheck, referOnlyQuestions, rivalHallmarkQuestions } from '../match/questions.js';
import { generatePlanForUnknownRunner } from '../plan/generate-plan.js';
import { GeneratePlanOptionsSchema, type GeneratePlanOptions } from '../plan/options.js';
import { conditions as catalogConditions, protocols as catalogProtocols } from '../../protocols/index.js';

/**
 * The options of {@link planForProfile}: those of `generatePlan`, and optionally the conditions and protocols to use
 * instead of the library's.
 *
 * @example
 * ```ts
 * const options: PlanForProfileOptions = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } };
 * ```
 */
export type PlanForProfileOptions = GeneratePlanOptions & {
  /** The conditions to match against; default: every condition in the library. */
  readonly conditions?: readonly Condition[];
  /** The protocols to choose from; default: every protocol in the library. */
  readonly protocols?: readonly Protocol[];
  /** Where the runner can do a protocol; default `['home']`. A condition's first protocol in an allowed setting is used. */
  readonly settings?: readonly Setting[];
};

/**
 * What {@link planForProfile} returns: a plan, a referral, or the questions still to ask. A union, so an app has to
 * look at `kind` before it can reach a plan.
 *
 * @example
 * ```ts
 * function show(result: PlanForProfileResult) {
 *   if (result.kind === 'referral') return result.reasons.map((reason) => reason.message);
 *   if (result.kind === 'questions') return result.questions.map((question) => question.text);
 *   return result.plan.days;
 * }
 * ```
 */
export type PlanForProfileResult =
  | {
      /** A plan for the best-matching condition's protocol, or the diagnosed condition's (`diagnosedAs`). */
      readonly kind: 'plan';
      /** The plan. */
      readonly plan: Plan;
      /** The condition whose protocol the plan follows: the best match, or the diagnosed condition (not always `matches[0]`). */
      readonly match: ConditionMatch;
      /** Every match, highest score first. */
      readonly matches: readonly ConditionMatch[];
    }
  | {
      /** Not yet: ask the runner these questions first, then call again with the answers. */
      readonly kind: 'questions';
      /** The questions, most useful first: red flags that must be ruled out, or findings that separate the best matches. */
      readonly questions: readonly Question[];
      /** Every match so far, highest score first. */
      readonly matches: readonly ConditionMatch[];
    }
  | {
      /** See a clinician: no plan. */
      readonly kind: 'referral';
      /** Why, most urgent first (see `REFERRAL_URGENCIES`), then red flags first. */
      readonly reasons: readonly ReferralReason[];
      /** Every match, highest score first, for the clinician's information. */
      readonly matches: readonly ConditionMatch[];
    };

/**
 * Matches a symptom profile, then gives the runner the right next step: a plan for the best match's protocol, a
 * referral to a clinician, or the questions still to ask. Safety comes first, in this order:
 *
 * 1. any red flag, reported or shown by the rest of the profile (groin pain with running, back pain with leg pain,
 *    a bone stress risk factor with bone pain, …), or one the runner was not sure of (`unsure`), or would show by an
 *    answer they were not sure of → `referral`;
 * 2. a diagnosis (`diagnosedAs`) of a refer-only condition, of one the library does not have (`other`), of another
 *    part of the leg, or of a condition the runner's answers rule out → `referral`;
 * 3. a red flag that matters here (for the region, a condition still in contention, or the diagnosed condition) not
 *    yet asked → `questions`, the red flags to ask;
 * 4. a refer-only condition (bone stress injury, meniscal injury) that is plausible — scoring at least 0.5, or within
 *    a factor of 5 of the best match's odds (scoring at least 0.5, when a clinician's diagnosis is given) — →
 *    `questions` that could rule it out, then `referral` if it stays plausible, even when it does not rank first;
 * 5. a diagnosis of a condition the library has a plan for → `questions` on what defines it (pain under the heel for
 *    plantar heel pain), unless already answered, then a `plan` of that condition's protocol, as below, whatever the
 *    best match, with a `diagnosed` flag: what the clinician advised comes first (`referral`, kind `diagnosis`, when the
 *    runner was not sure of what defines it);
 * 6. the best match scoring at least 0.5 and clearly ahead (odds at least 2.5 times the runner-up's), its hallmarks
 *    asked where "no" to them would leave no plan (otherwise → `questions`, those hallmarks; when the runner was not
 *    sure of them, the other contenders' hallmarks, then `referral`, `no-clear-match`) → a `plan` of
 *    its first protocol in a setting `settings` allows (or `referral`: `no-protocol` when the library has none,
 *    `needs-supervision`, naming them, when all need a setting not allowed); a runner who reported (or was not sure
 *    about) missed or irregular periods, low body weight or a previous bone stress injury gets the plan with a `red-s` flag first:
 *    see a doctor for an energy-availability assessment;
 * 7. otherwise the questions that best separate the best matches → `questions`; when no condition could still reach
 *    0.5, or no answer could change the decision → `referral` (`no-clear-match`).
 *
 * docs/matcher.md explains each threshold.
 *
 * @param profile - What the runner reports; see `matchConditions`. Fields left out were not asked.
 * @param options - `startDate`, `goalDistance`, `unit`, `history`, `runner`, `spikeGuard` as for `generatePlan`;
 *   `conditions` and `protocols` to use instead of the library's; `settings` the runner allows (default `['home']`).
 * @returns `{ kind: 'plan', plan, match, matches }`, `{ kind: 'questions', questions, matches }` or
 *   `{ kind: 'referral', reasons, matches }`.
 * @throws {@link RehabInputError} for an invalid profile (a `diagnosedAs` that is no condition's id nor `other` among them),
 *   options, condition or protocol.
 *
 * @example
 * ```ts
 * import { planForProfile } from 'rehab-protocols';
 *
 * const result = planForProfile(
 *   {
 *     region: 'knee',
 *     locations: ['anterior', 'retropatellar'],
 *     aggravatedBy: ['stairs-descent', 'squatting'],
 *     redFlags: [],
 *   },
 *   { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } },
 * );
 * if (result.kind === 'plan') console.log(result.plan.days.length);
 * //=> 14
 * ```
 */
export function planForProfile(profile: SymptomProfileInput, options: PlanForProfileOptions): PlanForProfileResult {
  const { conditions, protocols, settings, ...planOptions } = parseInput(OptionsSchema, options, 'planForProfile options');
  const checkedPlanOptions = parseInput(GeneratePlanOptionsSchema, planOptions, 'planForProfile options');
  const checked = checkAndAssess(profile, conditions ?? catalogConditions);
  const { assessment } = checked;
  const { matches } = assessment;
  const { diagnosed } = assessment;
  const diagnosedReferral = diagnosed?.kind === 'refer' ? [diagnosed.reason] : [];
  if (assessment.redFlags.length > 0) return { kind: 'referral', reasons: byUrgency([...assessment.redFlags, ...diagnosedReferral, ...assessment.referOnly]), matches };
  if (diagnosedReferral.length > 0) return { kind: 'referral', reasons: byUrgency([...diagnosedReferral, ...assessment.referOnly]), matches };

  if (assessment.unscreened.length > 0) return { kind: 'questions', questions: screenQuestions(assessment.unscreened, checked.profile, assessment.facts), matches };
  if (assessment.referOnly.length > 0) {
    const questions = referOnlyQuestions(checked.profile, checked.conditions, assessment);
    if (questions.length > 0) return { kind: 'questions', questions: questions.slice(0, 3), matches };
    return { kind: 'referral', reasons: assessment.referOnly, matches };
  }

  if (diagnosed?.kind === 'treat') {
    const { questions: defining, unsure: notSure } = definingCheck(checked.profile, checked.conditions, assessment);
    if (defining.length > 0) return { kind: 'questions', questions: defining.slice(0, 3), matches };
    if (notSure.length > 0) {
      const message = `Diagnosed by a clinician: ${diagnosed.match.name}. You were not sure of what defines it: ${notSure.map((question) => question.text).join(' ')} Ask the clinician who diagnosed it before following a plan for it.${hipUrgency(checked.profile, true)}`;
      return { kind: 'referral', reasons: [{ kind: 'diagnosis', conditionId: diagnosed.match.conditionId, message, urgency: referralUrgency(checked.profile) }], matches };
    }
    const flags = [diagnosedFlag(diagnosed.match), ...assessment.setAside.map((condition) => watchForFlag(condition, checked.profile))];
    return planFor(diagnosed.match, flags, checked.profile, protocols, settings, checkedPlanOptions, matches, true);
  }
  const match = matches[0];
  if (match === undefined || !assessment.clear) {
    const questions = findingQuestions(checked.profile, checked.conditions, assessment);
    if (questions.length > 0) return { kind: 'questions', questions: questions.slice(0, 3), matches };
    const why = [...tooClose(assessment, checked.conditions), ...ruledOut(matches, checked.conditions), ...notWhereItHurts(assessment, checked.conditions)];
    return { kind: 'referral', reasons: [{ kind: 'no-clear-match', message: [noClearMatch(checked.profile), ...why].join(' '), urgency: referralUrgency(checked.profile) }], matches };
  }
  // What defines the best match is confirmed before its plan, when "no" to it would leave no plan.
  const { questions: confirm, unsure: notSure } = hallmarkCheck(checked.profile, checked.conditions, assessment);
  if (confirm.length > 0) return { kind: 'questions', questions: confirm.slice(0, 3), matches };
  // A plan never rests on what the runner was not sure of: a clinician can check what decides it.
  if (notSure.length > 0) {
    const rivals = rivalHallmarkQuestions(checked.profile, checked.conditions, assessment);
    if (rivals.length > 0) return { kind: 'questions', questions: rivals.slice(0, 3), matches };
    const message = `${match.name} fits what you describe, but you were not sure of what decides it: ${notSure.map((question) => question.text).join(' ')} A clinician can check that: see one before following a plan for it.${hipUrgency(checked.profile)}`;
    return { kind: 'referral', reasons: [{ kind: 'no-clear-match', message, urgency: referralUrgency(checked.profile) }], matches };
  }
  const setAside = assessment.setAside.map((condition) => watchForFlag(condition, checked.profile));
  return planFor(match, setAside, checked.profile, protocols, settings, checkedPlanOptions, matches, false);
}

/**
 * The plan of `match`'s first protocol in an allowed setting, led by the RED-S flag and `flags`; or why there is none,
 * its message naming the condition as a clinician's diagnosis when `diagnosed`.
 */
function planFor(
  match: ConditionMatch,
  flags: readonly PlanFlag[],
  profile: SymptomProfile,
  protocols: readonly unknown[] | undefined,
  settings: readonly Setting[] | undefined,
  planOptions: GeneratePlanOptions,
  matches: readonly ConditionMatch[],
  diagnosed: boolean,
): PlanForProfileResult {
  const candidates = protocols === undefined ? catalogProtocols : parseInput(ProtocolsSchema, protocols, 'protocols');
  const chosen = chooseProtocol(candidates, match, settings ?? ['home'], diagnosed);
  if (chosen.kind === 'referral') return { kind: 'referral', reasons: [chosen.reason], matches };
  const redS = redSFlag(profile);
  const leading = [...(redS === undefined ? [] : [redS]), ...flags];
  return { kind: 'plan', plan: generatePlanForUnknownRunner(chosen.protocol, planOptions, leading), match, matches };
}

/** The `diagnosed` flag: the plan follows a clinician's diagnosis, and that clinician's advice comes first. */
function diagnosedFlag(match: ConditionMatch): PlanFlag {
  return {
    kind: 'diagnosed',
    message:
      `This plan follows what a clinician diagnosed: ${match.name}. What they advised comes first: if they prescribed treatment ` +
      '(physiotherapy, orthotics, time off running), follow it and show them this plan. See them again if the pain gets worse.',
  };
}

/** The hop test as a sign to watch for, without the instructions for answering it now. */
const WATCH_HOP = 'Does hopping on the sore leg give a sharp pain in the bone?';

/**
 * The `watch-for` flag of a refer-only condition set aside because the runner denied each of its signs: the signs in
 * the runner's words, and what to do if one appears. Denying them lowers the chance of that condition; it does not
 * exclude it, so the plan says what would bring it back.
 */
function watchForFlag(condition: Condition, profile: SymptomProfile): PlanFlag {
  // What could become "yes": not the runner's background (a stress fracture before is past, not a sign to watch for).
  const signs = separatingFindings(condition)
    .filter(({ field }) => field !== 'background')
    .map(({ field, value }) => (value === 'pain-on-hopping' ? WATCH_HOP : questionWords(field, value, profile)));
  return {
    kind: 'watch-for',
    message: `${condition.name} was set aside because you answered no to each of its signs. If the answer to any of these becomes yes, stop running and see a clinician: ${signs.join(' ')}`,
  };
}

/**
 * What a runner told "no clear match" should hear about a condition their answers excluded though everything else
 * fitted it well enough for a plan (shin splints without pain on pressing the bone), and better than what still fits:
 * what defines it, and why that matters. A condition that never fitted, that fitted less well than one that still
 * fits, or that is in another part of the body, is not mentioned.
 */
function ruledOut(matches: readonly ConditionMatch[], conditions: readonly Condition[]): string[] {
  const rulesOut = LIKELIHOOD_RATIO_GRADES['rules-out'];
  const fitting = matches.find((match) => !match.against.some((entry) => entry.likelihoodRatio === rulesOut));
  const bar = Math.max(PLAN_THRESHOLD, fitting?.score ?? 0);
  return matches.flatMap((match) => {
    const reason = match.against.find((entry) => entry.likelihoodRatio === rulesOut);
    if (reason === undefined || reason.field === 'region' || match.score - reason.scoreChange < bar) return [];
    const finding = conditions.find((condition) => condition.id === match.conditionId)?.findings.find((entry) => entry.field === reason.field && entry.value === reason.value);
    return finding === undefined ? [] : [`${match.name} does not fit your answers. ${finding.why}`];
  });
}

/**
 * The conditions that each fit well enough for a plan, none clearly ahead, when the runner's answers cannot tell them
 * apart (patellar tendinopathy and patellofemoral pain, for pain at the front of the knee just below the kneecap): a
 * clinician can. Refer-only conditions refer on their own; a condition the runner placed nowhere it is felt is told
 * apart by {@link notWhereItHurts}.
 */
function tooClose(assessment: Assessment, conditions: readonly Condition[]): string[] {
  const odds = (score: number) => score / (1 - score);
  const fitting = assessment.matches.filter((match) => match.score >= PLAN_THRESHOLD && !match.referOnly && !placedAway(conditions.find((entry) => entry.id === match.conditionId), assessment.facts));
  const lead = fitting[0];
  // Only those the runner's answers cannot tell from the leader: within the margin a plan needs.
  const alike = fitting.filter((match) => lead !== undefined && (match.score >= 1 || odds(match.score) * CLEAR_MARGIN >= odds(lead.score)));
  if (alike.length < 2) return [];
  return [`More than one condition fits what you describe, and your answers do not tell them apart (a clinician can): ${alike.map((match) => match.name).join('; ')}.`];
}

/** The best match, when it would be planned but for the runner's "no" to every place it is felt (see `placedAway`). */
function notWhereItHurts(assessment: Assessment, conditions: readonly Condition[]): string[] {
  const best = assessment.matches[0];
  const condition = conditions.find((entry) => entry.id === best?.conditionId);
  if (best === undefined || best.score < PLAN_THRESHOLD || !placedAway(condition, assessment.facts)) return [];
  return [`${best.name} fits much of what you describe, but not where it hurts: you said the pain is at none of the places it is felt.`];
}

function noClearMatch(profile: SymptomProfile): string {
  const base = 'No condition in this library fits what you describe clearly enough to offer a plan: see a clinician';
  if (hipPain(profile)) {
    return `${base} within days, and stop running until then: hip and groin pain in a runner can be a stress injury of the hip bone.`;
  }
  return `${base}. It is not urgent unless the pain is severe, getting worse, or stops you walking.`;
}

// The two lists are checked where they are used; here they only need to be arrays if given.
const OptionsSchema = z.looseObject({
  conditions: z.optional(z.array(z.unknown())),
  protocols: z.optional(z.array(z.unknown())),
  settings: z.optional(z.array(SettingSchema)),
});
const ProtocolsSchema = z.array(ProtocolSchema);
