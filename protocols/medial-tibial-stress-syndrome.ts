/**
 * Medial tibial stress syndrome: the condition, and Moen's graded running programme (2012).
 *
 * @module rehab-protocols/protocols/medial-tibial-stress-syndrome
 */
import { catalogueCondition, catalogueProtocol, type Checkpoint, type Condition, type Phase, type Protocol, type RunningRule } from '../src/model/index.js';

/**
 * Medial tibial stress syndrome ("shin splints") as the condition matcher sees it: exercise-induced pain along the
 * inner border of the lower two-thirds of the shin, tender over a length of bone rather than at one spot.
 *
 * @example
 * ```ts
 * import { condition } from 'rehab-protocols/protocols/medial-tibial-stress-syndrome';
 *
 * condition.aliases;
 * //=> ['shin splints', 'MTSS']
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'medial-tibial-stress-syndrome',
  name: 'Medial tibial stress syndrome (shin splints)',
  aliases: ['shin splints', 'MTSS'],
  summary: 'Exercise-induced pain along the inner border of the lower two-thirds of the shin bone, tender over a stretch of bone rather than one spot.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'shin', present: 'very-strong', absent: 'rules-out', why: 'It is felt along the shin.', evidence: { kind: 'cited', sourceIds: ['winters-2018'], checked: 'secondary', checkedAt: 'https://hmpgloballearningnetwork.com/site/podiatry/exploring-mystery-medial-tibial-stress-syndrome' } },
    { field: 'locations', value: 'distal-medial-tibia', or: ['medial'], present: 'strong', absent: 'strongly-against', why: 'Pain along the inner border of the shin (runners say "the inside of my shin") is its definition.', evidence: { kind: 'cited', sourceIds: ['winters-2018'], checked: 'secondary', checkedAt: 'https://hmpgloballearningnetwork.com/site/podiatry/exploring-mystery-medial-tibial-stress-syndrome' } },
    { field: 'locations', value: 'anterior-tibia', present: 'against', absent: 'neutral', why: 'Pain on the front of the shin is not where it is defined.', evidence: { kind: 'cited', sourceIds: ['winters-2018'], checked: 'secondary', checkedAt: 'https://hmpgloballearningnetwork.com/site/podiatry/exploring-mystery-medial-tibial-stress-syndrome' } },
    { field: 'aggravatedBy', value: 'running', present: 'moderate', absent: 'neutral', why: 'The pain is brought on by exercise such as running.', evidence: { kind: 'cited', sourceIds: ['winters-2018'], checked: 'secondary', checkedAt: 'https://hmpgloballearningnetwork.com/site/podiatry/exploring-mystery-medial-tibial-stress-syndrome' } },
    { field: 'signs', value: 'tender-to-touch', present: 'moderate', absent: 'rules-out', why: 'Its definition includes pain on pressing the inner border of the shin bone, over at least 5 cm; shin pain on runs without it has other causes (a muscle compartment, a nerve) that a clinician should look for.', evidence: { kind: 'cited', sourceIds: ['winters-2018'], checked: 'secondary', checkedAt: 'https://archive.anatomy-physiotherapy.com/en/ankle/articles/systems/musculoskeletal/lower-extremity/ankle/diagnosis-of-medial-tibial-stress-syndrome', note: 'The definition used: exercise-induced pain along the posteromedial tibial border and recognisable pain on palpation over at least 5 consecutive cm. The grades are the library\'s: "no" misses the definition; "yes" is shared with bone stress.' } },
    { field: 'trainingChange', value: 'mileage-increase', present: 'moderate', absent: 'neutral', why: 'It commonly follows a rise in running load.', evidence: { kind: 'library-default', reason: 'A load-related condition; no cited source grades training change.' } },
    { field: 'trainingChange', value: 'surface-change', present: 'weak', absent: 'neutral', why: 'A change of surface changes the load on the shin.', evidence: { kind: 'library-default', reason: 'A load-related condition; no cited source grades training change.' } },
    { field: 'side', value: 'both', present: 'moderate', absent: 'neutral', why: 'It often affects both legs.', evidence: { kind: 'library-default', reason: 'Commonly bilateral in clinical descriptions; not graded by the cited study.' } },
    { field: 'redFlags', value: 'focal-bone-tenderness', present: 'against', absent: 'neutral', why: 'Tenderness at one small spot of bone points to a bone stress injury instead.', evidence: { kind: 'cited', sourceIds: ['winters-2018'], checked: 'secondary', checkedAt: 'https://hmpgloballearningnetwork.com/site/podiatry/exploring-mystery-medial-tibial-stress-syndrome' } },
    { field: 'redFlags', value: 'night-pain', present: 'against', absent: 'neutral', why: 'Pain at night is not typical and points to a bone stress injury.', evidence: { kind: 'library-default', reason: 'Night pain is a red flag for bone stress injury; graded against here.' } },
    { field: 'locations', value: 'diffuse', present: 'weak', absent: 'neutral', why: 'Its pain and tenderness spread over a length of the bone rather than one spot.', evidence: { kind: 'library-default', reason: 'Yates and White\'s criteria (tenderness over at least 5 cm of the inner shin), read only in a secondary summary; kept weak.' } },
    { field: 'sex', value: 'female', present: 'weak', absent: 'neutral', why: 'It is more common in women.', evidence: { kind: 'cited', sourceIds: ['reinking-2017'], checked: 'abstract', checkedAt: 'https://pubmed.ncbi.nlm.nih.gov/27729482/' } },
    { field: 'background', value: 'previous-episode', present: 'weak', absent: 'neutral', why: 'A previous running injury is a risk factor.', evidence: { kind: 'cited', sourceIds: ['reinking-2017'], checked: 'abstract', checkedAt: 'https://pubmed.ncbi.nlm.nih.gov/27729482/' } },
    { field: 'background', value: 'novice-runner', present: 'weak', absent: 'neutral', why: 'Runners with fewer years of running are more often affected.', evidence: { kind: 'cited', sourceIds: ['newman-2013'], checked: 'abstract', checkedAt: 'http://www.dovepress.com/risk-factors-associated-with-medial-tibial-stress-syndrome-in-runners--peer-reviewed-article-OAJSM' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'reinking-2017',
      design: 'systematic-review',
      authors: ['Reinking MF', 'Austin TM', 'Richter RR', 'Krieger MM'],
      year: 2017,
      title: 'Medial Tibial Stress Syndrome in Active Individuals: A Systematic Review and Meta-analysis of Risk Factors',
      publishedIn: 'Sports Health 2017;9(3):252–261',
      doi: '10.1177/1941738116673299',
    },
    {
      kind: 'publication',
      id: 'newman-2013',
      design: 'systematic-review',
      authors: ['Newman P', 'Witchalls J', 'Waddington G', 'Adams R'],
      year: 2013,
      title: 'Risk factors associated with medial tibial stress syndrome in runners: a systematic review and meta-analysis',
      publishedIn: 'Open Access J Sports Med 2013;4:229–241',
      doi: '10.2147/OAJSM.S39331',
    },
    {
      kind: 'publication',
      id: 'winters-2018',
      design: 'cohort',
      authors: ['Winters M', 'Bakker EWP', 'Moen MH', 'Barten CC', 'Teeuwen R', 'Weir A'],
      year: 2018,
      title: 'Medial tibial stress syndrome can be diagnosed reliably using history and physical examination',
      publishedIn: 'Br J Sports Med 2018;52(19):1267–1272',
      doi: '10.1136/bjsports-2016-097037',
    },
  ],
});

const moen = {
  kind: 'cited' as const,
  sourceIds: ['moen-2012'],
  checked: 'secondary' as const, checkedAt: 'https://www.ankleandfootnorthwest.com/blog/post/want-to-start-running-again.html',
  note: 'Phases as reproduced from the source’s programme in a clinic’s adaptation (run 2 min/walk 2 min ×4 on a treadmill; run 3/walk 2 ×4 over ground; then 16 and 18 minutes continuous). Speeds and intensity levels 1–3 are mapped to jog/run.',
};
const threeTimesAWeek = { kind: 'days-per-week' as const, days: 3 };

/** One week of the graded running programme with the given running. */
/* @__NO_SIDE_EFFECTS__ */
function phase(id: string, name: string, week: number, running: RunningRule): Phase {
  return {
    id,
    name,
    days: { min: week * 7 - 6, max: week * 7 },
    sessionsPerDay: { min: 0, max: 0 },
    exerciseDays: { kind: 'daily' },
    exercises: [],
    running,
    evidence: { kind: 'library-default', reason: 'The source lets each phase last until it is done with pain at most 4/10; one week (three runs) per phase is the library’s earliest schedule.' },
  };
}

