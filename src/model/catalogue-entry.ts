import type { Condition } from './condition.js';
import { trustCatalogue } from './memory.js';
import type { Protocol } from './protocol.js';

// The library's own protocol modules (protocols/*.ts) declare their data with these instead of defineProtocol and
// defineCondition. The data is checked where no user can meet it unchecked — `npm run build` parses every entry with
// its schema before building (scripts/check-catalogue.ts) and the conformance suite does the same in `npm test` — so
// importing the package does not parse it again in every process (that was most of the import's cost). Apps keep
// defineProtocol and defineCondition, which parse what they are given.

/**
 * A protocol of the library's catalogue: frozen and remembered as valid; checked by the build and the conformance
 * suite, not here. For protocols/*.ts only; apps use `defineProtocol`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function catalogueProtocol(data: Protocol): Protocol {
  return trustCatalogue('protocol', data);
}

/**
 * A condition of the library's catalogue: frozen and remembered as valid; checked by the build and the conformance
 * suite, not here. For protocols/*.ts only; apps use `defineCondition`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function catalogueCondition(data: Condition): Condition {
  return trustCatalogue('condition', data);
}
