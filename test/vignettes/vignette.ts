import type { SymptomProfile } from 'rehab-protocols';

/** A case written from a clinical description in a cited source, with the answer the matcher should give. */
export interface Vignette {
  /** Unique id, `<condition>-<n>` or `red-flag-<n>`. */
  id: string;
  /** The clinical description the case is written from: source id(s) as cited in the condition's module. */
  source: string;
  /** The case in words. */
  story: string;
  profile: SymptomProfile;
  /** The condition that should rank first; undefined when only the referral is being tested. */
  top?: string;
  /** Whether referral must be required. */
  referral: boolean;
}
