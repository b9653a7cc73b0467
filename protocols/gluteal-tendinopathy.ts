/**
 * Gluteal tendinopathy (lateral hip pain): the condition, and the home exercise programme of the LEAP trial
 * (Mellor 2018).
 *
 * @module rehab-protocols/protocols/gluteal-tendinopathy
 */
import { catalogueCondition, catalogueProtocol, type Citation, type Condition, type Dose, type Protocol } from '../src/model/index.js';
import { painMonitoredRunningExtension, silbernagel2007 } from './shared/pain-monitoring.js';

const PROTOCOL_TABLE_3 = 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-016-1043-6/tables/3';
const PROTOCOL_TABLE_1 = 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-016-1043-6/tables/1';
const TRIAL = 'https://www.bmj.com/content/361/bmj.k1662.long';
const ALLISON = 'https://journals.lww.com/acsm-msse/Fulltext/2016/03000/Hip_Abductor_Muscle_Weakness_in_Individuals_with.2.aspx';

/** The LEAP trial's protocol paper: who was included (Table 1) and the exercise doses (Table 3). */
const mellor2016: Citation = {
  kind: 'publication',
  id: 'mellor-2016',
  // The protocol paper of the randomised trial that then tested these very doses (Mellor 2018, BMJ, cited below): its
  // tables are the trial's intervention as given, so the design is the trial's. (Unlike Crowell 2023's ladder, the
  // standard care of a trial that tests something else, recorded as `clinical-protocol`.)
  design: 'randomized-trial',
  authors: ['Mellor R', 'et al.'],
  year: 2016,
  title:
    'Exercise and load modification versus corticosteroid injection versus ‘wait and see’ for persistent gluteus medius/minimus tendinopathy (the LEAP trial): a protocol for a randomised clinical trial',
  publishedIn: 'BMC Musculoskelet Disord 2016;17',
  doi: '10.1186/s12891-016-1043-6',
};

/** The condition's description: tenderness at the greater trochanter; walking, stairs and lying on that side. */
const allison2016: Citation = {
  kind: 'publication',
  id: 'allison-2016',
  // A comparison of people with the condition and without it; the nearest design in the list.
  design: 'cohort',
  authors: ['Allison K', 'Vicenzino B', 'Wrigley TV', 'Grimaldi A', 'Hodges PW', 'Bennell KL'],
  year: 2016,
  title: 'Hip abductor muscle weakness in individuals with gluteal tendinopathy',
  publishedIn: 'Med Sci Sports Exerc 2016;48(3):346–352',
  doi: '10.1249/MSS.0000000000000781',
};

/** A review of the condition: where the pain is felt, and how far it spreads. */
const grimaldi2015: Citation = {
  kind: 'publication',
  id: 'grimaldi-2015',
  design: 'narrative-review',
  authors: ['Grimaldi A', 'Mellor R', 'Hodges P', 'Bennell K', 'Wajswelner H', 'Vicenzino B'],
  year: 2015,
  title: 'Gluteal tendinopathy: a review of mechanisms, assessment and management',
  publishedIn: 'Sports Med 2015;45(8):1107–1119',
  doi: '10.1007/s40279-015-0336-5',
};

const table1 = { kind: 'cited' as const, sourceIds: ['mellor-2016'], checked: 'full-text' as const, checkedAt: PROTOCOL_TABLE_1 };
const allison = { kind: 'cited' as const, sourceIds: ['allison-2016'], checked: 'full-text' as const, checkedAt: ALLISON };

/**
 * Gluteal tendinopathy as the condition matcher sees it: pain on the outside of the hip, over the bony point (the
 * greater trochanter), tender to press, worse lying on that side, on stairs and standing on that leg.
 *
 * @example
 * ```ts
 * import { matchConditions } from 'rehab-protocols';
 * import { condition } from 'rehab-protocols/protocols/gluteal-tendinopathy';
 *
 * matchConditions({ region: 'hip', locations: ['lateral', 'greater-trochanter'] }, { conditions: [condition] }).matches[0]?.conditionId;
 * //=> 'gluteal-tendinopathy'
 * ```
 */
