import {
  parseInput,
  ProtocolSchema,
  type Condition,
  type ConditionMatch,
  type Plan,
  type Protocol,
  type ReferralReason,
  type Setting,
  type SymptomProfileInput,
  SettingSchema,
} from '../model/index.js';
import { chooseProtocol } from './choose-protocol.js';
import * as z from 'zod/mini';
import { matchAgainst } from '../match/match-conditions.js';
import { generatePlan } from '../plan/generate-plan.js';
import { GeneratePlanOptionsSchema, type GeneratePlanOptions } from '../plan/options.js';
import { conditions as catalogConditions, protocols as catalogProtocols } from '../../protocols/index.js';

/**
 * The least score for which {@link planForProfile} offers a plan: the profile must be more consistent with the best
 * match than not. A library default; below it, the answer is a referral.
 */
const PLAN_THRESHOLD = 0.5;

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
 * What {@link planForProfile} returns: a plan, or a referral. A union, so an app has to look at `kind` before it can
 * reach a plan.
 *
 * @example
 * ```ts
 * function show(result: PlanForProfileResult) {
 *   if (result.kind === 'referral') return result.reasons.map((reason) => reason.message);
 *   return result.plan.days;
 * }
 * ```
 */
export type PlanForProfileResult =
  | {
      /** A plan for the best-matching condition's protocol. */
      readonly kind: 'plan';
      /** The plan. */
      readonly plan: Plan;
      /** The best match, whose protocol the plan follows. */
      readonly match: ConditionMatch;
      /** Every match, highest score first. */
      readonly matches: readonly ConditionMatch[];
    }
  | {
      /** See a clinician: no plan. */
      readonly kind: 'referral';
      /** Why, red flags first. */
      readonly reasons: readonly ReferralReason[];
      /** Every match, highest score first, for the clinician's information. */
      readonly matches: readonly ConditionMatch[];
    };

/**
 * Matches a symptom profile, then either generates the plan of the best-matching condition's protocol, or says why
 * the runner should see a clinician instead. Never a plan when referral is required: a red flag, a refer-only best
 * match, no condition scoring at least 0.5 (more consistent than not), no protocol for the best match, or only
 * protocols that need a setting `settings` does not allow (`needs-supervision`, naming them).
 *
 * @param profile - What the runner reports; see `matchConditions`.
 * @param options - `startDate`, `goalDistance`, `unit`, `history`, `runner`, `spikeGuard` as for `generatePlan`;
 *   `conditions` and `protocols` to use instead of the library's; `settings` the runner allows (default `['home']`).
 * @returns `{ kind: 'plan', plan, match, matches }` or `{ kind: 'referral', reasons, matches }`.
 * @throws {@link RehabInputError} for an invalid profile, options, condition or protocol.
 *
 * @example
 * ```ts
 * import { planForProfile } from 'rehab-protocols';
 *
 * const result = planForProfile(
 *   { region: 'knee', locations: ['retropatellar'], aggravatedBy: ['stairs-descent', 'squatting'] },
 *   { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } },
 * );
 * if (result.kind === 'plan') console.log(result.plan.days.length);
 * //=> 14
 * ```
 */
export function planForProfile(profile: SymptomProfileInput, options: PlanForProfileOptions): PlanForProfileResult {
  const { conditions, protocols, settings, ...planOptions } = parseInput(OptionsSchema, options, 'planForProfile options');
  const checkedPlanOptions = parseInput(GeneratePlanOptionsSchema, planOptions, 'planForProfile options');
  const result = matchAgainst(profile, conditions ?? catalogConditions);
  const { matches } = result;
  if (result.referral.required) return { kind: 'referral', reasons: result.referral.reasons, matches };

  const match = matches[0];
  if (match === undefined || match.score < PLAN_THRESHOLD) {
    const message = 'No condition in this library fits what you describe clearly enough to offer a plan: see a clinician.';
    return { kind: 'referral', reasons: [{ kind: 'no-clear-match', message }], matches };
  }
  const candidates = protocols === undefined ? catalogProtocols : parseInput(ProtocolsSchema, protocols, 'protocols');
  const chosen = chooseProtocol(candidates, match, settings ?? ['home']);
  if (chosen.kind === 'referral') return { kind: 'referral', reasons: [chosen.reason], matches };
  return { kind: 'plan', plan: generatePlan(chosen.protocol, checkedPlanOptions), match, matches };
}

// The two lists are checked where they are used; here they only need to be arrays if given.
const OptionsSchema = z.looseObject({
  conditions: z.optional(z.array(z.unknown())),
  protocols: z.optional(z.array(z.unknown())),
  settings: z.optional(z.array(SettingSchema)),
});
const ProtocolsSchema = z.array(ProtocolSchema);
