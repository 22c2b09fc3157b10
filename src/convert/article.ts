/**
 * Converts an Article's text into a variant. Only human text changes: ids,
 * slugs, anchors, URLs and wiki titles (which address the source page) stay
 * exactly as they are, so both variants share every link and anchor.
 */
import type { Article, Block, Figure, Footnote, Inline, Section, Variant } from '../model/index.ts';
import { convert } from './text.ts';

export function convertInlines(inlines: readonly Inline[], to: Variant): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: convert(node.value, to) };
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { type: node.type, children: convertInlines(node.children, to) };
      case 'link':
        return { ...node, children: convertInlines(node.children, to) };
      default:
        return node;
    }
  });
}

function convertBlock(block: Block, to: Variant): Block {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      return { ...block, children: convertInlines(block.children, to) };
    case 'figure':
      return convertFigure(block, to);
    case 'list':
      return { ...block, items: block.items.map((item) => item.map((b) => convertBlock(b, to))) };
    case 'quote':
      return { ...block, children: block.children.map((b) => convertBlock(b, to)) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => convertInlines(cell, to))) };
    case 'code':
      return block;
  }
}

function convertFigure(figure: Figure, to: Variant): Figure {
  return {
    ...figure,
    caption: convertInlines(figure.caption, to),
    alt: convert(figure.alt, to),
    ...(figure.credit ? { credit: convert(figure.credit, to) } : {}),
  };
}

function convertSection(section: Section, to: Variant): Section {
  return { ...section, heading: convertInlines(section.heading, to), blocks: section.blocks.map((b) => convertBlock(b, to)) };
}

function convertFootnote(note: Footnote, to: Variant): Footnote {
  return note.content ? { ...note, content: convertInlines(note.content, to) } : note;
}

export function convertArticle(article: Article, to: Variant): Article {
  const date = article.date?.reason ? { ...article.date, reason: convert(article.date.reason, to) } : article.date;
  return {
    ...article,
    title: convert(article.title, to),
    summary: convert(article.summary, to),
    ...(date ? { date } : {}),
    source: { ...article.source, publisher: convert(article.source.publisher, to) },
    lead: article.lead.map((b) => convertBlock(b, to)),
    sections: article.sections.map((s) => convertSection(s, to)),
    footnotes: article.footnotes.map((n) => convertFootnote(n, to)),
    categories: article.categories.map((c) => convert(c, to)),
    ...(article.dateline ? { dateline: convert(article.dateline, to) } : {}),
    ...(article.signoff ? { signoff: convert(article.signoff, to) } : {}),
  };
}