export const condition: Condition = /* @__PURE__ */ catalogueCondition({
  id: 'gluteal-tendinopathy',
  name: 'Gluteal tendinopathy',
  aliases: ['lateral hip pain', 'greater trochanteric pain syndrome', 'trochanteric bursitis'],
  summary:
    'Pain on the outside of the hip, over the bony point at the side, from the tendons of the buttock muscles that attach there. ' +
    'Lying on that side, stairs and standing on that leg bring it on.',
  referOnly: false,
  prior: { probability: 0.1, evidence: { kind: 'library-default', reason: 'Every condition starts at the same prior so that findings alone decide the order.' } },
  findings: [
    { field: 'region', value: 'hip', present: 'strong', absent: 'neutral', why: 'It is felt at the side of the hip.', evidence: table1 },
    { field: 'region', value: 'hip', or: ['thigh'], present: 'neutral', absent: 'rules-out', why: 'It is felt at the side of the hip, sometimes down the outside of the thigh; pain elsewhere is not these tendons.', evidence: { kind: 'cited', sourceIds: ['grimaldi-2015'], checked: 'secondary', checkedAt: 'https://buboflash.eu/bubo5/show-dao2?d=1687551872268', note: '"pain and tenderness primarily at the greater trochanter … There may be some radiation around the trochanter and often down the lateral thigh", quoted from the review\u2019s text on a study-card page; the citation was checked on the article\u2019s first page (scribd.com/document/483937653).' } },
    { field: 'locations', value: 'lateral', or: ['greater-trochanter'], present: 'moderate', absent: 'rules-out', why: 'It is felt on the outside of the hip; so is pain from the muscle at the front of the side of the hip (tensor fasciae latae) and pain referred from the back.', evidence: { ...table1, note: 'Rules-out, when neither the outside of the hip nor the bony point hurts, is the library\'s grade: the trial included lateral hip pain, worst over the greater trochanter (Table 1), so hip pain elsewhere is outside what it tested.' } },
    { field: 'locations', value: 'greater-trochanter', present: 'strong', absent: 'strongly-against', why: 'Pain worst over the bony point at the side of the hip, where the tendons attach, is its hallmark: asked before a plan.', evidence: table1 },
    { field: 'signs', value: 'tender-to-touch', present: 'moderate', absent: 'neutral', why: 'The bony point at the side of the hip is tender to press.', evidence: { ...allison, note: '"distinct tenderness on palpation"; tenderness of the greater trochanter was also an entry criterion of the LEAP trial.' } },
    { field: 'aggravatedBy', value: 'lying-on-side', present: 'strong', absent: 'neutral', why: 'Lying on the painful side presses the tendons against the bone.', evidence: allison },
    { field: 'aggravatedBy', value: 'stairs-ascent', present: 'moderate', absent: 'neutral', why: 'Climbing stairs typically provokes it.', evidence: allison },
    { field: 'aggravatedBy', value: 'walking', present: 'weak', absent: 'neutral', why: 'Walking typically provokes it.', evidence: allison },
    { field: 'aggravatedBy', value: 'single-leg-standing', present: 'moderate', absent: 'neutral', why: 'Standing on that leg alone loads the tendons and can reproduce the pain.', evidence: { ...table1, note: 'Single-leg stance reproducing the pain was one of the trial’s entry tests.' } },
    { field: 'locations', value: 'groin', present: 'strongly-against', absent: 'neutral', why: 'Pain in the groin points to the hip joint (or, in a runner, a stress injury of the hip bone), not these tendons.', evidence: { ...table1, note: 'Hip joint disease with groin pain as the main complaint was excluded from the trial.' } },
    { field: 'locations', value: 'buttock', or: ['ischial-tuberosity'], present: 'against', absent: 'neutral', why: 'Pain low in the buttock at the sitting bone points to the hamstring tendon instead.', evidence: { kind: 'library-default', reason: 'The look-alike the library knows (proximal hamstring tendinopathy, Goom 2016) is felt at the sitting bone, not the side of the hip; no source grades the difference.' } },
    { field: 'background', value: 'back-pain', present: 'against', absent: 'neutral', why: 'Pain spreading from the lower back can be felt at the side of the hip.', evidence: { ...table1, note: 'Significant signs of lumbar pathology excluded people from the trial.' } },
  ],
  sources: [mellor2016, allison2016, grimaldi2015],
});

const fromTable3 = /* @__NO_SIDE_EFFECTS__ */ (note: string) => ({ kind: 'cited' as const, sourceIds: ['mellor-2016'], checked: 'full-text' as const, checkedAt: PROTOCOL_TABLE_3, note });
const dose = /* @__NO_SIDE_EFFECTS__ */ (sets: [number, number], reps: [number, number], perSide: boolean, note: string, extra: Partial<Dose> = {}): Dose => ({
  sets: { min: sets[0], max: sets[1] },
  reps: { min: reps[0], max: reps[1] },
  perSide,
  load: { kind: 'bodyweight' },
  ...extra,
  notes: note,
  evidence: fromTable3(note),
});
const staticHolds = /* @__PURE__ */ dose([1, 2], [3, 10], true, 'Light effort, slow onset, twice a day in the source. Table 3 gives 10 holds × 1–2 sets and 3–5 holds × 1 set, holds of 5–10 s and 5–15 s, for the lying and standing versions; these ranges span both.', {
  holdSeconds: { min: 5, max: 15 },
  timesPerDay: { min: 2, max: 2 },
});

