import { bestFit } from '../match/assess.js';
import type { ConditionMatch, Protocol, ReferralReason, Setting } from '../model/index.js';

/**
 * The protocol `planForProfile` follows for `match`: the first of the condition's protocols whose setting the runner
 * allows. A referral when the condition has none (`no-protocol`) or only protocols needing a setting the runner did
 * not allow (`needs-supervision`, naming them, so that a clinician can supervise one). Its message names the condition
 * as a clinician's diagnosis when `diagnosed`, otherwise as what the runner's description fits best.
 */
export function chooseProtocol(
  candidates: readonly Protocol[],
  match: ConditionMatch,
  settings: readonly Setting[],
  diagnosed = false,
): { kind: 'protocol'; protocol: Protocol } | { kind: 'referral'; reason: ReferralReason } {
  const forCondition = candidates.filter((candidate) => candidate.condition.id === match.conditionId);
  const allowed = forCondition.find((candidate) => settings.includes(candidate.setting));
  if (allowed) return { kind: 'protocol', protocol: allowed };
  const { conditionId } = match;
  const [first, ...rest] = forCondition;
  const lead = diagnosed ? `Diagnosed by a clinician: ${match.name}.` : bestFit(match.name);
  if (first === undefined) {
    const message = `${lead} This library has no self-managed plan for it yet: see a clinician or physical therapist.`;
    return { kind: 'referral', reason: { kind: 'no-protocol', conditionId, message, urgency: 'routine' } };
  }
  const needs = [...new Set(forCondition.map((candidate) => candidate.setting))];
  const plans = forCondition.length === 1 ? 'Its plan' : 'Its plans';
  const chosen = settings.length === 0 ? 'no setting was given' : `only ${settings.join(' or ')} plans were asked for`;
  // What would give a plan: a setting the runner can use on their own (home, a gym) by allowing it; a supervised one by
  // a clinician setting it up.
  const own = needs.filter((setting) => setting !== 'supervised');
  const ways = [
    ...own.map((setting) => `choose ${setting} to get its ${setting} plan`),
    ...(needs.includes('supervised') ? [`a clinician or physical therapist could set ${own.length === 0 ? 'one up and supervise it' : 'up and supervise the supervised one'}`] : []),
  ];
  const message =
    `${lead} ${plans} (${forCondition.map((candidate) => candidate.name).join('; ')}) need${forCondition.length === 1 ? 's' : ''} a ${needs.join(' or ')} setting, ` +
    `and ${chosen}: ${ways.join(', or ')}.`;
  return { kind: 'referral', reason: { kind: 'needs-supervision', conditionId, protocolIds: [first.id, ...rest.map((candidate) => candidate.id)], message, urgency: 'routine' } };
}
