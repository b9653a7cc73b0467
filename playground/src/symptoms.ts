import {
  AGGRAVATED_BY,
  answerQuestion,
  BACKGROUND,
  LOCATIONS,
  ONSETS,
  PAIN_FREE_DURING,
  REGIONS,
  SIDES,
  SIGNS,
  TRAINING_CHANGES,
  type Question,
  type SymptomProfile,
} from 'rehab-protocols';
import { h, words } from './dom.js';

// The form is generated from the exported vocabularies: a new value in the library shows up here with no edit.
const GROUPS = [
  { field: 'locations', legend: 'Where exactly does it hurt?', values: LOCATIONS },
  { field: 'aggravatedBy', legend: 'What makes it worse?', values: AGGRAVATED_BY },
  { field: 'painFreeDuring', legend: 'What can you do without pain?', values: PAIN_FREE_DURING },
  { field: 'trainingChange', legend: 'What changed in your training before it started?', values: TRAINING_CHANGES },
  { field: 'signs', legend: 'What else do you notice?', values: SIGNS },
  { field: 'background', legend: 'Your background', values: BACKGROUND },
] as const;

type GroupField = (typeof GROUPS)[number]['field'];
type Change = (profile: SymptomProfile) => void;

function select(label: string, id: string, values: readonly string[], current: string | undefined, optional: boolean, onChange: (value: string | undefined) => void) {
  const element = h(
    'select',
    { id, name: id },
    optional && h('option', { value: '', selected: current === undefined }, 'not asked'),
    ...values.map((value) => h('option', { value, selected: value === current }, words(value))),
  );
  element.addEventListener('change', () => onChange(element.value === '' ? undefined : element.value));
  return h('p', { class: 'field' }, h('label', { for: id }, label), element);
}

/** A group given means "asked about every value" (ticked = yes); none ticked and not "none of these" = not asked. */
function group(profile: SymptomProfile, field: GroupField, legend: string, values: readonly string[], onChange: Change) {
  const current = profile[field] as readonly string[] | undefined;
  const oneByOne = profile.asked?.[field] !== undefined;
  const boxes = values.map((value) => h('input', { type: 'checkbox', id: `${field}-${value}`, value, checked: current?.includes(value) ?? false }));
  const none = h('input', { type: 'checkbox', id: `${field}-none`, checked: current !== undefined && current.length === 0 && !oneByOne });
  const update = () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    const asked = { ...profile.asked };
    delete asked[field];
    const next: SymptomProfile = { ...profile, asked };
    if (ticked.length > 0 || none.checked) next[field] = ticked as never;
    else delete next[field];
    if (Object.keys(asked).length === 0) delete next.asked;
    onChange(next);
  };
  for (const box of boxes) box.addEventListener('change', () => ((none.checked = false), update()));
  none.addEventListener('change', () => (none.checked && boxes.forEach((box) => (box.checked = false)), update()));
  return h(
    'fieldset',
    { class: 'group' },
    h('legend', {}, legend),
    ...boxes.map((box) => h('label', { class: 'check' }, box, ` ${words(box.value)}`)),
    h('label', { class: 'check none' }, none, ' none of these'),
  );
}

/** The symptom form: region, side and onset, then a checkbox group per vocabulary. */
export function renderSymptomForm(profile: SymptomProfile, onChange: Change): HTMLElement {
  const set = <K extends 'region' | 'side' | 'onset'>(key: K) => (value: string | undefined) => {
    const next: SymptomProfile = { ...profile };
    if (value === undefined) delete next[key];
    else next[key] = value as never;
    onChange(next);
  };
  const form = h(
    'form',
    { class: 'symptoms', 'aria-labelledby': 'symptoms-heading' },
    h('h3', { id: 'symptoms-heading' }, 'Symptoms'),
    h('p', { class: 'hint' }, 'Tick all that apply. A group left empty counts as not asked; the questions below follow up.'),
    h(
      'div',
      { class: 'row' },
      select('Where does it hurt?', 'region', REGIONS, profile.region, false, (value) => set('region')(value ?? 'knee')),
      select('Which side?', 'side', SIDES, profile.side, true, set('side')),
      select('How did it start?', 'onset', ONSETS, profile.onset, true, set('onset')),
    ),
    ...GROUPS.map(({ field, legend, values }) => group(profile, field, legend, values, onChange)),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** The answers given one question at a time (the profile's `asked`), as "question value: yes/no". */
export function answeredList(profile: SymptomProfile): HTMLElement | false {
  const entries = Object.entries(profile.asked ?? {}).flatMap(([field, values]) =>
    (values ?? []).map((value) => {
      const yes = (profile[field as keyof SymptomProfile] as readonly string[] | undefined)?.includes(value) ?? false;
      return h('li', {}, `${words(field === 'redFlags' ? 'warning sign' : field)}: ${words(value)} — `, h('strong', {}, yes ? 'yes' : 'no'));
    }),
  );
  return entries.length > 0 && h('div', { class: 'answered' }, h('h4', {}, 'Answered so far'), h('ul', {}, ...entries));
}

/** The next question with Yes and No buttons; the answer goes into the profile through `answerQuestion`. */
export function renderQuestion(profile: SymptomProfile, questions: readonly Question[], onChange: Change): HTMLElement {
  const question = questions[0] as Question;
  const answer = (yes: boolean) => {
    const button = h('button', { type: 'button', id: yes ? 'answer-yes' : 'answer-no', class: yes ? 'yes' : 'no' }, yes ? 'Yes' : 'No');
    button.addEventListener('click', () => onChange(answerQuestion(profile, question, yes)));
    return button;
  };
  return h(
    'div',
    { class: 'question', role: 'group', 'aria-labelledby': 'question-text' },
    h('p', { class: 'kind' }, question.kind === 'red-flag' ? 'Warning sign to rule out first' : 'A question that separates the closest matches'),
    h('p', { id: 'question-text', class: 'question-text' }, question.text),
    h('div', { class: 'answers' }, answer(true), answer(false)),
  );
}
