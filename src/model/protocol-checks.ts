import { checkCitedSources, quoteAll, uniqueIds, type Path } from './check-helpers.js';
import type { Evidence } from './citation.js';
import type { Phase } from './phase.js';
import { MAX_PLAN_DAYS } from './plan-length.js';
import type { RehabInputIssue } from './rehab-input-error.js';

/** The parts of a protocol the cross-checks read; the protocol schema's output fits it. */
export interface CheckedProtocol {
  sources: readonly { id: string }[];
  exercises: readonly { id: string; equipment: readonly string[] }[];
  equipment: readonly string[];
  phases: readonly Phase[];
  checkpoints: readonly { day: number; evidence: Evidence; progressIf?: { evidence: Evidence } | undefined }[];
}

/**
 * The checks a protocol's schema cannot express field by field: ids unique, every exercise and source a phase
 * names exists, phases cover days 1..N in order without gaps or overlap and end by {@link MAX_PLAN_DAYS},
 * checkpoints fall inside the plan, one a day.
 */
export function checkProtocol(protocol: CheckedProtocol): RehabInputIssue[] {
  const issues: RehabInputIssue[] = [];
  const sourceIds = uniqueIds(protocol.sources, ['sources'], 'source', issues);
  const exerciseIds = uniqueIds(protocol.exercises, ['exercises'], 'exercise', issues);
  uniqueIds(protocol.phases, ['phases'], 'phase', issues);
  const checkEvidence = (evidence: Evidence, path: Path) => checkCitedSources(evidence, path, sourceIds, issues);

  let nextDay = 1;
  protocol.phases.forEach((phase, p) => {
    const at: Path = ['phases', p];
    if (phase.days.min !== nextDay) {
      const problem = phase.days.min > nextDay ? `leaving day ${nextDay} uncovered` : `overlapping the day before it`;
      issues.push({ path: [...at, 'days', 'min'], message: `Expected the phase to start on day ${nextDay}, received day ${phase.days.min}, ${problem}` });
    }
    if (phase.days.max > MAX_PLAN_DAYS) {
      issues.push({
        path: [...at, 'days', 'max'],
        message: `Expected the phase to end by day ${MAX_PLAN_DAYS}, the longest plan the library supports (two years), received day ${phase.days.max}`,
      });
    }
    nextDay = phase.days.max + 1;
    checkEvidence(phase.evidence, [...at, 'evidence']);
    checkEvidence(phase.running.evidence, [...at, 'running', 'evidence']);
    if (phase.running.kind === 'pain-monitored') checkEvidence(phase.running.limits.evidence, [...at, 'running', 'limits', 'evidence']);
    phase.exercises.forEach((entry, e) => {
      if (!exerciseIds.has(entry.exerciseId)) {
        issues.push({
          path: [...at, 'exercises', e, 'exerciseId'],
          message: `Names exercise "${entry.exerciseId}", which is not in the protocol's exercises (${quoteAll(exerciseIds)})`,
        });
      }
      checkEvidence(entry.dose.evidence, [...at, 'exercises', e, 'dose', 'evidence']);
    });
    if (phase.running.kind === 'ramp-to-goal' && p === 0) {
      issues.push({ path: [...at, 'running', 'kind'], message: 'A ramp to the goal cannot be the first phase: it starts from the limit of the phase before it' });
    }
  });

  checkEquipment(protocol, issues);

  const lastDay = nextDay - 1;
  const checkpointOn = new Map<number, number>();
  protocol.checkpoints.forEach((checkpoint, c) => {
    if (checkpoint.day > lastDay) {
      issues.push({ path: ['checkpoints', c, 'day'], message: `Expected a day inside the plan (1–${lastDay}), received ${checkpoint.day}` });
    }
    const earlier = checkpointOn.get(checkpoint.day);
    if (earlier === undefined) checkpointOn.set(checkpoint.day, c);
    else {
      // A plan day holds one checkpoint: a second one on the same day would be missing from that day.
      issues.push({
        path: ['checkpoints', c, 'day'],
        message: `Expected one checkpoint a day, but checkpoint ${earlier} is on day ${checkpoint.day} too: merge them into one, or move one to another day`,
      });
    }
    checkEvidence(checkpoint.evidence, ['checkpoints', c, 'evidence']);
    if (checkpoint.progressIf) checkEvidence(checkpoint.progressIf.evidence, ['checkpoints', c, 'progressIf', 'evidence']);
  });
  return issues;
}

/** The protocol's `equipment` is what its exercises need, each item once: nothing missing, nothing extra. */
function checkEquipment(protocol: CheckedProtocol, issues: RehabInputIssue[]): void {
  const needed = new Set(protocol.exercises.flatMap((exercise) => exercise.equipment));
  const listed = new Set(protocol.equipment);
  const missing = [...needed].filter((item) => !listed.has(item));
  if (missing.length > 0) {
    issues.push({ path: ['equipment'], message: `Expected every item the exercises need; missing ${quoteAll(missing)}` });
  }
  protocol.equipment.forEach((item, index) => {
    if (!needed.has(item)) issues.push({ path: ['equipment', index], message: `"${item}" is not needed by any exercise` });
    else if (protocol.equipment.indexOf(item) !== index) issues.push({ path: ['equipment', index], message: `"${item}" is listed twice` });
  });
}
