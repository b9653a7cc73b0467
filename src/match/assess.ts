import { LIKELIHOOD_RATIO_GRADES, LIST_FIELDS, RED_FLAGS, REFERRAL_URGENCIES, type Condition, type Finding, type ConditionMatch, type Question, type ReferralReason, type ReferralUrgency, type SymptomProfile } from '../model/index.js';
import { findingState, findingValues, profileFacts, settledPlace, type ProfileFacts } from './facts.js';
import { logit, sigmoid } from './log-odds.js';
import { questionWords, redFlagText } from './question-texts.js';
import { asksGrowthPlate, deriveRedFlags, femoralNeckOnce, growthPlateSite, painRegions, atTheHip, hipPain, redFlagMessage, redFlagUrgency, SCREEN_BY_REGION, URGENT_RED_FLAGS, type DerivedRedFlag } from './red-flags.js';
import { scoreWithBounds, type ScoredCondition } from './score.js';

/**
 * The least score for a plan: the profile must be more consistent with the best match than not. A library default:
 * scores are relative (every prior is the same library default), so the threshold works together with the margin.
 */
export const PLAN_THRESHOLD = 0.5;

/**
 * How far ahead of the runner-up the best match must be for a plan: its odds at least 2.5 times the runner-up's,
 * the weight of one `moderate` (typical) finding. A library default: a rival one typical finding away is not
 * "clearly behind", so the runner is asked the question that separates them instead.
 */
export const CLEAR_MARGIN = 2.5;

/**
 * A refer-only condition is plausible when it scores at least {@link PLAN_THRESHOLD}, or when the findings have not
 * made it less likely than its prior and its odds are within a factor of 5 of the best match's — one `strong`
 * (characteristic) finding away from ranking first. A library default: a condition that one finding could put first
 * is not ruled out, and a refer-only one must be ruled out before a plan.
 */
export const PLAUSIBLE_RATIO = 5;

/** Everything the matcher knows about a profile: the ranked matches and what stands between it and a plan. */
export interface Assessment {
  /** Every condition, best first, ties by id. */
  matches: ConditionMatch[];
  /** Red flags reported or derived from the profile, as referral reasons. */
  redFlags: ReferralReason[];
  /** Refer-only conditions that are plausible, as referral reasons. */
  referOnly: ReferralReason[];
  /**
   * Refer-only conditions that would be plausible but were set aside because every one of their separating findings
   * was asked and denied: a plan carries a `watch-for` flag for each.
   */
  setAside: Condition[];
  /**
   * What the profile's `diagnosedAs` decides: `treat` — the plan follows that condition once the red flags are screened,
   * what defines it is confirmed and no refer-only condition is plausible; `refer` — a refer-only diagnosis, one outside
   * the library (`other`), one of another part of the leg than `region`, or one the runner's answers rule out (no pain
   * under the heel for plantar heel pain). Undefined without a diagnosis.
   */
  diagnosed: { kind: 'treat'; match: ConditionMatch } | { kind: 'refer'; reason: ReferralReason } | undefined;
  /** Red flags that matter here and were not asked: the region's screening list, the contenders' and the diagnosis's red flags. */
  readonly unscreened: (typeof RED_FLAGS)[number][];
  /** The conditions still in contention: within {@link PLAUSIBLE_RATIO} of the best match's odds. */
  contenders: ConditionMatch[];
  /** True when the best match is above the threshold and clearly ahead of the runner-up. */
  clear: boolean;
  /** The facts the profile gives (derived red flags included). */
  facts: ProfileFacts;
  /**
   * For each condition, the lowest and highest score that answering every question not yet asked could give it: a
   * condition whose highest is below the plan threshold cannot become a plan, whatever the runner answers.
   */
  readonly bounds: Map<string, { lowest: number; highest: number }>;
}

const odds = (score: number) => (score >= 1 ? Number.MAX_VALUE : score / (1 - score));
const byScore = (a: ConditionMatch, b: ConditionMatch) => b.score - a.score || (a.conditionId < b.conditionId ? -1 : a.conditionId > b.conditionId ? 1 : 0);

