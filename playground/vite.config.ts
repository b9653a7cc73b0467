import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
type ExportTarget = string | { readonly [condition: string]: ExportTarget };
const { name, exports } = JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as {
  name: string;
  exports: Record<string, ExportTarget>;
};

/** Follows an `exports` entry the way a bundler does for an ES module import: `import`, then `default`. */
function importTarget(target: ExportTarget | undefined): string | undefined {
  if (typeof target === 'string' || target === undefined) return target;
  return importTarget(target['import'] ?? target['default']);
}

/**
 * Resolves `rehab-protocols` and its subpaths through the package's own `exports` map to the built `dist/` files, as
 * an app that installed the package would: the playground then proves the published entry points run in a browser.
 * (Vite does not resolve a package's imports of its own name, and an alias to `src/` would prove nothing.)
 */
export function publishedPackage(): Plugin {
  return {
    name: 'rehab-protocols-published-entry-points',
    enforce: 'pre',
    resolveId(id) {
      if (id !== name && !id.startsWith(`${name}/`)) return null;
      const subpath = `.${id.slice(name.length)}`;
      const target = importTarget(exports[subpath]);
      if (target === undefined) this.error(`${id} is not an entry point of ${name}: its package.json exports have no "${subpath}"`);
      return fileURLToPath(new URL(target, `file://${packageRoot}`));
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset paths, so the built page works from any folder it is copied to.
  base: './',
  plugins: [publishedPackage()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
