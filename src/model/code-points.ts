/** A string's length in code points (a surrogate pair is one), as zod counts it for `minLength` and `maxLength`. */
export const codePoints = (text: string): number => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
