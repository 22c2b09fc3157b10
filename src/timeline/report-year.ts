/**
 * The year of a report that dates its event without one (将于3月19日至20日),
 * from the years its own text mentions. Each year is read in its clause (text
 * between ，,；;。！？; Chinese news often writes the ASCII comma). A clause that
 * is only a time phrase (2024年第三季度, 2023年前8个月, 到2030年) is the time
 * of the next clause, where its verb is: 2024年第三季度,贸易额达到15亿美元.
 * Years inside titles (《2019-2020年越俄外交部磋商计划》) are part of a name
 * and no evidence; neither is the first year of an anniversary's span.
 *
 * Three kinds of evidence, most specific first:
 * - The current year. An anniversary being celebrated is this year's
 *   (2025年是…建交75周年; 建交75周年（1950年1月30日—2025年1月30日）纪念大会;
 *   今年是两国建交30周年 with 两国于1993年建交),
 *   and so is the year in the name of the event the report's headline or
 *   opening is about (2025年顺化传统手工艺节开幕).
 * - Upper bounds: a year in a clause that looks ahead — plans, targets,
 *   forecasts (将, 将于, 即将, 计划, 力争, 目标, 预计, 争取, 迎接, 到2030年 …) —
 *   is upcoming: the report was written no later than that year.
 * - Lower bounds: otherwise a year in a clause that states a fact (达, 增长,
 *   下降, 创, 以来, 生效, 已, 签署 …) or gives figures (2018年贸易额约45亿美元)
 *   has passed: the report was written no earlier than that date. Figures for
 *   a whole year were published after it, so the bound is the next 1 January;
 *   figures for a part of a year (第三季度, 前8个月, 1-8月) after that part.
 *   Figures and a day said to be recent (更新, 公布, 日前 …) are firm: reports
 *   give the latest figures. A bare year that has passed (2016年生效, 2011年以来)
 *   or an old day (1950年1月30日建交) only says the report is later.
 * A year in a clause with none of these markers is no evidence.
 *
 * The year chosen is the current year when the text gives one and nothing
 * contradicts it; else the earliest that puts the report's own month and day
 * on or after every lower bound, provided it is not after the lowest upper
 * bound, and provided a firm bound or an upper bound lies within a year of
 * it (a report later than 2011 is not from 2011). When evidence conflicts, or
 * says only that the report is later than some year, no year is inferred:
 * weighYear says why.
 */
import { titleSpans } from './context.ts';
import { findDates, type DateMatch, type DateParts } from './dates.ts';
import { parseNumeral } from './numerals.ts';

/** The earliest date the report can have: year, month (1–12), day. */
type Day = readonly [number, number, number];

interface Bound {
  readonly day: Day;
  readonly why: string;
  /** The bound is also a likely date: published figures, a day said to be recent. */
  readonly firm: boolean;
}

interface YearFact {
  readonly year: number;
  readonly why: string;
}

export interface InferredYear {
  readonly year: number;
  /** For readers: the evidence, in Chinese. */
  readonly reason: string;
}

/** What the text says about the report's year: a year with its reason, or why it settles none (in Chinese). */
export type YearVerdict = InferredYear | { readonly year?: undefined; readonly unsettled: string };

/** The report's own month and day, when it gives them. */
export interface ReportDay {
  readonly month?: number;
  readonly day?: number;
}

/** A clause that looks ahead: an event to come, a plan, a target, a forecast. */
const UPCOMING = new RegExp(
  [
    '即将|即將|将于|將於|将要|將要|将在|將在|将会|將會',
    // Bare 将 (will), but not 将军, 上将, 将近 (nearly) …
    '(?<![大中少上主名武猛老副良干幹战戰敢骁驍虎女])[将將](?![军軍领領士帅帥官校近])',
    '筹备|籌備|计划|計劃|规划|規劃|拟|擬|预计|預計|预期|預期|预测|預測|届时|屆時|前夕|力争|力爭|争取|爭取|目标|目標|同意于|同意於|有望|迎接|奠定基础|奠定基礎|展望|愿景|願景|未来|未來',
  ].join('|'),
);
/** Of the clauses that look ahead, those that name an event to come (the rest name targets). */
const EVENT_TO_COME = /即将|即將|将于|將於|将在|將在|筹备|籌備|前夕|届时|屆時|迎接|举行|舉行|举办|舉辦|召开|召開|访问|訪問|活动|活動|会议|會議/;
/** A clause that states a fact. 了 not in 为了/除了/了解; 创 not in 创新; 达 not in 发达/表达. */
const PAST =
  /达到|(?<![发發表])[达達]|增长|增長|下降|[创創](?![新意业業作])|以来|以來|已|(?<![为為除])了(?!解)|生效|成立|签署|簽署|建交|(?:获|獲|审议|審議|表决|表決|投票)通(?:过|過)|曾|时任|時任|更新|公布|公佈|发布|發布/;
