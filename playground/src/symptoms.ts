import {
  AGGRAVATED_BY,
  answerQuestion,
  BACKGROUND,
  LOCATIONS,
  PAIN_FREE_DURING,
  QUESTION_TEXTS,
  questionText,
  REGIONS,
  SIGNS,
  TRAINING_CHANGES,
  type Question,
  type SymptomProfile,
} from 'rehab-protocols';
import { h, words } from './dom.js';
import { conditionsOf, withRegion } from './state.js';

// The form is generated from the exported vocabularies, labelled with the library's own question texts
// (QUESTION_TEXTS): a new value in the library shows up here, in the runner's words, with no edit.
const GROUPS = [
  { field: 'locations', legend: 'Where exactly is the pain?', values: LOCATIONS },
  { field: 'aggravatedBy', legend: 'What makes it worse?', values: AGGRAVATED_BY },
  { field: 'painFreeDuring', legend: 'What can you do without pain?', values: PAIN_FREE_DURING },
  { field: 'trainingChange', legend: 'What changed in your training before it started?', values: TRAINING_CHANGES },
  { field: 'signs', legend: 'What else do you notice?', values: SIGNS },
  { field: 'background', legend: 'About you', values: BACKGROUND },
] as const;

type GroupField = (typeof GROUPS)[number]['field'];
type Change = (profile: SymptomProfile) => void;
type Region = SymptomProfile['region'];

/** The region in the runner's words. */
export const REGION_WORDS: Readonly<Record<Region, string>> = { hip: 'Hip', thigh: 'Thigh', knee: 'Knee', shin: 'Shin', calf: 'Calf', ankle: 'Ankle', heel: 'Heel', foot: 'Foot' };
const SIDE_WORDS = [['', 'Not sure'], ['left', 'Left leg'], ['right', 'Right leg'], ['both', 'Both legs']] as const;
const ONSET_WORDS = [['', 'Not sure'], ['gradual', 'Gradually, over days or weeks'], ['sudden', 'Suddenly, at one moment']] as const;

/** Directions that apply to every region: front, back, inside, outside, deep, spread out. */
const DIRECTIONS: readonly string[] = ['anterior', 'posterior', 'medial', 'lateral', 'deep', 'diffuse'];

/**
 * The locations worth offering for a region: the directions, and every spot a condition of that region (one whose
 * region finding counts for it) weighs, read from the library's catalogue. A knee offers the kneecap and the joint
 * line, never the heel, the buttock or the groin.
 */
export function locationsFor(region: Region): string[] {
  const spots = new Set(DIRECTIONS);
  for (const condition of conditionsOf(region)) for (const finding of condition.findings) if (finding.field === 'locations') spots.add(finding.value);
  return LOCATIONS.filter((location) => spots.has(location));
}

/**
 * "Has a clinician told you what it is?": no, the region's conditions by name, or something else — the profile's
 * `diagnosedAs`, for a runner whose pain a clinician (or a scan) has diagnosed.
 */
export function diagnosisChoices(region: Region): (readonly [string, string])[] {
  return [['', 'No, or not sure'], ...conditionsOf(region).map((condition) => [condition.id, `Yes: ${condition.name}`] as const), ['other', 'Yes: something else']];
}

/**
 * Places the matcher asks as a self-test (press here): as a checkbox names them, and the wider place they lie in (a
 * whole list naming it leaves them to ask, and a "no" to them is kept while it stays ticked).
 */
const SELF_TEST_PLACES: Readonly<Record<string, { label: string; within: string }>> = {
  'lateral-femoral-epicondyle': { label: 'tender on the outside of the thigh bone, just above the gap at the side of the knee', within: 'lateral' },
};

/**
 * A value in the runner's words, from the library's question text. A location reads as a place ("Behind or under the
 * kneecap") with the clinical term after it in brackets; any other value as its question ("Does squatting hurt?").
 */
