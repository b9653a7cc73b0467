// After adding a module to protocols/, run `npm run generate`: it writes protocols/index.ts (the catalogue) and the
// package.json "exports" entries, one subpath per module plus `rehab-protocols/protocols` for the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { protocolExports, renderCatalog } from './catalog.js';

writeFileSync('protocols/index.ts', renderCatalog('protocols'));

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
const others = Object.entries(pkg.exports).filter(([key]) => key !== './protocols' && !key.startsWith('./protocols/'));
const [main, ...rest] = others;
pkg.exports = Object.fromEntries([...(main ? [main] : []), ...Object.entries(protocolExports('protocols')), ...rest]);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

console.log('protocols/index.ts and package.json "exports" written');
