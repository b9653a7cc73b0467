import {
  AGGRAVATED_BY,
  BACKGROUND,
  FINDING_FIELDS,
  LIST_FIELDS,
  LOCATIONS,
  PAIN_FREE_DURING,
  RED_FLAGS,
  REGIONS,
  SIGNS,
  TRAINING_CHANGES,
  type Finding,
  type SymptomProfile,
} from '../model/index.js';

/**
 * What a profile says about each finding's value: reported, asked and answered "no", or not asked at all. A list
 * given in the profile was asked about every value; `asked` names values asked one by one; a field left out was not
 * asked. `region` is always asked (it is required), and its findings also read `otherRegions`.
 */
export interface ProfileFacts {
  /** True when the profile reports `value` for `field`. */
  has(field: Finding['field'], value: string): boolean;
  /** True when the runner was asked whether `field` has `value` (reported values were asked too). */
  asked(field: Finding['field'], value: string): boolean;
  /** True when the runner was asked whether `field` has `value` and was not sure (`unsure`): not known, not to ask again. */
  unsure(field: Finding['field'], value: string): boolean;
  /**
   * For scoring loops: by {@link factId}, {@link REPORTED} and {@link ASKED_ONE} bits. Ids made after these facts
   * (by a condition compiled later) lie past the end: the profile cannot have those values.
   */
  readonly values: Uint8Array;
  /** For scoring loops: by {@link fieldIndex}, {@link ASKED_ALL} and {@link ASKED_SOME} bits. */
  readonly fields: Uint8Array;
}

/** The profile reports the value. */
export const REPORTED = 1;
/** The value was asked about one by one (`asked`). */
export const ASKED_ONE = 2;
/** The field was asked about in full (its list, or its single value, was given). */
export const ASKED_ALL = 1;
/** Some of the field's values were asked about one by one. */
export const ASKED_SOME = 2;

// Every (field, value) pair a condition or a profile has used gets a small integer, so that scoring 150 findings is
// array reads rather than string hashing. Both sides are validated against the fixed vocabulary, so the table is
// bounded by it.
const ids = new Map<string, Map<string, number>>();
let nextId = 0;

/** The small integer standing for `value` of `field`, the same for the life of the process. */
export function factId(field: string, value: string): number {
  let byValue = ids.get(field);
  if (byValue === undefined) {
    byValue = new Map();
    ids.set(field, byValue);
  }
  let id = byValue.get(value);
  if (id === undefined) {
    id = nextId++;
    byValue.set(value, id);
  }
  return id;
}

const FIELD_INDEX = new Map<string, number>(FINDING_FIELDS.map((field, index) => [field, index]));

/** A finding field's place in {@link ProfileFacts.fields}; -1 (which reads as nothing asked) for any other name. */
export function fieldIndex(field: Finding['field']): number {
  return FIELD_INDEX.get(field) ?? -1;
}

type ListField = (typeof LIST_FIELDS)[number];

/** Each list field's vocabulary: a list given whole, but for values the runner was not sure of, asked all the others. */
export const VOCABULARY: Readonly<Record<ListField, readonly string[]>> = {
  otherRegions: REGIONS,
  locations: LOCATIONS,
  aggravatedBy: AGGRAVATED_BY,
  painFreeDuring: PAIN_FREE_DURING,
  trainingChange: TRAINING_CHANGES,
  signs: SIGNS,
  redFlags: RED_FLAGS,
  background: BACKGROUND,
};

/** The background items that make pain at a bone-stress site a red flag, and that its question (`bone-stress-risk`) names. */
export const BONE_STRESS_RISKS = ['previous-bone-stress-injury', 'irregular-periods', 'low-body-weight'] as const;

/** Locations at the front of the knee: a finding on `anterior` is met by any of them too. */
const FRONT_OF_KNEE = ['retropatellar', 'peripatellar', 'inferior-pole-patella'] as const;

/**
 * Places that lie inside a wider one a runner can be asked about: a "no" to the wider place ("Is the pain under the
 * heel?") is a "no" to each of them ("…under the heel, towards the inside?"), so the narrower one is not asked after it.
 * (A "yes" to the wider place leaves the narrower one to ask.)
 */
const INSIDE: Readonly<Record<string, readonly string[]>> = { 'plantar-heel': ['plantar-medial-heel'], lateral: ['lateral-femoral-epicondyle'] };

