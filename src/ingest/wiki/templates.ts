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
import { NOTE_CLOSE, NOTE_OPEN, SHORT_CITATION_CLOSE, SHORT_CITATION_OPEN } from './inline-refs.ts';

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
 *   xx-link, internal link helper/xx, le, tsl/translink, ill, illm, ilh: the
 *   display text when given);
 * - `{{lang|vi|Hà Nội}}` → Hà Nội; `{{lang-vi|Hà Nội}}` (and `{{langx|vi|…}}`)
 *   → 越南語：Hà Nội, the language named as zh.wikipedia names it;
 *   `{{zh|t=中國|s=中国}}` → 繁體：中國；簡體：中国; `{{nowrap|…}}`, `{{small|…}}`,
 *   `{{abbr|NATO|…}}` and `{{transl|vi|…}}` → their text; `{{nihongo|Tokyo|東京|Tōkyō}}` →
 *   Tokyo（東京，Tōkyō）;
 * - dates: `{{bd|1890年|5月19日|1969年|9月2日}}` → 1890年5月19日－1969年9月2日
 *   (no dash for a living person), `{{birth date|1890|5|19}}` → 1890年5月19日,
 *   `{{death date and age|1969|9|2|1890|5|19}}` → 1969年9月2日（79歲）, a
 *   birth date "and age" without the age (it would change with the day of
 *   the build), `{{as of|2020|5}}` → 截至2020年5月;
 * - `{{ISBN|…}}` → ISBN …, ISSN and OCLC alike; `{{convert|10|km}}` → 10公里
 *   (the value as written, in a small table of units: not the conversion);
 * - `{{flag|越南}}` → 越南 (its name as written, when written in Chinese: a
 *   code shows a name from the country's data, which is not here);
 * - citations (`{{cite web}}`, `{{cite book}}`, `{{cite news}}`, 引用网页 …) →
 *   author. title. work. publisher. date., the title linked to the `url` when
 *   it is http(s); short citations `{{harvnb|Smith|2001|p=3}}` → Smith 2001,
 *   第3页, and `{{sfn|…}}`, which zh.wikipedia makes a footnote, the same text
 *   between SHORT_CITATION_OPEN and SHORT_CITATION_CLOSE, which inline-refs.ts
 *   turns into a citation of its own (or the text of the `<ref>` around it).
 *
 * The text is markdown on one line (wiki links `[[a|b]]` and bold `'''` inside
 * a parameter read as their text), never longer than the template, so that
 * it can be written over it. A template whose parameters are not understood
 * (one it does not take, a date that is no date, a unit not in the table)
 * shows nothing, as does every other template: `undefined`, and the template
 * is left out. So are icons ({{flagicon}}). Explanatory notes ({{efn}},
 * {{NoteTag}}) in the running text are written between NOTE_OPEN and
 * NOTE_CLOSE, and inline-refs.ts makes each a note (注释) of its own.
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

const CITATION = /^(?:cite[ -]?[a-z ]+|(?:web|news|book|journal) cite|citation|(?:引用|引)(?:网页|網頁|网站|網站|书籍|書籍|新闻|新聞|期刊|杂志|雜誌)|(?:网页|網頁|书籍|書籍|新闻|新聞|期刊)引用)$/;

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
    const language = own(LANGUAGE_NAMES, name.slice(5));
    shown = body && language ? `${language}：${body}` : body;
  } else if (/^link-[a-z]/.test(name) || /^[a-z]{2,3}-link$/.test(name) || name === 'le' || name === 'internal link helper' || name === 'ilh') {
    shown = first(named.get('d'), p[2], p[0]);
  } else if (/^internal link helper\/[a-z]/.test(name)) shown = first(named.get('d'), p[2], p[0]);
  else if (name === 'tsl' || name === 'translink') shown = first(p[3], p[2], p[1]);
  else if (name === 'ill' || name === 'interlanguage link') {
    shown = LANGUAGE_CODE.test(p[0] ?? '') ? first(named.get('lt'), p[1], p[2]) : first(named.get('lt'), p[0], p[2]);
  } else if (name === 'illm' || name === 'ill2' || name === 'liw' || name === 'interlanguage link multi') shown = first(named.get('lt'), p[0]);
  else if (name === 'zh') shown = chineseNames(named, text);
  else if (name === 'nowrap' || name === 'nobr') shown = first(p[0]);
  else if (CITATION.test(name)) shown = citation(named, text, notes);
  else if (name === 'langx') shown = knows(named, 'italic', 'links', 'rtl', 'nocat') && p.length <= 2 ? inLanguage(p[0], first(p[1])) : undefined;
  else if (name === 'abbr') shown = p.length <= 2 && knows(named) ? text(p[0]) : undefined;
  else if (name === 'transl' || name === 'transliteration') shown = (p.length === 2 || p.length === 3) && knows(named) ? text(p.at(-1)) : undefined;
  else if (name === 'small') shown = p.length === 1 && knows(named) ? text(p[0]) : undefined;
  else if (name === 'bd') shown = birthDeath(t, text);
  else if (own(DATE_TEMPLATES, name)) shown = dateTemplate(own(DATE_TEMPLATES, name)!, t);
  else if (name === 'as of' || name === 'asof') shown = asOf(t, text);
  else if (own(IDENTIFIERS, name)) shown = identifier(own(IDENTIFIERS, name)!, t);
  else if (name === 'nihongo') shown = nihongo(t, text);
  else if (name === 'convert' || name === 'cvt') shown = convert(t);
  else if (name === 'flag' || name === 'flagu') shown = flag(t, text);
  else if (own(SHORT_CITATIONS, name)) {
    shown = shortCitation(t, text);
    // {{sfn}} in the running text is a footnote: marked for inline-refs.ts (a template inside a parameter is only text).
    if (shown && own(SHORT_CITATIONS, name) === 'footnote' && depth === 0) shown = `${SHORT_CITATION_OPEN}${shown.replace(/\s+/g, ' ').trim()}${SHORT_CITATION_CLOSE}`;
  }
  else if (EXPLANATORY_NOTES.has(name)) {
    // In the running text an explanatory note is marked for inline-refs.ts; inside a parameter it has no place.
    shown = depth === 0 ? explanatoryNote(t, text) : undefined;
  }
  if (shown === undefined || shown.trim() === '') return undefined;
  return { text: shown.replace(/\s+/g, ' ').trim(), notes };
}

