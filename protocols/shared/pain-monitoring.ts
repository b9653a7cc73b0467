// Data shared by the protocol modules: the pain-monitoring model (Silbernagel 2007) as a citation, as pain limits, as
// a running rule and as the check before a heavier load step. Not a module of its own: it has no subpath.
import type { Checkpoint, Citation, PainCriteria, RunningRule } from '../../src/model/index.js';

/** Silbernagel 2007: continued running within the pain-monitoring model did no harm in Achilles tendinopathy. */
export const silbernagel2007: Citation = {
  kind: 'publication',
  id: 'silbernagel-2007',
  design: 'randomized-trial',
  authors: ['Silbernagel KG', 'Thomeé R', 'Eriksson BI', 'Karlsson J'],
  year: 2007,
  title: 'Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study',
  publishedIn: 'Am J Sports Med 2007;35(6):897–906',
  doi: '10.1177/0363546506298279',
};

/** The model's limits, in the paper's words: pain up to 5/10 during and after, gone by the next morning, not rising week to week. */
export const painMonitoringLimits: PainCriteria = {
  maxPainDuring: 5,
  maxPainAfter: 5,
  settledByNextMorning: true,
  notWorseWeekToWeek: true,
  evidence: { kind: 'cited', sourceIds: ['silbernagel-2007'], checked: 'secondary', checkedAt: 'https://bim.physio/the-pain-monitoring-model/', note: 'The thresholds (3/10 or less safe, 4–5/10 acceptable, above 5/10 not; pain a day later means less load) as a clinic page reproduces the model; the week-to-week rule was not seen there.' },
};

/** Running as far as the pain-monitoring limits allow. A protocol that uses it lists `silbernagel2007` in its sources. */
export const painMonitoredRunning: RunningRule = {
  kind: 'pain-monitored',
  intensity: 'run',
  limits: painMonitoringLimits,
  evidence: {
    kind: 'cited',
    sourceIds: ['silbernagel-2007'],
    checked: 'abstract', checkedAt: 'https://read.qxmd.com/read/17307888/continued-sports-activity-using-a-pain-monitoring-model-during-rehabilitation-in-patients-with-achilles-tendinopathy-a-randomized-controlled-study',
    note: 'The pain-monitoring model was tested in Achilles tendinopathy; the library applies it to running alongside this protocol.',
  },
};

/**
 * The same running rule for a condition the pain-monitoring model was not tested in: the limits are Silbernagel's,
 * but using them for this condition is the library's extension (clinical review H4, N4), so the rule's evidence is a
 * library default. With a runner's history, the plan also gives each such day a distance limit.
 */
export const painMonitoredRunningExtension: RunningRule = {
  // Written out rather than spread from painMonitoredRunning: a spread is not side-effect free to a bundler, so it
  // would keep this object in bundles that never use it (the matcher's).
  kind: 'pain-monitored',
  intensity: 'run',
  limits: painMonitoringLimits,
  evidence: {
    kind: 'library-default',
    reason:
      'The pain-monitoring model was tested in Achilles tendinopathy only (Silbernagel 2007); running to its limits with this condition is the library’s extension, with no trial behind it.',
  },
};

/** The check on `day`, before a heavier load step: move on only within the pain-monitoring limits. */
/* @__NO_SIDE_EFFECTS__ */
export function painGatedStep(day: number): Checkpoint {
  return {
    day,
    assess: 'Did the last sessions stay within the pain limits (at most 5/10 during and after, settled by the next morning, no worse than last week)?',
    ifNotBetter: 'Stay at the current load, or go back to a lighter one, until they do.',
    referral: false,
    progressIf: painMonitoringLimits,
    evidence: { kind: 'library-default', reason: 'The source steps the load by week; checking the pain-monitoring limits before each heavier step is the library’s rule.' },
  };
}
