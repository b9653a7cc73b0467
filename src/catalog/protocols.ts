import { CITATION_DESIGNS, RehabInputError, type CitationDesign, type Protocol } from '../model/index.js';
import { strongestDesign } from './strongest-design.js';
import { describeValue } from '../model/describe-value.js';
import { didYouMean } from '../model/suggest.js';
import { conditions, protocols } from '../../protocols/index.js';

/**
 * Every protocol in the library, in catalogue order. A condition can have more than one (midportion Achilles
 * tendinopathy has an eccentric and a heavy-slow-resistance protocol); refer-only conditions have none. With
 * `atLeast`, only the protocols whose doses rest on a source of that design or a stronger one (see
 * {@link strongestDesign}).
 *
 * @param options - `atLeast`: the weakest design to keep, e.g. `'randomized-trial'`.
 * @returns The protocols; without options, the same frozen list on every call.
 *
 * @example
 * ```ts
 * import { listProtocols } from 'rehab-protocols';
 *
 * listProtocols().map((protocol) => protocol.id).includes('patellofemoral-pain');
 * //=> true
 * listProtocols({ atLeast: 'randomized-trial' }).map((protocol) => protocol.id).includes('patellofemoral-pain');
 * //=> false
 * ```
 */
export function listProtocols(options?: { readonly atLeast?: CitationDesign }): readonly Protocol[] {
  const atLeast = options?.atLeast;
  if (atLeast === undefined) return protocols;
  if (!CITATION_DESIGNS.includes(atLeast)) {
    throw new RehabInputError('listProtocols options', [{ path: ['atLeast'], message: `Expected one of ${CITATION_DESIGNS.join(', ')}, received ${describeValue(atLeast)}` }]);
  }
  const limit = CITATION_DESIGNS.indexOf(atLeast);
  return protocols.filter((protocol) => {
    const design = strongestDesign(protocol);
    return design !== undefined && CITATION_DESIGNS.indexOf(design) <= limit;
  });
}

/**
 * One protocol by its id (its module's file name).
 *
 * @param id - A protocol id, e.g. `patellofemoral-pain` or `achilles-tendinopathy-midportion-hsr`.
 * @returns The protocol.
 * @throws {@link RehabInputError} for an unknown id, naming the known ones, and for a refer-only condition's id,
 *   saying why there is no plan and what to do instead.
 *
 * @example
 * ```ts
 * import { getProtocol } from 'rehab-protocols';
 *
 * getProtocol('plantar-heel-pain').name;
 * //=> 'Plantar heel pain: high-load heel raises (Rathleff)'
 * getProtocol('meniscal-injury');
 * // throws RehabInputError: Meniscal injury is refer-only: … see a clinician
 * ```
 */
export function getProtocol(id: string): Protocol {
  const protocol = protocols.find((candidate) => candidate.id === id);
  if (protocol) return protocol;
  if (typeof id !== 'string') throw new RehabInputError('protocol id', [{ path: [], message: `Expected a protocol id (a string), received ${describeValue(id)}` }]);
  const condition = conditions.find((candidate) => candidate.id === id);
  const forCondition = protocols.filter((candidate) => candidate.condition.id === id).map((candidate) => candidate.id);
  const ids = protocols.map((candidate) => candidate.id);
  const hint = didYouMean(id, ids, '"');
  let message = `Unknown protocol ${describeValue(id)}${hint}${hint ? '' : `. Known protocols: ${ids.join(', ')}`}`;
  if (condition?.referOnly) {
    message = `${condition.name} is refer-only: this library has no self-managed plan for it. ${condition.referral ?? 'See a clinician.'}`;
  } else if (condition && forCondition.length > 0) {
    message = `${describeValue(id)} is a condition with more than one protocol: choose one of ${forCondition.join(', ')}`;
  }
  throw new RehabInputError('protocol id', [{ path: [], message }]);
}
