// Spreadsheets run a cell that starts with = + - @ (or a tab or CR, which some strip first) as a formula: a protocol
// name like `=HYPERLINK(…)` from a contributor or an app's user would run in whoever opens the CSV (OWASP "CSV
// Injection"). Such text cells get a leading apostrophe, which spreadsheets show as text and hide.

const FORMULA_START = /^[=+\-@\t\r]/;
// Control characters other than tab and line breaks have no place in a text cell and confuse some readers.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/** A text cell that no spreadsheet will run as a formula, without stray control characters. */
export function neutraliseCell(text: string): string {
  const clean = text.replace(CONTROL, '\uFFFD');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break, with quotes doubled. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : typeof value === 'number' ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
