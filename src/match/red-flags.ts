import type { RED_FLAGS, ReferralUrgency, REGIONS, SymptomProfile } from '../model/index.js';
import { BONE_STRESS_RISKS } from './facts.js';

/**
 * What the `treatment-not-helped` red flag tells the runner. In the primary-care referral pathways read, conservative
 * care that has not helped is when a patient is referred on, to a specialist or to orthopaedics: "If no improvement
 * after 3 months conservative management" (NHS Tayside referral guidance, plantar heel pain,
 * https://www.nhstayside.scot.nhs.uk/WorkingWithUs/ReferralHelpSystem/PROD_351194); for Achilles tendinopathy, "After
 * 6 months if conservative measures (including physiotherapy) have failed" (NHS Kernow primary care referral criteria,
 * which cite NICE CKS; reviewed 2019,
 * http://rms.kernowccg.nhs.uk/primary_care_clinical_referral_criteria/orthopaedics/foot_and_ankle_referral/hindfoot_/_ankle/achilles_tendinopathy).
 * Both quotes read on stored copies of the pages. A library default, in two parts: the library does not count months
 * (the pathways differ, 3 or 6), it asks whether a course of a clinician's treatment has not helped; and it counts only
 * a clinician's treatment, not rest, painkillers or self-care, which the pathways' "conservative management" includes —
 * the library's plan is itself self-managed care, so self-care that has not helped is what a plan is for, while a
 * clinician's treatment that has not helped leaves the next step to a clinician rather than to another self-managed
 * plan. A treatment still going and helping is not "not helped".
 */
export const TREATMENT_NOT_HELPED_MESSAGE =
  "A clinician's treatment of this pain that has not helped means the pain needs a clinician to look at it again (for what else it could be, and what to try next) before another plan: see the clinician who treated it, or another. It is not urgent unless the pain is getting worse or stops you walking.";

/**
 * What the `fluoroquinolone` red flag tells the runner. Fluoroquinolone antibiotics "can cause pathologic lesions in
 * tendon tissue (tendinopathy)", which "can occur within hours of commencing treatment and months after discontinuing
 * the use of these drugs", and "in some cases, fluoroquinolone usage can lead to complete rupture of the tendon"; such a
 * tendinopathy "may not respond well to the current popular eccentric training regimes and may require an alternative,
 * staged treatment approach" (Lewis T, Cook J, "Fluoroquinolones and tendinopathy: a guide for athletes and sports
 * clinicians and a systematic review of the literature", J Athl Train 2014;49(3):422–427,
 * doi:10.4085/1062-6050-49.2.09; abstract read on PubMed). In a meta-analysis of 15 observational studies they were
 * associated with Achilles tendinitis (OR 3.95, 95 % CI 3.11–5.01) and rupture (OR 2.52) (Alves C, Mendes D, Batel
 * Marques F, Eur J Clin Pharmacol 2019;75:1431–1443, doi:10.1007/s00228-019-02713-1; abstract read). The UK medicines
 * regulator advises patients "to stop treatment at the first signs of a serious adverse reaction, such as tendinitis or
 * tendon rupture … and to contact their doctor immediately" (MHRA Drug Safety Update, March 2019, as quoted by the MDDUS
 * and the Royal Pharmaceutical Society; read on stored copies), and "treatment should be discontinued at the first sign
 * of tendon pain or inflammation" (its letter to doctors of 21 March 2019). Six months: "symptoms occurred as early as 2
 * hours after the first dose and as late as 6 months after treatment was stopped" (Khaliq Y, Zhanel GG,
 * "Fluoroquinolone-associated tendinopathy: a critical review of the literature", Clin Infect Dis 2003;36(11):1404–1410,
 * doi:10.1086/375078; abstract read), which the library takes as the question's window (a library default). Asked
 * where the Achilles tendon may hurt (calf, ankle, heel): "the Achilles tendon was most commonly affected" (a 2017
 * systematic review, PubMed 27477928). The wording is the library's; the advice to stop and contact the prescriber
 * straight away is the regulator's. "Within days" for the examination is a library default: a tendon that may tear is
 * seen promptly, and not loaded until then.
 */
export const FLUOROQUINOLONE_MESSAGE =
  "You have taken a fluoroquinolone antibiotic (such as ciprofloxacin or levofloxacin) in the last six months. These antibiotics can damage tendons, most often the Achilles, from the first days of a course to months after it, and a damaged tendon can tear. Do not start a running or tendon-loading plan: see a clinician within days to examine the tendon. The usual heavy loading may not suit it. If you are still taking it, the UK medicines regulator's advice is to stop it at the first sign of tendon pain and to contact the doctor who prescribed it straight away.";

/**
 * The emergency signs of a nerve root or the cauda equina pressed in the lower back, said wherever the spine may be the
 * cause (numbness, back pain with the leg pain, a weak leg): "Call 111 and ask for an ambulance if you experience …
 * tingling or numbness in both legs and around your buttocks or genitals; weakness in both legs; loss of bladder or
 * bowel control, or both (incontinence)", which "can be a sign of a serious condition called cauda equina syndrome"
 * (Healthify He Puna Waiora, sciatica, healthify.nz/health-a-z/s/sciatica; read on a stored copy). The wording is the
 * library's, for any country: "get emergency help" rather than a number to call.
 */
export const SPINE_EMERGENCY =
  'Numbness between the legs or around the buttocks, weakness in both legs, or losing control of the bladder or bowel is an emergency: get emergency help at once.';

/**
 * What a runner with numbness, tingling or electric-shock-like pain is told to do, wherever it is: not to run through it
 * ("Don't try to exercise through the pain, as that may lead to permanent muscle or nerve damage", Mayo Clinic, chronic
 * exertional compartment syndrome, when to see a doctor), to see a clinician before a plan, sooner if the leg or foot
 * turns weak too (as the `leg-weakness` red flag says: weakness and, in severe cases, foot drop are among that page's
 * symptoms), and at once for the emergency signs of {@link SPINE_EMERGENCY}. Read on a stored copy of the page; the
 * wording is the library's.
 */
