/**
 * MediaWiki templates `{{name|…}}` in an exported text: where they are.
 *
 * A template that opens a line (an infobox, a navigation box) may run over
 * several paragraphs: blank lines inside it are part of it. It ends at its
 * `}}`; when none comes before the next heading, or within MAX_BLOCK_LINES
 * lines and MAX_BLOCK_CHARS characters, it is left as written, with a notice
 * at its first line. A template inside a line closes before the next blank
 * line, or is text (`集合{{1, 2` is no template).
 */
import { safeUrl } from '../url.ts';
import type { Range } from './code-spans.ts';

/** How far a template that opens a line may run, looking for its `}}`. */
export const MAX_BLOCK_LINES = 500;
export const MAX_BLOCK_CHARS = 64 * 1024;

export interface TemplateNotice {
  /** Offset in the text. */
  readonly at: number;
  readonly reason: string;
}

/** A `{{` that opens a line, a template's name after it: `{{Infobox …`, `{{NoteTA`. */
const BLOCK_OPENING = /^[ \t]*\{\{[ \t]*[^\s{}|]/;
const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK_LINE = /^[ \t]*(?:\n|$)/;

/**
 * The outermost balanced `{{…}}` spans, in order, outside code, and a notice
 * for each template that opens a line but never closes. One pass with a
 * stack of openings; a blank line forgets the openings inside a line, so a
 * stray `{{` never swallows the paragraphs after it.
 */
export function findTemplates(markdown: string, code: readonly Range[]): { spans: [number, number][]; unclosed: TemplateNotice[] } {
  const closed: [number, number][] = [];
  const unclosed: TemplateNotice[] = [];
  let open: number[] = [];
  /** Where the template at the bottom of the stack opened a line, or -1; the line breaks read since. */
  let block = -1;
  let blockLines = 0;
  const abandon = (why: string) => {
    if (block >= 0) {
      const name = templateName(markdown.slice(block, block + 200));
      unclosed.push({ at: block, reason: `template {{${name}}} does not close ${why}; it was left as written` });
    }
    open = [];
    block = -1;
  };
  let c = 0;
  let lineStart = true;
  for (let i = 0; i < markdown.length - 1; i++) {
    while (c < code.length && code[c]![1] <= i) c++;
    if (c < code.length && code[c]![0] <= i) {
      if (block >= 0) abandon('before the code that follows it');
      open = [];
      i = code[c]![1] - 1;
      lineStart = false;
      continue;
    }
    const ch = markdown.charCodeAt(i);
    if (ch === 0x0a /* \n */) {
      lineStart = true;
      if (block >= 0) {
        blockLines++;
        const next = markdown.slice(i + 1, i + 16);
        if (HEADING_LINE.test(next)) abandon('before the next heading');
        else if (blockLines > MAX_BLOCK_LINES || i - block > MAX_BLOCK_CHARS) abandon(`within ${MAX_BLOCK_LINES} lines`);
      } else if (open.length && BLANK_LINE.test(markdown.slice(i + 1, i + 80))) open = [];
      continue;
    }
    if (ch === 0x7b /* { */ && markdown.charCodeAt(i + 1) === 0x7b) {
      if (!open.length && lineStart && BLOCK_OPENING.test(markdown.slice(markdown.lastIndexOf('\n', i) + 1, i + 4))) {
        block = i;
        blockLines = 0;
      }
      open.push(i);
      i++;
    } else if (ch === 0x7d /* } */ && markdown.charCodeAt(i + 1) === 0x7d && open.length) {
      const from = open.pop()!;
      closed.push([from, i + 2]);
      if (!open.length) block = -1;
      i++;
    }
    if (ch !== 0x20 && ch !== 0x09) lineStart = false;
  }
  if (block >= 0) abandon('before the end of the text');
  closed.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: [number, number][] = [];
  for (const span of closed) if (!spans.length || span[0] >= spans.at(-1)![1]) spans.push(span);
  return { spans, unclosed };
}

/** A template's name: what stands before its first `|`, cut short for a message. */
export function templateName(template: string): string {
  const name = template
    .replace(/^\{\{/, '')
    .replace(/\}\}$/, '')
    .split(/[|\n]/)[0]!
    .replace(/\{\{|\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...name];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : name;
}

/**
 * What a template shows, for the templates whose text is the article's:
 *
 * - links to a page that may exist only in another Wikipedia show their
 *   Chinese text: `{{link-en|阮文紹|Nguyễn Văn Thiệu}}` → 阮文紹 (link-xx and
 *   xx-link, le, tsl/translink, ill, illm, ilh: the display text when given);
 * - `{{lang|vi|Hà Nội}}` → Hà Nội; `{{lang-vi|Hà Nội}}` → 越南語：Hà Nội, the
 *   language named as zh.wikipedia names it; `{{zh|t=中國|s=中国}}` →
 *   繁體：中國；簡體：中国; `{{nowrap|…}}` → its text;
 * - citations (`{{cite web}}`, `{{cite book}}`, `{{cite news}}`, 引用网页 …) →
 *   author. title. work. publisher. date., the title linked to the `url` when
 *   it is http(s).
 *
 * The text is markdown on one line (wiki links `[[a|b]]` and bold `'''` inside
 * a parameter read as their text). Every other template shows nothing here:
 * `undefined`, and the template is left out.
 */
export interface Rendered {
  readonly text: string;
  /** Why something in the template was not shown (a template inside it, an unusable URL). */
  readonly notes: readonly string[];
}

/** Nested templates beyond this depth are left out (each level re-reads its parameters). */
const MAX_DEPTH = 32;

interface Parsed {
  readonly name: string;
  readonly positional: readonly string[];
  readonly named: ReadonlyMap<string, string>;
}

/** A template's name as MediaWiki compares it: first letter in any case, `_` as space. */
function normalName(name: string): string {
  return name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Splits `{{name|a|k=v}}` at its own `|` (not those inside `{{…}}`, `[[…]]` or `-{…}-`). */
function parseTemplate(source: string): Parsed {
  const inner = source.slice(2, -2);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const two = inner.slice(i, i + 2);
    if (two === '{{' || two === '[[' || two === '-{') {
      depth++;
      i++;
    } else if ((two === '}}' || two === ']]' || two === '}-') && depth > 0) {
      depth--;
      i++;
    } else if (inner[i] === '|' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  const [name = '', ...params] = parts;
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const param of params) {
    const eq = param.indexOf('=');
    const key = eq > 0 ? param.slice(0, eq).trim() : '';
    if (eq > 0 && key && !/[{}[\]]/.test(key)) named.set(key.toLowerCase(), param.slice(eq + 1).trim());
    else positional.push(param.trim());
  }
  return { name: normalName(name), positional, named };
}

/** Language names as zh.wikipedia's {{lang-xx}} shows them. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: '英語', vi: '越南語', fr: '法語', de: '德語', ja: '日語', ko: '韓語', ru: '俄語', es: '西班牙語', pt: '葡萄牙語',
  it: '意大利語', la: '拉丁語', zh: '中文', km: '高棉語', lo: '寮語', th: '泰語', my: '緬甸語', id: '印尼語', ms: '馬來語',
  tl: '他加祿語', ar: '阿拉伯語', nl: '荷蘭語', el: '希臘語', grc: '古希臘語', hi: '印地語', sa: '梵語', pl: '波蘭語',
  uk: '烏克蘭語', tr: '土耳其語', fa: '波斯語', mn: '蒙古語', bo: '藏語', ug: '維吾爾語', he: '希伯來語', sv: '瑞典語',
  fi: '芬蘭語', no: '挪威語', da: '丹麥語', cs: '捷克語', hu: '匈牙利語', ro: '羅馬尼亞語',
};

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

const CITATION = /^(?:cite[ -]?[a-z ]+|citation|(?:引用|引)(?:网页|網頁|网站|網站|书籍|書籍|新闻|新聞|期刊|杂志|雜誌)|(?:网页|網頁|书籍|書籍|新闻|新聞|期刊)引用)$/;

/** What the template shows, or undefined when it shows nothing that is the article's. */
export function renderTemplate(source: string, depth = 0): Rendered | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const t = parseTemplate(source);
  const notes: string[] = [];
  const text = (value: string | undefined) => (value === undefined ? '' : wikiText(value, depth, notes));
  const first = (...values: (string | undefined)[]) => {
    for (const v of values) {
      const shown = text(v);
      if (shown) return shown;
    }
    return '';
  };
  const { name, positional: p, named } = t;
  let shown: string | undefined;
  if (name === 'lang') shown = first(p[1]);
  else if (/^lang-[a-z]/.test(name)) {
    const body = first(p[0]);
    const language = LANGUAGE_NAMES[name.slice(5)];
    shown = body && language ? `${language}：${body}` : body;
  } else if (/^link-[a-z]/.test(name) || /^[a-z]{2,3}-link$/.test(name) || name === 'le' || name === 'internal link helper' || name === 'ilh') {
    shown = first(named.get('d'), p[2], p[0]);
  } else if (name === 'tsl' || name === 'translink') shown = first(p[3], p[2], p[1]);
  else if (name === 'ill' || name === 'interlanguage link') {
    shown = LANGUAGE_CODE.test(p[0] ?? '') ? first(named.get('lt'), p[1], p[2]) : first(named.get('lt'), p[0], p[2]);
  } else if (name === 'illm' || name === 'ill2' || name === 'liw' || name === 'interlanguage link multi') shown = first(named.get('lt'), p[0]);
  else if (name === 'zh') shown = chineseNames(named, text);
  else if (name === 'nowrap' || name === 'nobr') shown = first(p[0]);
  else if (CITATION.test(name)) shown = citation(named, text, notes);
  if (shown === undefined || shown.trim() === '') return undefined;
  return { text: shown.replace(/\s+/g, ' ').trim(), notes };
}

/** `{{zh|t=中國|s=中国|p=Zhōngguó}}` → 繁體：中國；簡體：中国；拼音：Zhōngguó. */
function chineseNames(named: ReadonlyMap<string, string>, text: (v: string | undefined) => string): string {
  const t = text(named.get('t'));
  const s = text(named.get('s'));
  const parts: string[] = [];
  const c = text(named.get('c'));
  if (c) parts.push(`中文：${c}`);
  if (t && s && t === s) parts.push(`中文：${t}`);
  else {
    if (t) parts.push(`繁體：${t}`);
    if (s) parts.push(`簡體：${s}`);
  }
  const pinyin = text(named.get('p') ?? named.get('hp'));
  if (pinyin) parts.push(`拼音：${pinyin}`);
  return parts.join('；');
}

const pick = (named: ReadonlyMap<string, string>, ...keys: string[]) => {
  for (const k of keys) {
    const v = named.get(k);
    if (v !== undefined && v.trim() !== '') return v;
  }
  return undefined;
};

/**
 * A citation as short text: author. title. work. publisher. date. The title
 * links to the URL when it is http(s); without a title the URL is the title.
 */
function citation(named: ReadonlyMap<string, string>, text: (v: string | undefined) => string, notes: string[]): string | undefined {
  const authors: string[] = [];
  for (let n = 1; n <= 3; n++) {
    const suffix = n === 1 ? ['', '1'] : [String(n)];
    for (const sfx of suffix) {
      const author = text(pick(named, `author${sfx}`, `作者${sfx}`));
      const last = text(pick(named, `last${sfx}`, `surname${sfx}`));
      const firstName = text(pick(named, `first${sfx}`, `given${sfx}`));
      const name = author || [last, firstName].filter(Boolean).join(', ');
      if (name) {
        authors.push(name);
        break;
      }
    }
  }
  if (!authors.length) {
    const list = text(pick(named, 'authors', 'people'));
    if (list) authors.push(list);
  }
  const title = text(pick(named, 'title', '标题', '標題', '題名', '题名', 'script-title'));
  const rawUrl = pick(named, 'url', '网址', '網址', 'archive-url', 'archiveurl');
  const work = text(pick(named, 'work', 'website', 'newspaper', 'journal', 'magazine', 'periodical', '作品', '网站', '網站', '报纸', '報紙', '期刊'));
  const publisher = text(pick(named, 'publisher', '出版社', '出版者'));
  const date = text(pick(named, 'date', '日期', 'year', '年份', '年'));
  let url: string | undefined;
  if (rawUrl !== undefined) {
    const candidate = rawUrl.trim();
    url = /^https?:/i.test(candidate) ? safeUrl(candidate) : undefined;
    if (!url) notes.push(`citation URL ${JSON.stringify(candidate.slice(0, 80))} is not an http(s) URL; the citation is kept without the link`);
  }
  const label = title || (url ? url : '');
  const head = label && url ? `[${escapeLabel(label)}](${destination(url)})` : label;
  const parts = [authors.join(', '), head, work, publisher !== work ? publisher : '', date].filter((x) => x.trim() !== '');
  if (!parts.length) return undefined;
  return parts.map((part) => (/[.。!?！？]$/.test(part) ? part : `${part}.`)).join(' ');
}

/** Link text with its brackets escaped, so it stays one label. */
function escapeLabel(label: string): string {
  return label.replace(/[[\]\\]/g, (ch) => `\\${ch}`);
}

/** A URL as a markdown destination: no white space, no parentheses to unbalance it. */
function destination(url: string): string {
  return url.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A parameter's wikitext as text: templates inside rendered (or left out,
 * with a note), `[[a|b]]` → b, `[[a]]` → a (files and categories left out),
 * bold and italic quotes and line breaks (`<br>`) gone.
 */
function wikiText(value: string, depth: number, notes: string[]): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf('{{', i);
    if (open < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, open);
    const close = matchingClose(value, open);
    if (close < 0) {
      out += value.slice(open);
      break;
    }
    const inner = value.slice(open, close);
    const rendered = renderTemplate(inner, depth + 1);
    if (rendered) {
      out += rendered.text;
      notes.push(...rendered.notes);
    } else notes.push(`template {{${templateName(inner)}}} left out (wiki markup, not text)`);
    i = close;
  }
  return out
    .replace(/\[\[([^[\]|]*)\|([^[\]]*)\]\]/g, (_, target: string, label: string) => (isFileOrCategory(target) ? '' : label))
    .replace(/\[\[([^[\]|]*)\]\]/g, (_, target: string) => (isFileOrCategory(target) ? '' : target))
    .replace(/'{2,}/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isFileOrCategory(target: string): boolean {
  return /^\s*:?\s*(?:file|image|category|文件|檔案|档案|图像|圖像|分類|分类)\s*:/i.test(target);
}

/** The offset after the `}}` that closes the `{{` at `open`, or -1. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length - 1; i++) {
    if (text[i] === '{' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && text[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
