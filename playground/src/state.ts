import { DISTANCE_UNITS, LIKELIHOOD_RATIO_GRADES, LogEntrySchema, SETTINGS, SIGNS, SymptomProfileSchema, questionText, type DistanceUnit, type LogEntry, type RunLogEntry, type Setting, type SymptomProfile } from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';

/** What the page shows, all of it in the URL fragment so a plan can be shared. */
export interface State {
  /** `protocol`: a protocol picked from the catalogue; `symptoms`: the protocol the symptom form leads to. */
  readonly mode: 'protocol' | 'symptoms';
  readonly protocolId: string;
  readonly startDate: string;
  /** The goal distance in `unit`; undefined for none. */
  readonly goal: number | undefined;
  readonly unit: DistanceUnit;
  /** The symptom form's answers so far (in `symptoms` mode). */
  readonly profile: SymptomProfile;
  /**
   * The runs of the training history that can matter for the plan, as `date,distance,duration` lines (see
   * {@link historyText}); empty for none, or for a history too long for the address. Never the pasted or uploaded
   * file itself: the page reads that with the importer and keeps only these runs.
   */
  readonly history: string;
  /** What the spike guard does with a limit above what the history supports: lower it, or keep it and warn. */
  readonly spikeGuard: 'cap' | 'warn';
  /** Where the runner can do the exercises (symptoms mode): `planForProfile` chooses a protocol in one of them. */
  readonly settings: readonly Setting[];
  /** The runner's log (pain, runs) for the review. */
  readonly log: readonly LogEntry[];
  /** The day of the review; empty until the visitor presses "Review". */
  readonly today: string;
  /** The runner's usual morning pain, 0–10, for the review (`baselinePain`); undefined when not given. */
  readonly baseline?: number | undefined;
}

export const FOUNDING_PROTOCOL = 'patellofemoral-pain';
const FRESH_PROFILE: SymptomProfile = { region: 'knee' };

/** The state a fragment describes; what it leaves out or gets wrong falls back to the founding case. */
export function readFragment(fragment: string, today: string): State {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const unit = DISTANCE_UNITS.find((candidate) => candidate === params.get('unit')) ?? 'mi';
  const goalText = params.get('goal');
  const goal = goalText === '' ? undefined : Number(goalText ?? 30);
  return {
    mode: params.get('mode') === 'symptoms' ? 'symptoms' : 'protocol',
    protocolId: params.get('protocol') ?? FOUNDING_PROTOCOL,
    startDate: /^\d{4}-\d{2}-\d{2}$/.test(params.get('start') ?? '') ? (params.get('start') as string) : today,
    goal: goal !== undefined && Number.isFinite(goal) && goal > 0 ? goal : undefined,
    unit,
    profile: readProfile(params.get('profile')),
    history: readHistoryParam(params.get('history') ?? ''),
    spikeGuard: params.get('guard') === 'warn' ? 'warn' : 'cap',
    log: readLog(params.get('log')),
    today: /^\d{4}-\d{2}-\d{2}$/.test(params.get('today') ?? '') ? (params.get('today') as string) : '',
    settings: params.has('settings') ? SETTINGS.filter((setting) => params.get('settings')?.split(',').includes(setting)) : ['home'],
    ...readBaseline(params.get('baseline')),
  };
}

function readBaseline(text: string | null): { baseline?: number } {
  const baseline = text === null || text === '' ? NaN : Number(text);
  return Number.isInteger(baseline) && baseline >= 0 && baseline <= 10 ? { baseline } : {};
}

function readLog(text: string | null): LogEntry[] {
  if (text === null) return [];
  try {
    const entries: unknown = JSON.parse(text);
    return Array.isArray(entries) ? entries.flatMap((entry) => { const parsed = LogEntrySchema.safeParse(entry); return parsed.success ? [parsed.data] : []; }) : [];
  } catch {
    return [];
  }
}

/** The catalogue's conditions of a region: those whose region finding counts for it (the form offers these). */
export function conditionsOf(region: SymptomProfile['region']) {
  return conditions.filter((condition) => condition.findings.some((finding) => finding.field === 'region' && finding.value === region && LIKELIHOOD_RATIO_GRADES[finding.present] > 1));
}

