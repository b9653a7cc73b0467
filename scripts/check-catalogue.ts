// Part of `npm run build`, before anything is built: parses every entry of every module in protocols/ with its schema.
// The package trusts its catalogue at import (src/model/catalogue-entry.ts), so this is where a broken entry stops.
import { readdirSync } from 'node:fs';
import { catalogueProblems } from './catalogue-problems.js';

const files = readdirSync('protocols').filter((file) => file.endsWith('.ts') && file !== 'index.ts');
const problems: string[] = [];
let entries = 0;
for (const file of files) {
  const exports = (await import(`../protocols/${file}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    entries += 1;
    for (const problem of catalogueProblems(name, value)) problems.push(`protocols/${file}: ${problem}`);
  }
}
if (problems.length > 0) {
  console.error(`The catalogue has ${problems.length} problem(s); fix them in the files named (docs/contributing-a-protocol.md):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`protocols/: ${entries} entries in ${files.length} modules parsed by their schemas`);