/** Scores and ranks `conditions` for a validated profile, and says what a decision still needs. */
export function assess(profile: SymptomProfile, conditions: readonly Condition[]): Assessment {
  const derived = deriveRedFlags(profile);
  const facts = profileFacts(profile, derived.map((entry) => entry.redFlag));
  const scored = conditions.map((condition) => scoreWithBounds(facts, condition));
  const byId = new Map(conditions.map((condition) => [condition.id, condition]));
  const matches = scored.map((entry) => entry.match).sort(byScore);

  const reported = new Set(profile.redFlags ?? []);
  const because = new Map(derived.filter((entry) => !reported.has(entry.redFlag)).map((entry) => [entry.redFlag, entry.because]));
  // Where what showed a red flag has words of its own (a sudden onset at the Achilles tendon, without a pop).
  const unsureShown = unsureDerived(profile, derived);
  const ownWords = new Map([...derived, ...unsureShown].flatMap((entry) => (entry.message === undefined || reported.has(entry.redFlag) ? [] : [[entry.redFlag, entry.message] as const])));
  // Words that follow "You describe …" only (a hop sign said once).
  const afterBecause = new Map(derived.flatMap((entry) => (entry.afterBecause === undefined || reported.has(entry.redFlag) ? [] : [[entry.redFlag, entry.afterBecause] as const])));
  const notSure = new Set(profile.unsure?.redFlags ?? []);
  // A red flag that an answer the runner was not sure of would show (back pain as well, hopping that hurts at a bone
  // stress site, a sign of low energy availability there) is not ruled out either.
  const mayShow = new Map(unsureShown.map((entry) => [entry.redFlag, entry.because]));
  const flagged: ReferralReason[] = RED_FLAGS.filter((flag) => reported.has(flag) || because.has(flag) || notSure.has(flag) || mayShow.has(flag)).map((redFlag) => {
    const derivedFrom = because.get(redFlag);
    // A red flag the runner cannot rule out is not ruled out: a clinician checks it, as one they report.
    if (!reported.has(redFlag) && !because.has(redFlag) && notSure.has(redFlag)) return { kind: 'red-flag', redFlag, message: unsureRedFlagMessage(redFlag, profile), urgency: redFlagUrgency(redFlag, profile) };
    if (!reported.has(redFlag) && !because.has(redFlag)) {
      // What the answer the runner was not sure of would show. (Its question's words would say it better, but would bring
      // every question's words into the matcher's bundle: 1.7 kB.)
      const about = `You were not sure of an answer that would mean ${mayShow.get(redFlag) ?? 'this'}.`;
      // In the words, and as urgent, as the "yes" it counts as (pain under a growing runner's heel: Sever's disease).
      const yes = assumeUnsure(profile);
      const message = `${about} To be safe, it counts as a yes until a clinician has checked it, and a yes means: ${ownWords.has(redFlag) ? atTheHip(redFlag, yes, ownWords.get(redFlag)!) : redFlagMessage(redFlag, yes)}`;
      return { kind: 'red-flag', redFlag, message, urgency: redFlagUrgency(redFlag, yes) };
    }
    const own = afterBecause.get(redFlag) ?? ownWords.get(redFlag);
    const message = derivedFrom === undefined ? redFlagMessage(redFlag, profile) : `You describe ${derivedFrom}. ${own === undefined ? redFlagMessage(redFlag, profile) : atTheHip(redFlag, profile, own)}`;
    return { kind: 'red-flag', redFlag, message, urgency: redFlagUrgency(redFlag, profile) };
  });
  const redFlags = byUrgency(flagged);

  const diagnosed = diagnosisOf(profile, matches, byId, facts);
  const best = matches[0];
  const bestOdds = best === undefined ? 0 : odds(best.score);
  const { plausible, setAside, contenders } = referOnlyPlausible(profile, matches, byId, facts, diagnosed);
  const referOnly: ReferralReason[] = plausible
    .map((match) => {
      const condition = byId.get(match.conditionId);
      const referral = condition?.referral;
      // Plausible only because its questions were never reached (a red flag or a diagnosis decided first): said so,
      // rather than "from what you describe", which the runner may not have described at all.
      const signs = condition === undefined ? [] : separatingFindings(condition);
      const reported = signs.some(({ field, value }) => facts.has(field as Finding['field'], value));
      const unasked = !reported && diagnosed?.kind !== 'treat' && signs.some(({ field, value }) => !facts.asked(field as Finding['field'], value) && !facts.unsure(field as Finding['field'], value));
      // Plausible because the runner was not sure of one of its signs (a "no" would have set it aside): said so, in the
      // condition's own words for those signs, rather than "from what you describe".
      const notSure = reported || condition === undefined ? [] : notSureWords(condition, profile);
      const lead =
        match === best && match.score >= PLAN_THRESHOLD
          ? bestFit(match.name)
          : notSure.length > 0
            ? notSureLead(match.name, notSure)
            : unasked
              ? `${match.name} cannot be ruled out: some of the questions that could rule it out were not answered.`
              : `${match.name} is possible from what you describe and cannot be ruled out here.`;
      // A runner with a diagnosis is told why the library does not simply follow it.
      const despite = diagnosed?.kind !== 'treat' ? '' : notSure.length > 0 ? notFollowed(diagnosed.match.name) : ` What you describe points to it, as well as to what a clinician diagnosed (${diagnosed.match.name}).`;
      return { kind: 'refer-only-condition', conditionId: match.conditionId, message: `${lead}${despite} ${referral ?? 'It needs a clinician.'}`, urgency: 'routine' };
    });

  // A refer-only condition that a "yes" to what the runner was not sure of would make plausible is not ruled out: a
  // plan never rests on what the runner is not sure of (a twist they cannot recall, with pain a meniscus could give).
  const referred = new Set(plausible.map((match) => match.conditionId));
  for (const { match } of plausibleIfYes(profile, conditions, byId, referred)) {
    // What the answers not sure would say, in the condition's own words for those findings (naming the questions would
    // bring every question's words into the matcher's bundle). With none of its own (the yes works through a red flag
    // it would show, or by lowering what fits best), a red flag already refers: no second reason.
    const condition = byId.get(match.conditionId);
    const words = condition === undefined ? [] : notSureWords(condition, profile);
    if (words.length === 0 && redFlags.length > 0) continue;
    const name = matches.find((entry) => entry.conditionId === match.conditionId)?.name ?? match.name;
    const despite = diagnosed?.kind === 'treat' ? notFollowed(diagnosed.match.name) : '';
    referOnly.push({ kind: 'refer-only-condition', conditionId: match.conditionId, message: `${notSureLead(name, words)}${despite} ${condition?.referral ?? 'It needs a clinician.'}`, urgency: 'routine' });
  }

  const second = matches[1];
  const clear = best !== undefined && best.score >= PLAN_THRESHOLD && (second === undefined || bestOdds >= CLEAR_MARGIN * odds(second.score)) && !placedAway(byId.get(best.conditionId), facts);

  // What only a decision needs (planForProfile, nextQuestions) is worked out when it is first read: matchConditions,
  // and the many what-if assessments behind each question's weight, read only the matches.
  return new LazyAssessment(matches, redFlags, referOnly, setAside, diagnosed, contenders, clear, facts, () => unscreenedFlags(profile, facts, contenders, byId), scored);
}

