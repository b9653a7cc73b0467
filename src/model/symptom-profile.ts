import * as z from 'zod/mini';
import { IdSchema } from './primitives.js';

/**
 * Which side hurts.
 *
 * @example
 * ```ts
 * SIDES.includes('left');
 * //=> true
 * ```
 */
export const SIDES = /* @__PURE__ */ Object.freeze(['left', 'right', 'both'] as const);

/**
 * Which side hurts: one of {@link SIDES}.
 *
 * @example
 * ```ts
 * const side: Side = 'left';
 * ```
 */
export type Side = (typeof SIDES)[number];

/**
 * Where in the leg it hurts, one region per profile.
 *
 * @example
 * ```ts
 * REGIONS.includes('knee');
 * //=> true
 * ```
 */
export const REGIONS = /* @__PURE__ */ Object.freeze(['hip', 'thigh', 'knee', 'shin', 'calf', 'ankle', 'heel', 'foot'] as const);

/**
 * A region of the leg: one of {@link REGIONS}.
 *
 * @example
 * ```ts
 * const region: Region = 'knee';
 * ```
 */
export type Region = (typeof REGIONS)[number];

/**
 * Where exactly it hurts, as many as apply: directions (`anterior`, `medial`, …) and anatomical spots.
 *
 * @example
 * ```ts
 * LOCATIONS.includes('retropatellar');
 * //=> true
 * ```
 */
export const LOCATIONS = /* @__PURE__ */ Object.freeze([
  'anterior',
  'posterior',
  'medial',
  'lateral',
  'retropatellar',
  'peripatellar',
  'inferior-pole-patella',
  'joint-line',
  'pes-anserine',
  'lateral-femoral-epicondyle',
  'distal-medial-tibia',
  'anterior-tibia',
  'achilles-midportion',
  'achilles-insertion',
  'plantar-medial-heel',
  'ischial-tuberosity',
  'achilles',
  'plantar-heel',
  'arch',
  'top-of-foot',
  'groin',
  'buttock',
  'greater-trochanter',
  'deep',
  'diffuse',
] as const);

/**
 * Where exactly it hurts, a direction or an anatomical spot: one of {@link LOCATIONS}.
 *
 * @example
 * ```ts
 * const painLocation: PainLocation = 'retropatellar';
 * ```
 */
export type PainLocation = (typeof LOCATIONS)[number];

/**
 * What makes it worse.
 *
 * @example
 * ```ts
 * AGGRAVATED_BY.includes('stairs-descent');
 * //=> true
 * ```
 */
export const AGGRAVATED_BY = /* @__PURE__ */ Object.freeze([
  'running',
  'downhill-running',
  'downhill-walking',
  'stairs-descent',
  'stairs-ascent',
  'squatting',
  'prolonged-sitting',
  'jumping',
  'hopping',
  'sprinting',
  'first-steps-after-rest',
  'twisting',
  'kneeling',
  'cycling',
  'uphill-running',
  'hills',
  'walking',
  'prolonged-standing',
  'lying-on-side',
  'single-leg-standing',
] as const);

/**
 * An activity that makes it worse: one of {@link AGGRAVATED_BY}.
 *
 * @example
 * ```ts
 * const aggravator: Aggravator = 'stairs-descent';
 * ```
 */
export type Aggravator = (typeof AGGRAVATED_BY)[number];

/**
 * What the runner can do without pain.
 *
 * @example
 * ```ts
 * PAIN_FREE_DURING.includes('cycling');
 * //=> true
 * ```
 */
export const PAIN_FREE_DURING = /* @__PURE__ */ Object.freeze(['cycling', 'elliptical', 'swimming', 'walking', 'rest'] as const);

/**
 * An activity the runner can do without pain: one of {@link PAIN_FREE_DURING}.
 *
 * @example
 * ```ts
 * const painFreeActivity: PainFreeActivity = 'cycling';
 * ```
 */
export type PainFreeActivity = (typeof PAIN_FREE_DURING)[number];

/**
 * How it started: over days or weeks (`gradual`), or at one moment (`sudden`).
 *
 * @example
 * ```ts
 * ONSETS.includes('gradual');
 * //=> true
 * ```
 */
export const ONSETS = /* @__PURE__ */ Object.freeze(['gradual', 'sudden'] as const);

/**
 * How it started: one of {@link ONSETS}.
 *
 * @example
 * ```ts
 * const onset: Onset = 'gradual';
 * ```
 */
export type Onset = (typeof ONSETS)[number];

/**
 * What changed in training before it started.
 *
 * @example
 * ```ts
 * TRAINING_CHANGES.includes('intensity-increase');
 * //=> true
 * ```
 */
