import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

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

// The importer of training exports is its own subpath: the CSV parser, date-fns and the FIT SDK it needs stay out of
// apps that do not read exports.
const entry = { index: 'src/index.ts', ...protocolEntries, ...exportEntries, import: 'src/import/index.ts' };

// Source maps name the sources without carrying them: the tarball ships the maps, not a second copy of the code.
const noSourcesContent: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
};

// Node's ESM and CommonJS builds: one bundle per entry, code shared between entries in chunks (one copy of the library
// whichever subpaths a process loads).
const bundledPerEntry = {
  entry,
  clean: false,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: false,
  esbuildOptions: noSourcesContent,
} satisfies Options;

export default defineConfig([
  {
    // ESM, one file per source module (dist/esm/, mirroring src/ and protocols/): with "sideEffects": false an app's
    // bundler drops every module it does not use. Bundled into chunks, the schemas of unused modules stayed in every
    // app's bundle, because a bundler cannot tell that a module-level zod call is free of side effects.
    entry: ['src/**/*.ts', 'protocols/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    outDir: 'dist/esm',
    dts: false,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    esbuildOptions: noSourcesContent,
  },
  {
    // ESM for Node (the exports' "node" condition): bundled per entry, shared code in chunks, zod left to import. A
    // Node process loads a few files instead of a hundred and forty: importing the main entry costs about 1.4× its
    // dependencies alone instead of 2×. Bundlers for browsers read dist/esm/ above, which they can shake.
    ...bundledPerEntry,
    format: ['esm'],
    outDir: 'dist/node',
    dts: false,
  },
  {
    // CommonJS, bundled per entry, with the types of both formats (.d.cts here, .d.ts below). tsup splits CommonJS by
    // converting esbuild's split ESM with sucrase, which renames classes with fields (`_class`): keepNames keeps
    // `RehabInputError` as its constructor's name, as a stack trace or a logger prints it.
    ...bundledPerEntry,
    esbuildOptions: (options, context) => {
      noSourcesContent?.(options, context);
      options.keepNames = true;
    },
    format: ['cjs'],
    dts: true,
  },
  {
    entry,
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  {
    // The CLI bundles what it needs, zod included: loading one file instead of zod's ninety is most of its start-up.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: ['zod'],
    banner: { js: '#!/usr/bin/env node' },
    dts: false,
    clean: false,
    esbuildOptions: noSourcesContent,
  },
]);
