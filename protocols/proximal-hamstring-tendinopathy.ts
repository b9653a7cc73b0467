/**
 * Proximal hamstring tendinopathy: the condition, and a staged loading protocol after Goom 2016.
 *
 * @module rehab-protocols/protocols/proximal-hamstring-tendinopathy
 */
import { catalogueCondition, catalogueProtocol, type Citation, type Condition, type Protocol } from '../src/model/index.js';
import { painMonitoredRunningExtension, silbernagel2007 } from './shared/pain-monitoring.js';

/** Cited by both the condition and the protocol below. */
const goom2016: Citation = {
  kind: 'publication',
  id: 'goom-2016',
  design: 'narrative-review',
  authors: ['Goom TSH', 'Malliaras P', 'Reiman MP', 'Purdam CR'],
  year: 2016,
  title: 'Proximal Hamstring Tendinopathy: Clinical Aspects of Assessment and Management',
  publishedIn: 'J Orthop Sports Phys Ther 2016;46(6):483–493',
  doi: '10.2519/jospt.2016.5986',
};

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
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'proximal-hamstring-tendinopathy',
  name: 'Proximal hamstring tendinopathy',
  aliases: ['high hamstring tendinopathy'],
  summary: 'Deep buttock pain where the hamstring tendons attach to the sitting bone, worse with sitting and with fast or uphill running.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'thigh', present: 'moderate', absent: 'neutral', why: 'The pain is at the top of the back of the thigh.', evidence: { kind: 'library-default', reason: 'Goom 2016 places the pain at the top of the back of the thigh (read through a clinic’s summary, completesportscare.com.au); the grade is the library’s: the thigh region also holds the front and sides of the thigh, so it is kept moderate.' } },
    { field: 'region', value: 'hip', present: 'weak', absent: 'neutral', why: 'The pain is deep in the buttock, which runners call the hip; so is pain at the side of the hip and in the groin.', evidence: { kind: 'library-default', reason: 'Goom 2016 places the pain low in the buttock (read through a clinic’s summary); "hip" also names the side of the hip and the groin, so it is kept weak after a clinical review of runners’ own descriptions found lumbar and deep gluteal pain getting this plan.' } },
    { field: 'locations', value: 'ischial-tuberosity', present: 'very-strong', absent: 'strongly-against', why: 'Pain at the sitting bone, low in the buttock where the hamstrings attach, is its hallmark.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'locations', value: 'buttock', present: 'weak', absent: 'neutral', why: 'Buttock pain fits, but it often comes from the lower back or the deep gluteal muscles instead: the sitting bone is what points to the tendon.', evidence: { kind: 'library-default', reason: 'Graded after a clinical review of runners’ own descriptions: buttock pain that clinicians put down to the lumbar spine, piriformis or deep gluteal pain was getting this plan when "buttock" counted as the hallmark. No source grades "buttock" alone; an orthopaedic surgeon’s column for runners says "Buttock pain is very likely caused by a lumbar spine (lower back) or nerve issue instead of a problem within the hip joint" (drdavidgeier.com/ask-dr-geier-femoral-neck-stress-fractures).' } },
    { field: 'locations', value: 'posterior', present: 'moderate', absent: 'neutral', why: 'The pain is at the back.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'aggravatedBy', value: 'prolonged-sitting', present: 'strong', absent: 'neutral', why: 'Sitting compresses the tendon and typically provokes it.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'aggravatedBy', value: 'sprinting', present: 'moderate', absent: 'neutral', why: 'Fast running loads the hamstring tendon heavily.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'aggravatedBy', value: 'uphill-running', present: 'moderate', absent: 'neutral', why: 'Uphill running flexes the hip under load.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'It is common in runners.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'onset', value: 'gradual', present: 'weak', absent: 'neutral', why: 'It usually develops gradually.', evidence: { kind: 'library-default', reason: 'A load-related tendinopathy; onset not graded by the cited review.' } },
    { field: 'aggravatedBy', value: 'hills', present: 'weak', absent: 'neutral', why: 'Running up hills loads the hamstring tendon.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
    { field: 'region', value: 'hip', or: ['thigh'], present: 'neutral', absent: 'rules-out', why: 'It is felt low in the buttock and the back of the thigh; pain elsewhere is not the hamstring tendon.', evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.completesportscare.com.au/2015/11/real-pain-bum-aka-hamstring-origin-tendinopathy/' } },
  ],
  sources: [
    goom2016,
  ],
});

const stageDefault = /* @__NO_SIDE_EFFECTS__ */ (what: string) => ({
  kind: 'library-default' as const,
  reason: `The source describes staged loading (isometric, then isotonic, then heavier and faster) without fixed doses; ${what} is the library’s choice.`,
});

/**
 * Staged loading for proximal hamstring tendinopathy, after the programme Goom 2016 describes: isometric holds while
 * the tendon is irritable, then slow isotonic strengthening, while avoiding compressive positions (long sitting, deep
 * hip flexion with a straight knee). The source gives stages, not doses: every number is a library default.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { proximalHamstringTendinopathy } from 'rehab-protocols/protocols/proximal-hamstring-tendinopathy';
 *
 * generatePlan(proximalHamstringTendinopathy, { startDate: '2026-12-01' }).days.length;
 * //=> 56
 * ```
 */
export const proximalHamstringTendinopathy: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'proximal-hamstring-tendinopathy',
  name: 'Proximal hamstring tendinopathy: staged loading',
  condition: { id: 'proximal-hamstring-tendinopathy', name: 'Proximal hamstring tendinopathy', aliases: ['high hamstring tendinopathy'] },
  summary:
    'Two weeks of isometric hamstring holds to settle the tendon, then six weeks of slow strengthening. Compression of ' +
    'the tendon against the sitting bone (long sitting, stretching with the hip deeply bent) is avoided. Running ' +
    'continues as far as the pain-monitoring model allows. The stages follow Goom 2016; the doses are library defaults.',
  guidance: [
    'Avoid long sitting on hard seats and hamstring stretches with the hip deeply bent: they compress the tendon.',
    'Keep the hip only moderately bent in the exercises at first.',
  ],
  sources: [
    goom2016,
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'isometric-hamstring-bridge',
      name: 'Isometric bridge hold, knees bent',
      instructions: ['Lie on your back, knees bent, heels on the floor.', 'Lift the hips a little and hold still, pressing the heels down.'],
      cues: ['Hold steady; do not let the hips sag.'],
      equipment: ['mat'],
      laterality: 'bilateral',
    },
    {
      id: 'single-leg-bridge',
      name: 'Single-leg bridge',
      instructions: ['Lie on your back, one knee bent with the heel on the floor, the other leg lifted.', 'Lift the hips by pressing through the heel, then lower slowly.'],
      cues: ['Pelvis stays level.', 'Slow on the way down.'],
      equipment: ['mat'],
      laterality: 'unilateral',
    },
  ],
  setting: 'home',
  equipment: ['mat'],
  phases: [
    {
      id: 'isometric',
      name: 'Weeks 1–2: isometric holds',
      days: { min: 1, max: 14 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        {
          exerciseId: 'isometric-hamstring-bridge',
          dose: { sets: { min: 5, max: 5 }, holdSeconds: { min: 30, max: 45 }, perSide: false, evidence: stageDefault('5 holds of 30–45 s a day') },
        },
      ],
      running: painMonitoredRunningExtension,
      evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.running-physio.com/new-research-in-proximal-hamstring-tendinopathy-goom-et-al-2016/', note: 'Isometric loading first while the tendon is irritable; two weeks is the library’s choice.' },
    },
    {
      id: 'isotonic',
      name: 'Weeks 3–8: slow strengthening',
      days: { min: 15, max: 56 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'every-other-day' },
      exercises: [
        {
          exerciseId: 'single-leg-bridge',
          dose: { sets: { min: 3, max: 3 }, reps: { min: 10, max: 15 }, perSide: true, evidence: stageDefault('3 × 10–15 each side every other day') },
        },
      ],
      running: painMonitoredRunningExtension,
      evidence: { kind: 'cited', sourceIds: ['goom-2016'], checked: 'secondary', checkedAt: 'https://www.running-physio.com/new-research-in-proximal-hamstring-tendinopathy-goom-et-al-2016/', note: 'Isotonic strengthening as the second stage; six weeks is the library’s choice.' },
    },
  ],
  checkpoints: [
    {
      day: 56,
      assess: 'After eight weeks, is the pain at the sitting bone with running and sitting clearly less?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: stageDefault('reviewing with a clinician after eight weeks'),
    },
  ],
});
