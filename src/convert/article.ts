/**
 * Converts an Article's text into a target. Only human text changes: ids,
 * slugs, anchors, URLs and link titles (which address pages) stay exactly as
 * they are, so every variant shares every link and anchor. Text that shows no
 * script of its own takes the script of the text around it in its paragraph
 * (heading, cell, note), else the article's: 台塑在 between two links to
 * Traditional titles is Traditional text, and keeps its 台. Each text node is
 * read with a few characters of its neighbours, so that a link or a date
 * does not cut a word off its context (于 before the date 1943年).
 */
import type { Article, Block, Figure, Footnote, Inline, Section, SourcePos } from '../model/index.ts';
import type { Converter, ConvertOptions } from './converter.ts';
import { articleScript } from './corpus.ts';
import { defaultConverter } from './default.ts';
import type { ConversionReview } from './review.ts';
import type { ConvertTarget, Script } from './targets.ts';

/**
 * Where a text comes from, for the conversion review: the source position of
 * its block (undefined: the article's file, as for its title), or null for a
 * text the page derives from others or from settings (the summary, an
 * image's alt text, the publisher), which is not reviewed.
 */
export type Origin = SourcePos | undefined | null;

/** Converts one text; `context` tells what is around it in its paragraph. */
type Fn = (text: string, context: TextContext | undefined, origin: Origin) => string;

type Text = Extract<Inline, { type: 'text' }>;

function eachText(inlines: readonly Inline[], fn: (node: Text) => void): void {
  for (const node of inlines) {
    if (node.type === 'text') fn(node);
    else if ('children' in node) eachText(node.children, fn);
  }
}

/** Where a text node sits in its paragraph (see ConvertOptions). */
export interface TextContext {
  readonly paragraph: string;
  readonly at: number;
}

/**
 * The context of each text node of `inlines` (a paragraph, a heading), in
 * the order of the nodes: the paragraph read as one text, in which other
 * inline nodes (a footnote mark, a line break) end a stretch. Undefined for
 * fewer than two text nodes.
 */
export function textContexts(inlines: readonly Inline[]): TextContext[] | undefined {
  const acc: Paragraph = { text: '', starts: [] };
  readParagraph(inlines, acc);
  if (acc.starts.length < 2) return undefined;
  return acc.starts.map((at) => ({ paragraph: acc.text, at }));
}

interface Paragraph {
  text: string;
  readonly starts: number[];
}

// A function of the module rather than a closure: this runs for every paragraph, in each script.
function readParagraph(list: readonly Inline[], acc: Paragraph): void {
  for (const node of list) {
    if (node.type === 'text') {
      acc.starts.push(acc.text.length);
      acc.text += node.value;
    } else if ('children' in node) readParagraph(node.children, acc);
    else acc.text += '\n';
  }
}

/** The contexts of a paragraph's text nodes, taken in order as its nodes are met. */
interface Cursor {
  readonly list: TextContext[] | undefined;
  next: number;
}

function mapInlines(inlines: readonly Inline[], fn: Fn, origin: Origin, cursor: Cursor = { list: textContexts(inlines), next: 0 }): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: fn(node.value, cursor.list?.[cursor.next++], origin) };
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { type: node.type, children: mapInlines(node.children, fn, origin, cursor) };
      case 'link':
      case 'date':
        return { ...node, children: mapInlines(node.children, fn, origin, cursor) };
      default:
        return node;
    }
  });
}

function mapBlock(block: Block, fn: Fn): Block {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      return { ...block, children: mapInlines(block.children, fn, block.source) };
    case 'figure':
      return mapFigure(block, fn);
    case 'list':
      return { ...block, items: block.items.map((item) => item.map((b) => mapBlock(b, fn))) };
    case 'quote':
      return { ...block, children: block.children.map((b) => mapBlock(b, fn)) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => mapInlines(cell, fn, block.source))) };
    case 'code':
      return block;
  }
}

function mapFigure(figure: Figure, fn: Fn): Figure {
  return {
    ...figure,
    caption: mapInlines(figure.caption, fn, figure.source),
    alt: fn(figure.alt, undefined, null),
    ...(figure.credit ? { credit: fn(figure.credit, undefined, figure.source) } : {}),
  };
}

function mapSection(section: Section, fn: Fn): Section {
  return { ...section, heading: mapInlines(section.heading, fn, section.source), blocks: section.blocks.map((b) => mapBlock(b, fn)) };
}

function mapFootnote(note: Footnote, fn: Fn): Footnote {
  return note.content ? { ...note, content: mapInlines(note.content, fn, note.source) } : note;
}

/** Applies `fn` to every human text of an article. */
export function mapArticleText(article: Article, fn: Fn): Article {
  const date = article.date?.reason ? { ...article.date, reason: fn(article.date.reason, undefined, null) } : article.date;
  return {
    ...article,
    title: fn(article.title, undefined, undefined),
    summary: fn(article.summary, undefined, null),
    ...(date ? { date } : {}),
    source: { ...article.source, publisher: fn(article.source.publisher, undefined, null) },
    lead: article.lead.map((b) => mapBlock(b, fn)),
    sections: article.sections.map((s) => mapSection(s, fn)),
    footnotes: article.footnotes.map((n) => mapFootnote(n, fn)),
    categories: article.categories.map((c) => fn(c, undefined, undefined)),
    ...(article.dateline ? { dateline: fn(article.dateline, undefined, undefined) } : {}),
    ...(article.signoff ? { signoff: fn(article.signoff, undefined, undefined) } : {}),
  };
}

/** The article in `to`; `review`, when given, hears of every character the tables decided alone (see review.ts). */
export function convertArticle(article: Article, to: ConvertTarget, converter: Converter = defaultConverter(), review?: ConversionReview): Article {
  if (!review) return mapArticleText(article, articleTextConverter(article, to, converter));
  const options = articleOptions(article);
  return mapArticleText(article, (text, context, origin) =>
    converter.convert(text, to, options(context), origin === null ? undefined : review.hook(article, to, text, context, origin)),
  );
}

/** The options that convert a text of a document written in `source` as its context tells. */
export function contextOptions(source: Script | undefined, context: TextContext | undefined): ConvertOptions {
  return context ? { source, paragraph: context.paragraph, at: context.at } : { source };
}

function articleOptions(article: Article): (context: TextContext | undefined) => ConvertOptions {
  const source = articleScript(article);
  return (context) => contextOptions(source, context);
}

/** Converts one text of an article (its title, say) as convertArticle would, without converting the rest. */
export function articleTextConverter(article: Article, to: ConvertTarget, converter: Converter = defaultConverter()): (text: string, context?: TextContext) => string {
  const options = articleOptions(article);
  return (text, context) => converter.convert(text, to, options(context));
}

/** Converts inline content; `source` is the script of the document it belongs to, when known. */
export function convertInlines(inlines: readonly Inline[], to: ConvertTarget, converter: Converter = defaultConverter(), source?: Script): Inline[] {
  return mapInlines(inlines, (text, context) => converter.convert(text, to, contextOptions(source, context)), null);
}