const NUMBNESS_ADVICE = `don't run through it, and see a clinician before following an exercise plan. If the leg or foot turns weak too, see one within days. ${SPINE_EMERGENCY}`;

/**
 * The `numbness` message where the pain is in the shin or calf, whose muscle compartments can swell within their
 * sheath during exercise: "Sometimes chronic exertional compartment syndrome is mistaken for shin splints" (Mayo Clinic,
 * chronic exertional compartment syndrome, when to see a doctor; read on a stored copy of the page).
 */
export const LOWER_LEG_NUMBNESS_MESSAGE = `There is numbness, tingling or pain like an electric shock. It can come from a nerve, or from pressure building up in a muscle compartment during exercise, which is sometimes mistaken for shin splints: ${NUMBNESS_ADVICE}`;

/**
 * The age below which a runner may still be growing, for `growth-plate`. A library default, from the ages the sources
 * give: slipped capital femoral epiphysis "usually occurs in those eight to 15 years of age" (Peck DM, Voss LM, Voss TT,
 * "Slipped Capital Femoral Epiphysis: Diagnosis and Management", Am Fam Physician 2017;95(12):779–784); "all of the
 * femoral ossification centers fuse between the ages of 14 and 18 years" (Radiopaedia, ossification centres of the hip
 * and pelvis); an NHS heel pain pathway "applies to patients up to musculoskeletal maturity at approximately 18 years
 * of age", and of the heel's growth plates, "these growth plates fuse around the age of 16" (NHS Gloucestershire, G-Care,
 * heel pain); pelvic apophyseal avulsions had a mean age of 14.5 (Calderazzi F,
 * Nosenzo A, Galavotti C, Menozzi M, Pogliacomi F, Ceccarelli F, "Apophyseal avulsion fractures of the pelvis. A
 * review", Acta Biomed 2018;89(4):470–476, doi:10.23750/abm.v89i4.7632). Each read on a stored copy. Some pelvic
 * apophyses close later (the anterior superior iliac spine "fuses at 19-25 years", Radiopaedia): 18 is the line the
 * library already uses for a runner still growing (`under-18`), not the last age such an injury is seen.
 */
export const GROWING_BELOW_AGE = 18;

/**
 * The `growth-plate` message where the pain is in the hip, thigh or knee. Slipped capital femoral epiphysis (SCFE) "is
 * the most common hip disorder in adolescents" and "one of the most commonly missed diagnoses in children"; patients
 * "usually present with limping and poorly localized pain in the hip, groin, thigh, or knee" (Peck, Voss and Voss 2017,
 * see {@link GROWING_BELOW_AGE}); "up to 15% of patients present with knee or thigh pain, and the true problem (hip) may
 * be missed until slippage worsens" (MSD Manual Professional Version, slipped capital femoral epiphysis); "a delay in
 * the diagnosis of SCFE is associated with higher rates of complications, including femoral head osteonecrosis"
 * (StatPearls, slipped capital femoral epiphysis). Pelvic apophyseal avulsions "classically occur in adolescent during
 * sports activities with forceful and repetitive contractions or passive lengthening acting on not yet ossified growth
 * plates" (Calderazzi et al. 2018, see {@link GROWING_BELOW_AGE}). SCFE's "diagnosis is confirmed by bilateral hip
 * radiography" (Peck, Voss and Voss 2017). "If the patient is unable to ambulate even with crutches, the SCFE is
 * considered unstable", and "a stable SCFE generally has a better prognosis than an unstable SCFE, which has a higher
 * rate of complications" (Peck D, "Slipped capital femoral epiphysis: diagnosis and management", Am Fam Physician
 * 2010;82(3):258–262): so "today" if it hurts to put weight on the leg, as the library's `unable-to-bear-weight` says.
 * Each read on a stored copy. "Within days" otherwise is a library default: the urgency the library gives a possible
 * stress injury of the hip bone.
 */
export const GROWTH_PLATE_HIP_MESSAGE =
  'In a runner who is still growing, pain in the hip, groin, thigh or knee can come from a growth plate: at the top of the thigh bone (a slipped capital femoral epiphysis, which is easily missed, and does better the sooner it is found) or where a muscle pulls on the pelvis. An exercise plan made for adults is not the treatment: stop running and see a doctor within days, who can examine the hip and arrange an X-ray, and today if it hurts to put weight on the leg.';

/**
 * The `growth-plate` message where the pain is in the heel (and not the hip, thigh or knee). "Sever's is a common cause
 * of heel pain in children and adolescents, between the ages of 8-14" (NHS Greater Glasgow and Clyde, for parents,
 * Sever's disease / heel pain); "diagnosis is made through history of symptoms and clinical examination, an X-ray is not
 * needed to confirm the diagnosis" (NHS Lanarkshire, heel pain in children, information for referrers); "a condition
 * seen in children usually aged between 8–15 years" (James AM, Williams CM, Haines TP, J Foot Ankle Res 2013,
 * doi:10.1186/1757-1146-6-16). Each read on a stored copy. The library's heel plans were not written for a growing
 * heel. "Today if you cannot put weight on the foot" is the library's `unable-to-bear-weight` urgency, said here
 * because a derived `growth-plate` refers before that is asked.
 */
export const GROWTH_PLATE_HEEL_MESSAGE =
  "In a runner who is still growing, heel pain can come from the growth plate at the back of the heel bone (calcaneal apophysitis, or Sever's disease). The heel plans here are made for adults and do not treat it. See a clinician (a GP, physiotherapist or podiatrist), who can tell by examining the heel, before following a plan or running through the pain. If you cannot put weight on the foot, see one today.";

