// The library's closed vocabularies, as plain frozen lists: the schemas that validate them (protocol.ts, distance.ts,
// citation.ts…) and the zod-free mirror generatePlan validates with (plain-inputs.ts) both read them from here, so that
// importing a vocabulary does not bring a schema, or zod, into a bundle. Each is exported from its schema's module.

/**
 * Where a protocol may be done: `home` (bodyweight or household items), `gym` (machines or free weights) or
 * `supervised` (loads or tests that a clinician should set up and teach, such as a 6RM barbell lift or a hold at a
 * share of maximal strength).
 *
 * @example
 * ```ts
 * SETTINGS.includes('home');
 * //=> true
 * ```
 */
export const SETTINGS = /* @__PURE__ */ Object.freeze(['home', 'gym', 'supervised'] as const);

/**
 * The distance units a protocol or plan can speak: miles and kilometres (1 mi = 1.609344 km).
 *
 * @example
 * ```ts
 * DISTANCE_UNITS.includes('km');
 * //=> true
 * ```
 */
export const DISTANCE_UNITS = /* @__PURE__ */ Object.freeze(['mi', 'km'] as const);

/**
 * How hard the running of a day may be: `rest` (none), `walk`, `jog` (easy, conversational) or `run`.
 *
 * @example
 * ```ts
 * RUNNING_INTENSITIES.includes('jog');
 * //=> true
 * ```
 */
export const RUNNING_INTENSITIES = /* @__PURE__ */ Object.freeze(['rest', 'walk', 'jog', 'run'] as const);

/**
 * How an exercise uses the limbs: `bilateral` (both at once), `unilateral` (one side at a time) or `either`.
 *
 * @example
 * ```ts
 * LATERALITIES.includes('unilateral');
 * //=> true
 * ```
 */
export const LATERALITIES = /* @__PURE__ */ Object.freeze(['bilateral', 'unilateral', 'either'] as const);

/**
 * What kind of study or document a source is, strongest first as this library ranks them:
 * `clinical-practice-guideline`, `systematic-review`, `randomized-trial`, `cohort`, `case-series`,
 * `expert-consensus`, `clinical-protocol` (a clinical team's standard-care programme as published, in a trial's
 * protocol say, but not what the trial tests), `narrative-review`, `clinician-prescription` (one clinician's
 * prescription for one case).
 *
 * @example
 * ```ts
 * CITATION_DESIGNS.indexOf('randomized-trial') < CITATION_DESIGNS.indexOf('cohort');
 * //=> true
 * ```
 */
export const CITATION_DESIGNS = /* @__PURE__ */ Object.freeze([
  'clinical-practice-guideline',
  'systematic-review',
  'randomized-trial',
  'cohort',
  'case-series',
  'expert-consensus',
  'clinical-protocol',
  'narrative-review',
  'clinician-prescription',
] as const);

/**
 * How a cited number was checked against its source: `full-text` (in the source's own text), `abstract` (in its
 * abstract or its publisher's or PubMed record) or `secondary` (only in a third party's reproduction of it).
 *
 * @example
 * ```ts
 * CHECKED_LEVELS.includes('abstract');
 * //=> true
 * ```
 */
export const CHECKED_LEVELS = /* @__PURE__ */ Object.freeze(['full-text', 'abstract', 'secondary'] as const);

/**
 * The grades of a guideline recommendation, A (strong evidence) to F (expert opinion), as JOSPT's clinical practice
 * guidelines state them.
 *
 * @example
 * ```ts
 * GUIDELINE_GRADES.includes('A');
 * //=> true
 * ```
 */
export const GUIDELINE_GRADES = /* @__PURE__ */ Object.freeze(['A', 'B', 'C', 'D', 'E', 'F'] as const);

/**
 * What a logged run was: an ordinary `run` or a `race`.
 *
 * @example
 * ```ts
 * RUN_KINDS.includes('race');
 * //=> true
 * ```
 */
export const RUN_KINDS = /* @__PURE__ */ Object.freeze(['run', 'race'] as const);

/**
 * How soon a referral asks the runner to see a clinician, most urgent first, on one scale for every referral:
 *
 * - `today`: see a clinician today (a swollen calf that may be a clot, a sudden pop that may be a tear, a leg that
 *   bears no weight, a fever, a recent fluoroquinolone antibiotic with tendon pain).
 * - `within-days`: see a clinician within days, and stop running until then (groin pain with running or hip pain that
 *   may be a stress injury of the hip bone, a growing runner's growth plate, a weak leg or foot).
 * - `routine`: book an appointment, and do not follow a plan or run on it until a clinician has seen it.
 *
 * Emergencies are not a level of their own: the signs that make one (breathlessness after a swollen calf, numbness
 * between the legs) are conditional, and each reason's `message` says them where they apply.
 *
 * @example
 * ```ts
 * import { REFERRAL_URGENCIES, type ReferralReason } from 'rehab-protocols';
 *
 * const mostUrgent = (reasons: readonly ReferralReason[]) =>
 *   REFERRAL_URGENCIES.find((urgency) => reasons.some((reason) => reason.urgency === urgency));
 * ```
 */
export const REFERRAL_URGENCIES = /* @__PURE__ */ Object.freeze(['today', 'within-days', 'routine'] as const);

/**
 * How soon a referral asks the runner to see a clinician; see {@link REFERRAL_URGENCIES}.
 *
 * @example
 * ```ts
 * import type { ReferralUrgency } from 'rehab-protocols';
 *
 * const badge: Record<ReferralUrgency, string> = { today: 'See a clinician today', 'within-days': 'See a clinician within days', routine: 'Book an appointment' };
 * ```
 */
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];
