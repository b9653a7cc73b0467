/**
 * Tibial bone stress injury: a refer-only condition. It has no self-managed protocol in this library.
 *
 * @module rehab-protocols/protocols/tibial-bone-stress-injury
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Tibial bone stress injury as the condition matcher sees it: localised bone pain and tenderness at one spot of the
 * shin, pain on hopping, pain that persists at rest or at night. Refer-only: running on it can lead to a fracture.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/tibial-bone-stress-injury';
 *
 * condition.referOnly;
 * //=> true
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'tibial-bone-stress-injury',
  name: 'Tibial bone stress injury',
  aliases: ['tibial stress fracture', 'stress reaction'],
  summary: 'Bone that cannot keep up with repeated loading: localised pain and tenderness at one spot of the shin bone, from stress reaction to stress fracture.',
  referOnly: true,
  referral: 'A possible bone stress injury needs a clinician, and usually imaging: running on it can turn a stress reaction into a fracture.',
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'shin', present: 'very-strong', absent: 'rules-out', why: 'The tibia is the shin bone.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'redFlags', value: 'focal-bone-tenderness', present: 'very-strong', absent: 'against', why: 'Localised bone tenderness is its defining sign.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'redFlags', value: 'pain-on-hopping', present: 'strong', absent: 'against', why: 'Pain on hopping on the leg is a typical provocation.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'redFlags', value: 'night-pain', present: 'moderate', absent: 'neutral', why: 'Pain at night suggests bone rather than soft tissue.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'redFlags', value: 'rest-pain', present: 'moderate', absent: 'neutral', why: 'Pain that persists at rest suggests a more advanced bone stress injury.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'locations', value: 'anterior-tibia', present: 'moderate', absent: 'neutral', why: 'Bone stress injuries also occur on the front of the shin, where they heal less readily.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'locations', value: 'distal-medial-tibia', present: 'weak', absent: 'neutral', why: 'The inner lower shin is a common site.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'moderate', absent: 'neutral', why: 'A rise in training load is the usual cause.', evidence: { kind: 'cited', sourceIds: ['warden-2014'] } },
    { field: 'painFreeDuring', value: 'walking', present: 'against', absent: 'neutral', why: 'A bone stress injury often hurts even when walking.', evidence: { kind: 'library-default', reason: 'Walking pain is common with bone stress injury; no source grades its absence.' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'warden-2014',
      authors: ['Warden SJ', 'Davis IS', 'Fredericson M'],
      year: 2014,
      title: 'Management and prevention of bone stress injuries in long-distance runners',
      publishedIn: 'J Orthop Sports Phys Ther 2014;44(10):749–765',
      doi: '10.2519/jospt.2014.5334',
    },
  ],
});
