import * as z from 'zod/mini';

/**
 * Which side hurts.
 *
 * @example
 * ```ts
 * SIDES.includes('left');
 * //=> true
 * ```
 */
export const SIDES = ['left', 'right', 'both'] as const;

/**
 * Where in the leg it hurts, one region per profile.
 *
 * @example
 * ```ts
 * REGIONS.includes('knee');
 * //=> true
 * ```
 */
export const REGIONS = ['hip', 'thigh', 'knee', 'shin', 'calf', 'ankle', 'heel', 'foot'] as const;

/**
 * Where exactly it hurts, as many as apply: directions (`anterior`, `medial`, …) and anatomical spots.
 *
 * @example
 * ```ts
 * LOCATIONS.includes('retropatellar');
 * //=> true
 * ```
 */
export const LOCATIONS = [
  'anterior',
  'posterior',
  'medial',
  'lateral',
  'retropatellar',
  'peripatellar',
  'inferior-pole-patella',
  'joint-line',
  'pes-anserine',
  'distal-medial-tibia',
  'anterior-tibia',
  'achilles-midportion',
  'achilles-insertion',
  'plantar-medial-heel',
  'ischial-tuberosity',
] as const;

/**
 * What makes it worse.
 *
 * @example
 * ```ts
 * AGGRAVATED_BY.includes('stairs-descent');
 * //=> true
 * ```
 */
export const AGGRAVATED_BY = [
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
] as const;

/**
 * What the runner can do without pain.
 *
 * @example
 * ```ts
 * PAIN_FREE_DURING.includes('cycling');
 * //=> true
 * ```
 */
export const PAIN_FREE_DURING = ['cycling', 'elliptical', 'swimming', 'walking', 'rest'] as const;

/**
 * How it started: over days or weeks (`gradual`), or at one moment (`sudden`).
 *
 * @example
 * ```ts
 * ONSETS.includes('gradual');
 * //=> true
 * ```
 */
export const ONSETS = ['gradual', 'sudden'] as const;

/**
 * What changed in training before it started.
 *
 * @example
 * ```ts
 * TRAINING_CHANGES.includes('intensity-increase');
 * //=> true
 * ```
 */
export const TRAINING_CHANGES = [
  'mileage-increase',
  'intensity-increase',
  'hill-training',
  'new-shoes',
  'surface-change',
  'return-after-break',
] as const;

/**
 * Other things the runner notices.
 *
 * @example
 * ```ts
 * SIGNS.includes('morning-stiffness');
 * //=> true
 * ```
 */
export const SIGNS = ['morning-stiffness', 'warms-up-with-activity', 'crepitus', 'tender-to-touch', 'pain-after-distance'] as const;

/**
 * Findings that mean a clinician should see the runner before any self-managed plan.
 *
 * @example
 * ```ts
 * RED_FLAGS.includes('night-pain');
 * //=> true
 * ```
 */
export const RED_FLAGS = [
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
] as const;

/**
 * Sex, as an app may record it; not used in scoring.
 *
 * @example
 * ```ts
 * SEXES.includes('female');
 * //=> true
 * ```
 */
export const SEXES = ['female', 'male', 'other'] as const;

/** The profile fields a condition's findings can read: every field but the recorded-only ones. */
export const FINDING_FIELDS = ['side', 'region', 'locations', 'aggravatedBy', 'painFreeDuring', 'onset', 'trainingChange', 'signs', 'redFlags'] as const;

const list = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.array(z.enum(values)));

const symptomProfileDefinition = z.strictObject({
  /** Which side hurts. */
  side: z.optional(z.enum(SIDES)),
  /** Where in the leg it hurts. */
  region: z.enum(REGIONS),
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
  /** Age in years. Recorded, not scored. */
  age: z.optional(z.int().check(z.gte(0), z.lte(120))),
  /** Sex. Recorded, not scored. */
  sex: z.optional(z.enum(SEXES)),
  /** Pain now, 0 (none) to 10 (worst imaginable). Recorded, not scored. */
  painScore: z.optional(z.number().check(z.gte(0), z.lte(10))),
  /** Weeks since the pain began. Recorded, not scored. */
  weeksSinceOnset: z.optional(z.number().check(z.gte(0))),
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
  readonly [K in keyof SymptomProfile]: SymptomProfile[K] extends (infer U)[] | undefined ? readonly U[] | undefined : SymptomProfile[K];
};