/**
 * How a referral names the condition that fits best: as what the runner's description fits, not as a diagnosis (the
 * library describes; a clinician diagnoses).
 */
export function bestFit(name: string): string {
  return `Closest fit to what you describe (not a diagnosis): ${name}.`;
}

/**
 * Referral reasons most urgent first (a swollen calf before night pain, a hip's diagnosis seen within days before a
 * routine red flag), each level in the order given: red flags first, in `RED_FLAGS` order. So the first reason's
 * `urgency` is the referral's. The femoral neck's explanation is said once (see {@link femoralNeckOnce}).
 */
export function byUrgency(reasons: readonly ReferralReason[]): ReferralReason[] {
  return femoralNeckOnce(REFERRAL_URGENCIES.flatMap((urgency) => reasons.filter((reason) => reason.urgency === urgency)));
}

/**
 * Whether the runner said "no" to every place of the condition whose absence argues against it (around or behind the
 * kneecap, and at the front, for patellofemoral pain): such a condition is not planned, however well the rest fits.
 */
export function placedAway(condition: Condition | undefined, facts: ProfileFacts): boolean {
  const places = (condition?.findings ?? []).filter((finding) => finding.field === 'locations' && LIKELIHOOD_RATIO_GRADES[finding.absent] < 1);
  return places.length > 0 && places.every((finding) => findingState(facts, finding) === 'absent');
}

