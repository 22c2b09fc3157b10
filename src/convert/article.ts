/**
 * Converts an Article's text into a target. Only human text changes: ids,
 * slugs, anchors, URLs and link titles (which address pages) stay exactly as
 * they are, so every variant shares every link and anchor. Text that shows no
 * script of its own takes the article's script.
 */
import type { Article, Block, Figure, Footnote, Inline, Section } from '../model/index.ts';
import type { Converter } from './converter.ts';
import { articleScript } from './corpus.ts';
import { defaultConverter } from './default.ts';
import type { ConvertTarget, Script } from './targets.ts';

type Fn = (text: string) => string;

function mapInlines(inlines: readonly Inline[], fn: Fn): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: fn(node.value) };
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { type: node.type, children: mapInlines(node.children, fn) };
      case 'link':
      case 'date':
        return { ...node, children: mapInlines(node.children, fn) };
      default:
        return node;
    }
  });
}

function mapBlock(block: Block, fn: Fn): Block {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      return { ...block, children: mapInlines(block.children, fn) };
    case 'figure':
      return mapFigure(block, fn);
    case 'list':
      return { ...block, items: block.items.map((item) => item.map((b) => mapBlock(b, fn))) };
    case 'quote':
      return { ...block, children: block.children.map((b) => mapBlock(b, fn)) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => mapInlines(cell, fn))) };
    case 'code':
      return block;
  }
}

function mapFigure(figure: Figure, fn: Fn): Figure {
  return { ...figure, caption: mapInlines(figure.caption, fn), alt: fn(figure.alt), ...(figure.credit ? { credit: fn(figure.credit) } : {}) };
}

function mapSection(section: Section, fn: Fn): Section {
  return { ...section, heading: mapInlines(section.heading, fn), blocks: section.blocks.map((b) => mapBlock(b, fn)) };
}

function mapFootnote(note: Footnote, fn: Fn): Footnote {
  return note.content ? { ...note, content: mapInlines(note.content, fn) } : note;
}

/** Applies `fn` to every human text of an article. */
export function mapArticleText(article: Article, fn: Fn): Article {
  const date = article.date?.reason ? { ...article.date, reason: fn(article.date.reason) } : article.date;
  return {
    ...article,
    title: fn(article.title),
    summary: fn(article.summary),
    ...(date ? { date } : {}),
    source: { ...article.source, publisher: fn(article.source.publisher) },
    lead: article.lead.map((b) => mapBlock(b, fn)),
    sections: article.sections.map((s) => mapSection(s, fn)),
    footnotes: article.footnotes.map((n) => mapFootnote(n, fn)),
    categories: article.categories.map(fn),
    ...(article.dateline ? { dateline: fn(article.dateline) } : {}),
    ...(article.signoff ? { signoff: fn(article.signoff) } : {}),
  };
}

export function convertArticle(article: Article, to: ConvertTarget, converter: Converter = defaultConverter()): Article {
  return mapArticleText(article, articleTextConverter(article, to, converter));
}

/** Converts one text of an article (its title, say) as convertArticle would, without converting the rest. */
export function articleTextConverter(article: Article, to: ConvertTarget, converter: Converter = defaultConverter()): (text: string) => string {
  const source = articleScript(article);
  return (text) => converter.convert(text, to, source ? { source } : {});
}

/** Converts inline content; `source` is the script of the document it belongs to, when known. */
export function convertInlines(inlines: readonly Inline[], to: ConvertTarget, converter: Converter = defaultConverter(), source?: Script): Inline[] {
  return mapInlines(inlines, (text) => converter.convert(text, to, source ? { source } : {}));
}
