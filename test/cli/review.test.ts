import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
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

describe('rehab-protocols review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehab-review-'));
  const plan = join(dir, 'plan.json');
  run('plan', 'patellofemoral-pain', '--start', '2026-12-01', '--goal', '30mi', '--format', 'json', '--out', plan);

  it('reviews a plan against a CSV log and prints the decision, the reasons and the revised plan', () => {
    const log = join(dir, 'log.csv');
    writeFileSync(log, 'date,kind,distance,duration,during,after,nextMorning,what,redFlag\n2026-12-02,pain,,,1,,1,,\n2026-12-05,run,5mi,50,4,,,,\n2026-12-05,pain,,,,5,6,,\n');
    const result = run('review', '--plan', plan, '--log', log, '--today', '2026-12-06');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Patellofemoral pain/);
    expect(result.stdout).toMatch(/Reviewed on 2026-12-06: step back\.\n- Pain had not settled by the morning after 2026-12-05 \(6\/10, above the limit of 5\/10\)/);
    expect(result.stdout).toMatch(/logged: ran 5 mi in 50 min \(pain 4\/10 during\)/);

    const json = JSON.parse(run('review', '--plan', plan, '--log', log, '--today', '2026-12-06', '--format', 'json').stdout) as { status: string };
    expect(json.status).toBe('step-back');
  });

  it('refuses --today before the plan’s last review, naming the flag', () => {
    const log = join(dir, 'log-back.csv');
    writeFileSync(log, 'date,kind,during,after\n2026-12-03,pain,1,1\n');
    const result = JSON.parse(run('review', '--plan', plan, '--log', log, '--today', '2026-12-06', '--format', 'json').stdout) as { plan: unknown };
    const reviewed = join(dir, 'reviewed.json');
    writeFileSync(reviewed, JSON.stringify(result.plan));
    const back = run('review', '--plan', reviewed, '--log', log, '--today', '2026-12-04');
    expect(back.code).toBe(1);
    expect(back.stderr).toBe("rehab-protocols: --today: Expected a day on or after the plan's last review (2026-12-06), received 2026-12-04: review the plan as it was before that review, or pass today's date\n");
  });

  it('says in one line that a --plan file is not a plan, and names a broken plan’s problems in the file, not in plan’s flags', () => {
    const log = join(dir, 'log-for-files.csv');
    writeFileSync(log, 'date,kind,during\n2026-12-02,pain,1\n');
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ region: 'knee', locations: ['retropatellar'] }));
    const notPlan = run('review', '--plan', profile, '--log', log, '--today', '2026-12-06');
    expect(notPlan.code).toBe(1);
    expect(notPlan.stderr).toBe(`rehab-protocols: ${profile} is not a plan (it is a symptom profile): give the JSON a plan was saved as, with protocolId and days (rehab-protocols plan <id> --format json --out plan.json)\n`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ protocolId: 'patellofemoral-pain', days: [] }));
    const result = run('review', '--plan', broken, '--log', log, '--today', '2026-12-06');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken}: startDate:`);
    expect(result.stderr).not.toMatch(/--start|--unit/);
  });

  it('stops running at a red flag until a clinician’s clearance row, read from the CSV log', () => {
    const history = join(dir, 'runs.csv');
    writeFileSync(history, Array.from({ length: 24 }, (_, index) => `2026-11-${String(2 + index).padStart(2, '0')},5km,30`).join('\n'));
    const fitted = join(dir, 'fitted.json');
    run('plan', 'iliotibial-band-syndrome', '--start', '2026-12-01', '--history', history, '--format', 'json', '--out', fitted);
    const log = join(dir, 'flag.csv');
    writeFileSync(log, 'date,kind,redFlag,note,morningStiffness,nextMorning\n2026-12-02,pain,,,3,1\n2026-12-03,symptom,swelling,,,\n');
    const referredFile = join(dir, 'referred.json');
    const referred = JSON.parse(run('review', '--plan', fitted, '--log', log, '--today', '2026-12-04', '--format', 'json').stdout) as { status: string; plan: { days: { date: string; running: { maxDistance: unknown } }[] } };
    expect(referred.status).toBe('refer');
    for (const day of referred.plan.days.filter((entry) => entry.date >= '2026-12-04')) expect(day.running.maxDistance).toBeNull();
    writeFileSync(referredFile, JSON.stringify(referred.plan));
    expect(run('review', '--plan', referredFile, '--log', log, '--today', '2026-12-05').stdout).toMatch(/Reviewed on 2026-12-05: On 2026-12-03 you logged swelling where it hurts\. .*Stop running until a clinician has seen it/);
    writeFileSync(log, 'date,kind,redFlag,note,morningStiffness,nextMorning\n2026-12-02,pain,,,3,1\n2026-12-03,symptom,swelling,,,\n2026-12-06,clearance,,"Seen in clinic, no effusion",,\n');
    const cleared = JSON.parse(run('review', '--plan', referredFile, '--log', log, '--today', '2026-12-06', '--format', 'json').stdout) as { status: string; reasons: { rule: string }[] };
    expect(cleared.status).toBe('progress');
    expect(cleared.reasons.map((reason) => reason.rule)).toContain('clearance');
  });

  it('takes a JSON log, and refers on a logged red flag', () => {
    const log = join(dir, 'log.json');
    writeFileSync(log, JSON.stringify([{ kind: 'symptom', date: '2026-12-03', redFlag: 'swelling' }]));
    expect(run('review', '--plan', plan, '--log', log, '--today', '2026-12-04').stdout).toMatch(/Reviewed on 2026-12-04: stop and see a clinician\./);
  });

  it('answers mistakes in one line that names the file, the line or the flag', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'date,kind,distance\n2026-12-05,run,five miles\n');
    const cases: [string[], RegExp][] = [
      [['review', '--log', bad], /Missing --plan/],
      [['review', '--plan', plan], /Missing --log/],
      [['review', '--plan', plan, '--log', bad], /bad\.csv line 2: cannot read the distance "five miles"/],
      [['review', '--plan', plan, '--log', bad, '--today', '12/06/2026'], /--today "12\/06\/2026" is not a date: write it as YYYY-MM-DD/],
      [['review', '--plan', plan, '--log', bad, '--baseline', 'eleven'], /--baseline "eleven": expected the usual morning pain, 0 to 10/],
      [['review', '--plna', plan], /^rehab-protocols: Unknown option --plna for review — did you mean `--plan`\? Options for review: --plan, --log, --today, --baseline, --format, --out, --help$/m],
      [['review', '--colour'], /Unknown option --colour for review\. Options for review: --plan, /],
    ];
    for (const [args, pattern] of cases) {
      const result = run(...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
    }
    const late = join(dir, 'late.csv');
    writeFileSync(late, 'date,kind,during\n2026-12-09,pain,2\n');
    expect(run('review', '--plan', plan, '--log', late, '--today', '2026-12-08').stderr).toMatch(/late\.csv line 2: Entry dated 2026-12-09 is after today/);
  });
});
