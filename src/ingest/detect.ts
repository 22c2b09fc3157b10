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
 * one such paragraph plus an agency dateline (越通社河内——) or sign-off
 * ((越通社-VNA), (完)).
 *
 * Otherwise undefined: empty text, binary-looking text (NUL, control
 * characters, U+FFFD), a single line, text with little Han (an English blob),
 * or a mix the rules above cannot call.
 */

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
const DATELINE = /^[\p{Script=Han}]{2,12}\s*(?:——|—|--)/u;
const SIGNOFF = /[（(]\s*(?:完|[\p{Script=Han}]{2,6}\s*[-—–－]+\s*[A-Z]{2,6})\s*[）)]\s*$/u;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** 'wiki', 'news', or undefined when the text is neither (see the module comment). */
export function detectKind(raw: string): SeedKind | undefined {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  if (text === '' || count(text, CONTROL) > Math.max(0, text.length * 0.001)) return undefined;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2) return undefined;

  const prose = text.replace(/\]\([^)]*\)/g, ']');
  const han = count(prose, HAN);
  const letters = count(prose, LETTER);
  const markers = WIKI_MARKERS.filter((re) => re.test(text)).length;
  if (han >= 20 && han >= letters * 0.2 && (WIKILINK.test(text) || markers >= 2)) return 'wiki';
  if (markers > 0 || WIKILINK.test(text)) return undefined;

  if (han < letters * 0.6) return undefined;
  const [headline, ...rest] = lines;
  const headlineHan = count(headline!, HAN);
  if (headline!.length < 4 || headline!.length > 60 || headlineHan < 2 || /[。；：;:，,]$/.test(headline!)) return undefined;
  const paragraphs = rest.filter((l) => count(l, HAN) >= 15 && /[。！？]/.test(l)).length;
  const agency = rest.some((l) => DATELINE.test(l) || SIGNOFF.test(l)) ? 1 : 0;
  return paragraphs >= 2 || (paragraphs >= 1 && agency) ? 'news' : undefined;
}
