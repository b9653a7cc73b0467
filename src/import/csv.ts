import Papa from 'papaparse';

/** One CSV record: its fields and the file line it starts on (1-based), for messages that point at the row. */
export interface CsvRow {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Reads CSV text record by record with papaparse (RFC 4180: quoted fields may hold commas, quotes and line breaks; the
 * delimiter is a comma when the file's start has one, and is detected otherwise, so a `;`-separated file reads too),
 * handing each to `visit` without keeping it, so that a large export costs no more memory than a record; `visit`
 * returns `false` to stop. A byte-order mark is dropped. Line breaks are made `\n` first, so a file that mixes `\r\n`
 * and `\n` (an export edited in another program) still splits into the right records. Blank lines are left out.
 */
export function eachCsvRow(text: string, visit: (row: CsvRow) => boolean | void): void {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const source = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  let counted = 0;
  let line = 1;
  // A comma near the start makes it the delimiter (every export read has commas); papaparse guesses only otherwise.
  const start = source.slice(0, 4096);
  Papa.parse<string[]>(source, {
    newline: '\n',
    delimiter: start.includes(',') ? ',' : '',
    step(result, parser) {
      const first = line;
      const end = result.meta.cursor;
      for (let at = source.indexOf('\n', counted); at !== -1 && at < end; at = source.indexOf('\n', at + 1)) line++;
      counted = end;
      const fields = result.data;
      if ((fields.length > 1 || (fields[0] ?? '') !== '') && visit({ line: first, fields }) === false) parser.abort();
    },
  });
}

/** Every record of CSV text, as {@link eachCsvRow} reads them (for small files: the review log, tests). */
export function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  eachCsvRow(text, (row) => void rows.push(row));
  return rows;
}

/** Quotes a CSV field when it needs quoting (RFC 4180), so that `readCsv` reads it back as it was. */
export function csvField(value: string): string {
  return /[",\n\r;]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
