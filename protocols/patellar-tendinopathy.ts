/**
 * Patellar tendinopathy: the condition, and a protocol of isometric holds for pain followed by heavy slow
 * resistance training (Rio 2015; Kongsgaard 2009).
 *
 * @module rehab-protocols/protocols/patellar-tendinopathy
 */
import { catalogueCondition, catalogueProtocol, type Condition, type Protocol } from '../src/model/index.js';
import { repetitionMaximumStep, type RepetitionMaximumProgramme } from './shared/load-steps.js';
import { painGatedStep, painMonitoredRunningExtension, silbernagel2007 } from './shared/pain-monitoring.js';

/**
 * Patellar tendinopathy as the condition matcher sees it: pain at the lower tip of the kneecap that rises with the
 * load on the knee extensors, above all jumping and landing.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/patellar-tendinopathy';
 *
 * condition.aliases;
 * //=> ["jumper's knee"]
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'patellar-tendinopathy',
  name: 'Patellar tendinopathy',
  aliases: ["jumper's knee"],
  summary: 'Pain at the lower tip of the kneecap, where the patellar tendon attaches, that rises with jumping, landing and other heavy loading of the knee.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'Patellar tendinopathy is felt at the front of the knee.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'locations', value: 'inferior-pole-patella', present: 'strong', absent: 'strongly-against', why: 'Pain localised to the lower tip of the kneecap is its hallmark.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'locations', value: 'anterior', present: 'weak', absent: 'neutral', why: 'It is one source of pain at the front of the knee.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'locations', value: 'lateral', present: 'against', absent: 'neutral', why: 'Pain on the outside of the knee is not where the tendon is.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'locations', value: 'joint-line', present: 'against', absent: 'neutral', why: 'Pain on the joint line points to the meniscus.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'aggravatedBy', value: 'jumping', present: 'strong', absent: 'neutral', why: 'Pain rises with activities that store and release energy in the tendon, such as jumping.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'aggravatedBy', value: 'hopping', present: 'moderate', absent: 'neutral', why: 'Hopping loads the tendon like jumping.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'aggravatedBy', value: 'squatting', present: 'weak', absent: 'neutral', why: 'Pain rises with the demand on the knee extensors, as in a deep squat.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'aggravatedBy', value: 'sprinting', present: 'weak', absent: 'neutral', why: 'Fast running loads the tendon more than easy running.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'signs', value: 'warms-up-with-activity', present: 'moderate', absent: 'neutral', why: 'Tendon pain often eases as the tendon warms up, then returns afterwards.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
    { field: 'signs', value: 'tender-to-touch', present: 'weak', absent: 'neutral', why: 'The tendon at the tip of the kneecap is tender, though tenderness alone is not specific.', evidence: { kind: 'cited', sourceIds: ['malliaras-2015'], checked: 'full-text', checkedAt: 'https://id.scribd.com/document/379578185/Patellar-Tendinopathy-Clinical-Diagnosis-Load-Management-And-Advice-for-Challenging-Case-Presentations' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'malliaras-2015',
      design: 'narrative-review',
      authors: ['Malliaras P', 'Cook J', 'Purdam C', 'Rio E'],
      year: 2015,
      title: 'Patellar Tendinopathy: Clinical Diagnosis, Load Management, and Advice for Challenging Case Presentations',
      publishedIn: 'J Orthop Sports Phys Ther 2015;45(11):887–898',
      doi: '10.2519/jospt.2015.5987',
    },
  ],
});

const kongsgaard = { kind: 'cited' as const, sourceIds: ['kongsgaard-2009'], checked: 'secondary' as const, checkedAt: 'https://drexelmedicine.org/patient-services/sports-medicine/more-about-sports-medicine/heavy-slow-resistance-training-for-patellar-tendinopathy/' };
const heavySlowResistance: RepetitionMaximumProgramme = {
  exerciseIds: ['squat', 'leg-press', 'hack-squat'],
  exerciseDays: { kind: 'days-per-week', days: 3 },
  tempo: { concentricSeconds: 3, eccentricSeconds: 3 },
  restSeconds: { min: 120, max: 180 },
  doseEvidence: kongsgaard,
  phaseEvidence: { ...kongsgaard, note: 'Three sessions a week for 12 weeks, load steps by week as in the source; here from week 2.' },
  running: painMonitoredRunningExtension,
};



/**
 * Patellar tendinopathy: a week of isometric holds to settle pain (5 × 45 s at 70 % of maximal contraction: the
 * library's dose, since no stored source gives one; Rio 2015 showed one bout relieves pain),
 * then 12 weeks of heavy slow resistance (Kongsgaard 2009): squat, leg press and hack squat, 4 sets, 3 times a week,
 * 3 seconds down and 3 up, the load rising from 15RM to 6RM.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { patellarTendinopathy } from 'rehab-protocols/protocols/patellar-tendinopathy';
 *
 * generatePlan(patellarTendinopathy, { startDate: '2026-12-01' }).days.length;
 * //=> 91
 * ```
 */
