/**
 * What the words around a date say it is, when it is not the time of an
 * event: part of a name in 《…》 (《1982年联合国海洋法公约》), the base of a
 * comparison (比2017年下降, 较2019年, 与2020年相比), the date a source
 * published what the text reports (据越通社11月4日报道), or the time figures
 * are given as of (截至4日上午8时). Pure functions over the text the dates
 * were found in.
 */

/** Where a match sits in its text. */
interface At {
  readonly index: number;
  readonly lastIndex: number;
}

export type NotAnEvent = 'title' | 'comparison' | 'publication' | 'as-of';

/** Right before a date: the base of a comparison (比2017年, 较2019年, 同比, 低于1999年). */
const COMPARED_BEFORE =
  /(?:比|较|較|相比|相较于|相較於|相比于|相比於|对比|對比|同比|环比|環比|比起|低于|低於|高于|高於|多于|多於|少于|少於)\s*$/;
/** 与2020年相比, 和去年同期相比: the date between 与/和/同 and 相比. */
const COMPARED_WITH_BEFORE = /(?:与|與|和|跟|同)\s*$/;
const COMPARED_WITH_AFTER = /^(?:的)?\s*(?:同期)?\s*(?:相比|相較|相较|比较|比較|对比|對比)/;
/** 据越通社11月4日报道: a source's publication, 据 … date … 报道/电/消息. */
const SOURCE_BEFORE = /[据據][^，,。；;：:！？!?\n]{0,24}$/;
const PUBLISHED_AFTER =
  /^\s*(?:[上下]午|晚间|晚間|晚|早间|早間|凌晨)?\s*(?:报道|報道|报导|報導|消息|电|電|讯|訊|发布|發布|公布|援引|称|稱|报|報)/;
/** Without 据, a date right before 报道 (越通社11月4日报道称) is still a publication date. */
const REPORTED_AFTER = /^\s*(?:[上下]午|晚间|晚間|晚)?\s*(?:报道|報道|报导|報導)/;
/** 截至4日上午8时: the time figures are given as of. */
const AS_OF_BEFORE = /(?:截至|截止|截止到|截止至|截至到)\s*(?:当地时间|當地時間|北京时间|北京時間)?\s*$/;

/** Offsets inside 《…》 (also 〈…〉 inside them), from each opening mark to its closing one; unclosed marks open nothing. */
export function titleSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') open.push(i);
    else if (c === '》' && open.length) {
      const from = open.pop()!;
      if (!open.length) spans.push([from, i + 1]);
    } else if (c === '\n') open.length = 0;
  }
  return spans;
}

const inside = (spans: ReadonlyArray<readonly [number, number]>, m: At) => spans.some(([a, b]) => a < m.index && m.lastIndex < b);

/**
 * Why the date at `m` in `text` is not the time of an event, or undefined
 * when it may be one. `titles` are titleSpans(text), when the caller has them.
 */
export function notAnEvent(text: string, m: At, titles: ReadonlyArray<readonly [number, number]> = titleSpans(text)): NotAnEvent | undefined {
  if (inside(titles, m)) return 'title';
  const before = text.slice(Math.max(0, m.index - 26), m.index);
  const after = text.slice(m.lastIndex, m.lastIndex + 8);
  if (COMPARED_BEFORE.test(before) || (COMPARED_WITH_BEFORE.test(before) && COMPARED_WITH_AFTER.test(after))) return 'comparison';
  if ((SOURCE_BEFORE.test(before) && PUBLISHED_AFTER.test(after)) || REPORTED_AFTER.test(after)) return 'publication';
  if (AS_OF_BEFORE.test(before)) return 'as-of';
  return undefined;
}
