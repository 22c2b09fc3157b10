/**
 * Finding date expressions in Chinese text (either script) and turning them
 * into model DateSpans. Pure functions; offsets are UTF-16 indices into the
 * text as given.
 *
 * Recognised: 1950年1月30日, 2001年1月, 1987年, 3月19日, 2009年七月中旬,
 * 二〇〇一年, 七月二十一日, ranges joined by 至/到/-/~ (3月19日至20日,
 * 2001年至2003年, 2001-2003年, 3月19-20日, 从…至…, 自…至…), and the
 * approximate markers 约/約/大约 (before) and 左右/前后 (after); 早在 (as
 * early as) is not approximate. A year of three digits (866年) counts when a
 * month follows or it opens a clause and no count word (历史, 来, 间 …)
 * follows it.
 * Never recognised: durations and counts (50週年, 25周年, 53亿, 35%, 25岁,
 * 3个月, 近2000年, 5000年历史, 300年历史, 1010年的历史, 长达1000年: years
 * must be 100–2199, not follow 近/逾/过/超/满/第/每/多/数/几 or 长达/历经/已有,
 * and not be followed by (的)历史 or 之久), anniversaries (建城1000年, 建國100年,
 * 誕辰150年), years before the common era (公元前257年), recurring dates
 * (每年10月10日), decades (1990年代), a day with no month (findDays reads
 * those where a report gives the month), and a month in Chinese numerals
 * with neither year nor day or xun (一月 is too often part of a word). A part
 * the text does not give is never supplied. Months counted from January for
 * a figure (今年1-10月) are found, marked `statistics`: no event.
 */
import type { DatePoint, DateSpan } from '../model/index.ts';
import { CHINESE_NUMERAL_CHARS, asciiDigits, parseNumeral } from './numerals.ts';

export interface DateParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 1 = 上旬, 2 = 中旬, 3 = 下旬. */
  readonly xun?: 1 | 2 | 3;
}

export interface DateMatch {
  /** The matched text, markers (从, 约, 左右 …) included. */
  readonly text: string;
  /** Offset of the first character. */
  readonly index: number;
  /** Offset just after the last character. */
  readonly lastIndex: number;
  readonly start: DateParts;
  /** The end of a range; parts the text elided (3月19日至20日) are carried over from the start. */
  readonly end?: DateParts;
  /** True when the text marks the date as approximate (约, 早在, 左右 …). */
  readonly approximate: boolean;
  /**
   * The months a statistic covers, counted from January (今年1-10月, 1至10月,
   * 2023年1月至8月 after 今年/去年): the period of a figure, not the time of
   * an event, and never a report's date.
   */
  readonly statistics?: true;
}

const CN_DIGIT = '[〇零○一二三四五六七八九]';
const YEAR_NUM = `(?:\\d{3,4}|${CN_DIGIT}{4})`;
const MONTH_NUM = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY_NUM =
  '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])';
const SEP = '\\s*(?:至|到|~|～|〜|－|-|–|—{1,2})\\s*';
/** A time of day after a day (凌晨2时, 上午8时30分, 晚): a range may run from one to the next (3日凌晨2时至4日7时). */
const TIME_OF_DAY =
  '(?:\\s*(?:当地时间|當地時間))?(?:\\s*(?:凌晨|清晨|早晨|早上|上午|中午|午间|午間|下午|傍晚|晚上|晚间|晚間|夜间|夜間|深夜|夜里|夜裡|晚|夜))?(?:\\s*\\d{1,2}\\s*(?:时|時|点|點)(?:\\s*\\d{1,2}\\s*分|半)?)?';