const FIGURES = /(?:达|達|增长|增長|下降|总额|總額|同比).*\d|\d[\d.]*\s*(?:%|％|亿|億|万|萬)/;
/** Figures without a verb (2018年越俄双边贸易额约45亿美元): a number of 亿/万 or a percentage. */
const AMOUNT = /\d[\d.]*\s*(?:%|％|亿|億|万|萬)/;
/** A day (or month) of a clause that says it is recent: the report is not long after it. */
const RECENT = /更新|公布|公佈|发布|發布|宣布|宣佈|日前|近日|此前|最近|前不久|上周|上週|上月/;
/** A year the clause looks back to: 2011年以来, 曾, 时任, 早在, 首次 … */
const LOOKING_BACK_AFTER = /^\s*(?:以来|以來|至今|迄今|起)/;
const LOOKING_BACK = /曾|时任|時任|早在|首次|首届|首屆|当时|當時/;
const CLAUSE_END = /[，,；;。！？!?\n]/;
const COMMA = /[，,]/;
/** What a clause may hold besides its date and still be only a time phrase. */
const TIME_BEFORE = /^(?:但|而|在|于|於|截至|截止|到|自|从|從)?$/;
const TIME_AFTER = /^(?:前|头|頭|首)[\d一二两兩三四五六七八九十]+个?個?月(?:份)?$|^(?:上半年|下半年|全年|年?初|年?底|年?末|年中|第?[一二三四1-4]季度|期间|期間|间|間)?$/;
/** After a bare year: the part of it that the figures cover (2017年前两个月, 2017年上半年, 2024年第三季度). */
const PART_OF_YEAR = /^(?:(?:前|头|頭|首)([\d一二两兩三四五六七八九十]+)个?個?月|(上半年)|(下半年)|第?([一二三四1-4])季度)/;
/** Right before a year: 到2030年 (by 2030), a target; not 直到, 截到. */
const BY_YEAR = /(?<![直截等])到\s*$/;
/** N周年 in a clause: an anniversary. */
const ANNIVERSARY = /(\d{1,3}|[一二三四五六七八九十百]+)\s*(?:周年|週年)/;
/** After a year: it is the year of an anniversary (2025年是…75周年). */
const YEAR_IS = /^\s*(?:是|为|為|恰逢|正值|适逢|適逢|正逢)/;
/**
 * After a year in the headline or opening: the name of an event held that
 * year (2025年顺化传统手工艺节, 2025年彭博创新经济论坛年会).
 */
const NAMED_EVENT =
  /^[^\s，,。；;：:、！？!?（()）“”「」《》和与與及或的]{0,16}(?:节|節|论坛|論壇|年会|年會|峰会|峰會|大会|大會|博览会|博覽會|展览会|展覽會|交易会|交易會|运动会|運動會|锦标赛|錦標賽|联赛|聯賽|杯|大赛|大賽|庆典|慶典|盛会|盛會|文化周|文化週|旅游年|旅遊年|对话会|對話會|展会|展會)/;
/** 今年是两国建交30周年: this year's anniversary of what the two characters before N周年 name, in a year the text may give. */
const THIS_YEAR_ANNIVERSARY = /今年(?:是|为|為|恰逢|正值|适逢|適逢|正逢)[^。！？；;\n]{0,30}?(\p{Script=Han}{2})(\d{1,3}|[一二三四五六七八九十百]+)\s*(?:周年|週年)/gu;
/** In a clause: the named event is remembered, not held now. */
const REMEMBERED = /曾|回顾|回顧|以来|以來|周年|週年|纪念|紀念|当年|當年|时任|時任/;

/** Where the clause around [from, to) starts and ends; a clause that is only a time phrase runs on to the next one's end. */
function clauseBounds(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !CLAUSE_END.test(text[a - 1]!)) a--;
  let b = to;
  while (b < text.length && !CLAUSE_END.test(text[b]!)) b++;
  if (b < text.length && COMMA.test(text[b]!) && TIME_BEFORE.test(text.slice(a, from).trim()) && TIME_AFTER.test(text.slice(to, b).trim())) {
    b++;
    while (b < text.length && !CLAUSE_END.test(text[b]!)) b++;
  }
  return [a, b];
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

