import type { Plan, Protocol, ReferralUrgency } from '../model/index.js';

/**
 * What a review decides, from least to most cautious: `progress` (go on as planned), `hold` (repeat the current week),
 * `step-back` (go back a step: the running and exercise dose of two weeks earlier) or `refer` (see a clinician).
 *
 * @example
 * ```ts
 * REVIEW_STATUSES.indexOf('hold') < REVIEW_STATUSES.indexOf('refer');
 * //=> true
 * ```
 */
export const REVIEW_STATUSES = /* @__PURE__ */ Object.freeze(['progress', 'hold', 'step-back', 'refer'] as const);

/**
 * What a review decides; see {@link REVIEW_STATUSES}.
 *
 * @example
 * ```ts
 * const stop = (status: ReviewStatus) => status === 'refer';
 * ```
 */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * One rule that fired in a review: which, what it decides, why in plain words with the logged numbers, how soon a
 * clinician should see the runner when it refers, and where the rule comes from.
 *
 * @example
 * ```ts
 * const line = (reason: ReviewReason) => (reason.urgency === 'today' ? `See a clinician today: ${reason.message}` : `${reason.status}: ${reason.message}`);
 * ```
 */
export interface ReviewReason {
  /** The rule's id, e.g. `pain-next-morning`; docs/plan-review.md describes each. */
  readonly rule: string;
  /** What the rule decides. */
  readonly status: ReviewStatus;
  /** Why, in plain words, with the logged numbers and the source. */
  readonly message: string;
  /**
   * How soon a clinician should see the runner, on the scale a referral's reasons use (`REFERRAL_URGENCIES`): on every
   * reason whose `status` is `refer`, and only there. It is what the message says in words: `today` for a logged swollen
   * calf, fever, sudden pop or a leg that bears no weight; `within-days` for a weak leg, groin pain with running, a recent
   * fluoroquinolone, a growing runner's growth plate, or a bone-stress sign where the plan's pain is at the hip;
   * `routine` otherwise. Reasons that refer come most urgent first.
   */
  readonly urgency?: ReferralUrgency;
  /** Where the rule comes from: a citation, or a library default with its reason. */
  readonly evidence:
    | {
        /** The rule follows a cited source. */
        readonly kind: 'cited';
        /** The source, as a short citation with its DOI. */
        readonly citation: string;
      }
    | {
        /** No source gives the rule's number: the library chose it. */
        readonly kind: 'library-default';
        /** Why the library chose it. */
        readonly reason: string;
      };
}

/**
 * What `reviewPlan` returns: the decision, the rules that fired, and the revised plan.
 *
 * @example
 * ```ts
 * const show = (result: ReviewResult) => [result.status, ...result.reasons.map((reason) => reason.message)];
 * ```
 */
export interface ReviewResult {
  /** The most cautious decision of the rules that fired; `progress` when none did. */
  readonly status: ReviewStatus;
  /** Each rule that fired, most cautious first (of those that refer, the most urgent first). */
  readonly reasons: readonly ReviewReason[];
  /** The revised plan: days before `today` as planned beside what was logged; days from `today` re-planned. */
  readonly plan: Plan;
}

/**
 * The options of `reviewPlan`.
 *
 * @example
 * ```ts
 * const options: ReviewOptions = { today: '2026-12-10', baselinePain: 1 };
 * ```
 */
export interface ReviewOptions {
  /** The day of the review, `YYYY-MM-DD`: entries after it are an input error; days from it on are re-planned. */
  readonly today: string;
  /** The protocol the plan follows; needed when it is not in the library's catalogue. */
  readonly protocol?: Protocol;
  /**
   * The runner's usual next-morning pain, 0–10, that "settled by the next morning" means returning to. Default: 2
   * (next-morning pain above the limits, 5/10 unless the protocol says otherwise, steps back whatever the baseline).
   */
  readonly baselinePain?: number;
  /**
   * Whether the app logs every run the runner does (a synced watch or running app): then a planned day with no run
   * logged was not run, and 14 days or more with none are a break (`no-runs-logged`). `false` for an app that logs
   * pain and only sometimes a run: an unlogged day counts as run as planned, and no break is read from days without
   * runs. Default: `true` once the log holds a run or race (one race logged by an app that logs pain switches it, so
   * such an app should pass `false`).
   */
  readonly logsRuns?: boolean;
}
