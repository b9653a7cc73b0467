import { RED_FLAG_LOG_TEXTS, RED_FLAGS, RehabInputError, reviewPlan, type LogEntry, type Plan, type RedFlag, type ReviewReason, type ReviewStatus } from 'rehab-protocols';
import { runningText } from './calendar.js';
import { h } from './dom.js';

/** The runner's log and the day of the review, kept in the URL fragment with the rest of the state. */
export interface ReviewState {
  readonly log: readonly LogEntry[];
  /** The day the review is made ("today", the app's clock); empty until the visitor presses "Review". */
  readonly today: string;
  /** The runner's usual morning pain, 0–10 (`baselinePain`); undefined when not given. */
  readonly baseline?: number | undefined;
}

/** Each review status in words: what to do, then why in a line; the library's reasons follow as sentences. */
export const STATUS_WORDS: Readonly<Record<ReviewStatus, { readonly label: string; readonly says: string }>> = {
  progress: { label: 'Go on', says: 'nothing you logged breaks the pain limits, so the plan goes on as written.' },
  hold: { label: 'Hold', says: 'stay at this level for now: add no distance until the pain settles.' },
  'step-back': { label: 'Step back', says: 'run less for a while: the pain went over its limit, so the next days plan less.' },
  refer: { label: 'See a clinician', says: 'stop the plan and see your physio or doctor before you run again.' },
};

/** A referral's status line by how soon its most urgent reason asks the runner to see a clinician. */
const URGENCY_WORDS: Readonly<Record<NonNullable<ReviewReason['urgency']>, { readonly label: string; readonly says: string }>> = {
  today: { label: 'See a clinician today', says: 'stop the plan and see a doctor today.' },
  'within-days': { label: 'See a clinician within days', says: 'stop the plan and see a physio or doctor in the next few days, before you run again.' },
  routine: STATUS_WORDS.refer,
};

/** The status line's words: a referral's by its most urgent reason (reasons come most urgent first). */
function statusWords(status: ReviewStatus, reasons: readonly ReviewReason[]): { readonly label: string; readonly says: string } {
  const urgency = reasons.find((reason) => reason.urgency !== undefined)?.urgency;
  return status === 'refer' && urgency !== undefined ? URGENCY_WORDS[urgency] : STATUS_WORDS[status];
}

/** A red flag as something noticed on a day, in the review's words, for the warning-sign list ("A swollen calf"). */
const redFlagWords = (flag: RedFlag) => {
  const words = RED_FLAG_LOG_TEXTS[flag];
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

function numberField(id: string, label: string, attributes: Record<string, string | number>) {
  return h('p', { class: 'field' }, h('label', { for: id }, label), h('input', { id, type: 'number', inputmode: 'decimal', ...attributes }));
}

const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
const score = (id: string) => (value(id) === '' ? undefined : Number(value(id)));

/** What a log entry says, in a line. */
function entryText(entry: LogEntry): string {
  if (entry.kind === 'pain') return `${entry.date}: pain during ${entry.during ?? '–'}, after ${entry.after ?? '–'}, next morning ${entry.nextMorning ?? '–'} (of 10)`;
  if (entry.kind === 'run' || entry.kind === 'race') {
    const pain = entry.pain === undefined ? '' : ` (pain during ${entry.pain.during ?? '–'}, after ${entry.pain.after ?? '–'} of 10)`;
    return `${entry.date}: ${entry.kind} ${entry.distance.value} ${entry.distance.unit}${pain}`;
  }
  if (entry.kind === 'symptom') return `${entry.date}: warning sign, ${RED_FLAG_LOG_TEXTS[entry.redFlag]}`;
  if (entry.kind === 'clearance') return `${entry.date}: a clinician saw you and cleared you to go on`;
  return `${entry.date}: ${entry.kind}`;
}

/** The day `days` after `date`, both `YYYY-MM-DD`. */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The distance a plan plans over the 7 days from `from`, rounded to 0.1. */
function plannedWeek(plan: Plan, from: string): number {
  const to = addDays(from, 7);
  const total = plan.days.filter((day) => day.date >= from && day.date < to).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
  return Math.round(total * 10) / 10;
}

/** How the review moved the running load: the next 7 days' planned running, before and after, day by day. */
function loadChange(before: Plan, after: Plan, today: string): HTMLElement | false {
  if (!after.days.some((day) => day.running.planned !== undefined)) return false;
  const was = plannedWeek(before, today);
  const now = plannedWeek(after, today);
  const byDate = new Map(before.days.map((day) => [day.date, day]));
  const days = after.days.filter((day) => day.date >= today && day.date < addDays(today, 7));
  const value = (day: Plan['days'][number] | undefined) => day?.running.planned?.distance?.value ?? 0;
  return h(
    'div',
    { class: 'load-change', 'data-before': was, 'data-after': now },
    h('p', {}, `Planned running, the next 7 days: ${was} ${after.unit} before the review, ${now} ${after.unit} after it.`),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
      h(
        'tbody',
        {},
        ...days.map((day) =>
          h('tr', { 'data-date': day.date, 'data-before': value(byDate.get(day.date)), 'data-after': value(day) }, h('td', {}, day.date), h('td', {}, `${value(byDate.get(day.date))}`), h('td', {}, `${value(day)}`)),
        ),
      ),
    ),
  );
}

