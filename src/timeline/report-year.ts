/**
 * The year of a report that dates its event without one (将于3月19日至20日),
 * from the years its own text mentions. Each year is read in its clause (text
 * between ，,；;。！？; Chinese news often writes the ASCII comma). A clause that
 * is only a time phrase (2024年第三季度, 2023年前8个月) is the time of the next
 * clause, where its verb is: 2024年第三季度,贸易额达到15亿美元.
 * - A year in a clause that looks ahead (即将, 将于, 计划, 力争, 目标, 同意于 …)
 *   is upcoming: the report was written no later than that year (upper bound).
 * - Otherwise a year in a clause that states a fact (达, 增长, 创, 以来, 生效,
 *   已, 了, 更新 …) is past: the report was written no earlier than that date
 *   (lower bound). Figures for a whole year (2017年…贸易额达53亿美元) were
 *   published after it, so the bound is the next 1 January; figures for a part
 *   of a year (第三季度, 前8个月, 上半年) after that part.
 * - A year in a clause with neither kind of marker is no evidence.
 * The year chosen is the earliest that puts the report's own month and day on
 * or after every lower bound, provided it is not after the lowest upper bound.
 * With no lower bound, or conflicting bounds, no year is inferred.
 */
import { findDates, type DateMatch, type DateParts } from './dates.ts';
import { parseNumeral } from './numerals.ts';

/** The earliest date the report can have: year, month (1–12), day. */
type Day = readonly [number, number, number];

interface Bound {
  readonly day: Day;
  readonly why: string;
}

export interface InferredYear {
  readonly year: number;
  /** For readers: the evidence, in Chinese. */
  readonly reason: string;
}

const UPCOMING =
  /即将|即將|将于|將於|将要|將要|将在|將在|将举行|將舉行|筹备|籌備|计划|計劃|拟于|擬於|预计|預計|届时|屆時|前夕|力争|力爭|争取|爭取|目标|目標|同意于|同意於|有望/;
const PAST = /达到|达|達|增长|增長|下降|创|創|以来|以來|已|了|生效|成立|签署|簽署|建交|通过|通過|曾|时任|時任|实现|實現|更新|公布|公佈|发布|發布/;
const FIGURES = /(?:达|達|增长|增長|下降|总额|總額|同比).*\d|\d[\d.]*\s*(?:%|％|亿|億|万|萬)/;
const CLAUSE_END = /[，,；;。！？!?\n]/;
const COMMA = /[，,]/;
/** What a clause may hold besides its date and still be only a time phrase. */
const TIME_BEFORE = /^(?:但|而|在|于|於|截至|截止|到|自|从|從)?$/;
const TIME_AFTER = /^(?:前|头|頭|首)[\d一二两兩三四五六七八九十]+个?個?月(?:份)?$|^(?:上半年|下半年|全年|年初|年底|年末|年中|第?[一二三四1-4]季度|期间|期間|间|間)?$/;
/** After a bare year: the part of it that the figures cover (2017年前两个月, 2017年上半年, 2024年第三季度). */
const PART_OF_YEAR = /^(?:(?:前|头|頭|首)([\d一二两兩三四五六七八九十]+)个?個?月|(上半年)|(下半年)|第?([一二三四1-4])季度)/;

/** Where the clause around [from, to) starts and ends; a clause that is only a time phrase runs on to the next one's end. */
function clauseAround(text: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && !CLAUSE_END.test(text[a - 1]!)) a--;
  let b = to;
  while (b < text.length && !CLAUSE_END.test(text[b]!)) b++;
  if (b < text.length && COMMA.test(text[b]!) && TIME_BEFORE.test(text.slice(a, from).trim()) && TIME_AFTER.test(text.slice(to, b).trim())) {
    b++;
    while (b < text.length && !CLAUSE_END.test(text[b]!)) b++;
  }
  return text.slice(a, b);
}

const dayOf = (p: DateParts, year: number): Day => [year, p.month ?? 1, p.day ?? 1];

/** The first day after the part of `year` named at the start of `after`, or undefined when none is named. */
function afterPart(after: string, year: number): { day: Day; part: string } | undefined {
  const m = PART_OF_YEAR.exec(after);
  if (!m) return undefined;
  const [part, months, firstHalf, secondHalf, quarter] = m;
  let month: number;
  if (months) month = (parseNumeral(months.replace(/[两兩]/, '二')) ?? 0) + 1;
  else if (firstHalf) month = 7;
  else if (secondHalf) month = 13;
  else month = 3 * (parseNumeral(quarter!) ?? 0) + 1;
  if (month < 2 || month > 13) return undefined;
  return { day: month === 13 ? [year + 1, 1, 1] : [year, month, 1], part };
}

function lowerBound(text: string, m: DateMatch, clause: string): Bound {
  const end = m.end ?? m.start;
  const year = end.year ?? m.start.year!;
  if (end.month !== undefined) return { day: dayOf(end, year), why: `${m.text}之事已经发生` };
  const after = text.slice(m.lastIndex);
  const part = afterPart(after, year);
  const figures = FIGURES.test(clause.replace(m.text, '年'));
  if (figures && part) return { day: part.day, why: `${year}年${part.part}的数据已公布` };
  if (figures && !m.end && !/^(?:前|头|頭|首)/.test(after)) return { day: [year + 1, 1, 1], why: `${year}年全年数据已公布` };
  return { day: [year, 1, 1], why: `${year}年之事已经发生` };
}

function bounds(text: string): { lower: Bound[]; upper: number[] } {
  const lower: Bound[] = [];
  const upper: number[] = [];
  for (const m of findDates(text)) {
    if (m.start.year === undefined) continue;
    const clause = clauseAround(text, m.index, m.lastIndex);
    if (UPCOMING.test(clause)) upper.push(m.start.year);
    else if (PAST.test(clause)) lower.push(lowerBound(text, m, clause));
  }
  return { lower, upper };
}

const before = (a: Day, b: Day) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The year a report was written in, from its own text (see the module
 * comment); `on` is the report's month and day, when it gives them.
 */
export function inferYear(text: string, on: { readonly month?: number; readonly day?: number } = {}): InferredYear | undefined {
  const { lower, upper } = bounds(text);
  if (lower.length === 0) return undefined;
  const lo = lower.reduce((a, b) => (before(b.day, a.day) > 0 ? b : a));
  const hi = upper.length ? Math.min(...upper) : undefined;
  let year = lo.day[0];
  if (on.month !== undefined && before([year, on.month, on.day ?? 31], lo.day) < 0) year++;
  if (hi !== undefined && year > hi) return undefined;
  const reason = `年份据文中证据推断：${lo.why}${hi !== undefined ? `，${hi}年的活动尚未举行` : ''}`;
  return { year, reason };
}
