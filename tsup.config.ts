import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per protocol module, named after its file, so each has its own subpath and a new module needs no edit here.
const protocolEntries = Object.fromEntries(
  readdirSync('protocols')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`protocols/${file.slice(0, -3)}`, `protocols/${file}`]),
);

export default defineConfig({
  entry: { index: 'src/index.ts', ...protocolEntries },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: false,
});
