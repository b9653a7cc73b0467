import Papa from 'papaparse';

/** One CSV record: its fields and the file line it starts on (1-based), for messages that point at the row. */
export interface CsvRow {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Reads CSV text into records with papaparse (RFC 4180: quoted fields may hold commas, quotes and line breaks; the
 * delimiter is a comma when the file's start has one, and is detected otherwise, so a `;`-separated file reads too). A byte-order mark is dropped. Line breaks are made `\n` first, so a file that mixes
 * `\r\n` and `\n` (an export edited in another program) still splits into the right records. Blank lines are left out.
 */
export function readCsv(text: string): CsvRow[] {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const source = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const rows: CsvRow[] = [];
  let counted = 0;
  let line = 1;
  // A comma near the start makes it the delimiter (every export read has commas); papaparse guesses only otherwise.
  const start = source.slice(0, 4096);
  Papa.parse<string[]>(source, {
    newline: '\n',
    delimiter: start.includes(',') ? ',' : '',
    step(result) {
      const start = line;
      const end = result.meta.cursor;
      for (let at = source.indexOf('\n', counted); at !== -1 && at < end; at = source.indexOf('\n', at + 1)) line++;
      counted = end;
      const fields = result.data;
      if (fields.length > 1 || (fields[0] ?? '') !== '') rows.push({ line: start, fields });
    },
  });
  return rows;
}

/** Quotes a CSV field when it needs quoting (RFC 4180), so that `readCsv` reads it back as it was. */
export function csvField(value: string): string {
  return /[",\n\r;]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
