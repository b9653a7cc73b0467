import * as z from 'zod/mini';
import { CITATION_DESIGNS, CHECKED_LEVELS, GUIDELINE_GRADES } from './vocabularies.js';
import { CHECKED_TOGETHER_MESSAGE, DOI_MESSAGE, PUBLICATION_LINK_MESSAGE } from './input-messages.js';
import { IdSchema, TextSchema } from './primitives.js';

export { CITATION_DESIGNS, CHECKED_LEVELS, GUIDELINE_GRADES } from './vocabularies.js';

/**
 * What kind of study or document a source is; see {@link CITATION_DESIGNS}.
 *
 * @example
 * ```ts
 * const design: CitationDesign = 'randomized-trial';
 * ```
 */
export type CitationDesign = (typeof CITATION_DESIGNS)[number];

const PublicationSchema = z
  .strictObject({
    /** A published source: an article, guideline or consensus statement. */
    kind: z.literal('publication'),
    /** How the protocol's evidence refers to this source, e.g. `willy-2019`. Unique within a protocol. */
    id: IdSchema,
    /** Authors as printed, e.g. `['Willy RW', 'Hoglund LT']`; "et al." may end a long list. */
    authors: z.array(TextSchema).check(z.minLength(1)),
    /** Year of publication. */
    year: z.int().check(z.gte(1900), z.lte(2100)),
    /** Title of the work. */
    title: TextSchema,
    /** Journal with volume, issue and pages, or publisher. */
    publishedIn: TextSchema,
    /** Digital Object Identifier without the `https://doi.org/` prefix, e.g. `10.2519/jospt.2019.0302`. */
    doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, { error: DOI_MESSAGE }))),
    /** A stable address where the work can be read. */
    url: z.optional(z.url()),
    /** What kind of study or document it is; the conformance suite requires it of the library's own modules. */
    design: z.optional(z.enum(CITATION_DESIGNS)),
  })
  .check(
    z.refine((source) => source.doi !== undefined || source.url !== undefined, {
      path: ['doi'],
      error: PUBLICATION_LINK_MESSAGE,
    }),
  );

const ClinicianPrescriptionSchema = z.strictObject({
  /** A prescription a named kind of clinician gave for a case, recorded where `recordedIn` says. */
  kind: z.literal('clinician-prescription'),
  /** How the protocol's evidence refers to this source. Unique within a protocol. */
  id: IdSchema,
  /** Who prescribed, by qualification, e.g. `Physical therapist (DPT, board-certified orthopaedic clinical specialist)`. */
  clinician: TextSchema,
  /** What was prescribed, for whom. */
  title: TextSchema,
  /** Where the prescription is recorded, so that a reader can check the numbers. */
  recordedIn: TextSchema,
  /** Always `clinician-prescription` when given: one clinician's prescription for one case. */
  design: z.optional(z.literal('clinician-prescription')),
});

const citationDefinition = z.discriminatedUnion('kind', [PublicationSchema, ClinicianPrescriptionSchema]);

/**
 * A source a protocol cites; see {@link CitationSchema}.
 *
 * @example
 * ```ts
 * const source: Citation = { kind: 'clinician-prescription', id: 'founding-case', clinician: 'Physical therapist', title: 'Anterior knee pain plan', recordedIn: 'docs/founding-case.md' };
 * ```
 */
export type Citation = z.infer<typeof citationDefinition>;

/**
 * A source a protocol cites: a `publication` (authors, year, title, where published, and a DOI or URL), or a
 * `clinician-prescription` (a prescription given for a case and recorded in this project, such as the founding case).
 *
 * @example
 * ```ts
 * CitationSchema.parse({
 *   kind: 'publication',
 *   id: 'willy-2019',
 *   authors: ['Willy RW', 'Hoglund LT', 'Barton CJ', 'et al.'],
 *   year: 2019,
 *   title: 'Patellofemoral Pain: Clinical Practice Guidelines',
 *   publishedIn: 'J Orthop Sports Phys Ther 49(9):CPG1–CPG95',
 *   doi: '10.2519/jospt.2019.0302',
 * });
 * ```
 */
export const CitationSchema: z.ZodMiniType<Citation> = citationDefinition;

const evidenceDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The numbers come from the sources named. */
    kind: z.literal('cited'),
    /** Ids of entries in the protocol's `sources`; at least one. */
    sourceIds: z.array(IdSchema).check(z.minLength(1)),
    /** Where in the source, or how the source's words became these numbers. */
    note: z.optional(TextSchema),
    /** How the numbers were checked: in the source's `full-text`, its `abstract` (or publisher or PubMed record), or only `secondary` reproductions. */
    checked: z.optional(z.enum(CHECKED_LEVELS)),
    /** Where they were read: a URL, or a file of this repository for a prescription recorded here; given with `checked`. */
    checkedAt: z.optional(TextSchema),
    /** The grade the guideline gives the recommendation these numbers come from, A–F as the guideline states it. */
    grade: z.optional(z.enum(GUIDELINE_GRADES)),
  }).check(
    z.refine((evidence) => (evidence.checked === undefined) === (evidence.checkedAt === undefined), {
      path: ['checkedAt'],
      error: CHECKED_TOGETHER_MESSAGE,
    }),
  ),
  z.strictObject({
    /** No source gives these numbers: the library chose them. */
    kind: z.literal('library-default'),
    /** Why these numbers, in a sentence a clinician can check. */
    reason: TextSchema,
  }),
]);

/**
 * Where the numbers of one part of a protocol come from; see {@link EvidenceSchema}.
 *
 * @example
 * ```ts
 * const evidence: Evidence = { kind: 'cited', sourceIds: ['founding-case'] };
 * ```
 */
export type Evidence = z.infer<typeof evidenceDefinition>;

/**
 * How a cited number was checked; see {@link CHECKED_LEVELS}.
 *
 * @example
 * ```ts
 * const checked: CheckedLevel = 'full-text';
 * ```
 */
export type CheckedLevel = (typeof CHECKED_LEVELS)[number];

/**
 * The grade of a guideline recommendation; see {@link GUIDELINE_GRADES}.
 *
 * @example
 * ```ts
 * const grade: GuidelineGrade = 'B';
 * ```
 */
export type GuidelineGrade = (typeof GUIDELINE_GRADES)[number];

/**
 * Where the numbers of one part of a protocol come from: `cited` names sources from the protocol's `sources`
 * (by id), with how they were checked (`checked`, `checkedAt`) and a guideline's `grade` where one applies;
 * `library-default` marks a number no source gives, with the reason the library chose it.
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({ kind: 'cited', sourceIds: ['rathleff-2015'], checked: 'abstract', checkedAt: 'https://pubmed.ncbi.nlm.nih.gov/25145882/' });
 * EvidenceSchema.parse({ kind: 'library-default', reason: 'No source gives a rest interval; 60 s is a common choice.' });
 * ```
 */
export const EvidenceSchema: z.ZodMiniType<Evidence> = evidenceDefinition;
