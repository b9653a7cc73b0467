import { limitsOf, ofLastFlare, painOf, type ReviewContext } from '../context.js';
import { SILBERNAGEL_2007 } from '../sources.js';
import type { ReviewReason } from '../types.js';

export { DEFAULT_MAX_PAIN } from '../context.js';

/** One rating that broke the pain-monitoring model's limits. */
export interface PainBreach {
  readonly rule: 'pain-during' | 'pain-after' | 'pain-next-morning';
  readonly date: string;
  readonly value: number;
}

export function painEvidence(context: ReviewContext): ReviewReason['evidence'] {
  if (context.criteria.from !== 'default') {
    const limits = context.criteria.limits?.evidence;
    if (limits?.kind === 'library-default') return { kind: 'library-default', reason: limits.reason };
    const ids = limits?.kind === 'cited' ? limits.sourceIds : [];
    // Limits that rest on the pain-monitoring model are the trial's only in the condition it tested.
    if (!context.achilles && ids.some((id) => id.startsWith('silbernagel'))) {
      return {
        kind: 'library-default',
        reason: `${context.protocol.name} uses the pain-monitoring model's limits (${SILBERNAGEL_2007}), which was tested in Achilles tendinopathy only: applying them to ${context.protocol.condition.name.toLowerCase()} is the library's extension of Silbernagel's model.`,
      };
    }
    // Named as a reader would look them up: the protocol by its name, each source by first author and year.
    const named = ids.map((id) => {
      const source = context.protocol.sources.find((entry) => entry.id === id);
      return source?.kind === 'publication' ? `${(source.authors[0] ?? id).split(' ')[0]} ${source.year}` : id;
    });
    return { kind: 'cited', citation: `the pain limits of ${context.protocol.name} (${named.join(', ')})` };
  }
  if (context.achilles) return { kind: 'cited', citation: SILBERNAGEL_2007 };
  return {
    kind: 'library-default',
    reason: `The pain-monitoring model (${SILBERNAGEL_2007}) was tested in Achilles tendinopathy only; applying its limits to ${context.protocol.condition.name.toLowerCase()} is the library's extension.`,
  };
}

/**
 * Every new rating above the limits (after the plan's end too): pain during or after activity above them (5/10 unless the protocol says
 * otherwise), and next-morning pain above them or above the runner's baseline (pain must settle by the next morning).
 */
export function painBreaches(context: ReviewContext): PainBreach[] {
  const { maxDuring, maxAfter } = limitsOf(context);
  const settles = context.criteria.from === 'default' || context.criteria.limits?.settledByNextMorning === true;
  const breaches: PainBreach[] = [];
  // New ratings, those after the plan's end included (found by review: 8/10 two days after the end was "progress", and
  // "a new plan, made from your recent runs, goes on from here").
  for (const entry of context.unseen) {
    const pain = painOf(entry);
    if (pain === undefined) continue;
    if (pain.during !== undefined && pain.during > maxDuring) breaches.push({ rule: 'pain-during', date: entry.date, value: pain.during });
    if (pain.after !== undefined && pain.after > maxAfter) breaches.push({ rule: 'pain-after', date: entry.date, value: pain.after });
    // Next-morning pain above the limits is a breach whatever the baseline; above the baseline, where the model asks
    // that pain settle back to it.
    if (pain.nextMorning !== undefined && (pain.nextMorning > maxAfter || (settles && pain.nextMorning > context.baseline.value))) {
      breaches.push({ rule: 'pain-next-morning', date: entry.date, value: pain.nextMorning });
    }
  }
  return breaches;
}

/**
 * The pain-monitoring model: pain during or after activity above the limit, or pain not back to the runner's
 * baseline by the next morning, means the load was too much: step back. New ratings of the flare the last step-back
 * already cut for ({@link ofLastFlare}) hold the load where it is: they do not cut it again.
 */
export function painMonitoring(context: ReviewContext): ReviewReason[] {
  const { maxDuring, maxAfter } = limitsOf(context);
  const source = painEvidence(context);
  const quoted =
    source.kind === 'cited'
      ? source.citation
      : context.criteria.from === 'default' || source.reason.includes("library's extension of Silbernagel")
        ? `the library's extension of ${SILBERNAGEL_2007}, tested in Achilles tendinopathy`
        : "the protocol's pain limits";
  const worst = new Map<PainBreach['rule'], PainBreach>();
  const settled: PainBreach[] = [];
  for (const breach of painBreaches(context)) {
    // The flare the last step-back cut for (see ofLastFlare); a run on the step-back's day after it, on the stepped-back
    // load, that hurts is a new flare (found by review: a run on that day that hurt 8/10 held the load where it was).
    if (ofLastFlare(context, breach.date)) {
      settled.push(breach);
      continue;
    }
    const before = worst.get(breach.rule);
    if (before === undefined || breach.value > before.value) worst.set(breach.rule, breach);
  }
  const reasons: ReviewReason[] = [];
  const during = worst.get('pain-during');
  const after = worst.get('pain-after');
  const morning = worst.get('pain-next-morning');
  if (during) reasons.push({ rule: 'pain-during', status: 'step-back', evidence: source, message: `Pain during activity reached ${during.value}/10 on ${during.date}, above the limit of ${maxDuring}/10: reduce the load a step — ${quoted}.` });
  if (after) reasons.push({ rule: 'pain-after', status: 'step-back', evidence: source, message: `Pain after activity reached ${after.value}/10 on ${after.date}, above the limit of ${maxAfter}/10: reduce the load a step — ${quoted}.` });
  if (morning) {
    const baseline =
      morning.value > maxAfter
        ? `above the limit of ${maxAfter}/10`
        : context.baseline.from === 'option'
          ? `baseline ${context.baseline.value}/10`
          : `above ${context.baseline.value}/10, the most that counts as settled when your usual morning pain is not given`;
    reasons.push({
      rule: 'pain-next-morning',
      status: 'step-back',
      evidence: source,
      message: `Pain had not settled by the morning after ${morning.date} (${morning.value}/10, ${baseline}): the pain-monitoring model says reduce the load — ${quoted}.`,
    });
  }
  if (reasons.length === 0 && settled.length > 0 && context.lastStepBack !== undefined) {
    const top = settled.reduce((a, b) => (b.value > a.value ? b : a));
    reasons.push({
      rule: 'same-flare',
      status: 'hold',
      evidence: source,
      message: `Pain of ${top.value}/10 on ${top.date} belongs to the flare the plan already stepped back for on ${context.lastStepBack}: the load stays stepped back, with no growth for 7 days, and is not cut a second time.`,
    });
  }
  return reasons;
}