/**
 * What a growing runner's heel referral adds when the knee hurts too: the knee's own question (a limp, or pain in the
 * hip, groin or thigh: a slipped growth plate at the hip is felt in the knee, see {@link GROWTH_PLATE_HIP_MESSAGE}) was
 * not asked, since the heel's age question referred first.
 */
const GROWING_KNEE_TOO = 'Knee pain in a growing runner can come from the hip: if you limp, or the hip, groin or thigh hurts as well, see a doctor within days.';

/**
 * Whether the matcher asks `growth-plate` (or derives it from `age`): the runner's age is not known, or is under 18.
 * Not after a clinician's diagnosis (`diagnosedAs`) of pain in one part of the leg only: the clinician who diagnosed it
 * has examined that pain. A diagnosis does not answer for pain elsewhere as well (a knee diagnosed, with the thigh sore
 * too, is the slipped growth plate's classic miss).
 */
export function asksGrowthPlate(profile: Pick<SymptomProfile, 'age' | 'diagnosedAs' | 'region' | 'otherRegions'>): boolean {
  if (profile.age !== undefined && profile.age >= GROWING_BELOW_AGE) return false;
  return profile.diagnosedAs === undefined || (profile.otherRegions ?? []).some((region) => region !== profile.region);
}

/** The places at the heel that name it whatever region the runner chose (pain under the heel in the foot, the Achilles tendon's insertion at the ankle): where Sever's disease hurts. */
const HEEL_PLACES: readonly string[] = ['plantar-heel', 'plantar-medial-heel', 'achilles-insertion'];

/**
 * Where a growing runner's pain can come from a growth plate by itself: `hip` for the hip or thigh (the top of the thigh
 * bone, the pelvis), `heel` for the heel, or a place at the heel named in the foot or ankle. Neither for the knee alone.
 */
export function growthPlateSites(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): { hip: boolean; heel: boolean } {
  const regions = [profile.region, ...(profile.otherRegions ?? [])];
  return {
    hip: regions.some((region) => region === 'hip' || region === 'thigh'),
    heel: regions.includes('heel') || (profile.locations ?? []).some((place) => HEEL_PLACES.includes(place)),
  };
}

/** Whether the pain is where a growth plate can be its cause by itself (the hip, thigh or heel), not only at the knee. */
export function growthPlateSite(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): boolean {
  const sites = growthPlateSites(profile);
  return sites.hip || sites.heel;
}

/**
 * The `leg-weakness` message where the pain is in the shin or calf: chronic exertional compartment syndrome brings
 * "weakness of the affected limb" and "foot drop, in severe cases, if nerves in your legs are affected", and "Don't
 * try to exercise through the pain" (Mayo Clinic, chronic exertional compartment syndrome; read on a stored copy).
 */
export const LOWER_LEG_WEAKNESS_MESSAGE = `The leg or foot is weak (or the foot drops or slaps). Weakness can come from a nerve, or from pressure building up in a muscle compartment during exercise: don't run through it, and see a clinician within days. ${SPINE_EMERGENCY}`;

/**
 * What makes a possible clot an emergency: "Seek immediate medical attention if you have pain, swelling and tenderness
 * in your leg and develop breathlessness and chest pain" (NHS, deep vein thrombosis, nhs.uk/conditions/deep-vein-
 * thrombosis-dvt, as reproduced on a stored page), a clot that has reached the lungs (a pulmonary embolism). The
 * wording is the library's, for any country.
 */
export const CLOT_EMERGENCY = 'If you become breathless or have chest pain, get emergency help at once: a clot may have reached the lungs.';

/**
 * The red flags asked before the others, and that stop a plan's exercises too when logged: a blood clot, a tear, a
 * hip stress fracture, an infection, a leg that bears no weight, and a tendon a fluoroquinolone antibiotic may have
 * damaged (its prescriber straight away while it is still being taken) — where loading the leg before a clinician sees
 * it could do harm. So an app that stops at the first "yes" never leaves one of them unasked behind a less urgent one
 * (a swollen calf behind night pain). Their `urgency` is `today`, or `within-days` for the hip and the antibiotic (see
 * {@link RED_FLAG_URGENCY}); a weak leg and a growing runner's growth plate are `within-days` too, but asked in their
 * turn. A library default, from the messages.
 */
export const URGENT_RED_FLAGS: ReadonlySet<(typeof RED_FLAGS)[number]> = new Set(['calf-swelling', 'sudden-pop', 'unable-to-bear-weight', 'fever', 'groin-pain-with-running', 'fluoroquinolone']);

/**
 * The red flags that, logged during a plan, stop its exercises as well as its running: the urgent ones
 * ({@link URGENT_RED_FLAGS}), and a growing runner's growth plate, whose message says an exercise plan made for adults
 * is not the treatment (a slipped growth plate at the hip, a growing heel). A library default, from the messages.
 */
export const STOPS_EXERCISES: ReadonlySet<(typeof RED_FLAGS)[number]> = new Set([...URGENT_RED_FLAGS, 'growth-plate']);

/**
 * How soon each red flag's message sends the runner to a clinician, on the one scale of `REFERRAL_URGENCIES`: the
 * urgency each message (see {@link RED_FLAG_MESSAGES}, with their sources) already says in words. What a message says
 * only on a condition does not set the level: `fluoroquinolone` is `within-days` (the examination), though a runner
 * still taking the antibiotic contacts its prescriber straight away; `growth-plate` is `within-days` where the hip's
 * message is given, though it adds "today if it hurts to put weight on the leg". See {@link redFlagUrgency} for the
 * heel's growth plate and the hip's bone-stress signs. Every other red flag is `routine`. A library default, from the
 * messages.
 */
