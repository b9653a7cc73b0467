import type { Citation, Evidence, PlanCheckpoint, PlanDay } from '../model/index.js';
import { RUNNER_SOURCES } from '../runner/sources.js';

/**
 * The sources a plan's numbers rest on, once each: the protocol's sources its evidence names, in the protocol's order,
 * then the runner rules' sources the fitting used. A protocol source of the same id wins (the protocol's own record).
 */
export function planSources(protocolSources: readonly Citation[], days: readonly PlanDay[], checkpoints: readonly PlanCheckpoint[]): Citation[] {
  const cited = new Set<string>();
  // Most days hold the same few evidence objects: each is read once.
  const read = new Set<Evidence>();
  const add = (evidence: Evidence) => {
    if (evidence.kind !== 'cited' || read.has(evidence)) return;
    read.add(evidence);
    for (const id of evidence.sourceIds) cited.add(id);
  };
  // One pass, no intermediate lists: a plan has a few evidence objects a day, most of them the same few objects.
  for (const day of days) {
    add(day.evidence);
    for (const evidence of day.running.evidence) add(evidence);
    if (day.running.painLimits) add(day.running.painLimits.evidence);
    for (const { dose } of day.exercises) add(dose.evidence);
  }
  for (const checkpoint of checkpoints) {
    add(checkpoint.evidence);
    if (checkpoint.progressIf) add(checkpoint.progressIf.evidence);
  }
  const known = new Set(protocolSources.map((source) => source.id));
  return [...protocolSources, ...RUNNER_SOURCES.filter((source) => !known.has(source.id))].filter((source) => cited.has(source.id));
}
