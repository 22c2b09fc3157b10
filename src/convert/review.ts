/**
 * The conversion report: every one-to-many character that conversion into
 * either script decides by the character table alone (no phrase, name,
 * glossary or `-{…}-` rule covers it), with the file and line it comes from,
 * so that a maintainer can check it and fix a wrong one in the glossary.
 */
import fs from 'node:fs';
import type { Article, Block, Inline, SourcePos } from '../model/index.ts';
import { contextOptions, textContexts, type TextContext } from './article.ts';
import type { Converter } from './converter.ts';
import { articleScript } from './corpus.ts';
import { defaultConverter } from './default.ts';

export interface ConversionWarning {
  readonly severity: 'warning';
  readonly file: string;
  readonly line?: number;
  readonly reason: string;
}

/** A text to review: one text node, with what is around it and its place in its block. */
interface Located {
  readonly text: string;
  readonly context?: TextContext;
  readonly pos?: SourcePos;
  /** The block's text (a paragraph, a heading, a table), for the context a warning shows. */
  readonly block: string;
  readonly offset: number;
}

type Visit = (located: Located) => void;

type Node = { text: string; context?: TextContext; offset: number };

/** Text nodes of `inlines` appended to `acc`, as convertArticle converts them: each with its context. */
function inlineTexts(inlines: readonly Inline[], acc: { text: string; nodes: Node[] }): void {
  const contexts = textContexts(inlines);
  let k = 0;
  const walk = (list: readonly Inline[]) => {
    for (const n of list) {
      if (n.type === 'text') {
        const context = contexts?.[k++];
        acc.nodes.push({ text: n.value, offset: acc.text.length, ...(context ? { context } : {}) });
        acc.text += n.value;
      } else if ('children' in n) walk(n.children);
      else acc.text += '\n';
    }
  };
  walk(inlines);
}

function visitInlines(lists: readonly (readonly Inline[])[], pos: SourcePos | undefined, fn: Visit, separator = '\n'): void {
  const acc = { text: '', nodes: [] as Node[] };
  lists.forEach((list, i) => {
    if (i > 0) acc.text += separator;
    inlineTexts(list, acc);
  });
  for (const node of acc.nodes) fn({ ...node, ...(pos ? { pos } : {}), block: acc.text });
}

function visitText(text: string, pos: SourcePos | undefined, fn: Visit): void {
  fn({ text, ...(pos ? { pos } : {}), block: text, offset: 0 });
}

function blockTexts(block: Block, fn: Visit): void {
  const pos = block.source;
  switch (block.type) {
    case 'paragraph':
    case 'related':
      visitInlines([block.children], pos, fn);
      break;
    case 'figure':
      visitInlines([block.caption], pos, fn);
      if (block.credit) visitText(block.credit, pos, fn);
      break;
    case 'list':
      for (const item of block.items) for (const b of item) blockTexts(b, fn);
      break;
    case 'quote':
      for (const b of block.children) blockTexts(b, fn);
      break;
    case 'table':
      for (const row of block.rows) visitInlines(row, pos, fn, '\t');
      break;
    case 'code':
      break;
  }
}

function eachLocatedText(article: Article, fn: Visit): void {
  visitText(article.title, undefined, fn);
  for (const b of article.lead) blockTexts(b, fn);
  for (const s of article.sections) {
    visitInlines([s.heading], s.source, fn);
    for (const b of s.blocks) blockTexts(b, fn);
  }
  for (const n of article.footnotes) if (n.content) visitInlines([n.content], n.source, fn);
  for (const c of article.categories) visitText(c, undefined, fn);
  if (article.dateline) visitText(article.dateline, undefined, fn);
  if (article.signoff) visitText(article.signoff, undefined, fn);
}

const files = new Map<string, string[] | null>();

/** The first line at or after `from` that holds `needle` (blocks may span lines), else `from`. */
function lineOf(file: string, from: number | undefined, needle: string): number | undefined {
  if (!files.has(file)) {
    try {
      files.set(file, fs.readFileSync(file, 'utf8').split(/\r?\n/));
    } catch {
      files.set(file, null);
    }
  }
  const lines = files.get(file);
  if (!lines) return from;
  for (let i = Math.max(0, (from ?? 1) - 1); i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return from;
}

/**
 * Warnings for the characters of an article that the tables decided alone,
 * one per line, character and target: each text converted as the page
 * converts it (with the script of the text around it), giving the form the
 * page shows.
 */
export function reviewConversion(article: Article, converter: Converter = defaultConverter()): ConversionWarning[] {
  const source = articleScript(article);
  const grouped = new Map<string, { file: string; line?: number; char: string; output: string; target: string; contexts: string[] }>();
  eachLocatedText(article, ({ text, context, pos, block, offset }) => {
    for (const d of converter.review(text, contextOptions(source, context))) {
      const file = pos?.file ?? article.file;
      const at = offset + d.index;
      const around = block.slice(Math.max(0, at - 1), at + 2);
      const line = lineOf(file, pos?.line, around) ?? lineOf(file, pos?.line, d.char);
      const key = `${file}\0${line}\0${d.char}\0${d.output}\0${d.target}`;
      const group = grouped.get(key) ?? { file, ...(line !== undefined ? { line } : {}), char: d.char, output: d.output, target: d.target, contexts: [] };
      group.contexts.push(block.slice(Math.max(0, at - 6), at + 7).replace(/\s+/g, ' '));
      grouped.set(key, group);
    }
  });
  return [...grouped.values()].map((g) => ({
    severity: 'warning' as const,
    file: g.file,
    ...(g.line !== undefined ? { line: g.line } : {}),
    reason:
      `conversion: ${g.char} → ${g.output} (${g.target}) by the character table alone` +
      `${g.contexts.length > 1 ? ` ×${g.contexts.length}` : ''}, in “${g.contexts[0]}”; ` +
      `if wrong, add the word to seeds/glossary.yaml or mark it -{…}-`,
  }));
}
