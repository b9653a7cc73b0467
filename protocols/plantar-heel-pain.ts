/**
 * Plantar heel pain: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/plantar-heel-pain
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Plantar heel pain as the condition matcher sees it: pain under the inner heel, worst with the first steps in the
 * morning or after sitting.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/plantar-heel-pain';
 *
 * condition.aliases;
 * //=> ['plantar fasciitis', 'plantar fasciopathy']
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'plantar-heel-pain',
  name: 'Plantar heel pain',
  aliases: ['plantar fasciitis', 'plantar fasciopathy'],
  summary: 'Pain under the inner heel, where the plantar fascia attaches, worst with the first steps after rest.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'heel', present: 'very-strong', absent: 'strongly-against', why: 'It is felt under the heel.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'region', value: 'foot', present: 'moderate', absent: 'neutral', why: 'Some describe heel pain as foot pain.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'locations', value: 'plantar-medial-heel', present: 'very-strong', absent: 'strongly-against', why: 'Pain under the inner heel is its hallmark.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'aggravatedBy', value: 'first-steps-after-rest', present: 'very-strong', absent: 'against', why: 'Pain with the first steps in the morning or after sitting is typical.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'signs', value: 'morning-stiffness', present: 'moderate', absent: 'neutral', why: 'The first steps of the day are the worst.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'Running is a risk factor.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'locations', value: 'achilles-insertion', present: 'against', absent: 'neutral', why: 'Pain at the back of the heel points to the Achilles tendon.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
    { field: 'locations', value: 'posterior', present: 'against', absent: 'neutral', why: 'Pain at the back of the heel points to the Achilles tendon.', evidence: { kind: 'cited', sourceIds: ['koc-2023'] } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'koc-2023',
      authors: ['Koc TA Jr', 'Bise CG', 'Neville C', 'Carreira D', 'Martin RL', 'McDonough CM'],
      year: 2023,
      title: 'Heel Pain – Plantar Fasciitis: Revision 2023',
      publishedIn: 'J Orthop Sports Phys Ther 2023;53(12):CPG1–CPG39',
      doi: '10.2519/jospt.2023.0303',
    },
  ],
});
