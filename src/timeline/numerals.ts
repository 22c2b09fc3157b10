/**
 * Numbers as Chinese dates write them: Arabic digits (ASCII or full-width),
 * digit-by-digit years (二〇〇一), and counted numbers up to 99 (二十一, 廿一).
 */

const DIGITS: ReadonlyMap<string, number> = new Map(
  [...'〇零○一二两兩三四五六七八九'].map((c, i) => [c, [0, 0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9][i]!]),
);

/** Characters that may appear in a Chinese numeral (used for boundary checks). */
export const CHINESE_NUMERAL_CHARS = '〇零○一二两兩三四五六七八九十廿卅百千万萬亿億';

/** Replaces full-width digits with ASCII ones; the length is unchanged. */
export function asciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}

const FULL_WIDTH_DIGIT = /[０-９]/;

/**
 * The value of a number written in Arabic digits, digit by digit (二〇〇一),
 * or counted (十, 十二, 二十一, 廿三, 卅一). Undefined when it is none of these.
 */
export function parseNumeral(raw: string): number | undefined {
  const text = asciiDigits(raw);
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[〇零○一二三四五六七八九]{2,}$/.test(text)) {
    return Number([...text].map((c) => DIGITS.get(c)).join(''));
  }
  const counted = /^(?:([一二三四五六七八九])?十|(廿)|(卅))?([一二三四五六七八九])?$/.exec(text);
  if (!counted || text === '') return undefined;
  const [, tensDigit, nian, sa, units] = counted;
  let tens = 0;
  if (nian) tens = 2;
  else if (sa) tens = 3;
  else if (text.includes('十')) tens = tensDigit ? (DIGITS.get(tensDigit) ?? 0) : 1;
  return tens * 10 + (units ? (DIGITS.get(units) ?? 0) : 0);
}
