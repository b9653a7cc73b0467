/**
 * Midportion Achilles tendinopathy: the condition. Its protocols come in a later release.
 *
 * @module rehab-protocols/protocols/achilles-tendinopathy-midportion
 */
import { catalogueCondition, type Condition } from '../src/model/index.js';

/**
 * Midportion Achilles tendinopathy as the condition matcher sees it: pain and stiffness in the Achilles tendon a few
 * centimetres above the heel, worst in the morning, easing as the tendon warms up.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/achilles-tendinopathy-midportion';
 *
 * condition.name;
 * //=> 'Achilles tendinopathy (midportion)'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'achilles-tendinopathy-midportion',
  name: 'Achilles tendinopathy (midportion)',
  aliases: ['Achilles tendinitis', 'midportion Achilles tendinopathy'],
  summary: 'Pain, stiffness and swelling of the Achilles tendon above the heel, worst in the morning and at the start of a run.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'ankle', present: 'strong', absent: 'neutral', why: 'The midportion of the tendon lies at the back of the ankle.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'region', value: 'calf', present: 'moderate', absent: 'neutral', why: 'The pain can be felt at the lower calf, where the tendon begins.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'locations', value: 'achilles-midportion', present: 'very-strong', absent: 'rules-out', why: 'Pain in the Achilles tendon itself, a few centimetres above the heel, is its hallmark.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://www.scribd.com/document/629806910/alfredson-achilles' } },
    { field: 'locations', value: 'achilles', present: 'moderate', absent: 'neutral', why: 'Runners often just say "my Achilles"; where on the tendon (a few centimetres above the heel, or where it meets the heel bone) is asked before a plan.', evidence: { kind: 'library-default', reason: 'A clinical review found runners say "my Achilles" without telling the midportion from the insertion, and that the two take different plans: the plain word supports both moderately, and the matcher asks where on the tendon it hurts.' } },
    { field: 'locations', value: 'posterior', present: 'moderate', absent: 'neutral', why: 'The tendon is at the back of the leg.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'locations', value: 'achilles-insertion', present: 'against', absent: 'neutral', why: 'Pain where the tendon meets the heel bone points to insertional tendinopathy.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'signs', value: 'morning-stiffness', present: 'strong', absent: 'neutral', why: 'Stiffness of the tendon in the morning is typical.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'signs', value: 'warms-up-with-activity', present: 'moderate', absent: 'neutral', why: 'Tendon pain often eases once warmed up.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'aggravatedBy', value: 'running', present: 'moderate', absent: 'neutral', why: 'Running loads the tendon.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'aggravatedBy', value: 'uphill-running', present: 'weak', absent: 'neutral', why: 'Uphill running stretches and loads the tendon further.', evidence: { kind: 'library-default', reason: 'Not graded by the cited guideline.' } },
    { field: 'aggravatedBy', value: 'hopping', present: 'weak', absent: 'neutral', why: 'Hopping loads the tendon like a spring.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'weak', absent: 'neutral', why: 'A rise in running load often comes before it.', evidence: { kind: 'library-default', reason: 'A load-related condition; not graded by the cited guideline.' } },
    { field: 'region', value: 'heel', present: 'weak', absent: 'neutral', why: 'Runners often call the back of the heel and ankle "the heel".', evidence: { kind: 'library-default', reason: 'A clinical review found runners and clinicians say "heel" or "Achilles" for this pain; no source grades it, so it is kept weak.' } },
    { field: 'signs', value: 'tightness', present: 'weak', absent: 'neutral', why: 'The tendon often feels tight or stiff.', evidence: { kind: 'library-default', reason: 'Stiffness is part of the guideline\'s picture (morning stiffness); "tight" is the runner\'s word for it, not graded by a source, so it is kept weak.' } },
    { field: 'region', value: 'ankle', or: ['heel', 'calf'], present: 'neutral', absent: 'rules-out', why: 'It is felt at the back of the ankle, the heel or the lower calf; pain elsewhere is not the Achilles tendon.', evidence: { kind: 'cited', sourceIds: ['martin-2018'], checked: 'secondary', checkedAt: 'https://runsense.ai/articles/achilles-tendinopathy.html' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'martin-2018',
      design: 'clinical-practice-guideline',
      authors: ['Martin RL', 'Chimenti R', 'Cuddeford T', 'Houck J', 'Matheson JW', 'McDonough CM', 'Paulseth S', 'Wukich DK', 'Carcia CR'],
      year: 2018,
      title: 'Achilles Pain, Stiffness, and Muscle Power Deficits: Midportion Achilles Tendinopathy Revision 2018',
      publishedIn: 'J Orthop Sports Phys Ther 2018;48(5):A1–A38',
      doi: '10.2519/jospt.2018.0302',
    },
  ],
});
