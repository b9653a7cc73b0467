/**
 * Iliotibial band syndrome: the condition, and a six-week hip abductor strengthening protocol (Fredericson 2000).
 *
 * @module rehab-protocols/protocols/iliotibial-band-syndrome
 */
import { catalogueCondition, catalogueProtocol, type Citation, type Condition, type Protocol } from '../src/model/index.js';
import { painMonitoredRunningExtension, silbernagel2007 } from './shared/pain-monitoring.js';

/** Cited by both the condition and the protocol below. */
const fredericson2000: Citation = {
  kind: 'publication',
  id: 'fredericson-2000',
  design: 'case-series',
  authors: ['Fredericson M', 'Cookingham CL', 'Chaudhari AM', 'Dowdell BC', 'Oestreicher N', 'Sahrmann SA'],
  year: 2000,
  title: 'Hip abductor weakness in distance runners with iliotibial band syndrome',
  publishedIn: 'Clin J Sport Med 2000;10(3):169–175',
  doi: '10.1097/00042752-200007000-00004',
};

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
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'iliotibial-band-syndrome',
  name: 'Iliotibial band syndrome',
  aliases: ['ITBS', 'IT band syndrome', 'iliotibial band friction syndrome'],
  summary: 'Pain on the outside of the knee, where the iliotibial band crosses the thigh bone, in distance runners.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'Iliotibial band syndrome is felt at the outside of the knee.', evidence: { kind: 'cited', sourceIds: ['baker-2016'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'locations', value: 'lateral', or: ['lateral-femoral-epicondyle'], present: 'very-strong', absent: 'strongly-against', why: 'Pain on the outside of the knee is its hallmark.', evidence: { kind: 'cited', sourceIds: ['baker-2016', 'fredericson-2000'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    {
      field: 'locations',
      value: 'lateral-femoral-epicondyle',
      present: 'moderate',
      absent: 'rules-out',
      why: 'It hurts, and is tender, where the band crosses the outside of the thigh bone, just above the knee joint.',
      evidence: {
        kind: 'cited',
        sourceIds: ['aderem-2015'],
        checked: 'full-text',
        checkedAt: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-015-0808-7/tables/6',
        note: "Read: Table 6 only, which scores the 13 studies the review included against diagnostic criteria for the syndrome; some required a clear place of the pain, and some a positive clinical test (Ober's, Noble's) or palpation. BMJ Best Practice (Iliotibial band syndrome, 2018, bestpractice.bmj.com/topics/en-us/587) lists sharp or burning pain superior to the lateral joint line and a positive Noble test among its key diagnostic factors. Rules-out is the library's grade, as is asking a runner to press there: outer-knee pain away from that spot is for a clinician to tell.",
      },
    },
    { field: 'locations', value: 'retropatellar', present: 'against', absent: 'neutral', why: 'Pain behind the kneecap points to the patellofemoral joint instead.', evidence: { kind: 'cited', sourceIds: ['baker-2016'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'locations', value: 'medial', present: 'against', absent: 'neutral', why: 'Pain on the inside of the knee is not where the band runs.', evidence: { kind: 'cited', sourceIds: ['baker-2016'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'locations', value: 'inferior-pole-patella', present: 'against', absent: 'neutral', why: 'Pain at the lower tip of the kneecap points to the patellar tendon.', evidence: { kind: 'cited', sourceIds: ['baker-2016'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'aggravatedBy', value: 'downhill-running', present: 'moderate', absent: 'neutral', why: 'Running downhill typically provokes it.', evidence: { kind: 'library-default', reason: 'Baker 2016’s abstract does not say it and only unnamed secondary clinical summaries do (a clinical review found); the grade is the library’s reading.' } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'It is a running injury.', evidence: { kind: 'cited', sourceIds: ['baker-2016', 'fredericson-2000'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'aggravatedBy', value: 'cycling', present: 'weak', absent: 'neutral', why: 'Repeated knee bending in cycling can provoke it too.', evidence: { kind: 'cited', sourceIds: ['baker-2016'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'moderate', absent: 'neutral', why: 'It is linked to rising weekly distance.', evidence: { kind: 'library-default', reason: 'Baker 2016’s abstract does not say it and only unnamed secondary clinical summaries do (a clinical review found); the grade is the library’s reading.' } },
    { field: 'trainingChange', value: 'hill-training', present: 'weak', absent: 'neutral', why: 'Downhill running in hill sessions can bring it on.', evidence: { kind: 'cited', sourceIds: ['baker-2016'], checked: 'secondary', checkedAt: 'https://www.aafp.org/pubs/afp/issues/2007/0715/p237/jcr:content/root/aafp-article-primary-content-container/aafp_article_main_par/aafp_tables_content0.print.html' } },
    { field: 'signs', value: 'pain-after-distance', or: ['pain-after-time'], present: 'weak', absent: 'neutral', why: 'Pain that comes on at a similar point in each run is typical.', evidence: { kind: 'library-default', reason: 'Baker 2016’s abstract does not say it and only unnamed secondary clinical summaries do (a clinical review found); the grade is the library’s reading.' } },
    { field: 'aggravatedBy', value: 'hills', present: 'weak', absent: 'neutral', why: 'Hill running can aggravate it.', evidence: { kind: 'library-default', reason: 'BMJ Best Practice (Iliotibial band syndrome, 2018) and an Am Fam Physician table (2007) list prolonged hill and downhill running as aggravating; read only in these secondary summaries, so kept weak.' } },
    { field: 'signs', value: 'radiates-up-thigh', present: 'weak', absent: 'neutral', why: 'The pain on the outside of the knee can spread up the outside of the thigh.', evidence: { kind: 'library-default', reason: 'BMJ Best Practice (Iliotibial band syndrome, 2018): "The pain may radiate proximally or distally"; a secondary summary, so kept weak.' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'baker-2016',
      design: 'narrative-review',
      authors: ['Baker RL', 'Fredericson M'],
      year: 2016,
      title: 'Iliotibial Band Syndrome in Runners: Biomechanical Implications and Exercise Interventions',
      publishedIn: 'Phys Med Rehabil Clin N Am 2016;27(1):53–77',
      doi: '10.1016/j.pmr.2015.08.001',
    },
    fredericson2000,
    {
      kind: 'publication',
      id: 'aderem-2015',
      design: 'systematic-review',
      authors: ['Aderem J', 'Louw QA'],
      year: 2015,
      title: 'Biomechanical risk factors associated with iliotibial band syndrome in runners: a systematic review',
      publishedIn: 'BMC Musculoskelet Disord 2015;16',
      doi: '10.1186/s12891-015-0808-7',
    },
  ],
});

const abductorDose = {
  sets: { min: 3, max: 3 },
  reps: { min: 15, max: 15 },
  perSide: true,
  load: { kind: 'bodyweight' as const },
  evidence: { kind: 'library-default' as const, reason: 'The source’s abstract describes six weeks of gluteus medius strengthening but not the dose; 3 × 15 each side, daily, is the library’s choice.' },
};

/**
 * Hip abductor strengthening for iliotibial band syndrome: six weeks focused on the gluteus medius, whose weakness the
 * source found on the painful side and followed through the runners' return to running (Fredericson 2000); running
 * continues as far as the pain-monitoring model allows. The exercise doses are library defaults: the source does
 * not give them in its abstract.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
 *
 * generatePlan(iliotibialBandSyndrome, { startDate: '2026-12-01' }).days.length;
 * //=> 42
 * ```
 */
export const iliotibialBandSyndrome: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'iliotibial-band-syndrome',
  name: 'Iliotibial band syndrome: six weeks of hip abductor strengthening',
  condition: { id: 'iliotibial-band-syndrome', name: 'Iliotibial band syndrome', aliases: ['ITBS'] },
  summary:
    'Six weeks of strengthening for the hip abductors, above all the gluteus medius, which were weaker on the painful ' +
    'side in runners with iliotibial band syndrome. Running continues as far as the pain-monitoring model allows.',
  guidance: ['Keep the pelvis level and the movement slow; the side of the hip should do the work.'],
  sources: [
    fredericson2000,
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'side-lying-hip-abduction',
      name: 'Side-lying hip abduction',
      instructions: ['Lie on your side, the bottom knee bent, the top leg straight and in line with your body.', 'Lift the top leg up and slightly back, then lower it slowly.'],
      cues: ['Keep the hips stacked: do not roll backwards.', 'Lead with the heel.'],
      equipment: ['mat'],
      laterality: 'unilateral',
    },
    {
      id: 'hip-hike',
      name: 'Hip hike (pelvic drop)',
      instructions: ['Stand sideways on a step on one leg, the other foot hanging free.', 'Let the free side of the pelvis drop, then lift it back up using the standing hip.'],
      cues: ['Both knees stay straight.', 'The movement comes from the hip of the standing leg.'],
      equipment: ['step'],
      laterality: 'unilateral',
    },
  ],
  setting: 'home',
  equipment: ['mat', 'step'],
  phases: [
    {
      id: 'strengthening',
      name: 'Weeks 1–6: hip abductor strengthening',
      days: { min: 1, max: 42 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        { exerciseId: 'side-lying-hip-abduction', dose: abductorDose },
        { exerciseId: 'hip-hike', dose: abductorDose },
      ],
      running: painMonitoredRunningExtension,
      evidence: { kind: 'cited', sourceIds: ['fredericson-2000'], checked: 'abstract', checkedAt: 'https://ru.scribd.com/document/379085006/Hip-Abductor-Weakness-in-Distance-Runners-with-Iliotibial-fredericson2000-pdf', note: 'A six-week programme; daily sessions are the library’s choice.' },
    },
  ],
  checkpoints: [
    {
      day: 42,
      assess: 'After six weeks, can you run without pain on the outside of the knee?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: { kind: 'cited', sourceIds: ['fredericson-2000'], checked: 'abstract', checkedAt: 'https://ru.scribd.com/document/379085006/Hip-Abductor-Weakness-in-Distance-Runners-with-Iliotibial-fredericson2000-pdf', note: 'The source’s programme lasted six weeks; referral when running still hurts then is the library’s rule.' },
    },
  ],
});
