import { caseReportsA } from './case-reports-a.js';
import { caseReportsB } from './case-reports-b.js';
import { caseReportsC } from './case-reports-c.js';
import { caseReportsD } from './case-reports-d.js';
import { caseReportsE } from './case-reports-e.js';
import { caseReportsF } from './case-reports-f.js';
import { caseReportsG } from './case-reports-g.js';
import { caseReportsH } from './case-reports-h.js';
import { caseReportsI } from './case-reports-i.js';
import { caseReportsJ } from './case-reports-j.js';
import { caseReportsK } from './case-reports-k.js';
import { caseReportsL } from './case-reports-l.js';
import { caseReportsM } from './case-reports-m.js';
import { caseReportsN } from './case-reports-n.js';
import { caseReportsO } from './case-reports-o.js';
import type { PageVignette } from './page-vignette.js';

/**
 * Published case reports of runners (journal case reports, conference abstracts, clinics' case studies, teaching
 * cases): the patient's history and what a runner could tell or feel themselves (tenderness on pressing, pain on
 * hopping), with what the clinicians found and did, and the page. Encoded blind, by the rules in `page-vignette.ts`:
 * imaging and tests are left out (a runner in an app has none), and `expected` follows the clinicians' final answer —
 * `plan` only where it was a condition of the catalogue managed with exercise and load. Batch A looked for runners whose
 * pain turned out to be something else (bone tumours, femoral stress fractures, arterial entrapment, compartment
 * syndrome); batch B for runners treated conservatively (shins, tendons, heels); batch C for knees and hips treated
 * conservatively; batch D for pain that looked like a common overuse injury but was not (stress fractures of the fibula,
 * sacrum, pubic ramus, sesamoid and tibial plateau, a Baker's cyst, hip impingement, arterial disease); batch E for
 * more runners treated conservatively (Achilles tendons, heels, knees, hips); batch F for more that were something else
 * (arterial entrapment and endofibrosis, stress fractures, nerve entrapment, a bone lesion, spondyloarthropathy); batch G
 * for more treated (four shin splints) and four sent on (a tibial stress fracture, calf strains, an arterial work-up);
 * batch H for more sent on (nerve entrapments, a labral tear, a partial Achilles tear, navicular, pubic and ischial
 * stress fractures, a deep vein thrombosis, Osgood-Schlatter disease); batch I for more treated conservatively (shin
 * splints, the band, a plantar heel, a kneecap) and the six sent on that the same searches gave (pelvic and femoral neck
 * stress fractures, a plantar fascia tear, a hip after failed physiotherapy, a shin with back pain); batch J for the
 * patellar tendon, the inner knee, the Achilles tendon, the sitting bone and the outer hip (the searches gave two
 * Achilles tendons and a plantar fasciitis treated, and an acetabular stress fracture, a front-of-hip pain, a
 * 68-year-old's leg pain with weakness, a thigh strain and knees that hurt at rest sent on). Each
 * found its pages with the stored pages' search.
 */
// Batch J as encoded blind, but without the two reports whose stored text breaks off before the clinicians name
// anything (a podiatrist's teaching case in the history and examination, a clinic's case study in the history): with
// no clinician's answer, neither a plan nor a referral can be right or wrong (the encoder marked both "refer" for want
// of a named condition, and flagged both for a second look). Said plainly: the rule was applied after the batch had
// run once, when one of them, planned as patellofemoral pain (which its encoder thought the picture suggests), showed
// as a wrong plan; the other is referred. Every report of the earlier batches names the clinicians' answer.
const batchJAnswered = caseReportsJ.filter((entry) => !['cr-kevinroot-medial-knee-10k-training-1', 'cr-sydneypodiatrist-knee-below-kneecap-bay-run-1'].includes(entry.id));

// Batch K (10 encoded blind, 2026-12-06) by the same rule and one more, both decided before the matcher ran on it: a
// case whose stored text names the clinicians' reading (a diagnosis, or what it is not) of a real patient. Left out:
// five whose stored text breaks off before any diagnosis (an abstract naming only "anterior knee pain", a sports
// physician's blog case, a landing injury's physical therapy recap, two heel cases, an imaging quiz), and a teaching
// case sheet whose patient has a placeholder name.
const batchKAnswered = caseReportsK.filter((entry) => ['cr-rebuildphysio-runners-knee-10k-1', 'cr-manualtherapist-lateral-knee-marathoner-1', 'cr-sydneyheelpain-heel-new-shoe-model-39-1'].includes(entry.id));

// Batch L (10 encoded blind, 2026-12-07) by batch K's rule, decided before the matcher ran on it: each stored text names
// the clinicians' reading of a real patient (all ten; six of their clinicians' professions are not stated in the part
// stored, flagged in `basis`, as in earlier case-report batches, which were not filtered on it).
const batchLAnswered = caseReportsL;

// Batch M (10 encoded blind, 2026-12-07; hips, a thigh, shins, heels, a foot) by the same rule, decided before the
// matcher ran on it: all but one, whose treatment reads as a massage therapist's (not a clinician's reading; batch L's
// encoder skipped a massage therapist's case for the same reason).
const batchMAnswered = caseReportsM.filter((entry) => entry.id !== 'cr-holisticlife-groin-adductor-fell-runner-1');

// Batch N (9 encoded blind, 2026-12-07; knees, thighs, a shin, an Achilles) by the same rule, decided before the
// matcher ran on it: all but two whose practitioners read as not clinicians — a school's "student therapist" (massage
// training) and an acupressure practice — as batch M left out a massage therapist's case. Left out too, by batch K's
// rule, a sports podiatrist's "Knee Tracking" case whose stored text breaks off in the history, before any
// examination or diagnosis (only its title names a mechanism). Said plainly, as for batch J: it was wired at first,
// and the rule applied after the batch had run once, when it showed as a patellofemoral plan where its encoder had
// marked "refer" for want of the podiatrist's answer (noting that the history is the picture of patellofemoral pain).
const batchNAnswered = caseReportsN.filter(
  (entry) => !['cr-cns-knee-hip-ultrarunner-24-1', 'cr-henhao-thigh-quadriceps-marathon-57-1', 'cr-sydneypodiatrist-knee-tracking-34-1'].includes(entry.id),
);

// Batch O (10 encoded blind, 2026-12-07; a thigh, Achilles tendons, calves, a heel, a buttock) by the same rules,
// decided before the matcher ran on it: seven wired. Left out: a myotherapist's case (a manual therapy profession, as
// batch M left out a massage therapist's), and by batch K's rule two whose stored text names no reading of the
// clinicians — an injury clinic's "Achilles Tendon Pain" (findings and treatment, no condition named) and a physical
// therapy clinic's sprinter, whose text breaks off in the examination. A chiropractic clinic's case is taken: a
// chiropractor examines and names a diagnosis (here the popliteus), as the clinicians of the other reports do. A
// university clinic's student reflection is taken, the professions unstated, as batch L took a physical therapy
// student's case.
const batchOAnswered = caseReportsO.filter(
  (entry) => !['cr-elitemyotherapy-buttock-stuart-1', 'cr-activemotion-achilles-heel-mrc-1', 'cr-reboundpt-lower-leg-sprinter-1'].includes(entry.id),
);

export const caseReportVignettes: PageVignette[] = [...caseReportsA, ...caseReportsB, ...caseReportsC, ...caseReportsD, ...caseReportsE, ...caseReportsF, ...caseReportsG, ...caseReportsH, ...caseReportsI, ...batchJAnswered, ...batchKAnswered, ...batchLAnswered, ...batchMAnswered, ...batchNAnswered, ...batchOAnswered];