const nextMonth = (year: number, month: number): Day => (month >= 12 ? [year + 1, 1, 1] : [year, month + 1, 1]);

/** The lower bound a fact (or figures) of a past clause gives. */
function lowerBound(text: string, m: DateMatch, clause: string, figuresOnly: boolean): Bound {
  const end = m.end ?? m.start;
  const year = end.year ?? m.start.year!;
  if (m.statistics && end.month !== undefined) {
    return { day: nextMonth(year, end.month), why: `${year}年1-${end.month}月的数据已公布`, firm: true };
  }
  if (end.month !== undefined) {
    const recent = RECENT.test(clause) && !LOOKING_BACK.test(clause) && !LOOKING_BACK_AFTER.test(text.slice(m.lastIndex));
    return { day: dayOf(end, year), why: `${m.text}之事已经发生`, firm: recent };
  }
  const after = text.slice(m.lastIndex);
  const part = afterPart(after, year);
  const figures = figuresOnly || FIGURES.test(clause.replace(m.text, '年'));
  const lookingBack = LOOKING_BACK_AFTER.test(after) || LOOKING_BACK.test(clause);
  if (figures && !lookingBack && part) return { day: part.day, why: `${year}年${part.part}的数据已公布`, firm: true };
  if (figures && !lookingBack && !m.end && !/^(?:前|头|頭|首)/.test(after)) return { day: [year + 1, 1, 1], why: `${year}年全年数据已公布`, firm: true };
  return { day: [year, 1, 1], why: `${year}年之事已经发生`, firm: false };
}

const numeral = (raw: string) => parseNumeral(raw) ?? (raw === '百' ? 100 : undefined);

/**
 * The anniversary a year stands for, when it does: the end of a span as long
 * as the anniversary (75周年（1950年1月30日—2025年1月30日）), or a year said to
 * be one (2025年是…75周年). The year is then that of the anniversary.
 */
function anniversary(text: string, m: DateMatch, clause: string): YearFact | undefined {
  const found = ANNIVERSARY.exec(clause);
  if (!found) return undefined;
  const years = numeral(found[1]!);
  const { start, end } = m;
  // What the anniversary is of: the words before N周年 in the clause (越南与俄罗斯建交75周年).
  const of = clause.slice(Math.max(0, found.index - 8), found.index).replace(/^.*[：:（(）)“”「」\d年月日—–\-是为為逢值行念祝迎]/, '');
  const what = of + found[0];
  if (end?.year !== undefined && start.year !== undefined && years === end.year - start.year) {
    return { year: end.year, why: `所纪念的${what}（${m.text}）在${end.year}年` };
  }
  const is = YEAR_IS.exec(text.slice(m.lastIndex));
  if (!m.end && start.month === undefined && is) return { year: start.year!, why: `${m.text}${is[0].trim()}${what}` };
  return undefined;
}

/** The text with what is inside 《…》 blanked out, offsets unchanged: a title's words are no markers. */
function withoutTitles(text: string, titles: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [a, b] of titles) {
    out += text.slice(at, a + 1) + '□'.repeat(b - a - 2);
    at = b - 1;
  }
  return out + text.slice(at);
}

interface Evidence {
  readonly current: YearFact[];
  readonly lower: Bound[];
  readonly upper: YearFact[];
}

function evidence(text: string, lead: readonly string[]): Evidence {
  const found: Evidence = { current: [], lower: [], upper: [] };
  const titles = titleSpans(text);
  const plain = withoutTitles(text, titles);
  for (const m of findDates(text)) {
    if (m.start.year === undefined || titles.some(([a, b]) => a < m.index && m.lastIndex < b)) continue;
    const [a, b] = clauseBounds(plain, m.index, m.lastIndex);
    const clause = plain.slice(a, b);
    const upcoming = UPCOMING.test(clause) || (!m.end && BY_YEAR.test(plain.slice(a, m.index)));
    const year = anniversary(plain, m, clause);
    if (year) {
      if (upcoming) found.upper.push({ year: year.year, why: `${year.year}年的纪念活动尚未举行` });
      else found.current.push(year);
      continue;
    }
    if (upcoming) {
      const y = m.start.year;
      found.upper.push({ year: y, why: EVENT_TO_COME.test(clause) ? `${y}年的活动尚未举行` : `${y}年的目标尚未到期` });
      continue;
    }
    const timePhrase = TIME_BEFORE.test(plain.slice(a, m.index).trim());
    const figuresOnly = timePhrase && m.start.month === undefined && AMOUNT.test(clause.replace(m.text, '年'));
    if (m.statistics || figuresOnly || PAST.test(clause)) found.lower.push(lowerBound(plain, m, clause, figuresOnly));
  }
  found.current.push(...thisYearsAnniversaries(plain, titles));
  for (const line of lead) {
    for (const m of findDates(line)) {
      if (m.start.year === undefined || m.end || m.start.month !== undefined) continue;
      const [a, b] = clauseBounds(line, m.index, m.lastIndex);
      const clause = line.slice(a, b);
      const name = NAMED_EVENT.exec(line.slice(m.lastIndex));
      if (!name || UPCOMING.test(clause) || REMEMBERED.test(clause)) continue;
      found.current.push({ year: m.start.year, why: `本篇报道的是${m.text}${name[0]}` });
    }
  }
  return found;
}

