import type { DistanceUnit, PlanDay, PlanFlag } from '../model/index.js';
import type { RunnerBasis } from '../runner/basis.js';
import { dayNumber, isoDay } from '../runner/day-number.js';
import { CROWELL_2023, FRANDSEN_2025, LONG_RUN_SHARE, SPIKE_FACTOR } from '../runner/rules.js';
import { ladderWords, type FitNotes } from './fit-to-runner.js';
import { MIN_BASE_KM, RECENT_WEEKS, START_SHARE } from '../load/rules.js';
import { convertDistance } from './distance.js';
import type { LoadStart } from '../load/start.js';
import { say } from './format.js';

/** The plan-wide flag of a plan that knew nothing of the runner. */
export const NOT_CHECKED: PlanFlag = {
  kind: 'not-checked-against-training',
  message:
    "This plan was not checked against your training: its limits are the protocol's as prescribed, and it plans no runs of its own. " +
    'Your recent runs (or your usual week and longest recent run) would let it plan your runs and keep any one run from jumping past what you have done lately.',
};

/** The programme's span in the plan's unit: its source gives miles, a km plan says its kilometres after them. */
const ladderSpan = (unit: DistanceUnit): string => (unit === 'mi' ? '1 mile up to 2 miles' : '1 mile (1.6 km) up to 2 miles (3.2 km)');

/** What the plan as a whole should say about how it was fitted to the runner. */

export function planFlags(
  days: readonly PlanDay[],
  basis: RunnerBasis,
  notes: FitNotes & { readonly unknownRunner?: boolean },
  context: { unit: DistanceUnit; goal: number | undefined; conditionId: string; load?: LoadStart | undefined },
): PlanFlag[] {
  const { unit, goal, load } = context;
  const flags: PlanFlag[] = [];
  if (load?.shortHistoryWeeks !== undefined && !notes.unknownRunner) {
    const weeks = load.shortHistoryWeeks;
    const span = `The runs you gave cover ${weeks === 1 ? '1 week' : `${weeks} weeks`} before the start, fewer than the ${RECENT_WEEKS} the starting load is measured over`;
    flags.push({
      kind: 'short-history',
      message: load.ladder
        ? `${span}, and too little running in ${weeks === 1 ? 'it' : 'them'} to plan from (${say(load.recentWeekly, unit)} a week): running restarts from the return-to-run programme. More weeks of your runs would let the plan start from your own weeks.`
        : `${span}: week 1 plans at most ${Math.round(START_SHARE * 100)} % of the average of ${weeks === 1 ? 'that week' : `those ${weeks} weeks`} (${say(load.recentWeekly, unit)} a week). More weeks of your runs would let the plan start from your own weeks.`,
    });
  }
  if (!basis.guardKnown) {
    flags.push({ kind: 'not-checked-against-training', message: `You gave no recent runs and no longest recent run, so no run could be checked against the longest you have run lately (${FRANDSEN_2025}).` });
  }
  if (basis.usualWeeklyEstimated) {
    flags.push({ kind: 'weekly-volume', message: `Your usual week is not known: it was taken as ${say(basis.usualWeekly, unit)}, your longest recent run divided by the long run's ${LONG_RUN_SHARE * 100} % share of a week. Your usual weekly distance would let it be checked.` });
  }
  if (notes.ladder && notes.unknownRunner) {
    flags.push({ kind: 'return-to-run', message: `Nothing is known of your training (no recent runs, no usual week): running starts from the standard return-to-run programme (${CROWELL_2023}), walk 2 min / run 3 min over ${ladderSpan(unit)} continuous, each phase at least twice, with a rest day between runs, and no day allows more than its step. Give your recent runs to plan from your own weeks.` });
  } else if (notes.ladder) {
    const start = dayNumber(days[0]?.date ?? '2000-01-01');
    const why = ladderWords(notes.ladderWhy ?? { kind: 'none', on: start }, convertDistance({ value: MIN_BASE_KM, unit: 'km' }, unit), unit, start);
    flags.push({ kind: 'return-to-run', message: `${why.charAt(0).toUpperCase()}${why.slice(1)}: running restarts from the standard return-to-run programme (${CROWELL_2023}), walk 2 min / run 3 min over ${ladderSpan(unit)} continuous, each phase at least twice, with a rest day between runs; a session is shorter where your own recent runs or week are.` });
  }
  if (notes.derivedLimit) {
    const achilles = context.conditionId.startsWith('achilles');
    const model = achilles
      ? 'The pain-monitoring model that sets how this running feels was tested in Achilles tendinopathy (Silbernagel et al. 2007).'
      : 'The pain-monitoring model was tested in Achilles tendinopathy (Silbernagel et al. 2007); using it for this condition is the library’s extension.';
    const limit = notes.ladder ? "the return-to-run programme's step while you are on it, then 110 % of your longest run in the 30 days before" : '110 % of your longest run in the 30 days before';
    flags.push({ kind: 'derived-limit', message: `The protocol gives pain-monitored running no distance; each day's limit is ${limit}, a library default built on ${FRANDSEN_2025}. ${model}` });
  }
  if (notes.timeUnchecked && notes.unknownRunner) {
    flags.push({
      kind: 'time-not-checked',
      message:
        "Nothing is known of your training (no recent runs, no usual week): the running given by time is the protocol's own walk/run programme as prescribed, not checked against how long you run now. Give your recent runs, with how long they took, to check each session against them.",
    });
  } else if (notes.timeUnchecked) {
    flags.push({ kind: 'time-not-checked', message: 'Some running is given by time, and none of your runs says how long it took, to check it against: log how long your runs take.' });
  }
  const longest = Math.max(0, ...days.map((day) => day.running.planned?.distance?.value ?? 0));
  const last = days.at(-1);
  if (goal !== undefined && last && longest > 0 && longest + 0.1 < goal) {
    const weeks = Math.ceil(Math.log(goal / longest) / Math.log(SPIKE_FACTOR));
    const when = isoDay(dayNumber(last.date) + 7 * weeks);
    const week = goal / LONG_RUN_SHARE;
    const yours = notes.unknownRunner ? `the plan takes yours as ${say(basis.usualWeekly, unit)} until your runs are known` : `yours is ${say(basis.usualWeekly, unit)}`;
    const volume = basis.usualWeekly + 1e-9 < week ? ` It also needs a usual week of at least ${say(week, unit)} (long run at most ${LONG_RUN_SHARE * 100} % of the week); ${yours}.` : '';
    flags.push({
      kind: 'goal-not-reached',
      message: `The guards keep the longest planned run at ${say(longest, unit)} by the last day, below your goal of ${say(goal, unit)}. Adding at most 10 % to the long run once a week, the goal would be reached in about ${weeks} more weeks (around ${when}).${volume}`,
    });
  }
  return flags;
}