const RED_FLAG_URGENCY: Readonly<Partial<Record<(typeof RED_FLAGS)[number], ReferralUrgency>>> = {
  fever: 'today',
  'calf-swelling': 'today',
  'unable-to-bear-weight': 'today',
  'sudden-pop': 'today',
  fluoroquinolone: 'within-days',
  'groin-pain-with-running': 'within-days',
  'leg-weakness': 'within-days',
  'growth-plate': 'within-days',
};

/**
 * Each red flag in plain words: what the runner reported and what to do. Any one of them means referral; they are
 * not weighed against anything. The list follows common referral criteria for knee and leg pain (hot swollen joint
 * with fever, locking, inability to bear weight, trauma, neurological or vascular signs, constant or night pain,
 * unexplained weight loss) and the warning signs of bone stress injury. The bone stress risk factors are signs of low
 * energy availability too, which warrant a medical assessment for Relative Energy Deficiency in Sport whatever hurts
 * (Mountjoy et al. 2023, IOC consensus statement on REDs, Br J Sports Med, doi:10.1136/bjsports-2023-106994; see
 * red-s.ts): their referral asks for it, as the `red-s` plan flag does elsewhere.
 */
export const RED_FLAG_MESSAGES: Record<(typeof RED_FLAGS)[number], string> = {
  swelling: 'The joint is swollen. Swelling needs a clinician to examine it before you follow an exercise plan.',
  locking: 'The knee locks or catches. Something may be caught inside the joint: see a clinician before running on it again.',
  'giving-way': 'The knee gives way. Instability needs a clinician to examine it: see one before running on it again.',
  'night-pain':
    'The pain wakes you at night, not only from lying on the sore side. Night pain needs a clinician to rule out bone injury and other causes: see one before running on it again.',
  'rest-pain': 'It hurts even at rest. Pain at rest needs a clinician to find its cause: see one before running on it again.',
  fever: 'You have a fever with the pain. A hot, painful joint with fever can be an infection: see a clinician today.',
  trauma: 'It started with a fall, a blow or another injury. An injury needs a clinician to check for damage before exercise.',
  'focal-bone-tenderness': 'One spot of bone is tender to press. This can be a bone stress injury: see a clinician before running again.',
  'pain-on-hopping': 'Hopping on the leg hurts. This can be a bone stress injury: see a clinician before running again.',
  numbness: `There is numbness, tingling or pain like an electric shock. It can come from a nerve that is pressed or irritated, in the leg or in the lower back: ${NUMBNESS_ADVICE}`,
  'calf-swelling': `The calf is swollen. A swollen calf can be a blood clot: see a clinician today. ${CLOT_EMERGENCY}`,
  'unable-to-bear-weight': 'You cannot put weight on the leg. See a clinician today.',
  'unexplained-weight-loss': 'You have lost weight without trying. Pain with unexplained weight loss needs a clinician to find its cause.',
  'groin-pain-with-running':
    'Pain in the groin or the front of the hip with running can be a stress injury of the hip bone (femoral neck), which running on can make worse: stop running and see a clinician within days.',
  'leg-weakness': `The leg or foot is weak (or the foot drops or slaps). Weakness can come from a nerve: see a clinician within days. ${SPINE_EMERGENCY}`,
  'back-pain-with-leg-pain': `Back pain together with the leg pain, or pain that shoots down the leg, can come from the spine rather than the leg: see a clinician before following a leg exercise plan. ${SPINE_EMERGENCY}`,
  'sudden-pop':
    'A sudden pop or snap with sudden pain in a tendon can be a tear or rupture: see a clinician today, before walking or running on it.',
  'bone-stress-risk':
    'You have a risk factor for bone stress injury (a previous one, missed or irregular periods, low body weight or eating too little for your training, or pain in both shins while still growing) and the pain could be in a bone: see a clinician before running again. Missed or irregular periods, eating too little for your training and previous stress fractures can also be signs of too little energy for your training (Relative Energy Deficiency in Sport): ask for an energy-availability (RED-S) assessment too.',
  'growth-plate': GROWTH_PLATE_HIP_MESSAGE,
  fluoroquinolone: FLUOROQUINOLONE_MESSAGE,
  'treatment-not-helped': TREATMENT_NOT_HELPED_MESSAGE,
};

/**
 * The places that name a bone-stress site whatever region the runner chose: the shin bone (`distal-medial-tibia`,
 * `anterior-tibia`), under the heel bone (`plantar-heel`, `plantar-medial-heel`), the arch and the top of the foot
 * (`arch`, `top-of-foot`). A runner who chose the calf or the ankle and then placed the pain on the shin bone has pain in
 * the shin, and is screened as such: a tibial stress fracture must not escape its screen because of the region picked
 * first.
 */
const PLACE_REGIONS: Readonly<Partial<Record<string, (typeof REGIONS)[number]>>> = {
  'distal-medial-tibia': 'shin',
  'anterior-tibia': 'shin',
  'plantar-heel': 'heel',
  'plantar-medial-heel': 'heel',
  arch: 'foot',
  'top-of-foot': 'foot',
};

/**
 * Where it hurts: the regions the runner chose (`region`, `otherRegions`) and those their places name (see
 * {@link PLACE_REGIONS}), for the red-flag screens and the red flags a profile shows.
 */
export function painRegions(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): Set<(typeof REGIONS)[number]> {
  const regions = new Set([profile.region, ...(profile.otherRegions ?? [])]);
  const places = new Set<string>(profile.locations ?? []);
  // In the map's order, not the list's: the same places name the same regions in the same words.
  for (const [place, region] of Object.entries(PLACE_REGIONS)) if (places.has(place) && region !== undefined) regions.add(region);
  return regions;
}

/** The one region a profile names, or undefined when the pain is in more than one (a question may then be about either). */
export function singleRegion(profile: Pick<SymptomProfile, 'region' | 'otherRegions'>): (typeof REGIONS)[number] | undefined {
  return (profile.otherRegions ?? []).some((other) => other !== profile.region) ? undefined : profile.region;
}

