import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Plan } from 'rehab-protocols';
import { toIcs } from '../../src/export/ics/index.js';
import { foundingPlan } from './plans.js';

/** A one-day plan whose exercise, checkpoint and name all read `text`. */
function planWith(text: string): Plan {
  const [day] = structuredClone(foundingPlan.days) as Plan['days'];
  const [checkpoint] = structuredClone(foundingPlan.checkpoints) as Plan['checkpoints'];
  return {
    ...foundingPlan,
    protocolName: text,
    days: [{ ...day!, exercises: day!.exercises.map((exercise) => ({ ...exercise, name: text })) }],
    checkpoints: [{ ...checkpoint!, date: day!.date, day: 1, assess: text }],
    endDate: day!.date,
  };
}

const text = (characters: fc.Arbitrary<string>) => fc.string({ unit: characters, minLength: 1, maxLength: 120 }).filter((value) => /\S/.test(value));
// Everything a TEXT value may hold as it is: RFC 5545's specials, quotes, emoji, RTL marks, any non-control character.
const safe = fc.oneof(
  fc.constantFrom('\\', ';', ',', ':', '"', "'", '=', '+', '-', '@', '<', '>', '\t', ' ', 'é', '–', '🏃', '🏽', '\u200D', '\u200F', '\u202E'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)),
);
const anything = fc.oneof(safe, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\r', '\n', '\r\n', '\u0000', '\u001b', '\u0085', '\uD800', '\uDC00'));

describe('toIcs on arbitrary text', () => {
  it('reads back any text without control characters unchanged, through ical.js', () => {
    fc.assert(
      fc.property(text(safe), (value) => {
        const calendar = new ICAL.Component(ICAL.parse(toIcs(planWith(value))));
        const [day, checkpoint] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(day?.description).toContain(`${value}: `);
        expect(checkpoint?.summary).toBe(`Checkpoint: ${value}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('never writes a line over 75 octets, a bare CR or LF, a control character or half a character', () => {
    fc.assert(
      fc.property(text(anything), (value) => {
        const ics = toIcs(planWith(value));
        expect(ics.endsWith('\r\n')).toBe(true);
        for (const line of ics.slice(0, -2).split('\r\n')) {
          expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        }
        expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(2);
      }),
      { numRuns: 1000 },
    );
  });
});
