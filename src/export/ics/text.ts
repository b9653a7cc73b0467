// RFC 5545 §3.3.11 TEXT: a backslash, semicolon and comma are escaped with a backslash and a line break is written
// as "\n"; control characters other than HTAB are not allowed at all (§3.1, CONTROL). Protocol and app text may hold
// anything, so every line-break form becomes "\n", the other controls are removed (C1 too: U+0085 is a line break to
// some readers), and a lone UTF-16 surrogate, which has no UTF-8 form, becomes U+FFFD.
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Any character one of the replacements below would touch: most text has none, and is returned as it is.
const NEEDS_WORK = /[\\;,\u0000-\u001F\u007F-\u009F\u2028\u2029\uD800-\uDFFF]/;
const LINE_BREAK = /[\r\u0085\u2028\u2029]/;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u0084\u0086-\u009F]/;
const SURROGATE = /[\uD800-\uDFFF]/;

/** `value` as an RFC 5545 TEXT value: escaped, with line breaks as `\n` and no control characters. */
export function escapeText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  // Each pass only where its characters occur: most text needs only its commas escaped.
  let text = value;
  if (LINE_BREAK.test(text)) text = text.replace(LINE_BREAKS, '\n');
  if (CONTROL.test(text)) text = text.replace(CONTROLS, '');
  if (SURROGATE.test(text)) text = text.replace(LONE_SURROGATES, '\uFFFD');
  // Backslashes first, so that the ones the other escapes add are not doubled.
  if (text.includes('\\')) text = text.replaceAll('\\', '\\\\');
  return text.replaceAll(';', '\\;').replaceAll(',', '\\,').replaceAll('\n', '\\n');
}
