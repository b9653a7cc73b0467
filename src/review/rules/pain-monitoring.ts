import { painOf, type ReviewContext } from '../context.js';
import { SILBERNAGEL_2007 } from '../sources.js';
import type { ReviewReason } from '../types.js';

/** The pain-monitoring model's limits when a protocol states none: ≤ 5/10 during and after activity. */
export const DEFAULT_MAX_PAIN = 5;

function evidence(context: ReviewContext): ReviewReason['evidence'] {
  if (context.criteria.from !== 'default') {
    const limits = context.criteria.limits?.evidence;
    if (limits?.kind === 'library-default') return { kind: 'library-default', reason: limits.reason };
    return { kind: 'cited', citation: `the limits of protocol "${context.protocol.id}" (${(limits?.kind === 'cited' ? limits.sourceIds : []).join(', ')})` };
  }
  if (context.achilles) return { kind: 'cited', citation: SILBERNAGEL_2007 };
  return {
    kind: 'library-default',
    reason: `The pain-monitoring model (${SILBERNAGEL_2007}) was tested in Achilles tendinopathy only; applying its limits to ${context.protocol.condition.name.toLowerCase()} is the library's extension.`,
  };
}

/**
 * The pain-monitoring model: pain during or after activity above the limit (5/10 unless the protocol says otherwise),
 * or pain not back to the runner's baseline by the next morning, means the load was too much: step back.
 */
export function painMonitoring(context: ReviewContext): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  const maxDuring = context.criteria.limits?.maxPainDuring ?? DEFAULT_MAX_PAIN;
  const maxAfter = context.criteria.limits?.maxPainAfter ?? DEFAULT_MAX_PAIN;
  const source = evidence(context);
  const quoted =
    source.kind === 'cited' ? source.citation : context.criteria.from === 'default' ? `the library's extension of ${SILBERNAGEL_2007}, tested in Achilles tendinopathy` : 'the protocol\'s pain limits';

  let during: { value: number; date: string } | undefined;
  let after: { value: number; date: string } | undefined;
  for (const entry of context.fresh) {
    const pain = painOf(entry);
    if (pain?.during !== undefined && pain.during > maxDuring && (during === undefined || pain.during > during.value)) during = { value: pain.during, date: entry.date };
    if (pain?.after !== undefined && pain.after > maxAfter && (after === undefined || pain.after > after.value)) after = { value: pain.after, date: entry.date };
  }
  if (during) {
    reasons.push({ rule: 'pain-during', status: 'step-back', evidence: source, message: `Pain during activity reached ${during.value}/10 on ${during.date}, above the limit of ${maxDuring}/10: reduce the load a step — ${quoted}.` });
  }
  if (after) {
    reasons.push({ rule: 'pain-after', status: 'step-back', evidence: source, message: `Pain after activity reached ${after.value}/10 on ${after.date}, above the limit of ${maxAfter}/10: reduce the load a step — ${quoted}.` });
  }

  const settles = context.criteria.from === 'default' || context.criteria.limits?.settledByNextMorning === true;
  const morning = context.freshMornings.filter((entry) => entry.nextMorning > context.baseline.value).sort((a, b) => b.nextMorning - a.nextMorning)[0];
  if (settles && morning) {
    const baseline = context.baseline.from === 'none' ? 'no baseline logged, so 0/10' : `baseline ${context.baseline.value}/10`;
    reasons.push({
      rule: 'pain-next-morning',
      status: 'step-back',
      evidence: source,
      message: `Pain had not settled by the morning after ${morning.date} (${morning.nextMorning}/10, ${baseline}): the pain-monitoring model says reduce the load — ${quoted}.`,
    });
  }
  return reasons;
}
