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
 * A text that holds such private use characters of its own keeps them: its
 * citations are left out, each with a notice.
 */
import { MASK, type MaskedText } from './mask.ts';

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
  /** Offset of the citation's first `<ref`. */
  readonly at: number;
}

interface Found {
  readonly at: number;
  readonly reason: string;
}

const REF_TAG = /<ref\b((?:[^<>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\/ref\s*>/gi;
const NAME = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))/i;
const ITEM_HEAD = /\n[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+$/;
const CONTENT = new RegExp(`[^\\s${MASK}]`);

/**
 * Takes the citations out of `chars` (see the module comment), pushing
 * notices onto `found`; returns the citations that became notes.
 */
export function takeInlineRefs(chars: MaskedText, inCode: (at: number) => boolean, found: Found[]): InlineRef[] {
  const text = chars.toString();
  if (!/<ref\b/i.test(text)) return [];
  const usable = !INLINE_REF_CHAR.test(text);
  interface Tag {
    readonly at: number;
    readonly end: number;
    readonly closing: boolean;
    readonly selfClosing: boolean;
    readonly name?: string;
  }
  const tags: Tag[] = [];
  REF_TAG.lastIndex = 0;
  for (let m = REF_TAG.exec(text); m; m = REF_TAG.exec(text)) {
    if (inCode(m.index) || m[0].includes(MASK)) continue;
    const named = m[1] === undefined ? undefined : NAME.exec(m[1]);
    const name = named ? (named[1] ?? named[2] ?? named[3])!.trim() : undefined;
    tags.push({ at: m.index, end: m.index + m[0].length, closing: m[1] === undefined, selfClosing: m[2] === '/', ...(name ? { name } : {}) });
  }
  const mask = (from: number, to: number) => chars.mask(from, to);
  const refs: InlineRef[] = [];
  const byName = new Map<string, number>();
  const citing: Tag[] = [];
  for (let t = 0; t < tags.length; t++) {
    const open = tags[t]!;
    if (open.closing) continue;
    if (open.selfClosing) {
      citing.push(open);
      continue;
    }
    const close = tags[t + 1];
    const content = close?.closing ? text.slice(open.end, close.at) : undefined;
    if (content === undefined || /\n[ \t]*\n/.test(content)) {
      mask(open.at, open.end);
      found.push({ at: open.at, reason: `citation ${shownTag(text, open)} opens a citation that does not close before a blank line; the tag was left out, the text after it kept` });
      continue;
    }
    t++;
    // Nothing but removed markup (and tags): wikitext.ts takes the element out, or reports its tags.
    if (!CONTENT.test(content.replace(/<[^<>]*>/g, ''))) continue;
    if (wrapsListItem(text, open.at, close!.end)) {
      // The whole of a list item: the entry of a reference list, wrapped.
      mask(open.at, open.end);
      mask(close!.at, close!.end);
      continue;
    }
    if (!usable || refs.length >= MAX_INLINE_REFS) {
      mask(open.at, close!.end);
      found.push({
        at: open.at,
        reason: `citation ${shownTag(text, open)}…</ref> left out: ${usable ? `the text gives more than ${MAX_INLINE_REFS} of them` : 'the text holds private use characters this ingest uses for citations'}`,
      });
      continue;
    }
    const k = refs.length;
    refs.push({ k, content, offset: open.end, at: open.at });
    if (open.name !== undefined && !byName.has(open.name)) byName.set(open.name, k);
    place(chars, open.at, close!.end, k);
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
