const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a validated `YYYY-MM-DD` day: whole numbers, so window arithmetic needs no time zone. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The `YYYY-MM-DD` day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
