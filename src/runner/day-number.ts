// The runner's windows count days the way the scheduler does: integers since 1970-01-01, no Date object.
export { civilFromDays as isoDay, toDayNumber as dayNumber } from '../plan/calendar.js';
