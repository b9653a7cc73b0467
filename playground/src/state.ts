import { DISTANCE_UNITS, LogEntrySchema, SETTINGS, SymptomProfileSchema, type DistanceUnit, type LogEntry, type Setting, type SymptomProfile } from 'rehab-protocols';

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
  /** The training history as the visitor pasted it (CSV text); empty for none. */
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
    history: params.get('history') ?? '',
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

function readProfile(text: string | null): SymptomProfile {
  if (text === null) return FRESH_PROFILE;
  try {
    // A fragment edited by hand may hold anything: the form is built only from a valid profile.
    const parsed = SymptomProfileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : FRESH_PROFILE;
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
  if (state.history !== '') params.set('history', state.history);
  if (state.spikeGuard === 'warn') params.set('guard', 'warn');
  if (state.log.length > 0) params.set('log', JSON.stringify(state.log));
  if (state.today !== '') params.set('today', state.today);
  if (state.baseline !== undefined) params.set('baseline', String(state.baseline));
  return `#${params.toString()}`;
}

/** Today on the visitor's calendar, as `YYYY-MM-DD`: the page's default start date (the library never reads a clock). */
export function localToday(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export { FRESH_PROFILE };