/** What the profile's `diagnosedAs` decides; see {@link Assessment.diagnosed}. */
function diagnosisOf(profile: SymptomProfile, matches: readonly ConditionMatch[], byId: ReadonlyMap<string, Condition>, facts: ProfileFacts): Assessment['diagnosed'] {
  const id = profile.diagnosedAs;
  if (id === undefined) return undefined;
  // Hip pain that no plan follows may be a stress injury of the hip bone: whatever the diagnosis, it is seen promptly.
  const urgency = hipUrgency(profile, true);
  const match = id === 'other' ? undefined : matches.find((entry) => entry.conditionId === id);
  const condition = byId.get(id);
  if (match === undefined || condition === undefined) {
    const message = `Diagnosed by a clinician: a condition this library has no plan for. Follow the advice of the clinician who diagnosed it.${urgency}`;
    return { kind: 'refer', reason: { kind: 'diagnosis', message, urgency: referralUrgency(profile) } };
  }
  if (match.referOnly) {
    const message = `Diagnosed by a clinician: ${match.name}. This library has no self-managed plan for it: follow the advice of the clinician who diagnosed it.${urgency}`;
    return { kind: 'refer', reason: { kind: 'refer-only-condition', conditionId: id, message, urgency: referralUrgency(profile) } };
  }
  // The diagnosis is of the main pain (`region`): a condition whose region findings name other parts of the leg only
  // is of another pain, whatever else hurts too.
  const regions = conditionRegions(condition);
  if (regions.length > 0 && !regions.includes(profile.region)) {
    // The hip's words say whom to see, and how soon: not twice.
    const seeSomeone = urgency === '' ? ': see a clinician about it.' : '.';
    const message = `Diagnosed by a clinician: ${match.name}, which is felt in another part of the leg, not the ${profile.region}. This library has no plan for the pain in the ${profile.region}${seeSomeone}${urgency}`;
    return { kind: 'refer', reason: { kind: 'diagnosis', conditionId: id, message, urgency: referralUrgency(profile) } };
  }
  // What defines the condition (a finding whose absence rules it out) is the runner's to confirm: a diagnosis settles
  // which of several look-alikes it is, not a picture that contradicts the condition's definition.
  const rulesOut = LIKELIHOOD_RATIO_GRADES['rules-out'];
  // A place inside one the runner reported (or was not asked about) is the clinician's to settle: a band diagnosed on
  // the outside of the knee is not undone by a runner who did not find its bony bump; the outside is asked first.
  const excluded = match.against.find((reason) => !reason.present && reason.likelihoodRatio === rulesOut && settledPlace(facts, reason.field, reason.value) === undefined);
  if (excluded !== undefined) {
    const why = condition.findings.find((finding) => finding.field === excluded.field && finding.value === excluded.value)?.why;
    const message = `Diagnosed by a clinician: ${match.name}. ${why === undefined ? '' : `${why} `}What you describe does not fit it: see the clinician who diagnosed it again before following a plan for it.${urgency}`;
    return { kind: 'refer', reason: { kind: 'diagnosis', conditionId: id, message, urgency: referralUrgency(profile) } };
  }
  return { kind: 'treat', match };
}