/** A table's own entry (never one of Object's: `{{lang-constructor|x}}` showed Object's constructor). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether the template's named parameters are all among `keys` (parameters that change nothing it shows here). */
function knows(named: ReadonlyMap<string, string>, ...keys: string[]): boolean {
  for (const key of named.keys()) if (!keys.includes(key)) return false;
  return true;
}

/** `越南語：Hà Nội`, the language named as zh.wikipedia's {{lang-xx}} names it; the text alone for a language not in the table. */
function inLanguage(code: string | undefined, body: string): string {
  const language = code === undefined ? undefined : own(LANGUAGE_NAMES, code.trim().toLowerCase());
  return body && language ? `${language}：${body}` : body;
}

/**
 * `{{bd|1890年|5月19日|1969年|9月2日|catIdx=H}}` → 1890年5月19日－1969年9月2日, as
 * zh.wikipedia's {{bd}} shows its parameters (a full-width hyphen between
 * them); birth only (a living person) → 1890年5月19日, with no dash. A death
 * without a birth year, a date without its year, or parameters that are no
 * such years and days, are not understood.
 */
function birthDeath(t: Parsed, text: (v: string | undefined) => string): string | undefined {
  const p = t.positional;
  if (p.length > 4 || !knows(t.named, 'catidx', 'nocat', 'cat')) return undefined;
  const [birthYear, birthDay, deathYear, deathDay] = [text(p[0]), text(p[1]), text(p[2]), text(p[3])];
  if (!birthYear || (!deathYear && deathDay)) return undefined;
  // Years as 1890年 (公元前551年, 1890年代 …), days as 5月19日 or 5月: a bd of another kind ({{BD|1972-10-30||:}}) is not this one.
  const year = /^[^\s]{0,8}\d{1,4}年/;
  const day = /^\d{1,2}月(?:\d{1,2}日)?$/;
  if (!year.test(birthYear) || (deathYear && !year.test(deathYear)) || (birthDay && !day.test(birthDay)) || (deathDay && !day.test(deathDay))) return undefined;
  const birth = birthYear + birthDay;
  return deathYear ? `${birth}－${deathYear}${deathDay}` : birth;
}

