import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built command line, run as a user would run it (`npm run build`, which `npm test` runs first, makes it).
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function run(...args: string[]) {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'rehab-cli-'));

function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^rehab-protocols: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('rehab-protocols (the command line)', () => {
  it('prints help, and help for each command', () => {
    expect(run('--help').stdout).toMatch(/^Usage: rehab-protocols <command>/);
    for (const command of ['protocols', 'plan', 'match', 'schema']) {
      const result = run(command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: rehab-protocols ${command}`));
    }
  });

  it('lists the protocols and the refer-only conditions', () => {
    const { code, stdout } = run('protocols');
    expect(code).toBe(0);
    expect(stdout).toMatch(/patellofemoral-pain\s+Patellofemoral pain: four exercises/);
    expect(stdout).toMatch(/meniscal-injury\s+Meniscal injury: see a clinician/);
  });

  it('prints the founding plan as a table', () => {
    const { code, stdout } = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^14\s+2026-12-14\s+1\s+run up to 30\.0 mi/m);
    expect(stdout).toMatch(/^1\s+2026-12-01\s+1–2\s+jog up to 5\.0 mi/m);
  });

  it('converts to km and writes every format', () => {
    expect(run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--unit', 'km').stdout).toMatch(/run up to 48\.2 km/);
    const json = JSON.parse(run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--format', 'json').stdout) as { days: unknown[] };
    expect(json.days).toHaveLength(14);
    expect(run('plan', 'plantar-heel-pain', '--start', '2026-12-01', '--format', 'md').stdout).toMatch(/^# Plantar heel pain/);
    expect(run('plan', 'plantar-heel-pain', '--start', '2026-12-01', '--format', 'csv').stdout).toMatch(/^day,date,phase,/);
    expect(run('plan', 'plantar-heel-pain', '--start', '2026-12-01', '--format', 'ics').stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(JSON.parse(run('plan', 'plantar-heel-pain', '--start', '2026-12-01', '--format', 'fhir').stdout)).toMatchObject({ resourceType: 'CarePlan' });
  });

  it('writes --out in one piece', () => {
    const dir = scratch();
    const file = join(dir, 'plan.ics');
    const result = run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--format', 'ics', '--out', file);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(file, 'utf8')).toMatch(/END:VCALENDAR\r\n$/);
    expect(readdirSync(dir)).toEqual(['plan.ics']);
  });

  it('leaves nothing behind when --out cannot be written', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'keep.txt'), 'x');
    expectOneLineError(run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--out', dir), /Cannot write/);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
    expectOneLineError(run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--out', join(dir, 'missing', 'plan.txt')), /Cannot write/);
  });

  it.each([
    [['plan', 'knee-thing', '--start', '2026-12-01'], /Unknown protocol "knee-thing"\. Known protocols: /],
    [['plan', 'meniscal-injury', '--start', '2026-12-01'], /Meniscal injury is refer-only/],
    [['plan', 'patellofemoral-pain', '--start', '2026-02-30', '--goal', '30mi'], /Cannot read --start "2026-02-30": it is not a real calendar day; write the date of day 1 as YYYY-MM-DD/],
    [['plan', 'patellofemoral-pain', '--start', '2026-12-01'], /^rehab-protocols: Missing --goal: patellofemoral-pain builds back up to your usual distance, e\.g\. --goal 30mi$/m],
    [['plan', 'patellofemoral-pain', '--goal', 'thirty'], /Cannot read --goal "thirty"/],
    [['plan', 'patellofemoral-pain', '--format', 'pdf'], /Unknown --format "pdf"/],
    [['plan'], /Missing the protocol id/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['plan', 'patellofemoral-pain', '--colour'], /Unknown option --colour for plan\. Options for plan: --start, --goal, --unit, --history, .*--format, --out, --help/],
    [['match', '--profile', '/nonexistent/profile.json'], /Cannot read \/nonexistent\/profile\.json: no such file/],
    [['schema', 'elbow'], /Unknown model "elbow"/],
  ])('fails with one clear line for %j', (args, pattern) => {
    expectOneLineError(run(...args), pattern);
  });

  it('matches a profile file, red flags first, and goes on to a plan', () => {
    const dir = scratch();
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ side: 'left', region: 'knee', locations: ['anterior', 'retropatellar', 'medial'], aggravatedBy: ['running', 'downhill-walking', 'stairs-descent'], painFreeDuring: ['cycling', 'elliptical'], onset: 'gradual', trainingChange: ['intensity-increase'], redFlags: [] }));
    expect(run('match', '--profile', profile).stdout).toMatch(/Consistent with \(not a diagnosis\):\n {2}Patellofemoral pain: score 1\.00/);
    const planned = run('match', '--profile', profile, '--plan', '--start', '2026-12-01', '--goal', '30mi');
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^Consistent with Patellofemoral pain/);
    // The runner's training is unknown: running starts from the return-to-run ladder, not the protocol's ramp.
    expect(planned.stdout).toMatch(/walk\/run intervals 1\.0 mi \(limit: jog up to 1\.0 mi\)/);
    expect(planned.stdout).not.toMatch(/up to 30\.0 mi/);

    // A plan that follows a clinician's diagnosis says so, rather than "consistent with" (here around the kneecap and on
    // the outside over the band's bony bump, where the band fits as well).
    const diagnosed = join(dir, 'diagnosed.json');
    writeFileSync(diagnosed, JSON.stringify({ region: 'knee', aggravatedBy: ['running'], signs: ['pain-after-distance'], locations: ['peripatellar', 'lateral', 'lateral-femoral-epicondyle'], redFlags: [], diagnosedAs: 'patellofemoral-pain' }));
    const followed = run('match', '--profile', diagnosed, '--plan', '--start', '2026-12-01', '--goal', '10km');
    expect(followed.code).toBe(0);
    expect(followed.stdout).toMatch(/^Planned for Patellofemoral pain, as a clinician diagnosed it \(the answers alone score 0\.\d\d\)\./);
    expect(followed.stdout).toContain('This plan follows what a clinician diagnosed: Patellofemoral pain.');

    const flagged = join(dir, 'flagged.json');
    writeFileSync(flagged, JSON.stringify({ region: 'knee', redFlags: ['fever'] }));
    const referral = run('match', '--profile', flagged, '--plan', '--start', '2026-12-01');
    expect(referral.stdout).toMatch(/^See a clinician today rather than follow a plan:\n- You have a fever/);
    writeFileSync(flagged, JSON.stringify({ region: 'knee', redFlags: ['locking'] }));
    expect(run('match', '--profile', flagged, '--plan', '--start', '2026-12-01').stdout).toMatch(/^See a clinician rather than follow a plan:\n- The knee locks/);
    writeFileSync(flagged, JSON.stringify({ region: 'knee', redFlags: ['fever'] }));
    // Exit codes a script can tell apart: a plan 0, questions 3, a referral 4.
    expect(referral.code).toBe(4);
    expect(run('match', '--profile', flagged).code).toBe(4);

    const unscreened = join(dir, 'unscreened.json');
    writeFileSync(unscreened, JSON.stringify({ region: 'knee', locations: ['anterior', 'retropatellar'], aggravatedBy: ['stairs-descent'] }));
    const questions = run('match', '--profile', unscreened, '--plan', '--start', '2026-12-01', '--goal', '30mi');
    expect(questions.code).toBe(3);
    expect(questions.stdout).toMatch(/^No plan yet: answer these first/);
    expect(questions.stdout).toMatch(/- Is the knee swollen\? \(if yes, add "swelling" to "redFlags"/);
  });

  it('asks an outer knee in a profile file where on the outside it hurts, and says how to write each answer', () => {
    const dir = scratch();
    const outer = { region: 'knee', locations: ['lateral'], aggravatedBy: ['running'], signs: ['pain-after-distance'], redFlags: [] };
    const file = join(dir, 'outer.json');
    writeFileSync(file, JSON.stringify(outer));
    const asked = run('match', '--profile', file, '--plan', '--start', '2026-12-01', '--goal', '10km');
    expect(asked.code).toBe(3);
    expect(asked.stdout).toMatch(/press on the outside of the thigh bone just above the gap at the side of the knee .*\(if yes, add "lateral-femoral-epicondyle" to "locations"; if no, add it to "asked": \{ "locations": \[\.\.\.\] \}; if not sure, to "unsure": \{ "locations": \[\.\.\.\] \}\)/);
    // Following the "no" instruction: the band ruled out, and no other place asked again (the list stays whole).
    const no = join(dir, 'no.json');
    writeFileSync(no, JSON.stringify({ ...outer, asked: { locations: ['lateral-femoral-epicondyle'] } }));
    const after = run('match', '--profile', no, '--plan', '--start', '2026-12-01', '--goal', '10km');
    expect(after.stdout).not.toMatch(/to "locations"/);
    expect(after.stdout).not.toMatch(/^Consistent with Iliotibial band syndrome/);
    // And "yes": the band's plan.
    const yes = join(dir, 'yes.json');
    writeFileSync(yes, JSON.stringify({ ...outer, locations: ['lateral', 'lateral-femoral-epicondyle'] }));
    const planned = run('match', '--profile', yes, '--plan', '--start', '2026-12-01', '--goal', '10km');
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^Consistent with Iliotibial band syndrome/);
    // And "not sure": no plan rests on it; a clinician checks it.
    const unsure = join(dir, 'unsure.json');
    writeFileSync(unsure, JSON.stringify({ ...outer, unsure: { locations: ['lateral-femoral-epicondyle'] } }));
    const referred = run('match', '--profile', unsure, '--plan', '--start', '2026-12-01', '--goal', '10km');
    expect(referred.stdout).not.toMatch(/to "locations"/);
    expect(referred.stdout).toMatch(/you were not sure of what decides it/);
  });

  it('rejects a bad profile file with one line naming the path', () => {
    const dir = scratch();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ region: 'elbow' }));
    expectOneLineError(run('match', '--profile', bad), /^rehab-protocols: \S+bad\.json: region: Unknown value "elbow"/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ region: knee');
    expectOneLineError(run('match', '--profile', broken), /is not valid JSON/);
  });

  it('prints a model’s JSON Schema, or the list of models', () => {
    expect(JSON.parse(run('schema', 'plan').stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'plan' });
    expect(run('schema').stdout).toMatch(/^Models: plan, plan-day, protocol/);
  });
});