/** The parts of the leg a condition is felt in: the values of its region findings that do not argue against it. */
export function conditionRegions(condition: Pick<Condition, 'findings'>): string[] {
  return condition.findings.filter((finding) => finding.field === 'region' && LIKELIHOOD_RATIO_GRADES[finding.present] >= 1).flatMap((finding) => findingValues(finding));
}

/** An {@link Assessment} whose decision-only parts are computed on first read (getters on a class are cheap to make). */
class LazyAssessment implements Assessment {
  #unscreened: Assessment['unscreened'] | undefined;
  #bounds: Assessment['bounds'] | undefined;

  constructor(
    readonly matches: ConditionMatch[],
    readonly redFlags: ReferralReason[],
    readonly referOnly: ReferralReason[],
    readonly setAside: Condition[],
    readonly diagnosed: Assessment['diagnosed'],
    readonly contenders: ConditionMatch[],
    readonly clear: boolean,
    readonly facts: ProfileFacts,
    private readonly screen: () => Assessment['unscreened'],
    private readonly scored: readonly ScoredCondition[],
  ) {}

  get unscreened(): Assessment['unscreened'] {
    this.#unscreened ??= this.screen();
    return this.#unscreened;
  }

  get bounds(): Assessment['bounds'] {
    this.#bounds ??= boundsOf(this.scored);
    return this.#bounds;
  }
}

const SEPARATING_GRADES = new Set(['moderate', 'strong', 'very-strong']);
const LIST_FIELD_NAMES: ReadonlySet<string> = new Set(LIST_FIELDS);

/**
 * A refer-only condition's separating findings: what points to it rather than to the region alone — every finding on a
 * list field (what hurts, where, the red flags) graded `moderate` or stronger when present. A meniscal injury's are a
 * twist, catching or locking, swelling, giving way and pain on the joint line; `squatting` (`weak`) is not one.
 */
export function separatingFindings(condition: Condition): readonly { field: (typeof LIST_FIELDS)[number]; value: string }[] {
  // Read inside every what-if assessment behind a question's weight: worked out once per condition.
  const known = separatingByCondition.get(condition);
  if (known !== undefined) return known;
  const found: { field: (typeof LIST_FIELDS)[number]; value: string }[] = [];
  for (const finding of condition.findings) {
    if (!LIST_FIELD_NAMES.has(finding.field) || !SEPARATING_GRADES.has(finding.present)) continue;
    for (const value of findingValues(finding)) found.push({ field: finding.field as (typeof LIST_FIELDS)[number], value });
  }
  separatingByCondition.set(condition, found);
  return found;
}

const separatingByCondition = new WeakMap<Condition, readonly { field: (typeof LIST_FIELDS)[number]; value: string }[]>();

/** Whether any of a condition's separating signs was asked one by one (named in `asked`), as `planForProfile` asks them. */
function askedOneByOne(condition: Condition, profile: SymptomProfile): boolean {
  return separatingFindings(condition).some(({ field, value }) => (profile.asked?.[field] as readonly string[] | undefined)?.includes(value) ?? false);
}

/**
 * True when the runner was asked every separating finding of `condition` and has none of them (nor a scalar finding,
 * such as a sudden onset, graded `moderate` or stronger): it is then plausible only because the region fits, and a
 * clinician who asked these questions would not send the runner for it.
 */
function answeredNoToAll(condition: Condition, facts: ProfileFacts): boolean {
  const separating = separatingFindings(condition);
  if (separating.length === 0) return false;
  for (const { field, value } of separating) if (!facts.asked(field as Finding['field'], value) || facts.has(field as Finding['field'], value)) return false;
  for (const finding of condition.findings) {
    if (finding.field === 'region' || LIST_FIELD_NAMES.has(finding.field) || !SEPARATING_GRADES.has(finding.present)) continue;
    if (findingValues(finding).some((value) => facts.has(finding.field, value))) return false;
  }
  return true;
}

