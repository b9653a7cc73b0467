import { RehabInputError, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { runningText } from './calendar.js';
import { h } from './dom.js';

/** The runner's log and the day of the review, kept in the URL fragment with the rest of the state. */
export interface ReviewState {
  readonly log: readonly LogEntry[];
  /** The day the review is made ("today", the app's clock); empty until the visitor presses "Review". */
  readonly today: string;
}

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
    const review = reviewPlan(plan, state.log, { today: state.today });
    const ahead = review.plan.days.filter((day) => day.date >= state.today);
    return h(
      'div',
      { class: 'review-result', role: 'status' },
      h('p', {}, 'Status: ', h('strong', { id: 'review-status', 'data-status': review.status }, review.status)),
      h('ul', { class: 'reasons' }, ...review.reasons.map((reason) => h('li', { 'data-rule': reason.rule }, reason.message))),
      loadChange(plan, review.plan, state.today),
      h('h4', {}, `The days from ${state.today}, revised`),
      h('ul', { class: 'revised' }, ...ahead.map((day) => h('li', { 'data-day': day.day }, `Day ${day.day} (${day.date}): ${runningText(day)}`))),
    );
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    return h('div', { class: 'error', role: 'alert' }, h('ul', {}, ...error.issues.map((issue) => h('li', {}, `${issue.path.join('.') || 'input'}: ${issue.message}`))));
  }
}

/** Log pain and runs on past days, then "Review": the status, its reasons and the revised days, from `reviewPlan`. */
export function renderReview(plan: Plan, state: ReviewState, onChange: (state: ReviewState) => void): HTMLElement {
  const add = (label: string, id: string, entry: () => LogEntry | undefined) => {
    const button = h('button', { type: 'button', id }, label);
    button.addEventListener('click', () => {
      const next = entry();
      if (next !== undefined) onChange({ ...state, log: [...state.log, next] });
    });
    return button;
  };
  const review = h('button', { type: 'button', id: 'review-button' }, 'Review');
  review.addEventListener('click', () => onChange({ ...state, today: value('review-today') || plan.startDate }));
  const clear = h('button', { type: 'button', id: 'log-clear' }, 'Clear the log');
  clear.addEventListener('click', () => onChange({ log: [], today: '' }));
  const date = () => value('log-date') || plan.startDate;
  return h(
    'section',
    { class: 'review', 'aria-labelledby': 'review-heading' },
    h('h3', { id: 'review-heading' }, 'Log and review'),
    h(
      'div',
      { class: 'row' },
      h('p', { class: 'field' }, h('label', { for: 'log-date' }, 'Day'), h('input', { id: 'log-date', type: 'date', value: plan.startDate, min: plan.startDate, max: plan.endDate })),
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
        if (during === undefined && after === undefined && nextMorning === undefined) return undefined;
        return { kind: 'pain', date: date(), ...(during === undefined ? {} : { during }), ...(after === undefined ? {} : { after }), ...(nextMorning === undefined ? {} : { nextMorning }) };
      }),
      add('Log a run', 'log-run', () => {
        const distance = score('run-distance');
        if (distance === undefined) return undefined;
        // The pain typed beside the run is the run's own.
        const [during, after] = [score('pain-during'), score('pain-after')];
        const pain = { ...(during === undefined ? {} : { during }), ...(after === undefined ? {} : { after }) };
        return { kind: 'run', date: date(), distance: { value: distance, unit: plan.unit }, ...(Object.keys(pain).length > 0 ? { pain } : {}) };
      }),
      clear,
    ),
    state.log.length > 0 && h('ul', { class: 'log' }, ...state.log.map((entry) => h('li', {}, entryText(entry)))),
    h(
      'div',
      { class: 'row' },
      h('p', { class: 'field' }, h('label', { for: 'review-today' }, 'Review on (today)'), h('input', { id: 'review-today', type: 'date', value: state.today || plan.startDate })),
    ),
    h('div', { class: 'buttons' }, review),
    result(plan, state),
  );
}
