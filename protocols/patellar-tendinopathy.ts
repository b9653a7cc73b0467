/**
 * Patellar tendinopathy: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/patellar-tendinopathy
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Patellar tendinopathy as the condition matcher sees it: pain at the lower tip of the kneecap that rises with the
 * load on the knee extensors, above all jumping and landing.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/patellar-tendinopathy';
 *
 * condition.aliases;
 * //=> ["jumper's knee"]
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'patellar-tendinopathy',
  name: 'Patellar tendinopathy',
  aliases: ["jumper's knee"],
  summary: 'Pain at the lower tip of the kneecap, where the patellar tendon attaches, that rises with jumping, landing and other heavy loading of the knee.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'Patellar tendinopathy is felt at the front of the knee.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'locations', value: 'inferior-pole-patella', present: 'very-strong', absent: 'strongly-against', why: 'Pain localised to the lower tip of the kneecap is its hallmark.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'locations', value: 'anterior', present: 'weak', absent: 'neutral', why: 'It is one source of pain at the front of the knee.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'locations', value: 'lateral', present: 'against', absent: 'neutral', why: 'Pain on the outside of the knee is not where the tendon is.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'locations', value: 'joint-line', present: 'against', absent: 'neutral', why: 'Pain on the joint line points to the meniscus.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'aggravatedBy', value: 'jumping', present: 'strong', absent: 'neutral', why: 'Pain rises with activities that store and release energy in the tendon, such as jumping.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'aggravatedBy', value: 'hopping', present: 'moderate', absent: 'neutral', why: 'Hopping loads the tendon like jumping.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'aggravatedBy', value: 'squatting', present: 'weak', absent: 'neutral', why: 'Pain rises with the demand on the knee extensors, as in a deep squat.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'aggravatedBy', value: 'sprinting', present: 'weak', absent: 'neutral', why: 'Fast running loads the tendon more than easy running.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'signs', value: 'warms-up-with-activity', present: 'moderate', absent: 'neutral', why: 'Tendon pain often eases as the tendon warms up, then returns afterwards.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
    { field: 'signs', value: 'tender-to-touch', present: 'weak', absent: 'neutral', why: 'The tendon at the tip of the kneecap is tender, though tenderness alone is not specific.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'] } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'malliaras-2015',
      authors: ['Malliaras P', 'Cook J', 'Purdam C', 'Rio E'],
      year: 2015,
      title: 'Patellar Tendinopathy: Clinical Diagnosis, Load Management, and Advice for Challenging Case Presentations',
      publishedIn: 'J Orthop Sports Phys Ther 2015;45(11):887–898',
      doi: '10.2519/jospt.2015.5987',
    },
  ],
});
