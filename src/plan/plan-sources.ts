import type { Citation, Evidence, PlanCheckpoint, PlanDay } from '../model/index.js';
import { RUNNER_SOURCES } from '../runner/sources.js';

/** Every piece of evidence a plan's days and checkpoints carry, in plan order. */
export function planEvidence(days: readonly PlanDay[], checkpoints: readonly PlanCheckpoint[]): Evidence[] {
  const found: Evidence[] = [];
  for (const day of days) {
    found.push(day.evidence, ...day.running.evidence);
    if (day.running.painLimits) found.push(day.running.painLimits.evidence);
    for (const { dose } of day.exercises) found.push(dose.evidence);
  }
  for (const checkpoint of checkpoints) {
    found.push(checkpoint.evidence);
    if (checkpoint.progressIf) found.push(checkpoint.progressIf.evidence);
  }
  return found;
}

/**
 * The sources a plan's numbers rest on, once each: the protocol's sources its evidence names, in the protocol's order,
 * then the runner rules' sources the fitting used. A protocol source of the same id wins (the protocol's own record).
 */
export function planSources(protocolSources: readonly Citation[], days: readonly PlanDay[], checkpoints: readonly PlanCheckpoint[]): Citation[] {
  const cited = new Set(planEvidence(days, checkpoints).flatMap((evidence) => (evidence.kind === 'cited' ? evidence.sourceIds : [])));
  const known = new Set(protocolSources.map((source) => source.id));
  return [...protocolSources, ...RUNNER_SOURCES.filter((source) => !known.has(source.id))].filter((source) => cited.has(source.id));
}
