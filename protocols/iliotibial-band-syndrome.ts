/**
 * Iliotibial band syndrome: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/iliotibial-band-syndrome
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Iliotibial band syndrome as the condition matcher sees it: pain on the outside of the knee in runners, worse
 * downhill and as the distance of a run builds up.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
 *
 * condition.name;
 * //=> 'Iliotibial band syndrome'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'iliotibial-band-syndrome',
  name: 'Iliotibial band syndrome',
  aliases: ['ITBS', 'IT band syndrome', 'iliotibial band friction syndrome'],
  summary: 'Pain on the outside of the knee, where the iliotibial band crosses the thigh bone, in distance runners.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'Iliotibial band syndrome is felt at the outside of the knee.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'locations', value: 'lateral', present: 'very-strong', absent: 'strongly-against', why: 'Pain on the outside of the knee is its hallmark.', evidence: { kind: 'cited', sourceIds: ['baker-2016', 'fredericson-2000'] } },
    { field: 'locations', value: 'retropatellar', present: 'against', absent: 'neutral', why: 'Pain behind the kneecap points to the patellofemoral joint instead.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'locations', value: 'medial', present: 'against', absent: 'neutral', why: 'Pain on the inside of the knee is not where the band runs.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'locations', value: 'inferior-pole-patella', present: 'against', absent: 'neutral', why: 'Pain at the lower tip of the kneecap points to the patellar tendon.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'aggravatedBy', value: 'downhill-running', present: 'moderate', absent: 'neutral', why: 'Running downhill typically provokes it.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'It is a running injury.', evidence: { kind: 'cited', sourceIds: ['baker-2016', 'fredericson-2000'] } },
    { field: 'aggravatedBy', value: 'cycling', present: 'weak', absent: 'neutral', why: 'Repeated knee bending in cycling can provoke it too.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'moderate', absent: 'neutral', why: 'It is linked to rising weekly distance.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'trainingChange', value: 'hill-training', present: 'weak', absent: 'neutral', why: 'Downhill running in hill sessions can bring it on.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
    { field: 'signs', value: 'pain-after-distance', present: 'moderate', absent: 'neutral', why: 'Pain that comes on at a similar point in each run is typical.', evidence: { kind: 'cited', sourceIds: ['baker-2016'] } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'baker-2016',
      authors: ['Baker RL', 'Fredericson M'],
      year: 2016,
      title: 'Iliotibial Band Syndrome in Runners: Biomechanical Implications and Exercise Interventions',
      publishedIn: 'Phys Med Rehabil Clin N Am 2016;27(1):53–77',
      doi: '10.1016/j.pmr.2015.08.001',
    },
    {
      kind: 'publication',
      id: 'fredericson-2000',
      authors: ['Fredericson M', 'Cookingham CL', 'Chaudhari AM', 'Dowdell BC', 'Oestreicher N', 'Sahrmann SA'],
      year: 2000,
      title: 'Hip abductor weakness in distance runners with iliotibial band syndrome',
      publishedIn: 'Clin J Sport Med 2000;10(3):169–175',
      doi: '10.1097/00042752-200007000-00004',
    },
  ],
});
