import { deepFreeze } from '../model/freeze.js';
import { LIST_FIELDS, RehabInputError, SymptomProfileSchema, type SymptomProfile } from '../model/index.js';
import { unknownValue } from '../model/issue-message.js';
import { parseInput } from '../model/validate.js';
import { VOCABULARY } from './facts.js';
import { asksHeelSqueeze, asksSuddenStart, GROWING_BELOW_AGE, growthPlateSite, singleRegion, swollenPart } from './red-flags.js';

/** The red flags as questions, apart so that the matcher's referral words need not carry every other question. */
const RED_FLAG_TEXTS: Readonly<Record<string, string>> = {
  swelling: 'Is the joint swollen?',
  locking: 'Does the knee lock or catch, so that you cannot straighten it?',
  'giving-way': 'Does the knee give way?',
  'night-pain': 'Does the pain wake you at night, even when you are not lying on the sore side?',
  'rest-pain': 'Does it hurt even when you rest?',
  fever: 'Do you have a fever?',
  trauma: 'Did it start with a fall, a blow or another injury?',
  'focal-bone-tenderness': 'Press along the bone with a finger: is there one spot, about a fingertip wide, that is much more tender than the bone around it?',
  'pain-on-hopping': "Hop on the sore leg ten times (not if walking already hurts: then answer not sure): do you feel a sharp pain in the bone?",
  numbness: 'Is there numbness, tingling, pins and needles or pain like an electric shock in the leg or foot, at any time (during runs too), other than a foot that has gone to sleep from sitting?',
  'calf-swelling': 'Is the calf swollen, warm or red?',
  'unable-to-bear-weight': 'Are you unable to put weight on the leg?',
  'unexplained-weight-loss': 'Have you lost weight without trying?',
  'groin-pain-with-running': 'Do you have pain in the groin or the front of the hip when you run?',
  'leg-weakness': 'Is the leg or foot weak, or does the foot drop or slap when you walk?',
  'back-pain-with-leg-pain': 'Do you have back pain as well, or pain that shoots down the leg?',
  'sudden-pop': 'Did it start with a sudden pop or snap?',
  'bone-stress-risk':
    'Have you had a stress fracture before, are your periods missed or irregular, or are you underweight or eating less than your training needs?',
  'growth-plate': 'Are you under 18, with pain in the hip, thigh or heel, or in the knee with a limp or with pain in the hip, groin or thigh as well?',
  fluoroquinolone:
    'Have you taken an antibiotic called a fluoroquinolone (ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin or another ending in "-floxacin") in the last six months?',
  'treatment-not-helped':
    'Has a clinician treated this pain (with exercises they gave you, injections, shockwave, insoles they prescribed, a boot or cast, or an operation: more than rest or painkillers) without it getting better?',
};

/**
 * Each list value as a yes/no question in a runner's words, by field (`locations`, `aggravatedBy`, `painFreeDuring`,
 * `trainingChange`, `signs`, `redFlags`, `background`), in words that hold wherever the pain is — for a checkbox
 * list, say, labelled with the question rather than the vocabulary id. An app may show its own words, but should keep
 * the meaning. The matcher's questions start from these and name the part of the leg when the runner reported one
 * region ("Is the knee swollen?"); {@link questionText} gives a question's words as the matcher asks it.
 *
 * @example
 * ```ts
 * import { QUESTION_TEXTS } from 'rehab-protocols';
 *
 * QUESTION_TEXTS.locations?.['retropatellar'];
 * //=> 'Is the pain behind or under the kneecap?'
 * ```
 */
