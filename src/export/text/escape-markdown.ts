// Protocol text may come from a contributor or an app's user. In a Markdown handout it must stay text: raw HTML
// (`<script>`) must not reach a renderer, a `#` or a leading `1.` must not start a heading or a list, and a line
// break must not end the line it is in.

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;
// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start markup inline.
const INLINE = /[\\`*_[\]<>&#|~!]/g;

/** Text as one line of Markdown that renders as exactly that text. */
export function markdownText(text: string): string {
  const line = text.replace(CONTROL, '\uFFFD').replace(LINE_BREAK, ' ');
  const escaped = line.replace(INLINE, (char) => `\\${char}`);
  // At the start of a line, `-`, `+`, `=` and `1.` / `1)` would make a list item or a setext heading underline.
  return escaped.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
