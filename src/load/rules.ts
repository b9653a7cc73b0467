// The numbers of the running load: where a plan starts, how fast it may grow, how a review moves it. Each is a
// library default with its reason (LOAD_EVIDENCE in evidence.ts); docs/running-plans.md and docs/plan-review.md
// explain them in full.

/** Week 1's planned running is at most this share of the runner's average week over the last 4 weeks. */
export const START_SHARE = 0.7;

/** The weeks the starting load is averaged over, counted back from the start. */
export const RECENT_WEEKS = 4;

/** The first days of a plan in which no planned run is longer than `FIRST_DAYS_LONGEST_SHARE` of the 30-day longest. */
export const FIRST_DAYS = 14;

/** The share of the longest run of the 30 days before the start that no planned run of the first 14 days exceeds. */
export const FIRST_DAYS_LONGEST_SHARE = 0.9;

/**
 * Recent running too short to plan from, in km: a longest run, or a week, under 0.4 km (about a quarter mile, one lap
 * of a track) is no base — a GPS blip, a warm-up or a run-walk's segment saved on its own — and running restarts from
 * the return-to-run programme, which starts a runner with less behind them. A library default: no source sets it.
 */
export const MIN_BASE_KM = 0.4;

/** Planned weekly volume and the long run rise at most 10 % a week. */
export const WEEKLY_GROWTH = 1.1;

/** The long run stays at or below the runner's pre-injury longest for the plan's first 6 weeks. */
export const PRE_INJURY_CEILING_DAYS = 42;

/** A step-back plans at most this share of the 7 days before the review for the next 7 days. */
export const STEP_BACK_SHARE = 0.7;

/** After a step-back, no run in the next 7 days is longer than this share of the shortest run that broke the limits. */
export const STEP_BACK_RUN_SHARE = 0.8;

/**
 * After a gap of missed runs, a hold plans no more than the runner's average week of this many days before the review:
 * the 4 weeks (`RECENT_WEEKS`) a plan's start is measured over. A library default.
 */
export const HOLD_LOOKBACK_DAYS = 7 * RECENT_WEEKS;

/** The window a review's decision holds for and the look-back it measures the load over: 7 days. */
export const LOAD_WINDOW_DAYS = 7;

/** The step-back that refers: the third without a tolerated week between them. */
export const STEP_BACKS_TO_REFER = 3;

/** Pain at or above this on two days within 7 days refers. */
export const SEVERE_PAIN = 7;
