/** Walking an article's text. */
import type { Article, Block, Figure, Inline, List, Paragraph, Related, Table } from '../model/index.ts';
import { ruleSpans } from '../convert/rules.ts';
import { inSpans } from '../text/spans.ts';

/** Plain text of inlines, footnote markers left out. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const i of inlines) {
    if (i.type === 'text' || i.type === 'code') out += i.value;
    else if ('children' in i) out += plainText(i.children);
  }
  return out;
}

/** Per UTF-16 code unit: 1 for a sentence end (。！？!?；;), 2 for a closing quote or bracket after one. */
const MARKS = new Uint8Array(0x10000);
for (const c of '。！？!?；;') MARKS[c.charCodeAt(0)] = 1;
for (const c of '」』”’）)') MARKS[c.charCodeAt(0)] = 2;
const isEnd = (text: string, i: number) => MARKS[text.charCodeAt(i)] === 1;
const isClosing = (text: string, i: number) => MARKS[text.charCodeAt(i)] === 2;

/*
 * The conversion rules written in a text (`-{zh-hans:港口;zh-hant:港埠}-`, `-{Cát Bà}-`), found by
 * ruleSpans as the converter finds them: it applies a rule only when it is whole in one text node, so
 * nothing may split one, and what it holds is no sentence of its own.
 */

/**
 * The sentences of one text, for many offsets: a sentence runs to its end
 * (terminator and closing quotes included, whitespace trimmed). Every offset
 * up to a sentence end (and after the one before) has the same sentence: the
 * ends are found once, and each sentence is made once. A terminator inside a
 * conversion rule ends nothing (the `;` of `-{zh-hans:港口;zh-hant:港埠}-`).
 */
export class Sentences {
  /** Offsets of the sentence ends, in order. */
  private readonly ends: number[] = [];
  private readonly made = new Map<number, string>();

  constructor(private readonly text: string) {
    const rules = text.includes('-{') ? ruleSpans(text) : [];
    for (let i = 0; i < text.length; i++) if (isEnd(text, i) && !(rules.length && inSpans(rules, i))) this.ends.push(i);
  }

  at(offset: number): string {
    const { index, start, end } = this.bounds(offset);
    let sentence = this.made.get(index);
    if (sentence === undefined) this.made.set(index, (sentence = this.text.slice(start, end).trim()));
    return sentence;
  }

  /**
   * Where the sentence holding `offset` lies, untrimmed: from after the
   * closing quotes of the sentence before to after its own; `index` is the
   * same for every offset of one sentence.
   */
  bounds(offset: number): { readonly index: number; readonly start: number; readonly end: number } {
    const { ends, text } = this;
    // The first end at or after the offset: its sentence holds the offset.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    let start = lo > 0 ? ends[lo - 1]! + 1 : 0;
    let end = lo < ends.length ? ends[lo]! + 1 : text.length;
    // The closing quotes after the previous sentence's end are that sentence's.
    while (start < end && isClosing(text, start)) start++;
    while (end < text.length && isClosing(text, end)) end++;
    return { index: lo, start, end };
  }
}

/**
 * A block whose text the link pass reads: a paragraph, caption or related
 * headline (one list of inlines), or a table (one per cell). Paragraphs
 * inside list items and quotes are units of their own, with their own anchors.
 */
export interface TextUnit {
  readonly block: Paragraph | Figure | Related | Table;
  readonly sectionId?: string;
}

/** The unit's lists of inlines, each its own text (a table's cells do not run into each other). */
export function unitParts(block: TextUnit['block']): readonly (readonly Inline[])[] {
  switch (block.type) {
    case 'figure':
      return [block.caption];
    case 'table':
      return block.rows.flat();
    default:
      return [block.children];
  }
}

/** The block with its parts (as unitParts gives them) replaced. */
export function withParts(block: TextUnit['block'], parts: readonly (readonly Inline[])[]): Block {
  switch (block.type) {
    case 'figure':
      return { ...block, caption: parts[0]! };
    case 'table': {
      let n = 0;
      return { ...block, rows: block.rows.map((row) => row.map(() => parts[n++]!)) };
    }
    default:
      return { ...block, children: parts[0]! };
  }
}

/** Every text unit of the article in reading order, list items and quotes included, at any depth. */
export function textUnits(article: Article): TextUnit[] {
  const out: TextUnit[] = [];
  const add = (blocks: readonly Block[], sectionId?: string) => {
    for (const block of blocks) {
      if (block.type === 'list') for (const item of block.items) add(item, sectionId);
      else if (block.type === 'quote') add(block.children, sectionId);
      else if (block.type !== 'code') out.push({ block, ...(sectionId ? { sectionId } : {}) });
    }
  };
  add(article.lead);
  for (const s of article.sections) add(s.blocks, s.id);
  return out;
}

/** The article with blocks (at any depth) swapped for the ones `replaced` gives. */
export function replaceBlocks(article: Article, replaced: ReadonlyMap<Block, Block>): Article {
  const swap = (blocks: readonly Block[]): readonly Block[] => {
    let changed = false;
    const out = blocks.map((b) => {
      let next = replaced.get(b) ?? b;
      if (next.type === 'list') {
        const items = next.items.map(swap);
        if (items.some((item, i) => item !== (next as List).items[i])) next = { ...next, items };
      } else if (next.type === 'quote') {
        const children = swap(next.children);
        if (children !== next.children) next = { ...next, children };
      }
      if (next !== b) changed = true;
      return next;
    });
    return changed ? out : blocks;
  };
  return { ...article, lead: swap(article.lead), sections: article.sections.map((s) => ({ ...s, blocks: swap(s.blocks) })) };
}