export const patellarTendinopathy: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'patellar-tendinopathy',
  name: 'Patellar tendinopathy: isometric holds, then heavy slow resistance',
  condition: { id: 'patellar-tendinopathy', name: 'Patellar tendinopathy', aliases: ["jumper's knee"] },
  summary:
    'A first week of heavy isometric holds, which relieve tendon pain for a while after each bout, then twelve weeks of ' +
    'slow, heavy squats and presses three times a week with the load rising step by step. Running continues as far as ' +
    'the pain-monitoring model allows.',
  guidance: ['Move slowly: three seconds down, three seconds up.', 'Discomfort is acceptable; pain that is worse the next morning means a lighter load.'],
  sources: [
    {
      kind: 'publication',
      id: 'rio-2015',
      design: 'randomized-trial',
      authors: ['Rio E', 'Kidgell D', 'Purdam C', 'Gaida J', 'Moseley GL', 'Pearce AJ', 'Cook J'],
      year: 2015,
      title: 'Isometric exercise induces analgesia and reduces inhibition in patellar tendinopathy',
      publishedIn: 'Br J Sports Med 2015;49(19):1277–1283',
      doi: '10.1136/bjsports-2014-094386',
    },
    {
      kind: 'publication',
      id: 'kongsgaard-2009',
      design: 'randomized-trial',
      authors: ['Kongsgaard M', 'et al.'],
      year: 2009,
      title: 'Corticosteroid injections, eccentric decline squat training and heavy slow resistance training in patellar tendinopathy',
      publishedIn: 'Scand J Med Sci Sports 2009;19(6):790–802',
      doi: '10.1111/j.1600-0838.2009.00949.x',
    },
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'isometric-leg-extension',
      name: 'Isometric leg extension hold',
      instructions: ['Sit in a leg extension machine with a heavy load.', 'Push against the pad and hold the knee still, without moving it, for the whole hold.'],
      cues: ['A strong, steady push: about 70 % of your hardest effort.'],
      equipment: ['leg extension machine'],
      laterality: 'either',
    },
    {
      id: 'squat',
      name: 'Squat',
      instructions: ['Stand with a barbell across the upper back, feet shoulder-width apart.', 'Bend the knees and hips slowly, then stand up slowly.'],
      cues: ['Three seconds down, three seconds up.'],
      equipment: ['barbell', 'squat rack'],
      laterality: 'bilateral',
    },
    {
      id: 'leg-press',
      name: 'Leg press',
      instructions: ['Sit in a leg press, feet on the plate.', 'Lower the plate slowly by bending the knees, then push it away slowly.'],
      cues: ['Three seconds down, three seconds up.'],
      equipment: ['leg press machine'],
      laterality: 'bilateral',
    },
    {
      id: 'hack-squat',
      name: 'Hack squat',
      instructions: ['Stand in a hack squat machine, shoulders under the pads.', 'Bend the knees slowly, then straighten them slowly.'],
      cues: ['Three seconds down, three seconds up.'],
      equipment: ['hack squat machine'],
      laterality: 'bilateral',
    },
  ],
  // Isometric holds at 70 % of maximal strength and 6RM barbell squats: the load has to be measured, chosen and taught (clinical review H6).
  setting: 'supervised',
  equipment: ['leg extension machine', 'barbell', 'squat rack', 'leg press machine', 'hack squat machine'],
  phases: [
    {
      id: 'isometric',
      name: 'Week 1: isometric holds for pain',
      days: { min: 1, max: 7 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        {
          exerciseId: 'isometric-leg-extension',
          dose: {
            sets: { min: 5, max: 5 },
            holdSeconds: { min: 45, max: 45 },
            perSide: false,
            load: { kind: 'percent-mvc', percent: 70 },
            evidence: {
              kind: 'library-default',
              reason:
                'No stored source gives this dose: Rio 2015’s abstract gives none (a clinical review found), and the same group’s later trial used holds at 80 % of maximal contraction (Rio 2017, Clin J Sport Med 27(3):253–259). Rio 2015 found one bout of isometric holds relieved pain for at least 45 minutes; 5 × 45 s at 70 % is the library’s choice, to be set up with a clinician.',
            },
          },
        },
      ],
      running: painMonitoredRunningExtension,
      evidence: { kind: 'library-default', reason: 'The source tested a single bout; one bout a day for one week before heavy loading is the library’s choice.' },
    },
    /* @__PURE__ */ repetitionMaximumStep(heavySlowResistance, { id: 'hsr-week-1', name: 'Week 2: 4 × 15RM', days: { min: 8, max: 14 }, sets: 4, rm: 15 }),
    /* @__PURE__ */ repetitionMaximumStep(heavySlowResistance, { id: 'hsr-weeks-2-3', name: 'Weeks 3–4: 4 × 12RM', days: { min: 15, max: 28 }, sets: 4, rm: 12 }),
    /* @__PURE__ */ repetitionMaximumStep(heavySlowResistance, { id: 'hsr-weeks-4-5', name: 'Weeks 5–6: 4 × 10RM', days: { min: 29, max: 42 }, sets: 4, rm: 10 }),
    /* @__PURE__ */ repetitionMaximumStep(heavySlowResistance, { id: 'hsr-weeks-6-8', name: 'Weeks 7–9: 4 × 8RM', days: { min: 43, max: 63 }, sets: 4, rm: 8 }),
    /* @__PURE__ */ repetitionMaximumStep(heavySlowResistance, { id: 'hsr-weeks-9-12', name: 'Weeks 10–13: 4 × 6RM', days: { min: 64, max: 91 }, sets: 4, rm: 6 }),
  ],
  checkpoints: [
    /* @__PURE__ */ painGatedStep(14),
    /* @__PURE__ */ painGatedStep(28),
    /* @__PURE__ */ painGatedStep(42),
    /* @__PURE__ */ painGatedStep(63),
    {
      day: 91,
      assess: 'After the programme, is the knee pain during loading clearly less than at the start?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: { kind: 'library-default', reason: 'Reviewing with a clinician a programme that has not helped by its end is the library’s rule.' },
    },
  ],
});
