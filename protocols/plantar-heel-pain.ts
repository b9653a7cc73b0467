/**
 * Plantar heel pain: the condition, and Rathleff's high-load heel-raise protocol (2015).
 *
 * @module rehab-protocols/protocols/plantar-heel-pain
 */
import { catalogueCondition, catalogueProtocol, type Condition, type Protocol } from '../src/model/index.js';
import { repetitionMaximumStep, type RepetitionMaximumProgramme } from './shared/load-steps.js';
import { painGatedStep, painMonitoredRunningExtension, silbernagel2007 } from './shared/pain-monitoring.js';

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
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'plantar-heel-pain',
  name: 'Plantar heel pain',
  aliases: ['plantar fasciitis', 'plantar fasciopathy'],
  summary: 'Pain under the inner heel, where the plantar fascia attaches, worst with the first steps after rest.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'heel', present: 'very-strong', absent: 'strongly-against', why: 'It is felt under the heel.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'region', value: 'foot', present: 'moderate', absent: 'neutral', why: 'Some describe heel pain as foot pain.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'locations', value: 'plantar-medial-heel', or: ['plantar-heel'], present: 'very-strong', absent: 'rules-out', why: 'Pain under the heel, usually towards the inner side, is how it is diagnosed; heel pain elsewhere (at the back of the heel, say) needs another explanation.', evidence: { kind: 'cited', sourceIds: ['martin-2014'], checked: 'secondary', checkedAt: 'https://www.guidelinecentral.com/guideline/8426/', note: 'Rules-out follows the guideline: it diagnoses from "plantar medial heel pain: most noticeable with initial steps after a period of inactivity" and asks clinicians to "assess for diagnostic classifications other than heel pain/plantar fasciitis" when the picture does not fit (as Guideline Central gives the 2014 revision; the 2023 revision, which updates it, was not read for this).' } },
    { field: 'aggravatedBy', value: 'first-steps-after-rest', present: 'very-strong', absent: 'against', why: 'Pain with the first steps in the morning or after sitting is typical.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'signs', value: 'morning-stiffness', present: 'moderate', absent: 'neutral', why: 'The first steps of the day are the worst.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'Running is a risk factor.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'locations', value: 'achilles-insertion', present: 'against', absent: 'neutral', why: 'Pain at the back of the heel points to the Achilles tendon.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'locations', value: 'posterior', present: 'against', absent: 'neutral', why: 'Pain at the back of the heel points to the Achilles tendon.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'locations', value: 'arch', present: 'weak', absent: 'neutral', why: 'The pain can extend along the arch, where the plantar fascia runs.', evidence: { kind: 'library-default', reason: 'The plantar fascia runs along the arch. A clinical review could not find, in the stored pages, the sentence earlier versions quoted here from BMJ Best Practice (citing the ACFAS 2018 consensus), so no quote is given: the grade is the library’s reading, kept weak.' } },
    { field: 'locations', value: 'top-of-foot', present: 'strongly-against', absent: 'neutral', why: 'Pain on the top of the foot is not the plantar fascia.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'aggravatedBy', value: 'prolonged-standing', present: 'moderate', absent: 'neutral', why: 'It is typically worse after standing or being on the feet for long.', evidence: { kind: 'library-default', reason: 'A clinical review could not find, in the stored pages, the sentence earlier versions quoted here from the 2008 JOSPT heel pain guideline (McPoil et al.), so no quote is given: pain after long standing is the library’s reading of the usual description, graded moderate.' } },
    { field: 'aggravatedBy', value: 'walking', present: 'weak', absent: 'neutral', why: 'Walking, especially the first steps, can provoke it.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
    { field: 'signs', value: 'burning', present: 'against', absent: 'neutral', why: 'Burning or tingling under the heel suggests a nerve rather than the plantar fascia.', evidence: { kind: 'library-default', reason: 'Burning pain is a nerve symptom (e.g. of the nerves around the heel); no source grades it against plantar heel pain, so it is only "against".' } },
    { field: 'region', value: 'foot', or: ['heel'], present: 'neutral', absent: 'rules-out', why: 'It is felt under the heel and foot; pain elsewhere is not the plantar fascia.', evidence: { kind: 'cited', sourceIds: ['koc-2023'], checked: 'secondary', checkedAt: 'https://jesse.tg/ngc-archive/summary/11093' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'koc-2023',
      design: 'clinical-practice-guideline',
      authors: ['Koc TA Jr', 'Bise CG', 'Neville C', 'Carreira D', 'Martin RL', 'McDonough CM'],
      year: 2023,
      title: 'Heel Pain – Plantar Fasciitis: Revision 2023',
      publishedIn: 'J Orthop Sports Phys Ther 2023;53(12):CPG1–CPG39',
      doi: '10.2519/jospt.2023.0303',
    },
    {
      kind: 'publication',
      id: 'martin-2014',
      design: 'clinical-practice-guideline',
      authors: ['Martin RL', 'Davenport TE', 'Reischl SF', 'McPoil TG', 'Matheson JW', 'Wukich DK', 'McDonough CM'],
      year: 2014,
      title: 'Heel Pain – Plantar Fasciitis: Revision 2014',
      publishedIn: 'J Orthop Sports Phys Ther 2014;44(11):A1–A33',
      doi: '10.2519/jospt.2014.0303',
    },
  ],
});

const rathleff = { kind: 'cited' as const, sourceIds: ['rathleff-2015'], checked: 'secondary' as const, checkedAt: 'https://www.goodfellowunit.org/gems/strengthening-exercise-better-stretching-plantar-fasciitis-after-3-months' };
const heelRaises: RepetitionMaximumProgramme = {
  exerciseIds: ['towel-heel-raise'],
  exerciseDays: { kind: 'every-other-day' },
  tempo: { concentricSeconds: 3, pauseSeconds: 2, eccentricSeconds: 3 },
  notes: 'On the painful foot. Add books to a backpack as you get stronger; if one leg is too hard at first, use both.',
  doseEvidence: rathleff,
  phaseEvidence: { ...rathleff, note: 'Every second day for 3 months; 12RM × 3, after 2 weeks 10RM × 4, after 4 weeks 8RM × 5.' },
  running: painMonitoredRunningExtension,
};



/**
 * High-load strength training for plantar heel pain (Rathleff 2015): single-leg heel raises with a towel under the
 * toes, every second day for 12 weeks, 3 seconds up, 2 seconds at the top, 3 seconds down; 3 × 12RM, then 4 × 10RM
 * from week 3, then 5 × 8RM from week 5.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { plantarHeelPain } from 'rehab-protocols/protocols/plantar-heel-pain';
 *
 * generatePlan(plantarHeelPain, { startDate: '2026-12-01' }).days.slice(0, 3).map((day) => day.exercises.length);
 * //=> [1, 0, 1]
 * ```
 */
export const plantarHeelPain: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'plantar-heel-pain',
  name: 'Plantar heel pain: high-load heel raises (Rathleff)',
  condition: { id: 'plantar-heel-pain', name: 'Plantar heel pain', aliases: ['plantar fasciitis'] },
  summary:
    'Twelve weeks of slow, heavy single-leg heel raises with a rolled towel under the toes, which stretches the plantar ' +
    'fascia under load, every second day, with the load rising as you get stronger. Running continues as far as the ' +
    'pain-monitoring model allows.',
  guidance: [
    'The towel under the toes matters: the toes should be bent fully up at the top of each raise.',
    'In the trial, both groups (heel raises and stretching) were also given shoe inserts: the heel raises were tested together with inserts, not alone. Ask a clinician about inserts.',
  ],
  sources: [
    {
      kind: 'publication',
      id: 'rathleff-2015',
      design: 'randomized-trial',
      authors: ['Rathleff MS', 'Mølgaard CM', 'Fredberg U', 'Kaalund S', 'Andersen KB', 'Jensen TT', 'Aaskov S', 'Olesen JL'],
      year: 2015,
      title: 'High-load strength training improves outcome in patients with plantar fasciitis: A randomized controlled trial with 12-month follow-up',
      publishedIn: 'Scand J Med Sci Sports 2015;25(3):e292–e300',
      doi: '10.1111/sms.12313',
    },
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'towel-heel-raise',
      name: 'Single-leg heel raise with a towel under the toes',
      aliases: ['Rathleff heel raise'],
      instructions: [
        'Stand on a step on the painful foot, a rolled towel under the toes so that they bend up.',
        'Rise onto the toes as high as you can over 3 seconds, hold 2 seconds, lower over 3 seconds.',
      ],
      cues: ['Toes bent fully up at the top.', 'Hold a rail or wall for balance only.'],
      equipment: ['step', 'towel', 'backpack for added weight'],
      laterality: 'unilateral',
    },
  ],
  setting: 'home',
  equipment: ['step', 'towel', 'backpack for added weight'],
  phases: [
    /* @__PURE__ */ repetitionMaximumStep(heelRaises, { id: 'weeks-1-2', name: 'Weeks 1–2: 3 × 12RM', days: { min: 1, max: 14 }, sets: 3, rm: 12 }),
    /* @__PURE__ */ repetitionMaximumStep(heelRaises, { id: 'weeks-3-4', name: 'Weeks 3–4: 4 × 10RM', days: { min: 15, max: 28 }, sets: 4, rm: 10 }),
    /* @__PURE__ */ repetitionMaximumStep(heelRaises, { id: 'weeks-5-12', name: 'Weeks 5–12: 5 × 8RM', days: { min: 29, max: 84 }, sets: 5, rm: 8 }),
  ],
  checkpoints: [
    /* @__PURE__ */ painGatedStep(14),
    /* @__PURE__ */ painGatedStep(28),
    {
      day: 84,
      assess: 'After 12 weeks, is the heel pain with the first steps of the day clearly less than at the start?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: { kind: 'cited', sourceIds: ['rathleff-2015'], checked: 'abstract', checkedAt: 'https://www.ncbi.nlm.nih.gov/pubmed/25145882', note: 'The source’s primary outcome was at 3 months; referral when not better then is the library’s rule.' },
    },
  ],
});