interface DateTemplate {
  /** How many positional parameters give the date(s): 3 (y|m|d), 6 (death y|m|d, then birth y|m|d), or 1 (a year). */
  readonly params: 1 | 3 | 6;
  /** Whether the age at death is shown (from the two dates). */
  readonly age?: boolean;
}

/**
 * Dates as zh.wikipedia's date templates show them, 1890年5月19日. A birth
 * "and age" shows the date alone: the age as of today would change with the
 * day of the build.
 */
const DATE_TEMPLATES: Readonly<Record<string, DateTemplate>> = {
  'birth date': { params: 3 },
  dob: { params: 3 },
  'death date': { params: 3 },
  'birth date and age': { params: 3 },
  bda: { params: 3 },
  'death date and age': { params: 6, age: true },
  dda: { params: 6, age: true },
  'birth year and age': { params: 1 },
};

/** A date's numbers when they are one (year 1–9999, a real month and day), else undefined. */
function calendarDate(y: string | undefined, m: string | undefined, d: string | undefined): [number, number, number] | undefined {
  if (!/^\d{1,4}$/.test(y ?? '') || !/^\d{1,2}$/.test(m ?? '') || !/^\d{1,2}$/.test(d ?? '')) return undefined;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
  return day <= days ? [year, month, day] : undefined;
}

const chineseDate = ([y, m, d]: readonly number[]) => `${y}年${m}月${d}日`;

function dateTemplate(kind: DateTemplate, t: Parsed): string | undefined {
  const p = t.positional;
  if (!knows(t.named, 'df', 'mf')) return undefined;
  if (kind.params === 1) {
    // {{birth year and age|1950}}, or with the month (only for the age).
    if (p.length > 2 || !/^\d{1,4}$/.test(p[0] ?? '') || Number(p[0]) < 1) return undefined;
    if (p.length === 2 && !calendarDate(p[0], p[1], '1')) return undefined;
    return `${Number(p[0])}年`;
  }
  if (p.length !== kind.params) return undefined;
  const date = calendarDate(p[0], p[1], p[2]);
  if (!date) return undefined;
  if (!kind.age) return chineseDate(date);
  const birth = calendarDate(p[3], p[4], p[5]);
  if (!birth) return undefined;
  const [dy, dm, dd] = date;
  const [by, bm, bd] = birth;
  const age = dy - by - (dm < bm || (dm === bm && dd < bd) ? 1 : 0);
  return age >= 0 ? `${chineseDate(date)}（${age}歲）` : undefined;
}

/** `{{as of|2020|5}}` → 截至2020年5月, as zh.wikipedia's {{As of}} shows it; `alt=` shows its own text. */
function asOf(t: Parsed, text: (v: string | undefined) => string): string | undefined {
  const p = t.positional;
  if (!p.length || p.length > 3 || !knows(t.named, 'alt', 'lc', 'df', 'mf', 'url')) return undefined;
  const date = calendarDate(p[0], p[1] ?? '1', p[2] ?? '1');
  if (!date) return undefined;
  const alt = t.named.get('alt');
  if (alt !== undefined) return text(alt) || undefined;
  const [y, m, d] = date;
  return `截至${y}年${p.length > 1 ? `${m}月` : ''}${p.length > 2 ? `${d}日` : ''}`;
}

