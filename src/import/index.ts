/**
 * Runners' training exports in: Strava's and Garmin Connect's CSV exports, a `date,distance[,duration]` CSV, and
 * single activities as GPX, TCX or FIT, read into the runs `generatePlan` takes as `history`.
 *
 * @module rehab-protocols/import
 */
export { describeTrainingExport } from './describe.js';
export { MAX_EXPORT_BYTES, readTrainingExport } from './read-training-export.js';
export { IMPORT_FORMATS, type ImportFormat, type ReadTrainingExportOptions, type SkippedRow, type TrainingExport } from './types.js';