export function valueLabel(field: string, value: string): string {
  const text = QUESTION_TEXTS[field]?.[value];
  if (text === undefined) return `Something else (${words(value)})`;
  if (field !== 'locations') return text;
  const place = SELF_TEST_PLACES[value]?.label ?? /^Is the pain (.*)\?$/.exec(text)?.[1];
  const phrase = place === undefined ? text : `${place.charAt(0).toUpperCase()}${place.slice(1)}`;
  // The clinical term in brackets, for a clinician reading along, unless the phrase already says it.
  const said = words(value).split(' ').every((word) => phrase.toLowerCase().includes(word));
  return DIRECTIONS.includes(value) || said ? phrase : `${phrase} (${words(value)})`;
}

function select(label: string, id: string, options: readonly (readonly [string, string])[], current: string | undefined, onChange: (value: string | undefined) => void) {
  const element = h('select', { id, name: id }, ...options.map(([value, text]) => h('option', { value, selected: value === (current ?? '') }, text)));
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
    // A "no" to a self-test place is kept while the place it lies in stays ticked: it is not asked again. A "not sure"
    // stays while its box is unticked (the ticked group answers the rest), unless "None of these" answers them all; a
    // self-test place's only while the place it lies in stays ticked.
    const within = (places: readonly string[] | undefined) => (places ?? []).filter((place) => !ticked.includes(place) && ticked.includes(SELF_TEST_PLACES[place]?.within ?? ''));
    const kept = field === 'locations' ? within(profile.asked?.locations) : [];
    delete asked[field];
    if (kept.length > 0) asked.locations = kept as never;
    const unsure = { ...profile.unsure };
    const wasUnsure: readonly string[] = profile.unsure?.[field] ?? [];
    const answered = (value: string) => ticked.includes(value) || ticked.some((place) => SELF_TEST_PLACES[place]?.within === value);
    const keptUnsure = none.checked ? [] : wasUnsure.filter((value) => !answered(value) && (SELF_TEST_PLACES[value] === undefined || within([value]).length > 0));
    delete unsure[field];
    if (keptUnsure.length > 0) unsure[field] = keptUnsure as never;
    const next: SymptomProfile = { ...profile, asked, unsure };
    if (ticked.length > 0 || none.checked) next[field] = ticked as never;
    else delete next[field];
    if (Object.keys(asked).length === 0) delete next.asked;
    if (Object.keys(unsure).length === 0) delete next.unsure;
    onChange(next);
  };
  for (const box of boxes) box.addEventListener('change', () => ((none.checked = false), update()));
  none.addEventListener('change', () => (none.checked && boxes.forEach((box) => (box.checked = false)), update()));
  return h(
    'fieldset',
    { class: 'group' },
    h('legend', {}, legend),
    ...boxes.map((box) => h('label', { class: 'check' }, box, ` ${valueLabel(field, box.value)}`)),
    h('label', { class: 'check none' }, none, ' None of these'),
  );
}

/** The region, in the runner's words; a new region asks again where it hurts and what was worded for the old one ({@link withRegion}). */
export function regionChoice(profile: SymptomProfile, onChange: Change): HTMLElement {
  return select('Where does it hurt?', 'region', REGIONS.map((region) => [region, REGION_WORDS[region]] as const), profile.region, (value) => {
    const region = (value ?? 'knee') as Region;
    onChange(withRegion(profile, region));
  });
}

// The "more answers" section stays open across re-renders once the runner opened it.
let moreOpen = false;

/**
 * Side, onset and a clinician's diagnosis, then a checkbox group per vocabulary (locations for the chosen region only):
 * optional, all at once.
 */