export const QUESTION_TEXTS: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> = /* @__PURE__ */ deepFreeze({
  locations: {
    anterior: 'Is the pain at the front?',
    posterior: 'Is the pain at the back?',
    medial: 'Is the pain on the inside (the side facing the other leg)?',
    lateral: 'Is the pain on the outside?',
    retropatellar: 'Is the pain behind or under the kneecap?',
    peripatellar: 'Is the pain around the edges of the kneecap?',
    'inferior-pole-patella': 'Is the pain just below the kneecap, where the tendon starts?',
    'joint-line': 'Is the pain on the line of the knee joint, at the side of the knee, level with the gap between the bones?',
    'pes-anserine': 'Is the pain on the inside of the leg just below the knee, a few finger-widths under the joint?',
    'lateral-femoral-epicondyle': 'With the knee slightly bent, press on the outside of the thigh bone just above the gap at the side of the knee (not the knob below the knee): is it tender there, or is that where it hurts?',
    'distal-medial-tibia': 'Is the pain along the inner edge of the shin bone, in its lower half?',
    'anterior-tibia': 'Is the pain on the front of the shin bone?',
    'achilles-midportion': 'Is the pain in the Achilles tendon a few finger-widths above the heel?',
    'achilles-insertion': 'Is the pain where the Achilles tendon joins the heel bone?',
    'plantar-medial-heel': 'Is the pain under the heel, towards the inside of the foot?',
    'ischial-tuberosity': 'Is the pain at the sitting bone, low in the buttock?',
    achilles: 'Is the pain in the Achilles tendon (the cord at the back of the ankle)?',
    'plantar-heel': 'Is the pain anywhere under the heel, including towards the inside?',
    arch: 'Is the pain in the arch of the foot?',
    'top-of-foot': 'Is the pain on the top of the foot?',
    groin: 'Is the pain in the groin?',
    buttock: 'Is the pain in the buttock?',
    'greater-trochanter': 'Is the pain over the bony point on the outside of the hip, about level with your wrist when your arms hang down?',
    deep: 'Does the pain feel deep inside?',
    diffuse: 'Is the pain spread out, hard to point to with one finger?',
  },
  aggravatedBy: {
    running: 'Does running bring on the pain?',
    'downhill-running': 'Does running downhill make it worse?',
    'downhill-walking': 'Does walking downhill make it worse?',
    'stairs-descent': 'Does going down stairs hurt?',
    'stairs-ascent': 'Does going up stairs hurt?',
    squatting: 'Does squatting hurt?',
    'prolonged-sitting': 'Does it hurt after sitting for a long time?',
    jumping: 'Does jumping hurt?',
    hopping: 'Does hopping hurt?',
    sprinting: 'Does sprinting or running fast hurt?',
    'first-steps-after-rest': 'Do the first steps in the morning, or after sitting, hurt most?',
    twisting: 'Does twisting or turning on the leg hurt?',
    kneeling: 'Does kneeling hurt?',
    cycling: 'Does cycling hurt?',
    'uphill-running': 'Does running uphill make it worse?',
    hills: 'Do hills make it worse?',
    walking: 'Does walking hurt?',
    'prolonged-standing': 'Does standing for a long time hurt?',
    'lying-on-side': 'Does it hurt to lie on that side, for example in bed at night?',
    'single-leg-standing': 'Does standing on that leg alone hurt, for example while putting on trousers?',
  },
  painFreeDuring: {
    cycling: 'Can you cycle without pain?',
    elliptical: 'Can you use an elliptical trainer without pain?',
    swimming: 'Can you swim without pain?',
    walking: 'Can you walk without pain?',
    rest: 'Is it pain-free when you rest?',
  },
  trainingChange: {
    'mileage-increase': 'Did you run more (longer or more often) in the weeks before it started?',
    'intensity-increase': 'Did you add faster running (intervals, track, sprints) before it started?',
    'hill-training': 'Did you add hill running before it started?',
    'new-shoes': 'Did you change shoes before it started?',
    'surface-change': 'Did you change the surface you run on before it started?',
    'return-after-break': 'Did it start soon after coming back from a break from running?',
  },
  signs: {
    'morning-stiffness': 'Is it stiff in the morning?',
    'warms-up-with-activity': 'Does it ease once you have warmed up, then come back later?',
    crepitus: 'Is there grinding or crackling when you move it?',
    'tender-to-touch': 'Does it hurt to press on the sore spot?',
    'pain-after-distance': 'Does the pain start after about the same distance on each run?',
    'pain-after-time': 'Does the pain start after about the same time into each run?',
    tightness: 'Does it feel tight?',
    burning: 'Is the pain burning?',
    'radiates-up-thigh': 'Does the pain spread up the outside of the thigh?',
  },
  redFlags: RED_FLAG_TEXTS,
  background: {
    'novice-runner': 'Have you been running for less than a year?',
    'previous-episode': 'Have you had this pain before?',
    'previous-bone-stress-injury': 'Have you had a stress fracture or stress reaction before?',
    'irregular-periods': 'Are your periods missed or irregular?',
    'low-body-weight': 'Are you underweight, or eating less than your training needs?',
    'back-pain': 'Do you have back pain at the same time?',
  },
});

