/**
 * Insertional Achilles tendinopathy: the condition, and an eccentric protocol adapted to spare the insertion
 * (Jonsson 2008).
 *
 * @module rehab-protocols/protocols/achilles-tendinopathy-insertional
 */
import { catalogueCondition, catalogueProtocol, type Condition, type Protocol } from '../src/model/index.js';
import { painMonitoredRunning, silbernagel2007 } from './shared/pain-monitoring.js';

/**
 * Insertional Achilles tendinopathy as the condition matcher sees it: pain where the Achilles tendon attaches to the
 * back of the heel bone, stiff after rest, sore in shoes that press on it.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/achilles-tendinopathy-insertional';
 *
 * condition.id;
 * //=> 'achilles-tendinopathy-insertional'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'achilles-tendinopathy-insertional',
  name: 'Achilles tendinopathy (insertional)',
  aliases: ['insertional Achilles tendinitis'],
  summary: 'Pain where the Achilles tendon attaches to the back of the heel bone, stiff after rest and aggravated by activity and by shoes that press on it.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'heel', present: 'strong', absent: 'neutral', why: 'The tendon attaches to the back of the heel.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'region', value: 'ankle', present: 'weak', absent: 'neutral', why: 'The pain can be described as at the back of the ankle.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'locations', value: 'achilles-insertion', present: 'very-strong', absent: 'rules-out', why: 'Pain at the tendon’s attachment to the heel bone is its hallmark.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'locations', value: 'posterior', present: 'moderate', absent: 'neutral', why: 'The pain is at the back of the heel.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'locations', value: 'achilles-midportion', present: 'against', absent: 'neutral', why: 'Pain higher up the tendon points to midportion tendinopathy.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'locations', value: 'plantar-medial-heel', present: 'against', absent: 'neutral', why: 'Pain under the heel points to plantar heel pain.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'signs', value: 'morning-stiffness', present: 'moderate', absent: 'neutral', why: 'Stiffness after prolonged rest is typical.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'aggravatedBy', value: 'first-steps-after-rest', present: 'weak', absent: 'neutral', why: 'Stiffness is worst after rest.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'aggravatedBy', value: 'uphill-running', present: 'moderate', absent: 'neutral', why: 'Uphill running bends the ankle up and compresses the tendon at the heel.', evidence: { kind: 'library-default', reason: 'Follows from the compression mechanism; not graded by the cited review.' } },
    { field: 'aggravatedBy', value: 'stairs-ascent', present: 'weak', absent: 'neutral', why: 'Climbing stairs loads the tendon at the heel.', evidence: { kind: 'library-default', reason: 'Not graded by the cited review.' } },
    { field: 'trainingChange', value: 'new-shoes', present: 'weak', absent: 'neutral', why: 'Shoes that press on the back of the heel aggravate it.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
    { field: 'locations', value: 'achilles', present: 'moderate', absent: 'neutral', why: 'It is pain in the Achilles tendon, where it meets the heel.', evidence: { kind: 'library-default', reason: 'A clinical review found runners say "my Achilles" without telling the midportion from the insertion, and that the two take different plans: the plain word supports both moderately, and the matcher asks where on the tendon it hurts.' } },
    { field: 'region', value: 'heel', or: ['ankle'], present: 'neutral', absent: 'rules-out', why: 'It is felt at the back of the heel; pain elsewhere is not the tendon\'s attachment.', evidence: { kind: 'cited', sourceIds: ['chimenti-2017'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5956523' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'chimenti-2017',
      design: 'narrative-review',
      authors: ['Chimenti RL', 'Cychosz CC', 'Hall MM', 'Phisitkul P'],
      year: 2017,
      title: 'Current Concepts Review Update: Insertional Achilles Tendinopathy',
      publishedIn: 'Foot Ankle Int 2017;38(10):1160–1169',
      doi: '10.1177/1071100717723127',
    },
  ],
});

/**
 * Eccentric calf training for insertional Achilles tendinopathy without loading into dorsiflexion (Jonsson 2008):
 * heel drops from the toes down to the floor, never below it, 3 × 15 twice a day, every day, for 12 weeks; running
 * continues as far as the pain-monitoring model allows.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { achillesTendinopathyInsertional } from 'rehab-protocols/protocols/achilles-tendinopathy-insertional';
 *
 * generatePlan(achillesTendinopathyInsertional, { startDate: '2026-12-01' }).days[0]?.sessionsPerDay;
 * //=> { min: 2, max: 2 }
 * ```
 */
