/**
 * A plan as a printable Markdown handout.
 *
 * @module rehab-protocols/export/markdown
 */
export { toMarkdown } from './to-markdown.js';
