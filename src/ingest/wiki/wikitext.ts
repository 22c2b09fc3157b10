/**
 * MediaWiki markup and page furniture an export left in the text, taken out
 * before parsing, each with a notice at its line and column:
 *
 * - templates `{{name|…}}`, balanced, nested, over several lines (see
 *   templates.ts: one that opens a line runs over blank lines to its `}}`, one
 *   inside a line closes before a blank line or is text); a template that
 *   shows text (link-xx, lang, lang-xx, zh, a citation …) leaves that text
 *   where it stood, with no notice;
 * - behaviour switches (magic words) such as `__NOTOC__`, which markdown
 *   would read as bold;
 * - maintenance tags such as `[來源請求]`, `\[需要引用\]`;
 * - section edit links, `[編輯](…action=edit…)` anywhere, or a bare
 *   `[编辑源代码]` last on a heading's line or alone on a line;
 * - lines of a rendered page's furniture (`跳至導覽 跳至搜尋`, `出自維基百科，
 *   自由的百科全書`) and of interlanguage links (`[en:Hanoi](…) [vi:Hà Nội](…)`);
 * - citations left as `<ref>…</ref>`, which become notes (see inline-refs.ts),
 *   and the `<sup>` around a citation mark (`<sup>[a]</sup>`), quietly;
 * - then any `<ref>`, `<sup>` … element left holding nothing but what was
 *   taken out, so no empty footnote or stray tag stays behind.
 *
 * What is taken out is overwritten with MASK, one for each UTF-16 code unit,
 * line breaks kept: every position in the text stays true, a paragraph that
 * held a template spanning lines stays one paragraph, and `stripMasks` takes
 * the masks out of the parsed tree. Lines that held nothing else become blank
 * lines (see blankRemovedLines). Code (fenced, indented, inline; see
 * code-spans.ts) is left as it is. Every step is linear in the text.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { codeRanges, inRanges } from './code-spans.ts';
import { takeInlineRefs, type InlineRef } from './inline-refs.ts';
import { MASK, MaskedText } from './mask.ts';
import { isParent } from './mdast.ts';
import { findTemplates, renderTemplate, templateName } from './templates.ts';

export { MASK } from './mask.ts';

export interface Notice {
  readonly reason: string;
  /** 1-based line and column in the text given. */
  readonly line: number;
  readonly column: number;
}

/** MediaWiki's behaviour switches (https://www.mediawiki.org/wiki/Help:Magic_words). */
const MAGIC_WORD =
  /__(?:NOTOC|FORCETOC|TOC|NOEDITSECTION|NEWSECTIONLINK|NONEWSECTIONLINK|NOGALLERY|HIDDENCAT|EXPECTUNUSEDCATEGORY|NOCONTENTCONVERT|NOCC|NOTITLECONVERT|NOTC|START|END|INDEX|NOINDEX|STATICREDIRECT|NOGLOBAL|DISAMBIG|EXPECTUNUSEDTEMPLATE|ARCHIVEDTALK|NOTALK|EXPECTED_UNCONNECTED_PAGE)__/g;

/** Inline maintenance tags, as rendered in either script (the brackets escaped or not). */
const MAINTENANCE_TAG =
  /\\?\[(?:來源請求|来源请求|需要來源|需要来源|需要引用|需要引文|來源可靠性請求|来源可靠性请求|失效連結|失效链接|永久失效連結|永久失效链接|原創研究[？?]?|原创研究[？?]?|誰[？?]|谁[？?]|何時[？?]|何时[？?]|需要澄清|需要解釋|需要解释|需要更新|需要頁碼|需要页码|citation needed|clarification needed|dead link|who\?|when\?)\\?\]/gi;

