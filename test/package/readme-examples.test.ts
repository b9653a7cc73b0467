import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Every code block in README.md runs as printed, against the built package (`npm run build` first): each block is
 * written to a directory inside the repository (.scratch/, gitignored), where `rehab-protocols` resolves to dist/
 * through package.json's `exports`, as in an app.
 *
 * The fence's language says what a block is:
 *   ```ts  TypeScript (ESM): type-checked with `tsc --noEmit` (strict, noUncheckedIndexedAccess,
 *          exactOptionalPropertyTypes) against the built types, then run with tsx;
 *   ```js  plain JavaScript, run with node: as CommonJS (.cjs) when it calls require(), else as ESM (.mjs);
 *          type-checked too (checkJs), so a typo in a JavaScript example fails;
 *   any other language (sh, text, json, …) is not run.
 *
 * What a block claims, checked against what it does:
 *   `expression; //=> value`  the expression's value, written as a JavaScript literal: 'text' (or "it's"), 14,
 *                             ['a', 'b'], { value: 5, unit: 'mi' }. The line must be reached at least once.
 *   `//=> text` on its own    a line the block prints (stdout), in order: the block's own-line claims are all of
 *                             its output.
 *   `…`                       any text inside a claim; a claim line that is only `…` stands for any number of
 *                             printed lines.
 *   ` — comment`              what follows ` — ` in a claim is prose, when the claim does not match without it.
 * A claim is one line. A `// …` line that leaves code out of a runnable block fails the test: write it in full.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

type Language = 'ts' | 'mjs' | 'cjs';
interface Claim {
  line: number;
  text: string;
}
interface Block {
  line: number; // of the opening fence, 1-based
  language: Language;
  source: string;
  runnable: string; // the source with each `expression; //=> value` turned into a recorded check
  valueClaims: Claim[];
  outputClaims: Claim[];
}

/** The code blocks of a Markdown text, with the language they run as, or none for blocks that are not run. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S*)\s*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !/^```\s*$/.test(lines[index] ?? ''); index++) body.push(lines[index] ?? '');
    const fence = open[1] ?? '';
    if (fence !== 'ts' && fence !== 'js') continue;
    const source = `${body.join('\n')}\n`;
    const language: Language = fence === 'ts' ? 'ts' : /\brequire\(/.test(source) && !/^\s*import\s/m.test(source) ? 'cjs' : 'mjs';
    blocks.push({ line: start + 1, language, source, ...instrument(body, start + 2) });
  }
  return blocks;
}

const statementStart = /^(?:(?:const|let|var|if|else|for|while|do|return|throw|try|catch|finally|switch|case|function|class|import|export|type|interface|declare)\b|[{}])/;

function instrument(body: string[], firstLine: number): Pick<Block, 'runnable' | 'valueClaims' | 'outputClaims'> {
  const valueClaims: Claim[] = [];
  const outputClaims: Claim[] = [];
  const runnable = body.map((text, index) => {
    const line = firstLine + index;
    if (/^\s*\/\/\s*…/.test(text)) throw new Error(`README.md:${line}: a runnable example leaves something out (\`// …\`): write it in full`);
    const at = text.indexOf('//=>');
    if (at < 0) return text;
    const claim = text.slice(at + 4).replace(/^ /, '').trimEnd();
    const code = text.slice(0, at).trimEnd();
    if (code.trim() === '') {
      outputClaims.push({ line, text: claim });
      return text;
    }
    const expression = code.trim();
    if (!expression.endsWith(';') || statementStart.test(expression)) {
      throw new Error(`README.md:${line}: a //=> claim follows an expression statement (\`value; //=> …\`) or stands on its own line (printed output), not \`${expression}\``);
    }
    valueClaims.push({ line, text: claim });
    const indent = /^\s*/.exec(code)?.[0] ?? '';
    return `${indent}__readmeClaim(${valueClaims.length - 1}, (${expression.slice(0, -1)}));`;
  });
  const prelude = readmePrelude.replaceAll('\n', ' '); // one line: a line of the run file is the block's line plus one
  return { runnable: `${prelude}\n${runnable.join('\n')}\n`, valueClaims, outputClaims };
}

// Put before each block when it runs: writes each claimed value, as a JavaScript literal, to stderr. Plain
// JavaScript that is also valid TypeScript for tsx (which does not type-check), ESM or CommonJS alike.
const readmePrelude = `
const __readmeShow = (value) => {
  if (typeof value === 'string') return !value.includes("'") ? \`'\${value}'\` : !value.includes('"') ? \`"\${value}"\` : JSON.stringify(value);
  if (Array.isArray(value)) return \`[\${value.map(__readmeShow).join(', ')}]\`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => \`\${/^[A-Za-z_$][\\w$]*$/.test(key) ? key : JSON.stringify(key)}: \${__readmeShow(item)}\`);
    return entries.length === 0 ? '{}' : \`{ \${entries.join(', ')} }\`;
  }
  return String(value);
};
const __readmeClaim = (index, value) => { process.stderr.write(\`\\u0000claim \${JSON.stringify([index, __readmeShow(value)])}\\n\`); };
`;

/** Whether `actual` is what `claim` says: `…` matches any text, and a ` — comment` may follow the claim. */
function claimMatches(actual: string, claim: string): boolean {
  const candidates = [claim];
  for (let at = claim.indexOf(' — '); at >= 0; at = claim.indexOf(' — ', at + 1)) candidates.push(claim.slice(0, at));
  return candidates.some((candidate) => pattern(candidate.trimEnd()).test(actual));
}

