// Whether a date written as ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD exists in the (Gregorian) calendar.

/** Days in a month (1–12) of a year, leap years included. */
function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so that no time zone shifts it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Null when the date exists; otherwise what is wrong, in Swedish, for an editor. Values that do not have
 * the ÅÅÅÅ[-MM[-DD]] form are not judged here (the format rule reports them).
 */
export function calendarFault(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `månaden ${match[2]} finns inte (01–12)`;
  if (match[3] === undefined) return null;
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${year}-${match[2]} har dagarna 01–${last}, inte ${match[3]}`;
  return null;
}