export function renderSymptomForm(profile: SymptomProfile, onChange: Change, extra: HTMLElement): HTMLElement {
  const set = <K extends 'side' | 'onset' | 'diagnosedAs'>(key: K) => (value: string | undefined) => {
    const next: SymptomProfile = { ...profile };
    if (value === undefined) delete next[key];
    else next[key] = value as never;
    onChange(next);
  };
  const details = h(
    'details',
    { class: 'more', open: moreOpen },
    h('summary', {}, 'Answer more at once (optional)'),
    h('p', { class: 'hint' }, 'Tick all that apply. A group left empty counts as not asked; the questions above follow up.'),
    h('div', { class: 'row' }, select('Which side?', 'side', SIDE_WORDS, profile.side, set('side')), select('How did it start?', 'onset', ONSET_WORDS, profile.onset, set('onset'))),
    select('Has a doctor or physiotherapist who examined it (or a scan) told you what it is?', 'diagnosedAs', diagnosisChoices(profile.region), profile.diagnosedAs, set('diagnosedAs')),
    ...GROUPS.map(({ field, legend, values }) => group(profile, field, legend, field === 'locations' ? locationsFor(profile.region) : values, onChange)),
    extra,
  );
  // The toggle event comes a task after the click: a change made before it (picking the side at once) re-rendered the
  // form with the section closed again. The click (or Enter/Space on the summary) records the new state at once.
  details.querySelector('summary')?.addEventListener('click', () => (moreOpen = !details.open));
  details.addEventListener('toggle', () => (moreOpen = details.open));
  const form = h('form', { class: 'symptoms', 'aria-label': 'More about your symptoms' }, details);
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** The words of the three answers to a question, on its buttons and in the list of answers so far. */
const ANSWER_WORDS = { yes: 'Yes', no: 'No', unsure: 'Not sure' } as const;

/**
 * The answers given one question at a time (the profile's `asked` and `unsure`), as "question — yes/no/not sure", in
 * the words they were asked in.
 */
export function answeredList(profile: SymptomProfile): HTMLElement | false {
  const line = (field: string, value: string, answer: string) =>
    h('li', {}, `${QUESTION_TEXTS[field]?.[value] === undefined ? valueLabel(field, value) : questionText(field, value, profile)} `, h('strong', {}, answer));
  const entries = [
    ...Object.entries(profile.asked ?? {}).flatMap(([field, values]) =>
      (values ?? []).map((value) => line(field, value, ((profile[field as keyof SymptomProfile] as readonly string[] | undefined)?.includes(value) ?? false) ? ANSWER_WORDS.yes : ANSWER_WORDS.no)),
    ),
    ...Object.entries(profile.unsure ?? {}).flatMap(([field, values]) => (values ?? []).map((value) => line(field, value, ANSWER_WORDS.unsure))),
  ];
  return entries.length > 0 && h('details', { class: 'answered' }, h('summary', {}, `Answered so far (${entries.length})`), h('ul', {}, ...entries));
}

/**
 * The next question with big Yes, No and Not sure buttons; the answer goes into the profile through `answerQuestion`.
 * "Not sure" is an answer: the question is not asked again, and the library refers when what it decides cannot be known.
 */
export function renderQuestion(profile: SymptomProfile, questions: readonly Question[], onChange: Change): HTMLElement {
  const question = questions[0] as Question;
  const answer = (key: keyof typeof ANSWER_WORDS) => {
    const button = h('button', { type: 'button', id: `answer-${key}`, class: key }, ANSWER_WORDS[key]);
    button.addEventListener('click', () => onChange(answerQuestion(profile, question, key === 'unsure' ? 'unsure' : key === 'yes')));
    return button;
  };
  return h(
    'div',
    { class: 'question', role: 'group', 'aria-labelledby': 'question-text' },
    h('p', { class: 'kind' }, question.kind === 'red-flag' ? 'A warning sign to rule out first' : profile.diagnosedAs === undefined ? 'A question that tells the closest matches apart' : 'A question that checks the diagnosis fits what you describe'),
    h('p', { id: 'question-text', class: 'question-text' }, question.text),
    h('div', { class: 'answers' }, answer('yes'), answer('no'), answer('unsure')),
  );
}

/** The symptom path's card: the region first, then one question at a time (or where the answers led). */
export function renderSymptomPath(profile: SymptomProfile, onChange: Change, next: HTMLElement, restart: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'symptom-path', 'aria-labelledby': 'symptoms-heading' },
    h('h2', { id: 'symptoms-heading' }, 'Your symptoms'),
    regionChoice(profile, onChange),
    next,
    answeredList(profile),
    restart,
  );
}