/** Identifiers shown as their kind and number: `{{ISBN|978-7-…}}` → ISBN 978-7-…. */
const IDENTIFIERS: Readonly<Record<string, { readonly label: string; readonly pattern: RegExp }>> = {
  isbn: { label: 'ISBN', pattern: /^(?=(?:[^\dXx]*[\dXx]){10}(?:(?:[^\dXx]*[\dXx]){3})?[^\dXx]*$)\d[\d -]*[\dXx]$/ },
  issn: { label: 'ISSN', pattern: /^\d{4}-?\d{3}[\dXx]$/ },
  oclc: { label: 'OCLC', pattern: /^\d{1,12}$/ },
};

function identifier(kind: { readonly label: string; readonly pattern: RegExp }, t: Parsed): string | undefined {
  const value = t.positional[0];
  if (t.positional.length !== 1 || t.named.size || !value || value.length > 40 || !kind.pattern.test(value)) return undefined;
  return `${kind.label} ${value}`;
}

/**
 * `{{nihongo|Tokyo|東京|Tōkyō}}` → Tokyo（東京，Tōkyō）: the English name, then
 * in parentheses the Japanese, its romanization and what else is given;
 * without the English name the Japanese leads.
 */
function nihongo(t: Parsed, text: (v: string | undefined) => string): string | undefined {
  const p = t.positional;
  if (p.length < 2 || p.length > 4 || t.named.size) return undefined;
  const [english, japanese, romaji, extra] = [text(p[0]), text(p[1]), text(p[2]), text(p[3])];
  if (!japanese) return undefined;
  const head = english || japanese;
  const inside = [english ? japanese : '', romaji, extra].filter(Boolean);
  return inside.length ? `${head}（${inside.join('，')}）` : head;
}

/** Units as zh.wikipedia's {{convert}} names them, for a value shown in the unit it was written in. */
const UNITS: Readonly<Record<string, string>> = {
  km: '公里', m: '米', cm: '厘米', mm: '毫米', mi: '英里', ft: '英尺', in: '英寸', yd: '碼', nmi: '海里',
  km2: '平方公里', m2: '平方米', mi2: '平方英里', sqmi: '平方英里', ft2: '平方英尺', sqft: '平方英尺', ha: '公頃', acre: '英畝',
  kg: '公斤', g: '克', t: '噸', lb: '磅', 'km/h': '公里每小時', mph: '英里每小時', 'm/s': '米每秒',
  l: '升', L: '升', m3: '立方米', C: '°C', F: '°F', kW: '千瓦', MW: '兆瓦', hp: '馬力',
};
/** Words between the two values of a range, as zh.wikipedia's {{convert}} shows them. */
const RANGE_WORDS: Readonly<Record<string, string>> = { '-': '–', '–': '–', to: '至' };
const NUMBER = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * `{{convert|10|km}}` → 10公里, `{{convert|3|to|5|km}}` → 3至5公里: the value
 * as written, in its unit's Chinese name; the converted value zh.wikipedia
 * adds in parentheses is not computed. Display options that show something
 * else (`disp=out`, `order=flip` …) are not understood.
 */
function convert(t: Parsed): string | undefined {
  const p = t.positional;
  if (!knows(t.named, 'abbr', 'lk', 'sp', 'sigfig', 'round', 'adj', 'disp')) return undefined;
  const disp = t.named.get('disp');
  if (disp !== undefined && disp !== 'b' && disp !== 'or') return undefined;
  const value = p[0] ?? '';
  if (!NUMBER.test(value)) return undefined;
  let at = 1;
  let shown = value;
  const word = p[1] === undefined ? undefined : own(RANGE_WORDS, p[1]);
  if (word !== undefined) {
    if (!NUMBER.test(p[2] ?? '')) return undefined;
    shown += word + p[2]!;
    at = 3;
  }
  const unit = own(UNITS, p[at] ?? '');
  // What follows the unit (units to convert to, a precision) is not shown.
  if (unit === undefined || p.length > at + 4) return undefined;
  return shown + unit;
}

/**
 * `{{flag|越南}}` → 越南: {{flag}} shows its first parameter as written (or its
 * name=) after an icon. Only a name in Chinese: a code (`{{flag|VIE}}`) would
 * show the code here, where zh.wikipedia may show a name from the country's data.
 */
