import * as z from 'zod/mini';
import { IsoDateSchema, LogEntrySchema, parseInput, PlanSchema, ProtocolSchema, RehabInputError, type LogEntry, type Plan } from '../model/index.js';
import { parseFast } from '../model/fast-accept.js';
import { conditionRegions } from '../match/assess.js';
import { review } from '../review/review.js';
import { checkPlanFitsProtocol } from '../review/replan.js';
import { absurdRunIssue, absurdDayIssues } from '../runner/check-history.js';
import type { ReviewOptions, ReviewResult } from '../review/types.js';
import { addCalendarDays } from '../plan/calendar.js';
import { conditions as catalogConditions, protocols as catalogProtocols } from '../../protocols/index.js';

// Parsed on every review: made once, and read through the fast path (a log is plain data: dates, numbers, kinds).
const LogSchema = z.array(LogEntrySchema);

const OptionsSchema = z.strictObject({
  today: IsoDateSchema,
  protocol: z.optional(z.unknown()),
  baselinePain: z.optional(z.number().check(z.gte(0), z.lte(10))),
  logsRuns: z.optional(z.boolean()),
});

/** Where a growing runner's growth plate is the heel's: the regions of a heel plan's condition. */
const HEEL_REGIONS: ReadonlySet<string> = new Set(['heel', 'ankle', 'foot']);

/**
 * Reviews a plan against what the runner logged, and revises it: the daily loop of a rehab app (generate → log →
 * review). Each rule that fires gives a reason in plain words with the logged numbers and its source; the most
 * cautious decides the status:
 *
 * - `refer` — a red flag was logged (always), pain of 7/10 or more on two days within 7 days, a third step-back without
 *   a tolerated week between them, or a checkpoint that refers was not met; a referred plan plans no running until a
 *   `clearance` entry;
 * - `step-back` — pain above the limits during or after activity (5/10 unless the protocol says otherwise), pain not
 *   settled by the next morning (above the limits, or above `baselinePain`; the pain-monitoring model, the library's
 *   extension outside Achilles tendinopathy), or pain or morning stiffness rising week over week;
 * - `hold` — a return-to-run step that hurt, three missed runs or sessions within 7 days, two weeks with no run logged
 *   by an app that logs runs (`no-runs-logged`, see `logsRuns`), a checkpoint not met, or more pain from a flare the
 *   plan already stepped back for;
 * - `progress` — none of these: go on as planned.
 *
 * The revised plan keeps the days before `today` as they were planned, with what was logged beside them (`logged`,
 * never rewritten), and moves the running from `today` without ever raising it: `step-back` plans at most 70 % of the
 * 7 days before for the next 7 days, no run longer than 80 % of the shortest run that hurt, and goes two weeks back in
 * the protocol; `hold` plans no growth for 7 days; `progress` keeps the plan, with the spike guard counting the runs
 * logged (running more than planned is flagged `overrun`, never rewarded). Checkpoints move with the days they close,
 * and `revision` rises on every day that changed. A review acts on every entry it has not seen before, whatever its
 * date: pass the whole log each time or only what is new. A day with no entries never changes the plan by itself;
 * with nothing new the plan is returned unchanged (`nothing-logged`). Pure: `today` is an argument.
 *
 * @param plan - A plan from `generatePlan` (or a previous review).
 * @param log - The runner's entries (`LogEntry`), in any order; none may be dated after `today`.
 * @param options - `today`; `protocol` when the plan's is not in the library; `baselinePain`, the runner's usual
 *   morning pain (default: 2); `logsRuns`, whether the app logs every run (default: once the log holds a run or race).
 * @returns `{ status, reasons, plan }`.
 * @throws {@link RehabInputError} for an invalid plan, log or options, an entry after `today` (a rating on waking,
 *   `nextMorning` or `morningStiffness`, on an entry dated `today` is tomorrow morning's), a run or race over 350 km
 *   (a unit slip or a ride, as in a history), or an unknown protocol.
 *
 * @example
 * ```ts
 * import { generatePlan, reviewPlan } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
 * const log = [
 *   { kind: 'pain', date: '2026-12-04', during: 2, nextMorning: 1 },
 *   { kind: 'pain', date: '2026-12-05', during: 7, nextMorning: 6 },
 * ] as const;
 * const result = reviewPlan(plan, [...log], { today: '2026-12-06' });
 * result.status;
 * //=> 'step-back'
 * ```
 */
