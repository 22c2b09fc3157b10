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
  /**
   * A name read after a title that ends where a word that follows names
   * starts (梁强|强调): the end of the longer reading (梁强强), which the
   * corpus may know for a name elsewhere (陈明强|调研).
   */
  readonly longer?: number;
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
  /** Words written right after a name (names.ts WORDS_AFTER_NAMES), true for the verbs of VERBS_AFTER_NAMES. */
  readonly after: Trie<boolean>;
  /** 同 and 和, part of a name before such a verb (NAME_JOINERS). */
  readonly joiners: ReadonlySet<string>;
  /** The longest transliterated name read after a title. */
  readonly translitMax: number;
}

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export class Protector {
  private readonly start = new Uint8Array(0x10000);
  /** Set by `nameEnd`: the end of the longer reading of the name it cut before a word (see Span.longer), else -1. */
  private longer = -1;

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
          spans.push(this.longer > after ? { start: j, end: after, longer: this.longer } : { start: j, end: after });
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

  /**
   * The end of a person name starting at `i` right after a title, or -1: a
   * surname and a given name of up to two characters (three after 氏), up to
   * a character that starts the words after names (NAME_STOP), and then as
   * what follows tells (see `nameEnd`).
   */
  nameAfter(text: string, i: number): number {
    const { surnames, compound, stop, yu, yuBlock, longMarks } = this.cues;
    this.longer = -1;
    const first = text[i] ?? '';
    const s = compound.has(text.slice(i, i + 2)) ? 2 : surnames.has(first) ? 1 : 0;
    if (s === 0) return -1;
    if (yu.has(first) && yuBlock.has(text[i + 1] ?? '')) return -1;
    if (s === 1 && (this.isWord(text, i) || this.wordCovers(text, i))) return -1;
    const max = i + s + (longMarks.has(text[i + s] ?? '') ? 3 : 2);
    let end = i + s;
    while (end < max && end < text.length && isHan(text.charCodeAt(end)) && !stop.has(text[end]!)) end++;
    return end > i + s ? this.nameEnd(text, i, i + s, end, max) : -1;
  }

  /**
   * Where a name read after a title as [i, end) ends, told by what follows
   * it (`given`: where its given name starts; `max`: the longest given name):
   *
   * - 同 or 和 that the reading stopped at is the name's, not "with" or
   *   "and", when a verb follows it that has nothing to be with (副总理陈铎同
   *   举行会谈: 陈铎同; 梁强同普京举行会谈: 梁强);
   * - a word that follows names (强调, 后来) starting inside the given name
   *   and running to or past its end ends the name where it starts (国家主席
   *   梁强强调: 梁强, not 梁强强), unless the longer reading is a name the
   *   converter knows (陈明强 of 陈明强调研, read elsewhere in the corpus);
   * - a reading that what follows does not end (米舒斯|京) and is all
   *   transliteration is read on to where a name can end (米舒斯京|发来).
   */
  private nameEnd(text: string, i: number, given: number, end: number, max: number): number {
    const { joiners, after, translit, stop, translitMax } = this.cues;
    if (end < max && joiners.has(text[end]!) && after.longest(text, end + 1, text.length) > end + 1 && after.matched) return end + 1;
    for (let k = given + 1; k < end; k++) {
      if (after.longest(text, k, text.length) < end) continue;
      if (this.knownName(text, i, end)) return end;
      this.longer = end;
      return k;
    }
    if (this.endsName(text, end)) return end;
    for (let k = i; k < end; k++) if (!translit.has(text[k]!)) return end;
    for (let e = end; e - i < translitMax && e < text.length && translit.has(text[e]!) && !stop.has(text[e]!); ) {
      if (this.endsName(text, ++e)) return e;
    }
    return end;
  }

  /** Whether [i, end) is a name (or other entity) the converter knows: the glossary's, the corpus's. */
  private knownName(text: string, i: number, end: number): boolean {
    if (this.trie.longest(text, i, end) !== end) return false;
    const entry = this.trie.matched!;
    return entry.kind === 'fixed' && entry.guard;
  }

  /** Whether a name can end at `end`: at the end of the text, a character that is not Han, one that starts the words after names, such a word, or a title. */
  private endsName(text: string, end: number): boolean {
    if (end >= text.length || !isHan(text.charCodeAt(end)) || this.cues.stop.has(text[end]!)) return true;
    if (this.cues.after.longest(text, end, text.length) > end) return true;
    return this.trie.longest(text, end, text.length) > end && this.trie.matched!.kind === 'title';
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
