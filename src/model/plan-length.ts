/**
 * The longest plan a protocol may prescribe: 730 days (two years). A library default, not a clinical number: the
 * longest protocol in the library runs 13 weeks, and the running-injury programmes its sources describe last weeks
 * to months, so two years leaves ample room; the bound keeps the time and memory `generatePlan` needs bounded (a
 * phase of 9,007,199,254,740,991 days would otherwise exhaust memory). `defineProtocol` rejects a phase that ends
 * after it.
 *
 * @example
 * ```ts
 * MAX_PLAN_DAYS / 365;
 * //=> 2
 * ```
 */
export const MAX_PLAN_DAYS = 730;