function flag(t: Parsed, text: (v: string | undefined) => string): string | undefined {
  const p = t.positional;
  if (!p.length || p.length > 2 || !knows(t.named, 'name', 'size', 'variant')) return undefined;
  if (!/^[\p{Script=Han}·・]{1,30}$/u.test(p[0] ?? '')) return undefined;
  const name = t.named.get('name');
  return name !== undefined ? text(name) : p[0];
}

/** Explanatory notes, which zh.wikipedia lists apart from the references (注释). */
const EXPLANATORY_NOTES: ReadonlySet<string> = new Set(['efn', 'notetag', 'efn-ua', 'efn-lr', 'efn-la', 'efn-ur', 'efn-lg']);
const MARKS = [SHORT_CITATION_OPEN, SHORT_CITATION_CLOSE, NOTE_OPEN, NOTE_CLOSE];

/**
 * `{{efn|text}}`, `{{NoteTag|text}}` → the text between NOTE_OPEN and
 * NOTE_CLOSE. Only a note with its text: one that only names an earlier
 * note (`{{efn|name=a}}`), or whose text holds a citation, is left out.
 */
function explanatoryNote(t: Parsed, text: (v: string | undefined) => string): string | undefined {
  const p = t.positional;
  const body = p.length === 1 && !t.named.has('1') ? p[0] : p.length === 0 ? t.named.get('1') : undefined;
  if (body === undefined || !knows(t.named, 'name', 'group', '1')) return undefined;
  const shown = text(body).replace(/\s+/g, ' ').trim();
  if (!shown || /<\/?ref\b/i.test(shown) || MARKS.some((m) => shown.includes(m))) return undefined;
  return `${NOTE_OPEN}${shown}${NOTE_CLOSE}`;
}

/** Short citations: {{sfn}} is a footnote, {{harvnb}} text where it stands. */
const SHORT_CITATIONS: Readonly<Record<string, 'footnote' | 'text'>> = {
  sfn: 'footnote',
  harvnb: 'text',
  'harvard citation no brackets': 'text',
};
const CITATION_YEAR = /^(?:c\.\s?)?\d{1,4}(?:[–-]\d{1,4})?年?[a-z]?$|^n\.d\.[a-z]?$/;

/**
 * `{{sfn|Smith|Jones|2001|p=3}}` → Smith & Jones 2001, 第3页: up to four
 * authors' names (three and more: `A, B & C`, `A et al.`), the year, then the
 * page (`p=`), pages (`pp=`) or place (`loc=`), and a postscript (`ps=`).
 */
function shortCitation(t: Parsed, text: (v: string | undefined) => string): string | undefined {
  const p = t.positional;
  if (p.length < 2 || p.length > 5 || !knows(t.named, 'p', 'page', 'pp', 'pages', 'loc', 'at', 'ps', 'postscript', 'ref')) return undefined;
  const year = p.at(-1)!;
  if (!CITATION_YEAR.test(year)) return undefined;
  const authors = p.slice(0, -1).map((a) => text(a));
  if (authors.some((a) => !a)) return undefined;
  const names = authors.length >= 4 ? `${authors[0]} et al.` : authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(', ')} & ${authors.at(-1)}`;
  let shown = `${names} ${year}`;
  const page = text(pick(t.named, 'p', 'page'));
  const pages = text(pick(t.named, 'pp', 'pages')).replace(/(\d)\s*[-‐–]\s*(\d)/g, '$1–$2');
  const place = page || pages;
  if (place) shown += /[页頁]/.test(place) ? `, ${place}` : `, 第${place}页`;
  const loc = text(pick(t.named, 'loc', 'at'));
  if (loc) shown += `, ${loc}`;
  const ps = text(pick(t.named, 'ps', 'postscript'));
  if (ps && ps !== 'none') shown += ps;
  if (/<\/?ref\b/i.test(shown) || MARKS.some((m) => shown.includes(m))) return undefined;
  return shown;
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
