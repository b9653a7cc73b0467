// The numbers of the runner rules, each with where it comes from. docs/running-plans.md explains each in full.

/**
 * The single-run spike guard: no run longer than 110 % of the longest run of the 30 days before it. Frandsen et al.
 * 2025 (Br J Sports Med, doi:10.1136/bjsports-2024-109380) found overuse injury rates rise once a single run exceeds
 * the longest run of the last 30 days by more than 10 % (HRR 1.64 for +10–30 %). The cohort was uninjured runners:
 * holding a rehabilitating runner to it is the library's extension.
 */
export const SPIKE_FACTOR = 1.1;

/** The guard's look-back: the 30 days before a run (D − 30 … D − 1), as in Frandsen et al. 2025. */
export const SPIKE_WINDOW_DAYS = 30;

/**
 * The long run's largest share of the week: 30 %, the upper end of the Hansons Marathon Method's "does not exceed
 * 25–30 percent of your weekly mileage" (Humphrey, Hansons Marathon Method 2nd ed., VeloPress; excerpt at
 * womensrunning.com). A coaching rule, not injury evidence.
 */
export const LONG_RUN_SHARE = 0.3;

/**
 * Run days a week when neither the history nor the runner says: 3. A library default: the return-to-run programme
 * below asks for a rest day between runs (at most 4 a week); 3 is the lower, more cautious end.
 */
export const DEFAULT_RUN_DAYS = 3;

/**
 * At most 6 run days a week during a protocol, so that every week has a day without running (exercises may go on).
 * A library default: no source on rehabilitation the library draws on asks for running every day.
 */
export const MAX_RUN_DAYS = 6;

/** A phase of the US Army trial's standard return-to-run programme. */
export interface LadderPhase {
  /** Minutes of walking in each interval (0 for continuous running). */
  readonly walkMinutes: number;
  /** Minutes of running in each interval (`null` for all of it). */
  readonly runMinutes: number | null;
  /** The session's total distance in miles. */
  readonly miles: number;
  /** The rate of perceived exertion, 0–10. */
  readonly rpe: number;
}

/**
 * The standard return-to-run programme of Crowell et al. 2023 (Trials 24, doi:10.1186/s13063-023-07502-x), Table 1:
 * six phases from walk 2 / run 3 minutes over 1 mile to 2 miles continuous, each phase done at least twice, with at
 * least one rest day between runs, and no progress with swelling, stiffness or more pain.
 */
export const RETURN_TO_RUN_LADDER: readonly LadderPhase[] = [
  { walkMinutes: 2, runMinutes: 3, miles: 1, rpe: 3 },
  { walkMinutes: 2, runMinutes: 3, miles: 1.5, rpe: 3 },
  { walkMinutes: 2, runMinutes: 4, miles: 1.5, rpe: 4 },
  { walkMinutes: 2, runMinutes: 4, miles: 2, rpe: 4 },
  { walkMinutes: 1, runMinutes: 4, miles: 2, rpe: 5 },
  { walkMinutes: 0, runMinutes: null, miles: 2, rpe: 5 },
];

/** Each ladder phase is done at least this many times before the next (Crowell et al. 2023, Table 1). */
export const LADDER_REPEATS = 2;

/** Short citations the flags quote. */
export const FRANDSEN_2025 = 'Frandsen et al. 2025, Br J Sports Med, doi:10.1136/bjsports-2024-109380';
export const CROWELL_2023 = 'Crowell et al. 2023, Trials, doi:10.1186/s13063-023-07502-x';
