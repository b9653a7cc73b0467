/**
 * Patellofemoral (anterior knee) pain: the condition, and the founding case's protocol for it.
 *
 * @module rehab-protocols/protocols/patellofemoral-pain
 */
import { catalogueCondition, catalogueProtocol, type Citation, type Condition, type Phase, type Protocol } from '../src/model/index.js';

/** Cited by both the condition and the protocol below. */
const willy2019: Citation = {
  kind: 'publication',
  id: 'willy-2019',
  design: 'clinical-practice-guideline',
  authors: ['Willy RW', 'Hoglund LT', 'Barton CJ', 'Bolgla LA', 'Scalzitti DA', 'Logerstedt DS', 'Lynch AD', 'Snyder-Mackler L', 'McDonough CM'],
  year: 2019,
  title: 'Patellofemoral Pain: Clinical Practice Guidelines Linked to the International Classification of Functioning, Disability and Health From the Academy of Orthopaedic Physical Therapy of the American Physical Therapy Association',
  publishedIn: 'J Orthop Sports Phys Ther 2019;49(9):CPG1–CPG95',
  doi: '10.2519/jospt.2019.0302',
};

const prescription = { kind: 'cited' as const, sourceIds: ['founding-case'], checked: 'full-text' as const, checkedAt: 'http://en.allexperts.com/q/Jogging-Running-1648/2012/11/knee-pain-following-sprint.htm' };

/**
 * Patellofemoral (anterior knee) pain in a runner: the founding case's prescription, exactly as the physical
 * therapist gave it — four exercises (slow calf raises, side-lying hip abduction, towel eater, sit to stand),
 * 1–2 sessions a day with jogging capped at 5 miles a day for days 1–7, then one session a day while the mileage
 * rises gradually to the runner's goal on day 14, and a day-14 check that sends the runner back to the therapist if
 * it has not worked. Its approach (hip and knee exercise, load management) agrees with the JOSPT 2019 guideline and
 * the 2016 and 2018 consensus statements it cites.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
 * plan.days.length;
 * //=> 14
 * ```
 */