/** The check at the end of a phase: move on when it was done with pain at most 4/10. */
/* @__NO_SIDE_EFFECTS__ */
function progression(day: number): Checkpoint {
  return {
    day,
    assess: 'Did you complete this phase’s runs with pain at most 4/10?',
    ifNotBetter: 'Repeat the phase until you do before moving on.',
    referral: false,
    progressIf: { maxPainDuring: 4, evidence: moen },
    evidence: moen,
  };
}

/**
 * A graded running programme for medial tibial stress syndrome (Moen 2012): six phases from run/walk intervals on a
 * treadmill to 18 minutes of continuous running, three times a week, moving on only when a phase is done with pain
 * at most 4/10.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { medialTibialStressSyndrome } from 'rehab-protocols/protocols/medial-tibial-stress-syndrome';
 *
 * generatePlan(medialTibialStressSyndrome, { startDate: '2026-12-07' }).days[0]?.running.intervals;
 * //=> { runSeconds: 120, walkSeconds: 120, repeats: 4 }
 * ```
 */
export const medialTibialStressSyndrome: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'medial-tibial-stress-syndrome',
  name: 'Medial tibial stress syndrome (shin splints): graded running programme (Moen)',
  condition: { id: 'medial-tibial-stress-syndrome', name: 'Medial tibial stress syndrome (shin splints)', aliases: ['shin splints'] },
  summary:
    'A return to running in six steps, three runs a week: run/walk intervals on a treadmill, then over ground, then ' +
    'continuous running up to 18 minutes at a harder effort. Each step is repeated until it can be done with pain at ' +
    'most 4/10.',
  guidance: ['Run every other day, never two days in a row.', 'Move to the next phase only when this one is done with pain at most 4/10.'],
  sources: [
    {
      kind: 'publication',
      id: 'moen-2012',
      design: 'randomized-trial',
      authors: ['Moen MH', 'Holtslag L', 'Bakker E', 'Barten C', 'Weir A', 'Tol JL', 'Backx F'],
      year: 2012,
      title: 'The treatment of medial tibial stress syndrome in athletes; a randomized clinical trial',
      publishedIn: 'Sports Med Arthrosc Rehabil Ther Technol 2012;4:12',
      doi: '10.1186/1758-2555-4-12',
    },
  ],
  exercises: [],
  setting: 'home',
  equipment: [],
  phases: [
    phase('phase-1', 'Phase 1: treadmill, run 2 min / walk 2 min × 4, easy', 1, { kind: 'intervals', runSeconds: 120, walkSeconds: 120, repeats: 4, intensity: 'jog', days: threeTimesAWeek, evidence: moen }),
    phase('phase-2', 'Phase 2: treadmill, run 2 min / walk 2 min × 4, faster', 2, { kind: 'intervals', runSeconds: 120, walkSeconds: 120, repeats: 4, intensity: 'run', days: threeTimesAWeek, evidence: moen }),
    phase('phase-3', 'Phase 3: over ground, run 3 min / walk 2 min × 4, easy', 3, { kind: 'intervals', runSeconds: 180, walkSeconds: 120, repeats: 4, intensity: 'jog', days: threeTimesAWeek, evidence: moen }),
    phase('phase-4', 'Phase 4: over ground, run 3 min / walk 2 min × 4, harder', 4, { kind: 'intervals', runSeconds: 180, walkSeconds: 120, repeats: 4, intensity: 'run', days: threeTimesAWeek, evidence: moen }),
    phase('phase-5', 'Phase 5: 16 minutes continuous, easy', 5, { kind: 'continuous', minutes: 16, intensity: 'jog', days: threeTimesAWeek, evidence: moen }),
    phase('phase-6', 'Phase 6: 18 minutes continuous, harder', 6, { kind: 'continuous', minutes: 18, intensity: 'run', days: threeTimesAWeek, evidence: moen }),
  ],
  checkpoints: [
    progression(7),
    progression(14),
    progression(21),
    progression(28),
    progression(35),
    {
      day: 42,
      assess: 'Can you run 18 minutes at a harder effort with pain at most 4/10?',
      ifNotBetter: 'If you cannot progress, see a clinician: about one in five athletes in the source did not complete the programme.',
      referral: true,
      progressIf: { maxPainDuring: 4, evidence: moen },
      evidence: moen,
    },
  ],
});
