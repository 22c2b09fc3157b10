/**
 * Dates of news articles and briefs. A report that dates its event without a
 * year takes the year its own text gives evidence for (inferYear,
 * src/timeline/report-year.ts).
 */
import type { DateSpan } from '../../model/index.ts';
import { findDates, isoToDateSpan, toDateSpan, withYear, type DateMatch } from '../../timeline/dates.ts';
import { weighYear } from '../../timeline/report-year.ts';

/**
 * The first date with at least a month, in the first text that has one, and
 * that text's index. The months of a statistic (今年1-10月) date no event.
 */
export function firstEvent(texts: readonly string[]): { readonly match: DateMatch; readonly index: number } | undefined {
  for (const [index, text] of texts.entries()) {
    const match = findDates(text).find((d) => d.start.month !== undefined && !d.statistics);
    if (match) return { match, index };
  }
  return undefined;
}

const firstEventDate = (texts: readonly string[]) => firstEvent(texts)?.match;

export interface DateOutcome {
  readonly date?: DateSpan;
  /** Why a written date was left yearless or dropped; for a message. */
  readonly note?: string;
  /** Which of the event texts the date was read from. */
  readonly from?: number;
}

/**
 * The report's date: front matter `date` when given (stated); else the first
 * dated event in headline, lede or first paragraph; its year as written, or
 * as written where the report repeats the same month and day with a year,
 * else inferred from `evidence` (the report's own text, never the teasers;
 * the event texts say what the report is about), else yearless, with a note
 * that says whether the text gave no evidence or evidence that settles no year.
 */
export function reportDate(metaDate: string | undefined, eventTexts: readonly string[], evidence: string): DateOutcome {
  if (metaDate) {
    const date = isoToDateSpan(metaDate);
    if (date) return { date };
  }
  const found = firstEvent(eventTexts);
  if (!found) return {};
  const { match: event, index: from } = found;
  if (event.start.year !== undefined) return withDate(toDateSpan(event));
  const restated = findDates(evidence).find(
    (d) => d.start.year !== undefined && d.start.month === event.start.month && d.start.day === event.start.day,
  );
  if (restated) return withDate(toDateSpan(withYear(event, restated.start.year!)));
  const verdict = weighYear(evidence, event.start, eventTexts);
  if (verdict?.year !== undefined) return withDate(toDateSpan(event, { defaultYear: verdict.year, reason: verdict.reason }));
  const why = verdict ? `its text does not settle one (${verdict.unsettled})` : 'gives no evidence for one';
  return {
    ...withDate(toDateSpan(event, { yearless: true })),
    from,
    note: `the report dates its event \`${event.text}\` without a year and ${why}; the date stays yearless (add front matter \`date\` to fix it)`,
  };
}

/**
 * A brief's date: the first dated event in its own texts. A missing year is
 * taken only from the same brief, and only when it names exactly one year;
 * otherwise the date stays yearless.
 */
export function briefDate(texts: readonly string[]): DateSpan | undefined {
  const event = firstEventDate(texts);
  if (!event) return undefined;
  if (event.start.year !== undefined) return toDateSpan(event);
  const years = new Set(texts.flatMap((t) => findDates(t).flatMap((d) => (d.start.year !== undefined ? [d.start.year] : []))));
  if (years.size === 1) {
    const [year] = years;
    return toDateSpan(event, { defaultYear: year!, reason: `年份取自同一条目中的“${year}年”` });
  }
  return toDateSpan(event, { yearless: true });
}

const withDate = (date: DateSpan | undefined): DateOutcome => (date ? { date } : {});

/** 2025-11-19 → 2025年11月19日, 2025-11 → 2025年11月. */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
};

/** Days between two calendar days (UTC), month 1-based. */
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

/** At most this many days between a yearless brief and the dated brief that gives it a year: the teasers under 更多 are the news of a few weeks. */
const SIBLING_DAYS = 62;

/**
 * A yearless brief's date with the year of the dated briefs beside it: the
 * teasers under one 更多 are the site's news of the same weeks (while the
 * report may be years older), so a yearless 11月21日 beside 2025年11月19日 is
 * 2025-11-21. The year put forward is the one that brings the day nearest
 * to a dated brief, and only within two months of it; else nothing.
 */
export function yearFromSiblings(date: DateSpan, siblings: readonly DateSpan[]): DateSpan | undefined {
  if (!date.start.yearless) return undefined;
  const [month, day] = date.start.iso.split('-').map(Number) as [number, number];
  let best: { year: number; distance: number; from: string } | undefined;
  for (const sibling of siblings) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(sibling.start.iso);
    if (sibling.start.yearless || !m) continue;
    const [year, ref] = [Number(m[1]), dayNumber(Number(m[1]), Number(m[2]), Number(m[3] ?? 15))];
    for (const y of [year - 1, year, year + 1]) {
      const distance = Math.abs(dayNumber(y, month, day) - ref);
      if (distance <= SIBLING_DAYS && (!best || distance < best.distance)) best = { year: y, distance, from: sibling.start.iso };
    }
  }
  if (!best) return undefined;
  const { year } = best;
  const start = { iso: `${year}-${date.start.iso}`, precision: date.start.precision };
  const endYear = date.end?.yearless && date.end.iso < date.start.iso ? year + 1 : year;
  const end = date.end?.yearless ? { iso: `${endYear}-${date.end.iso}`, precision: date.end.precision } : date.end;
  return {
    ...date,
    start,
    ...(end ? { end } : {}),
    certainty: 'inferred',
    reason: `年份取自同一栏目中${chineseDate(best.from)}的简讯`,
  };
}
