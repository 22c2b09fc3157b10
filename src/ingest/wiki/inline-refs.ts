/**
 * Citations the export left as wiki markup, `<ref>…</ref>`, become notes of
 * their own. Where a citation stood, a placeholder character is written (one
 * of Unicode's supplementary private use characters, from INLINE_REF_BASE on,
 * the rest of the element masked), which markFootnoteRefs turns into a
 * footnote marker; the citation's text is parsed on its own (see
 * `inlineNotes` in index.ts) and numbered after the source's own references.
 *
 * - `<ref name="x">…</ref>` gives a name that `<ref name="x" />` cites again;
 *   a `<ref name="x" />` whose name no citation gives is left out, with a
 *   notice;
 * - a `<ref>` around the whole of a list item (`11. <ref>…</ref>`, in a
 *   reference list) only wraps its entry: the tags go, the text stays;
 * - a `<ref>` that does not close before a blank line is left out (its tag
 *   only), with a notice;
 * - a `<ref>` holding nothing but removed markup is left for wikitext.ts,
 *   which takes out emptied elements.
 *
 * A short citation `{{sfn|…}}` (see templates.ts) is a citation too: the
 * template pass writes its text between SHORT_CITATION_OPEN and
 * SHORT_CITATION_CLOSE, and here it becomes a note as a `<ref>` does,
 * numbered with them in the order they appear; the same text cited again
 * cites the same note (zh.wikipedia names an {{sfn}}'s footnote after its
 * text). Inside a `<ref>`, or as the whole of a list item, it is only text:
 * the two marks go.
 *
 * Explanatory notes are taken the same way: `{{efn}}` and `{{NoteTag}}`
 * (written between NOTE_OPEN and NOTE_CLOSE by the template pass) and a
 * `<ref group="…">` (any group: 注, note, lower-alpha …) become notes of the
 * group `note`, numbered after the source's own explanatory notes (index.ts).
 *
 * A text that holds such private use characters of its own keeps them: its
 * citations are left out, each with a notice.
 */
import type { NoteGroup } from '../../model/index.ts';
import { MASK, type MaskedText } from './mask.ts';

/**
 * What the template pass writes around a short citation's text: noncharacters,
 * which seeds never hold (reading a seed removes them), as MASK is.
 */
export const SHORT_CITATION_OPEN = '\uFDD1';
export const SHORT_CITATION_CLOSE = '\uFDD2';
/** What the template pass writes around an explanatory note's text ({{efn}}, {{NoteTag}}). */
export const NOTE_OPEN = '\uFDD3';
export const NOTE_CLOSE = '\uFDD4';

export const INLINE_REF_BASE = 0xf0000;
/** How many citations can have a placeholder of their own. */
const MAX_INLINE_REFS = 0xfffd;
export const INLINE_REF_CHAR = /[\u{F0000}-\u{FFFFD}]/u;

export interface InlineRef {
  /** 0-based, in the order the citations first appear. */
  readonly k: number;
  /** The citation's text: markdown (its templates already rendered), maybe with masks. */
  readonly content: string;
  /** Offset of the content in the text. */
  readonly offset: number;
  /** Offset of the citation's first `<ref` (or `{{sfn`). */
  readonly at: number;
  /** How the source wrote it, for notices. */
  readonly written: '<ref>' | '{{sfn}}' | '{{efn}}';
  /** Set on an explanatory note: `{{efn}}`, `{{NoteTag}}`, a `<ref group="…">`. */
  readonly group?: NoteGroup;
}

interface Found {
  readonly at: number;
  readonly reason: string;
}

