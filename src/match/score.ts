import {
  FINDING_FIELDS,
  LIKELIHOOD_RATIO_GRADES,
  type Condition,
  type ConditionMatch,
  type Finding,
  type MatchReason,
} from '../model/index.js';
import { findingState, type ProfileFacts } from './facts.js';

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

const sigmoid = (logOdds: number) => 1 / (1 + Math.exp(-logOdds));

/**
 * Scores one condition against a profile with a naive-Bayes log-odds model: the condition's prior odds, multiplied
 * by the likelihood ratio of each finding — its `present` grade when the profile has the value, its `absent` grade
 * when the runner was asked and did not report it, and nothing (a ratio of 1) when the runner was not asked. The score
 * is the resulting probability, in [0, 1]. Each finding whose ratio is not 1 becomes a reason, with the change in
 * score it caused (the score minus the score without that finding).
 */
export function scoreCondition(facts: ProfileFacts, condition: Condition): ConditionMatch {
  const applied = condition.findings.flatMap((finding) => {
    const state = findingState(facts, finding);
    if (state === 'unknown') return [];
    const present = state === 'present';
    const likelihoodRatio = LIKELIHOOD_RATIO_GRADES[present ? finding.present : finding.absent];
    return [{ finding, present, likelihoodRatio, weight: Math.log(likelihoodRatio) }];
  });
  const { probability } = condition.prior;
  const logOdds = applied.reduce((sum, entry) => sum + entry.weight, Math.log(probability / (1 - probability)));
  const score = sigmoid(logOdds);

  const reasons: MatchReason[] = applied
    .filter((entry) => entry.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || compareFindings(a.finding, b.finding))
    .map(({ finding, present, likelihoodRatio, weight }) => {
      const scoreChange = score - sigmoid(logOdds - weight);
      return {
        field: finding.field,
        value: finding.value,
        present,
        likelihoodRatio,
        scoreChange,
        message: explain(finding, present, likelihoodRatio, scoreChange),
      };
    });

  return {
    conditionId: condition.id,
    name: condition.name,
    score,
    referOnly: condition.referOnly,
    supporting: reasons.filter((reason) => reason.likelihoodRatio > 1),
    against: reasons.filter((reason) => reason.likelihoodRatio < 1),
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return FINDING_FIELDS.indexOf(a.field) - FINDING_FIELDS.indexOf(b.field) || a.value.localeCompare(b.value);
}

function explain(finding: Finding, present: boolean, likelihoodRatio: number, scoreChange: number): string {
  const reported = `${present ? 'Reported' : 'Not reported'}: ${FIELD_LABELS[finding.field]} "${finding.value}"`;
  const odds = likelihoodRatio >= 1 ? `odds ×${likelihoodRatio}` : `odds ÷${round(1 / likelihoodRatio)}`;
  const change = `${scoreChange >= 0 ? '+' : '−'}${Math.abs(scoreChange).toFixed(2)}`;
  return `${reported}. ${finding.why} (${odds}, score ${change})`;
}

const round = (value: number) => Math.round(value * 100) / 100;
