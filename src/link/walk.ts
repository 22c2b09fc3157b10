/** Walking an article's text. */
import type { Article, Block, Figure, Inline, Paragraph, Related } from '../model/index.ts';

/** Plain text of inlines, footnote markers left out. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const i of inlines) {
    if (i.type === 'text' || i.type === 'code') out += i.value;
    else if ('children' in i) out += plainText(i.children);
  }
  return out;
}

const SENTENCE_END = /[。！？!?；;]/u;

/** The sentence of `text` around offset `at` (terminator included, whitespace trimmed). */
export function sentenceAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  if (end < text.length) end++;
  while (end < text.length && /[」』”’）)]/u.test(text[end]!)) end++;
  return text.slice(start, end).trim();
}

/** A block with the lists of inlines that hold its prose (paragraph text, figure caption, related headline). */
export interface ProseBlock {
  readonly block: Paragraph | Figure | Related;
  readonly sectionId?: string;
  readonly topic?: string;
}

export function proseBlocks(article: Article): ProseBlock[] {
  const out: ProseBlock[] = [];
  const add = (blocks: readonly Block[], sectionId?: string, topic?: string) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'figure' || block.type === 'related') {
        out.push({ block, ...(sectionId ? { sectionId } : {}), ...(topic ? { topic } : {}) });
      }
    }
  };
  add(article.lead);
  for (const s of article.sections) add(s.blocks, s.id, plainText(s.heading));
  return out;
}
