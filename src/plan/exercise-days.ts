import type { ExerciseDays } from '../model/index.js';

/**
 * Whether the day at 0-based `offset` into its phase has exercise sessions. Days a week are spread evenly over each
 * 7-day week counted from the phase's first day: 3 a week falls on offsets 0, 2 and 4 (Monday, Wednesday, Friday
 * for a phase that starts on a Monday).
 */
export function isExerciseDay(pattern: ExerciseDays, offset: number): boolean {
  switch (pattern.kind) {
    case 'daily':
      return true;
    case 'every-other-day':
      return offset % 2 === 0;
    case 'days-per-week': {
      const dayOfWeek = offset % 7;
      for (let i = 0; i < pattern.days; i++) if (Math.floor((i * 7) / pattern.days) === dayOfWeek) return true;
      return false;
    }
  }
}