/**
 * Whether the runner's bone tenderness is asked, and read, as the heel's squeeze test: the heel is among the regions
 * and neither the foot nor the shin is (their bone screens ask for one sharply tender spot on the bone, which the
 * squeeze test would not find). With the heel and the ankle or calf the squeeze test still applies: a "sore spot"
 * would not separate a heel stress fracture from plantar heel pain, which is tender under the heel bone too.
 */
export function asksHeelSqueeze(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): boolean {
  const regions = painRegions(profile);
  if (!regions.has('heel') || regions.has('shin')) return false;
  // The foot counts only where the pain is in it beyond the heel: a runner who picked the foot as the region and placed
  // the pain under the heel has heel pain (the place names it, as for the screens); the foot named as another region,
  // or a place on the foot, is pain beyond the heel.
  const places = profile.locations ?? [];
  const footBeyondHeel =
    (profile.otherRegions ?? []).includes('foot') || places.some((place) => PLACE_REGIONS[place] === 'foot') || (profile.region === 'foot' && !places.some((place) => PLACE_REGIONS[place] === 'heel'));
  return !footBeyondHeel;
}

/**
 * The heel's bone tenderness is the calcaneal squeeze test — pain on squeezing the heel bone from its inner and outer
 * sides (FPnotebook, Calcaneus Stress Fracture, fpnotebook.com/Ortho/Foot/ClcnsStrsFrctr.htm: "positive calcaneal
 * squeeze test — pain on squeezing calcaneus from medial and lateral aspects") — rather than a sore spot: plantar heel
 * pain is tender under the heel bone too, so "one sharply tender spot" would not separate them. Given when the runner
 * was asked the squeeze test, or when the heel is the only region (a ticked "one sharply tender spot" is then on the
 * heel bone, and "painful to press" holds).
 */
export const HEEL_SQUEEZE_MESSAGE =
  'The heel bone is painful to squeeze or press. This can be a stress fracture of the heel bone: see a clinician before running again.';

/** The regions whose swelling reads plainly as "the {region} is swollen". */
export const SWOLLEN_REGIONS: ReadonlySet<string> = new Set(['knee', 'ankle', 'foot', 'heel']);

/**
 * The part of the leg a swelling question or referral names: the runner's regions whose swelling reads plainly ("the
 * knee", "the heel or foot"), or undefined when none does (then "the joint").
 */
export function swollenPart(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): string | undefined {
  // The regions the runner chose and those their places name (the top of the foot placed from the calf is the foot).
  const parts = [...painRegions(profile)].filter((region) => SWOLLEN_REGIONS.has(region));
  return parts.length === 0 ? undefined : parts.join(' or ');
}

/**
 * How soon a red flag's referral sends the runner to a clinician ({@link RED_FLAG_URGENCY}), for the message
 * {@link redFlagMessage} gives: a growing heel (Sever's disease, whose message says to see a clinician before a plan,
 * and today only if the foot bears no weight) is `routine`; a bone-stress sign of pain in the hip (night or rest pain,
 * a tender spot of bone, hopping that hurts, a bone-stress risk factor) is `within-days`, as the hip's message says.
 */
export function redFlagUrgency(flag: (typeof RED_FLAGS)[number], profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): ReferralUrgency {
  if (hipBoneStress(flag, profile)) return 'within-days';
  const sites = growthPlateSites(profile);
  if (flag === 'growth-plate' && sites.heel && !sites.hip) return 'routine';
  return RED_FLAG_URGENCY[flag] ?? 'routine';
}

/**
 * A red flag's message for the runner of `profile`, in the words its question was asked in: the heel's bone tenderness
 * as the squeeze test (when that was asked, or the heel is the only region; ticked in a list with the ankle or calf
 * sore too, the tender spot may be elsewhere, and the general words stay), swelling of the one region the runner
 * reported ("The knee is swollen"), numbness with the shin or calf among the regions as a muscle compartment as well as
 * a nerve, and a sudden pop or snap asked as a sudden start in the calf, ankle or heel (see
 * `asksSuddenStart`).
 */
export function redFlagMessage(flag: (typeof RED_FLAGS)[number], profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'asked' | 'onset' | 'locations'>): string {
  return atTheHip(flag, profile, flagWords(flag, profile));
}

/**
 * The red flags that can be a bone stress injury: at the hip, the femoral neck's, which displaces the longer it goes
 * unseen (Robertson & Wood 2017, see the `groin-pain-with-running` message), so they send the runner on within days.
 */
export const BONE_STRESS_FLAGS: ReadonlySet<string> = new Set(['night-pain', 'rest-pain', 'focal-bone-tenderness', 'pain-on-hopping', 'bone-stress-risk']);

/**
 * What a bone-stress red flag at the hip says instead of its booked visit (see {@link BONE_STRESS_FLAGS}); the wording
 * is the library's.
 */
const HIP_BONE_STRESS_URGENCY = 'At the hip, this can be a stress injury of the hip bone (femoral neck), which running on can make worse: stop running and see a clinician within days.';

/** What a hip's bone-stress reason says of the femoral neck: said in full once, in the first reason that says it. */
const FEMORAL_NECK = / a stress injury of the hip bone \(femoral neck\), which running on can make worse/;

/**
 * Reasons in the order the runner reads them, the femoral neck's explanation said once: the first reason that gives it
 * keeps it, later ones point back to it ("that same stress injury of the hip bone"), so that three signs at the hip do
 * not repeat one sentence three times.
 */
export function femoralNeckOnce<Reason extends { readonly message: string }>(reasons: readonly Reason[]): Reason[] {
  let said = false;
  return reasons.map((reason) => {
    if (!FEMORAL_NECK.test(reason.message)) return reason;
    if (!said) {
      said = true;
      return reason;
    }
    return { ...reason, message: reason.message.replace(FEMORAL_NECK, ' that same stress injury of the hip bone') };
  });
}