/** The wider place around a place of {@link INSIDE} (the outside of the knee around the band's bony bump). */
const WIDER: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(INSIDE).flatMap(([wider, inside]) => inside.map((place) => [place, wider])));

/**
 * The wider place the runner reported around `value`, a place inside it: a clinician's diagnosis settles where within
 * it (the outside of the knee, for the band's bony bump). Undefined when `value` lies inside no reported place.
 */
export function reportedWiderPlace(facts: ProfileFacts, field: Finding['field'], value: string): string | undefined {
  const wider = widerPlace(field, value);
  return wider !== undefined && facts.has('locations', wider) ? wider : undefined;
}

/**
 * The places inside a wider place that a complete `locations` list names, that the list does not name: not answered
 * by it, and so still to ask.
 */
export function unsaidPlaces(list: readonly string[]): string[] {
  return placesInside(list).filter((inside) => !list.includes(inside));
}

/**
 * Whether a `locations` list is given whole: without `asked.locations`, or with one that names only places the list
 * leaves to ask (answered "no" to them), so that a "no" to the band's bony bump keeps the rest of the list complete.
 */
export function wholeList(list: readonly string[] | undefined, askedOne: readonly string[] | undefined): boolean {
  if (list === undefined) return false;
  if (askedOne === undefined) return true;
  // An empty `asked` is one by one (nothing asked yet); a place inside a wider one the list names, listed or not, keeps
  // the list whole (a "no" to it changed to "yes" does not make the rest of the list one by one).
  const inside = placesInside(list);
  return askedOne.length > 0 && askedOne.every((value) => inside.includes(value));
}

/** The places inside the wider places a `locations` list names, listed or not. */
export function placesInside(list: readonly string[]): string[] {
  return list.flatMap((value) => INSIDE[value] ?? []);
}

/**
 * For a diagnosis: the wider place around `value` when the runner reported it or was not asked about it — where within
 * it is then the diagnosing clinician's to settle (or the wider place is still to ask). Undefined otherwise.
 */
export function settledPlace(facts: ProfileFacts, field: Finding['field'], value: string): string | undefined {
  const wider = widerPlace(field, value);
  // A wider place the runner was not sure of settles nothing: it is asked neither way.
  return wider !== undefined && (facts.has('locations', wider) || (!facts.asked('locations', wider) && !facts.unsure('locations', wider))) ? wider : undefined;
}

/** The wider place around `value`, a place inside it, or undefined. */
export function widerPlace(field: Finding['field'], value: string): string | undefined {
  return field === 'locations' ? WIDER[value] : undefined;
}

/**
 * The values that meet a finding: its `value`, its `or` list, and for `locations: anterior` the places at the front of
 * the knee (behind, around or at the lower tip of the kneecap), which a runner names instead of "at the front". So a
 * runner who said "under the kneecap" has the front-of-knee finding whatever they said to the vaguer question, and a
 * "no" to "at the front?" counts only once the kneecap's places were asked too.
 */
export function findingValues(finding: Pick<Finding, 'field' | 'value' | 'or'>): readonly string[] {
  const values = finding.or === undefined ? [finding.value] : [finding.value, ...finding.or];
  if (finding.field === 'locations' && finding.value === 'anterior') for (const value of FRONT_OF_KNEE) if (!values.includes(value)) values.push(value);
  return values;
}

/** The age group a finding can name, or none for ages 18 to 39. */
export function ageGroup(age: number): 'under-18' | '40-and-over' | undefined {
  return age < 18 ? 'under-18' : age >= 40 ? '40-and-over' : undefined;
}

