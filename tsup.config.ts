import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per protocol module (and the catalogue), named after its file, so each has its own subpath and a new
// module needs no edit here.
const protocolEntries = Object.fromEntries(
  readdirSync('protocols')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`protocols/${file.slice(0, -3)}`, `protocols/${file}`]),
);

// One entry per export format, each its own subpath, so an app bundles only the formats it uses.
const exportEntries = Object.fromEntries(
  ['markdown', 'csv', 'ics', 'fhir', 'json-schema'].map((format) => [`export/${format}`, `src/export/${format}/index.ts`]),
);

export default defineConfig([
  {
    entry: { index: 'src/index.ts', ...protocolEntries, ...exportEntries },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    splitting: true,
    treeshake: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    dts: false,
    clean: false,
  },
]);