/** What a link to a page's edit form says. */
const EDIT_WORD = '編輯原始碼|编辑源代码|编辑原始码|編輯源代碼|編輯源代码|编辑源碼|編輯|编辑|edit source|edit';
/** A link destination: no white space, parentheses balanced one deep, an optional title. */
const DESTINATION = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"\n]*")?\)`;
/** A destination that opens a page's edit form. */
const EDIT_DESTINATION = String.raw`(?=\((?:[^()\s]|\([^()\s]*\))*[?&](?:ve)?action=edit)${DESTINATION}`;
/** A section edit link: `[編輯](…action=edit…)`, maybe inside brackets of its own (`\[[編輯](…)\]`). */
const EDIT_LINK = new RegExp(String.raw`\\?\[\[(?:${EDIT_WORD})\]${EDIT_DESTINATION}\\?\]|\[(?:${EDIT_WORD})\]${EDIT_DESTINATION}`, 'gi');
/**
 * A bare `[編輯]` the export kept as text: an edit link only where the page
 * puts one, last on a heading's line or alone on a line (maybe beside other
 * edit links); in a sentence (`他在報社擔任[編輯]`) it is a bracketed word.
 */
/** A bare edit link ending a text (see bareEditLinks). */
const EDIT_BARE_AT_END = new RegExp(String.raw`\\?\[(?:${EDIT_WORD})\\?\]$`, 'i');
/** A heading's line, where bare edit links end the text. */
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]/;
const EDIT_WORD_IN = new RegExp(`(?:${EDIT_WORD})`, 'i');

/** A whole line of a rendered Wikipedia page's furniture. */
const FURNITURE_LINE =
  /^[ \t]*(?:(?:跳[至到][ \t]*(?:導覽|導航|导航|导览|瀏覽|浏览|搜尋|搜索|內容|内容)[ \t,，、]*)+|(?:出自|来自|來自)?[ \t]*(?:維基百科|维基百科)[，,][ \t]*(?:自由的百科全書|自由的百科全书)|(?:維基百科|维基百科)[，,]?[ \t]*(?:自由的百科全書|自由的百科全书))[ \t]*$/;

/**
 * A link to, or the bare name of, a page in another language's Wikipedia:
 * `[en:Hanoi](https://en.wikipedia.org/…)`, `[vi:Hà Nội]`. A link must lead
 * to that language's Wikipedia, a bare name must have a language code
 * Wikipedia uses: `[doi:10.1000/182](https://doi.org/…)` is no such link.
 */
const INTERLANGUAGE = String.raw`\[([a-z]{2,3}(?:-[a-z0-9]{2,8})*|simple):[^\]\n]+\](${DESTINATION})?`;
const INTERLANGUAGE_LINE = new RegExp(String.raw`^[ \t]*(?:${INTERLANGUAGE}[ \t]*)+$`);
const INTERLANGUAGE_ITEM = new RegExp(INTERLANGUAGE, 'g');
/** ISO 639-1 codes, and the longer codes of Wikipedias in languages without one. */
const LANGUAGE_CODES = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ' +
    'als ang arz ast azb bar bat-smg be-tarask bpy cdo ceb ckb cbk-zam diq dsb frr fur gan hak haw hif hsb ilo jbo kab lad lmo lzh mai map-bms mhr min mrj mzn nah nan nap nds nds-nl new nov pam pcd pms pnb roa-rup roa-tara rue sah scn sco sgs simple szl tet tpi vec vep war wuu xal yue zea zh-classical zh-min-nan zh-yue'
  ).split(' '),
);

