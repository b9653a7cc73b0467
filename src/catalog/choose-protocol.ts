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
  const one = forCondition.length === 1;
  // Where each setting's plan is done, in the runner's words (the setting ids are the app's); a supervised plan's loads
  // are for a clinician to set up and teach.
  const where = (setting: string) => (setting === 'supervised' ? 'with a clinician' : setting === 'gym' ? 'in a gym' : `at ${setting}`);
  const what = (setting: string) => (setting === 'supervised' ? 'for a clinician to set up and supervise' : setting === 'gym' ? 'for a gym' : `for ${setting}`);
  const chosen = settings.length === 0 ? 'no place to exercise was chosen' : `only plans done ${settings.map(where).join(' or ')} were asked for`;
  // What would give a plan: a setting the runner can use on their own (home, a gym) by allowing it; a supervised one by
  // a clinician setting it up.
  const own = needs.filter((setting) => setting !== 'supervised');
  const ways = [
    ...own.map((setting) => `allowing plans done ${where(setting)} would give its ${setting} plan`),
    ...(needs.includes('supervised') ? [`a clinician or physical therapist could set ${own.length === 0 ? (one ? 'it up and supervise it' : 'one up and supervise it') : 'up and supervise the supervised one'}`] : []),
  ];
  const message =
    `${lead} ${one ? 'Its plan' : 'Its plans'} (${forCondition.map((candidate) => candidate.name).join('; ')}) ${one ? 'is' : 'are'} ${needs.map(what).join(' or ')}, ` +
    `and ${chosen}: ${ways.join(', or ')}.`;
  return { kind: 'referral', reason: { kind: 'needs-supervision', conditionId, protocolIds: [first.id, ...rest.map((candidate) => candidate.id)], message, urgency: 'routine' } };
}