const REF_TAG = /<ref\b((?:[^<>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\/ref\s*>/gi;
const NAME = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))/i;
const GROUP = /\bgroup\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))/i;
/** The value of a tag's attribute (NAME, GROUP), trimmed; undefined when it has none or an empty one. */
const attribute = (pattern: RegExp, attributes: string | undefined): string | undefined => {
  const m = attributes === undefined ? null : pattern.exec(attributes);
  return m ? (m[1] ?? m[2] ?? m[3])!.trim() || undefined : undefined;
};
const ITEM_HEAD = /\n[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+$/;
const CONTENT = new RegExp(`[^\\s${MASK}]`);
const SHORT_MARK = new RegExp(`[${SHORT_CITATION_OPEN}${SHORT_CITATION_CLOSE}${NOTE_OPEN}${NOTE_CLOSE}]`, 'g');
/** A citation's text never keeps a mark (a mark only stands where a template pass left one). */
const withoutMarks = (content: string) => content.replace(SHORT_MARK, MASK);

/**
 * Takes the citations out of `chars` (see the module comment), pushing
 * notices onto `found`; returns the citations that became notes.
 */
export function takeInlineRefs(chars: MaskedText, inCode: (at: number) => boolean, found: Found[]): InlineRef[] {
  const text = chars.toString();
  SHORT_MARK.lastIndex = 0;
  const hasShort = SHORT_MARK.test(text);
  if (!hasShort && !/<ref\b/i.test(text)) return [];
  const usable = !INLINE_REF_CHAR.test(text);
  interface Tag {
    readonly at: number;
    readonly end: number;
    readonly closing: boolean;
    readonly selfClosing: boolean;
    readonly name?: string;
    readonly group?: NoteGroup;
  }
  const tags: Tag[] = [];
  REF_TAG.lastIndex = 0;
  for (let m = REF_TAG.exec(text); m; m = REF_TAG.exec(text)) {
    if (inCode(m.index) || m[0].includes(MASK)) continue;
    const name = attribute(NAME, m[1]);
    // Any group (注, note, lower-alpha …) is one of explanatory notes: the references are the citations without one.
    const group = attribute(GROUP, m[1]) === undefined ? undefined : ('note' as const);
    tags.push({ at: m.index, end: m.index + m[0].length, closing: m[1] === undefined, selfClosing: m[2] === '/', ...(name ? { name } : {}), ...(group ? { group } : {}) });
  }
  const mask = (from: number, to: number) => chars.mask(from, to);
  const shorts = hasShort ? shortCitations(text, mask) : [];
  /** Short citations taken as text (inside a `<ref>`, or a whole list item): their marks go. */
  const unwrapped = new Set<ShortCitation>();
  let s = 0;
  /** The short citations inside [from, to) lose their marks; returns the text of [from, to) as it then reads. */
  const unwrapWithin = (from: number, to: number): string => {
    while (s < shorts.length && shorts[s]!.at < from) s++;
    let out = '';
    let last = from;
    for (; s < shorts.length && shorts[s]!.end <= to; s++) {
      const short = shorts[s]!;
      unwrapped.add(short);
      mask(short.at, short.at + 1);
      mask(short.end - 1, short.end);
      out += `${text.slice(last, short.at)}${MASK}${text.slice(short.at + 1, short.end - 1)}${MASK}`;
      last = short.end;
    }
    return out + text.slice(last, to);
  };
  /** The citations to number, in the order they appear. */
  const citations: { at: number; end: number; content: string; offset: number; name?: string; short?: string; group?: NoteGroup; written: InlineRef['written']; shown: string }[] = [];
  const citing: Tag[] = [];
  for (let t = 0; t < tags.length; t++) {
    const open = tags[t]!;
    if (open.closing) continue;
    if (open.selfClosing) {
      citing.push(open);
      continue;
    }
    const close = tags[t + 1];
    const raw = close?.closing ? text.slice(open.end, close.at) : undefined;
    if (raw === undefined || /\n[ \t]*\n/.test(raw)) {
      mask(open.at, open.end);
      found.push({ at: open.at, reason: `citation ${shownTag(text, open)} opens a citation that does not close before a blank line; the tag was left out, the text after it kept` });
      continue;
    }
    t++;
    const content = unwrapWithin(open.end, close!.at);
    // Nothing but removed markup (and tags): wikitext.ts takes the element out, or reports its tags.
    if (!CONTENT.test(content.replace(/<[^<>]*>/g, ''))) continue;
    if (wrapsListItem(text, open.at, close!.end)) {
      // The whole of a list item: the entry of a reference list, wrapped.
      mask(open.at, open.end);
      mask(close!.at, close!.end);
      continue;
    }
    citations.push({
      at: open.at,
      end: close!.end,
      content: withoutMarks(content),
      offset: open.end,
      ...(open.name !== undefined ? { name: open.name } : {}),
      ...(open.group ? { group: open.group } : {}),
      written: '<ref>',
      shown: `${shownTag(text, open)}…</ref>`,
    });
  }
  for (const short of shorts) {
    if (unwrapped.has(short)) continue;
    const content = text.slice(short.at + 1, short.end - 1);
    if (wrapsListItem(text, short.at, short.end)) {
      mask(short.at, short.at + 1);
      mask(short.end - 1, short.end);
      continue;
    }
    const words = content.split(MASK).join('').replace(/\s+/g, ' ').trim();
    const cut = words.length > 40 ? `${words.slice(0, 40)}…` : words;
    const written = short.note ? '{{efn}}' : '{{sfn}}';
    citations.push({ at: short.at, end: short.end, content: withoutMarks(content), offset: short.at + 1, ...(short.note ? { group: 'note' as const } : { short: words }), written, shown: `${written} (${cut})` });
  }
  if (shorts.length) citations.sort((a, b) => a.at - b.at);
  const refs: InlineRef[] = [];
  const byName = new Map<string, number>();
  const byShort = new Map<string, number>();
  for (const c of citations) {
    const again = c.short === undefined ? undefined : byShort.get(c.short);
    if (again !== undefined) {
      place(chars, c.at, c.end, again);
      continue;
    }
    if (!usable || refs.length >= MAX_INLINE_REFS) {
      mask(c.at, c.end);
      found.push({
        at: c.at,
        reason: `citation ${c.shown} left out: ${usable ? `the text gives more than ${MAX_INLINE_REFS} of them` : 'the text holds private use characters this ingest uses for citations'}`,
      });
      continue;
    }
    const k = refs.length;
    refs.push({ k, content: c.content, offset: c.offset, at: c.at, written: c.written, ...(c.group ? { group: c.group } : {}) });
    if (c.name !== undefined && !byName.has(c.name)) byName.set(c.name, k);
    if (c.short !== undefined) byShort.set(c.short, k);
    place(chars, c.at, c.end, k);
  }
  for (const tag of citing) {
    const k = tag.name === undefined ? undefined : byName.get(tag.name);
    if (k === undefined) {
      mask(tag.at, tag.end);
      found.push({ at: tag.at, reason: `citation ${shownTag(text, tag)} names no citation the text gives; it was left out` });
    } else place(chars, tag.at, tag.end, k);
  }
  return refs;
}

/** A short citation's marks: [at, end) from its SHORT_CITATION_OPEN to just after its SHORT_CITATION_CLOSE. */
interface ShortCitation {
  readonly at: number;
  readonly end: number;
  /** Marked by NOTE_OPEN and NOTE_CLOSE: an explanatory note. */
  readonly note: boolean;
}

/**
 * The short citations the template pass marked, in order; a mark without its
 * partner (which only a text holding the noncharacters itself could give) is
 * masked. One pass.
 */
function shortCitations(text: string, mask: (from: number, to: number) => void): ShortCitation[] {
  const out: ShortCitation[] = [];
  let open = -1;
  SHORT_MARK.lastIndex = 0;
  for (let m = SHORT_MARK.exec(text); m; m = SHORT_MARK.exec(text)) {
    const i = m.index;
    if (m[0] === SHORT_CITATION_OPEN || m[0] === NOTE_OPEN) {
      if (open >= 0) mask(open, open + 1);
      open = i;
    } else {
      const partner = m[0] === NOTE_CLOSE ? NOTE_OPEN : SHORT_CITATION_OPEN;
      if (open >= 0 && i > open + 1 && text[open] === partner) out.push({ at: open, end: i + 1, note: partner === NOTE_OPEN });
      else {
        if (open >= 0) mask(open, open + 1);
        mask(i, i + 1);
      }
      open = -1;
    }
  }
  if (open >= 0) mask(open, open + 1);
  return out;
}

/**
 * Whether the element [from, to) is the whole of a list item's line: only a
 * list marker before it, nothing but white space and masks after it. Reads
 * at most a few characters either side, so many citations on one long line
 * cost nothing more.
 */
function wrapsListItem(text: string, from: number, to: number): boolean {
  const head = from <= 16 ? `\n${text.slice(0, from)}` : text.slice(from - 17, from);
  if (!ITEM_HEAD.test(head)) return false;
  for (let i = to; i < text.length && text[i] !== '\n'; i++) if (CONTENT.test(text[i]!)) return false;
  return true;
}

/** Masks [from, to) and writes citation k's placeholder at its start. */
function place(chars: MaskedText, from: number, to: number, k: number): void {
  chars.mask(from, to);
  const placeholder = String.fromCodePoint(INLINE_REF_BASE + k);
  chars.set(from, placeholder[0]!);
  chars.set(from + 1, placeholder[1]!);
}

/** A tag as a message shows it, cut short. */
function shownTag(text: string, tag: { at: number; end: number }): string {
  const raw = text.slice(tag.at, tag.end).replace(/\s+/g, ' ');
  return `\`${raw.length > 60 ? `${raw.slice(0, 59)}…>` : raw}\``;
}
