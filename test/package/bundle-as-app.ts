import { build } from 'esbuild';

/**
 * Bundles `contents` (an ES module importing from dist/) as an app's bundler would — esbuild, minified, for the
 * browser — and returns the bundle's code and the inputs that put bytes into it.
 */
export async function bundleAsApp(contents: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.keys(output?.inputs ?? {}).filter((input) => (output?.inputs[input]?.bytesInOutput ?? 0) > 0);
  return { code: result.outputFiles[0]?.text ?? '', inputs };
}
