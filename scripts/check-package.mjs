// `npm run test:package`: publint, then "Are the types wrong?" on the tarball `npm pack` would publish. The package is
// packed without its prepack build (npm test has just built it), which `attw --pack` would run a second time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', shell: process.platform === 'win32' });
const bin = (name) => join('node_modules', '.bin', name);

const dir = mkdtempSync(join(tmpdir(), 'rehab-protocols-pack-'));
try {
  process.stdout.write(run(bin('publint'), ['--strict']));
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir]));
  process.stdout.write(run(bin('attw'), [join(dir, packed.filename)]));
} catch (error) {
  if (error.stdout) process.stdout.write(error.stdout);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
