import {
  FINDING_FIELDS,
  LIKELIHOOD_RATIO_GRADES,
  type Condition,
  type ConditionMatch,
  type Finding,
  type MatchReason,
} from '../model/index.js';
import { ASKED_ALL, ASKED_ONE, ASKED_SOME, factId, fieldIndex, findingValues, REPORTED, type ProfileFacts } from './facts.js';
import { sigmoid } from './log-odds.js';

export { profileFacts, type ProfileFacts } from './facts.js';

const FIELD_LABELS: Record<Finding['field'], string> = {
  side: 'side',
  region: 'region',
  locations: 'where it hurts',
  aggravatedBy: 'what makes it worse',
  painFreeDuring: 'pain-free during',
  onset: 'onset',
  trainingChange: 'training change',
  signs: 'signs',
  redFlags: 'red flags',
  background: 'background',
  sex: 'sex',
  ageGroup: 'age group',
};


/** One answer to a finding made ready for scoring: its likelihood ratio, log weight and message. */
interface CompiledSide {
  readonly likelihoodRatio: number;
  readonly weight: number;
  readonly message: string;
  /** Graded `rules-out`: this answer excludes the condition (see {@link scoreWithBounds}). */
  readonly rulesOut: boolean;
}

/** The log of the `rules-out` ratio: how far above its prior a condition an answer rules out can score, at most. */
const RULES_OUT_WEIGHT = Math.log(LIKELIHOOD_RATIO_GRADES['rules-out']);

/** A finding made ready for scoring: its values, both answers and their bounds worked out once per condition. */
interface CompiledFinding {
  readonly finding: Finding;
  /** Its values' {@link factId}s, and its field's {@link fieldIndex}. */
  readonly ids: readonly number[];
  readonly fieldIndex: number;
  readonly present: CompiledSide;
  readonly absent: CompiledSide;
  /** How far its answer could move the log-odds down and up while it is not asked. */
  readonly down: number;
  readonly up: number;
}

/** A possible reason: a finding's answer that moves the score. */
interface CompiledReason {
  /** The finding's index in the condition's findings. */
  readonly index: number;
  readonly present: boolean;
  readonly side: CompiledSide;
}

interface CompiledCondition {
  readonly priorLogOdds: number;
  readonly findings: readonly CompiledFinding[];
  /**
   * Every answer that moves the score, in the order reasons are listed: largest change first, then by field and
   * value. Sorted once, so scoring only picks the answers the profile gave.
   */
  readonly reasons: readonly CompiledReason[];
}

// Conditions are frozen once validated (the catalogue's always are), so what is worked out from one can be kept.
const compiled = new WeakMap<Condition, CompiledCondition>();

function compile(condition: Condition): CompiledCondition {
  const known = compiled.get(condition);
  if (known !== undefined) return known;
  const ordered = [...condition.findings].sort(compareFindings);
  const side = (finding: Finding, present: boolean): CompiledSide => {
    const grade = present ? finding.present : finding.absent;
    const likelihoodRatio = LIKELIHOOD_RATIO_GRADES[grade];
    return { likelihoodRatio, weight: Math.log(likelihoodRatio), message: explain(finding, present, likelihoodRatio), rulesOut: grade === 'rules-out' };
  };
  const findings = condition.findings.map((finding): CompiledFinding => {
    const present = side(finding, true);
    const absent = side(finding, false);
    return {
      finding,
      ids: findingValues(finding).map((value) => factId(finding.field, value)),
      fieldIndex: fieldIndex(finding.field),
      present,
      absent,
      down: Math.min(0, present.weight, absent.weight),
      up: Math.max(0, present.weight, absent.weight),
    };
  });
  const order = (index: number) => ordered.indexOf(condition.findings[index] as Finding);
  const reasons = findings
    .flatMap((entry, index) => [
      { index, present: true, side: entry.present },
      { index, present: false, side: entry.absent },
    ])
    .filter((reason) => reason.side.weight !== 0)
    .sort((a, b) => Math.abs(b.side.weight) - Math.abs(a.side.weight) || order(a.index) - order(b.index));
  const { probability } = condition.prior;
  const result: CompiledCondition = { priorLogOdds: Math.log(probability / (1 - probability)), findings, reasons };
  if (Object.isFrozen(condition)) compiled.set(condition, result);
  return result;
}

/** A condition's match, and how far the findings not yet asked could still move its log-odds down and up. */
export interface ScoredCondition {
  readonly match: ConditionMatch;
  readonly down: number;
  readonly up: number;
}

const UNKNOWN = 0;
const PRESENT = 1;
const ABSENT = 2;

