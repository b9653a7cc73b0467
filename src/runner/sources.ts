// The sources of the runner rules (rules.ts) as citations, and the evidence each rule leaves on a plan's days, so that
// a fitted plan's numbers trace to Plan.sources like the protocol's own. docs/running-plans.md explains each rule.
import type { Citation, Evidence } from '../model/index.js';
import { LONG_RUN_SHARE, MAX_RUN_DAYS, DEFAULT_RUN_DAYS } from './rules.js';

/** Frandsen et al. 2025: the single-run spike guard's 110 % of the longest run of the last 30 days. */
export const frandsen2025: Citation = {
  kind: 'publication',
  id: 'frandsen-2025',
  authors: ['Frandsen JSB', 'et al.'],
  year: 2025,
  title: 'How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study',
  publishedIn: 'Br J Sports Med 2025;59(17):1203–1210',
  doi: '10.1136/bjsports-2024-109380',
  design: 'cohort',
};

/** Crowell et al. 2023: the standard return-to-run programme of a randomised trial's protocol (Table 1). */
export const crowell2023: Citation = {
  kind: 'publication',
  id: 'crowell-2023',
  authors: ['Crowell MS', 'Brindle RA', 'Miller EM', 'Reilly N', 'Ford KR', 'Goss DL'],
  year: 2023,
  title:
    'The effectiveness of telehealth gait retraining in addition to standard physical therapy treatment for overuse knee injuries in soldiers: a protocol for a randomized clinical trial',
  publishedIn: 'Trials 2023;24:1–12',
  doi: '10.1186/s13063-023-07502-x',
  // A trial *protocol*: its return-to-run ladder (Table 1) is the standard care both arms receive, written by the
  // trial's clinicians, not an intervention the trial tests or has tested.
  design: 'clinical-protocol',
};

/** The sources the runner rules may add to a plan. */
export const RUNNER_SOURCES: readonly Citation[] = [frandsen2025, crowell2023];

/** A day's limit or planned run held to 110 % of the longest run of the 30 days before it. */
export const SPIKE_GUARD_EVIDENCE: Evidence = {
  kind: 'cited',
  sourceIds: ['frandsen-2025'],
  checked: 'abstract',
  checkedAt: 'https://pubmed.ncbi.nlm.nih.gov/40623829/',
  note: 'A single run more than 10 % longer than the longest of the past 30 days raised overuse injury rates (HRR 1.64 for +10–30 %) in uninjured runners; holding a rehabilitating runner to it is the library’s extension.',
};

/** A session of the return-to-run ladder. */
export const LADDER_EVIDENCE: Evidence = {
  kind: 'cited',
  sourceIds: ['crowell-2023'],
  checked: 'full-text',
  checkedAt: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-023-07502-x',
  note: 'Table 1: six phases from walk 2 / run 3 min over 1 mile to 2 miles continuous, each at least twice, a rest day between runs. The library starts it when the runner has no run in the 30 days before (4 weeks before a plan\'s start): the spike guard\'s window (Frandsen 2025) then has no base — a library default.',
};

/** The planned runs of a week: the runner's usual week over their usual run days, with a long run. */
export const PLANNED_RUNS_EVIDENCE: Evidence = {
  kind: 'library-default',
  reason: `Planned runs share the runner's usual week (never more) over their usual run days (else ${DEFAULT_RUN_DAYS}, at most ${MAX_RUN_DAYS} so that a week has a day without running); the long run is at most ${LONG_RUN_SHARE * 100} % of the week, the upper end of a coaching rule (Hansons Marathon Method), not injury evidence.`,
};

/** A distance limit the library gives pain-monitored running, which the protocol gives none. */
export const DERIVED_LIMIT_EVIDENCE: Evidence = {
  kind: 'library-default',
  reason:
    'The protocol gives pain-monitored running no distance; the library limits each such day to 110 % of the longest run of the 30 days before (the spike guard of Frandsen 2025), or the return-to-run step when there is no recent run.',
};

/** A session given by time, held to 110 % of the longest run by time. */
export const TIME_GUARD_EVIDENCE: Evidence = {
  kind: 'library-default',
  reason: 'Frandsen 2025 measured spikes in distance; holding a session given by time to 110 % of the longest recent run by time is the library’s extension.',
};
