/**
 * Midportion Achilles tendinopathy: heavy slow resistance training (Beyer 2015).
 *
 * @module rehab-protocols/protocols/achilles-tendinopathy-midportion-hsr
 */
import { catalogueProtocol, type Protocol } from '../src/model/index.js';
import { repetitionMaximumStep, type RepetitionMaximumProgramme } from './shared/load-steps.js';
import { painGatedStep, silbernagel2007 } from './shared/pain-monitoring.js';

const beyer = { kind: 'cited' as const, sourceIds: ['beyer-2015'], checked: 'secondary' as const, checkedAt: 'https://pro.uptodatefree.ir/Show/103058' };
const programme: RepetitionMaximumProgramme = {
  exerciseIds: ['seated-heel-raise', 'leg-press-heel-raise', 'standing-heel-raise'],
  exerciseDays: { kind: 'days-per-week', days: 3 },
  tempo: { concentricSeconds: 3, eccentricSeconds: 3 },
  restSeconds: { min: 120, max: 180 },
  doseEvidence: beyer,
  phaseEvidence: {
    ...beyer,
    note: 'Three sessions a week for 12 weeks; load steps by week as in the source. The 4 × 8RM of weeks 6–8 follows the identical scheme of Kongsgaard 2009: check it against the source’s table.',
  },
};



/**
 * Heavy slow resistance training for midportion Achilles tendinopathy (Beyer 2015): three heel-raise exercises,
 * 3 times a week for 12 weeks, 3 seconds up and 3 seconds down, the load rising from 15RM to 6RM. A second protocol
 * for the same condition as `achillesTendinopathyMidportionEccentric`.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { achillesTendinopathyMidportionHsr } from 'rehab-protocols/protocols/achilles-tendinopathy-midportion-hsr';
 *
 * generatePlan(achillesTendinopathyMidportionHsr, { startDate: '2026-12-07' }).days[0]?.exercises[0]?.dose.load;
 * //=> { kind: 'repetition-maximum', rm: 15 }
 * ```
 */
export const achillesTendinopathyMidportionHsr: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'achilles-tendinopathy-midportion-hsr',
  name: 'Midportion Achilles tendinopathy: heavy slow resistance (Beyer)',
  condition: { id: 'achilles-tendinopathy-midportion', name: 'Achilles tendinopathy (midportion)', aliases: ['Achilles tendinitis'] },
  summary:
    'Twelve weeks of heavy, slow heel raises in three variations, three times a week, with the load rising from a ' +
    'weight you can lift 15 times to one you can lift 6 times. Running continues as far as the pain-monitoring model allows.',
  guidance: [
    'Both legs work together; use the full range of ankle motion.',
    'Discomfort during the exercises is acceptable; pain that is worse after training means a lighter load.',
  ],
  sources: [
    {
      kind: 'publication',
      id: 'beyer-2015',
      design: 'randomized-trial',
      authors: ['Beyer R', 'Kongsgaard M', 'Hougs Kjær B', 'Øhlenschlæger T', 'Kjær M', 'Magnusson SP'],
      year: 2015,
      title: 'Heavy Slow Resistance Versus Eccentric Training as Treatment for Achilles Tendinopathy: A Randomized Controlled Trial',
      publishedIn: 'Am J Sports Med 2015;43(7):1704–1711',
      doi: '10.1177/0363546515584760',
    },
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'seated-heel-raise',
      name: 'Seated heel raise, knee bent',
      instructions: ['Sit in a seated calf-raise machine, the balls of the feet on the platform.', 'Raise the heels as high as you can, then lower them as far as you can.'],
      cues: ['Three seconds up, three seconds down.'],
      equipment: ['seated calf-raise machine'],
      laterality: 'bilateral',
    },
    {
      id: 'leg-press-heel-raise',
      name: 'Heel raise in the leg press, knee straight',
      instructions: ['Sit in a leg press with the knees straight and the balls of the feet on the edge of the plate.', 'Push the plate away with the ankles, then let it back slowly.'],
      cues: ['Three seconds up, three seconds down.', 'The knees stay straight.'],
      equipment: ['leg press machine'],
      laterality: 'bilateral',
    },
    {
      id: 'standing-heel-raise',
      name: 'Standing heel raise with a barbell, knee straight',
      instructions: ['Stand with the balls of the feet on a raised edge (a weight plate or step), a barbell across the upper back.', 'Rise onto the toes as high as you can, then lower the heels below the edge.'],
      cues: ['Three seconds up, three seconds down.', 'Use the full range of the ankle.'],
      equipment: ['barbell', 'weight plate or step'],
      laterality: 'bilateral',
    },
  ],
  // 6RM heel raises with a barbell and machines: the load has to be chosen and the technique taught (clinical review H6).
  setting: 'supervised',
  equipment: ['seated calf-raise machine', 'leg press machine', 'barbell', 'weight plate or step'],
  phases: [
    /* @__PURE__ */ repetitionMaximumStep(programme, { id: 'week-1', name: 'Week 1: 3 × 15RM', days: { min: 1, max: 7 }, sets: 3, rm: 15 }),
    /* @__PURE__ */ repetitionMaximumStep(programme, { id: 'weeks-2-3', name: 'Weeks 2–3: 3 × 12RM', days: { min: 8, max: 21 }, sets: 3, rm: 12 }),
    /* @__PURE__ */ repetitionMaximumStep(programme, { id: 'weeks-4-5', name: 'Weeks 4–5: 4 × 10RM', days: { min: 22, max: 35 }, sets: 4, rm: 10 }),
    /* @__PURE__ */ repetitionMaximumStep(programme, { id: 'weeks-6-8', name: 'Weeks 6–8: 4 × 8RM', days: { min: 36, max: 56 }, sets: 4, rm: 8 }),
    /* @__PURE__ */ repetitionMaximumStep(programme, { id: 'weeks-9-12', name: 'Weeks 9–12: 4 × 6RM', days: { min: 57, max: 84 }, sets: 4, rm: 6 }),
  ],
  checkpoints: [
    /* @__PURE__ */ painGatedStep(7),
    /* @__PURE__ */ painGatedStep(21),
    /* @__PURE__ */ painGatedStep(35),
    /* @__PURE__ */ painGatedStep(56),
    {
      day: 84,
      assess: 'After 12 weeks, is the tendon pain during running clearly less than at the start?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: { kind: 'library-default', reason: 'The programme lasts 12 weeks in the source; reviewing it with a clinician when it has not helped by then is the library’s rule.' },
    },
  ],
});
