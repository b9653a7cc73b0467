import type { SymptomProfile } from 'rehab-protocols';

/**
 * A runner's own description of their pain, as posted on a forum or typed into an app, with what a careful sports
 * physical therapist would do. Written from the clinical picture, not from what the matcher returns.
 */
export interface RunnerVignette {
  /** Unique id, `rl-<condition-or-red-flag>-<n>`. */
  id: string;
  /** The runner's own words, first person. */
  story: string;
  /**
   * Only what this runner said: each value mentioned is asked and present; the rest is not asked (see `said`), except
   * a list the story shows the runner went through in full (a red-flag checklist with nothing ticked).
   */
  profile: SymptomProfile;
  /** The full picture: what this runner would answer if asked every question; used to answer follow-up questions. */
  truth: SymptomProfile;
  /** What a careful sports physical therapist would do. */
  expected: { action: 'plan'; conditionId: string } | { action: 'refer' };
  /** Why a clinician decides so, naming the source id from the condition module where relevant. */
  basis: string;
}

const LISTS = ['otherRegions', 'locations', 'aggravatedBy', 'painFreeDuring', 'trainingChange', 'signs', 'redFlags', 'background'] as const;

/** The runner's full answers: every list field given; a list not written here is one the runner would answer "no" to throughout. */
function truth(answers: SymptomProfile): SymptomProfile {
  const full: SymptomProfile = { ...answers };
  for (const field of LISTS) (full as Record<string, unknown>)[field] ??= [];
  return full;
}

type ListField = (typeof LISTS)[number];

/**
 * What the runner said, as a profile: each value they mention in a list is asked and present, and the rest of that
 * list's vocabulary is not asked (a forum post or a free-text box is not a checklist). `checklists` names the lists the
 * runner went through in full (e.g. a red-flag checklist where they ticked none).
 */
function said(answers: SymptomProfile, checklists: readonly ListField[] = []): SymptomProfile {
  const asked: Record<string, string[]> = {};
  for (const field of LISTS) {
    const values = answers[field];
    if (values !== undefined && !checklists.includes(field)) asked[field] = [...values];
  }
  return Object.keys(asked).length === 0 ? answers : { ...answers, asked: asked as SymptomProfile['asked'] & object };
}

const plan = (conditionId: string) => ({ action: 'plan' as const, conditionId });
const refer = { action: 'refer' as const };

