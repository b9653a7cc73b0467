import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built command line (npm test builds it first), run as a user would, through a shell where a pipe is needed.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function run(...args: string[]) {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function shell(command: string) {
  const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...process.env, CLI: cli, NODE: process.execPath } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'rehab-cli-'));
const founding = ['plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi'];

function expectOneLine(result: ReturnType<typeof run>, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('the command line speaks in its own flags', () => {
  it.each([
    [['plan', 'patellofemoral-pain', '--start', '12/01/2026', '--goal', '30mi'], /Cannot read --start "12\/01\/2026": it is not a date as YYYY-MM-DD; .* e\.g\. --start 2026-12-01/],
    [['plan', 'patellofemoral-pain', '--goal', '-5mi'], /^rehab-protocols: Cannot read --goal "-5mi": a goal is a distance above zero, such as 30mi or 48km$/m],
    [['plan', 'patellofemoral-pain', '--goal', '3000mi'], /--goal: A daily goal of 3000 mi is more than anyone has run in 24 hours: the limit is 198 mi/],
    [['plan', 'patellofemoral-pain', 'extra', '--goal', '30mi'], /Unexpected argument "extra": plan takes <protocol-id>\. Options: --start, --goal/],
    [['plan', 'patellofemoral-pain', '--profile', 'x.json'], /--profile does not apply to plan\. Options for plan: --start, --goal, --unit, --history, .*--format, --out$/m],
    [['plan', 'patellofemoral-pain', '--strat', '2026-12-01'], /Unknown option --strat for plan — did you mean `--start`\?/],
    [['plna'], /Unknown command "plna" — did you mean "plan"\?/],
    [['plan', 'patellofemoral-pain', '--start'], /--start needs a value, e\.g\. --start 2026-12-01/],
    [['schema', 'toString'], /Unknown model "toString"\. Models: plan/],
  ])('%j', (args, pattern) => {
    expectOneLine(run(...args), pattern);
  });

  it('takes the format from the --out extension', () => {
    const dir = scratch();
    for (const [name, start] of [['plan.ics', 'BEGIN:VCALENDAR'], ['plan.md', '# Patellofemoral'], ['plan.csv', 'day,date'], ['plan.json', '{'], ['plan.txt', 'Patellofemoral']]) {
      expect(run(...founding, '--out', join(dir, name as string)).code).toBe(0);
      expect(readFileSync(join(dir, name as string), 'utf8').startsWith(start as string)).toBe(true);
    }
  });
});

describe('profile files', () => {
  it('accept a byte-order mark', () => {
    const file = join(scratch(), 'profile.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ region: 'knee', locations: ['retropatellar'] })}`);
    expect(run('match', '--profile', file).code).toBe(0);
  });

  it('are read up to 1 MiB, so /dev/zero ends with one line saying the limit', () => {
    const result = spawnSync(process.execPath, [cli, 'match', '--profile', '/dev/zero'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^rehab-protocols: Cannot read \/dev\/zero: it is larger than 1 MiB, the most a profile file may be\n$/);
  });

  it('cap a history, a plan and a log too (64 MiB), so none of them can hang the command', () => {
    for (const args of [
      ['plan', 'patellofemoral-pain', '--goal', '30mi', '--history', '/dev/zero'],
      ['review', '--plan', '/dev/zero', '--log', '/dev/null'],
    ]) {
      const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^rehab-protocols: Cannot read \/dev\/zero: it is larger than 64 MiB, the most an? (history|plan) file may be\n$/);
    }
  });

  it('name the file and suggest the field meant', () => {
    const file = join(scratch(), 'profile.json');
    writeFileSync(file, JSON.stringify({ region: 'knee', agravatedBy: ['running'] }));
    expectOneLine(run('match', '--profile', file), /profile\.json: agravatedBy: Unknown field `agravatedBy` — did you mean `aggravatedBy`\?$/m);
  });

  it('show control characters from the file as escapes', () => {
    const file = join(scratch(), 'profile.json');
    writeFileSync(file, JSON.stringify({ region: 'knee', '\u001b[2J\nFAKE': 1 }));
    const result = run('match', '--profile', file);
    expectOneLine(result, /\\u\{1b\}\[2J\\u\{a\}FAKE/);
    expect(result.stderr).not.toContain('\u001b');
    const binary = join(scratch(), 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x07]));
    expect(run('match', '--profile', binary).stderr).not.toMatch(/[\u0000\u0007\u001b]/);
  });
});

describe('output', () => {
  it('exits quietly when the reader stops early (output larger than a pipe holds)', () => {
    const result = shell('"$NODE" "$CLI" schema plan | head -c 10 >/dev/null; "$NODE" "$CLI" plan achilles-tendinopathy-midportion-hsr --start 2026-12-01 --format json | head -1');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('says the disk is full in one line', () => {
    const result = shell('"$NODE" "$CLI" plan medial-tibial-stress-syndrome --start 2026-12-01 --format json > /dev/full');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('rehab-protocols: cannot write the output: the disk is full\n');
    const out = run('plan', 'medial-tibial-stress-syndrome', '--start', '2026-12-01', '--out', '/dev/full');
    expect(out.stderr).toBe('rehab-protocols: Cannot write /dev/full: the disk is full\n');
  });

  it('keeps the mode of the file it replaces', () => {
    const file = join(scratch(), 'plan.txt');
    writeFileSync(file, 'old', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(run(...founding, '--out', file).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^Patellofemoral/);
  });

  it('refuses a read-only file and leaves it as it was', () => {
    const dir = scratch();
    const file = join(dir, 'plan.txt');
    writeFileSync(file, 'keep');
    chmodSync(file, 0o444);
    expectOneLine(run(...founding, '--out', file), /Cannot write .*plan\.txt: permission denied \(the file is read-only\)/);
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['plan.txt']);
  });

  it('writes through a symbolic link, which stays a link', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    expect(run(...founding, '--out', join(dir, 'link.txt')).code).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toMatch(/^Patellofemoral/);
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('writes through a device instead of replacing it', () => {
    const before = statSync('/dev/null');
    expect(run(...founding, '--out', '/dev/null')).toMatchObject({ code: 0, stderr: '' });
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it('says in words why it cannot write', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'folder'));
    expectOneLine(run(...founding, '--out', join(dir, 'folder')), /: it is a directory$/m);
    expectOneLine(run(...founding, '--out', join(dir, 'missing', 'plan.txt')), /: folder .*missing does not exist$/m);
    expect(readdirSync(dir)).toEqual(['folder']);
  });
});

describe('output to a FIFO', () => {
  it.runIf(process.platform !== 'win32')('is written through, and the FIFO stays a FIFO', () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    const result = shell(`mkfifo "${fifo}" && (cat "${fifo}" > "${join(dir, 'read.txt')}" &) && "$NODE" "$CLI" plan patellofemoral-pain --start 2026-12-01 --goal 30mi --out "${fifo}" && sleep 0.2`);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'read.txt'), 'utf8')).toMatch(/^Patellofemoral/);
  });
});