export const patellofemoralPain: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'patellofemoral-pain',
  name: 'Patellofemoral pain: four exercises and a 14-day return to running',
  condition: {
    id: 'patellofemoral-pain',
    name: 'Patellofemoral pain',
    aliases: ['anterior knee pain', "runner's knee", 'patellofemoral pain syndrome'],
  },
  summary:
    'Pain around or behind the kneecap, brought on by loading the bent knee (running, stairs, downhill). ' +
    'Four exercises for calf, hip and foot, done with care for the quality of each movement, while running is first ' +
    'held to an easy jog and then built back gradually over the second week. The prescription is a physical ' +
    "therapist's for a runner's anterior knee pain; exercise therapy combining hip and knee work is what the JOSPT " +
    '2019 guideline and the 2016 and 2018 consensus statements recommend.',
  guidance: [
    'Quality of movement is the key to all four exercises.',
    'The physical therapist who prescribed this plan judged it low risk: in their words, it "can\'t hurt".',
  ],
  sources: [
    {
      kind: 'clinician-prescription',
      id: 'founding-case',
      design: 'clinician-prescription',
      clinician: 'Physical therapist (Doctor of Physical Therapy, board-certified orthopaedic clinical specialist; track and cross-country coach)',
      title: 'Exercise prescription and 14-day running plan for anterior knee pain after sprint workouts in a 31-year-old ultrarunner',
      recordedIn: 'docs/founding-case.md in the rehab-protocols repository',
    },
    willy2019,
    {
      kind: 'publication',
      id: 'crossley-2016',
      design: 'expert-consensus',
      authors: ['Crossley KM', 'van Middelkoop M', 'Callaghan MJ', 'Collins NJ', 'Rathleff MS', 'Barton CJ'],
      year: 2016,
      title: '2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions (exercise, taping, bracing, foot orthoses and combined interventions)',
      publishedIn: 'Br J Sports Med 2016;50(14):844–852',
      doi: '10.1136/bjsports-2016-096268',
    },
    {
      kind: 'publication',
      id: 'collins-2018',
      design: 'expert-consensus',
      authors: ['Collins NJ', 'Barton CJ', 'van Middelkoop M', 'Callaghan MJ', 'Rathleff MS', 'Vicenzino BT', 'Davis IS', 'Powers CM', 'Macri EM', 'Hart HF', 'de Oliveira Silva D', 'Crossley KM'],
      year: 2018,
      title: '2018 Consensus statement on exercise therapy and physical interventions (orthoses, taping and manual therapy) to treat patellofemoral pain: recommendations from the 5th International Patellofemoral Pain Research Retreat, Gold Coast, Australia, 2017',
      publishedIn: 'Br J Sports Med 2018;52(18):1170–1178',
      doi: '10.1136/bjsports-2018-099397',
    },
  ],
  exercises: [
    {
      id: 'slow-calf-raise',
      name: 'Slow calf raises',
      instructions: [
        'Stand on one leg, fingertips on a wall or counter for balance.',
        'Rise slowly onto the ball of the foot, as high as you can.',
        'Lower slowly back down.',
        'Do the sets on one leg, then on the other.',
      ],
      cues: ['Slow and controlled, both up and down.', 'Keep the ankle from rolling out as you rise.'],
      equipment: ['wall or counter for balance'],
      laterality: 'unilateral',
    },
    {
      id: 'side-lying-hip-abduction',
      name: 'Side-lying hip abduction',
      instructions: [
        'Lie on your side, the bottom knee bent, the top leg straight and in line with your body.',
        'Lift the top leg up and slightly back, toes pointing forward.',
        'Lower it slowly.',
        'Do the sets on one side, then turn over and do the other.',
      ],
      cues: ['Keep the hips stacked: do not roll backwards.', 'Lead with the heel, not the toes.'],
      equipment: ['mat'],
      laterality: 'unilateral',
    },
    {
      id: 'towel-eater',
      name: 'Towel eater',
      aliases: ['towel scrunches', 'towel curls'],
      instructions: [
        'Sit on a chair with a towel spread flat on the floor under one foot.',
        'Keeping the heel down, scrunch the towel towards you with your toes.',
        'Spread the towel out again and keep going until the set is done.',
        'Then do the other foot.',
      ],
      cues: ['The heel stays on the floor.', 'Use the toes, not the ankle, to pull the towel in.'],
      equipment: ['towel', 'chair'],
      laterality: 'unilateral',
    },
    {
      id: 'sit-to-stand',
      name: 'Sit to stand',
      instructions: [
        'Sit near the front of a chair, feet flat and hip-width apart.',
        'Stand up without using your hands.',
        'Sit back down slowly, under control.',
      ],
      cues: ['Knees stay in line with the toes: do not let them fall inward.', 'Control the way down as much as the way up.'],
      equipment: ['chair'],
      laterality: 'bilateral',
    },
  ],
  setting: 'home',
  equipment: ['wall or counter for balance', 'mat', 'towel', 'chair'],
  phases: [
    {
      id: 'settle',
      name: 'Settle: easy jogging only',
      days: { min: 1, max: 7 },
      sessionsPerDay: { min: 1, max: 2 },
      exerciseDays: { kind: 'daily' },
      exercises: /* @__PURE__ */ exerciseDoses(),
      running: {
        kind: 'cap',
        maxDistance: { value: 5, unit: 'mi' },
        intensity: 'jog',
        // Spelled out rather than spread from \`prescription\`: a spread keeps bundlers from dropping this module.
        evidence: {
          kind: 'cited',
          sourceIds: ['founding-case'],
          checked: 'full-text',
          checkedAt: 'http://en.allexperts.com/q/Jogging-Running-1648/2012/11/knee-pain-following-sprint.htm',
          note: '"Jog no farther than 5 miles a day" — jog, not run.',
        },
      },
      evidence: prescription,
    },
    {
      id: 'build',
      name: 'Build: mileage back up gradually',
      days: { min: 8, max: 14 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: /* @__PURE__ */ exerciseDoses(),
      running: {
        kind: 'ramp-to-goal',
        from: { value: 5, unit: 'mi' },
        intensity: 'run',
        evidence: {
          kind: 'cited',
          sourceIds: ['founding-case'],
          checked: 'full-text',
          checkedAt: 'http://en.allexperts.com/q/Jogging-Running-1648/2012/11/knee-pain-following-sprint.htm',
          note:
            'Increase the mileage gradually, not in one jump: "you could increase to 30 miles again by day 14" (this ' +
            'runner’s last run was 30 miles). The equal daily steps are how the library reads "gradually"; with a ' +
            'runner’s history the spike guard holds each day to what their recent runs support.',
        },
      },
      notes: ['Do not jump straight back to your usual distance: build up day by day.'],
      evidence: prescription,
    },
  ],
  checkpoints: [
    {
      day: 14,
      assess: 'Can you run your usual distance without knee pain?',
      ifNotBetter: 'If this has not worked by now, see a physical therapist for further options.',
      referral: true,
      evidence: prescription,
    },
  ],
});

