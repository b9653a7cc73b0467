import * as z from 'zod/mini';
import { DistanceSchema } from './distance.js';
import { LoadSchema } from './dose.js';
import { IsoDateSchema } from './iso-date.js';
import { IdSchema, TextSchema } from './primitives.js';
import { RUN_KINDS } from './run-log.js';
import { EMPTY_ACTIVITY_ID_MESSAGE, LONG_ACTIVITY_ID_MESSAGE } from './input-messages.js';
import { LOCATIONS, RED_FLAGS, SIDES } from './symptom-profile.js';

const score = (what: string) =>
  z.optional(z.number({ error: `Expected ${what} pain from 0 to 10` }).check(z.gte(0, { error: `Expected ${what} pain from 0 (none) to 10` }), z.lte(10, { error: `Expected ${what} pain from 0 to 10 (worst imaginable)` })));

const painEntry = z
  .strictObject({
    /** A pain rating on the 0–10 numeric rating scale (FHIR: LOINC 72514-3). */
    kind: z.literal('pain'),
    /** The day it is about, `YYYY-MM-DD`. */
    date: IsoDateSchema,
    /** The worst pain during activity that day, 0–10. */
    during: score('during-activity'),
    /** The worst pain after activity that day, 0–10. */
    after: score('after-activity'),
    /** The pain on waking the next morning, 0–10, logged on the day it follows (the day of the activity). */
    nextMorning: score('next-morning'),
    /** Stiffness on waking the next morning, 0–10 (0: none), logged on the day it follows; the week-to-week rule reads it. */
    morningStiffness: z.optional(
      z.number({ error: 'Expected morning stiffness from 0 to 10' }).check(z.gte(0, { error: 'Expected morning stiffness from 0 (none) to 10' }), z.lte(10, { error: 'Expected morning stiffness from 0 to 10 (worst imaginable)' })),
    ),
    /** Where it hurts, when the app asks. */
    where: z.optional(z.enum(LOCATIONS)),
    /** Which side, when the app asks. */
    side: z.optional(z.enum(SIDES)),
  })
  .check(
    z.refine((entry) => entry.during !== undefined || entry.after !== undefined || entry.nextMorning !== undefined || entry.morningStiffness !== undefined, {
      error: 'A pain entry needs at least one rating: during, after, nextMorning or morningStiffness (0–10)',
    }),
  );

const runEntry = z.strictObject({
  /** A run (`run`) or a race (`race`): the same entry as a training history's `RunLogEntry`. */
  kind: z.enum(RUN_KINDS),
  /** The day of the run, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** How far it went. */
  distance: DistanceSchema,
  /** How long it took, in minutes, when known. */
  durationMinutes: z.optional(z.number().check(z.gt(0))),
  /**
   * The activity's id in the service it came from (Strava's or Garmin's), when known, as a training history's runs
   * carry it: the same entry given twice in one log is then one run, not two.
   */
  id: z.optional(z.string().check(z.minLength(1, { error: EMPTY_ACTIVITY_ID_MESSAGE }), z.maxLength(200, { error: LONG_ACTIVITY_ID_MESSAGE }))),
  /** The pain during and after it, 0–10, when reported. */
  pain: z.optional(
    z.strictObject({
      /** The worst pain during the run, 0–10. */
      during: score('during-run'),
      /** The worst pain after the run, 0–10. */
      after: score('after-run'),
    }),
  ),
});

const sessionEntry = z.strictObject({
  /** Exercises done: the whole session when `exercises` is missing, else what each exercise got. */
  kind: z.literal('session'),
  /** The day, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** What was done of each exercise; missing when the whole session was done as planned. */
  exercises: z.optional(
    z.array(
      z.strictObject({
        /** The exercise's id in the plan. */
        exerciseId: IdSchema,
        /** Sets done. */
        setsDone: z.optional(z.int().check(z.gte(0))),
        /** Repetitions done in each set. */
        repsDone: z.optional(z.int().check(z.gte(0))),
        /** The load used. */
        load: z.optional(LoadSchema),
      }),
    ),
  ),
});

const symptomEntry = z.strictObject({
  /** A red flag the runner noticed (swelling, night pain, …): always a reason to see a clinician. */
  kind: z.literal('symptom'),
  /** The day it was noticed, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** Which red flag, from the `RED_FLAGS` vocabulary. */
  redFlag: z.enum(RED_FLAGS),
});

const missedEntry = z.strictObject({
  /** A planned run or exercise session the runner says they did not do. */
  kind: z.literal('missed'),
  /** The day it was planned for, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** What was missed. */
  what: z.enum(['run', 'session']),
});

const clearanceEntry = z.strictObject({
  /** A clinician saw the runner and cleared them to go on: it ends a referral, and the next review resumes running. It settles what was logged before it; a red flag logged after it, on its day too, still refers. */
  kind: z.literal('clearance'),
  /** The day of the clearance, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** What the clinician said, when the app records it. */
  note: z.optional(TextSchema),
});

const logEntryDefinition = z.discriminatedUnion('kind', [painEntry, runEntry, sessionEntry, symptomEntry, missedEntry, clearanceEntry]);

/**
 * One entry of a runner's log; see {@link LogEntrySchema}.
 *
 * @example
 * ```ts
 * const entry: LogEntry = { kind: 'pain', date: '2026-12-05', during: 3, nextMorning: 1 };
 * ```
 */
export type LogEntry = z.infer<typeof logEntryDefinition>;

/**
 * One thing a runner logged on a day: a pain rating (`pain`: during, after, the next morning, 0–10), a run or race
 * (`run` / `race`, as in a training history), an exercise session (`session`), a red flag noticed (`symptom`), a
 * planned run or session not done (`missed`) or a clinician's clearance after a referral (`clearance`). A day with no entry is not logged: it never changes a plan by itself.
 *
 * @example
 * ```ts
 * LogEntrySchema.parse({ kind: 'missed', date: '2026-12-06', what: 'run' });
 * ```
 */
export const LogEntrySchema: z.ZodMiniType<LogEntry> = logEntryDefinition;

/**
 * The kinds of {@link LogEntry}.
 *
 * @example
 * ```ts
 * LOG_ENTRY_KINDS.includes('pain');
 * //=> true
 * ```
 */
export const LOG_ENTRY_KINDS = /* @__PURE__ */ Object.freeze(['pain', 'run', 'race', 'session', 'symptom', 'missed', 'clearance'] as const);