function pattern(claim: string): RegExp {
  return new RegExp(`^${claim.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*?')}$`);
}

/** Whether printed lines are what the own-line claims say, a claim line of only `…` matching any number of lines. */
function outputMatches(lines: string[], claims: string[]): boolean {
  const memo = new Map<string, boolean>();
  const from = (line: number, claim: number): boolean => {
    const key = `${line},${claim}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (claim === claims.length) result = line === lines.length;
    else if ((claims[claim] ?? '').trim() === '…') result = from(line, claim + 1) || (line < lines.length && from(line + 1, claim));
    else result = line < lines.length && claimMatches(lines[line] ?? '', claims[claim] ?? '') && from(line + 1, claim + 1);
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = codeBlocks(readme);
const extension: Record<Language, string> = { ts: 'ts', mjs: 'mjs', cjs: 'cjs' };
const fileOf = (block: Block) => `readme-${block.line}.${extension[block.language]}`;
const runFileOf = (block: Block) => `readme-${block.line}.run.${extension[block.language]}`;

let directory: string | undefined;
function workDirectory(): string {
  if (directory) return directory;
  if (!existsSync(join(root, 'dist/index.cjs'))) throw new Error('dist/ is missing: run npm run build first');
  mkdirSync(join(root, '.scratch'), { recursive: true });
  directory = mkdtempSync(join(root, '.scratch', 'readme-examples-'));
  // No `paths`: `rehab-protocols` is the package itself, through its exports, as in an app (the repository's own
  // tsconfig.json maps it to the sources). tsx reads this file too.
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    allowJs: true,
    checkJs: true,
    noEmit: true,
  };
  writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: blocks.map(fileOf) }, null, 2));
  for (const block of blocks) {
    writeFileSync(join(directory, fileOf(block)), block.source);
    writeFileSync(join(directory, runFileOf(block)), block.runnable);
  }
  return directory;
}

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('README.md examples', () => {
  it('has a TypeScript, a plain JavaScript (ESM) and a CommonJS example', () => {
    expect(new Set(blocks.map((block) => block.language))).toEqual(new Set(['ts', 'mjs', 'cjs']));
  });

  it('type-check as printed against the built types', async () => {
    const cwd = workDirectory();
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd, encoding: 'utf8' }).catch((error: { stdout: string }) => error);
    const errors = result.stdout.replace(/readme-(\d+)\.\w+\((\d+),(\d+)\)/g, (_, fence: string, line: string, column: string) => `README.md:${Number(fence) + Number(line)}:${column}`);
    expect(errors).toBe('');
  });

  it.each(blocks.map((block) => [`README.md:${block.line} (${block.language})`, block] as const))('%s runs and shows what it does', async (_, block) => {
    const cwd = workDirectory();
    const args = block.language === 'ts' ? ['--import', 'tsx', runFileOf(block)] : [runFileOf(block)];
    const result = await run(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    const exitCode = 'code' in result ? result.code : 0;
    expect(exitCode, `README.md:${block.line} exited with ${String(exitCode)}:\n${result.stderr}`).toBe(0);

    const values = new Map<number, string[]>();
    const otherErrors: string[] = [];
    for (const line of result.stderr.split('\n')) {
      if (!line.startsWith('\u0000claim ')) {
        if (line.trim() !== '') otherErrors.push(line);
        continue;
      }
      const [index, shown] = JSON.parse(line.slice('\u0000claim '.length)) as [number, string];
      values.set(index, [...(values.get(index) ?? []), shown]);
    }
    expect(otherErrors, `README.md:${block.line} wrote to stderr`).toEqual([]);
    block.valueClaims.forEach((claim, index) => {
      const shown = values.get(index);
      expect(shown, `README.md:${claim.line}: the claimed line never ran`).toBeDefined();
      for (const value of shown ?? []) expect(claimMatches(value, claim.text), `README.md:${claim.line}: claims ${claim.text}\nbut the value is ${value}`).toBe(true);
    });

    const printed = result.stdout.replace(/\n$/, '').split('\n').map((line) => line.trimEnd());
    if (block.outputClaims.length > 0) {
      const claims = block.outputClaims.map((claim) => claim.text);
      expect(outputMatches(printed, claims), `README.md:${block.outputClaims[0]?.line}: the block claims it prints\n${claims.join('\n')}\nbut it prints\n${printed.join('\n')}`).toBe(true);
    }
  });
});

describe('the //=> convention', () => {
  it('matches values, wildcards and comments', () => {
    expect(claimMatches("'step-back'", "'step-back' — 6/10 the next morning")).toBe(true);
    expect(claimMatches("'hold'", "'step-back' — 6/10 the next morning")).toBe(false);
    expect(claimMatches("[{ kind: 'a', message: 'x' }]", "[{ kind: 'a', … }]")).toBe(true);
    expect(claimMatches('[10.3, 11.1]', '[10.3, 11]')).toBe(false);
    expect(outputMatches(['a', 'b', 'c', 'd'], ['a', '…', 'd'])).toBe(true);
    expect(outputMatches(['a', 'd'], ['a', '…', 'd'])).toBe(true);
    expect(outputMatches(['a', 'b'], ['a'])).toBe(false);
  });

  it('refuses a claim after a statement, and code left out', () => {
    expect(() => codeBlocks('```ts\nconst x = 1; //=> 1\n```\n')).toThrow(/expression statement/);
    expect(() => codeBlocks('```js\nconst runs = [\n  1,\n  // …\n];\n```\n')).toThrow(/README.md:4: .*leaves something out/);
    expect(codeBlocks('```sh\nnpm test # …\n```\n')).toEqual([]);
  });
});