export const TRAINING_CHANGES = /* @__PURE__ */ Object.freeze([
  'mileage-increase',
  'intensity-increase',
  'hill-training',
  'new-shoes',
  'surface-change',
  'return-after-break',
] as const);

/**
 * What changed in training before it started: one of {@link TRAINING_CHANGES}.
 *
 * @example
 * ```ts
 * const trainingChange: TrainingChange = 'intensity-increase';
 * ```
 */
export type TrainingChange = (typeof TRAINING_CHANGES)[number];

/**
 * Other things the runner notices.
 *
 * @example
 * ```ts
 * SIGNS.includes('morning-stiffness');
 * //=> true
 * ```
 */
export const SIGNS = /* @__PURE__ */ Object.freeze([
  'morning-stiffness',
  'warms-up-with-activity',
  'crepitus',
  'tender-to-touch',
  'pain-after-distance',
  'pain-after-time',
  'tightness',
  'burning',
  'radiates-up-thigh',
] as const);

/**
 * Another thing the runner notices: one of {@link SIGNS}.
 *
 * @example
 * ```ts
 * const sign: Sign = 'morning-stiffness';
 * ```
 */
export type Sign = (typeof SIGNS)[number];

/**
 * What the runner's background adds: training history and the risk factors a clinician asks about.
 *
 * - `novice-runner`: running for less than about a year.
 * - `previous-episode`: the same pain before (either side).
 * - `previous-bone-stress-injury`: a stress fracture or stress reaction before.
 * - `irregular-periods`: missed or irregular periods (now or in the past year).
 * - `low-body-weight`: low body weight, or eating less than the training needs.
 * - `back-pain`: back pain at the same time as the leg pain.
 *
 * @example
 * ```ts
 * BACKGROUND.includes('novice-runner');
 * //=> true
 * ```
 */
export const BACKGROUND = /* @__PURE__ */ Object.freeze([
  'novice-runner',
  'previous-episode',
  'previous-bone-stress-injury',
  'irregular-periods',
  'low-body-weight',
  'back-pain',
] as const);

/**
 * An item of the runner's background, training history or a risk factor: one of {@link BACKGROUND}.
 *
 * @example
 * ```ts
 * const backgroundItem: BackgroundItem = 'novice-runner';
 * ```
 */
export type BackgroundItem = (typeof BACKGROUND)[number];

/**
 * Age groups the matcher reads from `age` (an age of 18–39 is in neither): a finding can depend on them
 * (`field: 'ageGroup'`).
 *
 * @example
 * ```ts
 * AGE_GROUPS.includes('under-18');
 * //=> true
 * ```
 */
export const AGE_GROUPS = /* @__PURE__ */ Object.freeze(['under-18', '40-and-over'] as const);

/**
 * An age group the matcher reads from `age`: one of {@link AGE_GROUPS}.
 *
 * @example
 * ```ts
 * const ageGroup: AgeGroup = 'under-18';
 * ```
 */
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * Findings that mean a clinician should see the runner before any self-managed plan. Most are warning signs of
 * something a plan could miss; `treatment-not-helped` is a clinician's treatment for this pain (physiotherapy or
 * exercises they gave, injections, a boot or cast, an operation) that has not helped, which calls for the pain to be
 * assessed again rather than for another plan (rest or painkillers alone do not count); `growth-plate` is a runner
 * still growing (under 18) with pain where a growth plate can be its cause — the hip, thigh or heel, or the knee with a
 * limp or with pain in the hip, groin or thigh as well — which a clinician examines before any adult's plan;
 * `fluoroquinolone` is a fluoroquinolone antibiotic (ciprofloxacin, levofloxacin, moxifloxacin, ofloxacin or another
 * "-floxacin") taken in the last six months, with pain in the calf, ankle or heel, where it can have damaged the
 * Achilles tendon.
 *
 * @example
 * ```ts
 * RED_FLAGS.includes('night-pain');
 * //=> true
 * ```
 */
export const RED_FLAGS = /* @__PURE__ */ Object.freeze([
  'swelling',
  'locking',
  'giving-way',
  'night-pain',
  'rest-pain',
  'fever',
  'trauma',
  'focal-bone-tenderness',
  'pain-on-hopping',
  'numbness',
  'calf-swelling',
  'unable-to-bear-weight',
  'unexplained-weight-loss',
  'groin-pain-with-running',
  'leg-weakness',
  'back-pain-with-leg-pain',
  'sudden-pop',
  'bone-stress-risk',
  'growth-plate',
  'fluoroquinolone',
  'treatment-not-helped',
] as const);

/**
 * A finding that calls for a clinician: one of {@link RED_FLAGS}.
 *
 * @example
 * ```ts
 * const redFlag: RedFlag = 'night-pain';
 * ```
 */
