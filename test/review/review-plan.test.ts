import { describe, expect, it } from 'vitest';
import { answerQuestion, generatePlan, getProtocol, planForProfile, RED_FLAG_LOG_TEXTS, RED_FLAGS, RehabInputError, reviewPlan, type LogEntry, type Plan, type SymptomProfile } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { plantarHeelPain } from 'rehab-protocols/protocols/plantar-heel-pain';
import { parsePlanInFull } from '../fixtures/full-parse.js';
import { issuesOf } from '../fixtures/issues-of.js';
import { wordsSay } from '../fixtures/urgency-words.js';

const founding = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
const dayOf = (plan: Plan, date: string) => plan.days.find((day) => day.date === date);
const withoutReview = ({ logged: _logged, ...day }: Plan['days'][number]) => day;

describe('reviewPlan', () => {
  it('steps back after a flare: next-morning pain 6/10 against a baseline of 1/10', () => {
    const log: LogEntry[] = [
      { kind: 'pain', date: '2026-12-02', during: 2, nextMorning: 1 },
      { kind: 'pain', date: '2026-12-03', during: 2, nextMorning: 1 },
      { kind: 'run', date: '2026-12-05', distance: { value: 5, unit: 'mi' }, pain: { during: 4 } },
      { kind: 'pain', date: '2026-12-05', after: 5, nextMorning: 6 },
    ];
    const result = reviewPlan(founding, log, { today: '2026-12-06' });
    expect(result.status).toBe('step-back');
    expect(result.reasons[0]).toMatchObject({ rule: 'pain-next-morning', status: 'step-back' });
    expect(result.reasons[0]?.message).toMatch(/6\/10, above the limit of 5\/10/);
    expect(result.reasons[0]?.message).toMatch(/Silbernagel/);
    // The days before today are as planned, with the log beside them; from today the protocol restarts a step back.
    for (const day of result.plan.days.filter((entry) => entry.date < '2026-12-06')) expect(withoutReview(day)).toEqual(dayOf(founding, day.date));
    expect(dayOf(result.plan, '2026-12-05')?.logged).toHaveLength(2);
    // 6/10 on waking today is above the 5/10 a run may reach: no run today, said on the day and among the reasons.
    expect(dayOf(result.plan, '2026-12-06')).toMatchObject({ protocolDay: 1, running: { maxDistance: null, intensity: 'rest' } });
    expect(dayOf(result.plan, '2026-12-06')?.flags[0]?.message).toMatch(/^No run today: your pain on waking \(6\/10\) is above the 5\/10 a run may reach/);
    expect(result.reasons.map((reason) => reason.rule)).toContain('pain-on-waking');
    // A plan without a history has limits only: from tomorrow the step-back lowers them below the run that hurt (80 % of 5 mi).
    expect(dayOf(result.plan, '2026-12-07')).toMatchObject({ protocolDay: 2, running: { maxDistance: { value: 4, unit: 'mi' }, intensity: 'jog' } });
    expect(result.plan.endDate > founding.endDate).toBe(true);
    expect(result.plan.checkpoints).toHaveLength(1);
    expect(result.plan.checkpoints[0]?.date).toBe(result.plan.endDate);
    expect(() => parsePlanInFull(result.plan)).not.toThrow();
  });

  it('lets a pain-free week progress, with the plan as it was', () => {
    const log: LogEntry[] = Array.from({ length: 7 }, (_, index) => ({ kind: 'pain', date: `2026-12-0${index + 1}`, during: 1, after: 1, nextMorning: 0 }) as const);
    const result = reviewPlan(founding, log, { today: '2026-12-08' });
    expect(result.status).toBe('progress');
    expect(result.plan.days.map(withoutReview)).toEqual(founding.days);
  });

  it('holds the week after three missed runs, and not after two', () => {
    const missed = (date: string): LogEntry => ({ kind: 'missed', date, what: 'run' });
    const two = reviewPlan(founding, [missed('2026-12-08'), missed('2026-12-09')], { today: '2026-12-10' });
    expect(two.status).toBe('progress');
    const three = reviewPlan(founding, [missed('2026-12-08'), missed('2026-12-09'), missed('2026-12-10')], { today: '2026-12-10' });
    expect(three.status).toBe('hold');
    expect(three.reasons[0]?.message).toMatch(/3 planned runs or sessions were missed/);
    // Today (day 10) goes back to where the misses began: protocol day 8, the first day of the ramp (8.5 mi).
    expect(three.reasons[0]?.message).toMatch(/the programme goes on from where the misses began \(2026-12-08\)/);
    expect(dayOf(three.plan, '2026-12-10')).toMatchObject({ protocolDay: 8, running: { maxDistance: { value: 8.5, unit: 'mi' } } });
    expect((dayOf(three.plan, '2026-12-10')?.revision ?? 0)).toBe(1);
    // The same miss logged twice is one miss, whether the entries come together or a day apart (found by the
    // cadence property in test/load with seed -233994626).
    const twiceLogged = reviewPlan(founding, [missed('2026-12-09'), missed('2026-12-09'), missed('2026-12-15')], { today: '2026-12-16' });
    expect(twiceLogged.status).toBe('progress');
    // A missed run and a missed session on the same day are two misses.
    const runAndSession = reviewPlan(founding, [missed('2026-12-08'), { kind: 'missed', date: '2026-12-08', what: 'session' }, missed('2026-12-09')], { today: '2026-12-10' });
    expect(runAndSession.status).toBe('hold');
  });

  it('refers at once when swelling is logged, whatever else the log says', () => {
    const result = reviewPlan(founding, [{ kind: 'pain', date: '2026-12-03', during: 0 }, { kind: 'symptom', date: '2026-12-04', redFlag: 'swelling' }], { today: '2026-12-04' });
    expect(result.status).toBe('refer');
    expect(result.reasons[0]).toMatchObject({ rule: 'red-flag', status: 'refer' });
  });

  it('says what a red flag logged during the plan means, how soon to be seen, and when it is an emergency', () => {
    // A weak leg mid-plan: the runner reads how soon, and when it is an emergency, not only "see a clinician".
    const weak = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'leg-weakness' }], { today: '2026-12-04' });
    expect(weak.reasons[0]?.message).toMatch(/^On 2026-12-04 you logged a weak leg or foot.*losing control of the bladder or bowel is an emergency/);
    const calf = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'calf-swelling' }], { today: '2026-12-04' });
    expect(calf.reasons[0]?.message).toMatch(/blood clot\. Stop running and the exercises, and see a clinician today\./);
    // And, before what ends the stop, what would make it an emergency (found by a patient-information read: it came last).
    expect(calf.reasons[0]?.message).toMatch(/see a clinician today\. If you become breathless or have chest pain, get emergency help at once: a clot may have reached the lungs\. The plan goes on once a clinician clears you/);
    // What the runner sees next: no calf raise on a possible clot, nor any exercise, until a clinician clears them.
    const after = calf.plan.days.filter((day) => day.date >= '2026-12-04');
    expect(after.every((day) => day.exercises.length === 0 && day.running.maxDistance === null)).toBe(true);
    const cleared = reviewPlan(calf.plan, [{ kind: 'clearance', date: '2026-12-06' }], { today: '2026-12-06' });
    expect(cleared.plan.days.find((day) => day.date === '2026-12-06')?.exercises.length).toBeGreaterThan(0);
    // A red flag that is not urgent stops the running only: the exercises go on.
    const night = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'night-pain' }], { today: '2026-12-04' });
    expect(night.plan.days.find((day) => day.date === '2026-12-05')?.exercises.length).toBeGreaterThan(0);
    // The same red flag logged twice that day is one reason.
    expect(reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'fever' }, { kind: 'symptom', date: '2026-12-04', redFlag: 'fever' }], { today: '2026-12-04' }).reasons.filter((reason) => reason.rule === 'red-flag')).toHaveLength(1);
    // Where a plan's pain is, the review does not know: a growing runner's red flag names every growth plate.
    const growing = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'growth-plate' }], { today: '2026-12-04' });
    expect(growing.reasons[0]?.message).toMatch(/thigh bone.*Sever's disease.*within days/);
    // An adult's exercise plan is not a growing runner's treatment: the exercises stop with the running.
    expect(growing.reasons[0]?.message).toMatch(/Stop running and the exercises, and see a clinician within days/);
    expect(growing.plan.days.filter((day) => day.date >= '2026-12-04').every((day) => day.exercises.length === 0 && day.running.maxDistance === null)).toBe(true);
    // On a plan whose condition is felt at the hip, a bone-stress sign logged is seen within days, as the matcher says
    // of the hip (a possible stress injury of the femoral neck); on the knee's plan it is booked.
    const gluteal = generatePlan(getProtocol('gluteal-tendinopathy'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    for (const redFlag of ['night-pain', 'rest-pain', 'pain-on-hopping', 'focal-bone-tenderness', 'bone-stress-risk'] as const) {
      const atHip = reviewPlan(gluteal, [{ kind: 'symptom', date: '2026-12-04', redFlag }], { today: '2026-12-04' }).reasons[0]?.message;
      expect(atHip, redFlag).toMatch(/At the hip it can be a stress injury of the hip bone \(femoral neck\).*see a clinician within days\./);
      const atKnee = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag }], { today: '2026-12-04' }).reasons[0]?.message;
      expect(atKnee, redFlag).not.toMatch(/hip bone|within days/);
      // A possible stress injury of the femoral neck: no loading exercises either, as groin pain with running stops them.
      const hipPlan = reviewPlan(gluteal, [{ kind: 'symptom', date: '2026-12-04', redFlag }], { today: '2026-12-04' }).plan;
      expect(hipPlan.days.filter((day) => day.date >= '2026-12-04').every((day) => day.exercises.length === 0), redFlag).toBe(true);
      expect(atHip, redFlag).toMatch(/Stop running and the exercises, and see a clinician within days/);
    }
    // The words an app lists warning signs by are the ones the review's reason says it logged, for every red flag.
    for (const redFlag of RED_FLAGS) {
      const words = RED_FLAG_LOG_TEXTS[redFlag];
      expect(words, redFlag).not.toMatch(/\?|^(that|did|are|have|is|does|do) /i);
      expect(reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag }], { today: '2026-12-04' }).reasons[0]?.message, redFlag).toContain(`On 2026-12-04 you logged ${words}.`);
    }
    expect(Object.keys(RED_FLAG_LOG_TEXTS).sort()).toEqual([...RED_FLAGS].sort());
    // Words for a runner already on a plan: a new injury, no knee named, no "before you follow an exercise plan".
    const injury = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'trauma' }], { today: '2026-12-04' });
    expect(injury.reasons[0]?.message).toMatch(/^On 2026-12-04 you logged a fall, a blow or another injury\./);
    for (const redFlag of RED_FLAGS) {
      const message = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag }], { today: '2026-12-04' }).reasons[0]?.message ?? '';
      expect(message, redFlag).toMatch(/clinician/);
      expect(message, redFlag).not.toMatch(/before (you )?follow|It started with|The knee|\{ kind|-[a-z]+-/);
    }
  });

  it('says how soon on every reason that refers, as its words say, most urgent first; on no other reason', () => {
    const gluteal = generatePlan(getProtocol('gluteal-tendinopathy'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const heel = generatePlan(plantarHeelPain, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const seen = new Set<string>();
    for (const plan of [founding, gluteal, heel]) {
      for (const redFlag of RED_FLAGS) {
        const result = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-04', redFlag }], { today: '2026-12-04' });
        for (const reason of result.reasons) {
          if (reason.status !== 'refer') {
            expect(reason, redFlag).not.toHaveProperty('urgency');
            continue;
          }
          // Each reason's words say how soon, the load reason's ("No running: the plan is referred … (the review of …
          // you were told to see one within days.") as urgent as the referral.
          expect(reason.urgency, `${redFlag}: ${reason.message}`).toBe(wordsSay(reason.message));
          if (reason.rule === 'load') expect(reason.urgency).toBe(result.reasons[0]?.urgency);
          seen.add(reason.urgency ?? 'none');
        }
      }
    }
    expect([...seen].sort()).toEqual(['routine', 'today', 'within-days']);
    // A growing runner on a heel plan: the heel's growth plate (Sever's disease), booked, as the matcher books it; the
    // knee's plan names every growth plate, within days.
    const growingHeel = reviewPlan(heel, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'growth-plate' }], { today: '2026-12-04' }).reasons[0];
    expect(growingHeel).toMatchObject({ urgency: 'routine', message: expect.stringMatching(/growth plate at the back of the heel bone \(Sever's disease\).*If you cannot put weight on the foot, see one today\. Stop running and the exercises until a clinician has seen it\./) });
    // The entry does not say where: a limp or pain higher up is still seen within days (a slipped growth plate at the
    // hip shows as knee or thigh pain), on a condition, as the matcher's knee question asks (found by review).
    expect(growingHeel?.message).toMatch(/If you limp, or the hip, groin, thigh or knee hurts as well, see a doctor within days/);
    expect(growingHeel?.message).not.toMatch(/with pain in the heel/);
    expect(reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'growth-plate' }], { today: '2026-12-04' }).reasons[0]?.urgency).toBe('within-days');
    // A swollen calf logged after swelling comes first: the referral's urgency is its first reason's.
    const both = reviewPlan(
      founding,
      [
        { kind: 'symptom', date: '2026-12-03', redFlag: 'swelling' },
        { kind: 'symptom', date: '2026-12-04', redFlag: 'calf-swelling' },
      ],
      { today: '2026-12-04' },
    );
    expect(both.reasons.filter((reason) => reason.status === 'refer').map((reason) => [reason.rule, reason.urgency])).toEqual([
      ['red-flag', 'today'],
      ['load', 'today'],
      ['red-flag', 'routine'],
    ]);
    expect(both.reasons[0]?.message).toMatch(/swollen calf/);
    // Each stopped day says how soon, dated: "today" on a later day would read as that day.
    expect(both.plan.days.find((day) => day.date === '2026-12-10')?.flags.map((flag) => flag.message)).toContain(
      'No running and no exercises until a clinician clears you. On 2026-12-04 you were told to see one that day: if you have not been seen yet, go today. Log their clearance to go on.',
    );
    // A swollen calf logged after an earlier review referred for groin pain: the stopped days now say "that day", not
    // the earlier "within days" (found by review).
    const groinFirst = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'groin-pain-with-running' }], { today: '2026-12-04' }).plan;
    const calfAfter = reviewPlan(groinFirst, [{ kind: 'symptom', date: '2026-12-06', redFlag: 'calf-swelling' }], { today: '2026-12-06' });
    expect(calfAfter.reasons.find((reason) => reason.rule === 'load')).toMatchObject({ urgency: 'today', message: expect.stringMatching(/On 2026-12-06 you were told to see one that day/) });
    expect(calfAfter.plan.days.find((day) => day.date === '2026-12-08')?.flags.map((flag) => flag.message).join(' ')).toMatch(/On 2026-12-06 you were told to see one that day/);
    // Reviewed again with nothing more urgent, the days keep the note of the review that referred.
    const again = reviewPlan(calfAfter.plan, [{ kind: 'pain', date: '2026-12-07', during: 1 }], { today: '2026-12-07' });
    expect(again.plan.days.find((day) => day.date === '2026-12-08')?.flags.map((flag) => flag.message).join(' ')).toMatch(/On 2026-12-06 you were told to see one that day/);
    // Cleared, then a new red flag in the same review: the earlier referral's notes and stopped exercises give way to the
    // new referral's (found by review: "if you have not been seen yet" from the settled referral stayed on every day).
    const popped = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'sudden-pop' }], { today: '2026-12-04' }).plan;
    const clearedThenNight = reviewPlan(popped, [{ kind: 'clearance', date: '2026-12-05' }, { kind: 'symptom', date: '2026-12-06', redFlag: 'night-pain' }], { today: '2026-12-06' });
    expect(clearedThenNight.reasons.map((reason) => [reason.rule, reason.urgency])).toEqual([
      ['red-flag', 'routine'],
      ['load', 'routine'],
    ]);
    const dayAfter = clearedThenNight.plan.days.find((day) => day.date === '2026-12-08');
    expect(dayAfter?.flags.map((flag) => flag.message)).toEqual(['No running until a clinician clears you. Log their clearance to go on.']);
    expect(dayAfter?.exercises.length).toBeGreaterThan(0);
    expect(clearedThenNight.plan.load?.referredOn).toBe('2026-12-06');
    const clearedThenCalf = reviewPlan(popped, [{ kind: 'clearance', date: '2026-12-05' }, { kind: 'symptom', date: '2026-12-06', redFlag: 'calf-swelling' }], { today: '2026-12-06' });
    expect(clearedThenCalf.plan.days.find((day) => day.date === '2026-12-08')?.flags.map((flag) => flag.message).join(' ')).toMatch(/On 2026-12-06 you were told to see one that day/);
    // A red flag logged after a clearance on the clearance's own day still refers (found by review: a clearance then a
    // swollen calf on one day gave "progress", the calf settled by a clearance given before it); one logged before the
    // clearance that day was seen by the clinician who cleared the runner, and is settled.
    const sameDayAfter = reviewPlan(popped, [{ kind: 'clearance', date: '2026-12-05' }, { kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }], { today: '2026-12-06' });
    expect(sameDayAfter.status).toBe('refer');
    expect(sameDayAfter.reasons[0]).toMatchObject({ rule: 'red-flag', urgency: 'today' });
    expect(sameDayAfter.plan.days.filter((day) => day.date >= '2026-12-06').every((day) => day.running.intensity === 'rest' && day.exercises.length === 0)).toBe(true);
    // A stopped day's "no running" is the referral's, not the prescription's: it does not cite the protocol's jogging
    // limit (found in the playground, whose tooltip showed "Jog no farther than 5 miles a day" for "no running").
    for (const day of sameDayAfter.plan.days.filter((entry) => entry.date >= '2026-12-06')) {
      expect(day.running.evidence).toEqual([expect.objectContaining({ kind: 'library-default', reason: expect.stringMatching(/^A referral stops the running/) })]);
    }
    const sameDayBefore = reviewPlan(popped, [{ kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }, { kind: 'clearance', date: '2026-12-05' }], { today: '2026-12-06' });
    expect(sameDayBefore.status).not.toBe('refer');
    expect(sameDayBefore.plan.days.some((day) => day.date >= '2026-12-06' && day.running.intensity !== 'rest')).toBe(true);
    // Given again at the next review, whole, the order stands: the plan holds the clearance, the calf after it.
    expect(reviewPlan(sameDayAfter.plan, [{ kind: 'clearance', date: '2026-12-05' }, { kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }], { today: '2026-12-07' }).status).toBe('refer');
    // The same, for an app that gives only what is new at each review (found by a second review: an identical red flag
    // logged again after a same-day clearance was taken for the one the clearance settled, and dropped).
    const settledFirst = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }, { kind: 'clearance', date: '2026-12-05' }], { today: '2026-12-05' });
    expect(settledFirst.status).not.toBe('refer');
    const againAfter = reviewPlan(settledFirst.plan, [{ kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }], { today: '2026-12-06' });
    expect(againAfter.status).toBe('refer');
    expect(againAfter.reasons[0]).toMatchObject({ rule: 'red-flag', urgency: 'today' });
    // The whole log given again is the same log: still settled, nothing new.
    expect(reviewPlan(settledFirst.plan, [{ kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }, { kind: 'clearance', date: '2026-12-05' }], { today: '2026-12-06' }).status).not.toBe('refer');
    // A red flag held, then (only new) a clearance and the same red flag again on its day: the second one refers.
    const heldFlag = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-05', redFlag: 'night-pain' }], { today: '2026-12-05' });
    expect(reviewPlan(heldFlag.plan, [{ kind: 'clearance', date: '2026-12-05' }, { kind: 'symptom', date: '2026-12-05', redFlag: 'night-pain' }], { today: '2026-12-06' }).status).toBe('refer');
    expect(reviewPlan(heldFlag.plan, [{ kind: 'clearance', date: '2026-12-05' }], { today: '2026-12-06' }).status).not.toBe('refer');
    // A clearance after the plan's last day ends a referral too (found by a second review: entries after the end are
    // never stored, so never new, and the runner stayed referred whatever was logged).
    const endReferred = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-05', redFlag: 'night-pain' }], { today: '2026-12-05' });
    const clearedAfterEnd = reviewPlan(endReferred.plan, [{ kind: 'clearance', date: '2026-12-15' }], { today: '2026-12-16' });
    expect(founding.endDate).toBe('2026-12-14');
    expect(clearedAfterEnd.status).toBe('progress');
    expect(clearedAfterEnd.reasons.map((reason) => reason.rule)).toEqual(['clearance']);
    expect(clearedAfterEnd.plan.load?.referredOn).toBeUndefined();
    // …and stays ended for an app that passes only what is new (found by review: the next review, given nothing,
    // referred the runner again for the red flag they were cleared of: the clearance after the end is stored nowhere).
    expect(clearedAfterEnd.plan.load?.clearedOn).toBe('2026-12-15');
    const next = reviewPlan(clearedAfterEnd.plan, [], { today: '2026-12-17' });
    expect(next.status).toBe('progress');
    expect(next.reasons.map((reason) => reason.message)).toEqual(['This plan ended on 2026-12-14, and nothing new is logged since the review of 2026-12-16. A new plan, made from your recent runs, goes on from here.']);
    expect(reviewPlan(next.plan, [{ kind: 'pain', date: '2026-12-17', during: 1 }], { today: '2026-12-18' }).status).toBe('progress');
    // A red flag logged after that, dated before the clearance, still refers: no review had read it.
    expect(reviewPlan(clearedAfterEnd.plan, [{ kind: 'symptom', date: '2026-12-10', redFlag: 'swelling' }], { today: '2026-12-17' }).status).toBe('refer');
    // Found by a second review of that: a swollen calf noticed before a clearance past the end, logged after a review
    // had read the clearance, was settled by it and never referred — whole log or only what is new.
    const afterEndReferred = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-15', redFlag: 'night-pain' }], { today: '2026-12-16' });
    const afterEndCleared = reviewPlan(afterEndReferred.plan, [{ kind: 'symptom', date: '2026-12-15', redFlag: 'night-pain' }, { kind: 'clearance', date: '2026-12-19' }], { today: '2026-12-20' });
    expect(afterEndCleared.status).toBe('progress');
    const lateCalf: LogEntry = { kind: 'symptom', date: '2026-12-17', redFlag: 'calf-swelling' };
    for (const log of [[{ kind: 'symptom', date: '2026-12-15', redFlag: 'night-pain' } as LogEntry, { kind: 'clearance', date: '2026-12-19' } as LogEntry, lateCalf], [lateCalf]]) {
      const late = reviewPlan(afterEndCleared.plan, log, { today: '2026-12-24' });
      expect(late.status).toBe('refer');
      expect(late.reasons[0]?.urgency).toBe('today');
    }
    // …while the warning sign the clearance was for stays settled, given again or not.
    expect(reviewPlan(afterEndCleared.plan, [{ kind: 'symptom', date: '2026-12-15', redFlag: 'night-pain' }, { kind: 'clearance', date: '2026-12-19' }], { today: '2026-12-22' }).status).toBe('progress');
    // A second swollen calf logged after a clearance, on its day, re-refers "today" — and still says so a review later
    // (it was settled by the clearance's date and downgraded to routine).
    const calf: LogEntry = { kind: 'symptom', date: '2026-12-03', redFlag: 'calf-swelling' };
    const calfReferred = reviewPlan(founding, [calf], { today: '2026-12-03' });
    const calfCleared = reviewPlan(calfReferred.plan, [calf, { kind: 'clearance', date: '2026-12-05' }], { today: '2026-12-05' });
    const calfAgain = reviewPlan(calfCleared.plan, [calf, { kind: 'clearance', date: '2026-12-05' }, { kind: 'symptom', date: '2026-12-05', redFlag: 'calf-swelling' }], { today: '2026-12-06' });
    expect([calfAgain.status, calfAgain.reasons[0]?.urgency]).toEqual(['refer', 'today']);
    const later = reviewPlan(calfAgain.plan, [{ kind: 'pain', date: '2026-12-07', during: 1 }], { today: '2026-12-07' });
    expect([later.status, later.reasons[0]?.rule, later.reasons[0]?.urgency]).toEqual(['refer', 'red-flag', 'today']);
    // Its reason does not promise running from a plan that has no days left (noticed at the last stop).
    expect(clearedAfterEnd.reasons[0]?.message).toBe(
      "A clinician cleared you on 2026-12-15. This plan ended on 2026-12-14, so it has no days left to run: a new plan, made from your recent runs, goes on from here.",
    );
    // Pain logged after the plan's last day is not "nothing logged" (found by review): the plan has ended. Above the
    // limits it steps back (it was "progress", and "a new plan, made from your recent runs, goes on from here").
    const afterEnd = reviewPlan(founding, [{ kind: 'pain', date: '2026-12-16', during: 8 }], { today: '2026-12-17' });
    expect(afterEnd.status).toBe('step-back');
    expect(afterEnd.reasons.map((reason) => reason.message)).toEqual([
      expect.stringMatching(/^Pain during activity reached 8\/10 on 2026-12-16, above the limit of 5\/10: reduce the load a step/),
      'This plan ended on 2026-12-14: what you logged after it is read for warning signs and pain, and changes no day of it. Pain broke the limits since: a new plan should start lower, with no run as long as the one that hurt.',
    ]);
    const fineAfterEnd = reviewPlan(founding, [{ kind: 'pain', date: '2026-12-16', during: 2 }], { today: '2026-12-17' });
    expect(fineAfterEnd.status).toBe('progress');
    expect(fineAfterEnd.reasons.map((reason) => reason.message)).toEqual([
      'This plan ended on 2026-12-14: what you logged after it is read for warning signs and pain, and changes no day of it. A new plan, made from your recent runs, goes on from here.',
    ]);
    // Two clearances in one review: the reason names the latest, the one the rules read (it named the first).
    const twice = reviewPlan(endReferred.plan, [{ kind: 'clearance', date: '2026-12-06' }, { kind: 'clearance', date: '2026-12-08' }], { today: '2026-12-09' });
    expect(twice.reasons.find((reason) => reason.rule === 'clearance')?.message).toMatch(/^A clinician cleared you on 2026-12-08: with no tolerated week logged, running resumes from the return-to-run programme\.$/);
    // ... but not one dated before the referral, nor a red flag logged after it.
    expect(reviewPlan(endReferred.plan, [{ kind: 'clearance', date: '2026-12-15' }, { kind: 'symptom', date: '2026-12-15', redFlag: 'night-pain' }], { today: '2026-12-16' }).status).toBe('refer');
    // Severe pain after a same-day clearance counts too: 8/10 logged after the clearance on 12-05 and again on 12-06.
    const severeAfter = reviewPlan(founding, [{ kind: 'clearance', date: '2026-12-05' }, { kind: 'pain', date: '2026-12-05', during: 8 }, { kind: 'pain', date: '2026-12-06', during: 8 }], { today: '2026-12-06' });
    expect(severeAfter.reasons.map((reason) => reason.rule)).toContain('severe-pain');
    // An urgent referral reviewed on a rest day of the programme still reports what it did to the running (found by
    // review: the load reason read only today's day, which says nothing).
    const shins = generatePlan(getProtocol('medial-tibial-stress-syndrome'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const restDay = shins.days.find((day) => day.running.intensity === 'rest' && day.exercises.length === 0 && day.date > '2026-12-01')?.date;
    expect(restDay).toBeDefined();
    const onRest = reviewPlan(shins, [{ kind: 'symptom', date: restDay ?? '', redFlag: 'calf-swelling' }], { today: restDay ?? '' });
    expect(onRest.reasons.map((reason) => [reason.rule, reason.urgency])).toEqual([
      ['red-flag', 'today'],
      ['load', 'today'],
    ]);
    const groin = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'groin-pain-with-running' }], { today: '2026-12-04' });
    expect(groin.reasons[0]?.urgency).toBe('within-days');
    expect(groin.plan.days.find((day) => day.date === '2026-12-10')?.flags.map((flag) => flag.message).join(' ')).toMatch(/On 2026-12-04 you were told to see one within days/);
    // Severe pain twice in a week refers, booked.
    const severe = reviewPlan(founding, [{ kind: 'pain', date: '2026-12-02', during: 8 }, { kind: 'pain', date: '2026-12-04', during: 7 }], { today: '2026-12-04' });
    expect(severe.reasons.find((reason) => reason.rule === 'severe-pain')).toMatchObject({ status: 'refer', urgency: 'routine' });
    // A step-back or a hold says nothing of urgency.
    const flare = reviewPlan(founding, [{ kind: 'pain', date: '2026-12-03', during: 6 }], { today: '2026-12-04' });
    expect(flare.status).toBe('step-back');
    expect(flare.reasons.every((reason) => reason.urgency === undefined)).toBe(true);
  });

  it('takes the founding runner, followed faithfully, to the day-14 check unchanged', () => {
    const log: LogEntry[] = founding.days.slice(0, 13).flatMap((day) => [
      { kind: 'run', date: day.date, distance: { value: Math.min(day.running.maxDistance?.value ?? 0, 5), unit: 'mi' }, pain: { during: 1, after: 1 } } as const,
      { kind: 'pain', date: day.date, nextMorning: 0 } as const,
      { kind: 'session', date: day.date } as const,
    ]);
    const result = reviewPlan(founding, log, { today: '2026-12-14' });
    expect(result.status).toBe('progress');
    expect(withoutReview(dayOf(result.plan, '2026-12-14') as Plan['days'][number])).toEqual(dayOf(founding, '2026-12-14'));
    expect(result.plan.checkpoints).toEqual(founding.checkpoints);
  });

  it('re-fits a runner-fitted plan with the logged runs, never planning above a day’s limit', () => {
    const history = Array.from({ length: 12 }, (_, index) => ({ date: `2026-11-${String(1 + index * 2).padStart(2, '0')}`, distance: { value: 8, unit: 'km' } as const }));
    const plan = generatePlan(plantarHeelPain, { startDate: '2026-12-01', history });
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-02', distance: { value: 3, unit: 'km' }, pain: { during: 7 } },
      { kind: 'pain', date: '2026-12-02', nextMorning: 5 },
    ];
    const result = reviewPlan(plan, log, { today: '2026-12-04', baselinePain: 1 });
    expect(result.status).toBe('step-back');
    for (const day of result.plan.days) {
      const planned = day.running.planned?.distance?.value ?? 0;
      if (day.running.maxDistance !== null) expect(planned).toBeLessThanOrEqual(day.running.maxDistance.value);
    }
    expect(() => parsePlanInFull(result.plan)).not.toThrow();
  });

  it('never moves a plan earlier than its start when reviewed before it begins', () => {
    const result = reviewPlan(founding, [{ kind: 'pain', date: '2026-11-27', during: 7 }], { today: '2026-11-28' });
    expect(result.status).toBe('step-back');
    expect(result.plan.days[0]?.date).toBe(founding.startDate);
    expect(result.plan.endDate).toBe(founding.endDate);
  });

  it('rejects entries after today, naming the entry', () => {
    expect(() => reviewPlan(founding, [{ kind: 'pain', date: '2026-12-09', during: 1 }], { today: '2026-12-08' })).toThrow(RehabInputError);
    try {
      reviewPlan(founding, [{ kind: 'pain', date: '2026-12-09', during: 1 }], { today: '2026-12-08' });
    } catch (error) {
      expect((error as RehabInputError).issues[0]?.path).toEqual([0, 'date']);
    }
  });

  it('rejects a rating on waking on an entry dated today: it is tomorrow morning’s (found by review)', () => {
    const log: LogEntry[] = [
      { kind: 'pain', date: '2026-12-07', during: 2, nextMorning: 1 },
      { kind: 'pain', date: '2026-12-08', during: 1, nextMorning: 6, morningStiffness: 3 },
    ];
    const issues = issuesOf(() => reviewPlan(founding, log, { today: '2026-12-08' }));
    expect(issues.map((issue) => issue.path)).toEqual([
      [1, 'nextMorning'],
      [1, 'morningStiffness'],
    ]);
    expect(issues[0]?.message).toBe("nextMorning on an entry dated 2026-12-08 is the rating on waking on 2026-12-09, after today: log this morning's rating on the entry of the day before (2026-12-07)");
    // The day after, the same log is what happened.
    expect(reviewPlan(founding, log, { today: '2026-12-09' }).status).toBe('step-back');
    // A rating of today's activity is today's.
    expect(() => reviewPlan(founding, [{ kind: 'pain', date: '2026-12-08', during: 3, after: 2 }], { today: '2026-12-08' })).not.toThrow();
  });

  it('rejects a run or race too long to be one (a unit slip or a ride), as a history does, naming each', () => {
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-03', distance: { value: 5, unit: 'km' } },
      { kind: 'run', date: '2026-12-04', distance: { value: 1e9, unit: 'km' } },
      { kind: 'race', date: '2026-12-05', distance: { value: 400, unit: 'km' } },
    ];
    try {
      reviewPlan(founding, log, { today: '2026-12-06' });
      expect.unreachable('a run of a billion km was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(RehabInputError);
      const issues = (error as RehabInputError).issues;
      expect(issues.map((issue) => issue.path)).toEqual([
        [1, 'distance', 'value'],
        [2, 'distance', 'value'],
      ]);
      expect(issues[0]?.message).toMatch(/at most 350 km .*check the unit, or whether it was a ride/);
    }
    // 350 km itself, a 24-hour race, is a run.
    expect(reviewPlan(founding, [{ kind: 'race', date: '2026-12-05', distance: { value: 350, unit: 'km' } }], { today: '2026-12-06' }).status).toBeDefined();
  });

  it('asks for the protocol when the plan’s is not in the library', () => {
    const foreign = { ...founding, protocolId: 'my-protocol', generatedWith: undefined };
    delete (foreign as Partial<Plan>).generatedWith;
    expect(() => reviewPlan(foreign, [], { today: '2026-12-03' })).toThrow(/pass it as options.protocol/);
  });
});

