// The options' schema lives in the model, so that a plan can record the options it was generated with.
export { GeneratePlanOptionsSchema, type GeneratePlanOptions } from '../model/plan-options.js';