/** A booked visit's words, which a bone-stress sign at the hip replaces with {@link HIP_BONE_STRESS_URGENCY}. */
const BOOKED_VISIT = /: see (?:a clinician|one) before running(?: on it)? again\./;

/**
 * Whether the pain is in the hip: the hip as the region or another region, or the groin (from the thigh, say), where a
 * stress injury of the hip bone (femoral neck) is felt. Referrals of hip pain send the runner on within days.
 */
export function hipPain(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): boolean {
  return painRegions(profile).has('hip') || (profile.locations ?? []).includes('groin');
}

/** Whether `flag` is a bone-stress sign of pain in the hip (see {@link hipPain}), which is seen within days. */
function hipBoneStress(flag: string, profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>): boolean {
  return BONE_STRESS_FLAGS.has(flag) && hipPain(profile);
}

/**
 * A bone-stress red flag's words of its own (a growing runner's shins, say) where the pain is in the hip, as
 * {@link redFlagMessage} gives the flag's: the booked visit replaced by the hip's within days. Unchanged elsewhere.
 */
export function atTheHip(flag: string, profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'locations'>, words: string): string {
  return hipBoneStress(flag, profile) ? `${words.replace(BOOKED_VISIT, '.')} ${HIP_BONE_STRESS_URGENCY}` : words;
}

/** {@link redFlagMessage} before what the hip adds. */
function flagWords(flag: (typeof RED_FLAGS)[number], profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'asked' | 'onset' | 'locations'>): string {
  const region = singleRegion(profile);
  const squeezed = region === 'heel' || (profile.asked?.redFlags?.includes(flag) ?? false);
  if (flag === 'focal-bone-tenderness' && asksHeelSqueeze(profile) && squeezed) return HEEL_SQUEEZE_MESSAGE;
  if (flag === 'sudden-pop' && asksSuddenStart(profile) && (profile.asked?.redFlags?.includes(flag) ?? false)) return SUDDEN_ONSET_MESSAGE;
  if (flag === 'growth-plate') {
    // The hip's words where the hip or thigh hurts, or the knee alone (its question asked for a limp or pain higher up).
    const sites = growthPlateSites(profile);
    if (sites.hip || !sites.heel) return GROWTH_PLATE_HIP_MESSAGE;
    // A knee sore too was not asked the knee's question (a limp, pain higher up): said here instead, on its condition.
    return painRegions(profile).has('knee') ? `${GROWTH_PLATE_HEEL_MESSAGE} ${GROWING_KNEE_TOO}` : GROWTH_PLATE_HEEL_MESSAGE;
  }
  // Below the knee, a nerve's signs can also be a muscle compartment's.
  const lowerLeg = [...painRegions(profile)].some((part) => part === 'shin' || part === 'calf');
  if (flag === 'numbness' && lowerLeg) return LOWER_LEG_NUMBNESS_MESSAGE;
  if (flag === 'leg-weakness' && lowerLeg) return LOWER_LEG_WEAKNESS_MESSAGE;
  const swollen = flag === 'swelling' ? swollenPart(profile) : undefined;
  if (swollen !== undefined) return RED_FLAG_MESSAGES.swelling.replace('The joint is', `The ${swollen} is`);
  return RED_FLAG_MESSAGES[flag];
}

/**
 * The `bone-stress-risk` message for a runner under 18 with pain in both shins, shown by age and side alone: the risk
 * factor is their growing bones, not a sign of low energy availability, so the RED-S sentence of the general message
 * (see {@link RED_FLAG_MESSAGES}) is not said.
 */
export const GROWING_SHINS_MESSAGE = 'Pain in both shins in a runner who is still growing can be a bone stress injury: see a clinician before running again.';

/** A red flag the profile shows without naming it, and what showed it. */
export interface DerivedRedFlag {
  /** The red flag. */
  redFlag: (typeof RED_FLAGS)[number];
  /** What in the profile showed it, in plain words, where the red flag's own message does not already say it. */
  because?: string;
  /** What to tell the runner, where the red flag's own message would not fit what showed it. */
  message?: string;
  /** What to tell the runner after "You describe {because}.", where the message's first words would say it again. */
  afterBecause?: string;
}

/**
 * What a sudden onset of pain at the Achilles tendon means, pop or no pop: partial tears "are often misinterpreted as
 * aggravated Achilles tendinopathy", and their diagnosis rests on "a patient's history with a typical sharp onset of pain
 * and inability to fully load the tendon"; their first-line care avoids stretching the tendon for 12 weeks, which a
 * tendinopathy plan would not (Gatz, Spang and Alfredson 2020, "Partial Achilles Tendon Rupture—A Neglected Entity: A
 * Narrative Literature Review on Diagnostics and Treatment Options", J Clin Med 9(10):3380, doi:10.3390/jcm9103380;
 * abstract read).
 */
export const SUDDEN_ACHILLES_MESSAGE =
  'A tendon that starts hurting at one moment, rather than over days or weeks, may be partly torn, which is easily taken for tendinopathy: see a clinician today, before walking or running on it or stretching it.';

/**
 * What a sudden onset of pain in the calf, ankle or heel means elsewhere than at the Achilles tendon. A library default:
 * every condition the library plans for there (the Achilles tendinopathies, plantar heel pain) comes on over days or
 * weeks, and pain that began at one moment there is an injury — a tear of the Achilles tendon (see
 * {@link SUDDEN_ACHILLES_MESSAGE}), of a calf muscle or of the plantar fascia — for a clinician to examine. On the
 * library's real-runner cases, every runner whose pain there began suddenly was sent on by their clinician.
 */
