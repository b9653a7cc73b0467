import './style.css';
import { generatePlan, getProtocol, listProtocols, planForProfile, RehabInputError, SETTINGS, type GeneratePlanOptions } from 'rehab-protocols';
import { NARROW } from './chart.js';
import { h } from './dom.js';
import { renderPlan, renderReferral } from './plan-view.js';
import { FRESH_PROFILE, historyText, localToday, MAX_FRAGMENT, readFragment, runsThatMatter, writeFragment, type State } from './state.js';
import { renderQuestion, renderSymptomForm, renderSymptomPath } from './symptoms.js';
import { createTooltip } from './tooltip.js';
import { createTrainingSection, describeRead, readHistorySource, runsBefore, type HistoryRead, type HistorySource, type TrainingView } from './training.js';

const today = localToday(new Date());
let state = readFragment(location.hash, today);
const app = document.getElementById('app') as HTMLElement;
const tooltip = createTooltip();
document.body.append(tooltip.element);

// The training history: what it was read from and what reading it gave, kept here, in memory, not in the address
// (state.history holds only the runs that can matter for the plan: see state.ts).
let source: HistorySource | undefined;
let reading = false;
let result: HistoryRead | undefined;
/** Counts reads, so that a slow read never overwrites a later one. */
let reads = 0;
const training = createTrainingSection({ onSource: (next) => void readHistory(next), onSpikeGuard: (spikeGuard) => update({ spikeGuard }) });

/** The runs kept for the address, as lines, and whether they fit in it. */
function keptHistory(): { text: string; fits: boolean } | undefined {
  if (result?.read === undefined) return undefined;
  const text = historyText(runsThatMatter(result.read.runs, state.startDate));
  return { text, fits: writeFragment({ ...state, history: text }).length <= MAX_FRAGMENT };
}

/** Puts the runs that can matter (or none) in the state, and the state in the address. */
function keepHistory(): void {
  const kept = keptHistory();
  state = { ...state, history: kept?.fits === true ? kept.text : '' };
  history.replaceState(null, '', writeFragment(state));
}

/** Reads a history, then keeps its runs and shows the plan with them; the page stays as it was meanwhile. */
async function readHistory(next: HistorySource | undefined): Promise<void> {
  const read = ++reads;
  source = next;
  if (next === undefined) {
    reading = false;
    result = undefined;
  } else {
    reading = true;
    render();
    let outcome: HistoryRead;
    try {
      outcome = await readHistorySource(next, state.unit);
    } catch (error) {
      // Not the file's fault (the importer could not be loaded, or a bug): say so rather than read on for ever.
      outcome = { error: `The page could not read it (${error instanceof Error ? error.message : String(error)}): reload the page and try again` };
    }
    if (read !== reads) return;
    reading = false;
    result = outcome;
    if (next.kind === 'file' && outcome.read !== undefined) training.setText(keptHistory()?.text ?? '');
  }
  keepHistory();
  render();
}

function update(next: Partial<State>): void {
  const unitChanged = next.unit !== undefined && next.unit !== state.unit;
  state = { ...state, ...next };
  // A new start date keeps other runs; a new unit reads the history again (bare distances are in it).
  if (!unitChanged || source === undefined) keepHistory();
  else void readHistory(source);
  history.replaceState(null, '', writeFragment(state));
  render();
}