/**
 * The current year from 今年是两国建交30周年 and the one year the text says
 * the two countries 建交 (两国于1993年建交): 1993 + 30.
 */
function thisYearsAnniversaries(plain: string, titles: ReadonlyArray<readonly [number, number]>): YearFact[] {
  const out: YearFact[] = [];
  for (const a of plain.matchAll(THIS_YEAR_ANNIVERSARY)) {
    const [said, word, count] = a;
    const years = numeral(count!);
    if (years === undefined) continue;
    const from = new Set<number>();
    for (const m of findDates(plain)) {
      if (m.start.year === undefined || m.end || titles.some(([x, y]) => x < m.index && m.lastIndex < y)) continue;
      const [x, y] = clauseBounds(plain, m.index, m.lastIndex);
      const clause = plain.slice(x, y);
      if (clause.includes(word!) && !ANNIVERSARY.test(clause) && !UPCOMING.test(clause)) from.add(m.start.year);
    }
    if (from.size !== 1) continue;
    const [year] = from;
    out.push({ year: year! + years, why: `${said}，${year}年${word}` });
  }
  return out;
}

const before = (a: Day, b: Day) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The latest of the bounds; of equal ones, a firm one. */
const latest = (bounds: readonly Bound[]) => bounds.reduce((a, b) => (before(b.day, a.day) > 0 || (before(b.day, a.day) === 0 && b.firm && !a.firm) ? b : a));

/**
 * What a report's own text says about its year (see the module comment);
 * `on` is the report's month and day, when it gives them, and `lead` the
 * texts that say what the report is about (headline, lede, opening), where
 * the year in an event's name is the current year. Undefined when the text
 * gives no evidence at all.
 */
export function weighYear(text: string, on: ReportDay = {}, lead: readonly string[] = []): YearVerdict | undefined {
  const { current, lower, upper } = evidence(text, lead);
  const hi = upper.length ? upper.reduce((a, b) => (b.year < a.year ? b : a)) : undefined;
  const reportDay = (year: number): Day => [year, on.month ?? 12, on.day ?? 31];
  if (current.length) {
    const first = current[0]!;
    const other = current.find((c) => c.year !== first.year);
    if (other) return { unsettled: `${first.why}，但${other.why}` };
    const later = lower.find((b) => before(reportDay(first.year), b.day) < 0);
    if (later) return { unsettled: `${first.why}，但${later.why}` };
    if (hi && hi.year < first.year) return { unsettled: `${first.why}，但${hi.why}` };
    return { year: first.year, reason: `年份据文中证据推断：${first.why}` };
  }
  if (lower.length === 0) return undefined;
  const lo = latest(lower);
  let year = lo.day[0];
  if (on.month !== undefined && before([year, on.month, on.day ?? 31], lo.day) < 0) year++;
  if (hi && year > hi.year) return { unsettled: `${lo.why}，但${hi.why}` };
  const firm = lower.find((b) => b.firm && b.day[0] >= year - 1);
  if (!firm && hi?.year !== year) return { unsettled: `文中只说明报道不早于${lo.day[0]}年（${lo.why}）` };
  const why = lo.firm || !firm ? lo.why : `${lo.why}，${firm.why}`;
  return { year, reason: `年份据文中证据推断：${why}${hi ? `，${hi.why}` : ''}` };
}

/** The year a report was written in, when its own text settles it (weighYear). */
export function inferYear(text: string, on: ReportDay = {}, lead: readonly string[] = []): InferredYear | undefined {
  const verdict = weighYear(text, on, lead);
  return verdict?.year !== undefined ? verdict : undefined;
}