/** Whether every item of a line that looks like interlanguage links is one (see INTERLANGUAGE). */
function isInterlanguageLine(line: string): boolean {
  if (!INTERLANGUAGE_LINE.test(line)) return false;
  for (const m of line.matchAll(INTERLANGUAGE_ITEM)) {
    const code = m[1]!;
    const destination = m[2];
    if (destination === undefined) {
      if (!LANGUAGE_CODES.has(code)) return false;
    } else {
      const host = /^\(\s*(?:https?:)?\/\/([^/\s)?#]+)/i.exec(destination)?.[1]?.toLowerCase();
      if (host !== `${code}.wikipedia.org` && host !== `${code}.m.wikipedia.org`) return false;
    }
  }
  return true;
}

/**
 * A rendered citation mark kept in its `<sup>`: `<sup>[a]</sup>`, `<sup>\\[1\\]</sup>`,
 * `<sup>[註 1]</sup>`. The tags go quietly: the mark is read as any other.
 */
const SUPERSCRIPT_MARK = /(<sup\b[^<>]*>)(?:[ \t]*\\?\[(?:(?:註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?)?(?:\d{1,4}|[a-z])\\?\])+[ \t]*(<\/sup\s*>)/g;

/** The opening or closing tag of an element that goes when what it held was taken out. */
const EMPTIABLE_TAG = /<(\/?)(ref|sup|span|small|sub|cite)\b[^<>]*>/gi;
/** Text that is not white space nor a mask. */
const CONTENT = new RegExp(String.raw`[^\s${MASK}]`);

/** A citation taken out as a note of its own (see inline-refs.ts), with the line and column of its `<ref`. */
export interface PositionedRef extends InlineRef {
  readonly line: number;
  readonly column: number;
  /** The 1-based line its content starts on. */
  readonly contentLine: number;
}

export function maskWikitext(markdown: string): { text: string; notices: Notice[]; refs: PositionedRef[] } {
  if (!/\{\{|__|\[|</.test(markdown) && !/[跳維维]/.test(markdown)) return { text: markdown, notices: [], refs: [] };
  const chars = new MaskedText(markdown);
  const found: { at: number; reason: string }[] = [];
  const mask = (from: number, to: number) => chars.mask(from, to);
  const code = codeRanges(markdown);
  const inCode = inRanges(code);

  const { spans, unclosed } = findTemplates(markdown, code);
  for (const [from, to] of spans) {
    const source = markdown.slice(from, to);
    const rendered = renderTemplate(source);
    if (rendered && placeText(chars, from, to, rendered.text)) {
      for (const reason of rendered.notes) found.push({ at: from, reason });
      continue;
    }
    mask(from, to);
    found.push({ at: from, reason: `template {{${templateName(source)}}} left out (wiki markup, not text)` });
  }
  for (const { at, reason } of unclosed) found.push({ at, reason });
  const each = (re: RegExp, reason: (m: RegExpExecArray) => string, accept: (m: RegExpExecArray, text: string) => boolean = () => true) => {
    const text = chars.toString();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (inCode(m.index) || m[0].includes(MASK) || !accept(m, text)) continue;
      mask(m.index, m.index + m[0].length);
      found.push({ at: m.index, reason: reason(m) });
    }
  };
  each(MAGIC_WORD, (m) => `behaviour switch ${m[0]} left out (wiki markup, not text)`);
  const editLink = (m: RegExpExecArray) => `edit link [${EDIT_WORD_IN.exec(m[0])![0]}] left out (page furniture, not text)`;
  each(EDIT_LINK, editLink);
  for (const [from, to] of bareEditLinks(chars.toString(), inCode)) {
    mask(from, to);
    found.push({ at: from, reason: `edit link [${EDIT_WORD_IN.exec(markdown.slice(from, to))![0]}] left out (page furniture, not text)` });
  }
  each(MAINTENANCE_TAG, (m) => `maintenance tag [${m[0].replace(/^\\?\[|\\?\]$/g, '')}] left out`);
  let offset = 0;
  for (const line of markdown.split('\n')) {
    if (!inCode(offset) && !line.includes(MASK)) {
      if (FURNITURE_LINE.test(line)) {
        mask(offset, offset + line.length);
        found.push({ at: offset, reason: `page furniture "${line.trim()}" left out (a line of the rendered page, not of the article)` });
      } else if (isInterlanguageLine(line)) {
        mask(offset, offset + line.length);
        found.push({ at: offset, reason: 'interlanguage links left out (links to other languages\' Wikipedias, not text)' });
      }
    }
    offset += line.length + 1;
  }
  const refs = takeInlineRefs(chars, inCode, found);
  for (const m of chars.toString().matchAll(SUPERSCRIPT_MARK)) {
    if (inCode(m.index) || m[0].includes(MASK)) continue;
    mask(m.index, m.index + m[1]!.length);
    mask(m.index + m[0].length - m[2]!.length, m.index + m[0].length);
  }
  // An element that held only what was taken out goes with it (its notice was given).
  for (const [from, to] of emptiedElements(chars.toString(), inCode)) mask(from, to);
  blankRemovedLines(chars);
  const text = chars.toString();
  if (text === markdown && !found.length) return { text: markdown, notices: [], refs: [] };
  const starts = lineStarts(markdown);
  const position = (at: number) => {
    const line = upperBound(starts, at);
    return { line, column: at - starts[line - 1]! + 1 };
  };
  const notices = found.sort((a, b) => a.at - b.at).map(({ at, reason }) => ({ reason, ...position(at) }));
  return { text, notices, refs: refs.map((ref) => ({ ...ref, ...position(ref.at), contentLine: position(ref.offset).line })) };
}

/**
 * The elements (`<ref>`, `<sup>`, `<span>`, `<small>`, `<sub>`, `<cite>`)
 * that hold nothing but white space and masks, at least one mask among them,
 * and elements that held only such elements: their offsets [from, to), outer
 * ones only. One pass over the tags with a stack of open elements, so nesting
 * costs nothing (a regular expression run until nothing changes was
 * quadratic in the depth). A closing tag closes the nearest open element of
 * its name; elements it leaves unclosed are kept, and so is what holds them.
 */
function emptiedElements(text: string, inCode: (at: number) => boolean): [number, number][] {
  if (!text.includes(MASK)) return [];
  interface Open {
    readonly name: string;
    readonly at: number;
    content: boolean;
    masked: boolean;
  }
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  const out: [number, number][] = [];
  let last = 0;
  /** Marks what stood since the last tag as content of the innermost open element. */
  const gap = (to: number) => {
    const top = stack.at(-1);
    if (top && to > last) {
      const between = text.slice(last, to);
      if (CONTENT.test(between)) top.content = true;
      if (between.includes(MASK)) top.masked = true;
    }
  };
  EMPTIABLE_TAG.lastIndex = 0;
  for (let m = EMPTIABLE_TAG.exec(text); m; m = EMPTIABLE_TAG.exec(text)) {
    gap(m.index);
    last = m.index + m[0].length;
    const top = stack.at(-1);
    const name = m[2]!.toLowerCase();
    if (inCode(m.index) || (!m[1] && m[0].endsWith('/>'))) {
      // Code, and a self-closing tag, are content of the element around them.
      if (top) top.content = true;
      continue;
    }
    if (!m[1]) {
      stack.push({ name, at: m.index, content: false, masked: false });
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      continue;
    }
    if (!openCount.get(name)) {
      // A closing tag that closes nothing stays, as content.
      if (top) top.content = true;
      continue;
    }
    // Elements left open inside this one stay: their tags are content of what holds them.
    let open = stack.pop()!;
    openCount.set(open.name, openCount.get(open.name)! - 1);
    while (open.name !== name) {
      const outer = stack.pop()!;
      openCount.set(outer.name, openCount.get(outer.name)! - 1);
      outer.content = true;
      open = outer;
    }
    const parent = stack.at(-1);
    if (!open.content && open.masked) {
      // Inner emptied elements were recorded before: this one covers them.
      while (out.length && out.at(-1)![0] >= open.at) out.pop();
      out.push([open.at, last]);
      if (parent) parent.masked = true;
    } else if (parent) {
      parent.content ||= open.content || !open.masked;
      parent.masked ||= open.masked;
    }
  }
  return out;
}

/**
 * Writes `text` (one line) over chars [from, to), the rest masked, line breaks
 * kept where they are: the words go on the first line the span covers, the
 * next word on the next line when one does not fit (a line break reads as the
 * space between them). False, with nothing written, when the text does not fit.
 */
function placeText(chars: MaskedText, from: number, to: number, text: string): boolean {
  const segments: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || chars.at(i) === '\n') {
      segments.push([start, i]);
      start = i + 1;
    }
  }
  const words = text.split(' ');
  const placed: [number, string][] = [];
  let s = 0;
  let at = segments[0]![0];
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const gap = at > segments[s]![0] ? 1 : 0;
    if (at + gap + word.length <= segments[s]![1]) {
      placed.push([at + gap, word]);
      at += gap + word.length;
      continue;
    }
    if (++s >= segments.length) return false;
    at = segments[s]![0];
    w--;
  }
  chars.mask(from, to);
  placed.forEach(([where, word], k) => {
    for (let c = 0; c < word.length; c++) chars.set(where + c, word[c]!);
    // The space between two words on one line.
    if (placed[k + 1]?.[0] === where + word.length + 1) chars.set(where + word.length, ' ');
  });
  return true;
}

/**
 * Bare edit links `[編輯]` the export kept as text, where a page puts them:
 * last on a heading's line, or alone on a line, maybe beside other edit links
 * (and the `|` between them); in a sentence (`他在報社擔任[編輯]`) one is a
 * bracketed word. Each line is read backwards from its end, a link at a time,
 * so a long line costs no more than its length. Offsets [from, to) of each
 * link, its `|` before the next included.
 */
function bareEditLinks(text: string, inCode: (at: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const found: [number, number][] = [];
    let end = lineEnd;
    for (;;) {
      let tokenEnd = end;
      while (tokenEnd > lineStart && /[ \t|\uFDD0]/.test(text[tokenEnd - 1]!)) tokenEnd--;
      if (tokenEnd === lineStart || text[tokenEnd - 1] !== ']') break;
      const m = EDIT_BARE_AT_END.exec(text.slice(Math.max(lineStart, tokenEnd - 20), tokenEnd));
      if (!m) break;
      const tokenStart = tokenEnd - m[0].length;
      if (inCode(tokenStart)) break;
      found.push([tokenStart, end]);
      end = tokenStart;
    }
    if (found.length) {
      const before = text.slice(lineStart, end);
      if (HEADING_LINE.test(before) || /^[\s\uFDD0|]*$/.test(before)) {
        // Each link with what follows it up to the next link: white space and a `|`.
        for (const [from, to] of found.reverse()) out.push([from, from + text.slice(from, to).replace(/[ \t\uFDD0]+$/, '').length]);
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Lines that only held what was taken out become blank lines (spaces), when
 * what was taken out started a line and ended one: `{{Infobox…}}` alone on
 * its lines, furniture and interlanguage lines. A blank line is what
 * MediaWiki leaves there, and masks would still count as a paragraph's text
 * (`}}` masked over a line, then `---`, made a setext heading). Masked text
 * inside a line, or spanning lines from inside one (`甲<ref>{{cite…\n…}}</ref>乙`),
 * stays masked, so its paragraph stays one.
 */
function blankRemovedLines(chars: MaskedText): void {
  const text = chars.toString();
  const isRun = (ch: string | undefined) => ch === MASK || ch === ' ' || ch === '\t' || ch === '\n';
  for (let i = text.indexOf(MASK); i >= 0; i = text.indexOf(MASK, i)) {
    // The maximal run of masks and white space around this mask.
    let from = i;
    while (from > 0 && isRun(text[from - 1])) from--;
    let to = i;
    while (to < text.length && isRun(text[to])) to++;
    const first = i;
    let last = to - 1;
    while (text[last] !== MASK) last--;
    const startsLine = from === 0 || text.slice(from, first).includes('\n');
    const endsLine = to === text.length || text.slice(last + 1, to).includes('\n');
    if (startsLine && endsLine) for (let j = first; j <= last; j++) if (text[j] === MASK) chars.set(j, ' ');
    i = to;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The number of entries of sorted `starts` at or before `at`: the 1-based line of offset `at`. */
function upperBound(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MASK_RUN = new RegExp(String.raw`[\n${MASK}]*${MASK}[\n${MASK}]*`, 'g');

/**
 * Takes the masks out of a parsed tree: a run of masks (and the line breaks
 * among them) becomes one line break when it held one, else nothing; text,
 * URLs and titles are cleaned, and a paragraph left with no text goes, as
 * does an item of a bulleted list left with nothing (and the list, when no
 * item is left).
 */
export function stripMasks(tree: Root): void {
  strip(tree);
}

function clean(value: string): string {
  return value.replace(MASK_RUN, (run) => (run.includes('\n') ? '\n' : ''));
}

function strip(node: Nodes): boolean {
  if ('value' in node && typeof node.value === 'string' && node.value.includes(MASK)) node.value = clean(node.value);
  if ('url' in node && typeof node.url === 'string' && node.url.includes(MASK)) node.url = node.url.split(MASK).join('');
  if ('title' in node && typeof node.title === 'string' && node.title.includes(MASK)) node.title = node.title.split(MASK).join('');
  if ('alt' in node && typeof node.alt === 'string' && node.alt.includes(MASK)) node.alt = node.alt.split(MASK).join('');
  if (!isParent(node)) return node.type === 'text' && node.value === '';
  const parent = node as Parent;
  const had = parent.children.length;
  if (node.type === 'list' && !node.ordered) {
    // An item of a bulleted list left with nothing (`- {{Wikivoyage|…}}`) goes; a numbered list keeps its numbers.
    parent.children = parent.children.filter((item) => {
      const before = (item as Parent).children.length;
      return !strip(item as Nodes) && !(before > 0 && (item as Parent).children.length === 0);
    });
    return had > 0 && parent.children.length === 0;
  }
  parent.children = parent.children.filter((child) => !strip(child as Nodes));
  return node.type === 'paragraph' && parent.children.every((c) => c.type === 'text' && c.value.trim() === '');
}
