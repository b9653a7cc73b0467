// Vite's import.meta.glob, which vitest provides: the conformance suite uses it to pick up every module in protocols/.
interface ImportMeta {
  glob<T = unknown>(patterns: string | string[], options: { eager: true }): Record<string, T>;
}
