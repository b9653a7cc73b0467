import type { Plan, PlanFlagKind } from '../../model/index.js';
import { readPlan } from '../read-plan.js';

/** One note of a printed plan: a cause flagged on one or more plan days, said once with the days it applies to. */
export interface PlanNote {
  /** The note's number on the page, from 1, in the order of the days it starts on. */
  readonly number: number;
  /** What the flags are about. */
  readonly kind: PlanFlagKind;
  /** The plan days (`PlanDay.day`) the note covers, ascending. */
  readonly days: readonly number[];
  /** The date of its first day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The date of its last day, `YYYY-MM-DD`. */
  readonly to: string;
  /** The days in words: `Days 1–4, 6 and 8–14 (2026-11-24 to 2026-12-07)`, `Day 3 (2026-11-26)`. */
  readonly when: string;
  /**
   * The note in words, without its citations: the flag's message once, and where the days' messages differ only in
   * numbers and dates, each day's numbers with its days, e.g. `Limit lowered from 5 mi to 1 mi (days 1–4); 5 mi to
   * 1.5 mi (days 5–14): no run in the 30 days before, …`.
   */
  readonly text: string;
  /** The sources the messages cited, each once, as they wrote them: `Crowell et al. 2023, Trials, doi:…`. */
  readonly citations: readonly string[];
}

// A citation in a message is a parenthesis that names authors `et al.` or a DOI, with at most one level of
// parentheses inside: `(Crowell et al. 2023, Trials 24, doi:10.1186/s13063-023-07502-x (Table 1))`.
const CITATION = /\s?\(((?:[^()]|\([^()]*\))*?(?:et al\.|doi:)(?:[^()]|\([^()]*\))*)\)/g;
// The numbers and dates a message may vary in from day to day.
const NUMBER = /(\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?)/;

/**
 * The day notes of a plan, one per cause: the flags of `plan.days` grouped so that a cause flagged day after day is
 * one note with its days, said once, and its citation once. Flags are the same cause when they have the same kind
 * and the same words once their numbers, dates and citations are set aside (the spike guard's `Limit lowered from 5
 * mi to 1.1 mi` and `from 7.1 mi to 1.1 mi` are one cause); a cause that comes back after days without it (the
 * return-to-run steps on run days, a weekly note on each week's first day) stays one note whose days have gaps, so no
 * sentence is said twice on a page. Where the messages differ, the stretch of words from the first number that
 * differs to the last is listed once per distinct message with its days. Notes are numbered in the order of their
 * first day (then of the flags on it). The plan's own flags (`plan.flags`) are not day notes and are left to each
 * view, nor is `PlanDay.flags` changed: apps read it day by day.
 *
 * @param plan - A plan from `generatePlan`, `planForProfile` or `reviewPlan`.
 * @returns The notes, numbered from 1; empty when no day has a flag.
 * @throws {@link RehabInputError} when `plan` is not a valid plan.
 *
 * @example
 * ```ts
 * import { generatePlan, groupNotes } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const plan = generatePlan(patellofemoralPain, {
 *   startDate: '2026-12-01',
 *   goalDistance: { value: 30, unit: 'mi' },
 *   history: [{ date: '2026-11-28', distance: { value: 2, unit: 'mi' } }],
 * });
 * for (const note of groupNotes(plan)) console.log(`${note.number}. ${note.when}: ${note.text}`);
 * ```
 */
export function groupNotes(plan: Plan): PlanNote[] {
  return notesOf(readPlan(plan));
}

