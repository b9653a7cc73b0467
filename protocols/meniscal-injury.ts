/**
 * Meniscal injury: a refer-only condition. It has no self-managed protocol in this library.
 *
 * @module rehab-protocols/protocols/meniscal-injury
 */
import { catalogueCondition, type Condition } from '../src/model/index.js';

/**
 * Meniscal injury as the condition matcher sees it: pain on the joint line, often after a twist, with catching,
 * locking or swelling. Refer-only: a clinician should examine it before any exercise plan.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/meniscal-injury';
 *
 * condition.referOnly;
 * //=> true
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'meniscal-injury',
  name: 'Meniscal injury',
  aliases: ['meniscus tear', 'torn cartilage'],
  summary: 'A tear of one of the two cartilage discs in the knee joint: pain on the joint line, often after a twist, sometimes with locking or swelling.',
  referOnly: true,
  referral: 'A possible meniscal injury needs a clinician to examine the knee, and sometimes a scan, before you start any exercise plan.',
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'The menisci are inside the knee joint.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bestpractice.bmj.com/topics/en-gb/826', note: 'The guideline text was not read; a clinical summary (BMJ Best Practice) lists knee pain, swelling, buckling or catching, and a twisting injury.' } },
    { field: 'locations', value: 'joint-line', present: 'moderate', absent: 'against', why: 'Pain on the joint line is common with a meniscal tear, though where a runner feels it is only a rough guide.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bibliotheek.ehb.be:2636/highwire/markup/141204/expansion?height=500&iframe=true&width=1000' } },
    { field: 'aggravatedBy', value: 'twisting', present: 'strong', absent: 'neutral', why: 'Twisting on a bent knee while it takes your weight is the usual way a meniscus is injured.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bestpractice.bmj.com/topics/en-gb/826', note: 'The guideline text was not read; a clinical summary (BMJ Best Practice) lists knee pain, swelling, buckling or catching, and a twisting injury.' } },
    { field: 'aggravatedBy', value: 'squatting', present: 'weak', absent: 'neutral', why: 'Deep knee bending can provoke meniscal pain.', evidence: { kind: 'library-default', reason: 'Not checked against Logerstedt 2018’s text (a clinical review verified only its citation); the grade is the library’s reading.' } },
    { field: 'onset', value: 'sudden', present: 'moderate', absent: 'neutral', why: 'It often starts with a specific twisting injury.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bestpractice.bmj.com/topics/en-gb/826', note: 'The guideline text was not read; a clinical summary (BMJ Best Practice) lists knee pain, swelling, buckling or catching, and a twisting injury.' } },
    { field: 'redFlags', value: 'locking', present: 'strong', absent: 'neutral', why: 'Catching or locking of the knee is a mechanical symptom typical of a meniscal tear.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bestpractice.bmj.com/topics/en-gb/826', note: 'The guideline text was not read; a clinical summary (BMJ Best Practice) lists knee pain, swelling, buckling or catching, and a twisting injury.' } },
    { field: 'redFlags', value: 'giving-way', present: 'moderate', absent: 'neutral', why: 'The knee giving way can go with a meniscal tear.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bestpractice.bmj.com/topics/en-gb/826', note: 'The guideline text was not read; a clinical summary (BMJ Best Practice) lists knee pain, swelling, buckling or catching, and a twisting injury.' } },
    { field: 'redFlags', value: 'swelling', present: 'moderate', absent: 'neutral', why: 'Swelling of the joint after the injury is common.', evidence: { kind: 'cited', sourceIds: ['logerstedt-2018'], checked: 'secondary', checkedAt: 'https://bestpractice.bmj.com/topics/en-gb/826', note: 'The guideline text was not read; a clinical summary (BMJ Best Practice) lists knee pain, swelling, buckling or catching, and a twisting injury.' } },
    { field: 'locations', value: 'retropatellar', present: 'against', absent: 'neutral', why: 'Pain behind the kneecap points to the patellofemoral joint.', evidence: { kind: 'library-default', reason: 'Not checked against Logerstedt 2018’s text (a clinical review verified only its citation); the grade is the library’s reading.' } },
    { field: 'locations', value: 'deep', present: 'weak', absent: 'neutral', why: 'Pain felt deep inside the joint can come from the meniscus.', evidence: { kind: 'library-default', reason: 'A clinical review found runners say "inside the knee" meaning inside the joint; no source grades it, so it is kept weak.' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'logerstedt-2018',
      design: 'clinical-practice-guideline',
      authors: ['Logerstedt DS', 'Scalzitti DA', 'Bennell KL', 'Hinman RS', 'Silvers-Granelli H', 'Ebert J', 'Hambly K', 'Carey JL', 'Snyder-Mackler L', 'Axe MJ', 'McDonough CM'],
      year: 2018,
      title: 'Knee Pain and Mobility Impairments: Meniscal and Articular Cartilage Lesions Revision 2018',
      publishedIn: 'J Orthop Sports Phys Ther 2018;48(2):A1–A50',
      doi: '10.2519/jospt.2018.0301',
    },
  ],
});
