/**
 * A plan as CSV, for spreadsheets.
 *
 * @module rehab-protocols/export/csv
 */
export { toCsv, type CsvOptions } from './to-csv.js';
