/**
 * Punctuation normalisation for Chinese text scraped with ASCII punctuation.
 *
 * Rules, applied outside URLs only:
 * 1. A balanced `(…)` pair becomes `（…）` when its content contains Han
 *    characters or the character just outside either paren is Chinese
 *    (拉夫罗夫(Sergey Lavrov)将于 → 拉夫罗夫（Sergey Lavrov）将于). `f(x)` stays.
 * 2. `,` `:` `;` `?` `!` become `，` `：` `；` `？` `！` when the nearest
 *    non-space character before them is Chinese (Han or full-width
 *    punctuation), or the character right after them is Chinese and the one
 *    before is not a digit. `Lavrov, S.`, `3,000`, `12:30` stay.
 * 3. Spaces and tabs touching full-width punctuation are removed
 *    (拉夫罗夫 。 → 拉夫罗夫。, 访问 】 → 访问】).
 */

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation that counts as Chinese context and takes no spaces around it. */
const FULL_PUNCT = '，。、；：？！（）【】《》〈〉「」『』〔〕…';
const ASCII_TO_FULL: Readonly<Record<string, string>> = Object.freeze({
  ',': '，', ':': '：', ';': '；', '?': '？', '!': '！',
});
const URL = /\b(?:https?|ftp|mailto):[^\s，。、；：？！（）【】《》「」"<>]+|\bwww\.[^\s，。、；：？！（）【】《》「」"<>]+/gi;
/** Quotes are skipped when looking for the context of a punctuation mark. */
const NEUTRAL = /[\s"'“”‘’]/;

const isChinese = (c: string | undefined): boolean => c !== undefined && (HAN.test(c) || FULL_PUNCT.includes(c));

/** Normalises punctuation in Chinese text; see the module comment for the rules. */
export function normalizePunctuation(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += normalizePlain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + normalizePlain(text.slice(last));
}

const ASCII_MARKS = /[(),:;?!]/;
const SPACED_PUNCT = new RegExp(`[ \\t]+([${FULL_PUNCT}])|([${FULL_PUNCT}])[ \\t]+`, 'g');

function normalizePlain(text: string): string {
  if (text === '') return text;
  let out = text;
  // Most lines have no ASCII mark to convert: no need to split them into characters.
  if (ASCII_MARKS.test(text)) {
    const chars = [...text];
    convertParens(chars);
    convertMarks(chars);
    convertParens(chars); // pairs whose Chinese neighbour was an ASCII mark: (NEF),在
    out = chars.join('');
  }
  return out.replace(SPACED_PUNCT, '$1$2');
}

function convertParens(chars: string[]): void {
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      const inner = chars.slice(start + 1, i);
      if (inner.some((c) => HAN.test(c)) || isChinese(chars[start - 1]) || isChinese(chars[i + 1])) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
}

function convertMarks(chars: string[]): void {
  for (let i = 0; i < chars.length; i++) {
    // The marks are ASCII up to `?`: most characters are told by their code alone.
    if (chars[i]!.charCodeAt(0) > 0x3f) continue;
    const full = ASCII_TO_FULL[chars[i]!];
    if (!full) continue;
    let j = i - 1;
    while (j >= 0 && NEUTRAL.test(chars[j]!)) j--;
    const before = chars[j];
    const after = chars[i + 1];
    if (isChinese(before) || (isChinese(after) && !/\d/.test(chars[i - 1] ?? ''))) chars[i] = full;
  }
}
