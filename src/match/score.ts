import {
  FINDING_FIELDS,
  LIKELIHOOD_RATIO_GRADES,
  type Condition,
  type ConditionMatch,
  type Finding,
  type MatchReason,
} from '../model/index.js';
import type { ProfileFacts } from './facts.js';
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


/** A finding made ready for scoring: its values, weights and both messages worked out once per condition. */
interface CompiledFinding {
  readonly finding: Finding;
  readonly values: readonly string[];
  readonly present: { readonly likelihoodRatio: number; readonly weight: number; readonly message: string };
  readonly absent: { readonly likelihoodRatio: number; readonly weight: number; readonly message: string };
  /** Its place in the order reasons of equal weight are listed in: by field, then value. */
  readonly order: number;
  /** How far its answer could move the log-odds down and up while it is not asked. */
  readonly bounds: { readonly down: number; readonly up: number };
}

interface CompiledCondition {
  readonly priorLogOdds: number;
  readonly findings: readonly CompiledFinding[];
}

// Conditions are frozen once validated (the catalogue's always are), so what is worked out from one can be kept.
const compiled = new WeakMap<Condition, CompiledCondition>();

function compile(condition: Condition): CompiledCondition {
  const known = compiled.get(condition);
  if (known !== undefined) return known;
  const ordered = [...condition.findings].sort(compareFindings);
  const side = (finding: Finding, present: boolean) => {
    const likelihoodRatio = LIKELIHOOD_RATIO_GRADES[present ? finding.present : finding.absent];
    return { likelihoodRatio, weight: Math.log(likelihoodRatio), message: explain(finding, present, likelihoodRatio) };
  };
  const { probability } = condition.prior;
  const result: CompiledCondition = {
    priorLogOdds: Math.log(probability / (1 - probability)),
    findings: condition.findings.map((finding) => {
      const present = side(finding, true);
      const absent = side(finding, false);
      return {
        finding,
        values: finding.or === undefined ? [finding.value] : [finding.value, ...finding.or],
        present,
        absent,
        order: ordered.indexOf(finding),
        bounds: { down: Math.min(0, present.weight, absent.weight), up: Math.max(0, present.weight, absent.weight) },
      };
    }),
  };
  if (Object.isFrozen(condition)) compiled.set(condition, result);
  return result;
}

/** A condition's match, and how far the findings not yet asked could still move its log-odds down and up. */
export interface ScoredCondition {
  readonly match: ConditionMatch;
  readonly down: number;
  readonly up: number;
}

/**
 * Scores one condition against a profile with a naive-Bayes log-odds model: the condition's prior odds, multiplied
 * by the likelihood ratio of each finding — its `present` grade when the profile has the value, its `absent` grade
 * when the runner was asked and did not report it, and nothing (a ratio of 1) when the runner was not asked. The score
 * is the resulting probability, in [0, 1]. Each finding whose ratio is not 1 becomes a reason, with the change in
 * score it caused (the score minus the score without that finding). Also says how far the unasked findings could
 * move the log-odds either way.
 */
export function scoreWithBounds(facts: ProfileFacts, condition: Condition): ScoredCondition {
  const { priorLogOdds, findings } = compile(condition);
  const applied: { entry: CompiledFinding; side: CompiledFinding['present']; present: boolean }[] = [];
  let logOdds = priorLogOdds;
  let down = 0;
  let up = 0;
  for (const entry of findings) {
    const field = entry.finding.field;
    const reported = facts.present.get(field);
    let present = false;
    if (reported !== undefined) {
      for (const value of entry.values) {
        if (reported.has(value)) {
          present = true;
          break;
        }
      }
    }
    if (!present && !facts.askedAll.has(field)) {
      const one = facts.askedOne.get(field);
      let asked = one !== undefined;
      if (one !== undefined) {
        for (const value of entry.values) {
          if (!one.has(value)) {
            asked = false;
            break;
          }
        }
      }
      if (!asked) {
        down += entry.bounds.down;
        up += entry.bounds.up;
        continue;
      }
    }
    const side = present ? entry.present : entry.absent;
    logOdds += side.weight;
    if (side.weight !== 0) applied.push({ entry, side, present });
  }
  const score = sigmoid(logOdds);
  applied.sort((a, b) => Math.abs(b.side.weight) - Math.abs(a.side.weight) || a.entry.order - b.entry.order);
  const supporting: MatchReason[] = [];
  const against: MatchReason[] = [];
  for (const { entry, side, present } of applied) {
    const reason: MatchReason = {
      field: entry.finding.field,
      value: entry.finding.value,
      present,
      likelihoodRatio: side.likelihoodRatio,
      scoreChange: score - sigmoid(logOdds - side.weight),
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
