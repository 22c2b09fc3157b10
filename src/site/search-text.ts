/**
 * What of an article the search index leaves out, so that no seed can stall
 * the build in Pagefind.
 *
 * Pagefind's Chinese segmentation slows down more than linearly on text that
 * is not prose: on one page, 100,000 characters of one repeated character
 * took 9.2 s, of random characters 5.2 s, while 640,000 characters of the
 * corpus's prose took 1.0 s; a 30 MB seed of one repeated phrase had not been
 * indexed after nine minutes. Prose has a space or a punctuation mark every
 * few dozen characters (at most 54 without one in the seeds and in the
 * generated 10k corpus). So a block with a longer stretch is left out of the
 * index, and so is whatever comes after an article's first SEARCH_TEXT_LIMIT
 * characters. Both still show on the page; the build warns about each article.
 */
import { plainText } from '../link/walk.ts';
import type { Article, Block, SourcePos } from '../model/index.ts';
import type { Diagnostic } from './diagnostics.ts';

/** Characters of an article's text the search index holds (heading, blocks and notes, in reading order). */
export const SEARCH_TEXT_LIMIT = 100_000;
/** The longest stretch without a space or punctuation mark that a block may have and still be indexed. */
export const SEARCH_RUN_LIMIT = 1_000;

/** A top-level unit of the article body: its anchor id, where it starts, and its text. */
interface Unit {
  readonly id: string;
  readonly source: SourcePos;
  readonly text: string;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      return plainText(block.children);
    case 'figure':
      return `${plainText(block.caption)} ${block.credit ?? ''} ${block.alt}`;
    case 'list':
      return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
    case 'quote':
      return block.children.map(blockText).join('\n');
    case 'code':
      return block.value;
    case 'table':
      return block.rows.map((row) => row.map(plainText).join(' ')).join('\n');
  }
}

function* units(article: Article): Generator<Unit> {
  for (const b of article.lead) yield { id: b.id, source: b.source, text: blockText(b) };
  for (const s of article.sections) {
    yield { id: s.id, source: s.source, text: plainText(s.heading) };
    for (const b of s.blocks) yield { id: b.id, source: b.source, text: blockText(b) };
  }
  for (const n of article.footnotes) if (n.content) yield { id: n.id, source: n.source, text: plainText(n.content) };
}

/** 1 for each BMP code unit that is whitespace, punctuation or a symbol. */
const BREAKS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\s\p{P}\p{S}]/u.test(String.fromCharCode(c))) BREAKS[c] = 1;

/** The longest stretch of `text` (in UTF-16 code units) without whitespace, punctuation or a symbol. */
export function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (BREAKS[text.charCodeAt(i)] === 1) run = 0;
    else if (++run > longest) longest = run;
  }
  return longest;
}

export interface Unsearched {
  /** Anchor ids of the top-level blocks, section headings and notes the index leaves out. */
  readonly ids: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The parts of `article` the search index leaves out, and a warning for each reason that applies. */
export function unsearchedParts(article: Article, textLimit = SEARCH_TEXT_LIMIT, runLimit = SEARCH_RUN_LIMIT): Unsearched {
  const ids: string[] = [];
  const runs: Unit[] = [];
  const past: Unit[] = [];
  let total = 0;
  let length = 0;
  for (const unit of units(article)) {
    length += unit.text.length;
    if (unit.text.length > runLimit && longestRun(unit.text) > runLimit) {
      runs.push(unit);
      ids.push(unit.id);
    } else if (past.length || total + unit.text.length > textLimit) {
      past.push(unit);
      ids.push(unit.id);
    } else {
      total += unit.text.length;
    }
  }
  const diagnostics: Diagnostic[] = [];
  const at = (u: Unit) => ({ file: u.source.file, line: u.source.line });
  if (runs.length) {
    diagnostics.push({
      severity: 'warning',
      ...at(runs[0]!),
      reason: `left out of the search index: ${runs.length === 1 ? 'this block has' : `${runs.length} blocks (the first here) have`} more than ${runLimit.toLocaleString('en')} characters without a space or punctuation mark, which is not prose and would stall indexing; the page shows it`,
    });
  }
  if (past.length) {
    diagnostics.push({
      severity: 'warning',
      ...at(past[0]!),
      reason: `left out of the search index: the text from here on (${past.length} block(s)); "${article.title.slice(0, 40)}" has ${length.toLocaleString('en')} characters and the index holds the first ${textLimit.toLocaleString('en')} of each article; the page shows it all`,
    });
  }
  return { ids, diagnostics };
}
