import type { RedFlag, ReferralUrgency } from '../../model/index.js';
import { BONE_STRESS_FLAGS, CLOT_EMERGENCY, SPINE_EMERGENCY, STOPS_EXERCISES } from '../../match/red-flags.js';
import { settled, type ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/**
 * What a red flag logged during a plan is, what it can mean, and how soon a clinician should see it: the matcher's
 * reasons (see `RED_FLAG_MESSAGES` in src/match/red-flags.ts, with their sources), in words for a runner already on a
 * plan — a new injury rather than how the pain began, no knee named where the plan's pain may be elsewhere. "Today"
 * where the matcher's message says today (a blood clot, an infection, a tear, a leg that bears no weight), "within
 * days" for a possible stress injury of the hip bone, a growing runner's growth plate, a weak leg and a recent
 * fluoroquinolone antibiotic; the emergency signs of a
 * pressed nerve in the back after the nerve's flags. The urgency is the matcher's, with what it adds where the pain is
 * in the hip (night or rest pain, a tender spot of bone, hopping that hurts or a risk factor, seen within days there)
 * for a plan whose catalogue condition is felt at the hip. The wording is a library default.
 */
const LOGGED: Readonly<Record<RedFlag, { readonly what: string; readonly why?: string; readonly when?: string; readonly nerve?: true; readonly emergency?: string }>> = {
  swelling: { what: 'swelling where it hurts', why: 'Swelling needs a clinician to examine it.' },
  locking: { what: 'a joint that locks or catches', why: 'Something may be caught inside the joint.' },
  'giving-way': { what: 'a joint that gives way', why: 'Instability needs a clinician to examine it.' },
  'night-pain': { what: 'pain that wakes you at night', why: 'Night pain needs a clinician to rule out bone injury and other causes.' },
  'rest-pain': { what: 'pain at rest', why: 'Pain at rest needs a clinician to find its cause.' },
  fever: { what: 'a fever', why: 'A hot, painful joint with fever can be an infection.', when: 'today' },
  trauma: { what: 'a fall, a blow or another injury', why: 'An injury needs a clinician to check for damage.' },
  'focal-bone-tenderness': { what: 'one spot of bone that is sharply tender', why: 'This can be a bone stress injury.' },
  'pain-on-hopping': { what: 'pain in the bone on hopping', why: 'This can be a bone stress injury.' },
  numbness: { what: 'numbness, tingling or pain like an electric shock', why: 'It can come from a nerve, or from pressure building up in a muscle compartment.', nerve: true },
  'calf-swelling': { what: 'a swollen calf', why: 'A swollen calf can be a blood clot.', when: 'today', emergency: CLOT_EMERGENCY },
  'unable-to-bear-weight': { what: 'being unable to put weight on the leg', when: 'today' },
  'unexplained-weight-loss': { what: 'weight lost without trying', why: 'Pain with unexplained weight loss needs a clinician to find its cause.' },
  'groin-pain-with-running': { what: 'pain in the groin or the front of the hip with running', why: 'It can be a stress injury of the hip bone (femoral neck), which running on can make worse.', when: 'within days' },
  'leg-weakness': { what: 'a weak leg or foot, or a foot that drops or slaps', why: 'Weakness can come from a nerve.', when: 'within days', nerve: true },
  'back-pain-with-leg-pain': { what: 'back pain with the leg pain, or pain that shoots down the leg', why: 'It can come from the spine rather than the leg.', nerve: true },
  'sudden-pop': { what: 'a sudden pop or snap, or pain that started at one moment', why: 'It can be a tear: do not walk or run on it until it is seen.', when: 'today' },
  'bone-stress-risk': { what: 'a risk factor for bone stress injury (a previous one, missed or irregular periods, low body weight or eating too little for your training)', why: 'With pain in a bone, it can be a bone stress injury; missed or irregular periods, eating too little and previous stress fractures can also be signs of too little energy for your training: ask for an energy-availability (RED-S) assessment too.' },
  'growth-plate': {
    what: 'pain where a growth plate can be hurt, while still growing',
    why: "It can come from a growth plate (at the top of the thigh bone, in the pelvis, or at the back of the heel, called Sever's disease), which an exercise plan made for adults does not treat.",
    when: 'within days, and today if it hurts to put weight on the leg',
  },
  fluoroquinolone: {
    what: 'a fluoroquinolone antibiotic (such as ciprofloxacin or levofloxacin)',
    why: 'These antibiotics can damage tendons, most often the Achilles, for months after the course, and a damaged tendon can tear; if you are still taking it, the UK medicines regulator advises stopping it at the first sign of tendon pain and contacting the doctor who prescribed it straight away.',
    when: 'within days, before you load the tendon again',
  },
  'treatment-not-helped': {
    what: "a clinician's treatment of this pain that has not helped",
    why: 'The pain needs a clinician to look at it again, for what else it could be and what to try next; it is not urgent unless the pain is getting worse or stops you walking.',
  },
};

/**
 * Each red flag as something a runner noticed and logs during a plan (a `symptom` entry), in the words a review's
 * reason gives it ("On 2026-12-04 you logged a swollen calf."): for an app's list of warning signs to log. The
 * matcher's questions (`QUESTION_TEXTS`) ask instead how the pain started or about the runner's background ("Did
 * it start with a fall…?", "Are you under 18…?"), which reads oddly for a day in a log.
 *
 * @example
 * ```ts
 * import { RED_FLAG_LOG_TEXTS } from 'rehab-protocols';
 *
 * RED_FLAG_LOG_TEXTS['calf-swelling'];
 * //=> 'a swollen calf'
 * ```
 */
export const RED_FLAG_LOG_TEXTS: Readonly<Record<RedFlag, string>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(Object.entries(LOGGED).map(([flag, words]) => [flag, words.what])) as Record<RedFlag, string>,
);

