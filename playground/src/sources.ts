import type { Citation, Evidence, Protocol } from 'rehab-protocols';

/** A source as a reader would cite it: authors, year, title, where, and its DOI or address. */
export function citationText(source: Citation): string {
  if (source.kind === 'clinician-prescription') return `${source.clinician}: ${source.title}. Recorded in ${source.recordedIn}.`;
  const link = source.doi === undefined ? source.url : `doi:${source.doi}`;
  return `${source.authors.join(', ')} (${source.year}). ${source.title}. ${source.publishedIn}.${link === undefined ? '' : ` ${link}`}`;
}

/** Where a dose's numbers come from, in words: the protocol's sources it cites, or the library's reason. */
export function evidenceText(evidence: Evidence, protocol: Protocol | undefined): string[] {
  if (evidence.kind === 'library-default') return [`Library default: ${evidence.reason}`];
  const cited = evidence.sourceIds.map((id) => {
    const source = protocol?.sources.find((candidate) => candidate.id === id);
    return source === undefined ? `Source ${id}` : citationText(source);
  });
  return evidence.note === undefined ? cited : [...cited, `Note: ${evidence.note}`];
}
