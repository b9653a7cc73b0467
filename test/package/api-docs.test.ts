// The check `npm run docs` runs on the generated API docs (scripts/check-api-docs.ts), on made-up pages: the real
// pages exist only after typedoc, which npm test runs last, after this suite.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkApiDocs, LINKS, mainText, MAX_LINES } from '../../scripts/check-api-docs.js';

const example = '<div class="tsd-tag-example"><h4 id="example">Example</h4><pre><code>const a = 1;\nconst b = 2;</code></pre></div>';

/** A type page as typedoc lays it out: the main content, then the sidebar. */
const page = (content: string) =>
  `<html><body><header>rehab-protocols</header><div class="container"><div class="col-content">${content}</div><div class="col-sidebar"><nav>Plan PlanDay PlanWeek</nav></div></div></body></html>`;

const link = (name: string) => `<a href="rehab-protocols.${name}.html" class="tsd-signature-type">${name}</a>`;

let dir: string;

/** Writes a page for every type `LINKS` names (each linking what it must, with an example), then `pages` over them. */
function writeDocs(pages: Record<string, string> = {}) {
  mkdirSync(path.join(dir, 'types'), { recursive: true });
  const names = new Set([...Object.keys(LINKS), ...Object.values(LINKS).flat()]);
  for (const name of names) {
    const content = `<h1>Type Alias ${name}</h1>${(LINKS[name] ?? []).map((target) => `<div>${link(target)}</div>`).join('')}${example}`;
    writeFileSync(path.join(dir, 'types', `rehab-protocols.${name}.html`), page(content));
  }
  for (const [name, content] of Object.entries(pages)) writeFileSync(path.join(dir, 'types', `rehab-protocols.${name}.html`), page(content));
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'api-docs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkApiDocs', () => {
  it('passes short, linked pages with examples', () => {
    writeDocs();
    expect(checkApiDocs(dir)).toEqual([]);
  });

  it('fails when there are no docs', () => {
    expect(checkApiDocs(dir)).toEqual([`${path.join(dir, 'types')} does not exist: run typedoc first`]);
  });

  it('fails a page longer than the limit, counting lines as the browser breaks them', () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `<span>field${i}</span>: <span>string</span>;<br/>`).join('');
    writeDocs({ Dose: `<h1>Type Alias Dose</h1><div class="tsd-signature">${fields(MAX_LINES - 4)}</div>${example}` });
    expect(checkApiDocs(dir)).toEqual([]);
    writeDocs({ Dose: `<h1>Type Alias Dose</h1><div class="tsd-signature">${fields(MAX_LINES)}</div>${example}` });
    expect(checkApiDocs(dir)).toEqual([`Dose: ${MAX_LINES + 4} lines of text, more than ${MAX_LINES}`]);
  });

  it('fails a page without an example', () => {
    writeDocs({ Distance: '<h1>Type Alias Distance</h1><p>A distance.</p>' });
    expect(checkApiDocs(dir)).toEqual(['Distance: no example (an @example tag)']);
  });

  it('fails a Plan page that prints a PlanDay in full instead of linking to it', () => {
    const links = (LINKS.Plan ?? []).filter((target) => target !== 'PlanDay').map(link);
    writeDocs({ Plan: `<h1>Type Alias Plan</h1>${links.join('')}<div>days: { day: number; date: string }[]</div>${example}` });
    expect(checkApiDocs(dir)).toEqual(['Plan: does not link to PlanDay']);
  });

  it('fails when a page that must link is missing, or the page it must link to', () => {
    writeDocs();
    rmSync(path.join(dir, 'types', 'rehab-protocols.PlanWeek.html'));
    expect(checkApiDocs(dir)).toEqual(['Plan: should link to PlanWeek, which has no page', 'PlanWeek: no page']);
  });
});

describe('mainText', () => {
  it("reads the main content only, a line per <br> or block, with code's own lines", () => {
    const html = page(`<h1>Type Alias Plan</h1><div class="tsd-signature">Plan: {<br/>    days: ${link('PlanDay')}[];<br/>}</div>${example}`);
    expect(mainText(html)).toBe('Type Alias Plan\nPlan: {\n    days: PlanDay[];\n}\nExample\nconst a = 1;\nconst b = 2;');
  });
});
