import { describe, expect, it } from 'vitest';
import { answerQuestion, LIKELIHOOD_RATIO_GRADES, planForProfile, type Condition, type SymptomProfile } from 'rehab-protocols';
import { conditions } from 'rehab-protocols/protocols';
import { vignettes } from '../vignettes/index.js';
import { runnerVignettes } from '../vignettes/runner-language.js';
import { pageVignettes } from '../vignettes/real-pages.js';
import { caseReportVignettes } from '../vignettes/case-reports.js';

/** One case for the decision suite: what the app has, what the runner would answer, and the right action. */
interface Case {
  id: string;
  suite: string;
  profile: SymptomProfile;
  truth: SymptomProfile;
  expected: { action: 'plan'; conditionId: string } | { action: 'refer' };
  top?: string;
}

const cases: Case[] = vignettes.map((vignette) => ({
  id: vignette.id,
  suite: 'source descriptions',
  profile: vignette.profile,
  truth: vignette.profile,
  expected: vignette.referral || vignette.top === undefined ? { action: 'refer' } : { action: 'plan', conditionId: vignette.top },
  ...(vignette.top === undefined ? {} : { top: vignette.top }),
}));

for (const vignette of runnerVignettes) {
  cases.push({ id: vignette.id, suite: "runners' own words", profile: vignette.profile, truth: vignette.truth, expected: vignette.expected, ...(vignette.expected.action === 'plan' ? { top: vignette.expected.conditionId } : {}) });
}

for (const vignette of pageVignettes) {
  cases.push({ id: vignette.id, suite: "runners' words, a clinician's answer (public pages)", profile: vignette.profile, truth: vignette.truth, expected: vignette.expected, ...(vignette.expected.action === 'plan' ? { top: vignette.expected.conditionId } : {}) });
}

const CASE_REPORTS = "case reports (a clinician's history and examination)";
for (const vignette of caseReportVignettes) {
  cases.push({ id: vignette.id, suite: CASE_REPORTS, profile: vignette.profile, truth: vignette.truth, expected: vignette.expected, ...(vignette.expected.action === 'plan' ? { top: vignette.expected.conditionId } : {}) });
}

const options = { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } } as const;
const MAX_QUESTIONS = 30;

/**
 * Places a page can name that hold finer places the library asks about: a runner who said "my Achilles", or "the back
 * of my heel" or ankle, has not said whether it hurts a few finger-widths above the heel or where the tendon joins it.
 */
const WIDER_PLACES: Readonly<Record<string, readonly string[]>> = {
  achilles: ['achilles-midportion', 'achilles-insertion'],
  // "The outside of my knee" does not say whether it hurts over the bony bump above the joint line, where the
  // iliotibial band crosses the thigh bone.
  lateral: ['lateral-femoral-epicondyle'],
};
/** "The back of" a heel or an ankle is the Achilles tendon's place, without saying where on it. */
const TENDON_REGIONS: ReadonlySet<string> = new Set(['heel', 'ankle']);

/**
 * Whether the runner's page answers a question. Three readings: `silence-is-no` answers "no" to everything the page
 * does not mention (the strict reading the floors below hold); `page-decides` stops, undecided, at a question about
 * where it hurts that the page cannot answer — it names no place, or only a wider place around the one asked — as
 * the "right, of the cases the story lets one decide" does. Everything else the page does not mention is
 * "no" in both readings (a runner who does not mention night pain or swelling is read as not having it).
 * `clinician-reading` is the strict reading, except that a runner whose clinician treated one of the library's
 * conditions answers "yes" to what defines that condition when the page is silent on it (see `defining`): the runner
 * confirms the clinician's reading. It gives nothing to a runner the clinician sent on, so it says nothing of wrong
 * plans; it separates the treated runners the library does not plan because their page is silent on what defines the
 * condition from those it refers for a reason of its own.
 */
type Reading = 'silence-is-no' | 'page-decides' | 'clinician-reading';

/**
 * What defines a condition, as a runner would confirm it when asked: a finding whose absence rules the condition out
 * (pain under the heel for plantar heel pain, tenderness along the shin bone for shin splints), or one of its places whose
 * absence argues against it (around or behind the kneecap). The exact value's finding first: the band's bony bump is its
 * own finding, though it also widens the band's "outside of the knee".
 */
function defining(condition: Condition, field: string, value: string): 'rules-out' | 'place' | undefined {
  const finding = condition.findings.find((entry) => entry.field === field && entry.value === value) ?? condition.findings.find((entry) => entry.field === field && (entry.or ?? []).some((other) => other === value));
  if (finding === undefined) return undefined;
  if (finding.absent === 'rules-out') return 'rules-out';
  return field === 'locations' && LIKELIHOOD_RATIO_GRADES[finding.absent] < 1 ? 'place' : undefined;
}

/** What the `clinician-reading` has answered "yes" for a runner so far: a place of the clinician's condition, once. */
interface Implied {
  place: boolean;
}

function pageAnswers(entry: Case, field: string, value: string, reading: Reading, implied: Implied = { place: false }): boolean | undefined {
  const list: readonly string[] = entry.truth[field as 'locations'] ?? [];
  if (list.includes(value)) return true;
  if (reading === 'clinician-reading' && entry.expected.action === 'plan') {
    const treated = entry.expected.conditionId;
    const condition = conditions.find((candidate) => candidate.id === treated);
    const kind = condition === undefined ? undefined : defining(condition, field, value);
    if (kind === 'rules-out') return true;
    if (kind === 'place' && !implied.place) {
      implied.place = true;
      return true;
    }
  }
  if (reading === 'page-decides' && field === 'locations') {
    if (list.length === 0) return undefined;
    if (list.some((place) => WIDER_PLACES[place]?.includes(value))) return undefined;
    if (TENDON_REGIONS.has(entry.truth.region) && list.includes('posterior') && (WIDER_PLACES['achilles'] ?? []).includes(value)) return undefined;
  }
  return false;
}

