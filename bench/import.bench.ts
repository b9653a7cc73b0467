// How long a fresh Node process takes to import the built main entry (as Node resolves `rehab-protocols`: the
// "node" condition, dist/node/index.js; bundlers read dist/esm/, also printed), beside importing its runtime dependencies
// alone (what any app using them pays anyway). Needs `npm run build` first (`npm run bench` does it).
// Each import runs in its own process, many times, and the median is printed; never asserted.
// Target (issue 8): main entry ≤ 1.5× its dependencies alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

if (!existsSync('dist/node/index.js')) throw new Error('bench/import.bench.ts measures dist/: run `npm run build` first');

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
})('dist/node/index.js');

/** Wall-clock and CPU milliseconds a fresh Node process spends importing `modules`. */
function importCost(modules: string[]): { wall: number; cpu: number } {
  const script = `const c = process.cpuUsage(); const t = performance.now(); ${modules.map((m) => `await import(${JSON.stringify(m)});`).join(' ')}
    const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { wall: number; cpu: number };
}

// CPU time is printed beside wall time because other processes on a shared machine inflate the wall time.
function median(modules: string[], runs = 25): { wall: number; cpu: number } {
  const costs = Array.from({ length: runs }, () => importCost(modules));
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  return { wall: middle(costs.map((cost) => cost.wall)), cpu: middle(costs.map((cost) => cost.cpu)) };
}

const dependenciesAlone = median([...specifiers]);
const mainEntry = median([new URL('../dist/node/index.js', import.meta.url).href]);
const perModule = median([new URL('../dist/esm/src/index.js', import.meta.url).href]);
console.table([
  { import: `dependencies alone (${[...specifiers].join(', ')})`, 'median wall ms': dependenciesAlone.wall.toFixed(1), 'median CPU ms': dependenciesAlone.cpu.toFixed(1) },
  { import: 'rehab-protocols in Node (dist/node/index.js)', 'median wall ms': mainEntry.wall.toFixed(1), 'median CPU ms': mainEntry.cpu.toFixed(1) },
  { import: "the bundlers' build, one file per module (dist/esm/src/index.js)", 'median wall ms': perModule.wall.toFixed(1), 'median CPU ms': perModule.cpu.toFixed(1) },
]);
console.log(
  `import of the main entry: ${(mainEntry.wall / dependenciesAlone.wall).toFixed(2)}× its dependencies alone by wall time, ` +
    `${(mainEntry.cpu / dependenciesAlone.cpu).toFixed(2)}× by CPU time (target ≤ 1.5×)`,
);
