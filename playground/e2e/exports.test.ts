import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_FRAGMENT, start, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

describe('the export buttons', () => {
  it('download an ICS calendar that ical.js parses, with an event on each of the 14 days', async () => {
    const { page, errors } = await session.open(FOUNDING_FRAGMENT);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-format="ics"]')]);
    expect(download.suggestedFilename()).toBe('patellofemoral-pain-2026-12-01.ics');
    const text = await readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const starts = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).startDate.toString());
    expect(starts).toContain('2026-12-01');
    expect(starts).toContain('2026-12-14');
    expect(new Set(starts).size).toBe(14);
    expect(errors).toEqual([]);
  });

  it('download the Markdown handout, the CSV and the FHIR CarePlan of the plan shown', async () => {
    const { page } = await session.open(FOUNDING_FRAGMENT);
    const read = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-format="${format}"]`)]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    };
    const markdown = await read('md');
    expect(markdown.name).toBe('patellofemoral-pain-2026-12-01.md');
    expect(markdown.text).toMatch(/Slow calf raises/);
    const csv = await read('csv');
    expect(csv.text.trim().split('\n')).toHaveLength(15);
    const fhir = JSON.parse((await read('fhir.json')).text) as { resourceType: string };
    expect(fhir.resourceType).toBe('CarePlan');
  });
});
