/**
 * Dates of news articles and briefs.
 *
 * Year inference for a date the report writes without a year (将于3月19日至20日):
 * every year the report mentions is read in its clause (text between ，；。！？).
 * - A year in a clause that looks ahead (即将, 将于, 筹备, 计划于, 预计 …) is
 *   upcoming: the report was written no later than that year (upper bound).
 * - Otherwise a year in a clause that states a fact (达, 增长, 创, 以来, 生效,
 *   已, 了 …) is past: the report was written no earlier than that year
 *   (lower bound); a bare year with figures (2017年…贸易额达53亿美元) is a
 *   completed year, so the bound is the year after.
 * - A year in a clause with neither kind of marker is no evidence.
 * The year chosen is the earliest one consistent with all bounds, i.e. the
 * highest lower bound, provided it does not exceed the lowest upper bound.
 * With no lower bound, or conflicting bounds, no year is inferred.
 */
import type { DateSpan } from '../../model/index.ts';
import { findDates, isoToDateSpan, toDateSpan, withYear, type DateMatch } from '../../timeline/dates.ts';

interface Bound {
  readonly year: number;
  readonly why: string;
}

export interface InferredYear {
  readonly year: number;
  /** For readers: the evidence, in Chinese. */
  readonly reason: string;
}

const UPCOMING = /即将|即將|将于|將於|将要|將要|将在|將在|将举行|將舉行|筹备|籌備|计划于|計劃於|拟于|擬於|预计|預計|届时|屆時|前夕/;
const PAST = /达到|达|達|增长|增長|下降|创|創|以来|以來|已|了|生效|成立|签署|簽署|建交|通过|通過|曾|时任|時任|实现|實現/;
const FIGURES = /(?:达|達|增长|增長|下降|总额|總額|同比).*\d|\d[\d.]*\s*(?:%|％|亿|億|万|萬)/;
/** After a bare year: a part of it (2017年前两个月, 2017年上半年), so not a completed year. */
const PART_OF_YEAR = /^(?:前|上半年|下半年|头|頭|首|第|[一二三四1-4]季度)/;
const CLAUSE_END = /[，,；;。！？!?\n]/;

function clauseAround(text: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && !CLAUSE_END.test(text[a - 1]!)) a--;
  let b = to;
  while (b < text.length && !CLAUSE_END.test(text[b]!)) b++;
  return text.slice(a, b);
}

function bounds(text: string): { lower: Bound[]; upper: Bound[] } {
  const lower: Bound[] = [];
  const upper: Bound[] = [];
  for (const m of findDates(text)) {
    const first = m.start.year;
    if (first === undefined) continue;
    const last = m.end?.year ?? first;
    const clause = clauseAround(text, m.index, m.lastIndex);
    const others = clause.replace(m.text, '年');
    if (UPCOMING.test(clause)) {
      upper.push({ year: first, why: `${first}年的活动尚未举行` });
    } else if (PAST.test(clause)) {
      const bareYear = m.start.month === undefined && m.end === undefined;
      const completed = bareYear && FIGURES.test(others) && !PART_OF_YEAR.test(text.slice(m.lastIndex));
      lower.push(completed ? { year: last + 1, why: `${last}年全年数据已公布` } : { year: last, why: `${last}年之事已经发生` });
    }
  }
  return { lower, upper };
}

/** The year a report was written in, from its own text; see the module comment. */
export function inferYear(text: string): InferredYear | undefined {
  const { lower, upper } = bounds(text);
  if (lower.length === 0) return undefined;
  const lo = lower.reduce((a, b) => (b.year > a.year ? b : a));
  const hi = upper.length ? upper.reduce((a, b) => (b.year < a.year ? b : a)) : undefined;
  if (hi && lo.year > hi.year) return undefined;
  const reason = `年份据文中证据推断：${lo.why}${hi ? `，${hi.why}` : ''}`;
  return { year: lo.year, reason };
}

/** The first date with at least a month, in the first text that has one. */
export function firstEventDate(texts: readonly string[]): DateMatch | undefined {
  for (const text of texts) {
    const m = findDates(text).find((d) => d.start.month !== undefined);
    if (m) return m;
  }
  return undefined;
}

export interface DateOutcome {
  readonly date?: DateSpan;
  /** Why a written date was left yearless or dropped; for a message. */
  readonly note?: string;
}

/**
 * The report's date: front matter `date` when given (stated); else the first
 * dated event in headline, lede or first paragraph; its year as written, or
 * as written where the report repeats the same month and day with a year,
 * else inferred from `evidence` (the report's own text, never the teasers),
 * else yearless.
 */
export function reportDate(metaDate: string | undefined, eventTexts: readonly string[], evidence: string): DateOutcome {
  if (metaDate) {
    const date = isoToDateSpan(metaDate);
    if (date) return { date };
  }
  const event = firstEventDate(eventTexts);
  if (!event) return {};
  if (event.start.year !== undefined) return withDate(toDateSpan(event));
  const restated = findDates(evidence).find(
    (d) => d.start.year !== undefined && d.start.month === event.start.month && d.start.day === event.start.day,
  );
  if (restated) return withDate(toDateSpan(withYear(event, restated.start.year!)));
  const inferred = inferYear(evidence);
  if (inferred) return withDate(toDateSpan(event, { defaultYear: inferred.year, reason: inferred.reason }));
  return {
    ...withDate(toDateSpan(event, { yearless: true })),
    note: `the report dates its event \`${event.text}\` without a year and gives no evidence for one; the date stays yearless (add front matter \`date\` to fix it)`,
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
