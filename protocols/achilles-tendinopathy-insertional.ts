/**
 * Insertional Achilles tendinopathy: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/achilles-tendinopathy-insertional
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Insertional Achilles tendinopathy as the condition matcher sees it: pain where the Achilles tendon attaches to the
 * back of the heel bone, stiff after rest, sore in shoes that press on it.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/achilles-tendinopathy-insertional';
 *
 * condition.id;
 * //=> 'achilles-tendinopathy-insertional'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'achilles-tendinopathy-insertional',
  name: 'Achilles tendinopathy (insertional)',
  aliases: ['insertional Achilles tendinitis'],
  summary: 'Pain where the Achilles tendon attaches to the back of the heel bone, stiff after rest and aggravated by activity and by shoes that press on it.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'heel', present: 'strong', absent: 'neutral', why: 'The tendon attaches to the back of the heel.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'region', value: 'ankle', present: 'weak', absent: 'neutral', why: 'The pain can be described as at the back of the ankle.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'locations', value: 'achilles-insertion', present: 'very-strong', absent: 'strongly-against', why: 'Pain at the tendon’s attachment to the heel bone is its hallmark.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'locations', value: 'posterior', present: 'moderate', absent: 'neutral', why: 'The pain is at the back of the heel.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'locations', value: 'achilles-midportion', present: 'against', absent: 'neutral', why: 'Pain higher up the tendon points to midportion tendinopathy.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'locations', value: 'plantar-medial-heel', present: 'against', absent: 'neutral', why: 'Pain under the heel points to plantar heel pain.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'signs', value: 'morning-stiffness', present: 'moderate', absent: 'neutral', why: 'Stiffness after prolonged rest is typical.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'aggravatedBy', value: 'first-steps-after-rest', present: 'weak', absent: 'neutral', why: 'Stiffness is worst after rest.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
    { field: 'aggravatedBy', value: 'uphill-running', present: 'moderate', absent: 'neutral', why: 'Uphill running bends the ankle up and compresses the tendon at the heel.', evidence: { kind: 'library-default', reason: 'Follows from the compression mechanism; not graded by the cited review.' } },
    { field: 'aggravatedBy', value: 'stairs-ascent', present: 'weak', absent: 'neutral', why: 'Climbing stairs loads the tendon at the heel.', evidence: { kind: 'library-default', reason: 'Not graded by the cited review.' } },
    { field: 'trainingChange', value: 'new-shoes', present: 'weak', absent: 'neutral', why: 'Shoes that press on the back of the heel aggravate it.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'] } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'chimenti-2017',
      authors: ['Chimenti RL', 'Cychosz CC', 'Hall MM', 'Phisitkul P'],
      year: 2017,
      title: 'Current Concepts Review Update: Insertional Achilles Tendinopathy',
      publishedIn: 'Foot Ankle Int 2017;38(10):1160–1169',
      doi: '10.1177/1071100717723127',
    },
  ],
});
