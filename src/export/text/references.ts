import type { Citation, Evidence, Plan, PlanDay } from '../../model/index.js';

/** What a day's running numbers rest on: the rule and guards (`running.evidence`), then its pain limits, if any. */
export function runningEvidence(day: PlanDay): Evidence[] {
  return day.running.painLimits ? [...day.running.evidence, day.running.painLimits.evidence] : day.running.evidence;
}

/** How a plan's evidence is referred to in text: sources numbered from 1 in `Plan.sources` order, defaults D1, D2… */
export interface References {
  /** The reason of each library default the plan uses, in first-use order; `D1` is the first. */
  readonly defaults: readonly string[];
  /** The marks of `evidence`, each once: `[1]`, `[D2]`, joined with no space, e.g. `[1][D2]`. */
  mark(evidence: Evidence | readonly Evidence[]): string;
  /** The source ids (for cited evidence) and `library-default` marks of `evidence`, each once. */
  ids(evidence: Evidence | readonly Evidence[]): string[];
}

/** Numbers the plan's sources and library defaults, so every dose, limit and checkpoint can point at its evidence. */
export function referencesOf(plan: Plan): References {
  const numbers = new Map(plan.sources.map((source, index) => [source.id, index + 1]));
  const defaults: string[] = [];
  const labels = (evidence: Evidence | readonly Evidence[]): string[] => {
    const list = Array.isArray(evidence) ? (evidence as readonly Evidence[]) : [evidence as Evidence];
    const out: string[] = [];
    for (const entry of list) {
      if (entry.kind === 'cited') {
        for (const id of entry.sourceIds) out.push(String(numbers.get(id) ?? id));
      } else {
        let index = defaults.indexOf(entry.reason);
        if (index < 0) index = defaults.push(entry.reason) - 1;
        out.push(`D${index + 1}`);
      }
    }
    return [...new Set(out)];
  };
  return {
    defaults,
    mark: (evidence) => labels(evidence).map((label) => `[${label}]`).join(''),
    ids: (evidence) => {
      const list = Array.isArray(evidence) ? (evidence as readonly Evidence[]) : [evidence as Evidence];
      return [...new Set(list.flatMap((entry) => (entry.kind === 'cited' ? entry.sourceIds : ['library-default'])))];
    },
  };
}

/** A source in one line: authors (year). Title. Where. DOI or URL; its design. */
export function citationText(source: Citation): string {
  const design = source.design ? ` (${source.design.replaceAll('-', ' ')})` : '';
  if (source.kind === 'clinician-prescription') return `${source.clinician}. ${source.title}. Recorded in ${source.recordedIn}${design}.`;
  const where = source.doi ? `doi:${source.doi}` : (source.url ?? '');
  return `${source.authors.join(', ')} (${source.year}). ${source.title}. ${source.publishedIn}. ${where}${design}.`;
}
