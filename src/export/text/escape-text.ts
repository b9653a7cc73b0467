// A terminal shows control characters as commands (`\u001b[2J` clears the screen) and a line break in a name would
// break the table it is in: protocol text printed as plain text keeps to one line and shows such characters as
// visible escapes.

const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu;
const LINE_BREAK = /\r\n|[\n\u2028\u2029]/gu;

/** Text as one printable line. */
export function plainLine(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(UNSAFE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

/** How many terminal columns `text` takes, counting each code point as one (close enough for names). */
export function columns(text: string): number {
  return [...text].length;
}

/** `text` padded with spaces to `width` columns. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}
