/** Octets a character takes in UTF-8, from its code point. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Re-folds iCalendar text so that no line is longer than 75 octets (RFC 5545 §3.1). The `ics` library folds at 75
 * characters, which is too long once a line holds multi-byte characters (an en dash is 3 octets in UTF-8); this
 * unfolds its output and folds it again by octets, never inside a character.
 */
export function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = utf8Length(char);
        // Continuation lines start with a space, which counts towards their 75 octets.
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