export const SUDDEN_ONSET_MESSAGE =
  'Pain that starts at one moment, rather than over days or weeks, can be a tear (of the Achilles tendon, a calf muscle or the plantar fascia under the heel): see a clinician today, before walking or running on it.';

/** Where a sudden onset is read as `sudden-pop`, and its question asks for a sudden start with or without a pop. */
export const SUDDEN_ONSET_REGIONS: ReadonlySet<string> = new Set(['calf', 'ankle', 'heel']);

/**
 * Whether the `sudden-pop` question is asked as a sudden start, pop or no pop ("Did it start at one moment …?"): the
 * pain is in the calf, ankle or heel and the runner has not said how it began (a sudden onset shows the red flag by
 * itself; after a gradual one, only a pop or snap is asked).
 */
export function asksSuddenStart(profile: Pick<SymptomProfile, 'region' | 'otherRegions' | 'onset' | 'locations'>): boolean {
  // Where it hurts as the screens read it: pain under the heel placed from the foot is the heel's.
  return profile.onset === undefined && [...painRegions(profile)].some((region) => SUDDEN_ONSET_REGIONS.has(region));
}

const RUNNING_AGGRAVATORS = ['running', 'downhill-running', 'uphill-running', 'sprinting', 'hills'] as const;

const RISK_WORDS: Record<(typeof BONE_STRESS_RISKS)[number], string> = {
  'previous-bone-stress-injury': 'a previous bone stress injury',
  'irregular-periods': 'missed or irregular periods',
  'low-body-weight': 'low body weight or eating less than your training needs',
};
// Where running can break a bone: the tibia (shin), the metatarsals and navicular (foot), the calcaneus (heel), the
// femoral shaft (thigh), and the femoral neck, acetabulum and pubic ramus (hip).
const BONE_REGIONS = ['shin', 'foot', 'heel', 'hip', 'thigh'] as const;
// Hopping also loads the Achilles tendon (a tendinopathy hurts on it too): pain there on hopping is not the hop sign.
const ACHILLES = ['achilles', 'achilles-midportion', 'achilles-insertion'] as const;

/** "shin", "shin and foot", "shin, foot and heel". */
const listed = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The red flags a profile already shows, whatever its `redFlags` list says: a red flag must not depend on the app
 * having asked it by name.
 * - groin or front-of-hip pain that hurts with running (or where running was not asked) → `groin-pain-with-running`;
 * - back pain at the same time as the leg pain → `back-pain-with-leg-pain`;
 * - a bone stress risk factor with pain in a bone-stress site (shin, foot, heel, hip, thigh), or a runner under 18
 *   with pain in both shins → `bone-stress-risk`;
 * - hopping among what aggravates pain at a bone-stress site (not at the Achilles tendon) → `pain-on-hopping`;
 * - pain in the calf, ankle or heel that began suddenly (`onset: 'sudden'`) → `sudden-pop`, pop or no pop: a possible
 *   tear (see {@link SUDDEN_ACHILLES_MESSAGE}, {@link SUDDEN_ONSET_MESSAGE});
 * - a runner under 18 ({@link GROWING_BELOW_AGE}) with pain in the hip, thigh or heel, without a clinician's diagnosis →
 *   `growth-plate` (see {@link GROWTH_PLATE_HIP_MESSAGE}, {@link GROWTH_PLATE_HEEL_MESSAGE}).
 */
export function deriveRedFlags(profile: SymptomProfile): DerivedRedFlag[] {
  const derived: DerivedRedFlag[] = [];
  const regions = painRegions(profile);
  const locations = new Set(profile.locations ?? []);
  const background = new Set(profile.background ?? []);
  const hipArea = regions.has('hip') || regions.has('thigh');
  const groin = locations.has('groin') || (regions.has('hip') && locations.has('anterior'));
  // Running counts as asked only when the whole list was asked, or `running` itself was asked one by one.
  const askedOne = profile.asked?.aggravatedBy;
  const runningAsked = askedOne === undefined ? profile.aggravatedBy !== undefined : askedOne.includes('running');
  const hurtsRunning = RUNNING_AGGRAVATORS.some((value) => profile.aggravatedBy?.includes(value));
  if (hipArea && groin && (hurtsRunning || !runningAsked)) {
    derived.push({ redFlag: 'groin-pain-with-running' });
  }
  if (background.has('back-pain')) derived.push({ redFlag: 'back-pain-with-leg-pain' });
  const suddenAt = [...regions].filter((region) => SUDDEN_ONSET_REGIONS.has(region));
  if (profile.onset === 'sudden' && suddenAt.length > 0) {
    const tendon = ACHILLES.some((location) => locations.has(location));
    const because = tendon ? 'pain at the Achilles tendon that began suddenly' : `pain in the ${listed(suddenAt)} that began suddenly`;
    derived.push({ redFlag: 'sudden-pop', because, message: tendon ? SUDDEN_ACHILLES_MESSAGE : SUDDEN_ONSET_MESSAGE });
  }
  const risk = BONE_STRESS_RISKS.find((value) => background.has(value));
  const boneSite = BONE_REGIONS.some((region) => regions.has(region));
  // "Hopping hurts" at a bone stress site is the hop sign, however the app asked it.
  if (boneSite && profile.aggravatedBy?.includes('hopping') && !ACHILLES.some((location) => locations.has(location))) {
    // "You describe pain on hopping, in the shin." says what the flag's first sentence would ("Hopping on the leg hurts."),
    // which an answer the runner was not sure of still needs ("… and a yes means: Hopping on the leg hurts. …").
    derived.push({ redFlag: 'pain-on-hopping', because: `pain on hopping, in the ${listed([...regions])}`, afterBecause: RED_FLAG_MESSAGES['pain-on-hopping'].replace(/^[^.]*\. /, '') });
  }
  if (risk !== undefined && boneSite) {
    derived.push({ redFlag: 'bone-stress-risk', because: `${RISK_WORDS[risk]}, with pain in the ${listed([...regions])}` });
  } else if (profile.age !== undefined && profile.age < GROWING_BELOW_AGE && profile.side === 'both' && regions.has('shin')) {
    derived.push({ redFlag: 'bone-stress-risk', because: `pain in both shins, at ${profile.age}`, message: GROWING_SHINS_MESSAGE });
  }
  if (profile.age !== undefined && asksGrowthPlate(profile) && growthPlateSite(profile)) {
    const sites = [...regions].filter((region) => region === 'hip' || region === 'thigh' || region === 'heel' || region === 'knee');
    if (!sites.includes('heel') && growthPlateSites(profile).heel) sites.push('heel');
    derived.push({ redFlag: 'growth-plate', because: `pain in the ${listed(sites)}, at ${profile.age}` });
  }
  return derived;
}