/** Red flags that matter for the regions and the contenders, not yet asked. */
function unscreenedFlags(profile: SymptomProfile, facts: ProfileFacts, contenders: readonly ConditionMatch[], byId: ReadonlyMap<string, Condition>): Assessment['unscreened'] {
  const toScreen = new Set<(typeof RED_FLAGS)[number]>();
  // The regions the runner chose and those their places name (the shin bone placed from the calf is the shin).
  for (const region of painRegions(profile)) for (const flag of SCREEN_BY_REGION[region]) toScreen.add(flag);
  for (const match of contenders) {
    // A condition of another part of the leg (a knee condition for a heel) is in contention only because nothing fits:
    // its warning signs ("does the knee lock?") are not this runner's to screen.
    if (match.against.some((reason) => reason.field === 'region' && reason.likelihoodRatio === LIKELIHOOD_RATIO_GRADES['rules-out'])) continue;
    const condition = byId.get(match.conditionId);
    for (const finding of condition?.findings ?? []) {
      if (finding.field === 'redFlags' && (match.referOnly || finding.present !== 'neutral')) toScreen.add(finding.value);
    }
  }
  // A place at the heel is the heel's growth plate, whatever region the runner chose (the foot, the ankle).
  if (growthPlateSite(profile)) toScreen.add('growth-plate');
  // A grown runner (an age of 18 or over given), or one whose only pain a clinician diagnosed, is not asked whether they
  // are still growing.
  if (!asksGrowthPlate(profile)) toScreen.delete('growth-plate');
  const unscreened = RED_FLAGS.filter((flag) => toScreen.has(flag) && !facts.asked('redFlags', flag) && !facts.unsure('redFlags', flag));
  // The urgent ones first: a runner who stops at the first "yes" is sent on at the pace their most urgent answer needs.
  return [...unscreened.filter((flag) => URGENT_RED_FLAGS.has(flag)), ...unscreened.filter((flag) => !URGENT_RED_FLAGS.has(flag))];
}

/** What a runner who was not sure of a red flag is told: the question, and that a clinician checks it. */
function unsureRedFlagMessage(flag: (typeof RED_FLAGS)[number], profile: SymptomProfile): string {
  // As urgent as a "yes", and in the words of the question asked (the heel's squeeze test, say).
  const asked = { ...profile, asked: { ...profile.asked, redFlags: [...(profile.asked?.redFlags ?? []), flag] } };
  return `You were not sure of this: ${redFlagText(flag, profile)} To be safe, it counts as a yes until a clinician has checked it, and a yes means: ${redFlagMessage(flag, asked)}`;
}

/**
 * The red flags that the list values the runner was not sure of would show if they were a "yes", beyond those the
 * profile shows already: each with what showed it, in plain words, where the red flag's message does not say it.
 */
function unsureDerived(profile: SymptomProfile, derived: readonly DerivedRedFlag[]): DerivedRedFlag[] {
  if (profile.unsure === undefined) return [];
  const shown = new Set(derived.map((entry) => entry.redFlag));
  return deriveRedFlags(assumeUnsure(profile)).filter((entry) => !shown.has(entry.redFlag));
}

/**
 * Which refer-only conditions are plausible for a profile (see {@link PLAUSIBLE_RATIO}): those scoring at least
 * {@link PLAN_THRESHOLD}, or not made less likely than their prior and within the ratio of the best match's odds (the
 * diagnosed condition counts among the contenders) — unless the runner answered "no" to each of their signs, which sets
 * them aside (as it does one far behind whose signs were asked one by one), so that a plan says what would bring them back.
 */