/** Where a direction is on a part of the leg, for the regions where the direction reads plainly. */
const DIRECTIONS: Readonly<Record<string, (region: string) => string>> = {
  anterior: (region) => `Is the pain at the front of the ${region}?`,
  posterior: (region) => `Is the pain at the back of the ${region}?`,
  medial: (region) => `Is the pain on the inside of the ${region} (the side facing the other leg)?`,
  lateral: (region) => `Is the pain on the outside of the ${region}?`,
};
const DIRECTION_REGIONS: Readonly<Record<string, readonly string[]>> = {
  knee: ['anterior', 'posterior', 'medial', 'lateral'],
  hip: ['anterior', 'posterior', 'medial', 'lateral'],
  thigh: ['anterior', 'posterior', 'medial', 'lateral'],
  shin: ['medial', 'lateral'],
  ankle: ['anterior', 'posterior', 'medial', 'lateral'],
  heel: ['posterior', 'medial', 'lateral'],
};

/**
 * The heel's bone tenderness, asked as the calcaneal squeeze test (see `HEEL_SQUEEZE_MESSAGE` for its source): the back
 * part of the heel bone squeezed from both sides ("squeezing bilateral posterior calcaneus": B. Corwell, "Calcaneal
 * stress fractures", University of Maryland Emergency Medicine education pearl, 2015,
 * umem.org/pipermail/education/attachments/20150124/effa8288/attachment.html), where a calcaneal stress
 * fracture usually lies. Keeping the squeeze on the bone, below the soft hollows beside the tendon (where the
 * retrocalcaneal bursa lies), and a runner squeezing their own heel, are library defaults: the sources give the test
 * as a clinician does it.
 */
const HEEL_SQUEEZE_QUESTION =
  'Put your thumb on the inner side and your fingers on the outer side of the back of your heel bone (the bone itself, below the soft hollows beside the Achilles tendon) and squeeze: does it hurt deep in the bone?';

/**
 * Shin splints' tenderness, asked along the bone as its definition gives it: pain on pressing along the inner edge of
 * the shin bone over at least 5 cm (Winters et al. 2018, Br J Sports Med, doi:10.1136/bjsports-2016-097037), so that it
 * reads apart from the one sharply tender spot of a bone stress injury.
 */
const SHIN_TENDERNESS_QUESTION =
  'Does it hurt to press along the inner edge of the shin bone, over a stretch of at least three finger-widths (about 5 cm)?';

/**
 * The `sudden-pop` red flag asked where a sudden start is itself the warning sign (the calf, ankle or heel, when the
 * runner has not said how it began): a partial tear of the Achilles tendon starts with "a typical sharp onset of pain",
 * with or without a pop (Gatz, Spang and Alfredson 2020, J Clin Med, doi:10.3390/jcm9103380), and no condition the
 * library plans for there starts at one moment.
 */
const SUDDEN_START_QUESTION = 'Did it start at one moment (a sudden sharp pain, a pop or a snap), rather than coming on over days or weeks?';

