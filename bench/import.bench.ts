// How long a fresh Node process takes to import the built main entry, beside importing its runtime dependencies
// alone (what any app using them pays anyway). Needs `npm run build` first (`npm run bench` does it).
// Each import runs in its own process, many times, and the median is printed; never asserted.
// Target (issue 8): main entry ≤ 1.5× its dependencies alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

if (!existsSync('dist/index.js')) throw new Error('bench/import.bench.ts measures dist/: run `npm run build` first');

const { dependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
// The modules the built entry imports from its dependencies, read from the bundle and its chunks, so the baseline stays
// true as dependencies change.
const specifiers = new Set<string>();
const seen = new Set<string>();
(function crawl(file: string) {
  if (seen.has(file)) return;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    if (specifier === undefined) continue;
    if (specifier.startsWith('.')) crawl(new URL(specifier, `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1));
    else if (Object.keys(dependencies).some((name) => specifier === name || specifier.startsWith(`${name}/`))) specifiers.add(specifier);
  }
})('dist/index.js');

function importMilliseconds(modules: string[]): number {
  const script = `const t = performance.now(); ${modules.map((m) => `await import(${JSON.stringify(m)});`).join(' ')} process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

function median(modules: string[], runs = 25): number {
  const times = Array.from({ length: runs }, () => importMilliseconds(modules)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

const dependenciesAlone = median([...specifiers]);
const mainEntry = median([new URL('../dist/index.js', import.meta.url).href]);
console.table([
  { import: `dependencies alone (${[...specifiers].join(', ')})`, 'median ms': dependenciesAlone.toFixed(2) },
  { import: 'rehab-protocols (dist/index.js)', 'median ms': mainEntry.toFixed(2) },
]);
console.log(`import of the main entry: ${(mainEntry / dependenciesAlone).toFixed(2)}× its dependencies alone (target ≤ 1.5×)`);
