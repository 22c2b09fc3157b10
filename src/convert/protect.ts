/**
 * Finds the protected spans of a text in one left-to-right pass: glossary
 * terms, names and entities known to the converter (one trie holds them all,
 * with the titles that announce a name), person names after a title
 * (总理范明政) or before a form of address (潘廷镯同志), and `·`-joined
 * transliterated names (谢尔盖·拉夫罗夫).
 */
import type { ConvertTarget } from './targets.ts';
import type { Trie } from './trie.ts';

export type Protected =
  /** Replaced by its form for the target; `guard`: not where a word covers its first character. */
  | { readonly kind: 'fixed'; readonly out: Readonly<Record<ConvertTarget, string>>; readonly guard: boolean }
  | { readonly kind: 'title'; readonly lead: boolean; readonly trail: boolean }
  /** A word that contains a title but is not one (主席台). */
  | { readonly kind: 'word' };

export interface Span {
  readonly start: number;
  readonly end: number;
  /** Fixed forms; a person name found by its context has none (it takes its name form). */
  readonly out?: Readonly<Record<ConvertTarget, string>>;
}

export interface NameCues {
  readonly surnames: ReadonlySet<string>;
  readonly compound: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly yu: ReadonlySet<string>;
  readonly yuBlock: ReadonlySet<string>;
  readonly translit: ReadonlySet<string>;
  readonly dots: ReadonlySet<string>;
  readonly longMarks: ReadonlySet<string>;
}

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export class Protector {
  private readonly start = new Uint8Array(0x10000);

  constructor(
    private readonly trie: Trie<Protected>,
    private readonly cues: NameCues,
    /** Dictionaries of words: a name does not start inside one of their words. */
    private readonly words: readonly Trie<string>[],
  ) {
    for (const code of trie.startCodes()) this.start[code > 0xffff ? 0xd800 + ((code - 0x10000) >> 10) : code] = 1;
    for (const dot of cues.dots) this.start[dot.charCodeAt(0)] = 2;
  }

  scan(text: string): Span[] {
    const spans: Span[] = [];
    const { start, trie } = this;
    const n = text.length;
    let floor = 0;
    for (let i = 0; i < n; ) {
      const flag = start[text.charCodeAt(i)]!;
      if (flag === 0) {
        i++;
        continue;
      }
      if (flag === 2) {
        const span = this.dotted(text, i, floor, spans);
        if (span) {
          spans.push(span);
          floor = i = span.end;
        } else i++;
        continue;
      }
      const j = trie.longest(text, i, n);
      if (j < 0) {
        i++;
        continue;
      }
      const entry = trie.matched!;
      if (entry.kind === 'word') {
        i = j;
        continue;
      }
      if (entry.kind === 'title') {
        if (entry.trail) {
          const before = this.nameBefore(text, i, floor);
          if (before >= 0) spans.push({ start: before, end: i });
        }
        const after = entry.lead ? this.nameAfter(text, j) : -1;
        if (after > j) {
          spans.push({ start: j, end: after });
          floor = i = after;
        } else floor = i = j;
        continue;
      }
      if (entry.guard && this.wordCovers(text, i)) {
        i++;
        continue;
      }
      spans.push({ start: i, end: j, out: entry.out });
      floor = i = j;
    }
    return spans;
  }

  /** Whether a name taken from a link title reads as a person's: `·`-joined, or a surname and a given name that is no dictionary word. */
  personLike(name: string): boolean {
    const { surnames, compound, dots } = this.cues;
    const han = Array.from(name).every((c) => isHan(c.charCodeAt(0)) || dots.has(c));
    if (!han) return false;
    if (Array.from(dots).some((d) => name.includes(d))) return true;
    if (name.length < 2 || name.length > 4) return false;
    if (!surnames.has(name[0]!) && !compound.has(name.slice(0, 2))) return false;
    return !this.isWord(name, 0);
  }

  /** True when a dictionary word starting before `i` runs past it (关|于明年, 桥|梁强度). */
  private wordCovers(text: string, i: number): boolean {
    for (const words of this.words) {
      for (let back = 1; back <= 3 && i - back >= 0; back++) if (words.longest(text, i - back, text.length) > i) return true;
    }
    return false;
  }

  private isWord(text: string, i: number): boolean {
    return this.words.some((w) => w.longest(text, i, text.length) >= i + 2);
  }

  /** The end of a person name starting at `i` right after a title, or -1. */
  nameAfter(text: string, i: number): number {
    const { surnames, compound, stop, yu, yuBlock, longMarks } = this.cues;
    const first = text[i] ?? '';
    const s = compound.has(text.slice(i, i + 2)) ? 2 : surnames.has(first) ? 1 : 0;
    if (s === 0) return -1;
    if (yu.has(first) && yuBlock.has(text[i + 1] ?? '')) return -1;
    if (s === 1 && (this.isWord(text, i) || this.wordCovers(text, i))) return -1;
    const max = i + s + (longMarks.has(text[i + s] ?? '') ? 3 : 2);
    let end = i + s;
    while (end < max && end < text.length && isHan(text.charCodeAt(end)) && !stop.has(text[end]!)) end++;
    return end > i + s ? end : -1;
  }

  /**
   * The start of a person name ending at `end` right before a form of
   * address, or -1. A two-character name needs a clear start before it (the
   * text's start, a non-Han character or a stop character), so that the end
   * of a word (俄羅|斯) is not taken for one.
   */
  private nameBefore(text: string, end: number, floor: number): number {
    const { surnames, compound, stop, longMarks } = this.cues;
    for (const length of [4, 3, 2]) {
      const start = end - length;
      if (start < floor) continue;
      if (length === 4 && !longMarks.has(text[start + 1] ?? '') && !compound.has(text.slice(start, start + 2))) continue;
      if (!surnames.has(text[start]!) && !compound.has(text.slice(start, start + 2))) continue;
      if (length === 2 && start > 0 && isHan(text.charCodeAt(start - 1)) && !stop.has(text[start - 1]!)) continue;
      let ok = true;
      for (let k = start; k < end && ok; k++) ok = isHan(text.charCodeAt(k)) && (k === start || !stop.has(text[k]!));
      if (ok && !this.wordCovers(text, start)) return start;
    }
    return -1;
  }

  /** A transliterated name around the `·` at `dot`, joined to a name found just before it. */
  private dotted(text: string, dot: number, floor: number, spans: Span[]): Span | undefined {
    const { translit, dots } = this.cues;
    let start = dot;
    while (start > floor && dot - start < 8 && translit.has(text[start - 1]!)) start--;
    let end = dot;
    while (end < text.length && dots.has(text[end]!) && translit.has(text[end + 1] ?? '')) {
      end++;
      while (end < text.length && end - dot < 24 && translit.has(text[end]!)) end++;
    }
    const last = spans[spans.length - 1];
    const joined = last && !last.out && last.end === start;
    if (end === dot || (start === dot && !joined)) return undefined;
    if (joined) {
      spans.pop();
      return { start: last.start, end };
    }
    return { start, end };
  }
}