function readProfile(text: string | null): SymptomProfile {
  if (text === null) return FRESH_PROFILE;
  try {
    // A fragment edited by hand may hold anything: the form is built only from a valid profile.
    const parsed = SymptomProfileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return FRESH_PROFILE;
    // A diagnosis the form does not offer for the region (no condition of it has that id) would stop every answer at an
    // error, or refer with the form showing none: it goes.
    const { diagnosedAs, ...rest } = parsed.data;
    const offered = diagnosedAs === undefined || diagnosedAs === 'other' || conditionsOf(parsed.data.region).some((condition) => condition.id === diagnosedAs);
    return offered ? parsed.data : rest;
  } catch {
    return FRESH_PROFILE;
  }
}

/** The fragment for a state: `#protocol=…&start=…`; the symptom answers only in `symptoms` mode. */
export function writeFragment(state: State): string {
  const params = new URLSearchParams();
  if (state.mode === 'symptoms') params.set('mode', 'symptoms');
  params.set('protocol', state.protocolId);
  params.set('start', state.startDate);
  params.set('goal', state.goal === undefined ? '' : String(state.goal));
  params.set('unit', state.unit);
  if (state.mode === 'symptoms') params.set('profile', JSON.stringify(state.profile));
  if (state.mode === 'symptoms' && state.settings.join() !== 'home') params.set('settings', state.settings.join());
  if (state.spikeGuard === 'warn') params.set('guard', 'warn');
  if (state.log.length > 0) params.set('log', JSON.stringify(state.log));
  if (state.today !== '') params.set('today', state.today);
  if (state.baseline !== undefined) params.set('baseline', String(state.baseline));
  return `#${params.toString()}${state.history === '' ? '' : `&history=${writeHistoryParam(state.history)}`}`;
}

// The history in the address. Of the runs read, only those generatePlan can read are kept: the ones in the 84 days
// (12 weeks) before the start date, the longest window any of its rules reads a history over (`WEEKS` in the
// library's src/runner/summarize-history.ts; a plan keeps no more of its history either). A run older than that
// changes nothing but whether there was a history at all (a history with no recent run restarts running from the
// return-to-run ladder; no history leaves the plan unchecked), so when the window holds no run the latest older run
// is kept in its place.
//
// They are written as the importer's simple CSV, one run a line: `2026-11-24,6.2km,55:30` (date, distance with its
// unit, duration as m:ss or h:mm:ss, or minutes when not whole seconds; no duration when the export had none), and the
// page reads them back with `readTrainingExport` like any pasted history. In the fragment the lines are joined by `;`
// and nothing else is escaped (`history=2026-11-24,6.2km,55:30;2026-11-26,5km`): about 26 characters a run, so the
// 12 weeks of a runner who runs twice a day fit in about 4,400. Past MAX_FRAGMENT the history is kept out of the
// address (the page offers the same lines as a CSV download instead).

/** The days before the start date whose runs can change a plan: 12 weeks. */
export const HISTORY_DAYS = 84;

/** The longest fragment the page writes with a history in it; past it the history is left out of the address. */
export const MAX_FRAGMENT = 8000;

/**
 * The runs before `startDate` that can matter for its plan: those of the {@link HISTORY_DAYS} days before it, or,
 * when there are none, the latest run before those days (so that a history with no recent run stays a history).
 */