const kneeVignettes: RunnerVignette[] = [
  {
    id: 'rl-patellofemoral-pain-1',
    story: 'Dull ache at the front of my knee, mostly just below the kneecap but honestly hard to pin down, sort of behind it too. Worst going down stairs and when I stand up after a long meeting. Squats hurt. I only run, no jumping sports.',
    profile: said({ region: 'knee', locations: ['anterior', 'inferior-pole-patella', 'diffuse'], aggravatedBy: ['stairs-descent', 'prolonged-sitting', 'squatting', 'running'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'gradual', age: 29, sex: 'female', locations: ['anterior', 'inferior-pole-patella', 'diffuse', 'retropatellar', 'deep'], aggravatedBy: ['stairs-descent', 'prolonged-sitting', 'squatting', 'running', 'downhill-running', 'downhill-walking'], painFreeDuring: ['swimming', 'rest'], trainingChange: ['mileage-increase'] }),
    expected: plan('patellofemoral-pain'),
    basis: 'Diffuse anterior pain provoked by stairs down, sitting and squatting is PFP (crossley-2016-part1, willy-2019); "below the kneecap" without jumping or load-dependent focal tendon pain is not patellar tendinopathy (malliaras-2015).',
  },
  {
    id: 'rl-patellofemoral-pain-2',
    story: 'Both knees ache around the kneecaps since I bumped up my mileage for a half. Running downhill and going down stairs are the worst, the bike is totally fine. Ticked none of the warning signs in the app.',
    profile: said({ region: 'knee', side: 'both', locations: ['peripatellar', 'anterior'], aggravatedBy: ['running', 'downhill-running', 'stairs-descent'], painFreeDuring: ['cycling'], trainingChange: ['mileage-increase'], redFlags: [] }, ['redFlags']),
    truth: truth({ side: 'both', region: 'knee', onset: 'gradual', age: 38, sex: 'male', locations: ['peripatellar', 'anterior', 'diffuse'], aggravatedBy: ['running', 'downhill-running', 'stairs-descent', 'squatting', 'downhill-walking'], painFreeDuring: ['cycling', 'walking', 'rest'], trainingChange: ['mileage-increase'], signs: ['crepitus'] }),
    expected: plan('patellofemoral-pain'),
    basis: 'Bilateral peripatellar pain with stairs and downhill after a load rise, pain-free cycling: the typical PFP picture (crossley-2016-part1).',
  },
  {
    id: 'rl-patellofemoral-pain-3',
    story: 'Pain around the outer edge of my kneecap that kicks in about 20 minutes into every run. Also hurts going down stairs and after sitting through a film.',
    profile: said({ region: 'knee', locations: ['peripatellar', 'lateral', 'anterior'], aggravatedBy: ['running', 'stairs-descent', 'prolonged-sitting'], signs: ['pain-after-time'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'gradual', age: 33, sex: 'female', locations: ['peripatellar', 'lateral', 'anterior', 'retropatellar'], aggravatedBy: ['running', 'stairs-descent', 'prolonged-sitting', 'squatting', 'downhill-running'], painFreeDuring: ['cycling', 'walking', 'rest'], signs: ['pain-after-time'], trainingChange: ['intensity-increase'] }),
    expected: plan('patellofemoral-pain'),
    basis: 'Pain at the kneecap\'s edge with stairs and sitting is patellofemoral; pain at a fixed point in the run is not specific to ITBS (CLINICAL-REVIEW §3.5, willy-2019).',
  },
  {
    id: 'rl-iliotibial-band-syndrome-1',
    story: 'Started marathon training and upped my miles. Now the outside of my right knee starts stabbing about 5k into every run, especially downhill, and I have to stop and walk. Fine by the next day. No warning signs ticked.',
    profile: said({ region: 'knee', side: 'right', onset: 'gradual', locations: ['lateral'], aggravatedBy: ['running', 'downhill-running'], signs: ['pain-after-distance'], trainingChange: ['mileage-increase'], redFlags: [] }, ['redFlags']),
    truth: truth({ side: 'right', region: 'knee', onset: 'gradual', age: 31, sex: 'male', locations: ['lateral', 'lateral-femoral-epicondyle'], aggravatedBy: ['running', 'downhill-running', 'downhill-walking'], painFreeDuring: ['walking', 'rest', 'swimming'], signs: ['pain-after-distance', 'tender-to-touch'], trainingChange: ['mileage-increase'] }),
    expected: plan('iliotibial-band-syndrome'),
    basis: 'Lateral knee pain at a set distance, worse downhill, after a mileage rise, gone at rest: the classic ITBS history (baker-2016).',
  },
  {
    id: 'rl-iliotibial-band-syndrome-2',
    story: 'Pain on the outside of my knee that sometimes shoots up the outside of my thigh. Comes on around 20 minutes into a run, walking is fine, and it bugs me on long bike rides too.',
    profile: said({ region: 'knee', locations: ['lateral'], aggravatedBy: ['running', 'cycling'], painFreeDuring: ['walking'], signs: ['pain-after-time', 'radiates-up-thigh'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'gradual', age: 42, sex: 'male', locations: ['lateral'], aggravatedBy: ['running', 'cycling', 'downhill-running'], painFreeDuring: ['walking', 'rest', 'swimming'], signs: ['pain-after-time', 'radiates-up-thigh', 'tightness'], trainingChange: ['hill-training'] }),
    expected: plan('iliotibial-band-syndrome'),
    basis: 'Lateral knee pain with repeated knee flexion (running, cycling), at a set time into the run, spreading up the thigh (baker-2016).',
  },
  {
    id: 'rl-meniscal-injury-1',
    story: 'Twisted my knee stepping off a root on a trail run. Now pain on the outer side of the knee, right in the gap between the bones. Hurts when I squat deep or pivot.',
    profile: said({ region: 'knee', onset: 'sudden', locations: ['lateral', 'joint-line'], aggravatedBy: ['twisting', 'squatting'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'sudden', age: 36, sex: 'male', locations: ['lateral', 'joint-line', 'deep'], aggravatedBy: ['twisting', 'squatting', 'running', 'kneeling'], painFreeDuring: ['cycling', 'rest'], redFlags: ['trauma'] }),
    expected: refer,
    basis: 'Lateral joint-line pain after a twist on a loaded knee is a possible meniscal tear, not ITBS: refer-only (logerstedt-2018).',
  },
  {
    id: 'rl-meniscal-injury-2',
    story: 'Twisted my knee playing football with the kids. Pain deep inside on the inner side of the knee, it clicks, and sometimes it gets stuck and I have to wiggle it straight.',
    profile: said({ region: 'knee', onset: 'sudden', locations: ['medial', 'deep'], aggravatedBy: ['twisting'], redFlags: ['locking'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'sudden', age: 44, sex: 'male', locations: ['medial', 'deep', 'joint-line'], aggravatedBy: ['twisting', 'squatting', 'running'], redFlags: ['locking', 'trauma'], signs: ['crepitus'] }),
    expected: refer,
    basis: 'Locking after a twisting injury is a mechanical symptom of a meniscal tear: refer (logerstedt-2018).',
  },
  {
    id: 'rl-no-clear-match-1',
    story: 'Pain at the back of my knee. Feels tight behind the knee when I straighten it all the way and towards the end of long runs.',
    profile: said({ region: 'knee', locations: ['posterior'], aggravatedBy: ['running'], signs: ['tightness'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'gradual', age: 47, sex: 'female', locations: ['posterior', 'deep'], aggravatedBy: ['running', 'squatting'], painFreeDuring: ['cycling', 'rest'], signs: ['tightness', 'pain-after-distance'] }),
    expected: refer,
    basis: 'Posterior knee pain is not PFP (crossley-2016-part1) and none of the library\'s conditions covers it; causes include a Baker\'s cyst or vascular causes: a clinician should look.',
  },
  {
    id: 'rl-patellar-tendinopathy-1',
    story: 'Pain right at the bottom tip of my kneecap. I play volleyball twice a week on top of running, and jumping and landing kill it. Eases once I\'m warmed up, then it\'s worse the next morning.',
    profile: said({ region: 'knee', locations: ['inferior-pole-patella', 'anterior'], aggravatedBy: ['jumping', 'running'], signs: ['warms-up-with-activity'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'gradual', age: 24, sex: 'male', locations: ['inferior-pole-patella', 'anterior'], aggravatedBy: ['jumping', 'running', 'hopping', 'squatting', 'sprinting'], painFreeDuring: ['cycling', 'walking', 'rest'], signs: ['warms-up-with-activity', 'tender-to-touch', 'morning-stiffness'], trainingChange: ['intensity-increase'], redFlags: ['pain-on-hopping'] }),
    expected: plan('patellar-tendinopathy'),
    basis: 'Pain localised to the inferior pole, rising with jumping and easing with warm-up: patellar tendinopathy (malliaras-2015).',
  },
  {
    id: 'rl-patellar-tendinopathy-2',
    story: 'Since adding plyometrics and hill sprints, there\'s a sore spot just under my kneecap that hurts to press. Box jumps and sprints hurt, easy runs are fine.',
    profile: said({ region: 'knee', locations: ['inferior-pole-patella'], aggravatedBy: ['jumping', 'sprinting'], signs: ['tender-to-touch'], trainingChange: ['intensity-increase'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'gradual', age: 27, sex: 'female', locations: ['inferior-pole-patella', 'anterior'], aggravatedBy: ['jumping', 'sprinting', 'hopping', 'squatting'], painFreeDuring: ['walking', 'cycling', 'rest'], signs: ['tender-to-touch', 'warms-up-with-activity'], trainingChange: ['intensity-increase', 'hill-training'], redFlags: ['pain-on-hopping'] }),
    expected: plan('patellar-tendinopathy'),
    basis: 'Focal inferior-pole pain that rises with energy-storage loads (jumps, sprints) but not easy running: patellar tendinopathy (malliaras-2015).',
  },
  {
    id: 'rl-pes-anserine-pain-1',
    story: 'I\'m 55, took up running two years ago. Pain on the inner side of my knee, a bit below the joint. Tender when I press there, worse climbing stairs and on runs.',
    profile: said({ region: 'knee', age: 55, locations: ['medial', 'pes-anserine'], aggravatedBy: ['stairs-ascent', 'running'], signs: ['tender-to-touch'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'gradual', age: 55, sex: 'female', locations: ['medial', 'pes-anserine'], aggravatedBy: ['stairs-ascent', 'running'], painFreeDuring: ['walking', 'swimming', 'rest'], signs: ['tender-to-touch'], trainingChange: ['mileage-increase'] }),
    expected: plan('pes-anserine-pain'),
    basis: 'Medial pain and tenderness below the joint line in an older runner, worse on stairs up: pes anserine pain (helfenstein-2010).',
  },
  {
    id: 'rl-pes-anserine-pain-2',
    story: 'Woman, 61, marathoner. Sore spot on the inside of my left leg just below the knee, a few fingers under the joint. Sore after long runs and going upstairs, and it hurts to press.',
    profile: said({ region: 'knee', side: 'left', age: 61, sex: 'female', onset: 'gradual', locations: ['medial', 'pes-anserine'], aggravatedBy: ['running', 'stairs-ascent'], signs: ['tender-to-touch'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'gradual', age: 61, sex: 'female', locations: ['medial', 'pes-anserine'], aggravatedBy: ['running', 'stairs-ascent'], painFreeDuring: ['walking', 'cycling', 'swimming', 'rest'], signs: ['tender-to-touch', 'pain-after-distance'], background: ['previous-episode'] }),
    expected: plan('pes-anserine-pain'),
    basis: 'Tenderness at the pes anserine insertion below the medial joint line in an older runner (helfenstein-2010).',
  },
  {
    id: 'rl-swelling-1',
    story: 'My knee swelled up like a balloon after my long run on Sunday. Achy at the front, hard to bend fully.',
    profile: said({ region: 'knee', locations: ['anterior'], redFlags: ['swelling'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'gradual', age: 40, sex: 'male', locations: ['anterior', 'diffuse'], aggravatedBy: ['running', 'squatting', 'stairs-descent'], redFlags: ['swelling'] }),
    expected: refer,
    basis: 'An effusion is not part of PFP and needs a clinician to examine the joint (red flag).',
  },
  {
    id: 'rl-giving-way-1',
    story: 'Pain around my kneecap and twice this week my knee just gave out going downhill. Scared to run on it.',
    profile: said({ region: 'knee', locations: ['peripatellar'], aggravatedBy: ['downhill-running'], redFlags: ['giving-way'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'gradual', age: 22, sex: 'female', locations: ['peripatellar', 'anterior'], aggravatedBy: ['downhill-running', 'running', 'stairs-descent'], redFlags: ['giving-way'] }),
    expected: refer,
    basis: 'Giving way suggests instability (ligament, patellar instability, meniscus) that a clinician must examine (logerstedt-2018).',
  },
  {
    id: 'rl-fever-1',
    story: 'My knee is hot, red and swollen since yesterday, and I\'ve got a temperature. It hurts all the time.',
    profile: said({ region: 'knee', onset: 'sudden', redFlags: ['fever', 'swelling', 'rest-pain'] }),
    truth: truth({ side: 'right', region: 'knee', onset: 'sudden', age: 35, sex: 'male', locations: ['diffuse'], aggravatedBy: ['walking', 'running', 'squatting'], redFlags: ['fever', 'swelling', 'rest-pain', 'night-pain'] }),
    expected: refer,
    basis: 'A hot swollen joint with fever may be septic arthritis: same-day referral.',
  },
  {
    id: 'rl-trauma-1',
    story: 'Tripped on a trail run and landed right on my kneecap. Since then it hurts at the front, especially kneeling.',
    profile: said({ region: 'knee', onset: 'sudden', locations: ['anterior'], aggravatedBy: ['kneeling'], redFlags: ['trauma'] }),
    truth: truth({ side: 'left', region: 'knee', onset: 'sudden', age: 30, sex: 'female', locations: ['anterior', 'retropatellar'], aggravatedBy: ['kneeling', 'running', 'squatting'], redFlags: ['trauma'], signs: ['tender-to-touch'] }),
    expected: refer,
    basis: 'Pain after a direct blow needs a clinician to exclude a fracture or bone bruise before exercise (red flag).',
  },
];

const legVignettes: RunnerVignette[] = [
  {
    id: 'rl-medial-tibial-stress-syndrome-1',
    story: 'Inside of my shins, both legs, sore along a long stretch. Started when I went from 20 to 35 km a week. Hurts at the start of runs; I can walk fine.',
    profile: said({ region: 'shin', side: 'both', age: 34, locations: ['medial', 'diffuse'], aggravatedBy: ['running'], painFreeDuring: ['walking'], trainingChange: ['mileage-increase'] }),
    truth: truth({ side: 'both', region: 'shin', onset: 'gradual', age: 34, sex: 'male', locations: ['medial', 'diffuse', 'distal-medial-tibia'], aggravatedBy: ['running'], painFreeDuring: ['walking', 'cycling', 'rest'], trainingChange: ['mileage-increase'], signs: ['tender-to-touch', 'warms-up-with-activity'] }),
    expected: plan('medial-tibial-stress-syndrome'),
    basis: 'Exercise-induced pain along a length of the inner shin in both legs, painless walking, after a load rise: MTSS (winters-2018, moen-2012).',
  },
  {
    id: 'rl-medial-tibial-stress-syndrome-2',
    story: 'Shin splints again, on the lower inside of my right shin, tender along a few inches of bone when I press. Started when I moved from the treadmill to the roads. I\'ve been running about six months.',
    profile: said({ region: 'shin', side: 'right', locations: ['distal-medial-tibia', 'medial', 'diffuse'], aggravatedBy: ['running'], signs: ['tender-to-touch'], trainingChange: ['surface-change'], background: ['novice-runner', 'previous-episode'] }),
    truth: truth({ side: 'right', region: 'shin', onset: 'gradual', age: 27, sex: 'female', locations: ['distal-medial-tibia', 'medial', 'diffuse'], aggravatedBy: ['running'], painFreeDuring: ['walking', 'cycling', 'rest'], signs: ['tender-to-touch'], trainingChange: ['surface-change'], background: ['novice-runner', 'previous-episode'] }),
    expected: plan('medial-tibial-stress-syndrome'),
    basis: 'Tenderness over several centimetres of the distal medial tibia, novice runner, no focal spot or rest pain: MTSS (winters-2018, newman-2013).',
  },
  {
    id: 'rl-tibial-bone-stress-injury-1',
    story: 'One spot on the inside of my left shin, about the size of a coin, really hurts to press. Now it hurts walking to the car and it ached last night in bed.',
    profile: said({ region: 'shin', side: 'left', locations: ['medial'], aggravatedBy: ['running', 'walking'], redFlags: ['focal-bone-tenderness', 'night-pain'] }),
    truth: truth({ side: 'left', region: 'shin', onset: 'gradual', age: 26, sex: 'male', locations: ['medial', 'distal-medial-tibia'], aggravatedBy: ['running', 'walking', 'hopping'], trainingChange: ['mileage-increase'], redFlags: ['focal-bone-tenderness', 'night-pain', 'pain-on-hopping'] }),
    expected: refer,
    basis: 'Focal bone tenderness, pain on walking and night pain: a tibial bone stress injury until imaging says otherwise (warden-2014).',
  },
  {
    id: 'rl-tibial-bone-stress-injury-2',
    story: 'Pain on the front of my right shin. I ramped my mileage up fast for a marathon and now it hurts walking too, not just running.',
    profile: said({ region: 'shin', side: 'right', locations: ['anterior-tibia'], aggravatedBy: ['running', 'walking'], trainingChange: ['mileage-increase'] }),
    truth: truth({ side: 'right', region: 'shin', onset: 'gradual', age: 32, sex: 'male', locations: ['anterior-tibia'], aggravatedBy: ['running', 'walking', 'hopping'], trainingChange: ['mileage-increase'], signs: ['tender-to-touch'], redFlags: ['focal-bone-tenderness', 'pain-on-hopping'] }),
    expected: refer,
    basis: 'Anterior tibial pain that now hurts on walking after a rapid load rise, focal and painful on hopping when tested: bone stress injury, anterior cortex is high-risk (warden-2014).',
  },
  {
    id: 'rl-pain-on-hopping-1',
    story: 'Did the hop test from a running website on my left leg: sharp pain low on the inside of my shin every landing.',
    profile: said({ region: 'shin', side: 'left', locations: ['distal-medial-tibia'], redFlags: ['pain-on-hopping'] }),
    truth: truth({ side: 'left', region: 'shin', onset: 'gradual', age: 19, sex: 'female', locations: ['distal-medial-tibia', 'medial'], aggravatedBy: ['running', 'hopping'], trainingChange: ['mileage-increase'], redFlags: ['pain-on-hopping', 'focal-bone-tenderness'] }),
    expected: refer,
    basis: 'Pain on single-leg hopping is a typical provocation of a tibial bone stress injury (warden-2014).',
  },
  {
    id: 'rl-bone-stress-risk-1',
    story: 'I\'m 15 and on the cross-country team. Both my shins hurt on the inside edge when I run.',
    profile: said({ region: 'shin', side: 'both', age: 15, locations: ['medial'], aggravatedBy: ['running'] }),
    truth: truth({ side: 'both', region: 'shin', onset: 'gradual', age: 15, sex: 'male', locations: ['medial', 'distal-medial-tibia'], aggravatedBy: ['running'], painFreeDuring: ['walking', 'rest'], trainingChange: ['mileage-increase'], background: ['novice-runner'] }),
    expected: refer,
    basis: 'An adolescent with bilateral shin pain should be examined for a tibial stress reaction before a running programme (CLINICAL-REVIEW H3, warden-2014).',
  },
  {
    id: 'rl-bone-stress-risk-2',
    story: 'I\'m 24 and haven\'t had a period in five months since I started training hard. Now the lower inside of my shin hurts when I run.',
    profile: said({ region: 'shin', sex: 'female', age: 24, locations: ['medial'], aggravatedBy: ['running'], background: ['irregular-periods'] }),
    truth: truth({ side: 'left', region: 'shin', onset: 'gradual', age: 24, sex: 'female', locations: ['medial', 'distal-medial-tibia'], aggravatedBy: ['running'], painFreeDuring: ['walking', 'rest'], trainingChange: ['mileage-increase'], background: ['irregular-periods', 'low-body-weight'], redFlags: ['bone-stress-risk'] }),
    expected: refer,
    basis: 'Amenorrhoea with bone pain: low energy availability and a bone stress injury must be ruled out (wright-2015, warden-2014).',
  },
  {
    id: 'rl-leg-weakness-1',
    story: 'Front of my shin aches on runs and lately my foot slaps down and my toes catch on the pavement near the end.',
    profile: said({ region: 'shin', locations: ['anterior-tibia'], aggravatedBy: ['running'], redFlags: ['leg-weakness'] }),
    truth: truth({ side: 'right', region: 'shin', onset: 'gradual', age: 28, sex: 'male', locations: ['anterior-tibia'], aggravatedBy: ['running'], painFreeDuring: ['walking', 'rest'], signs: ['tightness', 'pain-after-time'], redFlags: ['leg-weakness', 'numbness'] }),
    expected: refer,
    basis: 'Foot drop with exertional anterior shin pain points to a nerve or compartment problem: refer.',
  },
  {
    id: 'rl-calf-swelling-1',
    story: 'Flew home after my marathon, and now my calf is swollen, warm and aches all the time.',
    profile: said({ region: 'calf', redFlags: ['calf-swelling', 'rest-pain'] }),
    truth: truth({ side: 'left', region: 'calf', onset: 'gradual', age: 50, sex: 'female', locations: ['posterior', 'diffuse'], aggravatedBy: ['walking', 'running'], redFlags: ['calf-swelling', 'rest-pain'] }),
    expected: refer,
    basis: 'A swollen warm calf after a long flight may be a deep vein thrombosis: same-day referral.',
  },
  {
    id: 'rl-unable-to-bear-weight-1',
    story: 'Rolled my ankle on a kerb mid-run and I can\'t put any weight on it. It blew up straight away.',
    profile: said({ region: 'ankle', onset: 'sudden', redFlags: ['unable-to-bear-weight', 'trauma', 'swelling'] }),
    truth: truth({ side: 'right', region: 'ankle', onset: 'sudden', age: 37, sex: 'female', locations: ['lateral'], aggravatedBy: ['walking'], redFlags: ['unable-to-bear-weight', 'trauma', 'swelling'] }),
    expected: refer,
    basis: 'Inability to bear weight after an ankle injury calls for imaging (Ottawa ankle rules): refer.',
  },
];

const footAndHipVignettes: RunnerVignette[] = [
  {
    id: 'rl-achilles-tendinopathy-midportion-1',
    story: 'My Achilles has been sore and stiff in the mornings for three weeks. Eases after the first mile. I upped my mileage last month.',
    profile: said({ region: 'ankle', locations: ['achilles'], aggravatedBy: ['running'], signs: ['morning-stiffness', 'warms-up-with-activity'], trainingChange: ['mileage-increase'] }),
    truth: truth({ side: 'left', region: 'ankle', onset: 'gradual', age: 41, sex: 'male', locations: ['achilles', 'achilles-midportion', 'posterior'], aggravatedBy: ['running', 'hopping', 'uphill-running', 'hills'], painFreeDuring: ['cycling', 'walking', 'rest'], signs: ['morning-stiffness', 'warms-up-with-activity', 'tender-to-touch'], trainingChange: ['mileage-increase'] }),
    expected: plan('achilles-tendinopathy-midportion'),
    basis: 'Achilles pain with morning stiffness that warms up, after a load rise: midportion tendinopathy, the commoner form (martin-2018).',
  },
  {
    id: 'rl-achilles-tendinopathy-midportion-2',
    story: 'There\'s a thickened lump in my Achilles a couple of inches above the heel. Creaky and sore on runs and when I skip, stiff getting out of bed. I\'m 45.',
    profile: said({ region: 'ankle', age: 45, locations: ['achilles-midportion', 'posterior'], aggravatedBy: ['running', 'hopping'], signs: ['morning-stiffness', 'tender-to-touch'] }),
    truth: truth({ side: 'right', region: 'ankle', onset: 'gradual', age: 45, sex: 'male', locations: ['achilles-midportion', 'achilles', 'posterior'], aggravatedBy: ['running', 'hopping', 'first-steps-after-rest'], painFreeDuring: ['cycling', 'swimming', 'rest'], signs: ['morning-stiffness', 'tender-to-touch', 'crepitus', 'warms-up-with-activity'], background: ['previous-episode'] }),
    expected: plan('achilles-tendinopathy-midportion'),
    basis: 'Localised thickening and pain 2–6 cm above the insertion with morning stiffness: midportion tendinopathy (martin-2018).',
  },
  {
    id: 'rl-achilles-tendinopathy-midportion-3',
    story: 'My Achilles is killing me since I started hill repeats. Stiff first thing.',
    profile: said({ region: 'heel', locations: ['achilles'], signs: ['morning-stiffness'], trainingChange: ['hill-training'] }),
    truth: truth({ side: 'right', region: 'heel', onset: 'gradual', age: 35, sex: 'female', locations: ['achilles', 'achilles-midportion', 'posterior'], aggravatedBy: ['running', 'uphill-running', 'hills', 'hopping'], painFreeDuring: ['cycling', 'walking', 'rest'], signs: ['morning-stiffness', 'warms-up-with-activity'], trainingChange: ['hill-training'] }),
    expected: plan('achilles-tendinopathy-midportion'),
    basis: 'Plain "my Achilles" with morning stiffness; on asking, the pain is above the heel: midportion tendinopathy (martin-2018).',
  },
  {
    id: 'rl-achilles-tendinopathy-insertional-1',
    story: 'Pain right where my Achilles meets the heel bone, with a bony bump there. New shoes with a stiff heel cup rub it, and running uphill is the worst. Stiff in the morning.',
    profile: said({ region: 'heel', locations: ['achilles-insertion', 'posterior'], aggravatedBy: ['uphill-running', 'running'], trainingChange: ['new-shoes'], signs: ['morning-stiffness'] }),
    truth: truth({ side: 'left', region: 'heel', onset: 'gradual', age: 48, sex: 'male', locations: ['achilles-insertion', 'achilles', 'posterior'], aggravatedBy: ['uphill-running', 'running', 'hills', 'stairs-ascent', 'first-steps-after-rest'], painFreeDuring: ['cycling', 'swimming', 'rest'], trainingChange: ['new-shoes'], signs: ['morning-stiffness', 'tender-to-touch'] }),
    expected: plan('achilles-tendinopathy-insertional'),
    basis: 'Pain at the tendon\'s attachment, provoked by heel-counter pressure and dorsiflexion (uphill): insertional tendinopathy (chimenti-2017).',
  },
  {
    id: 'rl-achilles-tendinopathy-insertional-2',
    story: 'Back of my heel, at the bottom of the Achilles where it attaches. Stiff in the morning and the first steps after sitting hurt; going upstairs bugs it.',
    profile: said({ region: 'heel', locations: ['achilles', 'achilles-insertion', 'posterior'], aggravatedBy: ['stairs-ascent', 'first-steps-after-rest'], signs: ['morning-stiffness'] }),
    truth: truth({ side: 'right', region: 'heel', onset: 'gradual', age: 52, sex: 'female', locations: ['achilles', 'achilles-insertion', 'posterior'], aggravatedBy: ['stairs-ascent', 'first-steps-after-rest', 'running', 'uphill-running', 'hills'], painFreeDuring: ['cycling', 'swimming', 'rest'], signs: ['morning-stiffness', 'tender-to-touch'] }),
    expected: plan('achilles-tendinopathy-insertional'),
    basis: 'Pain and stiffness at the Achilles insertion on the back of the heel (chimenti-2017); not under the heel, so not plantar heel pain.',
  },
  {
    id: 'rl-sudden-pop-1',
    story: 'Sprinting for the line, felt a pop in my Achilles like someone kicked me in the back of the leg. Now I can barely push off when I walk.',
    profile: said({ region: 'ankle', onset: 'sudden', locations: ['achilles'], aggravatedBy: ['walking'], redFlags: ['sudden-pop'] }),
    truth: truth({ side: 'right', region: 'ankle', onset: 'sudden', age: 43, sex: 'male', locations: ['achilles', 'achilles-midportion', 'posterior'], aggravatedBy: ['walking', 'running'], redFlags: ['sudden-pop', 'leg-weakness', 'swelling'] }),
    expected: refer,
    basis: 'A pop with sudden pain and weak push-off is an Achilles rupture until proven otherwise: same-day referral.',
  },
  {
    id: 'rl-plantar-heel-pain-1',
    story: 'Under my heel, first steps in the morning are agony, then it eases. Worse again after standing at work all day. Ticked none of the warning signs.',
    profile: said({ region: 'heel', locations: ['plantar-heel'], aggravatedBy: ['first-steps-after-rest', 'prolonged-standing'], signs: ['morning-stiffness'], redFlags: [] }, ['redFlags']),
    truth: truth({ side: 'left', region: 'heel', onset: 'gradual', age: 46, sex: 'female', locations: ['plantar-heel', 'plantar-medial-heel'], aggravatedBy: ['first-steps-after-rest', 'prolonged-standing', 'walking', 'running'], painFreeDuring: ['cycling', 'swimming', 'rest'], signs: ['morning-stiffness', 'tender-to-touch'] }),
    expected: plan('plantar-heel-pain'),
    basis: 'Pain under the heel worst on the first steps and after standing: plantar heel pain (koc-2023).',
  },
  {
    id: 'rl-plantar-heel-pain-2',
    story: 'Bottom of my foot from the heel into the arch. Hurts when I get out of the car after driving and for the first ten minutes of runs.',
    profile: said({ region: 'foot', locations: ['plantar-heel', 'arch'], aggravatedBy: ['first-steps-after-rest', 'running'], signs: ['warms-up-with-activity'] }),
    truth: truth({ side: 'right', region: 'foot', otherRegions: ['heel'], onset: 'gradual', age: 39, sex: 'male', locations: ['plantar-heel', 'plantar-medial-heel', 'arch'], aggravatedBy: ['first-steps-after-rest', 'running', 'prolonged-standing'], painFreeDuring: ['cycling', 'swimming', 'rest'], signs: ['warms-up-with-activity', 'morning-stiffness'], trainingChange: ['mileage-increase'] }),
    expected: plan('plantar-heel-pain'),
    basis: 'Plantar heel-to-arch pain with first-step pain after rest: plantar heel pain (koc-2023).',
  },
  {
    id: 'rl-rest-pain-1',
    story: 'Top of my foot aches even when I\'m sat on the sofa. Started after I upped my miles for a 10k.',
    profile: said({ region: 'foot', locations: ['top-of-foot'], trainingChange: ['mileage-increase'], redFlags: ['rest-pain'] }),
    truth: truth({ side: 'right', region: 'foot', onset: 'gradual', age: 33, sex: 'female', locations: ['top-of-foot'], aggravatedBy: ['running', 'walking', 'hopping'], trainingChange: ['mileage-increase'], redFlags: ['rest-pain', 'focal-bone-tenderness', 'swelling'] }),
    expected: refer,
    basis: 'Dorsal foot pain at rest after a load rise suggests a metatarsal stress fracture (warden-2014): refer.',
  },
  {
    id: 'rl-numbness-1',
    story: 'Burning on the top of my foot into my toes when I run, and there\'s a numb patch there afterwards.',
    profile: said({ region: 'foot', locations: ['top-of-foot'], aggravatedBy: ['running'], signs: ['burning'], redFlags: ['numbness'] }),
    truth: truth({ side: 'left', region: 'foot', onset: 'gradual', age: 29, sex: 'male', locations: ['top-of-foot'], aggravatedBy: ['running'], painFreeDuring: ['walking', 'rest', 'cycling'], signs: ['burning'], trainingChange: ['new-shoes'], redFlags: ['numbness'] }),
    expected: refer,
    basis: 'Burning with a numb patch is a nerve problem, outside every plan here: refer.',
  },
  {
    id: 'rl-bone-stress-risk-3',
    story: 'Had a metatarsal stress fracture last year. Now the top of my foot aches again on runs.',
    profile: said({ region: 'foot', locations: ['top-of-foot'], aggravatedBy: ['running'], background: ['previous-bone-stress-injury'] }),
    truth: truth({ side: 'left', region: 'foot', onset: 'gradual', age: 30, sex: 'female', locations: ['top-of-foot'], aggravatedBy: ['running', 'hopping'], painFreeDuring: ['rest', 'cycling'], trainingChange: ['mileage-increase'], background: ['previous-bone-stress-injury', 'previous-episode'], redFlags: ['bone-stress-risk'] }),
    expected: refer,
    basis: 'A previous stress fracture is the strongest risk factor for another (wright-2015); recurrent bone pain there needs imaging.',
  },
  {
    id: 'rl-proximal-hamstring-tendinopathy-1',
    story: 'Pain in my butt when I sit and when I run uphill. Right on the sitting bone.',
    profile: said({ region: 'hip', locations: ['buttock', 'ischial-tuberosity'], aggravatedBy: ['prolonged-sitting', 'uphill-running'] }),
    truth: truth({ side: 'right', region: 'hip', onset: 'gradual', age: 38, sex: 'female', locations: ['buttock', 'ischial-tuberosity', 'posterior', 'deep'], aggravatedBy: ['prolonged-sitting', 'uphill-running', 'hills', 'running', 'sprinting'], painFreeDuring: ['walking', 'swimming', 'rest'], trainingChange: ['hill-training'] }),
    expected: plan('proximal-hamstring-tendinopathy'),
    basis: 'Deep buttock pain at the ischial tuberosity provoked by sitting and uphill running: proximal hamstring tendinopathy (goom-2016).',
  },
  {
    id: 'rl-proximal-hamstring-tendinopathy-2',
    story: 'Deep ache high up at the back of my thigh just under the buttock. Worse with speed work and on long car drives. Came on gradually after I added track sessions.',
    profile: said({ region: 'thigh', onset: 'gradual', locations: ['posterior', 'ischial-tuberosity', 'deep'], aggravatedBy: ['sprinting', 'prolonged-sitting'], trainingChange: ['intensity-increase'] }),
    truth: truth({ side: 'left', region: 'thigh', onset: 'gradual', age: 44, sex: 'male', locations: ['posterior', 'ischial-tuberosity', 'buttock', 'deep'], aggravatedBy: ['sprinting', 'prolonged-sitting', 'running', 'uphill-running', 'hills'], painFreeDuring: ['walking', 'cycling', 'rest'], trainingChange: ['intensity-increase'], signs: ['tightness'] }),
    expected: plan('proximal-hamstring-tendinopathy'),
    basis: 'Lower-buttock/upper-hamstring pain with sitting and fast running, gradual onset: proximal hamstring tendinopathy (goom-2016).',
  },
  {
    id: 'rl-groin-pain-with-running-1',
    story: 'Deep ache in my groin, at the front of the hip, whenever I run. Getting worse each week.',
    profile: said({ region: 'hip', locations: ['groin', 'anterior', 'deep'], aggravatedBy: ['running'] }),
    truth: truth({ side: 'right', region: 'hip', onset: 'gradual', age: 23, sex: 'female', locations: ['groin', 'anterior', 'deep'], aggravatedBy: ['running', 'walking', 'hopping'], trainingChange: ['mileage-increase'], background: ['low-body-weight'], redFlags: ['groin-pain-with-running', 'bone-stress-risk'] }),
    expected: refer,
    basis: 'Groin pain with running may be a femoral neck stress fracture, which can displace: urgent referral (CLINICAL-REVIEW H5, warden-2014).',
  },
  {
    id: 'rl-back-pain-with-leg-pain-1',
    story: 'My lower back has been sore for weeks and now pain shoots down the back of my thigh into my calf when I run.',
    profile: said({ region: 'thigh', otherRegions: ['calf'], locations: ['posterior'], aggravatedBy: ['running'], background: ['back-pain'] }),
    truth: truth({ side: 'left', region: 'thigh', otherRegions: ['calf'], onset: 'gradual', age: 46, sex: 'male', locations: ['posterior', 'diffuse'], aggravatedBy: ['running', 'prolonged-sitting'], background: ['back-pain'], signs: ['burning'], redFlags: ['back-pain-with-leg-pain'] }),
    expected: refer,
    basis: 'Back pain with pain radiating down the leg suggests a lumbar source (radiculopathy), not a leg tendon: refer.',
  },
  {
    id: 'rl-unexplained-weight-loss-1',
    story: 'Dull, constant ache deep in my thigh for a month, worse at night. I\'ve lost 5 kg without trying.',
    profile: said({ region: 'thigh', locations: ['deep'], redFlags: ['unexplained-weight-loss', 'night-pain'] }),
    truth: truth({ side: 'right', region: 'thigh', onset: 'gradual', age: 58, sex: 'male', locations: ['deep', 'diffuse'], aggravatedBy: ['running', 'walking'], redFlags: ['unexplained-weight-loss', 'night-pain', 'rest-pain'] }),
    expected: refer,
    basis: 'Deep constant bone-type pain with night pain and weight loss must be investigated for serious pathology: refer.',
  },
  {
    id: 'rl-gluteal-tendinopathy-1',
    story: 'Pain on the outside of my hip, over the bony bit. Hurts lying on that side in bed and going up stairs.',
    profile: said({ region: 'hip', locations: ['lateral'], aggravatedBy: ['lying-on-side', 'stairs-ascent'] }),
    truth: truth({ side: 'left', region: 'hip', onset: 'gradual', age: 52, sex: 'female', locations: ['lateral', 'greater-trochanter'], aggravatedBy: ['lying-on-side', 'stairs-ascent', 'running', 'walking', 'single-leg-standing'], painFreeDuring: ['cycling', 'swimming'], signs: ['tender-to-touch'] }),
    expected: plan('gluteal-tendinopathy'),
    basis: 'Lateral hip pain over the greater trochanter, worse lying on that side and on stairs, with no groin pain or back pain, is gluteal tendinopathy (allison-2016, mellor-2016): education and exercise (mellor-2018).',
  },
  {
    id: 'rl-gluteal-tendinopathy-2',
    story: 'Since upping my mileage my right hip aches on the outside, sometimes a bit down the side of the thigh. It hurts to stand on that leg to pull my jeans on, and I can\'t sleep on that side.',
    profile: said({ region: 'hip', otherRegions: ['thigh'], locations: ['lateral'], aggravatedBy: ['single-leg-standing', 'lying-on-side'], trainingChange: ['mileage-increase'] }),
    truth: truth({ side: 'right', region: 'hip', otherRegions: ['thigh'], onset: 'gradual', age: 44, sex: 'female', locations: ['lateral', 'greater-trochanter'], aggravatedBy: ['single-leg-standing', 'lying-on-side', 'running', 'stairs-ascent', 'walking'], painFreeDuring: ['swimming', 'cycling'], trainingChange: ['mileage-increase'], signs: ['tender-to-touch'] }),
    expected: plan('gluteal-tendinopathy'),
    basis: 'Lateral hip pain with single-leg stance and side-lying provoking it, after a rise in load, without groin or back pain: gluteal tendinopathy (mellor-2016, allison-2016).',
  },
  {
    id: 'rl-gluteal-tendinopathy-3',
    story: 'Outside of the hip hurts on runs and at night. Lately it also hurts just lying in bed whichever side I\'m on, and my lower back is stiff with pain going down the leg.',
    profile: said({ region: 'hip', locations: ['lateral'], aggravatedBy: ['running'], redFlags: ['night-pain', 'back-pain-with-leg-pain'] }),
    truth: truth({ side: 'left', region: 'hip', onset: 'gradual', age: 57, sex: 'male', locations: ['lateral', 'diffuse'], aggravatedBy: ['running', 'lying-on-side', 'walking'], background: ['back-pain'], redFlags: ['night-pain', 'rest-pain', 'back-pain-with-leg-pain'] }),
    expected: refer,
    basis: 'Side-of-hip pain with night and rest pain and back pain spreading down the leg may come from the spine or something serious rather than the gluteal tendons (lumbar pathology was excluded from mellor-2016): refer.',
  },
];

/** Runners' own descriptions, with what a careful sports physical therapist would do. */
export const runnerVignettes: RunnerVignette[] = [...kneeVignettes, ...legVignettes, ...footAndHipVignettes];
