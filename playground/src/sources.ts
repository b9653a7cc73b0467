import type { Citation, Evidence } from 'rehab-protocols';

/** A source as a reader would cite it: authors, year, title, where, and its DOI or address. */
export function citationText(source: Citation): string {
  if (source.kind === 'clinician-prescription') return `${source.clinician}: ${source.title}. Recorded in ${source.recordedIn}.`;
  const link = source.doi === undefined ? source.url : `doi:${source.doi}`;
  return `${source.authors.join(', ')} (${source.year}). ${source.title}. ${source.publishedIn}.${link === undefined ? '' : ` ${link}`}`;
}

/** Where a number comes from, in words: the plan's sources it cites, or the library's reason. */
export function evidenceText(evidence: Evidence, sources: readonly Citation[]): string[] {
  if (evidence.kind === 'library-default') return [`Library default: ${evidence.reason}`];
  const cited = evidence.sourceIds.map((id) => {
    const source = sources.find((candidate) => candidate.id === id);
    return source === undefined ? `Source ${id}` : citationText(source);
  });
  return evidence.note === undefined ? cited : [...cited, `Note: ${evidence.note}`];
}
