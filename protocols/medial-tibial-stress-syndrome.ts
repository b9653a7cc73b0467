/**
 * Medial tibial stress syndrome: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/medial-tibial-stress-syndrome
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Medial tibial stress syndrome ("shin splints") as the condition matcher sees it: exercise-induced pain along the
 * inner border of the lower two-thirds of the shin, tender over a length of bone rather than at one spot.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/medial-tibial-stress-syndrome';
 *
 * condition.aliases;
 * //=> ['shin splints', 'MTSS']
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'medial-tibial-stress-syndrome',
  name: 'Medial tibial stress syndrome',
  aliases: ['shin splints', 'MTSS'],
  summary: 'Exercise-induced pain along the inner border of the lower two-thirds of the shin bone, tender over a stretch of bone rather than one spot.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'shin', present: 'very-strong', absent: 'rules-out', why: 'It is felt along the shin.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'locations', value: 'distal-medial-tibia', present: 'very-strong', absent: 'strongly-against', why: 'Pain along the inner border of the lower shin is its definition.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'locations', value: 'medial', present: 'weak', absent: 'neutral', why: 'The pain is on the inner side of the shin.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'locations', value: 'anterior-tibia', present: 'against', absent: 'neutral', why: 'Pain on the front of the shin is not where it is defined.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'aggravatedBy', value: 'running', present: 'moderate', absent: 'neutral', why: 'The pain is brought on by exercise such as running.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'signs', value: 'tender-to-touch', present: 'weak', absent: 'neutral', why: 'The inner border of the shin is tender over a length of bone.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'moderate', absent: 'neutral', why: 'It commonly follows a rise in running load.', evidence: { kind: 'library-default', reason: 'A load-related condition; no cited source grades training change.' } },
    { field: 'trainingChange', value: 'surface-change', present: 'weak', absent: 'neutral', why: 'A change of surface changes the load on the shin.', evidence: { kind: 'library-default', reason: 'A load-related condition; no cited source grades training change.' } },
    { field: 'side', value: 'both', present: 'moderate', absent: 'neutral', why: 'It often affects both legs.', evidence: { kind: 'library-default', reason: 'Commonly bilateral in clinical descriptions; not graded by the cited study.' } },
    { field: 'redFlags', value: 'focal-bone-tenderness', present: 'against', absent: 'neutral', why: 'Tenderness at one small spot of bone points to a bone stress injury instead.', evidence: { kind: 'cited', sourceIds: ['winters-2018'] } },
    { field: 'redFlags', value: 'night-pain', present: 'against', absent: 'neutral', why: 'Pain at night is not typical and points to a bone stress injury.', evidence: { kind: 'library-default', reason: 'Night pain is a red flag for bone stress injury; graded against here.' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'winters-2018',
      authors: ['Winters M', 'Bakker EWP', 'Moen MH', 'Barten CC', 'Teeuwen R', 'Weir A'],
      year: 2018,
      title: 'Medial tibial stress syndrome can be diagnosed reliably using history and physical examination',
      publishedIn: 'Br J Sports Med 2018;52(19):1267–1272',
      doi: '10.1136/bjsports-2016-097037',
    },
  ],
});