function referOnlyPlausible(
  profile: SymptomProfile,
  matches: readonly ConditionMatch[],
  byId: ReadonlyMap<string, Condition>,
  facts: ProfileFacts,
  diagnosed: Assessment['diagnosed'],
): { plausible: ConditionMatch[]; setAside: Condition[]; contenders: ConditionMatch[] } {
  const best = matches[0];
  const bestOdds = best === undefined ? 0 : odds(best.score);
  const contenders = matches.filter((match) => odds(match.score) * PLAUSIBLE_RATIO >= bestOdds);
  if (diagnosed?.kind === 'treat' && !contenders.includes(diagnosed.match)) contenders.push(diagnosed.match);
  const setAside: Condition[] = [];
  const plausible = matches.filter((match) => {
    if (!match.referOnly) return false;
    const condition = byId.get(match.conditionId);
    const prior = condition?.prior.probability ?? 1;
    // A refer-only diagnosis is its own referral, not a second one.
    if (match.conditionId === profile.diagnosedAs) return false;
    if (match.score >= PLAN_THRESHOLD) return true;
    if (!(match.score >= prior && contenders.includes(match))) {
      // Its signs asked one by one and each answered "no" (its score fell below its prior on them): set aside, so
      // that the plan still says what would bring it back (the `watch-for` flag) — the runner was asked about it.
      // Not a condition of another part of the leg (a shin's stress injury for a heel), which was never in question.
      const elsewhere = match.against.some((reason) => reason.field === 'region' && reason.likelihoodRatio === LIKELIHOOD_RATIO_GRADES['rules-out']);
      if (condition !== undefined && !elsewhere && askedOneByOne(condition, profile) && answeredNoToAll(condition, facts)) setAside.push(condition);
      return false;
    }
    if (condition === undefined || !answeredNoToAll(condition, facts)) return true;
    setAside.push(condition);
    return false;
  });
  return { plausible, setAside, contenders };
}

/**
 * The refer-only conditions, not among `already`, that would be plausible (by {@link referOnlyPlausible}, the same rule)
 * if the runner's "not sure" list answers were each a "yes" (see {@link assumeUnsure}), with the answers not sure of that
 * would support each (its findings present there, with their words). Empty when the runner was sure of every list answer.
 */
function plausibleIfYes(profile: SymptomProfile, conditions: readonly Condition[], byId: ReadonlyMap<string, Condition>, already: ReadonlySet<string>): { match: ConditionMatch }[] {
  const yes = assumeUnsure(profile);
  if (yes === profile) return [];
  const facts = profileFacts(yes, deriveRedFlags(yes).map((entry) => entry.redFlag));
  const matches = conditions.map((condition) => scoreWithBounds(facts, condition).match).sort(byScore);
  const { plausible } = referOnlyPlausible(yes, matches, byId, facts, diagnosisOf(yes, matches, byId, facts));
  return plausible.filter((match) => !already.has(match.conditionId)).map((match) => ({ match }));
}

/** The condition's own words for its findings that a "not sure" list answer of the runner's would support. */
function notSureWords(condition: Condition, profile: SymptomProfile): string[] {
  const words = UNSURE_LIST_FIELDS.flatMap((field) =>
    (profile.unsure?.[field] ?? []).flatMap((value: string) => {
      const finding = condition.findings.find((entry) => entry.field === field && findingValues(entry).includes(value as never) && LIKELIHOOD_RATIO_GRADES[entry.present] > 1);
      return finding === undefined ? [] : [finding.why];
    }),
  );
  return [...new Set(words)];
}

/** How a refer-only referral that rests on a "not sure" begins: the condition, and what the answer would point to. */
function notSureLead(name: string, words: readonly string[]): string {
  return words.length === 0 ? `${name} cannot be ruled out here: a yes to what you were not sure of would leave it too likely to rule out.` : `${name} cannot be ruled out here: one of your "not sure" answers could point to it. ${words.join(' ')}`;
}

/** Why a clinician's diagnosis is not followed when a refer-only condition rests on a "not sure". */
const notFollowed = (diagnosis: string) => ` So the plan for ${diagnosis}, which a clinician diagnosed, is not given here.`;

/** The lists whose "not sure" answers {@link assumeUnsure} takes as a "yes" (red flags have their own rule). */
const UNSURE_LIST_FIELDS = ['locations', 'aggravatedBy', 'background', 'signs'] as const;