export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * Sex, as an app may record it; findings may read it where a source supports it.
 *
 * @example
 * ```ts
 * SEXES.includes('female');
 * //=> true
 * ```
 */
export const SEXES = /* @__PURE__ */ Object.freeze(['female', 'male', 'other'] as const);

/**
 * Sex, as an app may record it: one of {@link SEXES}.
 *
 * @example
 * ```ts
 * const sex: Sex = 'female';
 * ```
 */
export type Sex = (typeof SEXES)[number];

/**
 * The profile fields a condition's findings can read. `region` findings also read `otherRegions`; `ageGroup` is read
 * from `age`.
 */
export const FINDING_FIELDS = [
  'side',
  'region',
  'locations',
  'aggravatedBy',
  'painFreeDuring',
  'onset',
  'trainingChange',
  'signs',
  'redFlags',
  'background',
  'sex',
  'ageGroup',
] as const;

/** The profile's list fields: a list given means the runner was asked about every value of its vocabulary. */
export const LIST_FIELDS = ['otherRegions', 'locations', 'aggravatedBy', 'painFreeDuring', 'trainingChange', 'signs', 'redFlags', 'background'] as const;

const list = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.array(z.enum(values)));

const askedDefinition = z.strictObject({
  /** The other regions asked about, one by one. */
  otherRegions: list(REGIONS),
  /**
   * The locations asked about, one by one. With a `locations` list given whole, it may name only the places that
   * list leaves to ask — places inside a wider one it names (`lateral-femoral-epicondyle`, inside `lateral`) — answered
   * "no"; the rest of the list stays whole.
   */
  locations: list(LOCATIONS),
  /** The aggravating activities asked about, one by one. */
  aggravatedBy: list(AGGRAVATED_BY),
  /** The pain-free activities asked about, one by one. */
  painFreeDuring: list(PAIN_FREE_DURING),
  /** The training changes asked about, one by one. */
  trainingChange: list(TRAINING_CHANGES),
  /** The signs asked about, one by one. */
  signs: list(SIGNS),
  /** The red flags asked about, one by one. */
  redFlags: list(RED_FLAGS),
  /** The background items asked about, one by one. */
  background: list(BACKGROUND),
});

const unsureDefinition = z.strictObject({
  /** Where exactly it hurts: the places the runner could not say. */
  locations: list(LOCATIONS),
  /** What makes it worse: the activities the runner could not say. */
  aggravatedBy: list(AGGRAVATED_BY),
  /** What the runner can do without pain: the activities the runner could not say. */
  painFreeDuring: list(PAIN_FREE_DURING),
  /** What changed in training: the changes the runner could not say. */
  trainingChange: list(TRAINING_CHANGES),
  /** Other things the runner notices: the signs the runner could not say. */
  signs: list(SIGNS),
  /** The red flags the runner could not rule out; each one refers. */
  redFlags: list(RED_FLAGS),
  /** Training history and risk factors the runner could not say. */
  background: list(BACKGROUND),
});

/**
 * The list values a profile's runner was asked about and could not answer (`SymptomProfile.unsure`): neither "yes" nor
 * "no". They are not asked again and count as not known; a red flag named here refers, and a plan never rests on one.
 *
 * @example
 * ```ts
 * const unsure: SymptomProfileUnsure = { locations: ['lateral-femoral-epicondyle'] };
 * const profile: SymptomProfile = { region: 'knee', locations: ['lateral'], unsure };
 * ```
 */
export type SymptomProfileUnsure = z.infer<typeof unsureDefinition>;

/**
 * The list values a profile's runner was asked about one by one (`SymptomProfile.asked`): a value named here and
 * missing from its list was asked and answered "no".
 *
 * @example
 * ```ts
 * const asked: SymptomProfileAsked = { redFlags: ['night-pain'] };
 * const profile: SymptomProfile = { region: 'shin', redFlags: [], asked };
 * ```
 */
export type SymptomProfileAsked = z.infer<typeof askedDefinition>;