/**
 * The red flags to screen before any plan, by region: night and rest pain everywhere (constant or night pain is the
 * general warning sign), and in each region the warning signs of what a self-managed plan could miss there.
 * Library defaults, from the red flags of the conditions' sources and an external clinical review's list. Numbness,
 * tingling or electric-shock-like pain, everywhere: a nerve can mimic each region's common overuse injury. Below the
 * knee, chronic exertional compartment syndrome brings "numbness or tingling in the affected limb" and "Sometimes … is
 * mistaken for shin splints" (Mayo Clinic, chronic exertional compartment syndrome, symptoms,
 * mayoclinic.org/diseases-conditions/chronic-exertional-compartment-syndrome); nerve entrapment and popliteal artery
 * entrapment are among the causes of athletes' lower leg pain ("Chronic lower leg pain in athletes: a guide for the
 * differential diagnosis, evaluation, and treatment", Sports Health 2012;4(2):121–7, doi:10.1177/1941738111426115,
 * abstract read on PubMed 23016078, whose stored copy does not show the authors), and so are nerve entrapments of the
 * ankle and foot (McCrory P, Bell S, Bradshaw C, "Nerve entrapments of the lower leg, ankle and foot in sport", Sports
 * Med 2002;32(6):371–91, doi:10.2165/00007256-200232060-00003, abstract read); at the heel, "electric shock pain,
 * reduced sensation or pain at rest indicate possible nerve entrapment or lumbar spine referral" (NHS Tayside referral
 * guidance, plantar heel pain, under its symptoms and signs; referring on them is the library's choice). At the knee,
 * saphenous neuropathy, with "variable reports of burning or other neuropathic qualities", "is very commonly confused as
 * patellofemoral pain syndrome" (Herman DC, Vincent KR, "Saphenous neuropathy — a masquerading cause of anteromedial knee
 * pain", Curr Sports Med Rep 2018;17(6):177, doi:10.1249/JSR.0000000000000488); on the outer thigh and hip, iliotibial
 * band syndrome and greater trochanteric pain syndrome are the common mimics of a trapped lateral femoral cutaneous
 * nerve, meralgia paraesthetica, which brings "lateral thigh numbness and pain" (Vivas LLY, Robinson LR, "Who wants to
 * be IT: an underappreciated cause of lateral thigh pain and paresthesias", Can J Neurol Sci, published online 9
 * December 2019, cambridge.org/core/product/E3818F9E04BA5EA1EB07F053A6C38386). A weak leg or foot (`leg-weakness`) at
 * the hip and thigh, where the lower back is a look-alike and sciatica can bring "numbness, tingling or muscle weakness
 * in part of your leg" (Healthify He Puna Waiora, sciatica), and in the shin and calf, where chronic exertional
 * compartment syndrome brings "weakness of the affected limb" and "foot drop, in severe cases, if nerves in your legs
 * are affected" (Mayo Clinic, as above). Each read on stored copies of the pages. A fluoroquinolone antibiotic in the
 * last six months (`fluoroquinolone`) in the calf, ankle and heel, where the Achilles tendon can hurt (see
 * {@link FLUOROQUINOLONE_MESSAGE}).
 */
export const SCREEN_BY_REGION: Record<(typeof REGIONS)[number], readonly (typeof RED_FLAGS)[number][]> = {
  hip: ['groin-pain-with-running', 'back-pain-with-leg-pain', 'leg-weakness', 'pain-on-hopping', 'bone-stress-risk', 'growth-plate', 'numbness', 'night-pain', 'rest-pain', 'treatment-not-helped'],
  thigh: ['back-pain-with-leg-pain', 'leg-weakness', 'pain-on-hopping', 'bone-stress-risk', 'growth-plate', 'numbness', 'night-pain', 'rest-pain', 'sudden-pop', 'treatment-not-helped'],
  knee: ['swelling', 'locking', 'giving-way', 'trauma', 'growth-plate', 'numbness', 'night-pain', 'rest-pain', 'treatment-not-helped'],
  shin: ['focal-bone-tenderness', 'pain-on-hopping', 'bone-stress-risk', 'numbness', 'leg-weakness', 'night-pain', 'rest-pain', 'treatment-not-helped'],
  calf: ['calf-swelling', 'sudden-pop', 'numbness', 'leg-weakness', 'night-pain', 'rest-pain', 'fluoroquinolone', 'treatment-not-helped'],
  ankle: ['sudden-pop', 'swelling', 'numbness', 'night-pain', 'rest-pain', 'fluoroquinolone', 'treatment-not-helped'],
  heel: ['sudden-pop', 'focal-bone-tenderness', 'pain-on-hopping', 'bone-stress-risk', 'growth-plate', 'numbness', 'night-pain', 'rest-pain', 'fluoroquinolone', 'treatment-not-helped'],
  foot: ['focal-bone-tenderness', 'pain-on-hopping', 'bone-stress-risk', 'swelling', 'numbness', 'night-pain', 'rest-pain', 'treatment-not-helped'],
};