export function runsThatMatter(runs: readonly RunLogEntry[], startDate: string): RunLogEntry[] {
  const from = new Date(Date.parse(`${startDate}T00:00:00Z`) - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const before = runs.filter((run) => run.date < startDate);
  const recent = before.filter((run) => run.date >= from);
  return recent.length > 0 || before.length === 0 ? recent : before.slice(-1);
}

/** Minutes as `m:ss` or `h:mm:ss` when they are whole seconds, else as minutes to the thousandth. */
function durationText(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  if (Math.abs(seconds - minutes * 60) > 1e-6) return String(Math.round(minutes * 1000) / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (value: number) => String(value).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Runs as `date,distance[,duration]` lines (no header), which `readTrainingExport` reads back as its simple CSV. */
export function historyText(runs: readonly RunLogEntry[]): string {
  return runs.map((run) => `${run.date},${run.distance.value}${run.distance.unit}${run.durationMinutes === undefined ? '' : `,${durationText(run.durationMinutes)}`}`).join('\n');
}

/** The history for the fragment: lines joined by `;` when they are the page's own lines; anything else escaped. */
function writeHistoryParam(text: string): string {
  return /^[\w.,:\n-]*$/.test(text) ? text.replaceAll('\n', ';') : encodeURIComponent(text);
}

/** The history from the fragment: `;`-joined lines as lines; a history with line breaks (an older address) as it is. */
function readHistoryParam(text: string): string {
  return text.includes('\n') ? text : text.replaceAll(';', '\n');
}

/** Today on the visitor's calendar, as `YYYY-MM-DD`: the page's default start date (the library never reads a clock). */
export function localToday(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export { FRESH_PROFILE };

/**
 * The profile with a new region. Where it hurts goes (the places are the old region's: "on the outside" of the knee
 * is not the outside of the heel), and so do the warning signs (they were screened for the old part of the leg:
 * "Hop on the sore leg" or "Is the knee swollen?" says nothing of the foot), and every other answer whose question
 * reads differently for the new region (the shin's "press along the inner edge"): they are asked again, in the new
 * region's words; so does whether the sore spot is tender to press. Answers whose question reads the same whatever
 * hurts stay, whether given one by one or as a list. A clinician's diagnosis (`diagnosedAs`) was of the old region's
 * pain: it goes too.
 */
export function withRegion(profile: SymptomProfile, region: SymptomProfile['region']): SymptomProfile {
  if (region === profile.region) return profile;
  const next: SymptomProfile = { ...profile, region };
  // A clinician's diagnosis was of the pain in the old region.
  delete next.diagnosedAs;
  const lists = next as Record<string, unknown>;
  const asked: Record<string, readonly string[] | undefined> = { ...profile.asked };
  // What the runner was not sure of goes the same way as what they answered.
  const unsure: Record<string, readonly string[] | undefined> = { ...profile.unsure };
  for (const field of ['locations', 'redFlags'] as const) {
    delete lists[field];
    delete asked[field];
    delete unsure[field];
  }
  // Of the other answers, only signs can read differently by region (the shin's tenderness question).
  const signs = profile.signs;
  // "Does it hurt to press on the sore spot?" was about the old region's spot, however it is worded.
  const changed = (value: string) => value === 'tender-to-touch' || questionText('signs', value, profile) !== questionText('signs', value, next);
  if (unsure['signs'] !== undefined) {
    const kept = unsure['signs'].filter((value) => !changed(value));
    if (kept.length > 0) unsure['signs'] = kept;
    else delete unsure['signs'];
  }
  if (signs !== undefined || asked['signs'] !== undefined) {
    // A list given whole was asked about every value; one by one, only those named in `asked`.
    // (What the runner was not sure of stays not sure, not answered.)
    const wasAsked: readonly string[] = (asked['signs'] ?? SIGNS).filter((value) => !(unsure['signs'] ?? []).includes(value));
    if (wasAsked.some(changed) || (signs ?? []).some(changed)) {
      const kept = wasAsked.filter((value) => !changed(value));
      const reported = (signs ?? []).filter((value) => !changed(value));
      if (kept.length === 0 && reported.length === 0) {
        delete next.signs;
        delete asked['signs'];
      } else {
        next.signs = reported;
        asked['signs'] = kept;
      }
    }
  }
  const left = Object.entries(asked).filter(([, values]) => values !== undefined);
  if (left.length > 0) next.asked = Object.fromEntries(left) as SymptomProfile['asked'];
  else delete next.asked;
  const notSure = Object.entries(unsure).filter(([, values]) => values !== undefined);
  if (notSure.length > 0) next.unsure = Object.fromEntries(notSure) as SymptomProfile['unsure'];
  else delete next.unsure;
  return next;
}

