/**
 * The conversion report: every one-to-many character that conversion into
 * either script decides by the character table alone (no phrase, name,
 * glossary or `-{…}-` rule covers it), with the file and line it comes from,
 * so that a maintainer can check it and fix a wrong one in the glossary.
 */
import fs from 'node:fs';
import type { Article, Block, Inline, SourcePos } from '../model/index.ts';
import type { Converter } from './converter.ts';
import { articleScript } from './corpus.ts';
import { defaultConverter } from './default.ts';

export interface ConversionWarning {
  readonly severity: 'warning';
  readonly file: string;
  readonly line?: number;
  readonly reason: string;
}

interface Located {
  readonly text: string;
  readonly pos?: SourcePos;
}

function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const n of inlines) out += n.type === 'text' ? n.value : 'children' in n ? inlineText(n.children) : '\n';
  return out;
}

type Visit = (located: Located) => void;

function blockTexts(block: Block, fn: Visit): void {
  const pos = block.source;
  switch (block.type) {
    case 'paragraph':
    case 'related':
      fn({ text: inlineText(block.children), pos });
      break;
    case 'figure':
      fn({ text: inlineText(block.caption), pos });
      if (block.credit) fn({ text: block.credit, pos });
      break;
    case 'list':
      for (const item of block.items) for (const b of item) blockTexts(b, fn);
      break;
    case 'quote':
      for (const b of block.children) blockTexts(b, fn);
      break;
    case 'table':
      fn({ text: block.rows.map((row) => row.map(inlineText).join('\t')).join('\n'), pos });
      break;
    case 'code':
      break;
  }
}

function eachLocatedText(article: Article, fn: Visit): void {
  fn({ text: article.title });
  for (const b of article.lead) blockTexts(b, fn);
  for (const s of article.sections) {
    fn({ text: inlineText(s.heading), pos: s.source });
    for (const b of s.blocks) blockTexts(b, fn);
  }
  for (const n of article.footnotes) if (n.content) fn({ text: inlineText(n.content), pos: n.source });
  for (const c of article.categories) fn({ text: c });
  if (article.dateline) fn({ text: article.dateline });
  if (article.signoff) fn({ text: article.signoff });
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

/** Warnings for the characters of an article that the tables decided alone, one per line, character and target. */
export function reviewConversion(article: Article, converter: Converter = defaultConverter()): ConversionWarning[] {
  const source = articleScript(article);
  const grouped = new Map<string, { file: string; line?: number; char: string; output: string; target: string; contexts: string[] }>();
  const options = source ? { source } : {};
  eachLocatedText(article, ({ text, pos }) => {
    for (const d of converter.review(text, options)) {
      const file = pos?.file ?? article.file;
      const near = text.slice(Math.max(0, d.index - 1), d.index + 2);
      const line = lineOf(file, pos?.line, near) ?? lineOf(file, pos?.line, d.char);
      const key = `${file}\0${line}\0${d.char}\0${d.output}\0${d.target}`;
      const group = grouped.get(key) ?? { file, ...(line !== undefined ? { line } : {}), char: d.char, output: d.output, target: d.target, contexts: [] };
      group.contexts.push(d.context.replace(/\s+/g, ' '));
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
