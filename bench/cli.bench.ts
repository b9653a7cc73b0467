// The command line's start: `rehab-protocols plan …` (the built, bundled dist/cli.js) beside `node -e 0`, each a new
// Node process, timed in alternation. Run after `npm run build` (npm run bench builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interleaved } from './report.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');

const node = (args: string[]) => () => {
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
};

console.log('\nthe CLI, each call a new Node process');
interleaved(
  {
    'node -e 0': node(['-e', '0']),
    'rehab-protocols plan patellofemoral-pain (the founding case)': node([cli, 'plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi']),
    'rehab-protocols plan … --format ics': node([cli, 'plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--format', 'ics']),
    'rehab-protocols --help': node([cli, '--help']),
  },
  'node -e 0',
  21,
  1,
);
