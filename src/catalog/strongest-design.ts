import { CITATION_DESIGNS, parseInput, ProtocolSchema, subjectName, type CitationDesign, type Protocol } from '../model/index.js';

/**
 * The strongest kind of source behind a protocol's doses (their sets, reps, holds and loads), ranked as
 * {@link CITATION_DESIGNS} lists them, from `clinical-practice-guideline` down to `clinician-prescription`. Phases,
 * running rules and checkpoints do not count: an app filtering by evidence asks what the exercise doses rest on.
 *
 * @param protocol - A protocol, e.g. one from `listProtocols()`.
 * @returns The design, or `undefined` when every dose is a library default (or its sources give no design).
 * @throws {@link RehabInputError} when `protocol` is not a valid protocol (one from the library, or that
 *   `defineProtocol` accepted, is not checked again).
 *
 * @example
 * ```ts
 * import { getProtocol, strongestDesign } from 'rehab-protocols';
 *
 * strongestDesign(getProtocol('achilles-tendinopathy-midportion-hsr'));
 * //=> 'randomized-trial'
 * ```
 */
export function strongestDesign(protocol: Protocol): CitationDesign | undefined {
  const checked = parseInput(ProtocolSchema, protocol, subjectName('protocol', protocol));
  const designs = new Map(checked.sources.map((source) => [source.id, source.design]));
  let best: number = CITATION_DESIGNS.length;
  for (const phase of checked.phases) {
    for (const { dose } of phase.exercises) {
      if (dose.evidence.kind !== 'cited') continue;
      for (const id of dose.evidence.sourceIds) {
        const design = designs.get(id);
        if (design !== undefined) best = Math.min(best, CITATION_DESIGNS.indexOf(design));
      }
    }
  }
  return CITATION_DESIGNS[best];
}
