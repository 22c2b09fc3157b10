/**
 * Date stamps that lists of other stories print beside a headline or after a
 * summary: `越南9月份CPI同比上涨3.38% (2025-10-06)`, `[2019-07-26] 范平明将…`,
 * `越南与欧盟贸易额持续增长 (05/10/2025)`, `…将于今年11月举行。 06/06/2025`.
 * A stamp is the page's date for the story: it is no part of the headline
 * (nor of its slug), and it dates the brief ahead of any date in its text.
 */
import { isCalendarDate } from '../seed.ts';

export interface Stamp {
  /** The text without the stamp; empty when the line held only the stamp. */
  readonly text: string;
  /** The stamp's day, YYYY-MM-DD. */
  readonly iso: string;
  /** The stamp as printed, brackets included. */
  readonly printed: string;
}

/** 2025-10-06, 2025/10/06, 2025.10.06: year first. */
const YMD = String.raw`(?<y1>\d{4})(?<s1>[-/.])(?<m1>\d{1,2})\k<s1>(?<d1>\d{1,2})`;
/**
 * 05/10/2025, 06-06-2025: day first, then month, as Vietnamese (and so the
 * agency's pages) write dates; 05/10/2025 is 5 October, never 10 May.
 */
const DMY = String.raw`(?<d2>\d{1,2})(?<s2>[-/.])(?<m2>\d{1,2})\k<s2>(?<y2>\d{4})`;
/** Some lists add the time: 06/06/2025 14:30. */
const TIME = String.raw`(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
const DATE = `(?:${YMD}|${DMY})${TIME}`;
const OPEN = '[\\[【［(（]';
const CLOSE = '[\\]】］)）]';

const FORMS: readonly RegExp[] = [
  // [2019-07-26] 范平明将对俄罗斯进行正式访问
  new RegExp(`^${OPEN}\\s*${DATE}\\s*${CLOSE}\\s*`, 'u'),
  // 越南9月份CPI同比上涨3.38% (2025-10-06)
  new RegExp(`\\s*${OPEN}\\s*${DATE}\\s*${CLOSE}$`, 'u'),
  // 2019-07-26 范平明将对俄罗斯进行正式访问 (a space must part it from the text)
  new RegExp(`^${DATE}(?:\\s+|$)`, 'u'),
  // …将于今年11月举行。 06/06/2025 (after a space or the end of a sentence)
  new RegExp(`(?:^|\\s+|(?<=[。！？]))${DATE}$`, 'u'),
];

/** The date stamp at the start or the end of `text`, or undefined when it has none (or one no calendar has). */
export function splitStamp(text: string): Stamp | undefined {
  for (const re of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const g = m.groups!;
    const [y, mo, d] = g.y1 !== undefined ? [g.y1, g.m1!, g.d1!] : [g.y2!, g.m2!, g.d2!];
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!isCalendarDate(iso)) return undefined;
    return { text: (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim(), iso, printed: m[0].trim() };
  }
  return undefined;
}
