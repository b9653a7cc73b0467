/**
 * Midportion Achilles tendinopathy: Alfredson's heavy-load eccentric calf training (1998).
 *
 * @module rehab-protocols/protocols/achilles-tendinopathy-midportion-eccentric
 */
import { catalogueProtocol, type Protocol } from '../src/model/index.js';
import { painMonitoredRunning, silbernagel2007 } from './shared/pain-monitoring.js';

const alfredson = {
  kind: 'cited' as const,
  sourceIds: ['alfredson-1998'],
  checked: 'secondary' as const, checkedAt: 'https://guidelines.moz.gov.ua/documents/7475',
  note: 'The 3 × 15 straight-knee and bent-knee doses, continuing despite pain and the backpack load are in no stored text of the paper; a clinical guideline reproduces them (citing Fahlström 2003).',
};
const dose = {
  sets: { min: 3, max: 3 },
  reps: { min: 15, max: 15 },
  perSide: false,
  load: { kind: 'bodyweight' as const },
  notes: 'On the painful leg. Continue even if it hurts; add weight in a backpack once the exercise no longer causes pain.',
  evidence: alfredson,
};

/**
 * Alfredson's protocol for midportion Achilles tendinopathy: eccentric heel drops over a step, with the knee straight
 * and with the knee bent, 3 × 15 each, twice a day, every day, for 12 weeks; running continues within the
 * pain-monitoring model's limits (Silbernagel 2007). Running alongside this programme is the library's combination:
 * Alfredson's patients began with "Achilles tendon pain not allowing running activity" (Alfredson 1998, abstract), and
 * neither source combines the two.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { achillesTendinopathyMidportionEccentric } from 'rehab-protocols/protocols/achilles-tendinopathy-midportion-eccentric';
 *
 * generatePlan(achillesTendinopathyMidportionEccentric, { startDate: '2026-12-01' }).days.length;
 * //=> 84
 * ```
 */
export const achillesTendinopathyMidportionEccentric: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'achilles-tendinopathy-midportion-eccentric',
  name: 'Midportion Achilles tendinopathy: eccentric heel drops (Alfredson)',
  condition: { id: 'achilles-tendinopathy-midportion', name: 'Achilles tendinopathy (midportion)', aliases: ['Achilles tendinitis'] },
  summary:
    'Twelve weeks of heavy-load eccentric calf training: lowering the heel slowly over a step on the painful leg, with the ' +
    'knee straight and with it bent, twice a day, every day. Running continues as far as the pain-monitoring model allows.',
  guidance: [
    'Only the lowering is done on the painful leg: rise back up with the other leg.',
    'Some pain during the exercise is expected; stop if it becomes disabling.',
  ],
  sources: [
    {
      kind: 'publication',
      id: 'alfredson-1998',
      design: 'cohort',
      authors: ['Alfredson H', 'Pietilä T', 'Jonsson P', 'Lorentzon R'],
      year: 1998,
      title: 'Heavy-load eccentric calf muscle training for the treatment of chronic Achilles tendinosis',
      publishedIn: 'Am J Sports Med 1998;26(3):360–366',
      doi: '10.1177/03635465980260030301',
    },
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'eccentric-heel-drop-straight-knee',
      name: 'Eccentric heel drop, knee straight',
      instructions: [
        'Stand on the edge of a step on the ball of the painful foot, heel raised, using the other leg to get up.',
        'With the knee straight, lower the heel slowly below the level of the step.',
        'Return to the top with the other leg, or with your hands, not with the painful one.',
      ],
      cues: ['Lower slowly and under control.', 'The body stays upright; the knee stays straight.'],
      equipment: ['step', 'backpack for added weight'],
      laterality: 'unilateral',
    },
    {
      id: 'eccentric-heel-drop-bent-knee',
      name: 'Eccentric heel drop, knee bent',
      instructions: [
        'Stand on the edge of a step on the ball of the painful foot, heel raised, using the other leg to get up.',
        'With the knee slightly bent, lower the heel slowly below the level of the step.',
        'Return to the top with the other leg, or with your hands, not with the painful one.',
      ],
      cues: ['Keep the knee bent throughout.', 'Lower slowly and under control.'],
      equipment: ['step', 'backpack for added weight'],
      laterality: 'unilateral',
    },
  ],
  setting: 'home',
  equipment: ['step', 'backpack for added weight'],
  phases: [
    {
      id: 'eccentric-training',
      name: 'Weeks 1–12: eccentric heel drops twice a day',
      days: { min: 1, max: 84 },
      sessionsPerDay: { min: 2, max: 2 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        { exerciseId: 'eccentric-heel-drop-straight-knee', dose },
        { exerciseId: 'eccentric-heel-drop-bent-knee', dose },
      ],
      running: painMonitoredRunning,
      evidence: { kind: 'cited', sourceIds: ['alfredson-1998'], checked: 'secondary', checkedAt: 'https://guidelines.moz.gov.ua/documents/7475', note: '12 weeks (in the abstract); twice a day, 7 days a week only as a guideline reproduces it.' },
    },
  ],
  checkpoints: [
    {
      day: 84,
      assess: 'After 12 weeks, is the tendon pain during running clearly less than at the start?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: { kind: 'library-default', reason: 'The programme lasts 12 weeks in the source; reviewing it with a clinician when it has not helped by then is the library’s rule.' },
    },
  ],
});