/**
 * The words of the question about `field` and `value` for the runner of `profile`, as the matcher asks it: worded for
 * the part of the leg when the runner reported one region ("Is the pain at the back of the knee?", "Is the knee
 * swollen?"), the heel's bone tenderness as its squeeze test, a shin's tenderness along the bone, a sudden pop or snap in
 * the calf, ankle or heel as a sudden start (when the runner has not said how it began); otherwise
 * {@link QUESTION_TEXTS}' words. Whether the runner is still growing (`growth-plate`) is asked by age alone where the
 * pain is in the hip, thigh or heel (or under the heel, or at the Achilles insertion): "Are you under 18?"; elsewhere
 * as the knee's question, with a limp or pain in the hip, groin or thigh as well (to a runner known to be under 18, only
 * that). Use it to show an answered question (from a profile's `asked`) in words that name the runner's regions and
 * places as the profile now gives them: an answer given after the question can change them (a swelling asked as "Is
 * the ankle swollen?" reads "Is the ankle or heel swollen?" once the pain is placed at the heel too). To show the
 * exact words the runner saw, keep each shown `Question`'s `text`.
 *
 * @throws {@link RehabInputError} for a `field` that is no list field, a `value` not in its vocabulary, or a profile
 * whose region, other regions, onset, age or locations are not valid.
 *
 * @example
 * ```ts
 * import { questionText } from 'rehab-protocols';
 *
 * questionText('redFlags', 'swelling', { region: 'knee' });
 * //=> 'Is the knee swollen?'
 * questionText('redFlags', 'swelling', { region: 'heel', otherRegions: ['foot'] });
 * //=> 'Is the heel or foot swollen?'
 * ```
 */
export function questionText(field: string, value: string, profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'onset' | 'age' | 'locations'>): string {
  const values: readonly string[] | undefined = (LIST_FIELDS as readonly string[]).includes(field) ? VOCABULARY[field as (typeof LIST_FIELDS)[number]] : undefined;
  if (values === undefined) throw new RehabInputError('questionText', [{ path: ['field'], message: `Unknown field ${JSON.stringify(field)}: expected one of ${LIST_FIELDS.join(', ')}` }]);
  if (!values.includes(value)) throw new RehabInputError('questionText', [{ path: ['value'], message: unknownValue(value, values) }]);
  if (typeof profile !== 'object' || profile === null) throw new RehabInputError('questionText', [{ path: ['profile'], message: 'Expected a symptom profile (an object with at least a region)' }]);
  const { region, otherRegions, onset, age, locations } = profile;
  const checked = parseInput(SymptomProfileSchema, { region, otherRegions, onset, age, locations }, 'questionText profile');
  return questionWords(field, value, checked);
}

/** {@link questionText} for a field, value and profile the matcher has already checked. */
export function questionWords(field: string, value: string, profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'onset' | 'age' | 'locations'>): string {
  if (field === 'redFlags') return redFlagText(value, profile);
  if (field === 'otherRegions') return `Does the ${value} hurt too?`;
  const generic = QUESTION_TEXTS[field]?.[value] ?? `${field}: ${value}?`;
  const region = singleRegion(profile);
  if (region === undefined) return generic;
  if (field === 'locations' && region === 'heel' && value === 'posterior') return 'Is the pain at the back of the heel (not underneath)?';
  if (field === 'locations' && DIRECTION_REGIONS[region]?.includes(value)) return DIRECTIONS[value]?.(region) ?? generic;
  if (field === 'signs' && value === 'tender-to-touch' && region === 'shin') return SHIN_TENDERNESS_QUESTION;
  return generic;
}

/**
 * A red flag's question as the matcher asks it (see {@link questionText}): the heel's squeeze test, a swelling named for
 * the region, a sudden start, and whether the runner is still growing — by age alone where the pain is in the hip, thigh
 * or heel, with a limp or pain in the hip, groin or thigh where it is in the knee (and only that, to a runner known to be
 * under 18).
 */
export function redFlagText(flag: string, profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'onset' | 'age' | 'locations'>): string {
  if (flag === 'growth-plate') {
    if (growthPlateSite(profile)) return 'Are you under 18?';
    const growing = profile.age !== undefined && profile.age < GROWING_BELOW_AGE;
    return growing ? 'Do you limp, or do you have pain in the hip, groin or thigh as well?' : 'If you are under 18, do you limp or have pain in the hip, groin or thigh as well (if you are 18 or over, answer no)?';
  }
  if (flag === 'focal-bone-tenderness' && asksHeelSqueeze(profile)) return HEEL_SQUEEZE_QUESTION;
  if (flag === 'sudden-pop' && asksSuddenStart(profile)) return SUDDEN_START_QUESTION;
  const swollen = flag === 'swelling' ? swollenPart(profile) : undefined;
  if (swollen !== undefined) return `Is the ${swollen} swollen?`;
  return RED_FLAG_TEXTS[flag] ?? `redFlags: ${flag}?`;
}
