import { tz } from '@date-fns/tz';
import { type Locale, parse } from 'date-fns';
import { daysFromCivil } from '../plan/calendar.js';
import { utcInstant } from './collect.js';

/** Whitespace as exports write it (narrow no-break spaces before AM/PM, no-break spaces) made one plain space. */
export const plainSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const key = (name: string) => name.toLowerCase().replace(/\.$/, '');
// Day periods as written: "PM", "p.m.", "p. m." are one.
const periodKey = (name: string) => name.toLowerCase().replace(/[.\s]/g, '');

/**
 * Reads date-times written in one of a few date-fns formats (`MMM d, yyyy, h:mm:ss a`, `d MMM yyyy, HH:mm:ss`, …)
 * in one locale, as UTC instants. date-fns knows each locale's month names and day periods; parsing a row with
 * date-fns `parse` costs about 160 µs, too slow for an export of thousands of rows, so each format is compiled once
 * into a regular expression over the locale's own names (from the date-fns locale), and date-fns `parse` reads the
 * rows the expression does not (a test holds both to the same answers).
 */
export class DateReader {
  readonly #patterns: { regex: RegExp; fields: string[] }[];
  readonly #months = new Map<string, number>();
  readonly #periods = new Map<string, 'am' | 'pm'>();

  constructor(
    readonly formats: readonly string[],
    readonly locale: Locale,
  ) {
    for (let month = 0; month < 12; month++) {
      for (const width of ['abbreviated', 'wide'] as const) {
        for (const context of ['formatting', 'standalone'] as const) this.#months.set(key(locale.localize.month(month as 0, { width, context })), month + 1);
      }
    }
    // Exports abbreviate months in ways a locale's data may not (en-GB "Sept"): a name's first three letters count
    // too, where they name one month only.
    const prefixes = new Map<string, number | null>();
    for (const [name, month] of this.#months) {
      const prefix = name.slice(0, 3);
      prefixes.set(prefix, prefixes.has(prefix) && prefixes.get(prefix) !== month ? null : month);
    }
    for (const [prefix, month] of prefixes) if (month !== null && !this.#months.has(prefix)) this.#months.set(prefix, month);
    for (const period of ['am', 'pm'] as const) {
      for (const width of ['abbreviated', 'narrow', 'wide'] as const) this.#periods.set(periodKey(locale.localize.dayPeriod(period, { width })), period);
      this.#periods.set(period, period);
    }
    this.#patterns = formats.map((format) => compile(format));
  }

  /** The UTC instant (epoch milliseconds) `text` names, or NaN when it names none in these formats. */
  read(text: string): number {
    const plain = plainSpaces(text);
    for (const { regex, fields } of this.#patterns) {
      const match = regex.exec(plain);
      if (match) {
        const instant = this.#instant(match, fields);
        if (Number.isFinite(instant)) return instant;
      }
    }
    return this.#slow(plain);
  }

  #instant(match: RegExpExecArray, fields: readonly string[]): number {
    let year = Number.NaN;
    let month = Number.NaN;
    let day = Number.NaN;
    let hours = 0;
    let minutes = 0;
    let seconds = 0;
    let period: 'am' | 'pm' | undefined;
    fields.forEach((field, index) => {
      const value = match[index + 1] ?? '';
      if (field === 'y') year = Number(value);
      else if (field === 'M') month = Number(value);
      else if (field === 'MMM') month = this.#months.get(key(value)) ?? this.#months.get(key(value).slice(0, 3)) ?? Number.NaN;
      else if (field === 'd') day = Number(value);
      else if (field === 'H' || field === 'h') hours = Number(value);
      else if (field === 'm') minutes = Number(value);
      else if (field === 's') seconds = Number(value);
      else if (field === 'a') period = this.#periods.get(periodKey(value));
    });
    if (fields.includes('a')) {
      if (period === undefined || hours < 1 || hours > 12) return Number.NaN;
      hours = (hours % 12) + (period === 'pm' ? 12 : 0);
    }
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hours < 24 && minutes < 60 && seconds < 60 && year >= 1)) return Number.NaN;
    // 31 February is not a day: the day must fall within its month.
    const monthStart = daysFromCivil(year, month, 1);
    const monthLength = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - monthStart;
    if (day > monthLength) return Number.NaN;
    const days = monthStart + day - 1;
    return utcInstant(days, hours, minutes, seconds);
  }

  #slow(text: string): number {
    for (const format of this.formats) {
      const instant = parse(text, format, 0, { in: tz('UTC'), locale: this.locale }).getTime();
      if (Number.isFinite(instant)) return instant;
    }
    return Number.NaN;
  }
}

/** A date-fns format string as a regular expression with one group per field, over plain single spaces. */
function compile(format: string): { regex: RegExp; fields: string[] } {
  const fields: string[] = [];
  let source = '';
  for (const [token = ''] of format.matchAll(/'[^']*'|y+|M+|d+|H+|h+|m+|s+|a+|[^'yMdHhmsa]+/g)) {
    const letter = token[0];
    if (token.startsWith("'")) source += escape(token.slice(1, -1));
    else if (letter === 'y') (fields.push('y'), (source += '(\\d{4})'));
    else if (letter === 'M') (fields.push(token.length >= 3 ? 'MMM' : 'M'), (source += token.length >= 3 ? '([\\p{L}][\\p{L}.]*)' : '(\\d{1,2})'));
    else if (letter === 'a') (fields.push('a'), (source += '([\\p{L}.]+(?: [\\p{L}.]+)?)'));
    else if (letter === 'd' || letter === 'H' || letter === 'h' || letter === 'm' || letter === 's') (fields.push(letter), (source += '(\\d{1,2})'));
    else source += escape(token).replace(/ /g, ' ?');
  }
  return { regex: new RegExp(`^${source}$`, 'iu'), fields };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
