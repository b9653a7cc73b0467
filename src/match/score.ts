import {
  FINDING_FIELDS,
  LIKELIHOOD_RATIO_GRADES,
  type Condition,
  type ConditionMatch,
  type Finding,
  type MatchReason,
  type SymptomProfile,
} from '../model/index.js';

/** The profile as sets, so that a finding is looked up the same way for single and list fields, in any order. */
export type ProfileValues = ReadonlyMap<Finding['field'], ReadonlySet<string>>;

/** Reads a validated profile into sets of values per field; a missing field is an empty set. */
export function profileValues(profile: SymptomProfile): ProfileValues {
  const values = new Map<Finding['field'], ReadonlySet<string>>();
  for (const field of FINDING_FIELDS) {
    const value: string | readonly string[] | undefined = profile[field];
    values.set(field, new Set(value === undefined ? [] : typeof value === 'string' ? [value] : value));
  }
  return values;
}

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
};

const sigmoid = (logOdds: number) => 1 / (1 + Math.exp(-logOdds));

/**
 * Scores one condition against a profile with a naive-Bayes log-odds model: the condition's prior odds, multiplied
 * by the likelihood ratio of each finding — its `present` grade when the profile has the value, its `absent` grade
 * when it does not. The score is the resulting probability, in [0, 1]. Each finding whose ratio is not 1 becomes a
 * reason, with the change in score it caused (the score minus the score without that finding).
 */
export function scoreCondition(values: ProfileValues, condition: Condition): ConditionMatch {
  const applied = condition.findings.map((finding) => {
    const present = values.get(finding.field)?.has(finding.value) ?? false;
    const likelihoodRatio = LIKELIHOOD_RATIO_GRADES[present ? finding.present : finding.absent];
    return { finding, present, likelihoodRatio, weight: Math.log(likelihoodRatio) };
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
        message: explain(finding, present, likelihoodRatio),
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

function explain(finding: Finding, present: boolean, likelihoodRatio: number): string {
  const reported = `${present ? 'Reported' : 'Not reported'}: ${FIELD_LABELS[finding.field]} "${finding.value}"`;
  const odds = likelihoodRatio >= 1 ? `odds ×${likelihoodRatio}` : `odds ÷${round(1 / likelihoodRatio)}`;
  // The odds factor is what a reader can weigh; the score change (often +0.00 near a score of 1) stays in scoreChange.
  return `${reported}. ${finding.why} (${odds})`;
}

const round = (value: number) => Math.round(value * 100) / 100;