/** The facts of a validated profile, with red flags derived from the rest of the profile counted as reported. */
export function profileFacts(profile: SymptomProfile, derivedRedFlags: readonly string[] = []): ProfileFacts {
  const reported: number[] = [];
  const askedOne: number[] = [];
  const fields = new Uint8Array(FINDING_FIELDS.length);
  const mark = (field: Finding['field'], bit: number) => {
    const index = FIELD_INDEX.get(field);
    if (index !== undefined) fields[index] = (fields[index] ?? 0) | bit;
  };
  const report = (field: string, value: string) => reported.push(factId(field, value));

  const notSure = new Set<string>();
  for (const field of LIST_FIELDS) {
    const values: readonly string[] | undefined = profile[field];
    if (values !== undefined) for (const value of values) report(field, value);
    const one: readonly string[] | undefined = profile.asked?.[field as ListField];
    if (field === 'otherRegions') continue;
    const unsure: readonly string[] = profile.unsure?.[field] ?? [];
    for (const value of unsure) notSure.add(`${field}=${value}`);
    // A place inside a wider one is in it: the band's bony bump is on the outside of the knee.
    if (field === 'locations') for (const value of values ?? []) if (WIDER[value] !== undefined && !values?.includes(WIDER[value])) report(field, WIDER[value]);
    // A complete list that names a wider place but none inside it has not said where within it: a form that offers
    // "the outside of the knee" but not the band's bony bump leaves the bump to ask, not answered "no"; `asked` then
    // names the places inside answered "no" without making the rest of the list one-by-one.
    const whole = field === 'locations' ? wholeList(values, one) : values !== undefined && one === undefined;
    // A list given whole was asked every value but those it still leaves to ask, and those the runner was not sure of.
    // (Not sure of a wider place is not sure of the places inside it.)
    const unsaid = whole ? [...(field === 'locations' ? [...unsaidPlaces(values ?? []).filter((place) => !(one ?? []).includes(place)), ...placesInside(unsure)] : []), ...unsure] : [];
    if (whole) {
      if (unsaid.length === 0) mark(field, ASKED_ALL);
      else {
        for (const value of VOCABULARY[field]) if (!unsaid.includes(value)) askedOne.push(factId(field, value));
        mark(field, ASKED_SOME);
      }
    } else if (one !== undefined) {
      for (const value of one) {
        askedOne.push(factId(field, value));
        if (field === 'locations' && !(values ?? []).includes(value)) for (const inside of INSIDE[value] ?? []) askedOne.push(factId(field, inside));
      }
      mark(field, ASKED_SOME);
    }
  }
  for (const flag of derivedRedFlags) report('redFlags', flag);
  // "No" to the bone-stress question ("Have you had a stress fracture before, are your periods missed or irregular, or
  // are you underweight or eating less than your training needs?") is "no" to each of the three background items it
  // names, which are then not asked again one by one.
  const askedFlags = profile.asked?.redFlags;
  const boneStressAsked = askedFlags === undefined ? profile.redFlags !== undefined : askedFlags.includes('bone-stress-risk');
  if (boneStressAsked && !(profile.redFlags ?? []).includes('bone-stress-risk') && !(profile.unsure?.redFlags ?? []).includes('bone-stress-risk') && !derivedRedFlags.includes('bone-stress-risk')) {
    for (const value of BONE_STRESS_RISKS) askedOne.push(factId('background', value));
    mark('background', ASKED_SOME);
  }

  report('region', profile.region);
  for (const region of profile.otherRegions ?? []) report('region', region);
  mark('region', ASKED_ALL);
  for (const field of ['side', 'onset', 'sex'] as const) {
    const value = profile[field];
    if (value === undefined) continue;
    report(field, value);
    mark(field, ASKED_ALL);
  }
  if (profile.age !== undefined) {
    const group = ageGroup(profile.age);
    if (group !== undefined) report('ageGroup', group);
    mark('ageGroup', ASKED_ALL);
  }

  const values = new Uint8Array(nextId);
  for (const id of reported) values[id] = (values[id] ?? 0) | REPORTED;
  for (const id of askedOne) values[id] = (values[id] ?? 0) | ASKED_ONE;
  const bits = (field: string, value: string) => {
    const id = ids.get(field)?.get(value);
    return id === undefined ? 0 : (values[id] ?? 0);
  };
  const has = (field: string, value: string) => (bits(field, value) & REPORTED) !== 0;
  return {
    has,
    asked: (field, value) => has(field, value) || ((fields[fieldIndex(field)] ?? 0) & ASKED_ALL) !== 0 || (bits(field, value) & ASKED_ONE) !== 0,
    unsure: (field, value) => notSure.has(`${field}=${value}`),
    values,
    fields,
  };
}

/** How a finding stands in a profile: `present`, `absent` (asked, not reported) or `unknown` (not asked). */
export function findingState(facts: ProfileFacts, finding: Finding): 'present' | 'absent' | 'unknown' {
  const values = findingValues(finding);
  if (values.some((value) => facts.has(finding.field, value))) return 'present';
  return values.every((value) => facts.asked(finding.field, value)) ? 'absent' : 'unknown';
}
