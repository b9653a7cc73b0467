import { checkCitedSources, uniqueIds } from './check-helpers.js';
import type { Evidence } from './citation.js';
import type { RehabInputIssue } from './rehab-input-error.js';

/** The parts of a condition the cross-checks read; the condition schema's output fits it. */
export interface CheckedCondition {
  referOnly: boolean;
  referral?: string | undefined;
  prior: { evidence: Evidence };
  findings: readonly { field: string; value: string; or?: readonly string[] | undefined; present: string; absent: string; evidence: Evidence }[];
  sources: readonly { id: string }[];
}

/**
 * The checks a condition's schema cannot express field by field: findings not repeated, each finding's grades
 * different, a refer-only condition saying why, every cited source present.
 */
export function checkCondition(condition: CheckedCondition): RehabInputIssue[] {
  const issues: RehabInputIssue[] = [];
  const sourceIds = uniqueIds(condition.sources, ['sources'], 'source', issues);
  checkCitedSources(condition.prior.evidence, ['prior', 'evidence'], sourceIds, issues);
  if (condition.referOnly && condition.referral === undefined) {
    issues.push({ path: ['referral'], message: 'A refer-only condition needs `referral`: why a clinician should see it' });
  }
  const seen = new Set<string>();
  condition.findings.forEach((finding, index) => {
    const key = `${finding.field}=${[finding.value, ...(finding.or ?? [])].join('|')}`;
    if (seen.has(key)) issues.push({ path: ['findings', index], message: `Duplicate finding ${finding.field} "${[finding.value, ...(finding.or ?? [])].join('" or "')}"` });
    seen.add(key);
    if (finding.present === finding.absent) {
      issues.push({
        path: ['findings', index, 'absent'],
        message: `A finding whose grade is the same present and absent ("${finding.present}") says nothing: drop it or change a grade`,
      });
    }
    checkCitedSources(finding.evidence, ['findings', index, 'evidence'], sourceIds, issues);
  });
  return issues;
}