/**
 * Gluteal tendinopathy: the home exercise part of the LEAP trial's education-plus-exercise programme (Mellor 2018,
 * BMJ): eight weeks of static hip abduction holds, bridging, squats and side-stepping, from light double-leg work in
 * week 1 to harder single-leg-biased work from week 3, with advice to avoid positions that squeeze the tendons.
 *
 * @example
 * ```ts
 * import { generatePlan } from 'rehab-protocols';
 * import { glutealTendinopathy } from 'rehab-protocols/protocols/gluteal-tendinopathy';
 *
 * generatePlan(glutealTendinopathy, { startDate: '2026-12-01' }).days.length;
 * //=> 56
 * ```
 */
export const glutealTendinopathy: Protocol = /* @__PURE__ */ catalogueProtocol({
  id: 'gluteal-tendinopathy',
  name: 'Gluteal tendinopathy: education and exercise (LEAP trial)',
  condition: { id: 'gluteal-tendinopathy', name: 'Gluteal tendinopathy', aliases: ['lateral hip pain', 'greater trochanteric pain syndrome'] },
  summary:
    'Eight weeks of daily exercise for the hip abductors, from gentle holds and double-leg bridges and squats to harder ' +
    'single-leg-biased work, with education about managing the load on the tendons. In the LEAP trial this programme ' +
    'did better than a corticosteroid injection or waiting, at 8 weeks and at a year.',
  guidance: [
    'The trial’s programme was led by a physiotherapist: 14 sessions over 8 weeks of education and supervised exercise beside these home exercises. See one if you can.',
    'Who the trial studied: people aged 35–70 (167 of its 204 participants were women) with lateral hip pain for more than three months and tendon changes seen on MRI — not a trial of runners. Running alongside the programme follows the library’s pain-monitoring rule, not the trial.',
    'The static holds are done twice a day, as the source gives them: once with the day’s other exercises and again later in the day.',
    'The trial taught how to manage the load on the tendons. Positions that press them against the bone, such as lying on the painful side or sitting with the legs crossed, are commonly advised against.',
  ],
  sources: [
    {
      kind: 'publication',
      id: 'mellor-2018',
      design: 'randomized-trial',
      authors: ['Mellor R', 'Bennell K', 'Grimaldi A', 'Nicolson P', 'Kasza J', 'Hodges P', 'Wajswelner H', 'Vicenzino B'],
      year: 2018,
      title:
        'Education plus exercise versus corticosteroid injection use versus a wait and see approach on global outcome and pain from gluteal tendinopathy: prospective, single blinded, randomised clinical trial',
      publishedIn: 'BMJ 2018;361:k1662',
      doi: '10.1136/bmj.k1662',
    },
    mellor2016,
    silbernagel2007,
  ],
  exercises: [
    {
      id: 'static-hip-abduction',
      name: 'Static hip abduction hold',
      instructions: [
        'Lie on your back with your legs straight, or stand tall on both feet.',
        'Without moving the leg, gently press the painful leg outward, away from the other, building the effort slowly.',
        'Hold, then relax slowly.',
      ],
      cues: ['A light, steady effort: it should not hurt.', 'Keep your knees and toes pointing up (or forward).'],
      equipment: [],
      laterality: 'unilateral',
    },
    {
      id: 'double-leg-bridge',
      name: 'Bridge',
      instructions: ['Lie on your back, knees bent, feet flat and hip-width apart.', 'Lift your hips until your body is straight from shoulders to knees, then lower slowly.'],
      cues: ['Keep the pelvis level.', 'Knees stay in line with the feet.'],
      equipment: [],
      laterality: 'bilateral',
    },
    {
      id: 'offset-bridge',
      name: 'Offset bridge (more weight on the painful side)',
      instructions: ['Set up as for the bridge, with the foot of the painful side a little closer to you than the other.', 'Lift your hips, taking more of the weight through that foot, then lower slowly.'],
      cues: ['Keep the pelvis level: do not let the other side drop.'],
      equipment: [],
      laterality: 'unilateral',
    },
    {
      id: 'double-leg-squat',
      name: 'Squat',
      instructions: ['Stand with your feet hip-width apart.', 'Bend your knees and hips as if to sit, then stand up slowly.'],
      cues: ['Knees stay in line with the toes.', 'Keep your weight even on both feet.'],
      equipment: [],
      laterality: 'bilateral',
    },
    {
      id: 'offset-squat',
      name: 'Offset squat (more weight on the painful side)',
      instructions: ['Stand with the foot of the other side a little behind, its toes on the floor for balance.', 'Squat slowly, taking most of the weight through the painful side, then stand up.'],
      cues: ['Keep the pelvis level and the knee over the toes.'],
      equipment: [],
      laterality: 'unilateral',
    },
    {
      id: 'side-stepping',
      name: 'Side-stepping',
      instructions: ['Stand tall with your knees slightly bent.', 'Step sideways, bringing the other foot after you, then step back the other way.'],
      cues: ['Keep your pelvis level and your toes pointing forward.'],
      equipment: [],
      laterality: 'bilateral',
    },
  ],
  // The home exercises need no equipment; the trial's supervised sessions are named in the guidance.
  setting: 'home',
  equipment: [],
  phases: [
    {
      id: 'familiarisation',
      name: 'Week 1: getting used to the exercises',
      days: { min: 1, max: 7 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        { exerciseId: 'static-hip-abduction', dose: staticHolds },
        { exerciseId: 'double-leg-bridge', dose: dose([1, 1], [10, 10], false, 'Light effort, moderate speed.') },
        { exerciseId: 'double-leg-squat', dose: dose([1, 1], [10, 10], false, 'Light to somewhat hard effort, slow.') },
        { exerciseId: 'side-stepping', dose: dose([1, 1], [10, 10], true, 'Light effort, moderate speed; 10 steps each way.') },
      ],
      running: painMonitoredRunningExtension,
      evidence: fromTable3('Week 1, familiarisation: the exercises daily (the static holds twice a day).'),
    },
    {
      id: 'early-loading',
      name: 'Week 2: early loading',
      days: { min: 8, max: 14 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        { exerciseId: 'static-hip-abduction', dose: staticHolds },
        { exerciseId: 'double-leg-bridge', dose: dose([1, 1], [10, 10], false, 'Light effort, slow.') },
        { exerciseId: 'offset-bridge', dose: dose([1, 1], [5, 5], false, 'Somewhat hard effort, slow.') },
        { exerciseId: 'double-leg-squat', dose: dose([1, 1], [10, 10], false, 'Light effort, slow.') },
        { exerciseId: 'offset-squat', dose: dose([1, 1], [5, 5], false, 'Somewhat hard effort, slow.') },
        { exerciseId: 'side-stepping', dose: dose([1, 1], [15, 15], true, 'Light effort, moderate speed; 15 steps each way.') },
      ],
      running: painMonitoredRunningExtension,
      evidence: fromTable3('Week 2, early loading and movement optimisation: daily.'),
    },
    {
      id: 'graduated-loading',
      name: 'Weeks 3–8: graduated loading',
      days: { min: 15, max: 56 },
      sessionsPerDay: { min: 1, max: 1 },
      exerciseDays: { kind: 'daily' },
      exercises: [
        { exerciseId: 'static-hip-abduction', dose: staticHolds },
        { exerciseId: 'double-leg-bridge', dose: dose([1, 1], [5, 5], false, 'Light effort, slow.') },
        { exerciseId: 'offset-bridge', dose: dose([2, 2], [5, 10], false, 'Somewhat hard to hard effort.') },
        { exerciseId: 'double-leg-squat', dose: dose([1, 1], [5, 5], false, 'Light effort, slow.') },
        { exerciseId: 'offset-squat', dose: dose([2, 2], [5, 10], false, 'Somewhat hard to hard effort.') },
        { exerciseId: 'side-stepping', dose: dose([1, 1], [10, 10], true, 'Light effort, moderate speed; 10 steps each way.') },
      ],
      running: painMonitoredRunningExtension,
      evidence: fromTable3(
        'Weeks 3–8, graduated loading: bridging and side-stepping daily; the table gives no frequency for the squats, so daily is the library’s reading. The band side slides and the clinic’s sliding platform need a physiotherapist and are left out.',
      ),
    },
  ],
  checkpoints: [
    {
      day: 56,
      assess: 'After 8 weeks, is the pain on the outside of the hip clearly better than at the start?',
      ifNotBetter: 'See a clinician: other causes, or other treatments, may need looking at.',
      referral: true,
      evidence: {
        kind: 'cited',
        sourceIds: ['mellor-2018'],
        checked: 'abstract',
        checkedAt: TRIAL,
        note: 'The trial’s primary outcomes were at 8 weeks; referral when not better then is the library’s rule.',
      },
    },
  ],
});