/** Whether the profile has one of a finding's values, was asked and did not report it, or was not asked. */
function stateOf(facts: ProfileFacts, entry: CompiledFinding): number {
  const { values } = facts;
  for (const id of entry.ids) if (((values[id] ?? 0) & REPORTED) !== 0) return PRESENT;
  const field = facts.fields[entry.fieldIndex] ?? 0;
  if ((field & ASKED_ALL) !== 0) return ABSENT;
  if ((field & ASKED_SOME) === 0) return UNKNOWN;
  for (const id of entry.ids) if (((values[id] ?? 0) & ASKED_ONE) === 0) return UNKNOWN;
  return ABSENT;
}

/**
 * Scores one condition against a profile with a naive-Bayes log-odds model: the condition's prior odds, multiplied
 * by the likelihood ratio of each finding — its `present` grade when the profile has the value, its `absent` grade
 * when the runner was asked and did not report it, and nothing (a ratio of 1) when the runner was not asked. The score
 * is the resulting probability, in [0, 1] — except that an answer graded `rules-out` caps the log-odds at the prior's
 * plus that grade's, whatever the other answers add. Each finding whose ratio is not 1 becomes a reason, with the change in
 * score it caused (the score minus the score without that finding). Also says how far the unasked findings could
 * move the log-odds either way.
 */
export function scoreWithBounds(facts: ProfileFacts, condition: Condition): ScoredCondition {
  const { priorLogOdds, findings, reasons } = compile(condition);
  const states: number[] = [];
  let logOdds = priorLogOdds;
  let down = 0;
  let up = 0;
  let excluders = 0;
  let couldExclude = false;
  for (let index = 0; index < findings.length; index++) {
    const entry = findings[index] as CompiledFinding;
    const state = stateOf(facts, entry);
    states[index] = state;
    if (state === PRESENT) {
      logOdds += entry.present.weight;
      if (entry.present.rulesOut) excluders++;
    } else if (state === ABSENT) {
      logOdds += entry.absent.weight;
      if (entry.absent.rulesOut) excluders++;
    } else {
      down += entry.down;
      up += entry.up;
      if (entry.present.rulesOut || entry.absent.rulesOut) couldExclude = true;
    }
  }
  // A `rules-out` answer excludes the condition whatever else fits: its log-odds go no higher than its prior's with
  // that one answer. The other findings' ratios would otherwise outweigh it (a shin, on the inside, hurting on runs, in
  // both legs), though the answer says the condition's definition is not met.
  const excluded = excluders > 0;
  const cap = priorLogOdds + RULES_OUT_WEIGHT;
  // Without one answer: still capped if another answer rules the condition out.
  const capped = (value: number, without?: CompiledSide) => (excluders > (without?.rulesOut === true ? 1 : 0) ? Math.min(value, cap) : value);
  const raw = logOdds;
  logOdds = capped(raw);
  if (excluded) up = Math.max(0, Math.min(up, cap - logOdds));
  if (couldExclude) down = Math.min(down, cap - logOdds);
  const score = sigmoid(logOdds);
  const supporting: MatchReason[] = [];
  const against: MatchReason[] = [];
  for (const { index, present, side } of reasons) {
    if (states[index] !== (present ? PRESENT : ABSENT)) continue;
    const { finding } = findings[index] as CompiledFinding;
    const reason: MatchReason = {
      field: finding.field,
      value: finding.value,
      present,
      likelihoodRatio: side.likelihoodRatio,
      scoreChange: score - sigmoid(capped(raw - side.weight, side)),
      message: side.message,
    };
    (side.likelihoodRatio > 1 ? supporting : against).push(reason);
  }
  return { match: { conditionId: condition.id, name: condition.name, score, referOnly: condition.referOnly, supporting, against }, down, up };
}

/** Scores one condition against a profile; see {@link scoreWithBounds}. */
export function scoreCondition(facts: ProfileFacts, condition: Condition): ConditionMatch {
  return scoreWithBounds(facts, condition).match;
}

function compareFindings(a: Finding, b: Finding): number {
  return FINDING_FIELDS.indexOf(a.field) - FINDING_FIELDS.indexOf(b.field) || a.value.localeCompare(b.value);
}

function explain(finding: Finding, present: boolean, likelihoodRatio: number): string {
  const reported = `${present ? 'Reported' : 'Not reported'}: ${FIELD_LABELS[finding.field]} "${finding.value}"`;
  const odds = likelihoodRatio >= 1 ? `odds ×${likelihoodRatio}` : `odds ÷${round(1 / likelihoodRatio)}`;
  // The odds factor is what a reader can weigh; the score change (often +0.00 near a score of 1) stays in scoreChange.
  return `${reported}. ${finding.why} (${odds})`;
}

const round = (value: number) => Math.round(value * 100) / 100;
