// Parses goal timeframes as plans write them: "2024", "2022–2024", "2022-2024", "2022-24".

export interface Years {
  from: number;
  /** Inclusive last year. */
  to: number;
}

export type TimeframeResult = { ok: true; years: Years } | { ok: false; reason: 'format' | 'reversed'; detail: string };

// Any dash a PDF or an editor may produce: hyphen-minus, en dash, em dash, minus sign, non-breaking hyphen.
const RANGE = /^(\d{4})\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*(\d{2}|\d{4})$/;
const SINGLE = /^(\d{4})$/;
const MIN_YEAR = 1990;

/**
 * The shapes parseTimeframe reads, as a pattern string for the browser editor's form (which cannot run this
 * module): a year, or two years with a dash between. The years' range and order are the check's to say.
 */
export const TIMEFRAME_PATTERN = `^\\s*\\d{4}(?:\\s*${RANGE.source.slice(RANGE.source.indexOf('['), RANGE.source.indexOf(']') + 1)}\\s*(?:\\d{2}|\\d{4}))?\\s*$`;
const MAX_YEAR = 2100;

export function parseTimeframe(label: string): TimeframeResult {
  const text = label.trim();
  const single = SINGLE.exec(text);
  if (single) {
    const year = Number(single[1]);
    return inRange(year) ? { ok: true, years: { from: year, to: year } } : outOfRange(text);
  }
  const range = RANGE.exec(text);
  if (!range) {
    return { ok: false, reason: 'format', detail: `"${label}" är inte ett årtal eller ett årsintervall` };
  }
  const from = Number(range[1]);
  // "2022-24" abbreviates the end year within the start year's century.
  let to = range[2].length === 2 ? Math.floor(from / 100) * 100 + Number(range[2]) : Number(range[2]);
  // "1999-01" crosses into the next century; a short span only, so "2024-22" stays reversed.
  if (range[2].length === 2 && to < from && to + 100 - from <= 10) to += 100;
  if (!inRange(from) || !inRange(to)) return outOfRange(text);
  if (to < from) {
    return { ok: false, reason: 'reversed', detail: `slutåret ${to} ligger före startåret ${from}` };
  }
  return { ok: true, years: { from, to } };
}

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function outOfRange(text: string): TimeframeResult {
  return { ok: false, reason: 'format', detail: `"${text}" innehåller ett årtal utanför ${MIN_YEAR}–${MAX_YEAR}` };
}

/** The years a timeframe covers, in order. */
export function yearsOf(years: Years): number[] {
  const out: number[] = [];
  for (let y = years.from; y <= years.to; y++) out.push(y);
  return out;
}

/** Whether `inner` lies within a plan period whose end may be open (null). */
export function withinPeriod(inner: Years, period: { from: number; to: number | null }): boolean {
  return inner.from >= period.from && (period.to === null || inner.to <= period.to);
}

/** A period written the Swedish way: "2022–2024" or "2015 och framåt". */
export function formatPeriod(period: { from: number; to: number | null }): string {
  if (period.to === null) return `${period.from} och framåt`;
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** How many goals share each span of years, earliest start first, then shortest: a plan's timeframes as text. */
export function timeframeSpans(goals: { years: Years | null }[]): (Years & { count: number })[] {
  const spans = new Map<string, Years & { count: number }>();
  for (const { years } of goals) {
    if (!years) continue;
    const key = `${years.from}-${years.to}`;
    const span = spans.get(key) ?? { from: years.from, to: years.to, count: 0 };
    span.count += 1;
    spans.set(key, span);
  }
  return [...spans.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}