/**
 * A growing runner's growth plate logged on a plan felt only at the heel, ankle or foot: most likely the heel's (Sever's
 * disease), booked as the matcher books it; the entry does not say where, so a limp or pain higher up (a slipped growth
 * plate at the hip shows as knee or thigh pain) is seen within days, as the matcher's knee question asks.
 */
const GROWING_HEEL: (typeof LOGGED)['growth-plate'] = {
  what: 'pain where a growth plate can be hurt, while still growing',
  why: "As this is a heel plan, it is most likely the growth plate at the back of the heel bone (Sever's disease), which an exercise plan made for adults does not treat; a GP (family doctor), physiotherapist or podiatrist can tell by examining the heel. If you limp, or the hip, groin, thigh or knee hurts as well, see a doctor within days: it can come from the growth plate at the top of the thigh bone. If you cannot put weight on the foot, see one today.",
};

/**
 * Any red flag in the log means seeing a clinician, at once and always: no other entry outweighs it. Only a
 * clinician's clearance logged after it (on a later day, or later in the log on its day) settles it. The message says what was logged, what it can mean and how
 * soon, as the matcher would (see {@link LOGGED}).
 */
export function redFlagLogged(context: ReviewContext): ReviewReason[] {
  const said = new Set<string>();
  return context.log.flatMap((entry, index) => {
    if (entry.kind !== 'symptom' || settled(context, index)) return [];
    // The same red flag logged twice on a day is one reason.
    const key = `${entry.date} ${entry.redFlag}`;
    if (said.has(key)) return [];
    said.add(key);
    // A heel plan's growing runner: the heel's growth plate (Sever's disease), booked as the matcher books it.
    const logged = entry.redFlag === 'growth-plate' && context.heelOnly ? GROWING_HEEL : LOGGED[entry.redFlag];
    const { what, nerve, emergency: signs } = logged;
    // At the hip, a bone-stress sign can be a stress injury of the hip bone: within days, as the matcher says.
    const hip = context.hipPain && BONE_STRESS_FLAGS.has(entry.redFlag);
    const why = hip ? `${logged.why ?? ''} At the hip it can be a stress injury of the hip bone (femoral neck), which running on can make worse.`.trim() : logged.why;
    const when = hip ? 'within days' : logged.when;
    // As the plan does (see `Decision.urgent`): the urgent red flags stop the exercises too.
    const stop = STOPS_EXERCISES.has(entry.redFlag) || hip ? 'Stop running and the exercises' : 'Stop running';
    const soon = when === undefined ? `${stop} until a clinician has seen it.` : `${stop}, and see a clinician ${when}.`;
    // What would make it an emergency, last: a pressed nerve in the back, a clot reaching the lungs.
    const emergency = nerve === true ? ` ${SPINE_EMERGENCY}` : signs === undefined ? '' : ` ${signs}`;
    // How soon, as the words say it: "today", or "within days" (with "and today if …" only on a condition).
    const urgency: ReferralUrgency = when === undefined ? 'routine' : when.startsWith('today') ? 'today' : 'within-days';
    return [
      {
        rule: 'red-flag',
        status: 'refer' as const,
        urgency,
        message: `On ${entry.date} you logged ${what}. ${why === undefined ? '' : `${why} `}${soon}${emergency} The plan goes on once a clinician clears you (log their clearance).`,
        evidence: { kind: 'library-default' as const, reason: 'Red flags always win, as in the matcher: a warning sign needs a clinician, whatever else the log says.' },
      },
    ];
  });
}
