import { LIST_FIELDS, type Finding, type SymptomProfile } from '../model/index.js';

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
  /** The values reported, by field (what `has` reads), for loops that look up many values. */
  readonly present: ReadonlyMap<string, ReadonlySet<string>>;
  /** The fields asked about in full. */
  readonly askedAll: ReadonlySet<string>;
  /** The values asked one by one, by field. */
  readonly askedOne: ReadonlyMap<string, ReadonlySet<string>>;
}

type ListField = (typeof LIST_FIELDS)[number];

/** The age group a finding of field `ageGroup` reads; see `AGE_GROUPS`. */
export function ageGroup(age: number): 'under-18' | '40-and-over' | undefined {
  return age < 18 ? 'under-18' : age >= 40 ? '40-and-over' : undefined;
}

/** Reads a validated profile (plus any red flags derived from it) into {@link ProfileFacts}. */
export function profileFacts(profile: SymptomProfile, derivedRedFlags: readonly string[] = []): ProfileFacts {
  const present = new Map<string, ReadonlySet<string>>();
  const askedAll = new Set<string>();
  const askedOne = new Map<string, ReadonlySet<string>>();

  for (const field of LIST_FIELDS) {
    const values: readonly string[] | undefined = profile[field];
    if (values !== undefined) present.set(field, new Set(values));
    const one: readonly string[] | undefined = profile.asked?.[field as ListField];
    if (one !== undefined) askedOne.set(field, new Set(one));
    else if (values !== undefined) askedAll.add(field);
  }
  if (derivedRedFlags.length > 0) present.set('redFlags', new Set([...(profile.redFlags ?? []), ...derivedRedFlags]));

  present.set('region', new Set([profile.region, ...(profile.otherRegions ?? [])]));
  askedAll.add('region');
  const single = { side: profile.side, onset: profile.onset, sex: profile.sex };
  for (const [field, value] of Object.entries(single)) {
    if (value === undefined) continue;
    present.set(field, new Set([value]));
    askedAll.add(field);
  }
  if (profile.age !== undefined) {
    const group = ageGroup(profile.age);
    present.set('ageGroup', new Set(group === undefined ? [] : [group]));
    askedAll.add('ageGroup');
  }

  const has = (field: string, value: string) => present.get(field)?.has(value) ?? false;
  return {
    has,
    asked: (field, value) => has(field, value) || askedAll.has(field) || (askedOne.get(field)?.has(value) ?? false),
    present,
    askedAll,
    askedOne,
  };
}

/** How a finding stands in a profile: `present`, `absent` (asked, not reported) or `unknown` (not asked). */
export function findingState(facts: ProfileFacts, finding: Finding): 'present' | 'absent' | 'unknown' {
  const values: readonly string[] = finding.or === undefined ? [finding.value] : [finding.value, ...finding.or];
  if (values.some((value) => facts.has(finding.field, value))) return 'present';
  return values.every((value) => facts.asked(finding.field, value)) ? 'absent' : 'unknown';
}
