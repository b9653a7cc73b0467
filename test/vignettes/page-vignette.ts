import type { RunnerVignette } from './runner-language.js';

/**
 * Runners' own descriptions from public pages, each with the answer a clinician (physiotherapist, sports physician,
 * podiatrist) gave on the same page: the runner's words, the clinician's, and the page, so anyone can check the case.
 * Collected from stored copies of the pages (ask-the-expert columns, clinic Q&As, newspaper columns); encoded as what
 * the runner said (`profile`: each value mentioned asked and present, the rest not asked) and what the page makes
 * clear (`truth`: a list left empty where the page gives no sign of it, so questions about it are answered "no").
 * `expected` follows the clinician's answer: `plan` only where they treated one of the library's conditions with
 * exercise and load and did not send the runner on; `refer` where they sent the runner to be examined or imaged or
 * named something outside the catalogue. `diagnosedAs` holds what the runner says a clinician who examined the pain
 * (doctor, physiotherapist, podiatrist, surgeon), or a scan one ordered, found the current pain to be, when it names
 * one condition of the catalogue (`other` for a named condition outside it); it is left out when the diagnosis is
 * tentative ("could be", "probably"), the runner's own or a coach's, about an earlier pain, or names a tissue the
 * catalogue splits ("Achilles tendonitis" without where on the tendon, "hamstring tendonitis"). The red flag
 * `treatment-not-helped` came after the pages: it was added (2026-12-06) to the 25 pages and case reports whose story
 * says a clinician's treatment of the pain (physiotherapy or exercises they gave, injections, a boot or cast, an
 * operation) had not helped, as marked by a reader who saw only the stories; rest or painkillers alone, and treatment
 * whose giver or outcome the story leaves unclear, were not counted.
 */
export interface PageVignette extends RunnerVignette {
  /** The page the runner's words and the clinician's answer come from. */
  page: string;
  /** What the clinician said, quoted. */
  clinicianAnswer: string;
}

export const said = (answers: RunnerVignette['profile']): RunnerVignette['profile'] => {
  const asked: Record<string, string[]> = {};
  for (const field of ["otherRegions","locations","aggravatedBy","painFreeDuring","trainingChange","signs","redFlags","background"] as const) {
    const values = answers[field];
    if (values !== undefined) asked[field] = [...values];
  }
  return Object.keys(asked).length === 0 ? answers : { ...answers, asked: asked as RunnerVignette['profile']['asked'] & object };
};