export function reviewPlan(plan: Plan, log: readonly LogEntry[], options: ReviewOptions): ReviewResult {
  const checkedPlan = parseInput(PlanSchema, plan, 'plan');
  const checkedLog = parseFast(LogSchema, log, 'log');
  const { today, protocol, baselinePain, logsRuns } = parseInput(OptionsSchema, options, 'reviewPlan options');
  const late = checkedLog.flatMap((entry, index) => {
    if (entry.date > today) return [{ path: [index, 'date'], message: `Entry dated ${entry.date} is after today (${today}): a log cannot hold what has not happened yet` }];
    // A rating on waking is logged on the day it follows: one on today's entry is tomorrow morning's (found by review: an
    // app that logged this morning's 6/10 under today had it read as tomorrow's, and today's run kept).
    if (entry.kind === 'pain' && entry.date === today) {
      return (['nextMorning', 'morningStiffness'] as const).flatMap((field) =>
        entry[field] === undefined
          ? []
          : [{ path: [index, field], message: `${field} on an entry dated ${today} is the rating on waking on ${addCalendarDays(today, 1)}, after today: log this morning's rating on the entry of the day before (${addCalendarDays(today, -1)})` }],
      );
    }
    return [];
  });
  // A run or race is held to the history's bound on a single run: one absurd entry would set what the review reads.
  const absurd = checkedLog.flatMap((entry, index) => {
    const issue = entry.kind === 'run' || entry.kind === 'race' ? absurdRunIssue(entry.distance, [index, 'distance', 'value']) : undefined;
    return issue === undefined ? [] : [issue];
  });
  // An activity given again with its id counts once in its day, as its last copy (log-merge keeps the last one given:
  // a corrected re-sync replaces a GPS glitch).
  const lastOfId = new Map<string, number>();
  checkedLog.forEach((entry, index) => {
    if ((entry.kind === 'run' || entry.kind === 'race') && entry.id !== undefined) lastOfId.set(`${entry.date} ${entry.id}`, index);
  });
  const runs = checkedLog.map((entry, index) => {
    if (entry.kind !== 'run' && entry.kind !== 'race') return { date: entry.date };
    if (entry.id !== undefined && lastOfId.get(`${entry.date} ${entry.id}`) !== index) return { date: entry.date };
    return entry;
  });
  absurd.push(...absurdDayIssues(runs, (index) => [index]));
  if (late.length > 0 || absurd.length > 0) throw new RehabInputError('log', [...late, ...absurd].sort((a, b) => (a.path[0] as number) - (b.path[0] as number)));
  // A review goes forward: one dated before the plan's last review would re-plan days that review already decided.
  const last = checkedPlan.lastReview?.today;
  if (last !== undefined && today < last) {
    throw new RehabInputError('reviewPlan options', [{ path: ['today'], message: `Expected a day on or after the plan's last review (${last}), received ${today}: review the plan as it was before that review, or pass today's date` }]);
  }

  const id = checkedPlan.generatedWith?.protocolId ?? checkedPlan.protocolId;
  const given = protocol === undefined ? undefined : parseInput(ProtocolSchema, protocol, 'reviewPlan options.protocol');
  if (given !== undefined && given.id !== id) {
    throw new RehabInputError('reviewPlan options', [{ path: ['protocol'], message: `The plan follows protocol "${id}", not "${given.id}": pass the plan's own protocol` }]);
  }
  const found = given ?? catalogProtocols.find((entry) => entry.id === id);
  if (found === undefined) {
    throw new RehabInputError('reviewPlan options', [{ path: ['protocol'], message: `Protocol "${id}" is not in the library: pass it as options.protocol` }]);
  }
  checkPlanFitsProtocol(checkedPlan, found);
  // Where the catalogue's condition is felt: at the hip, a bone-stress sign logged is seen within days, as the matcher
  // says. A protocol outside the catalogue has no such condition, and keeps the general words.
  const condition = catalogConditions.find((entry) => entry.id === found.condition.id);
  const regions = condition === undefined ? [] : conditionRegions(condition);
  const hip = regions.includes('hip');
  // A heel plan's growing runner: the heel's growth plate (Sever's disease), booked as the matcher books it.
  const heelOnly = regions.length > 0 && regions.every((region) => HEEL_REGIONS.has(region));
  return review(checkedPlan, found, checkedLog, today, baselinePain, hip, heelOnly, logsRuns);
}
