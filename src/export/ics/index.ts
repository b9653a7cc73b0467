/**
 * A plan as an iCalendar file, for calendar apps.
 *
 * @module rehab-protocols/export/ics
 */
export { toIcs } from './to-ics.js';
