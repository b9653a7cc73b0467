import { describe, expect, it } from 'vitest';
import { planForProfile, type SymptomProfile } from 'rehab-protocols';
import { historyText, localToday, readFragment, runsThatMatter, withRegion, writeFragment, type State } from './state.js';

describe('the state in the URL fragment', () => {
  it('opens on the founding case when the fragment is empty, starting on the day given as today', () => {
    expect(readFragment('', '2026-12-01')).toEqual({
      mode: 'protocol',
      protocolId: 'patellofemoral-pain',
      startDate: '2026-12-01',
      goal: 30,
      unit: 'mi',
      profile: { region: 'knee' },
      history: '',
      spikeGuard: 'cap',
      settings: ['home'],
      log: [],
      today: '',
    });
  });

  it('reads back what it writes, symptom answers included', () => {
    const state: State = { mode: 'symptoms', protocolId: 'plantar-heel-pain', startDate: '2027-01-04', goal: undefined, unit: 'km', profile: { region: 'heel', locations: ['plantar-medial-heel'], asked: { redFlags: ['night-pain'] } }, history: '2026-12-20,5km', spikeGuard: 'warn', settings: ['home', 'supervised'], log: [{ kind: 'pain', date: '2027-01-05', nextMorning: 6 }], today: '2027-01-06' };
    const fragment = writeFragment(state);
    expect(fragment.startsWith('#')).toBe(true);
    expect(readFragment(fragment, '2026-12-01')).toEqual(state);
  });

  it('falls back to the defaults for a start date, goal, unit or profile it cannot read', () => {
    const state = readFragment('#start=tomorrow&goal=-3&unit=furlongs&mode=symptoms&profile=%7B%22region%22%3A%22elbow%22%7D', '2026-12-01');
    expect(state).toMatchObject({ startDate: '2026-12-01', goal: undefined, unit: 'mi', profile: { region: 'knee' } });
  });

  it('keeps a diagnosis the form offers, and drops one no condition has (it would stop every answer at an error)', () => {
    const read = (profile: SymptomProfile) => readFragment(`#mode=symptoms&profile=${encodeURIComponent(JSON.stringify(profile))}`, '2026-12-01').profile;
    expect(read({ region: 'heel', diagnosedAs: 'plantar-heel-pain' })).toEqual({ region: 'heel', diagnosedAs: 'plantar-heel-pain' });
    expect(read({ region: 'heel', diagnosedAs: 'other' })).toEqual({ region: 'heel', diagnosedAs: 'other' });
    // A condition of another region is not offered for this one: the form would show "No" while the profile refers.
    expect(read({ region: 'heel', diagnosedAs: 'iliotibial-band-syndrome' })).toEqual({ region: 'heel' });
    const dropped = read({ region: 'heel', locations: ['arch'], diagnosedAs: 'plantar-fasciitis' });
    expect(dropped).toEqual({ region: 'heel', locations: ['arch'] });
    expect(() => planForProfile(dropped, { startDate: '2026-12-01' })).not.toThrow();
  });

  it('takes today from the visitor’s calendar, not UTC', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('writes the history as `;`-joined lines, unescaped, and reads it back; an older address’s lines read as they are', () => {
    const state = readFragment('', '2026-12-01');
    const fragment = writeFragment({ ...state, history: '2026-11-24,6.2km,55:30\n2026-11-26,5mi' });
    expect(fragment).toMatch(/&history=2026-11-24,6\.2km,55:30;2026-11-26,5mi$/);
    expect(readFragment(fragment, '2026-12-01').history).toBe('2026-11-24,6.2km,55:30\n2026-11-26,5mi');
    expect(readFragment(`#history=${encodeURIComponent('date,distance\n2026-11-24,6mi;x')}`, '2026-12-01').history).toBe('date,distance\n2026-11-24,6mi;x');
    const odd = { ...state, history: 'Activity ID,Activity Date\n1,"Nov 20, 2026"&x=1' };
    expect(readFragment(writeFragment(odd), '2026-12-01')).toEqual(odd);
  });
});

describe('the runs kept for the address', () => {
  const run = (date: string, value = 5, durationMinutes?: number) => ({ date, distance: { value, unit: 'km' as const }, ...(durationMinutes === undefined ? {} : { durationMinutes }) });

  it('are the runs of the 84 days before the start: none older, none on or after it', () => {
    const runs = [run('2026-09-07'), run('2026-09-08'), run('2026-11-30'), run('2026-12-01'), run('2026-12-02')];
    expect(runsThatMatter(runs, '2026-12-01').map((kept) => kept.date)).toEqual(['2026-09-08', '2026-11-30']);
  });

  it('are the latest older run when none is that recent, so that a history stays a history; none for no run before the start', () => {
    expect(runsThatMatter([run('2015-08-16'), run('2016-01-01'), run('2027-01-01')], '2026-12-01').map((kept) => kept.date)).toEqual(['2016-01-01']);
    expect(runsThatMatter([run('2027-01-01')], '2026-12-01')).toEqual([]);
  });

  it('are written as date,distance,duration lines: durations as m:ss or h:mm:ss, or minutes when not whole seconds', () => {
    expect(historyText([run('2026-11-24', 3.092, 19.75), { date: '2026-11-25', distance: { value: 6.2, unit: 'mi' }, durationMinutes: 62.5 }, run('2026-11-26', 10), run('2026-11-27', 5, 30.12345)])).toBe(
      '2026-11-24,3.092km,19:45\n2026-11-25,6.2mi,1:02:30\n2026-11-26,10km\n2026-11-27,5km,30.123',
    );
  });
});

describe('changing the region', () => {
  const knee: SymptomProfile = {
    region: 'knee',
    locations: ['lateral'],
    redFlags: [],
    aggravatedBy: ['running'],
    asked: { locations: ['lateral', 'anterior'], redFlags: ['swelling', 'night-pain'], aggravatedBy: ['running'] },
  };

  it('asks again where it hurts and the warning signs, in the new words, and keeps what reads the same', () => {
    const heel = withRegion(knee, 'heel');
    // "Is the knee swollen?" and "Is the pain on the outside of the knee?" said nothing of the heel, and the warning
    // signs were screened for the knee.
    expect(heel).toEqual({ region: 'heel', aggravatedBy: ['running'], asked: { aggravatedBy: ['running'] } });
    const next = planForProfile(heel, { startDate: '2026-12-01' });
    expect(next.kind).toBe('questions');
    const questions = next.kind === 'questions' ? next.questions.map((question) => question.text) : [];
    expect(questions.some((text) => /knee/.test(text))).toBe(false);
    expect(questions.some((text) => text.startsWith('Hop on the sore leg ten times'))).toBe(true);
  });

  it('drops the warning signs given as a whole list too, and places ticked in a list', () => {
    const ticked: SymptomProfile = { region: 'knee', locations: ['lateral'], redFlags: [], aggravatedBy: ['running'] };
    expect(withRegion(ticked, 'ankle')).toEqual({ region: 'ankle', aggravatedBy: ['running'] });
  });

  it('drops a "yes" given for the old region, one by one or reported unasked, rather than carrying it over', () => {
    const swollen: SymptomProfile = { region: 'knee', redFlags: ['swelling'], asked: { redFlags: ['night-pain'] } };
    expect(planForProfile(swollen, { startDate: '2026-12-01' }).kind).toBe('referral');
    expect(withRegion(swollen, 'ankle')).toEqual({ region: 'ankle' });
  });

  it('drops what the runner was not sure of for the old region as well, keeping the rest', () => {
    const unsure: SymptomProfile = { region: 'knee', unsure: { redFlags: ['swelling'], locations: ['lateral-femoral-epicondyle'], signs: ['tender-to-touch', 'crepitus'], aggravatedBy: ['running'] } };
    expect(planForProfile(unsure, { startDate: '2026-12-01' }).kind).toBe('referral');
    expect(withRegion(unsure, 'ankle')).toEqual({ region: 'ankle', unsure: { signs: ['crepitus'], aggravatedBy: ['running'] } });
    expect(withRegion({ region: 'knee', unsure: { redFlags: ['swelling'] } }, 'ankle')).toEqual({ region: 'ankle' });
    // A whole list of signs beside a sign not sure: the list rebuilt for the new region leaves that one not sure.
    const shin = withRegion({ region: 'shin', signs: ['morning-stiffness'], unsure: { signs: ['crepitus'] } }, 'knee');
    expect(shin.asked?.signs).not.toContain('crepitus');
    expect(() => planForProfile(shin, { startDate: '2026-12-01' })).not.toThrow();
  });

  it('re-asks whether the sore spot is tender to press, from a whole list of signs as well', () => {
    const shin: SymptomProfile = { region: 'shin', signs: ['tender-to-touch', 'crepitus'] };
    const foot = withRegion(shin, 'foot');
    expect(foot.signs).toEqual(['crepitus']);
    expect(foot.asked?.signs).not.toContain('tender-to-touch');
    expect(foot.asked?.signs).toContain('crepitus');
    expect(foot.asked?.signs).toContain('morning-stiffness');
  });

  it("drops a clinician's diagnosis, which was of the old region's pain", () => {
    const diagnosed: SymptomProfile = { region: 'knee', locations: ['lateral'], diagnosedAs: 'iliotibial-band-syndrome' };
    expect(withRegion(diagnosed, 'hip')).toEqual({ region: 'hip' });
    // Kept, it would have referred the hip as a diagnosis of another part of the leg.
    expect(planForProfile({ region: 'hip', diagnosedAs: 'iliotibial-band-syndrome' }, { startDate: '2026-12-01' }).kind).toBe('referral');
  });

  it('changes nothing when the region stays', () => {
    expect(withRegion(knee, 'knee')).toBe(knee);
  });
});
