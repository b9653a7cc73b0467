/**
 * Pes anserine pain: the condition. Its protocol comes in a later release.
 *
 * @module rehab-protocols/protocols/pes-anserine-pain
 */
import { defineCondition, type Condition } from '../src/model/index.js';

/**
 * Pes anserine pain as the condition matcher sees it: pain and tenderness on the inside of the knee, just below the
 * joint, where three tendons attach to the shin bone.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/pes-anserine-pain';
 *
 * condition.id;
 * //=> 'pes-anserine-pain'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ defineCondition({
  id: 'pes-anserine-pain',
  name: 'Pes anserine pain',
  aliases: ['pes anserine bursitis', 'anserine syndrome', 'pes anserinus tendino-bursitis'],
  summary: 'Pain and tenderness on the inside of the knee just below the joint, where the sartorius, gracilis and semitendinosus tendons attach.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'It is felt at the inside of the knee.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
    { field: 'locations', value: 'pes-anserine', present: 'very-strong', absent: 'strongly-against', why: 'Tenderness at the pes anserine insertion, below the inner joint line, is its hallmark.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
    { field: 'locations', value: 'medial', present: 'moderate', absent: 'against', why: 'The pain is on the inside of the knee.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
    { field: 'locations', value: 'retropatellar', present: 'against', absent: 'neutral', why: 'Pain behind the kneecap points to the patellofemoral joint.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
    { field: 'locations', value: 'joint-line', present: 'against', absent: 'neutral', why: 'Pain on the joint line itself points to the meniscus.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
    { field: 'aggravatedBy', value: 'stairs-ascent', present: 'moderate', absent: 'neutral', why: 'Climbing stairs commonly provokes it.', evidence: { kind: 'library-default', reason: 'Commonly described in clinical overviews; not graded by the cited review.' } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'It has been reported in long-distance runners.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
    { field: 'signs', value: 'tender-to-touch', present: 'moderate', absent: 'neutral', why: 'The spot below the inner joint line is tender to press.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'] } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'helfenstein-2010',
      authors: ['Helfenstein M Jr', 'Kuromoto J'],
      year: 2010,
      title: 'Anserine syndrome (A síndrome anserina)',
      publishedIn: 'Rev Bras Reumatol 2010;50(3)',
      url: 'http://repositorio.unifesp.br/handle/11600/5768',
    },
  ],
});
