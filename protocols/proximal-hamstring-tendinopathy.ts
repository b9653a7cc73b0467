/**
 * Proximal hamstring tendinopathy: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/proximal-hamstring-tendinopathy
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Proximal hamstring tendinopathy as the condition matcher sees it: deep buttock pain at the sitting bone, worse
 * when sitting and when running fast or uphill.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/proximal-hamstring-tendinopathy';
 *
 * condition.aliases;
 * //=> ['high hamstring tendinopathy']
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'proximal-hamstring-tendinopathy',
  name: 'Proximal hamstring tendinopathy',
  aliases: ['high hamstring tendinopathy'],
  summary: 'Deep buttock pain where the hamstring tendons attach to the sitting bone, worse with sitting and with fast or uphill running.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'thigh', present: 'strong', absent: 'neutral', why: 'The pain is at the top of the back of the thigh.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'region', value: 'hip', present: 'strong', absent: 'neutral', why: 'The pain is deep in the buttock.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'locations', value: 'ischial-tuberosity', present: 'very-strong', absent: 'strongly-against', why: 'Pain at the sitting bone, where the hamstrings attach, is its hallmark.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'locations', value: 'posterior', present: 'moderate', absent: 'neutral', why: 'The pain is at the back.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'aggravatedBy', value: 'prolonged-sitting', present: 'strong', absent: 'neutral', why: 'Sitting compresses the tendon and typically provokes it.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'aggravatedBy', value: 'sprinting', present: 'moderate', absent: 'neutral', why: 'Fast running loads the hamstring tendon heavily.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'aggravatedBy', value: 'uphill-running', present: 'moderate', absent: 'neutral', why: 'Uphill running flexes the hip under load.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'It is common in runners.', evidence: { kind: 'cited', sourceIds: ['goom-2016'] } },
    { field: 'onset', value: 'gradual', present: 'weak', absent: 'neutral', why: 'It usually develops gradually.', evidence: { kind: 'library-default', reason: 'A load-related tendinopathy; onset not graded by the cited review.' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'goom-2016',
      authors: ['Goom TSH', 'Malliaras P', 'Reiman MP', 'Purdam CR'],
      year: 2016,
      title: 'Proximal Hamstring Tendinopathy: Clinical Aspects of Assessment and Management',
      publishedIn: 'J Orthop Sports Phys Ther 2016;46(6):483–493',
      doi: '10.2519/jospt.2016.5986',
    },
  ],
});