const symptomProfileDefinition = z.strictObject({
  /** Which side hurts. */
  side: z.optional(z.enum(SIDES)),
  /** Where in the leg it hurts (the main place). */
  region: z.enum(REGIONS),
  /** Other regions that hurt as well, when the pain is in more than one place. */
  otherRegions: list(REGIONS),
  /** Where exactly it hurts; as many as apply. */
  locations: list(LOCATIONS),
  /** What makes it worse. */
  aggravatedBy: list(AGGRAVATED_BY),
  /** What the runner can do without pain. */
  painFreeDuring: list(PAIN_FREE_DURING),
  /** How it started. */
  onset: z.optional(z.enum(ONSETS)),
  /** What changed in training before it started. */
  trainingChange: list(TRAINING_CHANGES),
  /** Other things the runner notices. */
  signs: list(SIGNS),
  /** Findings that call for a clinician; any one of them means referral. */
  redFlags: list(RED_FLAGS),
  /** Training history and risk factors. */
  background: list(BACKGROUND),
  /**
   * The list values asked about one by one, for an app that asks single questions rather than whole lists: a value
   * named here and missing from its list was asked and answered "no". A list field given without an entry here was
   * asked about every value of its vocabulary, except that a `locations` list naming a wider place (`lateral`, the
   * outside) but none inside it (`lateral-femoral-epicondyle`) leaves those to ask; a list field left out, and not
   * named here, was not asked.
   */
  asked: z.optional(askedDefinition),
  /**
   * The list values the runner was asked about and could not answer ("not sure"), kept apart from `asked` (answered) and
   * from the lists (reported): neither "yes" nor "no". They are not asked again and count as not known, as if never
   * asked (and so do the places inside a wider place named here). But a red flag named here refers, as a red flag
   * reported does, and so does one a value named here would show if it were a "yes" (back pain as well, hopping that
   * hurts at a bone stress site); a refer-only condition whose separating finding is named here stays plausible; a sign
   * of low energy availability named here puts the `red-s` flag on a plan; and a plan never rests on one — where what
   * decides a plan (what defines the best match, or the diagnosed condition) is not sure, the runner is referred to a
   * clinician who can check it. A value named here may not also be answered: reported, named in `asked`, or answered
   * through a place inside it (reported) or around it (answered "no"). `answerQuestion` with `'unsure'` fills it in.
   */
  unsure: z.optional(unsureDefinition),
  /** Age in years; read as an age group where a source ties a condition to age, and under 18 as still growing (`growth-plate`). */
  age: z.optional(z.int().check(z.gte(0), z.lte(120))),
  /** Sex; scored where a source ties a condition to it. */
  sex: z.optional(z.enum(SEXES)),
  /** Pain now, 0 (none) to 10 (worst imaginable). Recorded, not scored. */
  painScore: z.optional(z.number().check(z.gte(0), z.lte(10))),
  /** Weeks since the pain began. Recorded, not scored. */
  weeksSinceOnset: z.optional(z.number().check(z.gte(0))),
  /**
   * What a clinician who examined this pain (or a scan they ordered) said it is: a condition's id, or `other` for a
   * condition the library does not have. The plan follows it once the red flags are screened and what defines the
   * condition is confirmed; a refer-only or `other` diagnosis refers.
   */
  diagnosedAs: z.optional(IdSchema),
});

/**
 * What a runner reports: where it hurts, what makes it worse or does not, how it started, what changed in training,
 * and any red flags. Every value comes from a controlled vocabulary exported beside this schema, so an app can build
 * its form from them. Lists may be left out when empty; the order of their values does not matter.
 *
 * @example
 * ```ts
 * // The founding runner
 * SymptomProfileSchema.parse({
 *   side: 'left',
 *   region: 'knee',
 *   locations: ['anterior', 'retropatellar', 'medial'],
 *   aggravatedBy: ['running', 'downhill-walking', 'stairs-descent'],
 *   painFreeDuring: ['cycling', 'elliptical'],
 *   onset: 'gradual',
 *   trainingChange: ['intensity-increase'],
 *   redFlags: [],
 * });
 * ```
 */
export const SymptomProfileSchema: z.ZodMiniType<SymptomProfile> = symptomProfileDefinition;

/**
 * What a runner reports; see {@link SymptomProfileSchema}.
 *
 * @example
 * ```ts
 * const profile: SymptomProfile = { region: 'heel', locations: ['plantar-medial-heel'], aggravatedBy: ['first-steps-after-rest'] };
 * ```
 */
export type SymptomProfile = z.infer<typeof symptomProfileDefinition>;

/**
 * A {@link SymptomProfile} whose lists may be read-only, as an object written `as const` has them: what
 * `matchConditions` and `planForProfile` accept.
 *
 * @example
 * ```ts
 * const profile = { region: 'knee', locations: ['lateral'] } as const satisfies SymptomProfileInput;
 * ```
 */
export type SymptomProfileInput = {
  readonly [K in keyof SymptomProfile]: K extends 'asked'
    ?
        | {
            readonly [F in keyof NonNullable<SymptomProfile['asked']>]: NonNullable<SymptomProfile['asked']>[F] extends (infer U)[] | undefined
              ? readonly U[] | undefined
              : never;
          }
        | undefined
    : SymptomProfile[K] extends (infer U)[] | undefined
      ? readonly U[] | undefined
      : SymptomProfile[K];
};