describe('a plan made without the runner’s training, cleared by a clinician with no tolerated week', () => {
  it('resumes from the return-to-run programme, as the clearance says, not from the protocol’s limits', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const referred = reviewPlan(plan, [{ kind: 'symptom', date: '2026-12-02', redFlag: 'swelling' }], { today: '2026-12-02' });
    const cleared = reviewPlan(referred.plan, [{ kind: 'clearance', date: '2026-12-09' }], { today: '2026-12-09' });
    expect(cleared.reasons.find((reason) => reason.rule === 'clearance')?.message).toMatch(/from the return-to-run programme/);
    const next = cleared.plan.days.filter((day) => day.date >= '2026-12-09');
    // Every limit within the programme's first steps (1 to 1.5 miles), and its walk/run sessions planned.
    for (const day of next.slice(0, 7)) expect(day.running.maxDistance?.value ?? 0).toBeLessThanOrEqual(2.5);
    expect(next.some((day) => day.running.planned?.kind === 'intervals')).toBe(true);
    expect(next.flatMap((day) => day.flags).map((flag) => flag.message).join(' ')).not.toMatch(/in the history \(0 km\)/);
  });
});

describe('the next runs follow the runner’s body (found by an adversarial review of the load loop)', () => {
  const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // About 25 km a week on four days for eight weeks before the plan (5, 5, 5 and 10 km).
  const history = Array.from({ length: 8 }, (_, week) =>
    ([[0, 5], [2, 5], [4, 5], [6, 10]] as const).map(([offset, km]) => ({ date: new Date(Date.UTC(2026, 9, 6 + week * 7 + offset)).toISOString().slice(0, 10), distance: { value: km, unit: 'km' as const } })),
  ).flat();
  const achilles = generatePlan(getProtocol('achilles-tendinopathy-midportion-eccentric'), { startDate: '2026-12-01', unit: 'km', history });
  const planned = (plan: Plan, from: string, days = 7) => plan.days.filter((day) => day.date >= from).slice(0, days).map((day) => day.running.planned?.distance?.value ?? 0);
  const limits = (plan: Plan, from: string, days = 7) => plan.days.filter((day) => day.date >= from).slice(0, days).map((day) => day.running.maxDistance?.value ?? 0);

  it('cuts again when the stepped-back run, done on the step-back’s own day, hurts: a new flare on the new load', () => {
    const first = reviewPlan(achilles, [{ kind: 'run', date: '2026-12-05', distance: { value: 4, unit: 'km' }, pain: { during: 6 } }], { today: '2026-12-07' });
    expect(first.status).toBe('step-back');
    const steppedBack = Math.max(...planned(first.plan, '2026-12-07'));
    // 70 % of the 4 km run in the 7 days before, the only run logged (a log that holds runs counts a planned day with
    // none logged as not run).
    expect(steppedBack).toBe(2.7);
    const second = reviewPlan(first.plan, [{ kind: 'run', date: '2026-12-07', distance: { value: 3.2, unit: 'km' }, pain: { during: 8, after: 8 } }, { kind: 'pain', date: '2026-12-07', nextMorning: 7 }], { today: '2026-12-08' });
    expect(second.status).toBe('step-back');
    expect(second.reasons.map((reason) => reason.rule)).not.toContain('same-flare');
    // No run in the 7 days ahead as long as 80 % of the 3.2 km that hurt (it held them at 3.2 km, and said up to 4 km),
    // and the week after grows no more than 10 % from there.
    expect(Math.max(...planned(second.plan, '2026-12-08'))).toBeLessThanOrEqual(0.8 * 3.2 + 1e-9);
    expect(Math.max(...planned(second.plan, '2026-12-15'))).toBeLessThanOrEqual(1.1 * 0.8 * 3.2 + 1e-9);
    // A rating of the flare already cut for, dated before the step-back's day and logged late, still does not cut twice.
    const late = reviewPlan(first.plan, [{ kind: 'pain', date: '2026-12-06', during: 7 }], { today: '2026-12-08' });
    expect(late.reasons.map((reason) => reason.rule)).toContain('same-flare');
    expect(late.status).toBe('hold');
    // The run logged in one review and its pain in the next (an app syncing the watch, then asking how it felt): the
    // same new flare, cut again (it was taken for the old flare, a hold).
    const ran = reviewPlan(first.plan, [{ kind: 'run', date: '2026-12-07', distance: { value: 3.2, unit: 'km' } }], { today: '2026-12-07' });
    expect(ran.status).toBe('progress');
    const hurt = reviewPlan(ran.plan, [{ kind: 'pain', date: '2026-12-07', during: 8, after: 8 }], { today: '2026-12-08' });
    expect(hurt.status).toBe('step-back');
    expect(hurt.reasons.map((reason) => reason.rule)).not.toContain('same-flare');
    expect(Math.max(...planned(hurt.plan, '2026-12-08'))).toBeLessThanOrEqual(0.8 * 3.2 + 1e-9);
    // …while the pain of the run that brought the step-back, logged on its day after it, is still that flare.
    const sameDay = reviewPlan(achilles, [{ kind: 'run', date: '2026-12-05', distance: { value: 4, unit: 'km' } }, { kind: 'pain', date: '2026-12-05', during: 6 }], { today: '2026-12-05' });
    expect(sameDay.status).toBe('step-back');
    const ratedAgain = reviewPlan(sameDay.plan, [{ kind: 'pain', date: '2026-12-05', after: 7 }], { today: '2026-12-06' });
    expect(ratedAgain.reasons.map((reason) => reason.rule)).toContain('same-flare');
  });

  it('never lets a painful run longer than planned raise the step-back’s cap', () => {
    const review = (km: number) => reviewPlan(achilles, [{ kind: 'run', date: '2026-12-01', distance: { value: km, unit: 'km' }, pain: { during: 7 } }], { today: '2026-12-02' });
    const asPlanned = review(4);
    const overrun = review(10);
    expect(achilles.days[0]?.running.planned?.distance?.value).toBe(4);
    expect([asPlanned.status, overrun.status]).toEqual(['step-back', 'step-back']);
    // It capped at 8 km (80 % of 10 km) where 4 km was planned; now at 3.2 km either way, and never more than as planned.
    expect(Math.max(...limits(overrun.plan, '2026-12-02'))).toBe(3.2);
    planned(overrun.plan, '2026-12-02', 21).forEach((value, index) => expect(value).toBeLessThanOrEqual((planned(asPlanned.plan, '2026-12-02', 21)[index] ?? 0) + 1e-9));
    expect(overrun.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/80 % of the shortest run that hurt, 4 km, counted no farther than planned/);
  });

  it('never lets overrunning a plan of limits weaken its step-back (the founding plan)', () => {
    const review = (miles: number) => reviewPlan(founding, [{ kind: 'run', date: '2026-12-03', distance: { value: miles, unit: 'mi' } }, { kind: 'pain', date: '2026-12-04', during: 7 }], { today: '2026-12-05' });
    const overrun = review(12);
    expect(founding.days[2]?.running.maxDistance?.value).toBe(5);
    // 70 % of the 5 mi the day allowed, not of the 12 mi run (it said "no run longer than 8.4 mi" and lowered nothing).
    expect(Math.max(...limits(overrun.plan, '2026-12-05'))).toBe(3.5);
    expect(overrun.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/70 % of the longest run of the 7 days before, 5 mi, each run counted no farther than its day allowed/);
    limits(overrun.plan, '2026-12-05', 21).forEach((value, index) => expect(value).toBeLessThanOrEqual((limits(review(5).plan, '2026-12-05', 21)[index] ?? 0) + 1e-9));
  });

  it('steps back from the load the runner is on in a plan’s first days, not from the fuller weeks before it', () => {
    const log: LogEntry[] = [
      { kind: 'run', date: '2026-12-01', distance: { value: 4, unit: 'km' }, pain: { during: 0 } },
      { kind: 'pain', date: '2026-12-02', during: 8, after: 7, nextMorning: 6 },
    ];
    const result = reviewPlan(achilles, log, { today: '2026-12-03' });
    expect(result.status).toBe('step-back');
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    // The 7 days before are mostly the history's 25 km weeks, which the plan had already cut to 70 %: measured on them,
    // 8/10 pain cut the week ahead by 5 % and allowed runs of 10 km.
    expect(sum(planned(result.plan, '2026-12-03'))).toBeLessThanOrEqual(0.7 * sum(planned(achilles, '2026-12-03')) + 0.1);
    expect(Math.max(...limits(result.plan, '2026-12-03'))).toBeLessThanOrEqual(Math.max(...planned(achilles, '2026-12-03')));
    expect(result.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/at most 70 % of the 17\.6 km planned for them before this review \(less than the 24 km run in the 7 days before\)/);
  });

  it('steps a return-to-run programme back from its own week when the runner’s running before it is not known', () => {
    // planForProfile for a runner whose training is not known: the return-to-run programme, 1 mile sessions.
    let profile: SymptomProfile = { region: 'knee', locations: ['anterior', 'retropatellar'], aggravatedBy: ['running', 'stairs-descent'], onset: 'gradual', redFlags: [] };
    const options = { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' as const } };
    let result = planForProfile(profile, options);
    for (let asked = 0; result.kind === 'questions' && asked < 40; asked++) {
      profile = answerQuestion(profile, result.questions[0]!, false);
      result = planForProfile(profile, options);
    }
    if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
    const ladder = result.plan;
    const runs = (plan: Plan, from: string) => planned(plan, from).filter((value) => value > 0);
    const onDay = (date: string, today: string) => reviewPlan(ladder, [{ kind: 'pain', date, during: 6 }], { today });
    const first = onDay('2026-12-01', '2026-12-02');
    const second = onDay('2026-12-02', '2026-12-03');
    expect([first.status, second.status]).toEqual(['step-back', 'step-back']);
    // Pain on day 2 planned runs of 0.21 mi (70 % of the one mile of the 7 days before, over three runs), pain on day 1
    // runs of 0.7 mi: the days before the programme, unknown, counted as no running.
    expect(Math.min(...runs(second.plan, '2026-12-03'))).toBeGreaterThanOrEqual(0.7);
    expect(Math.max(...runs(second.plan, '2026-12-03'))).toBeLessThanOrEqual(1);
    expect(second.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/as your running before the plan began on 2026-12-01 is not known/);
  });

  it('lets the limits after a step-back grow from the cut, at most 10 % a week, not return to the protocol’s', () => {
    const result = reviewPlan(achilles, [{ kind: 'run', date: '2026-12-03', distance: { value: 4, unit: 'km' }, pain: { during: 7 } }], { today: '2026-12-04' });
    expect(result.status).toBe('step-back');
    expect(Math.max(...limits(result.plan, '2026-12-04'))).toBe(3.2);
    // It was 11 km a week later ("run up to 11.0 km" in the calendar, a week after pain at 4 km).
    expect(Math.max(...limits(result.plan, '2026-12-11'))).toBeLessThanOrEqual(3.5);
    expect(Math.max(...limits(result.plan, '2026-12-18'))).toBeLessThanOrEqual(3.8);
  });

  it('keeps running in a programme that runs every other day, whatever day of its first two weeks it steps back on', () => {
    const shins = generatePlan(getProtocol('medial-tibial-stress-syndrome'), { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const runs = (plan: Plan, from: string) => plan.days.filter((day) => day.date >= from && day.running.intensity !== 'rest').map((day) => day.date);
    for (let offset = 0; offset < 14; offset++) {
      const painDay = shins.days[offset]?.date ?? '';
      const today = shins.days[offset + 1]?.date ?? '';
      const result = reviewPlan(shins, [{ kind: 'pain', date: painDay, during: 6 }], { today });
      expect(result.status, painDay).toBe('step-back');
      const ahead = runs(result.plan, today);
      // Running goes on within the week, on days the plan before ran (it left no running at all on days 1, 6, 8, 13).
      expect(ahead.filter((date) => date < shiftDate(today, 7)).length, painDay).toBeGreaterThan(0);
      for (const date of ahead.filter((entry) => entry <= shins.endDate)) expect(runs(shins, today), `${painDay}: ${date}`).toContain(date);
      // The sessions of the first 7 days are cut to at most 70 % of their repeats or minutes, as the reason says, and
      // no distance is named: the programme has none to cap (it said "no run longer than 2.4 km" and capped nothing).
      const said = result.reasons.find((reason) => reason.rule === 'load')?.message ?? '';
      expect(said, painDay).toMatch(/cut to at most 70 % of their repeats or minutes/);
      expect(said, painDay).not.toMatch(/km/);
    }
    const ran = reviewPlan(shins, [{ kind: 'run', date: '2026-12-11', distance: { value: 3, unit: 'km' }, pain: { during: 7 } }], { today: '2026-12-12' });
    expect(ran.reasons.find((reason) => reason.rule === 'load')?.message).toBe('Stepped back by the review of 2026-12-12: the running sessions of these 7 days are cut to at most 70 % of their repeats or minutes; the programme goes back 7 days.');
  });

  it('grows a programme given by time at most 10 % a week after a step-back, and keeps each session’s planned kind its own', () => {
    // Found by review: 8-minute sessions for a week after a 16-minute session hurt, then 16 minutes again, then 20.
    const minutes = (day: Plan['days'][number]) => {
      const { intervals, durationMinutes } = day.running;
      return intervals ? ((intervals.runSeconds + intervals.walkSeconds) * intervals.repeats) / 60 : durationMinutes;
    };
    for (const withHistory of [false, true]) {
      const shins = generatePlan(getProtocol('medial-tibial-stress-syndrome'), { startDate: '2026-12-01', ...(withHistory ? { history } : {}) });
      const result = reviewPlan(shins, [{ kind: 'run', date: '2026-12-10', distance: { value: 2.5, unit: 'km' }, durationMinutes: 16, pain: { during: 6 } }], { today: '2026-12-11' });
      expect(result.status).toBe('step-back');
      const ahead = result.plan.days.filter((day) => day.date >= '2026-12-11' && minutes(day) !== undefined && day.running.intensity !== 'rest');
      const firstWeek = Math.max(...ahead.filter((day) => day.date < '2026-12-18').map((day) => minutes(day) ?? 0));
      expect(firstWeek).toBeLessThanOrEqual(0.7 * 16);
      for (const day of ahead) {
        const week = Math.floor((Date.parse(day.date) - Date.parse('2026-12-11')) / (7 * 86_400_000));
        expect(minutes(day), day.date).toBeLessThanOrEqual(firstWeek * 1.1 ** week + 1e-9);
        const planned = day.running.planned;
        if (planned?.minutes !== undefined) {
          expect(planned.kind, day.date).toBe(day.running.intervals ? 'intervals' : 'continuous');
          expect(planned.minutes, day.date).toBeLessThanOrEqual((minutes(day) ?? 0) + 1e-9);
        }
      }
    }
  });

  it('says a checkpoint met moves on only when the review does (found by review: "so move on" beside a step-back)', () => {
    const shins = generatePlan(getProtocol('medial-tibial-stress-syndrome'), { startDate: '2026-12-01', history });
    const log: LogEntry[] = shins.days
      .slice(0, 8)
      .flatMap((day): LogEntry[] => (day.running.intensity === 'rest' ? [] : [{ kind: 'run', date: day.date, distance: { value: 2, unit: 'km' }, durationMinutes: 16, pain: { during: 2 } }]));
    const met = reviewPlan(shins, log, { today: '2026-12-09' });
    expect(met.reasons.find((reason) => reason.rule === 'checkpoint')?.message).toMatch(/, so move on\.$/);
    const hurt = reviewPlan(shins, [...log, { kind: 'run', date: '2026-12-10', distance: { value: 2.5, unit: 'km' }, durationMinutes: 20, pain: { during: 6 } }], { today: '2026-12-11' });
    expect(hurt.status).toBe('step-back');
    expect(hurt.reasons.find((reason) => reason.rule === 'checkpoint')?.message).toMatch(/pain stayed within its limits \(the most logged during activity was 2\/10\), but this review steps the load back first\.$/);
  });

  it('says a run logged on a day the referral stopped is running before a clinician has seen you, not an overrun of a plan', () => {
    const referred = reviewPlan(achilles, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }], { today: '2026-12-03' });
    const ran = reviewPlan(referred.plan, [{ kind: 'run', date: '2026-12-04', distance: { value: 5, unit: 'km' } }], { today: '2026-12-05' });
    expect(ran.status).toBe('refer');
    expect(ran.reasons.find((reason) => reason.rule === 'overrun')?.message).toBe('On 2026-12-04 you ran 5 km while the plan was stopped for a clinician to see you: do not run until a clinician clears you.');
  });

  it('takes a run with its activity id, as a training history gives it, and counts the same activity given twice once', () => {
    const run = { kind: 'run' as const, date: '2026-12-03', distance: { value: 4, unit: 'km' as const }, id: '12345678' };
    // It was "Unknown field `id`", though the docs call a logged run the same entry as a history's.
    const once = reviewPlan(achilles, [run], { today: '2026-12-04' });
    const twice = reviewPlan(achilles, [run, { ...run }], { today: '2026-12-04' });
    expect(twice.plan).toEqual(once.plan);
    expect(twice.reasons.map((reason) => reason.rule)).not.toContain('overrun');
    expect(once.plan.days.find((day) => day.date === '2026-12-03')?.logged).toEqual([run]);
    // Two activities on one day are two runs: 8 km where 4 were planned.
    const two = reviewPlan(achilles, [run, { ...run, id: '12345679' }], { today: '2026-12-04' });
    expect(two.reasons.find((reason) => reason.rule === 'overrun')?.message).toMatch(/^On 2026-12-03 you ran 8 km, more than the 4 km planned/);
    // Without ids, the same entry twice is two runs, as before: the log cannot tell them apart.
    expect(reviewPlan(achilles, [{ ...run, id: undefined }, { ...run, id: undefined }].map(({ id: _, ...entry }) => entry), { today: '2026-12-04' }).reasons.map((reason) => reason.rule)).toContain('overrun');
    expect(issuesOf(() => reviewPlan(achilles, [{ ...run, id: '' }], { today: '2026-12-04' }))).toEqual([{ path: [0, 'id'], message: 'Expected a non-empty activity id' }]);
  });

  it('cuts once for one run whose pain is logged entry by entry on the day, reviewed after each (found by a second review)', () => {
    const entries: LogEntry[] = [
      { kind: 'run', date: '2026-12-07', distance: { value: 4, unit: 'km' }, pain: { during: 6 } },
      { kind: 'pain', date: '2026-12-07', after: 6 },
      { kind: 'pain', date: '2026-12-07', nextMorning: 6 },
    ];
    let plan = achilles;
    const statuses: string[] = [];
    const plans: Plan[] = [];
    for (let count = 1; count <= entries.length; count++) {
      // The rating on waking is given the next morning.
      const result = reviewPlan(plan, entries.slice(0, count), { today: count === 3 ? '2026-12-08' : '2026-12-07' });
      statuses.push(result.status);
      plan = result.plan;
      plans.push(plan);
    }
    // It cut, cut again and referred ("the third step-back") for one run.
    expect(statuses).toEqual(['step-back', 'hold', 'hold']);
    expect(plan.load?.stepBacks).toBe(1);
    // The day's two entries reviewed one by one plan what one review of both plans.
    expect(planned(plans[1]!, '2026-12-07')).toEqual(planned(reviewPlan(achilles, entries.slice(0, 2), { today: '2026-12-07' }).plan, '2026-12-07'));
    // The next morning's rating holds what that cut planned — no second cut — but for that morning's run: 6/10 on
    // waking is above the 5/10 a run may reach.
    expect(planned(plans[1]!, '2026-12-08')[0]).toBeGreaterThan(0);
    expect(planned(plan, '2026-12-08')).toEqual([0, ...planned(plans[1]!, '2026-12-08').slice(1)]);
  });

  it('caps the next runs after a painful run on a rest day, counted up to what its week’s running days allowed (found by a second review)', () => {
    expect(achilles.days[1]?.running.planned?.kind).toBe('rest');
    const onRest = reviewPlan(achilles, [{ kind: 'run', date: '2026-12-02', distance: { value: 3, unit: 'km' }, pain: { during: 7 } }], { today: '2026-12-04' });
    // Counted as nothing, it capped nothing: runs up to 3.5 km and limits of 5.2 km; now 80 % of the 3 km that hurt.
    expect(Math.max(...planned(onRest.plan, '2026-12-04'), ...limits(onRest.plan, '2026-12-04'))).toBe(2.4);
  });

  it('does not tell a runner cleared in the same review that they ran while stopped (found by a second review)', () => {
    const referred = reviewPlan(achilles, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }], { today: '2026-12-03' });
    const cleared = reviewPlan(referred.plan, [{ kind: 'clearance', date: '2026-12-06' }, { kind: 'run', date: '2026-12-07', distance: { value: 3, unit: 'km' } }], { today: '2026-12-08' });
    expect(cleared.status).toBe('progress');
    expect(cleared.reasons.map((reason) => reason.message).join(' ')).not.toMatch(/while the plan was stopped/);
  });

  it('settles a red flag given with a clearance dated after the plan’s end (found by a second review)', () => {
    const result = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-10', redFlag: 'night-pain' }, { kind: 'clearance', date: '2026-12-16' }], { today: '2026-12-17' });
    expect(result.status).toBe('progress');
    expect(result.plan.load?.referredOn).toBeUndefined();
  });

  it('counts one activity once however it is given again in the log: in any order, with a field added (found by a second review)', () => {
    const run = { kind: 'run' as const, date: '2026-12-03', distance: { value: 4, unit: 'km' as const }, id: 'strava-1' };
    const other = { kind: 'run' as const, date: '2026-12-05', distance: { value: 4, unit: 'km' as const }, id: 'strava-2' };
    for (const [log, kept] of [[[run, other, { ...run }], run], [[run, { ...run, durationMinutes: 24 }], { ...run, durationMinutes: 24 }]] as const) {
      const result = reviewPlan(achilles, [...log], { today: '2026-12-06' });
      expect(result.reasons.map((reason) => reason.rule)).not.toContain('overrun');
      // The last given, the latest sync, is the one kept.
      expect(result.plan.days.find((day) => day.date === '2026-12-03')?.logged).toEqual([kept]);
    }
  });

  it('keeps the same activity once across reviews, given again whole, only new, or changed in place (found by a third review)', () => {
    const run = { kind: 'run' as const, date: '2026-12-03', distance: { value: 4, unit: 'km' as const }, id: 'strava-1' };
    const synced = { ...run, durationMinutes: 24 };
    const first = reviewPlan(achilles, [run], { today: '2026-12-04' });
    // Given as stored (the last copy given is the stored one): nothing new.
    for (const log of [[run], [synced, run]]) {
      const again = reviewPlan(first.plan, log, { today: '2026-12-05' });
      expect(again.reasons.map((reason) => reason.rule), JSON.stringify(log)).toEqual(['nothing-logged']);
      expect(again.plan.days.find((day) => day.date === '2026-12-03')?.logged).toEqual([run]);
    }
    // Changed on a later sync: it replaces the stored run, once — never two runs of 4 km.
    for (const log of [[run, synced], [synced]]) {
      const again = reviewPlan(first.plan, log, { today: '2026-12-05' });
      expect(again.reasons.map((reason) => reason.rule), JSON.stringify(log)).not.toContain('overrun');
      expect(again.plan.days.find((day) => day.date === '2026-12-03')?.logged).toEqual([synced]);
    }
    // Before the plan's start too (kept in load.loggedBeforeStart): replaced once.
    const early = { kind: 'run' as const, date: '2026-11-28', distance: { value: 5, unit: 'km' as const }, id: 'strava-0' };
    const before = reviewPlan(achilles, [early], { today: '2026-12-02' });
    const resynced = reviewPlan(before.plan, [{ ...early, durationMinutes: 30 }], { today: '2026-12-03' });
    expect(resynced.plan.load?.loggedBeforeStart).toEqual([{ ...early, durationMinutes: 30 }]);
    // A pain rating added on a later sync is read: it steps back, as it would have the first time.
    const hurt = reviewPlan(first.plan, [{ ...run, pain: { during: 7 } }], { today: '2026-12-05' });
    expect(hurt.status).toBe('step-back');
    expect(hurt.plan.days.find((day) => day.date === '2026-12-03')?.logged).toEqual([{ ...run, pain: { during: 7 } }]);
  });

  it('keeps one activity on one day when a later sync gives it under another date (found by review: stored on both)', () => {
    const run = { kind: 'run' as const, date: '2026-12-03', distance: { value: 4, unit: 'km' as const }, id: 'strava-1' };
    // A late-evening run first dated in UTC, then in the runner's own time zone.
    const redated = { ...run, date: '2026-12-02' };
    const first = reviewPlan(achilles, [run], { today: '2026-12-04' });
    const ranOn = (plan: Plan) => plan.days.flatMap((day) => (day.logged ?? []).filter((entry) => entry.kind === 'run').map(() => day.date));
    for (const log of [[redated], [run, redated]]) {
      const again = reviewPlan(first.plan, log, { today: '2026-12-05' });
      expect(ranOn(again.plan), JSON.stringify(log)).toEqual(['2026-12-02']);
      // Reviewed again with the same log, nothing changes and nothing is new.
      const third = reviewPlan(again.plan, log, { today: '2026-12-05' });
      expect(ranOn(third.plan)).toEqual(['2026-12-02']);
      expect(third.reasons.map((reason) => reason.rule)).toEqual(['nothing-logged']);
    }
    // Given twice in one log under two dates: the last given counts, once.
    const once = reviewPlan(achilles, [run, redated], { today: '2026-12-05' });
    expect(ranOn(once.plan)).toEqual(['2026-12-02']);
    // From before the plan's start into it (kept in load.loggedBeforeStart before): on one day only.
    const early = { ...run, date: '2026-11-30', id: 'strava-0' };
    const before = reviewPlan(achilles, [early], { today: '2026-12-02' });
    expect(before.plan.load?.loggedBeforeStart).toEqual([early]);
    const moved = reviewPlan(before.plan, [{ ...early, date: '2026-12-01' }], { today: '2026-12-03' });
    expect(moved.plan.load?.loggedBeforeStart).toBeUndefined();
    expect(ranOn(moved.plan)).toEqual(['2026-12-01']);
  });

  it('refers for a red flag logged late inside the plan after a clearance past its end was read (found by a third review)', () => {
    const referred = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }], { today: '2026-12-03' });
    const log: LogEntry[] = [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }, { kind: 'clearance', date: '2026-12-16' }];
    const cleared = reviewPlan(referred.plan, log, { today: '2026-12-16' });
    expect(cleared.status).toBe('progress');
    const late = reviewPlan(cleared.plan, [...log, { kind: 'symptom', date: '2026-12-12', redFlag: 'calf-swelling' }], { today: '2026-12-18' });
    expect(late.status).toBe('refer');
    expect(late.reasons[0]).toMatchObject({ rule: 'red-flag', urgency: 'today' });
  });

  it('says nothing of a plan going on while it is referred (found by a third review)', () => {
    const referred = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-10', redFlag: 'night-pain' }], { today: '2026-12-10' });
    const after = reviewPlan(referred.plan, [{ kind: 'pain', date: '2026-12-16', during: 3 }], { today: '2026-12-17' });
    expect(after.status).toBe('refer');
    expect(after.reasons.map((reason) => reason.message).join(' ')).not.toMatch(/goes on from here|goes on as it is/);
    const nothing = reviewPlan(referred.plan, [], { today: '2026-12-12' });
    expect(nothing.reasons.map((reason) => reason.message).join(' ')).not.toMatch(/the plan goes on as it is/);
    // A run after a clearance, in a review that refers again for a new red flag, is not "while the plan was stopped".
    const again = reviewPlan(reviewPlan(achilles, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }], { today: '2026-12-03' }).plan, [{ kind: 'clearance', date: '2026-12-06' }, { kind: 'run', date: '2026-12-07', distance: { value: 3, unit: 'km' } }, { kind: 'symptom', date: '2026-12-08', redFlag: 'giving-way' }], { today: '2026-12-09' });
    expect(again.status).toBe('refer');
    expect(again.reasons.map((reason) => reason.message).join(' ')).not.toMatch(/while the plan was stopped/);
  });

  it('refers for a red flag logged late, dated before a clearance an earlier review had read', () => {
    const referred = reviewPlan(founding, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }], { today: '2026-12-03' });
    const cleared = reviewPlan(referred.plan, [{ kind: 'clearance', date: '2026-12-06' }], { today: '2026-12-06' });
    expect(cleared.status).toBe('progress');
    // A swollen calf noticed on 12-04, logged only on 12-08: the clinician of 12-06 cannot be taken to have seen it.
    const late = reviewPlan(cleared.plan, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'calf-swelling' }], { today: '2026-12-08' });
    expect(late.status).toBe('refer');
    expect(late.reasons[0]).toMatchObject({ rule: 'red-flag', urgency: 'today' });
    expect(late.plan.days.filter((day) => day.date >= '2026-12-08').every((day) => day.running.maxDistance === null && day.exercises.length === 0)).toBe(true);
    // The whole log given again, in date order: the same.
    expect(reviewPlan(cleared.plan, [{ kind: 'symptom', date: '2026-12-03', redFlag: 'night-pain' }, { kind: 'symptom', date: '2026-12-04', redFlag: 'calf-swelling' }, { kind: 'clearance', date: '2026-12-06' }], { today: '2026-12-08' }).status).toBe('refer');
    // Given with the clearance after it in one review, it is settled, as before.
    expect(reviewPlan(referred.plan, [{ kind: 'symptom', date: '2026-12-04', redFlag: 'calf-swelling' }, { kind: 'clearance', date: '2026-12-06' }], { today: '2026-12-08' }).status).not.toBe('refer');
  });
});
