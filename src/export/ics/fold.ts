/**
 * One content line folded as RFC 5545 §3.1 requires: no line longer than 75 octets, each continuation starting with
 * a space (which counts towards its 75), and never inside a character's UTF-8 sequence. Ends with CRLF.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit takes at most 3 octets (a 4-octet character is 2 units), so 25 units always fit in 75 octets.
  if (line.length <= 25) return `${line}\r\n`;
  // ASCII only (most lines): one octet a unit, so the line is cut every 75 units (74 after the leading space).
  if (!NOT_ASCII.test(line)) {
    if (line.length <= 75) return `${line}\r\n`;
    let folded = line.slice(0, 75);
    for (let at = 75; at < line.length; at += 74) folded += `\r\n ${line.slice(at, at + 74)}`;
    return `${folded}\r\n`;
  }
  // Otherwise jump from one non-ASCII character to the next (the ASCII between them is one octet a unit), counting
  // octets, and cut between characters (never inside a surrogate pair).
  let folded = '';
  let from = 0; // where the current output line starts in `line`
  let room = 75; // octets left on the current output line
  let at = 0;
  NEXT_NOT_ASCII.lastIndex = 0;
  while (at < line.length) {
    const next = NEXT_NOT_ASCII.exec(line)?.index ?? line.length;
    // ASCII from `at` to `next`: cut it into lines of the room left, then 74.
    while (next - at >= room) {
      at += room;
      folded += `${line.slice(from, at)}\r\n `;
      from = at;
      room = 74;
    }
    room -= next - at;
    at = next;
    if (at >= line.length) break;
    const unit = line.charCodeAt(at);
    const pair = unit >= 0xd800 && unit <= 0xdbff && (line.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
    const size = unit < 0x800 ? 2 : pair ? 4 : 3;
    if (size > room) {
      folded += `${line.slice(from, at)}\r\n `;
      from = at;
      room = 74;
    }
    room -= size;
    at += pair ? 2 : 1;
    NEXT_NOT_ASCII.lastIndex = at;
  }
  return `${folded}${line.slice(from)}\r\n`;
}

const NEXT_NOT_ASCII = /[^\u0000-\u007f]/g;
const NOT_ASCII = /[^\u0000-\u007f]/;