function result(plan: Plan, state: ReviewState): HTMLElement | false {
  if (state.today === '') return false;
  try {
    const review = reviewPlan(plan, state.log, { today: state.today, ...(state.baseline === undefined ? {} : { baselinePain: state.baseline }) });
    const ahead = review.plan.days.filter((day) => day.date >= state.today);
    const words = statusWords(review.status, review.reasons);
    return h(
      'div',
      { class: 'review-result', role: 'status', 'data-status': review.status },
      h('p', { class: 'status' }, h('strong', { id: 'review-status', 'data-status': review.status }, `${words.label}:`), ` ${words.says}`),
      h('ul', { class: 'reasons' }, ...review.reasons.map((reason) => h('li', { 'data-rule': reason.rule }, reason.message))),
      loadChange(plan, review.plan, state.today),
      h('h4', {}, `The days from ${state.today}, revised`),
      h('ul', { class: 'revised' }, ...ahead.map((day) => h('li', { 'data-day': day.day }, `Day ${day.day} (${day.date}): ${runningText(day)}`))),
    );
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    return h('div', { class: 'error', role: 'alert' }, h('p', {}, 'The review could not be made:'), h('ul', {}, ...error.issues.map((issue) => h('li', {}, issue.message))));
  }
}

/**
 * The day after `date` (`YYYY-MM-DD`), in UTC so that it is the same calendar day in every time zone: the review's
 * default, the morning after the last day logged (a rating on waking is that morning's).
 */
function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Log pain, runs, a warning sign or a clinician's clearance on past days, then "Review": the status (with how soon, when
 * it refers), its reasons and the revised days, from `reviewPlan`.
 */
