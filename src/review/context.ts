import type { LogEntry, PainCriteria, Plan, PlanDay, Protocol } from '../model/index.js';
import { addCalendarDays } from '../plan/calendar.js';

/** What the rules read: the plan, its protocol, the log up to today, and which entries are new since the last review. */
export interface ReviewContext {
  readonly plan: Plan;
  readonly protocol: Protocol;
  readonly today: string;
  /** Every entry dated on or before today, in date order. */
  readonly log: readonly LogEntry[];
  /** The entries a rule may act on: those after the previous review's day, or of the last 7 days without one. */
  readonly fresh: readonly LogEntry[];
  /** Next-morning ratings that fell after the previous review (from entries dated on its day), with their dates. */
  readonly freshMornings: readonly { date: string; nextMorning: number }[];
  /** The runner's usual next-morning pain: the option, else the first next-morning rating logged, else 0. */
  readonly baseline: { readonly value: number; readonly from: 'option' | 'first-morning' | 'none' };
  /** The pain limits in force today: the day's running limits, the phase's exit criteria, or the model's defaults. */
  readonly criteria: { readonly limits: PainCriteria | undefined; readonly from: 'running' | 'phase' | 'default' };
  /** The plan day on today, if the plan reaches it. */
  readonly day: PlanDay | undefined;
  /** True when the protocol is for Achilles tendinopathy, the condition the pain-monitoring model was tested in. */
  readonly achilles: boolean;
}

export function buildContext(plan: Plan, protocol: Protocol, log: readonly LogEntry[], today: string, baselinePain: number | undefined): ReviewContext {
  const sorted = [...log].filter((entry) => entry.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // The previous review's day, recorded in the plan by `reviewPlan`.
  const previous = plan.lastReview?.today;
  const since = previous ?? addCalendarDays(today, -7);
  const fresh = sorted.filter((entry) => entry.date > since);
  const freshMornings = sorted.flatMap((entry) =>
    entry.kind === 'pain' && entry.nextMorning !== undefined && entry.date >= since
      ? [{ date: entry.date, nextMorning: entry.nextMorning }]
      : [],
  );
  const firstMorning = sorted.find((entry) => entry.kind === 'pain' && entry.nextMorning !== undefined);
  const baseline =
    baselinePain !== undefined
      ? { value: baselinePain, from: 'option' as const }
      : firstMorning?.kind === 'pain' && firstMorning.nextMorning !== undefined
        ? { value: firstMorning.nextMorning, from: 'first-morning' as const }
        : { value: 0, from: 'none' as const };
  const day = plan.days.find((entry) => entry.date === today);
  const phase = protocol.phases.find((entry) => entry.id === day?.phaseId);
  const criteria = day?.running.painLimits
    ? { limits: day.running.painLimits, from: 'running' as const }
    : phase?.progressIf
      ? { limits: phase.progressIf, from: 'phase' as const }
      : { limits: undefined, from: 'default' as const };
  return { plan, protocol, today, log: sorted, fresh, freshMornings, baseline, criteria, day, achilles: protocol.condition.id.startsWith('achilles-tendinopathy') };
}

/** The pain ratings an entry carries: a pain entry's own, or a run's; none for other kinds. */
export function painOf(entry: LogEntry): { during?: number | undefined; after?: number | undefined; nextMorning?: number | undefined } | undefined {
  return entry.kind === 'pain' ? entry : entry.kind === 'run' || entry.kind === 'race' ? entry.pain : undefined;
}
