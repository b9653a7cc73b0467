import type { Evidence } from './citation.js';
import type { RehabInputIssue } from './rehab-input-error.js';

/** A path inside the value being checked. */
export type Path = (string | number)[];

/** Reports ids that repeat; returns the set of ids seen. */
export function uniqueIds(items: readonly { id: string }[], path: Path, what: string, issues: RehabInputIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [...path, index, 'id'], message: `Duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

/** Reports source ids that `evidence` cites but `sourceIds` does not hold. */
export function checkCitedSources(evidence: Evidence, path: Path, sourceIds: ReadonlySet<string>, issues: RehabInputIssue[]): void {
  if (evidence.kind !== 'cited') return;
  evidence.sourceIds.forEach((id, index) => {
    if (!sourceIds.has(id)) {
      issues.push({ path: [...path, 'sourceIds', index], message: `Cites "${id}", which is not in the sources (${quoteAll(sourceIds)})` });
    }
  });
}

/** `"a", "b"`, or `none`. */
export function quoteAll(ids: Iterable<string>): string {
  const quoted = [...ids].map((id) => `"${id}"`);
  return quoted.length === 0 ? 'none' : quoted.join(', ');
}