export function renderReview(plan: Plan, state: ReviewState, onChange: (state: ReviewState) => void): HTMLElement {
  const note = h('p', { class: 'log-note', id: 'log-note', role: 'status' });
  const add = (label: string, id: string, entries: () => readonly LogEntry[] | string) => {
    const button = h('button', { type: 'button', id }, label);
    button.addEventListener('click', () => {
      const next = entries();
      if (typeof next === 'string') note.textContent = next;
      else onChange({ ...state, log: [...state.log, ...next], baseline: baselineValue() });
    });
    return button;
  };
  // The runner's usual morning pain before this began: next-morning pain up to it counts as settled.
  const baseline = h('input', { id: 'baseline-pain', type: 'number', inputmode: 'numeric', min: 0, max: 10, step: 1, value: state.baseline ?? '', 'aria-describedby': 'baseline-hint' });
  const baselineValue = () => {
    const typed = score('baseline-pain');
    return typed !== undefined && Number.isInteger(typed) && typed >= 0 && typed <= 10 ? typed : undefined;
  };
  const review = h('button', { type: 'button', id: 'review-button' }, 'Review');
  review.addEventListener('click', () => onChange({ ...state, today: value('review-today') || plan.startDate, baseline: baselineValue() }));
  const clear = h('button', { type: 'button', id: 'log-clear' }, 'Clear the log');
  clear.addEventListener('click', () => onChange({ log: [], today: '', baseline: baselineValue() }));
  const date = () => value('log-date') || plan.startDate;
  // The day field stays on the day last logged (within the plan), so that a run, its pain and a warning sign can be
  // logged one after the other on the same day.
  const last = state.log.at(-1)?.date;
  const lastDay = last !== undefined && last >= plan.startDate && last <= plan.endDate ? last : plan.startDate;
  return h(
    'section',
    { class: 'review', 'aria-labelledby': 'review-heading' },
    h('h3', { id: 'review-heading' }, 'Log and review'),
    h(
      'div',
      { class: 'row' },
      h('p', { class: 'field' }, h('label', { for: 'log-date' }, 'Day'), h('input', { id: 'log-date', type: 'date', value: lastDay, min: plan.startDate, max: plan.endDate })),
      numberField('pain-during', 'Pain during (0–10)', { min: 0, max: 10, step: 1 }),
      numberField('pain-after', 'Pain after (0–10)', { min: 0, max: 10, step: 1 }),
      numberField('pain-morning', 'Next morning (0–10)', { min: 0, max: 10, step: 1 }),
      numberField('run-distance', `Run (${plan.unit})`, { min: 0.1, step: 0.1 }),
    ),
    h(
      'div',
      { class: 'buttons' },
      add('Log pain', 'log-pain', () => {
        const [during, after, nextMorning] = [score('pain-during'), score('pain-after'), score('pain-morning')];
        if (during === undefined && after === undefined && nextMorning === undefined) return 'Enter your pain (0 to 10) during, after or the next morning, then press "Log pain".';
        return [{ kind: 'pain', date: date(), ...(during === undefined ? {} : { during }), ...(after === undefined ? {} : { after }), ...(nextMorning === undefined ? {} : { nextMorning }) }];
      }),
      add('Log a run', 'log-run', () => {
        const distance = score('run-distance');
        if (distance === undefined || !(distance > 0)) return `Enter how far you ran, in ${plan.unit === 'mi' ? 'miles' : 'kilometres'}, then press "Log a run".`;
        // The pain typed beside the run is saved with it: during and after on the run, the next morning's as a pain entry
        // for that day (the morning after it).
        const [during, after, nextMorning] = [score('pain-during'), score('pain-after'), score('pain-morning')];
        const pain = { ...(during === undefined ? {} : { during }), ...(after === undefined ? {} : { after }) };
        const run: LogEntry = { kind: 'run', date: date(), distance: { value: distance, unit: plan.unit }, ...(Object.keys(pain).length > 0 ? { pain } : {}) };
        return nextMorning === undefined ? [run] : [run, { kind: 'pain', date: date(), nextMorning }];
      }),
      clear,
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'p',
        { class: 'field' },
        h('label', { for: 'red-flag' }, 'A warning sign you noticed that day'),
        h('select', { id: 'red-flag' }, h('option', { value: '' }, 'Choose one…'), ...RED_FLAGS.map((flag) => h('option', { value: flag }, redFlagWords(flag)))),
      ),
    ),
    h(
      'div',
      { class: 'buttons' },
      add('Log the warning sign', 'log-red-flag', () => {
        const flag = RED_FLAGS.find((known) => known === value('red-flag'));
        if (flag === undefined) return 'Choose the warning sign you noticed, then press "Log the warning sign".';
        return [{ kind: 'symptom', date: date(), redFlag: flag }];
      }),
      add("Log a clinician's clearance", 'log-clearance', () => [{ kind: 'clearance', date: date() }]),
    ),
    note,
    state.log.length > 0 && h('ul', { class: 'log' }, ...state.log.map((entry) => h('li', {}, entryText(entry)))),
    h(
      'div',
      { class: 'row' },
      h('p', { class: 'field' }, h('label', { for: 'review-today' }, 'Review on (today)'), h('input', { id: 'review-today', type: 'date', value: state.today || (last === undefined ? plan.startDate : dayAfter(last)) })),
      h('p', { class: 'field' }, h('label', { for: 'baseline-pain' }, 'Usual morning pain (0–10)'), baseline),
    ),
    h('p', { class: 'hint', id: 'baseline-hint' }, 'Usual morning pain: the pain you usually wake with, 0 if none. Pain the next morning counts as settled when it is back to this; left empty, 2.'),
    h('div', { class: 'buttons' }, review),
    result(plan, state),
  );
}