/** Runs the adaptive questionnaire: ask the first question, answer it from the truth, until a decision. */
function decide(entry: Case, reading: Reading = 'silence-is-no') {
  let profile = entry.profile;
  let result = planForProfile(profile, options);
  let asked = 0;
  let undecided = false;
  const implied: Implied = { place: false };
  while (result.kind === 'questions' && asked < MAX_QUESTIONS) {
    const question = result.questions[0];
    if (question?.value === undefined) break;
    const answer = pageAnswers(entry, question.field, question.value, reading, implied);
    // Where the page cannot say, the runner answers "not sure", and the case counts as undecided by the page.
    if (answer === undefined) undecided = true;
    profile = answerQuestion(profile, question, answer ?? 'unsure');
    asked += 1;
    result = planForProfile(profile, options);
  }
  const first = planForProfile(entry.profile, options);
  return { result, asked, first, undecided };
}

describe('planForProfile on the vignettes, answering its questions as the runner would', () => {
  const outcomes = cases.map((entry) => {
    const { result, asked, first } = decide(entry);
    const action = result.kind === 'plan' ? { action: 'plan', conditionId: result.match.conditionId } : { action: result.kind === 'referral' ? 'refer' : 'undecided' };
    // A condition whose only protocols need a gym or a clinician (heavy loads) is referred to supervision by default:
    // the right protocol, set up by a clinician, is the right action for a home app.
    const expectedId = entry.expected.action === 'plan' ? entry.expected.conditionId : undefined;
    const supervised = result.kind === 'referral' && result.reasons.some((reason) => reason.kind === 'needs-supervision' && reason.conditionId === expectedId);
    const right = entry.expected.action === 'refer' ? action.action === 'refer' && !supervised : (action.action === 'plan' && action.conditionId === expectedId) || supervised;
    const harmful = action.action === 'plan' && (entry.expected.action === 'refer' || action.conditionId !== entry.expected.conditionId);
    const rank = entry.top === undefined ? undefined : first.matches.findIndex((match) => match.conditionId === entry.top) + 1;
    return { entry, result, asked, right, harmful, rank };
  });

  it('reaches a decision for every vignette, with no harmful action but the known ones, and no suite below its floor', () => {
    const rows = new Map<string, { suite: string; cases: number; top1: number; top3: number; ranked: number; right: number; harmful: number; questions: number[] }>();
    for (const outcome of outcomes) {
      const row = rows.get(outcome.entry.suite) ?? { suite: outcome.entry.suite, cases: 0, top1: 0, top3: 0, ranked: 0, right: 0, harmful: 0, questions: [] };
      row.cases += 1;
      if (outcome.rank !== undefined) {
        row.ranked += 1;
        if (outcome.rank === 1) row.top1 += 1;
        if (outcome.rank >= 1 && outcome.rank <= 3) row.top3 += 1;
      }
      if (outcome.right) row.right += 1;
      if (outcome.harmful) row.harmful += 1;
      row.questions.push(outcome.asked);
      rows.set(outcome.entry.suite, row);
    }
    const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)} %`);
    console.table(
      [...rows.values()].map((row) => ({
        suite: row.suite,
        cases: row.cases,
        'top-1': percent(row.top1, row.ranked),
        'top-3': percent(row.top3, row.ranked),
        'right action': percent(row.right, row.cases),
        harmful: row.harmful,
        'questions (mean)': (row.questions.reduce((a, b) => a + b, 0) / row.cases).toFixed(1),
        'questions (max)': Math.max(...row.questions),
      })),
    );
    const wrong = outcomes.filter((outcome) => !outcome.right).map((outcome) => `${outcome.entry.id}: ${outcome.result.kind}`);
    if (wrong.length > 0) console.log('Not the right action:', wrong.join('; '));

    for (const outcome of outcomes) expect(outcome.result.kind, outcome.entry.id).not.toBe('questions');
    // Known wrong plans, kept in view rather than encoded away. Real pages added blind (the first suitable pages a
    // search found, encoded before the library ran on them) that get a plan the clinician did not give. Fixed since:
    // Zoe's "outside/underneath knee cap" (the iliotibial band plan, until pain behind the kneecap counted as pain at
    // the front of the knee; now too close to call) and three inner shins that clinicians wanted examined (the shin
    // splints plan, until "does it hurt to press along the bone?" answered "no" excluded MTSS by its definition).
    // A foot that hurt "at the rear side of the ankle" got the Achilles midportion plan after the runner said the pain
    // was at neither spot on the tendon, until a "no" to each tendinopathy's place ruled it out. "Really bad" pain in
    // both knees with no place named got the patellofemoral plan before its place (around or behind the kneecap, the
    // front of the knee) was asked, until a runner who has placed the pain nowhere is asked the best match's places.
    // Any other wrong plan, or one of these fixed, fails here.
    const KNOWN_WRONG_PLANS = [
      // Blind batch 6, two knees where an online answer names the likely causes and sends the runner to be examined:
      // "a knife stabbing behind my knee cap" after intervals and hills gets the patellofemoral plan (the doctor
      // described that condition and its treatment first, then the band, and recommended a sports medicine doctor);
      // pain "sometimes on the outside, other times in front" got the iliotibial band plan, then the patellofemoral plan
      // on "the front" (the physical therapist named nothing and offered an appointment), until pain around or behind
      // the kneecap, which defines that condition, was asked before its plan. (A third, medial knee pain the expert gave four
      // causes for, got the patellofemoral plan until a runner who named none of the best match's own places was asked
      // them.)
      'rw-zocdoc-treadmill-knee-1',
      // Blind batch 11 (six knees, four of them outer knees, and six of the rest of the leg): "pain in the bottom of my
      // left heel after my run", worst after sitting, gets the plantar heel plan; the sports physician's answer, cut
      // off where the page is stored, says it "could be caused by a few potential problems" and begins with an
      // inflamed heel fat pad. Its four outer knees — two that physiotherapists treated as the kneecap, two sent on —
      // would have got the band's plan before the bony bump was asked: one gets the patellofemoral plan, the two sent
      // on are referred, and one is referred where its physiotherapist treated the kneecap.
      'rw-beginnertriathlete-hoopska-heel-1',
    ];
    // Fixed by asking where on the knee spread-out pain is before the patellofemoral plan (2026-12-07): blind batch 9's
    // new runner with dull soreness "around my knees" (both, spread out) got that plan, since pain hard to pin down
    // counted as pain around or behind the kneecap, which defines the condition; the physiotherapists named impact
    // soreness or the feet's mechanics, for a podiatrist or physio to assess. The guideline defines it as poorly defined
    // pain localised behind or around the kneecap: spread-out pain is its character, the kneecap its place, so the
    // place is asked.
    // Fixed by asking, before any plan, whether a clinician's treatment of the pain has already not helped
    // (`treatment-not-helped`): blind batch 10's buttock pain, which a sports doctor diagnosed as proximal hamstring
    // tendinosis grown into a 25 % tear, after a year of injections and physical therapy, with surgery proposed, got the
    // hamstring plan on the diagnosis; the answer, as stored, explains the condition and gives no plan.
    // Fixed by reading a sudden onset at the Achilles tendon as a possible partial tear (case reports batch H: a
    // long-distance runner with chronic Achilles tendinopathy and "a sudden pain during a morning run", which an
    // ultrasound showed to be a partial tear, got the midportion plan).
    // Fixed by not planning a condition the runner places nowhere it is felt: Ellie's knee, hurting only on runs after a
    // holiday and down stairs, placed nowhere on her page (so every place reads "no"), got the patellofemoral plan; the
    // physio read it as the band. The same rule costs two treated kneecaps whose pages do not place the pain at the
    // kneecap (a knee that hurts down stairs and ten minutes into runs; an outer knee).
    // Fixed by asking, before the iliotibial band plan, whether the pain is over the bony bump above the joint line
    // where the band crosses the thigh bone (studies of the syndrome diagnose it by the place and by palpation or a
    // clinical test), which no page answers, so silence reads "no": four outer knees are referred as their clinicians
    // did — a new runner's ache after her fastest parkrun (the physio: the band or a nerve, assess if stretches fail),
    // twelve years of outer knee pain (sent to a sports medicine doctor), K.C.'s (the band "if your doctor concurs")
    // and Rachel's after long runs (a manual therapist to assess her mechanics) — and Charlotte's pain all around the
    // knee gets the patellofemoral plan, the physio's first reading (as does Zoe's "outside/underneath knee cap", too
    // close to call before). The cost: the seven outer knees that physiotherapists treated as the band (Jack's,
    // Alan's, Cheryl's, Rosie's, Tom's, two clinics' answers) are referred, since their pages do not say where on the
    // outside it hurts either. In an app, the runner is asked and answers.
    expect(outcomes.filter((outcome) => outcome.harmful).map((outcome) => outcome.entry.id)).toEqual(KNOWN_WRONG_PLANS);
    // Right action, by suite. The descriptions written with the rules (from sources, and runners' words written
    // here) must stay at 90 % or more. The public pages are the honest measure — 103 of the 142 were added blind — and
    // are far from the goal (issue 17: no wrong plan, a plan for 85 % of those a clinician would treat); their floor
    // is what they reach today (below, with blind batches 4a to 8), so that no change makes them worse unnoticed. (Beth's knee, which hurts only on runs and whose page names no place, and Becky's, placed only
    // on the inside, lost their plans when a runner who named none of the best match's own places began to be asked
    // them; batch 4b's heel that the podiatrist read as the
    // Achilles insertion got the plantar heel plan until "no" to pain under the heel ruled plantar heel pain out, as
    // its guideline diagnoses it, and two heels whose pages name no place lost their plan with it: silence reads "no",
    // where a runner in an app is asked, and answers.)
    const share = (suite: string) => {
      const inSuite = outcomes.filter((outcome) => outcome.entry.suite === suite);
      return inSuite.filter((outcome) => outcome.right).length / inSuite.length;
    };
    expect(share('source descriptions')).toBeGreaterThanOrEqual(0.9);
    // The source descriptions without the right action, named so that no other slips under the floor unseen: heel
    // pain "not located more precisely" is now asked whether it is under the heel, and its description does not say.
    // (The iliotibial band descriptions say where on the outside of the knee it hurts, over the bony bump above the
    // joint line, since that is asked before the band's plan, as studies of the syndrome diagnose it.)
    // And pain at the top of the back of the thigh, "the exact spot hard to say", is not at the sitting bone as its
    // description's list has it: the hamstring tendon's place answered "no", so no plan for it.
    // Likewise front-of-knee pain "no more precise than that": not sure whether it is around or behind the kneecap,
    // which defines patellofemoral pain, the runner is referred, as a plan never rests on what the runner is not sure of.
    expect(outcomes.filter((outcome) => outcome.entry.suite === 'source descriptions' && !outcome.right).map((outcome) => outcome.entry.id)).toEqual(['patellofemoral-pain-4', 'plantar-heel-pain-4', 'proximal-hamstring-tendinopathy-3']);
    expect(share("runners' own words")).toBeGreaterThanOrEqual(0.9);
    // Named likewise: an outer knee that comes on 20 minutes into runs and on long rides, spreading up the thigh, is
    // asked whether it is over the band's bony bump, and its runner's answers (written before that question) do not say.
    expect(outcomes.filter((outcome) => outcome.entry.suite === "runners' own words" && !outcome.right).map((outcome) => outcome.entry.id)).toEqual(['rl-iliotibial-band-syndrome-2']);
    // 104 of 142 since blind batches 7 (8 of its 12 right, its four treated runners not planned, no wrong plan) and 8
    // (twelve knees: 8 right, two wrong plans above); 88/118 before them. 105 of 142 once a runner could say what a
    // clinician diagnosed (the scan-shown meniscus tear referred); 123 of 166 with blind batches 9 (8 of 12 right, two
    // wrong plans) and 10 (runners who say what they were told: 10 of 12 right, one wrong plan). 122 of 166 once the
    // band's bony bump is asked before its plan (six gained, seven treated outer knees lost: above); 131 of 178 with
    // blind batch 11 (9 of 12 right, one wrong plan); 136 of 190 with blind batch 12 (5 of 12 right, no wrong plan, none
    // of its seven treated runners planned: two knees with a red flag, two that name no place at the kneecap, a plantar
    // fasciitis and a gluteal diagnosis whose pages do not say where it hurts, and buttock pain with groin pain); 134 of
    // 190 once a condition the runner places nowhere it is felt is not planned (one wrong plan fixed, two treated lost);
    // 140 of 198 with blind batch 13 (6 of 8 right, no wrong plan: its six runners sent on are referred; an outer knee a
    // physiotherapist treated as the band, whose page does not say where on the outside, and an Achilles not placed on
    // the tendon are not planned).
    // 138 of 198 once a best match's own places are asked together, when "no" to each alone would leave a plan but "no"
    // to all would not (a condition placed nowhere it is felt is not planned): two treated kneecaps whose pages place
    // the pain "in the interior of my knee joint" and nowhere, planned before without being asked all its places, read
    // "no" to them now.
    // 137 of 198 once pain around or behind the kneecap, which defines patellofemoral pain, is asked before its plan and a
    // "no" rules it out: a knee that hurts "sometimes on the outside, other times in front", which got the
    // patellofemoral plan (the physical therapist named nothing and offered an appointment), is referred; two runners
    // whose doctors diagnosed the kneecap, and whose pages do not say where on the knee it hurts, read "no" to it.
    // 144 of 206 with blind batch 14a (eight knees, 7 right, no wrong plan: its seven runners sent on are referred; an
    // outer knee a chiropractor read as the band, whose page does not say where on the outside, is not planned); 151 of
    // 216 with blind batch 14b (ten of the calf, shin, heel, Achilles and ankle, 7 right, no wrong plan: its six runners
    // sent on are referred — a calf strain that began suddenly, which two doctors traced to the back, as a possible tear;
    // two Achilles tendons not placed on the tendon and a heel placed nowhere, treated, are not planned).
    // 152 of 216 once a clinician's treatment that has not helped refers (batch 10's diagnosed hamstring tear, a wrong
    // plan before).
    // 155 of 219 with blind batch 15 (its three pages answered by physiotherapists, all sent on, all referred: a
    // shin after a stress fracture, a knee with rest pain after failed treatment, a knee read as muscle overload).
    // 159 of 224 with blind batch 16 (young runners, 2026-12-06; its five pages answered by a clinician or a clinical
    // practice): its four runners sent on are referred (a boy's heel read as Sever's disease, a track athlete's shins for
    // the family doctor, a diagnosed plantar fasciitis whose return to running waits on a doctor, an Achilles hurt at a
    // track meet); a girl's shin splints, which the pediatrician treated with rest and a gradual return, placed on the
    // front of the shin, are not planned. None of the five gives an age under 18 with a hip, thigh or heel, so none is
    // decided by `growth-plate`.
    // 171 of 237 with blind batches 17a and 17b (heels, Achilles, feet, ankles; hips, thighs, knees; 2026-12-07; the 13
    // pages answered by a clinician): 12 right, no wrong plan. The ten runners sent on are referred (two sprained or
    // twisted ankles, a hip flexor, nerve pain from the back, outer-foot and thigh pain outside the catalogue, two knees
    // the physiotherapists or a chiropractor would not call); a jogger's plantar fasciitis and a runner's anterior knee
    // pain get their plans; a 74-year-old's plantar fasciitis after a cortisone shot and a prescribed insert had not
    // helped, which the foot surgeon went on to treat, is referred (`treatment-not-helped`).
    // 173 of 240 with blind batch 18 (its three pages answered by a clinician): a ball-of-foot pain outside the catalogue
    // and a thigh hurt in a lurch are referred; a half-marathoner's anterior knee pain with grinding, which a sports
    // physician read as the kneecap, is referred for the "instability" the runner reported (encoded as giving way).
    // 179 of 246 with blind batch 19 (calves, shins, Achilles, knees; its six pages answered by a clinician, all sent on,
    // all referred: a calf torn in a fall, a bump on a marathoner's shin with rest pain, calf cramps, a recruit's knee, a
    // heel and a calf outside the catalogue).
    // 182 of 250 with blind batch 20 (forums and question sites; four pages): a chiropractor's and a podiatrist's runners
    // sent on and a diagnosed anterior tibial stress fracture are referred; a 46-year-old's "runner's knee", which a
    // physical therapist named, says nowhere where it hurts, so "no" to every place leaves no plan on this reading.
    // 191 of 260 with blind batches 21a and 21b (hips, groins, thighs; knees, shins, an ankle, a foot; ten pages): the
    // nine the clinicians sent on are referred (three hip stress injuries or groin pains with running, two injuries, a
    // posterior tibialis tendon, a shin that may be a stress fracture, a knee with no named cause, a hamstring at the back
    // of the knee); a runner's "behind my knees", which an orthopaedic practice read as behind the kneecap, gets no
    // plan for the back of the knee.
    // 190 of 260 once spread-out knee pain is asked whether it is around or behind the kneecap before the
    // patellofemoral plan (the new runner's sore knees above, a wrong plan, are referred; two treated knees whose pages
    // say "inside throughout the knee, not just the cap" and "all around the knee" read "no" to it: Rachel's and
    // Charlotte's, which the physio read as the kneecap or the band); 191 once Rachel's truth says the cap hurts, as her
    // "not just the cap" does (found by an independent review).
    // 196 of 265 with blind batch 22a (knees, 2026-12-07; its five pages answered by clinicians, all sent on, all
    // referred: a surgeon's, the Running Doc's, a chiropractor's, an orthopaedic surgeon's and a physiotherapist's).
    // 198 of 268 with blind batch 23 (heels, feet, a hip; its three physiotherapists' pages): a hip whose stored answer
    // stops at the physio's questions and a foot sent for a bone scan are referred; a runner "told I have plantar
    // fasciitis", who says nothing of his own pain, answers "no" to every place and is referred on this reading (planned
    // on the clinician's). 200 of 270 once batch 23's "Physio Corner" calf and batch 24's physiotherapy clinic's shin,
    // neither committing to a condition, are wired by batch 15's reading of the rule: both referred.
    expect(share("runners' words, a clinician's answer (public pages)")).toBeGreaterThanOrEqual(200 / 270);
    // Published case reports of runners, 73 encoded blind in six batches (2026-12-06) and run once as they were: 56
    // right, no wrong plan. Their 41 runners whose pain was something else or needed a clinician are all referred — bone
    // tumours and a bone lesion first treated as anterior knee pain; stress fractures of the femoral neck and shaft,
    // sacrum, pubic ramus, fibula, tibia (one taken for shin splints), tibial plateau, calcaneus, metatarsal and
    // sesamoid; arterial entrapment, endofibrosis and disease; compartment syndrome; a deep vein thrombosis; a Baker's
    // cyst; hip impingement; nerve entrapment; spondyloarthropathy treated as plantar fasciitis; referred pain. Fifteen of
    // the 32 treated get their plan; the seventeen that do not are named here: reports that do not say what defines the
    // condition, read as "no" — shin splints without the bone tender along it (two, and one on the upper outer shin, not
    // where shin splints are defined), outer knees "consistent with" the band not said to be over its bony bump (four),
    // Achilles tendons not placed on the tendon (three), kneecaps, a patellar tendon, a high hamstring and a gluteal
    // tendinopathy placed nowhere (five) — and two red flags: a marathoner's shin with "mild swelling", and a plantar
    // fasciitis in a runner with an earlier calcaneal stress fracture.
    // (Compared as sets: the list is grouped by why, not in the suite's order.)
    expect(outcomes.filter((outcome) => outcome.entry.suite === CASE_REPORTS && !outcome.right).map((outcome) => outcome.entry.id).sort()).toEqual([
      'cr-marjon-mtss-student-1',
      'cr-talaria-mtss-marathon-1',
      'cr-accessphysio-mtss-businessman-1',
      'cr-ontracx-itbs-half-marathon-1',
      'cr-imhurtnowwhat-pt-airforce-1',
      'cr-calhounchiro-itbs-dog-1',
      'cr-thepodiatrist-itbs-stephanie-1',
      'cr-pmc-pht-triathlete-1',
      'cr-angelostate-gt-boston-1',
      'cr-patientcare-plantar-fasciitis-heel-1',
      'cr-jonathanclark-achilles-london-1',
      'cr-petroski-achilles-marathon-1',
      'cr-wimbledonphysio-achilles-treadmill-1',
      'cr-linkedin-pfp-kualalumpur-1',
      'cr-foundation-pfp-track-1',
      'cr-upi-shin-splints-lateral-1',
      'cr-ijspt-itbs-step-rate-1',
      // Batch G (11 more, 6 right, no wrong plan): three shins the clinicians read as shin splints where a bone stress
      // injury stays possible (referred), a fourth not tender along 5 cm of bone, a high hamstring placed nowhere.
      'cr-marjon-mtss-drama-student-1',
      'cr-leadingedge-mtss-netball-runner-1',
      'cr-optimisehealth-shin-splints-andrew-1',
      'cr-gbosteopathy-mtss-kevin-marathon-1',
      'cr-foundationclinic-pht-mrs-x-1',
      // Batch H (11 more, 8 right, one wrong plan, fixed since: a sudden onset at the tendon refers): a shin and two
      // knees whose abstracts are too thin to say what defines the condition.
      'cr-cureus-mtss-novice-22-1',
      'cr-cureus-pfps-longdistance-1',
      // Since pain around or behind the kneecap defines patellofemoral pain and is asked before its plan: four treated
      // kneecaps whose reports place the pain "at the front of the knee" only.
      'cr-physionetwork-pfp-retraining-1',
      'cr-pmc-pfp-kinesiophobia-knee-1',
      'cr-stranmillis-pfp-10k-1',
      'cr-thornleigh-pfp-tracking-1',
      // Since a clinician's treatment that has not helped refers (`treatment-not-helped`): three runners whose earlier
      // injections, physiotherapy or shockwave had failed before the reporting clinicians took them on. Of the 25
      // pages and case reports whose story says so, the clinicians sent 19 on (among them an artery entrapment, a
      // labral tear, hip impingement, a pubic stress fracture and a spondyloarthropathy) and treated six themselves.
      'cr-medicina-achilles-insertional-1',
      'cr-stanford-insertional-achilles-1',
      'cr-sydneyheelpain-pf-diabetic-runner-1',
      // Batch I (10 more, 2026-12-06, run once as encoded: 7 right, no wrong plan; its six sent on — pelvic and femoral
      // neck stress fractures, a plantar fascia tear, a hip after failed physiotherapy, a shin with back pain — all
      // referred): three treated runners whose reports do not say what defines the condition, read as "no" — shin
      // splints placed on the inner shin without the bone tender along it, a knee placed nowhere, a heel placed nowhere.
      'cr-greatrun-chronic-shin-splints-oli-1',
      'cr-rehabassociates-knee-patella-alignment-1',
      'cr-sydneyheelpain-plantar-fasciitis-fun-run-1',
      // Batch J (8 wired of 10, 2026-12-06, run once as encoded: 6 right, no wrong plan; its five sent on — an
      // acetabular stress fracture, front-of-hip pain after a first marathon, a 68-year-old's leg pain with weakness and
      // back pain, a sprinter's inner-thigh strain, knees that hurt at rest — all referred): an Achilles not placed on the
      // tendon (planned on the clinician's reading), and a midportion Achilles with "a constant ache" at rest, referred
      // for rest pain.
      'cr-leadingedge-achilles-trail-run-45-1',
      'cr-sydneyheelpain-achilles-shaft-crossfit-38-1',
      // Batch K (3 wired of 10, 2026-12-06, run once as encoded: 1 right, no wrong plan; the outer knee its physical
      // therapist called "not a running injury" referred): two treated runners with a red flag in their story — a new
      // runner's kneecap with swelling after runs, and a plantar fasciitis after a chiropractor's treatment had not
      // helped — are referred.
      'cr-rebuildphysio-runners-knee-10k-1',
      'cr-sydneyheelpain-heel-new-shoe-model-39-1',
      // Batch L (10 wired of 10, 2026-12-07, run once as encoded: 9 right, no wrong plan; its nine sent on — a knee's
      // cartilage defects on MRI, recurrent calf strains after physical therapy, an anterior shin, a hip the physical
      // therapist traced to impingement, tibial nerve entrapment in both calves, a returning runner's calf, an inner
      // ankle, a ten-year-old ankle, an ankle sprain with a pop — all referred): the physical therapy student's
      // "suspected" patellofemoral pain on the outside of a knee, with hip pain too, whose report does not place it at
      // the kneecap (planned on the clinician's reading).
      'cr-und-lateral-knee-pfps-37-1',
      // Batch M (9 wired of 10, 2026-12-07, run once as encoded: 5 right, no wrong plan; its five sent on — nerve
      // irritation at the hip, hamstring syndrome, a professional runner's hamstring tendinopathy, osteitis pubis, a
      // metatarsal stress fracture — all referred): a shin with pain at rest (a red flag), shin splints on the forefoot
      // runner's shin not said to be tender along the bone (planned on the clinician's reading), and two plantar
      // fasciitis runners whose cortisone or earlier treatment had not helped (`treatment-not-helped`).
      'cr-footcarescotland-medial-shin-berlin-48-1',
      'cr-paperexplained-shin-splints-forefoot-20-1',
      'cr-sydneyheelpain-pf-cortisone-32-1',
      'cr-leedsbeckett-pf-barefoot-triathlete-27-1',
      // Batch N (6 wired of 9, 2026-12-07; run once with seven wired: 5 right and a patellofemoral plan for a
      // podiatrist's case whose stored text breaks off in the history, with no answer to be right or wrong against, then
      // left out by batch K's rule, as said in case-reports.ts). Its five whose right answer is a referral — a frontal
      // knee overload named as no one condition, a femoral stress fracture, a teenager's atypical anterior knee pain, a
      // tibial bone stress injury, an Achilles sent to a podiatrist — are all referred; its one treated runner, a
      // physical therapy textbook's triathlete with outer knee pain not said to be over the band's bony bump, is planned
      // on the clinician's reading only.
      'cr-accessphysio-knee-itbs-triathlon-22-1',
      // Batch O (7 wired of 10, 2026-12-07, decided before the matcher ran; run once as encoded: 7 right, no wrong plan):
      // its six sent on are referred and its one treated runner, a podiatrist's Achilles tendonitis, gets the
      // midportion plan, so it adds no miss here.
    ].sort());
  });

  it('on the public pages, stopping where a page does not say where it hurts, as the issue measured: no wrong plan but the known ones', () => {
    const pages = cases.filter((entry) => entry.suite === "runners' words, a clinician's answer (public pages)");
    const rows = pages.map((entry) => {
      const { result, undecided } = decide(entry, 'page-decides');
      const planned = result.kind === 'plan' ? result.match.conditionId : undefined;
      const expectedId = entry.expected.action === 'plan' ? entry.expected.conditionId : undefined;
      const supervised = result.kind === 'referral' && result.reasons.some((reason) => reason.kind === 'needs-supervision' && reason.conditionId === expectedId);
      const right = !undecided && (expectedId === undefined ? result.kind === 'referral' : planned === expectedId || supervised);
      const harmful = planned !== undefined && planned !== expectedId;
      return { id: entry.id, treated: expectedId !== undefined, undecided, right, harmful, kind: result.kind, planned: planned !== undefined && planned === expectedId };
    });
    const decided = rows.filter((row) => !row.undecided);
    const treated = decided.filter((row) => row.treated);
    console.table([
      {
        pages: rows.length,
        'undecided (the page does not say where)': rows.length - decided.length,
        'right, of those decided': `${decided.filter((row) => row.right).length}/${decided.length}`,
        'treated who get their plan, of those decided': `${treated.filter((row) => row.right).length}/${treated.length}`,
        'wrong plan': rows.filter((row) => row.harmful).length,
      },
    ]);
    console.log('Undecided:', rows.filter((row) => row.undecided).map((row) => row.id).join(', '));
    // The runner who is not sure where it hurts, where the page cannot say, still gets a decision, and never a wrong
    // plan: "not sure" of what decides a plan refers (a clinician checks it). (2026-12-06: 98 pages answer "not sure"
    // at least once; all end in a referral but one, a heel the podiatrist read as the Achilles insertion, planned so: "not
    // sure" of pain under the heel does not decide that plan.)
    const unsure = rows.filter((row) => row.undecided);
    expect(unsure.filter((row) => row.kind === 'questions').map((row) => row.id)).toEqual([]);
    expect(unsure.filter((row) => row.harmful).map((row) => row.id)).toEqual([]);
    console.log('Not sure where, planned as the clinician treated:', unsure.filter((row) => row.planned).map((row) => row.id).join(', '));
    console.log('Decided, not right:', decided.filter((row) => !row.right).map((row) => row.id).join(', '));
    // Ratchets, not goals: what the pages reach today (2026-12-06, with blind batches 4a to 13; two treated heels
    // whose pages name no place are undecided since "no" to pain under the heel rules plantar heel pain out, and every
    // outer knee since the band's bony bump is asked). Of the known wrong plans, the knife behind the kneecap, batch 9's
    // sore knees, batch 10's diagnosed hamstring tear and batch 11's heel stay wrong when only what the page says is
    // answered; the outside-or-front knee says nothing of the bump. (Batch 9's sore knees are referred since spread-out pain
    // is asked whether it is around the kneecap: 118 of 145 right, the sore knees gained.)
    expect(rows.filter((row) => row.harmful).map((row) => row.id)).toEqual(['rw-zocdoc-treadmill-knee-1', 'rw-beginnertriathlete-hoopska-heel-1']);
    // 60 and 13 of 142 before `diagnosedAs` and batches 9 and 10; a diagnosis that refers decides pages that do not say
    // where it hurts (a scan-shown meniscus tear, a calcaneal stress fracture, knee osteoarthritis, all referred).
    // 74 and 13 of 98 and 29 decided before the band's bony bump was asked: the outer knees, treated or not, are
    // undecided since, as none of their pages says where on the outside it hurts, and the six wrong plans among them are gone.
    // 70 and 6 with blind batch 11; 72 and 6 with batch 12; 77 and 6 with batch 13; 76 and 6 once the kneecap's places
    // are asked together (76 and 5: a treated knee whose page places the pain deep inside the joint answers "no" to them).
    // 88 and 6 with blind batches 14a and 14b (2026-12-06); 91 and 6 of 115 and 27 decided once a clinician's treatment
    // that has not helped refers (the diagnosed hamstring tear; three more pages decided by it, two of them right).
    // 93 of 117 with blind batch 15; 95 of 120 with blind batch 16; 105 of 131 with blind batches 17a and 17b; 106 of 133
    // with blind batch 18; 108 of 135 with blind batch 19; 110 of 137 with blind batch 20; 117 of 145 with blind batches
    // 21a and 21b.
    // 118 of 145 once spread-out knee pain is asked whether it is around the kneecap (batch 9's sore knees referred).
    // 120 of 147 with blind batch 22a; 122 of 149 with blind batch 23 (its plantar fasciitis runner, placed nowhere, is
    // undecided); 123 of 150 with the two pages wired after review (the calf decided and referred, the shin undecided).
    expect(decided.filter((row) => row.right).length).toBeGreaterThanOrEqual(123);
    expect(treated.filter((row) => row.right).length).toBeGreaterThanOrEqual(6);
  });

  it('on the public pages, when each treated runner confirms what defines the condition their clinician treated: a plan, unless the library refers for a red flag on the page', () => {
    const treated = cases.filter((entry) => entry.suite === "runners' words, a clinician's answer (public pages)" && entry.expected.action === 'plan');
    const rows = treated.map((entry) => {
      const { result } = decide(entry, 'clinician-reading');
      const expectedId = entry.expected.action === 'plan' ? entry.expected.conditionId : undefined;
      const supervised = result.kind === 'referral' && result.reasons.some((reason) => reason.kind === 'needs-supervision' && reason.conditionId === expectedId);
      const planned = (result.kind === 'plan' && result.match.conditionId === expectedId) || supervised;
      const redFlag = result.kind === 'referral' && result.reasons.some((reason) => reason.kind === 'red-flag');
      const other = result.kind === 'plan' && !planned ? result.match.conditionId : undefined;
      return { id: entry.id, planned, redFlag, other, kind: result.kind };
    });
    const missed = rows.filter((row) => !row.planned);
    console.table([
      {
        'treated runners (public pages)': rows.length,
        'planned, once they confirm what defines it': rows.filter((row) => row.planned).length,
        'referred for a red flag on the page': missed.filter((row) => row.redFlag).length,
        'referred for another reason': missed.filter((row) => !row.redFlag && row.other === undefined).length,
        'another plan': missed.filter((row) => row.other !== undefined).length,
      },
    ]);
    // Answering what the page is silent on as the clinician's reading does never gives one of these runners another
    // condition's plan.
    expect(rows.filter((row) => row.other !== undefined).map((row) => row.id)).toEqual([]);
    // Referred for a reason of the library's own, named so that no other slips in unseen: a tender spot just below the
    // kneecap, after runs on tarmac, that a physiotherapist read as the patellofemoral joint, reads as the patellar
    // tendon (whose heavy-load protocols need supervision); Tina's knee, which began hurting when she side-stepped
    // another runner, may be a meniscal injury (a twisting onset) though a physiotherapist read the patellar tendon.
    expect(missed.filter((row) => !row.redFlag).map((row) => row.id)).toEqual(['rw-sixphysio-kelly-tarmac-1', 'rw-sixphysio-tina-1']);
    // A ratchet: 57 of the 66 treated (2026-12-06, blind batches 4a to 13); the other seven have a red flag on the page
    // (swelling, locking, giving way, pain at rest, back pain with the leg pain, groin pain at the hip), which the library
    // refers whatever else fits, where the clinicians answered online without examining.
    // 62 of 71 with blind batches 14a and 14b; 60 once a clinician's treatment that has not helped refers
    // (`treatment-not-helped`): Leo's Achilles after a physiotherapist's eccentric programme, and Gerry's plantar
    // fasciitis after five months of physical therapy, which the clinicians answering went on to treat themselves.
    // 61 of 72 with blind batch 16 (the pediatrician's shin splints, once placed on the inner edge of the shin).
    // 63 of 75 with blind batches 17a and 17b (the 74-year-old's plantar fasciitis after a cortisone shot is referred);
    // 63 of 76 with blind batch 18 (the half-marathoner's knee with "instability", giving way, is referred); 64 of 77
    // with blind batch 20 (the 46-year-old's runner's knee, once placed around the kneecap); 65 of 78 with blind batches
    // 21a and 21b (the runner's "behind my knees" that an orthopaedic practice read as the kneecap, once placed there);
    // 66 of 79 with blind batch 23 (the runner told he has plantar fasciitis, once placed under the heel).
    expect(rows.filter((row) => row.planned).length).toBeGreaterThanOrEqual(66);

    // The case reports read the same way (before the later batches and `treatment-not-helped`): 29 of their 32 treated runners get their plan; the marathoner's shin with mild
    // swelling and the plantar fasciitis after a calcaneal stress fracture (red flags), and the teaching case's shin,
    // which hurts on the cool-down walk, where a bone stress injury stays possible, are referred.
    const reports = cases.filter((entry) => entry.suite === CASE_REPORTS && entry.expected.action === 'plan');
    const reportMisses = reports.filter((entry) => {
      const { result } = decide(entry, 'clinician-reading');
      const expectedId = entry.expected.action === 'plan' ? entry.expected.conditionId : undefined;
      // As everywhere in this suite, a condition whose protocols all need supervision is right as that referral.
      const supervised = result.kind === 'referral' && result.reasons.some((reason) => reason.kind === 'needs-supervision' && reason.conditionId === expectedId);
      return !((result.kind === 'plan' && result.match.conditionId === expectedId) || supervised);
    });
    // With batch G, 34 of 39: two more shins where a bone stress injury stays possible; 36 of 41 with batch H; 32 of 41
    // once a clinician's treatment that has not helped refers (a kneecap after failed physiotherapy, two insertional
    // Achilles tendons after failed injections or physiotherapy, a plantar fasciitis after failed shockwave); 36 of 45
    // with batch I (its three treated runners not planned on the strict reading get their plan once they confirm it);
    // 38 of 48 with batch J (an Achilles placed on the tendon once confirmed and a plantar fasciitis planned; an
    // Achilles with rest pain referred). 38 of 50 with batch K (its two treated runners
    // have a red flag in the story). 39 of 51 with batch L (its "suspected" patellofemoral pain on the outside of a
    // knee, placed at the kneecap once confirmed).
    expect(reportMisses.map((entry) => entry.id)).toEqual([
      'cr-pmc-pfp-kinesiophobia-knee-1',
      'cr-talaria-mtss-marathon-1',
      'cr-accessphysio-mtss-businessman-1',
      'cr-medicina-achilles-insertional-1',
      'cr-stanford-insertional-achilles-1',
      'cr-patientcare-plantar-fasciitis-heel-1',
      'cr-leadingedge-mtss-netball-runner-1',
      'cr-gbosteopathy-mtss-kevin-marathon-1',
      'cr-sydneyheelpain-pf-diabetic-runner-1',
      // Batch J: a midportion Achilles with a constant ache at rest (rest pain, a red flag).
      'cr-sydneyheelpain-achilles-shaft-crossfit-38-1',
      // Batch K: swelling after runs, and a chiropractor's treatment that had not helped (red flags in the story).
      'cr-rebuildphysio-runners-knee-10k-1',
      'cr-sydneyheelpain-heel-new-shoe-model-39-1',
      // Batch M: a shin with pain at rest, and two plantar fasciitis runners whose earlier treatment had not helped (red
      // flags in the story). 40 of 55 with batch M (its forefoot runner's shin splints, tender along the bone once
      // confirmed); 41 of 56 with batch N (its triathlete's outer knee, over the band's bony bump once confirmed).
      'cr-footcarescotland-medial-shin-berlin-48-1',
      'cr-sydneyheelpain-pf-cortisone-32-1',
      'cr-leedsbeckett-pf-barefoot-triathlete-27-1',
    ]);
  });
});
