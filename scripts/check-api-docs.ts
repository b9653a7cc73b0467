// Checks the generated API docs (docs/api/); the last step of `npm run docs`, after typedoc (run with tsx).
//
// Every type page (docs/api/types/: the models and their vocabularies) must be short, show an example, and link the
// models it contains rather than print them in full: before scripts/typedoc-model-names.mjs linked a model's fields,
// the Plan page ran to 1,142 lines (30 screens at 1280×800), with every PlanDay and every Evidence inlined.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The most lines of text a type page's main content may have: about four screens at 1280×800. */
export const MAX_LINES = 150;

/**
 * Pages allowed more, with why. `Finding` is a union of one object per symptom-profile field (twelve), each
 * documented in full; its vocabularies are linked, but its twelve variants have no names of their own.
 */
export const LONGER: Readonly<Record<string, number>> = { Finding: 420 };

/** Pages that must link to other type pages: the models they contain, named instead of printed. */
export const LINKS: Readonly<Record<string, readonly string[]>> = {
  Plan: ['PlanDay', 'PlanWeek', 'PlanCheckpoint', 'Citation', 'PlanGeneratedWith', 'PlanLastReview', 'PlanLoadState'],
  PlanDay: ['PlanDayExercise', 'PlanDayRunning', 'PlanCheckpoint', 'PlanFlag', 'Evidence', 'LogEntry'],
  PlanDayRunning: ['DistanceAmount', 'RunIntervals', 'PlannedRun', 'Evidence'],
  PlanWeek: ['DistanceAmount'],
  Protocol: ['Phase', 'Exercise', 'Checkpoint', 'Citation'],
  Phase: ['RunningRule', 'Evidence'],
  SymptomProfile: ['Region', 'Side', 'PainLocation', 'SymptomProfileAsked'],
  Condition: ['Finding', 'Evidence'],
  MatchResult: ['ConditionMatch', 'ReferralReason'],
};

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * A page's main content (`.col-content`) as text, one line per line the browser shows (give or take wrapping): block
 * ends and `<br>` are line breaks, and code keeps its own.
 */
export function mainText(html: string): string {
  const start = html.indexOf('<div class="col-content">');
  const end = html.indexOf('<div class="col-sidebar', start);
  if (start < 0 || end < 0) throw new Error('no .col-content in the page');
  return html
    .slice(start, end)
    .replace(/<br\s*\/?>|<\/(?:div|p|li|h[1-6]|pre|section|summary|tr)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#39|nbsp);/g, (_, entity: string) => ENTITIES[entity] ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** What is wrong with the type pages in `dir` (typedoc's output folder); empty when nothing is. */
export function checkApiDocs(dir: string): string[] {
  const types = path.join(dir, 'types');
  if (!existsSync(types)) return [`${types} does not exist: run typedoc first`];
  const problems: string[] = [];
  /** Each page's type name, to its file. */
  const pages = new Map<string, string>();
  for (const file of readdirSync(types).filter((name) => name.endsWith('.html'))) {
    // rehab-protocols.Plan.html, rehab-protocols_import.ImportFormat.html
    pages.set(file.replace(/\.html$/, '').split('.').at(-1) ?? file, file);
  }
  for (const [name, file] of pages) {
    const html = readFileSync(path.join(types, file), 'utf8');
    const lines = mainText(html).split('\n').length;
    const most = LONGER[name] ?? MAX_LINES;
    if (lines > most) problems.push(`${name}: ${lines} lines of text, more than ${most}`);
    if (!html.includes('class="tsd-tag-example"')) problems.push(`${name}: no example (an @example tag)`);
    for (const target of LINKS[name] ?? []) {
      const targetFile = pages.get(target);
      if (!targetFile) problems.push(`${name}: should link to ${target}, which has no page`);
      else if (!html.includes(`href="${targetFile}"`)) problems.push(`${name}: does not link to ${target}`);
    }
  }
  for (const name of Object.keys(LINKS)) if (!pages.has(name)) problems.push(`${name}: no page`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'docs/api';
  const problems = checkApiDocs(dir);
  if (problems.length) {
    console.error(`${dir}: ${problems.length} problem(s) with the type pages:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${dir}: every type page is at most ${MAX_LINES} lines, has an example and links the models it names`);
}