function settings(trainingSection: HTMLElement): HTMLElement {
  const protocolSelect = h(
    'select',
    { id: 'protocol', disabled: state.mode === 'symptoms' },
    ...listProtocols().map((protocol) => h('option', { value: protocol.id, selected: protocol.id === state.protocolId }, protocol.name)),
  );
  protocolSelect.addEventListener('change', () => update({ protocolId: protocolSelect.value }));
  const start = h('input', { id: 'start', type: 'date', value: state.startDate, required: true });
  start.addEventListener('change', () => start.value !== '' && update({ startDate: start.value }));
  const goal = h('input', { id: 'goal', type: 'number', min: 0.1, step: 0.1, inputmode: 'decimal', value: state.goal ?? '' });
  goal.addEventListener('change', () => update({ goal: goal.value === '' || !(Number(goal.value) > 0) ? undefined : Number(goal.value) }));
  const unit = h('select', { id: 'unit' }, h('option', { value: 'mi', selected: state.unit === 'mi' }, 'miles'), h('option', { value: 'km', selected: state.unit === 'km' }, 'kilometres'));
  unit.addEventListener('change', () => update({ unit: unit.value === 'km' ? 'km' : 'mi' }));
  const form = h(
    'form',
    { class: 'settings', 'aria-label': 'Plan settings' },
    h('div', { class: 'row' },
      h('p', { class: 'field' }, h('label', { for: 'protocol' }, 'Protocol'), protocolSelect),
      h('p', { class: 'field' }, h('label', { for: 'start' }, 'Start date'), start),
      h('p', { class: 'field' }, h('label', { for: 'goal' }, 'Goal distance'), goal),
      h('p', { class: 'field' }, h('label', { for: 'unit' }, 'Unit'), unit),
    ),
    trainingSection,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** Start from a protocol (the founding case's plan) or from symptoms: the symptom path, one question at a time. */
function modeChoice(): HTMLElement {
  const mode = (value: State['mode'], label: string) => {
    const radio = h('input', { type: 'radio', name: 'mode', id: `mode-${value}`, value, checked: state.mode === value });
    radio.addEventListener('change', () => update({ mode: value }));
    return h('label', { class: 'check' }, radio, ` ${label}`);
  };
  return h('fieldset', { class: 'mode' }, h('legend', {}, 'Start from'), mode('protocol', 'a protocol'), mode('symptoms', 'symptoms'));
}

const SETTING_WORDS = { home: 'at home', gym: 'in a gym', supervised: 'supervised by a clinician' } as const;

/** Where the runner can do the exercises: planForProfile picks a protocol in one of these, or refers. */
function settingsChoice(): HTMLElement {
  const boxes = SETTINGS.map((setting) => {
    const box = h('input', { type: 'checkbox', id: `setting-${setting}`, value: setting, checked: state.settings.includes(setting) });
    box.addEventListener('change', () => update({ settings: SETTINGS.filter((candidate) => (candidate === setting ? box.checked : state.settings.includes(candidate))) }));
    return h('label', { class: 'check' }, box, ` ${SETTING_WORDS[setting]}`);
  });
  return h('fieldset', { class: 'group settings-choice' }, h('legend', {}, 'Where can you do the exercises?'), ...boxes);
}

function planOptions(history: GeneratePlanOptions['history']): GeneratePlanOptions {
  return {
    startDate: state.startDate,
    unit: state.unit,
    ...(state.goal === undefined ? {} : { goalDistance: { value: state.goal, unit: state.unit } }),
    ...(history === undefined || history.length === 0 ? {} : { history }),
    spikeGuard: state.spikeGuard,
  };
}

/** What to do about an input the library refused, in the runner's words where the page knows the field. */
function issueWords(issue: RehabInputError['issues'][number]): string {
  if (issue.path[0] === 'goalDistance') return state.goal === undefined ? `Enter how far you want to build back to, e.g. 30 ${state.unit}, in "Goal distance".` : `Check the goal distance: ${issue.message}`;
  if (issue.path[0] === 'startDate') return `Start date: ${issue.message}`;
  // The rest as the library says it, with the field's path (the training history's line, e.g. history.0.date).
  return `${issue.path.join('.') || 'input'}: ${issue.message}`;
}

function errorView(error: unknown): HTMLElement {
  if (!(error instanceof RehabInputError)) throw error;
  return h('div', { class: 'error', role: 'alert' }, h('p', {}, 'No plan yet:'), h('ul', {}, ...error.issues.map((issue) => h('li', { 'data-path': issue.path.join('.') }, issueWords(issue)))));
}

function planView(history: GeneratePlanOptions['history'], settingsForm: HTMLElement): HTMLElement[] {
  try {
    const review = { state: { log: state.log, today: state.today, baseline: state.baseline }, onChange: (next: Pick<State, 'log' | 'today' | 'baseline'>) => update(next) };
    if (state.mode === 'protocol') return [settingsForm, renderPlan(generatePlan(getProtocol(state.protocolId), planOptions(history)), tooltip, review)];
    const outcome = planForProfile(state.profile, { ...planOptions(history), settings: state.settings });
    const onChange = (profile: State['profile']) => update({ profile });
    const restart = h('button', { type: 'button', id: 'restart' }, 'Start over');
    restart.addEventListener('click', () => update({ profile: FRESH_PROFILE }));
    const form = renderSymptomForm(state.profile, onChange, settingsChoice());
    // Phone-first: the region and the next question come first; the rest of the answers, the settings, then the result.
    if (outcome.kind === 'questions') return [renderSymptomPath(state.profile, onChange, renderQuestion(state.profile, outcome.questions, onChange), restart), form, settingsForm];
    const done = h('p', { class: 'outcome-link' }, h('a', { href: outcome.kind === 'referral' ? '#referral-heading' : '#plan-heading' }, outcome.kind === 'referral' ? 'See why a clinician should look first' : 'See your plan'));
    done.addEventListener('click', (event) => (event.preventDefault(), document.getElementById(outcome.kind === 'referral' ? 'referral-heading' : 'plan-heading')?.scrollIntoView()));
    const path = renderSymptomPath(state.profile, onChange, done, restart);
    if (outcome.kind === 'referral') return [path, form, settingsForm, renderReferral(outcome.reasons, outcome.matches)];
    return [path, form, settingsForm, renderPlan(outcome.plan, tooltip, review, outcome.match)];
  } catch (error) {
    return [settingsForm, errorView(error)];
  }
}

function trainingView(): TrainingView {
  if (reading) return { kind: 'reading' };
  if (result === undefined) return { kind: 'none' };
  if (result.read === undefined) return { kind: 'error', message: result.error };
  const kept = keptHistory();
  return { kind: 'read', status: describeRead(result.read, state.startDate), skipped: result.read.skipped, ...(kept === undefined || kept.fits ? {} : { download: kept.text }) };
}

function render(): void {
  // The page is rebuilt on every change (but for the training section, which keeps what is typed); keep the keyboard
  // where it was.
  const focused = document.activeElement?.id;
  training.show(trainingView(), state.unit, state.spikeGuard);
  const runs = result?.read === undefined ? [] : runsBefore(result.read, state.startDate);
  app.replaceChildren(modeChoice(), ...planView(runs, settings(training.element)));
  if (focused) document.getElementById(focused)?.focus();
}

/** Reads the history the address holds (the page's own lines, or an older address's CSV), after the plan is shown. */
function readAddressHistory(): void {
  training.setText(state.history);
  void readHistory(state.history === '' ? undefined : { kind: 'text', text: state.history });
}

window.addEventListener('hashchange', () => {
  const before = state.history;
  state = readFragment(location.hash, today);
  if (state.history !== before) readAddressHistory();
  else {
    keepHistory();
    render();
  }
});
// The daily chart is drawn for the page's width (chart.ts): redraw when the page crosses to or from a phone's.
matchMedia(NARROW).addEventListener('change', () => render());
history.replaceState(null, '', writeFragment(state));
// The plan shows at once; a history in the address is read meanwhile (the page says so), then applied.
if (state.history === '') render();
else readAddressHistory();