describe('the command line reads what a runner types', () => {
  it.each([
    ['8,5km', { value: 8.5, unit: 'km' }],
    ['30MI', { value: 30, unit: 'mi' }],
    ['16 km', { value: 16, unit: 'km' }],
    ['12.5 Mi', { value: 12.5, unit: 'mi' }],
  ])('--goal %s', (goal, expected) => {
    const result = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', goal, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).goalDistance).toEqual(expected);
  });

  it('refuses an --out extension it cannot write, naming the ones it can, and writes nothing', () => {
    const dir = scratch();
    const file = join(dir, 'plan.pdf');
    expectOneLine(run(...founding, '--out', file), /Cannot tell the format of --out .*plan\.pdf from "\.pdf": name the file \.txt, \.md, \.csv, \.ics or \.json, or pass --format \(table, md, csv, ics, json, fhir\)$/m);
    expect(existsSync(file)).toBe(false);
    expect(run(...founding, '--out', file, '--format', 'md').code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Patellofemoral/);
  });

  it('suggests without a stray "?." and answers -V with the version', () => {
    expectOneLine(run('plna'), /did you mean "plan"\? Commands: /);
    expectOneLine(run('schema', 'plna'), /did you mean "plan"\? Models: /);
    expect(run('-V').stdout).toBe(run('--version').stdout);
    expect(run('-V').stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says a plan has ended when it is reviewed after its last day', () => {
    const dir = scratch();
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, run(...founding, '--format', 'json').stdout);
    const log = join(dir, 'log.csv');
    writeFileSync(log, 'date,kind,distance\n2026-12-03,run,3mi\n');
    const result = run('review', '--plan', plan, '--log', log, '--today', '2027-01-10');
    expect(result.stdout).toMatch(/^The plan ended on 2026-12-14: reviewed on 2027-01-10, it has no days left to change\./);
    expect(result.stdout).not.toMatch(/go on as planned/i);
  });
});

describe('the command line never hangs on a pipe and prints bounded errors', () => {
  it('says so in one line when no program writes to a named pipe it should read (--log, --history, --plan, --profile)', () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    shell(`mkfifo "${fifo}"`);
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, run(...founding, '--format', 'json').stdout);
    for (const args of [
      [...founding, '--history', fifo],
      ['review', '--plan', fifo, '--log', fifo, '--today', '2026-12-05'],
      ['review', '--plan', plan, '--log', fifo, '--today', '2026-12-05'],
      ['match', '--profile', fifo],
    ]) {
      expectOneLine(run(...args), /Cannot read .*pipe: no program is writing to it \(a named pipe\)/);
    }
  });

  it('reads a named pipe a program writes to a moment later', () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    const result = shell(`mkfifo "${fifo}" && (sleep 0.3; printf '2026-11-20,5km\\n2026-11-25,6km\\n' > "${fifo}") & "$NODE" "$CLI" plan patellofemoral-pain --start 2026-12-01 --goal 30mi --history "${fifo}" --format json`);
    expect(result.stderr).toBe(`${fifo}: Read a date,distance CSV: 2 runs, 2026-11-20 to 2026-11-25. 2 runs in the 30 days before 2026-12-01.\n`);
    expect(JSON.parse(result.stdout).generatedWith.options.history).toHaveLength(2);
  });

  it('writes --out /dev/stdout into a pipe', () => {
    const result = shell(`"$NODE" "$CLI" plan patellofemoral-pain --start 2026-12-01 --goal 30mi --out /dev/stdout | cat`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Patellofemoral pain');
  });

  it('prints an error about a huge bad file as one line of bounded length', () => {
    const dir = scratch();
    const file = join(dir, 'history.csv');
    writeFileSync(file, `${'x'.repeat(5_000_000)}\n2026-11-20,5km\n`);
    const result = run(...founding, '--history', file);
    expectOneLine(result, /rehab-protocols: /);
    expect(result.stderr.length).toBeLessThan(2_200);
  });
});
