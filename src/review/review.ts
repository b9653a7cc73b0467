import type { LogEntry, Plan, Protocol } from '../model/index.js';
import { buildContext } from './context.js';
import { replan } from './replan.js';
import { checkpointDue } from './rules/checkpoint.js';
import { ladderStep } from './rules/ladder.js';
import { missedDays } from './rules/missed.js';
import { painMonitoring } from './rules/pain-monitoring.js';
import { painTrend } from './rules/pain-trend.js';
import { redFlagLogged } from './rules/red-flag.js';
import { REVIEW_STATUSES, type ReviewReason, type ReviewResult, type ReviewStatus } from './types.js';

/** The review rules, each a named unit with its evidence (docs/plan-review.md). */
export const RULES = [redFlagLogged, painMonitoring, painTrend, ladderStep, missedDays, checkpointDue] as const;

const rank = (status: ReviewStatus) => REVIEW_STATUSES.indexOf(status);

/** Reviews a validated plan against a validated log: every rule, the most cautious decision, the revised plan. */
export function review(plan: Plan, protocol: Protocol, log: readonly LogEntry[], today: string, baselinePain: number | undefined): ReviewResult {
  const context = buildContext(plan, protocol, log, today, baselinePain);
  const reasons: ReviewReason[] = RULES.flatMap((rule) => rule(context)).sort((a, b) => rank(b.status) - rank(a.status));
  const status = reasons.reduce<ReviewStatus>((worst, reason) => (rank(reason.status) > rank(worst) ? reason.status : worst), 'progress');
  const nothingNew = context.fresh.length === 0 && context.freshMornings.length === 0;
  if (nothingNew && status === 'progress') return { status, reasons, plan };
  const noted = reasons.map(({ rule, status: decided, message }) => ({ rule, status: decided, message }));
  return { status, reasons, plan: replan(plan, protocol, status, context.log, today, noted) };
}
