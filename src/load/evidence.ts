// Where each number of the running load comes from, as the evidence a plan day or a review reason carries.
import type { Evidence } from '../model/index.js';
import { FIRST_DAYS, HOLD_LOOKBACK_DAYS, FIRST_DAYS_LONGEST_SHARE, PRE_INJURY_CEILING_DAYS, RECENT_WEEKS, START_SHARE, STEP_BACK_RUN_SHARE, STEP_BACK_SHARE, WEEKLY_GROWTH } from './rules.js';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The starting load and its growth: week 1 below the recent weeks, 10 % a week after, the long run held below the pre-injury longest. */
export const LOAD_EVIDENCE: Evidence = {
  kind: 'library-default',
  reason:
    `A plan for a runner who is hurting starts below what they ran: week 1 at most ${percent(START_SHARE)} of the average week of the last ${RECENT_WEEKS} weeks, ` +
    `no run in the first ${FIRST_DAYS} days longer than ${percent(FIRST_DAYS_LONGEST_SHARE)} of the longest run of the 30 days before, the long run no longer than that longest for ${PRE_INJURY_CEILING_DAYS / 7} weeks, ` +
    `and weekly volume and long run rising at most ${percent(WEEKLY_GROWTH - 1)} a week. No trial gives these numbers for rehabilitation: ` +
    "in the library authors' own look at 8 runners' public training exports (unpublished), runners who had just reported pain ran about 83 % of their usual week the next week, and the plan starts below that; " +
    '10 % a week is a rule of thumb kept as a cautious default, not a tested threshold ' +
    '(weekly ratios did not predict injury in Frandsen et al. 2025, Br J Sports Med, doi:10.1136/bjsports-2024-109380; single runs above the 30-day longest did).',
};

/** A step-back's cut: the next 7 days below the 7 before, no run as long as the one that hurt. */
export const STEP_BACK_EVIDENCE: Evidence = {
  kind: 'library-default',
  reason:
    'The pain-monitoring model says to reduce the load when pain breaks its limits (Silbernagel et al. 2007, Am J Sports Med 35(6):897–906, doi:10.1177/0363546506298279) but not by how much: ' +
    `the library plans at most ${percent(STEP_BACK_SHARE)} of the 7 days before the review for the next 7 days (the share a plan starts at), and no run longer than ${percent(STEP_BACK_RUN_SHARE)} of the shortest run that hurt, so the next run stops short of the distance where pain came; ` +
    'the protocol goes back 14 days (two weeks of the programme: one to repeat, one to rebuild), and the load then grows at most 10 % a week. All library defaults.',
};

/** A hold: no growth for 7 days. */
export const HOLD_EVIDENCE: Evidence = {
  kind: 'library-default',
  reason:
    `Holding means repeating the load rather than adding to it: the next 7 days plan no more than the 7 before, and no run longer than their longest — and after a gap of missed runs no more than the runner's average week of the last ${HOLD_LOOKBACK_DAYS} days (the weeks missed are not the load the runner is on; where that leaves runs shorter than the return-to-run programme's first step, running restarts from the programme); a hold from a ladder step or a checkpoint repeats the last 7 protocol days, and one from misses goes back to the protocol day the misses began on. Return-to-run programmes repeat a step until it is done without pain (Crowell et al. 2023, Trials 24, doi:10.1186/s13063-023-07502-x, Table 1: each phase at least twice); the 7 days are a library default (one week of the programme), and so are the ${HOLD_LOOKBACK_DAYS} days (the 4 weeks a plan's start is measured over).`,
};