const sticky = (source: string) => new RegExp(source, 'y');
const RE = {
  year: sticky(`(${YEAR_NUM})\\s?年(?!代)`),
  yearElided: sticky(`(\\d{4})(?=${SEP}\\d{4}\\s?年)`),
  month: sticky(`(${MONTH_NUM})\\s?月份?`),
  monthElided: sticky(`(${MONTH_NUM})(?=${SEP}${MONTH_NUM}\\s?月)`),
  day: sticky(`(${DAY_NUM})\\s?[日号號]`),
  dayElided: sticky(`(${DAY_NUM})(?=${SEP}${DAY_NUM}\\s?[日号號])`),
  xun: sticky('([上中下])旬'),
  sep: sticky(SEP),
  timeSep: sticky(`${TIME_OF_DAY}${SEP}`),
  time: sticky(TIME_OF_DAY),
  suffixApprox: sticky('\\s*(?:左右|前后|前後)'),
};
const PREFIX_APPROX = /(?:大约|大約|大概|约|約)(?:于|於|在)?\s*$/;
const PREFIX_FROM = /(?:从|從|自|由)\s*$/;
/** Four-digit numbers outside this range before 年 are counts (5000年历史), not years. */
const MIN_YEAR = 1000;
/** The smallest year written with three digits (866年); see SHORT_YEAR_BEFORE. */
const MIN_SHORT_YEAR = 100;
const MAX_YEAR = 2199;
/** A year directly after these is a count of years (近2000年, 第2000年, 建城1000年), or before the common era (公元前257年), not a date. */
const NOT_BEFORE_YEAR =
  /(?:[近逾过過超满滿第每多数數几幾]|建城|建國|建国|建都|建市|建校|建黨|建党|建交|立國|立国|開埠|开埠|成立|誕辰|诞辰|逝世|公元前|西元前|纪元前|紀元前)\s?$/;