/** The four exercises in the founding order, with the prescribed doses; the same in both phases. */
/* @__NO_SIDE_EFFECTS__ */
function exerciseDoses(): Phase['exercises'] {
  return [
    {
      exerciseId: 'slow-calf-raise',
      dose: { sets: { min: 2, max: 5 }, perSide: true, evidence: { ...prescription, note: 'No repetition count was given.' } },
    },
    {
      exerciseId: 'side-lying-hip-abduction',
      dose: { sets: { min: 2, max: 6 }, reps: { min: 10, max: 15 }, perSide: true, evidence: prescription },
    },
    {
      exerciseId: 'towel-eater',
      dose: { sets: { min: 2, max: 4 }, durationSeconds: { min: 60, max: 120 }, perSide: true, evidence: prescription },
    },
    {
      exerciseId: 'sit-to-stand',
      dose: { sets: { min: 4, max: 8 }, reps: { min: 4, max: 6 }, perSide: false, evidence: prescription },
    },
  ];
}

/**
 * Patellofemoral pain as the condition matcher sees it: pain behind or around the kneecap, brought on by loading
 * the bent knee (squatting, stairs, running, prolonged sitting), with the sources for each finding.
 *
 * @example
 * ```ts
 * import { matchConditions } from 'rehab-protocols';
 * import { condition } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * matchConditions({ region: 'knee', locations: ['retropatellar'] }, { conditions: [condition] }).matches[0]?.conditionId;
 * //=> 'patellofemoral-pain'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'patellofemoral-pain',
  name: 'Patellofemoral pain',
  aliases: ['anterior knee pain', "runner's knee", 'patellofemoral pain syndrome'],
  summary:
    'Pain around or behind the kneecap when the bent knee takes load: squatting, stairs, running, sitting for long. ' +
    'The most common cause of knee pain in runners.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'No source gives the share of each condition among the runners an app will see; every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'knee', present: 'very-strong', absent: 'rules-out', why: 'Patellofemoral pain is felt at the knee.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975817' } },
    { field: 'locations', value: 'retropatellar', or: ['peripatellar'], present: 'strong', absent: 'rules-out', why: 'Its definition is pain around or behind the kneecap (often hard to pin down, but there); knee pain that is not there (only at the front below the kneecap, say, or on the outside) has other causes a clinician should look for.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1', 'willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628', note: 'The guideline\'s abstract: "poorly defined pain, localized to the anterior retropatellar and/or peripatellar region". Graded rules-out as what defines the condition (as shin splints\' tenderness along the bone is), so it is asked before the plan.' } },
    { field: 'locations', value: 'anterior', present: 'moderate', absent: 'against', why: 'It presents as diffuse pain at the front of the knee; knee pain that is not at the front argues against it.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975817' } },
    { field: 'locations', value: 'posterior', present: 'strongly-against', absent: 'neutral', why: 'Pain at the back of the knee is not patellofemoral pain, and has other causes a clinician should look for.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1', 'willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628' } },
    { field: 'locations', value: 'medial', present: 'weak', absent: 'neutral', why: 'Pain under and on the inside of the kneecap was the founding runner\'s.', evidence: { kind: 'library-default', reason: 'The founding case (docs/founding-case.md) had pain under and inside the kneecap; no source grades a medial location, so it is kept weak.' } },
    { field: 'locations', value: 'diffuse', present: 'weak', absent: 'neutral', why: 'Its pain is often hard to point to with one finger, though spread-out pain alone, without being around or behind the kneecap, does not define it.', evidence: { kind: 'library-default', reason: 'Willy 2019 defines it as "poorly defined pain, localized to the anterior retropatellar and/or peripatellar region": pain hard to pin down is its character, the kneecap its place; no source grades spread-out pain alone, so it is kept weak and the place is asked.' } },
    { field: 'locations', value: 'deep', present: 'weak', absent: 'neutral', why: 'Its pain is often described as deep and poorly defined.', evidence: { kind: 'library-default', reason: 'Willy 2019 describes "poorly defined pain" behind and around the kneecap; "deep" is a runner\'s word for it, not graded by any source, so it is kept weak.' } },
    { field: 'locations', value: 'lateral', present: 'against', absent: 'neutral', why: 'Pain on the outside of the knee points to another source, such as the iliotibial band, which the guideline says to exclude.', evidence: { kind: 'cited', sourceIds: ['willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628' } },
    { field: 'locations', value: 'inferior-pole-patella', present: 'against', absent: 'neutral', why: 'Pain at the lower tip of the kneecap points to the patellar tendon.', evidence: { kind: 'cited', sourceIds: ['willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628' } },
    { field: 'locations', value: 'joint-line', present: 'against', absent: 'neutral', why: 'Pain on the joint line points to the meniscus.', evidence: { kind: 'cited', sourceIds: ['willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628' } },
    { field: 'aggravatedBy', value: 'squatting', present: 'moderate', absent: 'neutral', why: 'Squatting loads the bent knee and typically provokes it.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1', 'willy-2019'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975817' } },
    { field: 'aggravatedBy', value: 'stairs-descent', present: 'moderate', absent: 'neutral', why: 'Going down stairs typically provokes it.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1', 'willy-2019'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975817' } },
    { field: 'aggravatedBy', value: 'stairs-ascent', present: 'weak', absent: 'neutral', why: 'Going up stairs can provoke it.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975817' } },
    { field: 'aggravatedBy', value: 'prolonged-sitting', present: 'moderate', absent: 'neutral', why: 'Sitting for long with the knee bent typically provokes it.', evidence: { kind: 'cited', sourceIds: ['willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628' } },
    { field: 'aggravatedBy', value: 'running', present: 'weak', absent: 'neutral', why: 'Running commonly provokes it.', evidence: { kind: 'cited', sourceIds: ['crossley-2016-part1'], checked: 'full-text', checkedAt: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975817' } },
    { field: 'aggravatedBy', value: 'downhill-walking', present: 'weak', absent: 'neutral', why: 'Walking downhill loads the bent knee as stairs do; it hurt in the founding case.', evidence: { kind: 'cited', sourceIds: ['founding-case'], checked: 'full-text', checkedAt: 'docs/founding-case.md' } },
    { field: 'aggravatedBy', value: 'downhill-running', present: 'weak', absent: 'neutral', why: 'Running downhill loads the bent knee.', evidence: { kind: 'cited', sourceIds: ['founding-case'], checked: 'full-text', checkedAt: 'docs/founding-case.md' } },
    { field: 'painFreeDuring', value: 'cycling', present: 'weak', absent: 'neutral', why: 'Activity without impact was pain-free in the founding case.', evidence: { kind: 'cited', sourceIds: ['founding-case'], checked: 'full-text', checkedAt: 'docs/founding-case.md' } },
    { field: 'painFreeDuring', value: 'elliptical', present: 'weak', absent: 'neutral', why: 'Activity without impact was pain-free in the founding case.', evidence: { kind: 'cited', sourceIds: ['founding-case'], checked: 'full-text', checkedAt: 'docs/founding-case.md' } },
    { field: 'aggravatedBy', value: 'jumping', present: 'weak', absent: 'neutral', why: 'Jumping loads the bent knee and can provoke it.', evidence: { kind: 'cited', sourceIds: ['willy-2019'], checked: 'abstract', checkedAt: 'https://explore.openaire.eu/search/publication?pid=31475628' } },
    { field: 'signs', value: 'pain-after-distance', or: ['pain-after-time'], present: 'weak', absent: 'neutral', why: 'Pain that starts at the same point in each run is common with it, though not specific.', evidence: { kind: 'library-default', reason: 'In a clinical review, runners whom clinicians judge to have patellofemoral pain commonly report pain starting at a fixed point of the run; no source grades it, so it is weak here as for the iliotibial band.' } },
    { field: 'trainingChange', value: 'intensity-increase', present: 'weak', absent: 'neutral', why: 'It began after sprint workouts in the founding case.', evidence: { kind: 'cited', sourceIds: ['founding-case'], checked: 'full-text', checkedAt: 'docs/founding-case.md' } },
    { field: 'signs', value: 'crepitus', present: 'weak', absent: 'neutral', why: 'Grinding under the kneecap is common with it, though not specific.', evidence: { kind: 'library-default', reason: 'Crepitus is a common complaint but no source here grades it; kept weak.' } },
  ],
  sources: [
    {
      kind: 'publication',
      id: 'crossley-2016-part1',
      design: 'expert-consensus',
      authors: ['Crossley KM', 'Stefanik JJ', 'Selfe J', 'Collins NJ', 'Davis IS', 'Powers CM', 'McConnell J', 'Vicenzino B', 'Bazett-Jones DM', 'Esculier JF', 'Morrissey D', 'Callaghan MJ'],
      year: 2016,
      title: '2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 1: Terminology, definitions, clinical examination, natural history, patellofemoral osteoarthritis and patient-reported outcome measures',
      publishedIn: 'Br J Sports Med 2016;50(14):839–843',
      doi: '10.1136/bjsports-2016-096384',
    },
    willy2019,
    {
      kind: 'clinician-prescription',
      id: 'founding-case',
      design: 'clinician-prescription',
      clinician: 'Physical therapist (Doctor of Physical Therapy, board-certified orthopaedic clinical specialist; track and cross-country coach)',
      title: 'Assessment of anterior knee pain after sprint workouts in a 31-year-old ultrarunner',
      recordedIn: 'docs/founding-case.md in the rehab-protocols repository',
    },
  ],
});