export const achillesTendinopathyInsertional: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'achilles-tendinopathy-insertional',
  name: 'Insertional Achilles tendinopathy: floor-level eccentric heel drops (Jonsson)',
  condition: { id: 'achilles-tendinopathy-insertional', name: 'Achilles tendinopathy (insertional)', aliases: ['insertional Achilles tendinitis'] },
  summary:
    'Twelve weeks of eccentric calf training on flat ground, so the heel never drops below the level of the toes and ' +
    'the tendon is not pressed against the heel bone. Twice a day, every day. Running continues as far as the ' +
    'pain-monitoring model allows.',
  guidance: ['Never let the heel drop below the level of the forefoot: do the exercise on the floor, not over a step.'],
  sources: [
    {
      kind: 'publication',
      id: 'jonsson-2008',
      design: 'case-series',
      authors: ['Jonsson P', 'Alfredson H', 'Sunding K', 'Fahlström M', 'Cook J'],
      year: 2008,
      title: 'New regimen for eccentric calf-muscle training in patients with chronic insertional Achilles tendinopathy: results of a pilot study',
      publishedIn: 'Br J Sports Med 2008;42(9):746–749',
      doi: '10.1136/bjsm.2007.039545',
    },
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'floor-eccentric-heel-drop',
      name: 'Eccentric heel drop on the floor',
      instructions: [
        'Stand on the floor and rise onto the toes using both legs.',
        'Shift your weight onto the painful leg and lower the heel slowly until it touches the floor, no further.',
        'Rise again with both legs.',
      ],
      cues: ['The heel stops at the floor: no stretch below it.', 'Lower slowly and under control.'],
      equipment: [],
      laterality: 'unilateral',
    },
  ],
  setting: 'home',
  equipment: [],
  phases: [
    {
      id: 'eccentric-training',
      name: 'Weeks 1–12: floor-level heel drops twice a day',
      days: { min: 1, max: 84 },
      sessionsPerDay: { min: 2, max: 2 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        {
          exerciseId: 'floor-eccentric-heel-drop',
          dose: {
            sets: { min: 3, max: 3 },
            reps: { min: 15, max: 15 },
            perSide: false,
            load: { kind: 'bodyweight' },
            notes: 'On the painful leg. The source’s abstract gives 3 × 15 twice a day without naming knee positions: one variation is kept.',
            evidence: { kind: 'cited', sourceIds: ['jonsson-2008'], checked: 'abstract', checkedAt: 'https://www.ncbi.nlm.nih.gov/pubmed/18184750' },
          },
        },
      ],
      running: painMonitoredRunning,
      evidence: { kind: 'cited', sourceIds: ['jonsson-2008'], checked: 'abstract', checkedAt: 'https://www.ncbi.nlm.nih.gov/pubmed/18184750', note: '3 × 15, twice a day, 7 days a week, 12 weeks.' },
    },
  ],
  checkpoints: [
    {
      day: 84,
      assess: 'After 12 weeks, is the heel pain during activity clearly less than at the start?',
      ifNotBetter: 'See a clinician: other treatments may be needed.',
      referral: true,
      evidence: { kind: 'library-default', reason: 'The programme lasts 12 weeks in the source; reviewing it with a clinician when it has not helped by then is the library’s rule.' },
    },
  ],
});