/** A month-first date after these recurs (每年10月10日): no point in time. */
const RECURRING_BEFORE = /(?:每年|每逢|每月|每屆|每届|逢)(?:的)?\s?$/;
/** A three-digit year must open a clause (or follow 公元/于/在 …) … */
const SHORT_YEAR_BEFORE = /(?:^|[，,、；;。：:！？!?（(「『“\s]|公元|西元|于|於|在|至|到|自|从|從|由)$/;
/** … and not be followed by what makes it a count of years (300年历史, 200年来, 100年间). */
const SHORT_YEAR_COUNT_AFTER = /^(?:历史|歷史|来|來|间|間|内|內|以|之|后|後|前|的|里|裡|中|多|左右|前后|前後|上下|历程|歷程|老|古|传统|傳統)/;
/**
 * A year of four digits without a month is a count of years when what follows
 * says so (1000年历史, 1010年的历史, 300年之久) or what comes before does
 * (长达1000年, 历经1000年); 2019年的历史性访问 is a date.
 */
const YEAR_COUNT_AFTER =
  /^(?:的)?(?:历史|歷史)(?!性|上|最|新|纪录|紀錄|记录|記錄|时刻|時刻|意义|意義|转折|轉折)|^(?:之久|多的|的岁月|的歲月|岁月|歲月|光阴|光陰|的历程|的歷程|历程|歷程)/;
const YEAR_COUNT_BEFORE = /(?:长达|長達|历经|歷經|历时|歷時|已有|拥有|擁有|有着|有著|具有|共有|足有)\s?$/;

interface Point {
  readonly parts: DateParts;
  readonly end: number;
  /** The first unit written: which parts a range end may elide. */
  readonly first: 'year' | 'month' | 'day';
  /** The last unit was written without its suffix (2001-2003年): a range must follow. */
  readonly elided: boolean;
}

function take(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Like take, also allowing one space before the unit (2019 年 3 月). */
function takeNext(re: RegExp, text: string, at: number, after: boolean): RegExpExecArray | null {
  return take(re, text, at) ?? (after && text[at] === ' ' ? take(re, text, at + 1) : null);
}

function daysIn(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses one date point at `at`; `rangeEnd` admits the elided forms a range end may use. */
function parsePoint(text: string, at: number, rangeEnd: boolean): Point | undefined {
  let pos = at;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let xun: 1 | 2 | 3 | undefined;
  let first: Point['first'] | undefined;
  let m = take(RE.year, text, pos);
  if (m) {
    year = parseNumeral(m[1]!);
    if (year === undefined || year < (m[1]!.length === 3 ? MIN_SHORT_YEAR : MIN_YEAR) || year > MAX_YEAR) return undefined;
    first = 'year';
    pos = RE.year.lastIndex;
  } else if (!rangeEnd && (m = take(RE.yearElided, text, pos))) {
    if (Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) return undefined;
    return { parts: { year: Number(m[1]) }, end: RE.yearElided.lastIndex, first: 'year', elided: true };
  }
  const monthAt = pos;
  if ((m = takeNext(RE.month, text, pos, year !== undefined))) {
    month = parseNumeral(m[1]!);
    first ??= 'month';
    pos = RE.month.lastIndex;
  } else if (!rangeEnd && (m = take(RE.monthElided, text, pos))) {
    return { parts: { year, month: parseNumeral(m[1]!) }, end: RE.monthElided.lastIndex, first: first ?? 'month', elided: true };
  }
  if (month !== undefined) {
    if ((m = takeNext(RE.day, text, pos, true))) {
      day = parseNumeral(m[1]!);
      pos = RE.day.lastIndex;
    } else if ((m = take(RE.xun, text, pos))) {
      xun = ({ 上: 1, 中: 2, 下: 3 } as const)[m[1] as '上' | '中' | '下'];
      pos = RE.xun.lastIndex;
    } else if (!rangeEnd && (m = take(RE.dayElided, text, pos))) {
      const d = parseNumeral(m[1]!)!;
      if (d > daysIn(month, year)) return undefined;
      return { parts: { year, month, day: d }, end: RE.dayElided.lastIndex, first: first!, elided: true };
    }
    const bareChineseMonth = year === undefined && day === undefined && xun === undefined && !/\d/.test(text.slice(monthAt, monthAt + 2));
    if (bareChineseMonth && !rangeEnd) return undefined;
  } else if (year === undefined && rangeEnd && (m = take(RE.day, text, pos))) {
    day = parseNumeral(m[1]!);
    first = 'day';
    pos = RE.day.lastIndex;
  }
  if (first === undefined) return undefined;
  if (day !== undefined && (month === undefined ? day > 31 : day > daysIn(month, year))) return undefined;
  return { parts: clean({ year, month, day, xun }), end: pos, first, elided: false };
}

function clean(parts: DateParts): DateParts {
  const out: { year?: number; month?: number; day?: number; xun?: 1 | 2 | 3 } = {};
  if (parts.year !== undefined) out.year = parts.year;
  if (parts.month !== undefined) out.month = parts.month;
  if (parts.day !== undefined) out.day = parts.day;
  if (parts.xun !== undefined) out.xun = parts.xun;
  return out;
}

/** Negative when `a` is earlier than `b` (missing parts count as 0; a xun as its first day). */
function compare(a: DateParts, b: DateParts): number {
  const key = (p: DateParts) => [p.year ?? 0, p.month ?? 0, p.day ?? (p.xun ? p.xun * 10 - 9 : 0)] as const;
  const [x, y] = [key(a), key(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Completes a range end from its start; undefined when the pair is not a forward range. */
function completeEnd(start: DateParts, end: Point): DateParts | undefined {
  if (end.first === 'day' && start.day === undefined) return undefined;
  if (end.first === 'month' && start.month === undefined) return undefined;
  const done = clean({
    ...end.parts,
    year: end.parts.year ?? (end.first === 'year' ? undefined : start.year),
    month: end.parts.month ?? (end.first === 'day' ? start.month : undefined),
  });
  const order = compare(start, done);
  if (order < 0) return done;
  // 12月30日至1月2日: the elided year is the next one (or stays unwritten).
  if (order > 0 && end.first === 'month') return start.year === undefined ? done : { ...done, year: start.year + 1 };
  return undefined;
}

const NUMERAL_CODES = new Set(Array.from(CHINESE_NUMERAL_CHARS, (c) => c.charCodeAt(0)));

function startsPoint(text: string, i: number): boolean {
  // Most characters start no number: told by code, without a string per character.
  const code = text.charCodeAt(i);
  if (!(code >= 0x30 && code <= 0x39) && !NUMERAL_CODES.has(code)) return false;
  if (i === 0) return true;
  const prev = text[i - 1]!;
  if (/[\d.．%A-Za-z]/.test(prev) || CHINESE_NUMERAL_CHARS.includes(prev)) return false;
  // 3,000 / 12:30: a digit group, not a new number.
  return !(/[,:]/.test(prev) && /\d/.test(text[i - 2] ?? ''));
}

/** A three-digit year (866年) is a year only with a month, or opening a clause and not a count (300年历史). */
function shortYear(text: string, i: number, p: Point): boolean {
  if (p.parts.month !== undefined) return true;
  const after = text.slice(p.end, p.end + 2);
  return SHORT_YEAR_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && !SHORT_YEAR_COUNT_AFTER.test(after) && !/^\d/.test(after);
}

/** A year without a month that counts years (已有1000年历史, 长达1000年) rather than naming one. */
function yearCount(text: string, i: number, p: Point): boolean {
  return YEAR_COUNT_AFTER.test(text.slice(p.end, p.end + 4)) || YEAR_COUNT_BEFORE.test(text.slice(Math.max(0, i - 3), i));
}

/** What before a range of months makes it the period of a statistic (今年1月至10月, 同期). */
const STATISTICS_BEFORE = /(?:今年|去年|前年|本年|当年|當年|全年|同期)(?:的)?\s?$/;

/**
 * A range of whole months from January within one year, written with the
 * first 月 elided (1-10月, 1至10月, 2023年1—8月) or after 今年/去年/同期: how
 * agency reports give the period of cumulative figures.
 */
function monthsFromJanuary(p: Point, end: DateParts, before: string): boolean {
  const { parts } = p;
  if (parts.month !== 1 || parts.day !== undefined || parts.xun !== undefined) return false;
  if (end.month === undefined || end.month < 2 || end.day !== undefined || end.xun !== undefined) return false;
  if (end.year !== undefined && end.year !== parts.year) return false;
  return p.elided || STATISTICS_BEFORE.test(before);
}

/** Every date expression in `text`, in order, without overlaps. */
export function findDates(text: string): DateMatch[] {
  const t = asciiDigits(text);
  const out: DateMatch[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!startsPoint(t, i)) continue;
    const p = parsePoint(t, i, false);
    if (!p) continue;
    const before = t.slice(Math.max(0, i - 8), i);
    if (p.parts.year !== undefined && p.first === 'year' && NOT_BEFORE_YEAR.test(before)) continue;
    if (p.first === 'month' && RECURRING_BEFORE.test(before)) continue;
    if (p.parts.year !== undefined && p.parts.year < MIN_YEAR && !shortYear(t, i, p)) continue;
    if (p.first === 'year' && p.parts.month === undefined && !p.elided && yearCount(t, i, p)) continue;
    let lastIndex = p.end;
    let end: DateParts | undefined;
    // 3日至4日, or from a time of one day to a time of another: 3日凌晨2时至4日7时.
    const sepEnd = take(RE.sep, t, p.end) ? RE.sep.lastIndex : undefined;
    const timedEnd = sepEnd === undefined && p.parts.day !== undefined && take(RE.timeSep, t, p.end) ? RE.timeSep.lastIndex : undefined;
    if (sepEnd !== undefined || timedEnd !== undefined) {
      const q = parsePoint(t, sepEnd ?? timedEnd!, true);
      const completed = q && completeEnd(p.parts, q);
      if (q && completed && (timedEnd === undefined || completed.day !== undefined)) {
        end = completed;
        lastIndex = timedEnd === undefined ? q.end : q.end + (take(RE.time, t, q.end)?.[0].length ?? 0);
      }
    }
    if (p.elided && !end) continue;
    const statistics = end !== undefined && monthsFromJanuary(p, end, before);
    let index = i;
    if (end) {
      const from = PREFIX_FROM.exec(before);
      if (from) index -= from[0].length;
    }
    let approximate = false;
    const approx = PREFIX_APPROX.exec(t.slice(Math.max(0, index - 8), index));
    if (approx) {
      approximate = true;
      index -= approx[0].length;
    }
    if (take(RE.suffixApprox, t, lastIndex)) {
      approximate = true;
      lastIndex = RE.suffixApprox.lastIndex;
    }
    out.push({
      text: text.slice(index, lastIndex),
      index,
      lastIndex,
      start: p.parts,
      ...(end ? { end } : {}),
      approximate,
      ...(statistics ? { statistics: true as const } : {}),
    });
    i = lastIndex - 1;
  }
  return out;
}

/** A day given without its month (本月4日, 11日): `start.day` only, and `end.day` for a range. */
export interface DayMatch extends DateMatch {
  /** The text says the month is the current one (本月). */
  readonly thisMonth: boolean;
}

const DAY_ONLY = new RegExp(
  `(本月份?|这个月|這個月)?(\\d{1,2})\\s?[日号號](?:${SEP}(\\d{1,2})\\s?[日号號]|(${TIME_OF_DAY}${SEP})(\\d{1,2})\\s?[日号號](${TIME_OF_DAY}))?`,
  'g',
);
/** Before a bare day: what makes it part of a longer date or a count (3月11日, 第11日, 近10日, 同月11日). */
const NOT_BEFORE_DAY = /[\d.．%A-Za-z〇零○一二两兩三四五六七八九十廿卅百千万萬月年第近数數每前后後逾满滿多几幾头頭首这這那次翌隔同当當上下]$/;
/** After a day: what makes it a count of days (10日内, 3日游, 5日间). */
const COUNT_AFTER_DAY = /^(?:内|內|游|遊|间|間|以|之|前|后|後|来|來|左右)/;
/**
 * After N号: what makes it the number of a thing (地铁3号线, 5号台风, 国道1号公路,
 * 3号楼, 12号文件, 第N号决议, 3号机组, 10号球员), not a day.
 */
const NUMBERED_AFTER_HAO =
  /^(?:线|線|綫|台风|颱風|颱风|风球|風球|公路|国道|國道|高速|大道|大街|街|路|巷|胡同|弄|楼|樓|房|室|屋|院|厅|廳|馆|館|门|門|口|桥|橋|站|码头|碼頭|港|泊位|仓|倉|库|庫|厂|廠|车间|車間|机|機|车|車|船|舰|艦|艇|舱|艙|井|坑|堤|坝|壩|闸|閘|桩|樁|地块|地塊|区|區|墓|文件|文|决议|決議|决定|決定|令|法令|议定|議定|法|通知|公告|通告|通报|通報|指示|批示|公报|公報|案|档|檔|表|图|圖|卫星|衛星|火箭|导弹|導彈|病人|患者|病例|选手|選手|球员|球員|队员|隊員|球衣|种子|種子|字|位|码|碼|型|版|件|条|條|款|卷|册|冊)/;
/** After N日: what makes it a sum in yen (12日元, 100日圆), not a day. */
const YEN_AFTER_RI = /^(?:元|圆|圓|币|幣)/;

/** Whether a bare day's text (ending in 日 or 号) and what follows make it the number of a thing or a sum in yen. */
function numbered(day: string, after: string): boolean {
  const unit = day[day.length - 1]!;
  return unit === '日' ? YEN_AFTER_RI.test(after) : NUMBERED_AFTER_HAO.test(after);
}

/**
 * Days written without a month (本月4日, 本月19日至20日, 11日在河内会见), for
 * texts whose month is known from elsewhere (a report's dateline). A bare day
 * must not continue a number or a month and not be a count (10日内), the
 * number of a thing (地铁3号线, 5号台风, 12号文件) or a sum in yen (12日元).
 * Callers drop those that overlap findDates matches.
 */
export function findDays(text: string): DayMatch[] {
  const t = asciiDigits(text);
  const out: DayMatch[] = [];
  for (const m of t.matchAll(DAY_ONLY)) {
    // The range may run from a time of one day to a time of another (3日凌晨2时至4日7时).
    const [all, thisMonth, first, plainLast, , timedLast] = m;
    const last = plainLast ?? timedLast;
    const index = m.index;
    if (!thisMonth && NOT_BEFORE_DAY.test(t.slice(Math.max(0, index - 1), index))) continue;
    if (thisMonth && /[\d]$/.test(t.slice(0, index))) continue;
    const lastIndex = index + all.length;
    const after = t.slice(lastIndex, lastIndex + 2);
    if (COUNT_AFTER_DAY.test(after) || numbered(all, after)) continue;
    const day = Number(first);
    const endDay = last === undefined ? undefined : Number(last);
    if (day < 1 || day > 31 || (endDay !== undefined && (endDay <= day || endDay > 31))) continue;
    out.push({
      text: text.slice(index, lastIndex),
      index,
      lastIndex,
      start: { day },
      ...(endDay !== undefined ? { end: { day: endDay } } : {}),
      approximate: false,
      thisMonth: thisMonth !== undefined,
    });
  }
  return out;
}

/** The parts with `year` and `month` given to a day-only match; undefined when the month has no such day. */
export function inMonth(match: Pick<DateMatch, 'start' | 'end'>, month: number, year?: number): Pick<DateMatch, 'start' | 'end'> | undefined {
  const days = daysIn(month, year);
  const fill = (p: DateParts): DateParts | undefined => (p.day !== undefined && p.day > days ? undefined : clean({ ...p, month, year }));
  const start = fill(match.start);
  const end = match.end && fill(match.end);
  if (!start || (match.end && !end)) return undefined;
  return end ? { start, end } : { start };
}

export interface SpanOptions {
  /** Year to use when the match gives none; the span is then marked inferred. */
  readonly defaultYear?: number;
  /** Why the default year was chosen (shown to readers). */
  readonly reason?: string;
  /** Accept a day-precision date without a year (iso `MM-DD`, `yearless: true`). */
  readonly yearless?: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The DatePoint for parts, or undefined when they cannot be written at any precision. */
export function toDatePoint(parts: DateParts, allowYearless = false): DatePoint | undefined {
  const { year, month, day, xun } = parts;
  if (year === undefined) {
    if (!allowYearless || month === undefined || day === undefined) return undefined;
    return { iso: `${pad(month)}-${pad(day)}`, yearless: true, precision: 'day' };
  }
  const y = pad(year, 4);
  if (month === undefined) return { iso: y, precision: 'year' };
  if (day !== undefined) return { iso: `${y}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (xun !== undefined) return { iso: `${y}-${pad(month)}`, precision: 'xun', xun };
  return { iso: `${y}-${pad(month)}`, precision: 'month' };
}

/**
 * A DateSpan for a match. Without a written year it uses `defaultYear`
 * (certainty 'inferred'), or, with `yearless`, a yearless day; otherwise
 * undefined.
 */
export function toDateSpan(match: Pick<DateMatch, 'start' | 'end'>, options: SpanOptions = {}): DateSpan | undefined {
  const inferred = match.start.year === undefined && options.defaultYear !== undefined;
  const { start, end } = inferred ? withYear(match, options.defaultYear!) : match;
  const s = toDatePoint(start, options.yearless);
  if (!s) return undefined;
  const e = end ? toDatePoint(end, options.yearless) : undefined;
  const span: { start: DatePoint; end?: DatePoint; certainty: 'stated' | 'inferred'; reason?: string } = {
    start: s,
    certainty: inferred ? 'inferred' : 'stated',
  };
  if (e) span.end = e;
  if (inferred) span.reason = options.reason ?? `年份未写明，推定为${options.defaultYear}年`;
  return span;
}

/**
 * The match with `year` given to a start that has none, and to its end (the
 * year after when the end's month is earlier: 12月30日至1月2日).
 */
export function withYear(match: Pick<DateMatch, 'start' | 'end'>, year: number): Pick<DateMatch, 'start' | 'end'> {
  if (match.start.year !== undefined) return match;
  const start = { ...match.start, year };
  if (!match.end) return { start };
  const wraps = (match.end.month ?? 0) < (match.start.month ?? 0);
  return { start, end: match.end.year === undefined ? { ...match.end, year: year + (wraps ? 1 : 0) } : match.end };
}

/** A DateSpan for an ISO date as front matter writes it (YYYY, YYYY-MM, YYYY-MM-DD). */
export function isoToDateSpan(iso: string): DateSpan | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const parts = clean({ year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined });
  const start = toDatePoint(parts);
  return start && { start, certainty: 'stated' };
}
