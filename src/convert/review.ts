/**
 * The conversion report: every one-to-many character that conversion into
 * either script decides by the character table alone (no phrase, name,
 * glossary or `-{…}-` rule covers it), with the file and line it comes from,
 * so that a maintainer can check it and fix a wrong one in the glossary.
 */
import fs from 'node:fs';
import type { Article, SourcePos } from '../model/index.ts';
import { convertArticle, type TextContext } from './article.ts';
import type { Converter } from './converter.ts';
import { defaultConverter } from './default.ts';
import type { DefaultHook } from './phrase.ts';
import type { ConvertTarget } from './targets.ts';

export interface ConversionWarning {
  readonly severity: 'warning';
  readonly file: string;
  readonly line?: number;
  readonly reason: string;
}

/** The lines of the file last read: an article's texts all come from its file, and articles are converted one by one. */
let lastFile: { name: string; lines: string[] | null } | undefined;

function linesOf(file: string): string[] | null {
  if (lastFile?.name !== file) {
    let lines: string[] | null;
    try {
      lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    lastFile = { name: file, lines };
  }
  return lastFile.lines;
}

/** The first line at or after `from` that holds `needle` (blocks may span lines), else `from`. */
function lineOf(file: string, from: number | undefined, needle: string): number | undefined {
  const lines = linesOf(file);
  if (!lines) return from;
  for (let i = Math.max(0, (from ?? 1) - 1); i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return from;
}

interface Group {
  readonly file: string;
  readonly line?: number;
  readonly char: string;
  readonly output: string;
  readonly target: ConvertTarget;
  readonly contexts: string[];
}

/** What one review heard: the warnings of each article and target that have any. */
export type ReviewResults = readonly (readonly [articleId: string, target: ConvertTarget, warnings: readonly ConversionWarning[]])[];

/**
 * The characters that the tables decided alone, heard while articles are
 * converted for their pages (`convertArticle` with a review): so each text is
 * reviewed exactly as the page converts it, with the script of the text
 * around it, in the form the page shows. One warning per article, line,
 * character and target.
 */
export class ConversionReview {
  /** Groups by article and target, then by file, line, character and output. */
  private readonly groups = new Map<string, { articleId: string; target: ConvertTarget; groups: Map<string, Group> }>();

  /** The hook for one text of `article` converted into `target` (see `Origin`). */
  hook(article: Article, target: ConvertTarget, text: string, context: TextContext | undefined, pos: SourcePos | undefined): DefaultHook {
    const block = context?.paragraph ?? text;
    const offset = context?.at ?? 0;
    const file = pos?.file ?? article.file;
    return (index, char, output, sure) => {
      if (sure || output === char) return;
      const at = offset + index;
      const around = block.slice(Math.max(0, at - 1), at + 2);
      const line = lineOf(file, pos?.line, around) ?? lineOf(file, pos?.line, char);
      const id = `${article.id}\0${target}`;
      let entry = this.groups.get(id);
      if (!entry) this.groups.set(id, (entry = { articleId: article.id, target, groups: new Map() }));
      const key = `${file}\0${line}\0${char}\0${output}`;
      let group = entry.groups.get(key);
      if (!group) entry.groups.set(key, (group = { file, ...(line !== undefined ? { line } : {}), char, output, target, contexts: [] }));
      group.contexts.push(block.slice(Math.max(0, at - 6), at + 7).replace(/\s+/g, ' '));
    };
  }

  results(): ReviewResults {
    return [...this.groups.values()].map(({ articleId, target, groups }) => [articleId, target, [...groups.values()].map(warningOf)] as const);
  }
}

function warningOf(g: Group): ConversionWarning {
  return {
    severity: 'warning',
    file: g.file,
    ...(g.line !== undefined ? { line: g.line } : {}),
    reason:
      `conversion: ${g.char} → ${g.output} (${g.target}) by the character table alone` +
      `${g.contexts.length > 1 ? ` ×${g.contexts.length}` : ''}, in “${g.contexts[0]}”; ` +
      `if wrong, add the word to seeds/glossary.yaml or mark it -{…}-`,
  };
}

/**
 * The warnings of reviews (one per rendering process, each of some of the
 * targets): article by article in `articleIds`' order, and within an article
 * target by target in `targets`' order, however the work was shared out.
 */
export function reviewWarnings(results: readonly ReviewResults[], articleIds: readonly string[], targets: readonly ConvertTarget[]): ConversionWarning[] {
  const byKey = new Map<string, readonly ConversionWarning[]>();
  for (const list of results) for (const [id, target, warnings] of list) byKey.set(`${id}\0${target}`, warnings);
  const out: ConversionWarning[] = [];
  for (const id of articleIds) for (const target of targets) out.push(...(byKey.get(`${id}\0${target}`) ?? []));
  return out;
}

/** The conversion review of one article, converted into both scripts (see `ConversionReview`). */
export function reviewConversion(article: Article, converter: Converter = defaultConverter()): ConversionWarning[] {
  const review = new ConversionReview();
  const targets = ['zh-Hant', 'zh-Hans'] as const;
  for (const target of targets) convertArticle(article, target, converter, review);
  return reviewWarnings([review.results()], [article.id], targets);
}