/**
 * The profile with every list value the runner was not sure of taken as a "yes" (the places, aggravators, background
 * and signs); the profile itself when there is none.
 */
function assumeUnsure(profile: SymptomProfile): SymptomProfile {
  const assumed: Record<string, unknown> = { ...profile };
  let changed = false;
  for (const field of UNSURE_LIST_FIELDS) {
    const values = profile.unsure?.[field];
    if (values !== undefined && values.length > 0) {
      assumed[field] = [...(profile[field] ?? []), ...values];
      changed = true;
    }
  }
  return changed ? (assumed as SymptomProfile) : profile;
}

/**
 * What a referral of hip pain adds, whatever its reason: see a clinician within days and stop running until then,
 * since hip pain in a runner can be a stress injury of the hip bone. After a clinician's diagnosis, the one who
 * diagnosed it or another. Empty for other regions.
 */
export function hipUrgency(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>, diagnosed = false): string {
  if (!hipPain(profile)) return '';
  return diagnosed
    ? ' Hip pain in a runner can be a stress injury of the hip bone: stop running, and see a clinician within days (the one who diagnosed it, or another).'
    : ' See a clinician within days, and stop running until then: hip pain in a runner can be a stress injury of the hip bone.';
}

/** How soon a referral that is not a red flag's sends the runner on: within days at the hip ({@link hipUrgency}), otherwise routine. */
export function referralUrgency(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): ReferralUrgency {
  return hipPain(profile) ? 'within-days' : 'routine';
}

/** Each condition's lowest and highest reachable score. */
function boundsOf(scored: readonly ScoredCondition[]): Assessment['bounds'] {
  const bounds = new Map<string, { lowest: number; highest: number }>();
  for (const { match, down, up } of scored) {
    const now = logit(match.score);
    bounds.set(match.conditionId, { lowest: sigmoid(now + down), highest: sigmoid(now + up) });
  }
  return bounds;
}

/** The places under the heel, the wider first, that {@link screenQuestions} asks a foot runner before the bone is tested. */
const HEEL_PLACES_FIRST = ['plantar-heel', 'plantar-medial-heel'] as const;

/**
 * The questions for the red flags still to screen (`flags`, in order), with where on the foot asked first where it
 * decides how the bone is tested: a runner who chose the foot and has said nothing of where is asked first whether the
 * pain is under the heel. Pain under the heel then gets the heel's squeeze test, and other foot pain the press along
 * the bone (pressed from below, a heel finds plantar heel pain's tender spot, not a stress fracture of the heel bone);
 * the heel's own screen (a sudden start, the antibiotic) is asked with the rest. A library default, from how the two
 * tests are given.
 */
export function screenQuestions(flags: readonly (typeof RED_FLAGS)[number][], profile: SymptomProfile, facts: ProfileFacts): Question[] {
  const questions = flags.map((flag) => redFlagQuestion(flag, profile));
  // Not after a diagnosis, whose own check asks where it hurts once the warning signs are screened; not once a place is
  // given or the heel is named a region; not with the shin sore too, where the heel's squeeze test is not asked. A
  // runner not sure whether it is anywhere under the heel is asked about its inner part, and after that the press along
  // the bone stays.
  const unplaced =
    profile.region === 'foot' && profile.diagnosedAs === undefined && !(profile.otherRegions ?? []).some((region) => region === 'heel' || region === 'shin') && (profile.locations ?? []).length === 0;
  const where = HEEL_PLACES_FIRST.find((place) => !facts.asked('locations', place) && !facts.unsure('locations', place));
  if (!flags.includes('focal-bone-tenderness') || !unplaced || where === undefined) return questions;
  return [{ kind: 'finding', field: 'locations', value: where, text: questionWords('locations', where, profile) }, ...questions];
}

/** A red flag as a question. */
export function redFlagQuestion(flag: (typeof RED_FLAGS)[number], profile: SymptomProfile): Question {
  return { kind: 'red-flag', field: 'redFlags', value: flag, text: questionWords('redFlags', flag, profile) };
}
