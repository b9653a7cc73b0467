import { describe, expect, it } from 'vitest';
import { CITATION_DESIGNS, getProtocol, listProtocols, RehabInputError, strongestDesign, type CitationDesign } from 'rehab-protocols';

describe('strongestDesign', () => {
  it('names the strongest design among the sources the doses cite', () => {
    expect(strongestDesign(getProtocol('achilles-tendinopathy-midportion-hsr'))).toBe('randomized-trial');
    expect(strongestDesign(getProtocol('patellofemoral-pain'))).toBe('clinician-prescription');
    expect(strongestDesign(getProtocol('gluteal-tendinopathy'))).toBe('randomized-trial');
  });

  it('is undefined when every dose is a library default', () => {
    expect(strongestDesign(getProtocol('proximal-hamstring-tendinopathy'))).toBeUndefined();
  });
});

describe('listProtocols with atLeast', () => {
  it('keeps exactly the protocols whose doses rest on that design or a stronger one', () => {
    const rank = (design: CitationDesign | undefined) => (design === undefined ? Infinity : CITATION_DESIGNS.indexOf(design));
    for (const design of CITATION_DESIGNS) {
      const kept = listProtocols({ atLeast: design }).map((protocol) => protocol.id);
      const expected = listProtocols().filter((protocol) => rank(strongestDesign(protocol)) <= rank(design)).map((protocol) => protocol.id);
      expect(kept).toEqual(expected);
    }
    expect(listProtocols({ atLeast: 'randomized-trial' }).map((protocol) => protocol.id)).not.toContain('patellofemoral-pain');
    expect(listProtocols({ atLeast: 'clinician-prescription' }).map((protocol) => protocol.id)).toContain('patellofemoral-pain');
  });

  it('returns the same list without options, and refuses an unknown design', () => {
    expect(listProtocols()).toBe(listProtocols());
    expect(() => listProtocols({ atLeast: 'anecdote' as CitationDesign })).toThrow(RehabInputError);
  });
});
