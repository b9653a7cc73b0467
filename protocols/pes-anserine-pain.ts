/**
 * Pes anserine pain: the condition, and a conservative loading protocol.
 *
 * @module rehab-protocols/protocols/pes-anserine-pain
 */
import { catalogueCondition, catalogueProtocol, type Citation, type Condition, type Protocol } from '../src/model/index.js';
import { painMonitoredRunningExtension, silbernagel2007 } from './shared/pain-monitoring.js';

/** Cited by both the condition and the protocol below. */
const helfenstein2010: Citation = {
  kind: 'publication',
  id: 'helfenstein-2010',
  design: 'narrative-review',
  authors: ['Helfenstein M Jr', 'Kuromoto J'],
  year: 2010,
  title: 'Anserine syndrome (A síndrome anserina)',
  publishedIn: 'Rev Bras Reumatol 2010;50(3):313–327',
  doi: '10.1590/s0482-50042010000300011',
  url: 'http://repositorio.unifesp.br/handle/11600/5768',
};

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
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'pes-anserine-pain',
  name: 'Pes anserine pain',
  aliases: ['pes anserine bursitis', 'anserine syndrome', 'pes anserinus tendino-bursitis'],
  summary: 'Pain and tenderness on the inside of the knee just below the joint, where the sartorius, gracilis and semitendinosus tendons attach.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'It is felt at the inside of the knee.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'abstract', checkedAt: 'http://repositorio.unifesp.br/handle/11600/5768' } },
    { field: 'locations', value: 'pes-anserine', present: 'very-strong', absent: 'rules-out', why: 'Tenderness at the pes anserine insertion, below the inner joint line, is its hallmark.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'abstract', checkedAt: 'http://repositorio.unifesp.br/handle/11600/5768', note: 'The absent grade (rules-out) is the library’s: the condition is named for its site, so knee pain the runner places elsewhere is not it. At strongly-against, medial pain that was tender to press still ranked it first for a runner who said the pain was above the joint.' } },
    { field: 'locations', value: 'medial', present: 'moderate', absent: 'against', why: 'The pain is on the inside of the knee.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'abstract', checkedAt: 'http://repositorio.unifesp.br/handle/11600/5768' } },
    { field: 'locations', value: 'retropatellar', present: 'against', absent: 'neutral', why: 'Pain behind the kneecap points to the patellofemoral joint.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'abstract', checkedAt: 'http://repositorio.unifesp.br/handle/11600/5768' } },
    { field: 'locations', value: 'joint-line', present: 'against', absent: 'neutral', why: 'Pain on the joint line itself points to the meniscus.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'abstract', checkedAt: 'http://repositorio.unifesp.br/handle/11600/5768' } },
    { field: 'aggravatedBy', value: 'stairs-ascent', present: 'moderate', absent: 'neutral', why: 'Climbing stairs commonly provokes it.', evidence: { kind: 'library-default', reason: 'Commonly described in clinical overviews; not graded by the cited review.' } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'It has been reported in long-distance runners.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'full-text', checkedAt: 'https://pt.scribd.com/document/381846486/v50n3a11-pdf' } },
    { field: 'signs', value: 'tender-to-touch', present: 'moderate', absent: 'neutral', why: 'The spot below the inner joint line is tender to press.', evidence: { kind: 'cited', sourceIds: ['helfenstein-2010'], checked: 'abstract', checkedAt: 'http://repositorio.unifesp.br/handle/11600/5768' } },
    { field: 'ageGroup', value: '40-and-over', present: 'weak', absent: 'neutral', why: 'It is reported mostly in middle-aged and older adults.', evidence: { kind: 'library-default', reason: 'StatPearls (Pes anserine bursitis) says it "predominantly affects women who are overweight and middle-aged"; Helfenstein 2010 names overweight and knee osteoarthritis as possible risk factors, and a case-control study found no link with obesity, so only age is used, and kept weak.' } },
  ],
  sources: [
    helfenstein2010,
  ],
});

const noTrial = /* @__NO_SIDE_EFFECTS__ */ (what: string) => ({
  kind: 'library-default' as const,
  reason: `No trial gives a loading programme for pes anserine pain (the cited review lists physiotherapy among treatments, with recovery times from days to months); ${what} is the library’s choice.`,
});

/**
 * A conservative protocol for pes anserine pain: six weeks of strengthening for the muscles whose tendons form the
 * pes anserinus (hamstrings and adductors), with running as far as the pain-monitoring model allows. No trial gives a
 * loading programme for this condition: every number is a library default, and the day-42 check sends the runner to
 * a clinician if it has not helped.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { pesAnserinePain } from 'rehab-protocols/protocols/pes-anserine-pain';
 *
 * generatePlan(pesAnserinePain, { startDate: '2026-12-01' }).checkpoints[0]?.day;
 * //=> 42
 * ```
 */
export const pesAnserinePain: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'pes-anserine-pain',
  name: 'Pes anserine pain: conservative strengthening',
  condition: { id: 'pes-anserine-pain', name: 'Pes anserine pain', aliases: ['pes anserine bursitis'] },
  summary:
    'Six weeks of strengthening for the hamstrings and inner-thigh muscles whose tendons attach at the painful spot, ' +
    'every other day, with running as far as the pain-monitoring model allows. No trial gives a programme for this ' +
    'condition: the doses are library defaults, and a clinician should review it if it has not helped by week six.',
  guidance: ['Pressing on the sore spot and kneeling on it aggravate it: avoid both while it settles.'],
  sources: [
    helfenstein2010,
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'standing-hamstring-curl',
      name: 'Standing hamstring curl',
      instructions: ['Stand holding a chair, a light ankle weight or band on the painful leg.', 'Bend the knee to bring the heel towards the buttock, then lower slowly.'],
      cues: ['Thighs stay side by side.', 'Slow on the way down.'],
      equipment: ['chair', 'ankle weight or elastic band'],
      laterality: 'unilateral',
    },
    {
      id: 'side-lying-hip-adduction',
      name: 'Side-lying hip adduction',
      instructions: ['Lie on the painful side, the top leg bent with the foot in front of the bottom knee.', 'Lift the bottom leg, straight, a hand’s width off the floor, then lower slowly.'],
      cues: ['Do not roll forwards or back.'],
      equipment: ['mat'],
      laterality: 'unilateral',
    },
  ],
  setting: 'home',
  equipment: ['chair', 'ankle weight or elastic band', 'mat'],
  phases: [
    {
      id: 'strengthening',
      name: 'Weeks 1–6: strengthening every other day',
      days: { min: 1, max: 42 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'every-other-day' },
      exercises: [
        { exerciseId: 'standing-hamstring-curl', dose: { sets: { min: 3, max: 3 }, reps: { min: 10, max: 15 }, perSide: false, notes: 'On the painful leg.', evidence: noTrial('3 × 10–15') } },
        { exerciseId: 'side-lying-hip-adduction', dose: { sets: { min: 3, max: 3 }, reps: { min: 10, max: 15 }, perSide: false, notes: 'On the painful leg.', evidence: noTrial('3 × 10–15') } },
      ],
      running: painMonitoredRunningExtension,
      evidence: noTrial('six weeks, every other day'),
    },
  ],
  checkpoints: [
    {
      day: 42,
      assess: 'After six weeks, is the pain below the inner knee clearly less?',
      ifNotBetter: 'See a clinician: the cause may be another one, such as the joint itself.',
      referral: true,
      evidence: noTrial('reviewing with a clinician after six weeks'),
    },
  ],
});
