/** Octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded as RFC 5545 §3.1 requires: no line longer than 75 octets, each continuation starting with
 * a space (which counts towards its 75), and never inside a character's UTF-8 sequence. Ends with CRLF.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit takes at most 3 octets (a 4-octet character is 2 units), so 25 units always fit in 75 octets.
  if (line.length <= 25) return `${line}\r\n`;
  let folded = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      folded += '\r\n ';
      octets = 1;
      limit = 75;
    }
    folded += char;
    octets += size;
  }
  return `${folded}\r\n`;
}
