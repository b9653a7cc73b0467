// Phases of a heavy-resistance programme whose load steps down in repetition maximum (15RM → 6RM): the same exercises
// each step, `sets` × `rm`RM, with the programme's tempo, rest, exercise days and sources.
import type { Dose, Evidence, ExerciseDays, Phase, Range, RunningRule } from '../../src/model/index.js';
import { painMonitoredRunning } from './pain-monitoring.js';

/** What stays the same across the steps of a programme. */
export interface RepetitionMaximumProgramme {
  /** The exercises of every session, in order. */
  exerciseIds: readonly string[];
  /** Which days have sessions. */
  exerciseDays: ExerciseDays;
  /** Seconds up, at the top and down. */
  tempo: NonNullable<Dose['tempo']>;
  /** Rest between sets, if the source gives it. */
  restSeconds?: Range;
  /** What else the source says about the dose. */
  notes?: string;
  /** The source of the doses. */
  doseEvidence: Evidence;
  /** The source of the phases' lengths and frequency. */
  phaseEvidence: Evidence;
  /** The running rule of every step; default: the pain-monitoring model as tested (Achilles tendinopathy). */
  running?: RunningRule;
}

/** One load step of `programme`: days `days`, `sets` × `rm`RM of each exercise. Running follows the pain-monitoring model. */
/* @__NO_SIDE_EFFECTS__ */
export function repetitionMaximumStep(
  programme: RepetitionMaximumProgramme,
  step: { id: string; name: string; days: Range; sets: number; rm: number },
): Phase {
  const { sets, rm } = step;
  return {
    id: step.id,
    name: step.name,
    days: step.days,
    sessionsPerDay: { min: 1, max: 1 },
    exerciseDays: programme.exerciseDays,
    exercises: programme.exerciseIds.map((exerciseId) => ({
      exerciseId,
      dose: {
        sets: { min: sets, max: sets },
        reps: { min: rm, max: rm },
        perSide: false,
        load: { kind: 'repetition-maximum', rm },
        tempo: programme.tempo,
        ...(programme.restSeconds ? { restSeconds: programme.restSeconds } : {}),
        ...(programme.notes ? { notes: programme.notes } : {}),
        evidence: programme.doseEvidence,
      },
    })),
    running: programme.running ?? painMonitoredRunning,
    evidence: programme.phaseEvidence,
  };
}