/** {@link groupNotes} of a plan already read. */
export function notesOf(plan: Plan): PlanNote[] {
  const groups = new Map<string, { kind: PlanFlagKind; variants: Map<string, number[]>; citations: string[]; first: number; order: number }>();
  let order = 0;
  for (const day of plan.days) {
    for (const flag of day.flags) {
      const citations: string[] = [];
      const message = flag.message.replace(CITATION, (_, citation: string) => (citations.push(citation.trim()), '')).trim();
      const key = `${flag.kind}\u0000${message.split(NUMBER).filter((_, index) => index % 2 === 0).join('\u0001')}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { kind: flag.kind, variants: new Map(), citations: [], first: day.day, order: order++ };
        groups.set(key, group);
      }
      for (const citation of citations) if (!group.citations.includes(citation)) group.citations.push(citation);
      const days = group.variants.get(message) ?? [];
      if (days.at(-1) !== day.day) days.push(day.day);
      group.variants.set(message, days);
    }
  }
  const dateOf = new Map(plan.days.map((day) => [day.day, day.date]));
  return [...groups.values()]
    .sort((a, b) => a.first - b.first || a.order - b.order)
    .map((group, index) => {
      const days = [...new Set([...group.variants.values()].flat())].sort((a, b) => a - b);
      const from = dateOf.get(days[0] ?? 0) ?? plan.startDate;
      const to = dateOf.get(days.at(-1) ?? 0) ?? from;
      const dates = from === to ? from : `${from} to ${to}`;
      return {
        number: index + 1,
        kind: group.kind,
        days,
        from,
        to,
        when: `${dayRanges(days)} (${dates})`,
        text: noteText([...group.variants]),
        citations: group.citations,
      };
    });
}

/** Plan days in words: `Day 3`, `Days 1–7`, `Days 2, 4 and 7–9`. */
function dayRanges(days: readonly number[]): string {
  const ranges: string[] = [];
  for (let index = 0; index < days.length; ) {
    let end = index;
    while (end + 1 < days.length && (days[end + 1] as number) === (days[end] as number) + 1) end++;
    ranges.push(end === index ? String(days[index]) : `${days[index]}–${days[end]}`);
    index = end + 1;
  }
  const list = ranges.length > 1 ? `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}` : (ranges[0] ?? '');
  return `${days.length === 1 ? 'Day' : 'Days'} ${list}`;
}

/**
 * One cause's messages as one text: the words they share once, and each stretch of numbers that differs (numbers
 * joined by words with no punctuation between them, `5 mi to 1 mi`, `1 mi on 2026-11-25`), with the word before it,
 * once per value, with the days it holds: `Limit lowered from 5 mi to 1 mi (days 1–4); from 5 mi to 1.5 mi (days
 * 5–14): no run …`.
 */
function noteText(variants: readonly (readonly [string, readonly number[]])[]): string {
  const [only] = variants;
  if (only === undefined) return '';
  if (variants.length === 1) return only[0];
  // Same cause: the same words between the numbers, so part i of every message is the same literal (i even) or a
  // number (i odd).
  const split = variants.map(([message]) => message.split(NUMBER));
  const parts = split[0] as string[];
  const stretches: { start: number; end: number }[] = [];
  parts.forEach((value, index) => {
    if (index % 2 === 0 || split.every((each) => each[index] === value)) return;
    const current = stretches.at(-1);
    if (current !== undefined && !/[:;,.()]/.test(parts.slice(current.end + 1, index).join(''))) current.end = index;
    else stretches.push({ start: index, end: index });
  });
  // Numbers written together (`3/10`) stay together.
  for (const stretch of stretches) while (stretch.end + 2 < parts.length && /^[^\s:;,.()]+$/.test(parts[stretch.end + 1] ?? '')) stretch.end += 2;
  let out = '';
  let from = 0;
  let skip = 0;
  for (const { start, end } of stretches) {
    const before = parts.slice(from, start).join('').slice(skip);
    // The word just before the first number belongs to each value too (`walk 2 min …; walk 1 min …`, `phase 2`,
    // `from 5 mi …`): said once before the first value only, the later ones would read as if it were not there.
    const lead = /(?:^|\s)([A-Za-z][\w-]*) $/.exec(before)?.[1] ?? '';
    out += lead === '' ? before : before.slice(0, before.length - lead.length - 1);
    // The unit after the last number belongs to it: `1.5 mi`, `16-minute`.
    const unit = UNIT.exec(parts[end + 1] ?? '')?.[0] ?? '';
    const values = new Map<string, number[]>();
    split.forEach((each, index) => {
      const text = `${lead === '' ? '' : `${lead} `}${each.slice(start, end + 1).join('')}${unit}`;
      values.set(text, [...(values.get(text) ?? []), ...(variants[index]?.[1] ?? [])]);
    });
    out += [...values].map(([text, days]) => `${text} (${dayRanges([...new Set(days)].sort((a, b) => a - b)).toLowerCase()})`).join('; ');
    from = end + 1;
    skip = unit.length;
  }
  return out + parts.slice(from).join('').slice(skip);
}

const UNIT = /^(?:-minute|\s?(?:mi|km|min|%))(?![\p{L}])/u;

/**
 * A page's citations said once: a note's text with its sources before its last full stop, the first note that cites
 * a source in full, later ones by its short form (`Crowell et al. 2023`). A source the plan's own flags already cite
 * (they are printed before the notes, in full) is given in its short form.
 *
 * @param plan - The plan whose notes the page prints; its `plan.flags` are taken as already printed.
 * @returns A function from a note to its text with its citations.
 *
 * @example
 * ```ts
 * import { citeOnce, generatePlan, groupNotes } from 'rehab-protocols';
 * import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
 *
 * const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
 * const cited = citeOnce(plan);
 * const lines = groupNotes(plan).map((note) => `${note.when}: ${cited(note)}`);
 * ```
 */
export function citeOnce(plan: Plan): (note: PlanNote) => string {
  const said = new Set<string>();
  const planText = plan.flags.map((flag) => flag.message).join('\n');
  return (note) => {
    if (note.citations.length === 0) return note.text;
    const words = note.citations.map((citation) => {
      const short = shortCitation(citation);
      if (said.has(short) || planText.includes(citation)) return short;
      said.add(short);
      return citation;
    });
    const stop = note.text.endsWith('.') ? '.' : '';
    return `${note.text.slice(0, note.text.length - stop.length)} (${words.join('; ')})${stop}`;
  };
}

/** A citation's short form: its words before the first comma, `Crowell et al. 2023`. */
function shortCitation(citation: string): string {
  return citation.split(',')[0]?.trim() ?? citation;
}
