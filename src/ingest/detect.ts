/**
 * Telling a seed's kind from its content.
 *
 * `wiki` (Markdown converted from a Wikipedia page) when the text has some
 * Han text and either a `"wikilink")` link title, or at least two kinds of
 * Markdown furniture among: links `[x](y)`, `#` headings, escaped citation
 * markers `\[n\]`, `**bold**`.
 *
 * `news` (plain text scraped from a news page) when the text has no Markdown
 * furniture at all, is mostly Han, starts with a headline (4–60 characters,
 * with Han, not ending like a sentence) and has at least two paragraph lines
 * with 15 or more Han characters that read as sentences (contain 。！？), or
 * one such paragraph plus an agency dateline or sign-off as the news ingest
 * reads them (src/ingest/news/dateline.ts, signoff.ts: 越通社河内——,
 * 新华社北京6月20日电, （越通社——2023年5月12日）, (越通社-VNA), (完)).
 *
 * Otherwise undefined: empty text, binary-looking text (NUL, control
 * characters, U+FFFD), a single line, text with little Han (an English blob),
 * or a mix the rules above cannot call.
 */

import { splitDateline } from './news/dateline.ts';
import { DEFAULT_NEWS_OPTIONS } from './news/options.ts';
import { splitSignoff } from './news/signoff.ts';

export type SeedKind = 'wiki' | 'news';

const WIKI_MARKERS: readonly RegExp[] = [
  /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"\n]*")?\)/, // [x](y)
  /^#{1,6}[ \t]+\S/m, // # heading
  /\\\[\d+\\\]/, // \[n\]
  /\*\*[^*\n]+\*\*/, // **bold**
];
const WIKILINK = /"wikilink"\)/;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
/** The agencies a dateline or sign-off may name: the news ingest's own defaults, any name ending in 社 besides. */
const AGENCIES = DEFAULT_NEWS_OPTIONS.agencies;
const hasAgencyLine = (line: string) => splitDateline(line, AGENCIES) !== undefined || splitSignoff(line, AGENCIES) !== undefined;

/**
 * How many characters of a text a one-character class matches, as
 * `text.match(re).length` counts them, from a table of the BMP built on first
 * use: a match array per text made most of detection's cost.
 */
function counter(re: RegExp): (text: string) => number {
  const one = new RegExp(`^(?:${re.source})$`, re.flags.replace('g', ''));
  const pairs = re.unicode;
  let table: Uint8Array | undefined;
  return (text) => {
    if (!table) {
      table = new Uint8Array(0x10000);
      for (let c = 0; c < 0x10000; c++) table[c] = one.test(String.fromCharCode(c)) ? 1 : 0;
    }
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // With the u flag a surrogate pair is one character, tested whole.
      if (pairs && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (one.test(text.slice(i, i + 2))) n++;
        i++;
      } else n += table[c]!;
    }
    return n;
  };
}

const countHan = counter(HAN);
const countLetters = counter(LETTER);
const countControls = counter(CONTROL);

/** 'wiki', 'news', or undefined when the text is neither (see the module comment). */
export function detectKind(raw: string): SeedKind | undefined {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (text === '' || countControls(text) > Math.max(0, text.length * 0.001)) return undefined;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2) return undefined;

  const prose = text.replace(/\]\([^)]*\)/g, ']');
  const han = countHan(prose);
  const letters = countLetters(prose);
  const markers = WIKI_MARKERS.filter((re) => re.test(text)).length;
  if (han >= 20 && han >= letters * 0.2 && (WIKILINK.test(text) || markers >= 2)) return 'wiki';
  if (markers > 0 || WIKILINK.test(text)) return undefined;

  if (han < letters * 0.6) return undefined;
  const [headline, ...rest] = lines;
  const headlineHan = countHan(headline!);
  if (headline!.length < 4 || headline!.length > 60 || headlineHan < 2 || /[。；：;:，,]$/.test(headline!)) return undefined;
  const paragraphs = rest.filter((l) => countHan(l) >= 15 && /[。！？]/.test(l)).length;
  const agency = rest.some(hasAgencyLine) ? 1 : 0;
  return paragraphs >= 2 || (paragraphs >= 1 && agency) ? 'news' : undefined;
}
