/**
 * Renders an Article (already converted to its variant) to an HTML fragment.
 * Everything is built as a hast tree, sanitised and serialised (serialize.ts), so
 * seed text can only ever appear as escaped text, never as markup.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { DATELINE_ANCHOR, inlineText, type Article, type Block, type ColumnAlign, type Footnote, type Inline, type LinkTarget, type Section, type Variant } from '../model/index.ts';
import { encodeTitle, wellFormed } from '../ingest/url.ts';
import { sanitizeNodes } from './sanitize.ts';
import { serialize } from './serialize.ts';

/** Interface strings the body needs, already in the page's variant. */
export interface BodyStrings {
  readonly notes: string;
  readonly noteLabel: (n: number) => string;
  /** The heading of the explanatory notes (注釋), the mark of their citations (註) and a citation's label. */
  readonly explanatoryNotes: string;
  readonly explanatoryNoteMark: string;
  readonly explanatoryNoteLabel: (n: number | string) => string;
  /** The label of the k-th link from reference n back to where the text cites it; of one from explanatory note n. */
  readonly backToCitation: (n: number | string, k: number) => string;
  readonly backToNoteCitation: (n: number | string, k: number) => string;
  readonly missingNote: string;
  readonly filePage: string;
  readonly contents: string;
  readonly related: string;
  /** Before the caption of a photo that the source had and the page does not show. */
  readonly photoNotKept: string;
}

export interface RenderContext {
  readonly variant: Variant;
  readonly strings: BodyStrings;
  /** The href for an internal target (relative to the page being rendered). */
  readonly internalHref: (slug: string, anchor?: string) => string;
  /** The href of an entity's page, or undefined when it has none (then its Wikipedia page is linked). */
  readonly entityHref: (id: string) => string | undefined;
  /** The href of a timeline event. */
  readonly eventHref: (id: string) => string;
  /** Anchor ids of the blocks, headings and notes the search index leaves out (src/site/search-text.ts). */
  readonly unsearched?: ReadonlySet<string>;
}

/** `data-pagefind-ignore` on a part the search index leaves out. */
const searchable = (id: string, ctx: RenderContext) => (ctx.unsearched?.has(id) ? { dataPagefindIgnore: '' } : {});

export function wikipediaUrl(title: string, variant: Variant, anchor?: string): string {
  const path = encodeTitle(title);
  const hash = anchor ? `#${encodeURIComponent(wellFormed(anchor).replace(/ /g, '_'))}` : '';
  return `https://zh.wikipedia.org/${variant.toLowerCase()}/${path}${hash}`;
}

function href(target: LinkTarget, ctx: RenderContext): { href: string; className: string; rel?: string } {
  switch (target.kind) {
    case 'wikipedia':
      return { href: wikipediaUrl(target.title, ctx.variant, target.anchor), className: 'wikilink', rel: 'noopener' };
    case 'external':
      return { href: target.url, className: 'external', rel: 'noopener noreferrer nofollow' };
    case 'internal':
      return { href: ctx.internalHref(target.slug, target.anchor), className: 'internal' };
    case 'entity': {
      const own = ctx.entityHref(target.id);
      return own ? { href: own, className: 'entity' } : { href: wikipediaUrl(target.title, ctx.variant), className: 'wikilink', rel: 'noopener' };
    }
  }
}

/**
 * `inLink`: the inlines are a link's text. A date there keeps its anchor
 * (`at-ev-…`, where the timeline links back to) but not a link of its own,
 * since a link cannot hold another.
 */
export function renderInlines(inlines: readonly Inline[], ctx: RenderContext, inLink = false): ElementContent[] {
  return inlines.flatMap((node): ElementContent | ElementContent[] => {
    switch (node.type) {
      case 'text':
        return withLatinRuns(node.value);
      case 'emphasis':
        return h('em', renderInlines(node.children, ctx, inLink));
      case 'strong':
        return h('strong', renderInlines(node.children, ctx, inLink));
      case 'delete':
        return h('del', renderInlines(node.children, ctx, inLink));
      case 'code':
        return h('code', node.value);
      case 'break':
        return h('br');
      case 'link': {
        const a = href(node.target, ctx);
        return h('a', { href: a.href, className: [a.className], rel: a.rel }, renderInlines(node.children, ctx, true));
      }
      case 'date':
        if (inLink) return h('time', { className: ['date'], id: `at-${node.eventId}`, dateTime: node.datetime }, renderInlines(node.children, ctx, true));
        return h('a', { href: ctx.eventHref(node.eventId), className: ['date'], id: `at-${node.eventId}` }, [
          h('time', { dateTime: node.datetime }, renderInlines(node.children, ctx, true)),
        ]);
      case 'footnoteRef':
        // The note number is not text of the article: search excerpts would show [1].
        return h('sup', { className: ['fnref'], dataPagefindIgnore: '' }, [
          node.group
            ? h(
                'a',
                { id: node.id, href: `#fn-${node.group}-${node.n}`, role: 'doc-noteref', ariaLabel: ctx.strings.explanatoryNoteLabel(node.label ?? node.n) },
                node.label ? `[${node.label}]` : `[${ctx.strings.explanatoryNoteMark} ${node.n}]`,
              )
            : h('a', { id: node.id, href: `#fn-${node.n}`, role: 'doc-noteref', ariaLabel: ctx.strings.noteLabel(node.n) }, `[${node.n}]`),
        ]);
    }
  });
}

/** Latin letters, Vietnamese and other accented ones included. */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
/**
 * A stretch of Latin-script words: two or more, joined by spaces and the
 * punctuation of Latin text; it ends on a letter, digit or closing quote.
 */
const LATIN_RUN = new RegExp(`[${LETTER}][${LETTER}0-9'’‘“”&./:,;!?\\- –]*[${LETTER}0-9’”]`, 'gu');
const TWO_WORDS = new RegExp(`[${LETTER}0-9’”][ ]+[${LETTER}0-9‘“]`, 'u');
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
const ASCII_WORDS = /^[A-Za-z0-9'’‘“”&./:,;!?\- –]+$/u;

/**
 * Text, with each run of Latin-script words (an English title in a
 * reference, a Vietnamese name) marked with its language: under the page's
 * zh, browsers set it in a CJK font, whose ’ and “ are full width, and screen
 * readers read it as Chinese. English for plain ASCII words, Vietnamese when
 * its letters show it; other Latin text is left unmarked.
 */
function withLatinRuns(value: string): ElementContent | ElementContent[] {
  if (!/[A-Za-z\u00C0-\u1EFF]/u.test(value)) return { type: 'text', value };
  const out: ElementContent[] = [];
  let from = 0;
  for (const m of value.matchAll(LATIN_RUN)) {
    const run = m[0];
    if (!TWO_WORDS.test(run)) continue;
    const lang = VIETNAMESE.test(run) ? 'vi' : ASCII_WORDS.test(run) ? 'en' : undefined;
    if (!lang) continue;
    if (m.index > from) out.push({ type: 'text', value: value.slice(from, m.index) });
    out.push(h('span', { lang }, run));
    from = m.index + run.length;
  }
  if (from === 0) return { type: 'text', value };
  if (from < value.length) out.push({ type: 'text', value: value.slice(from) });
  return out;
}

/** A table cell's text up to this many characters is kept on one line: 金牌 or 新加坡 is not broken a character per line on a phone. */
const SHORT_CELL = 8;

function cellClasses(inlines: readonly Inline[], align: ColumnAlign | undefined): string[] | undefined {
  const classes: string[] = [];
  if (align === 'right' || align === 'center') classes.push(`align-${align}`);
  if (Array.from(inlineText(inlines).trim()).length <= SHORT_CELL) classes.push('short');
  return classes.length ? classes : undefined;
}

export function renderBlock(block: Block, ctx: RenderContext): Element {
  switch (block.type) {
    case 'paragraph':
      return h('p', { id: block.id, ...searchable(block.id, ctx) }, renderInlines(block.children, ctx));
    case 'related':
      // A headline of another story that the source printed in the text: labelled as such, so it does not read as a heading.
      return h('aside', { id: block.id, ...searchable(block.id, ctx), className: ['related-headline'], ariaLabelledBy: `${block.id}-label` }, [
        h('p', [h('span', { id: `${block.id}-label`, className: ['label'] }, ctx.strings.related), '：', ...renderInlines(block.children, ctx)]),
      ]);
    case 'figure': {
      const kids: ElementContent[] = [];
      if (block.image) {
        const img = h('img', { src: block.image.src, alt: block.alt, loading: 'lazy', decoding: 'async' });
        kids.push(block.image.page ? h('a', { href: block.image.page, className: ['figure-image'], tabIndex: -1, ariaHidden: 'true' }, [img]) : img);
      }
      // A plain-text scrape keeps a caption but never its photo: the caption says it belongs to the original's photo.
      const caption: ElementContent[] = [...(block.image ? [] : [h('span', { className: ['label'] }, `${ctx.strings.photoNotKept}：`)]), ...renderInlines(block.caption, ctx)];
      if (block.credit) caption.push({ type: 'text', value: ' ' }, h('span', { className: ['credit'] }, block.credit));
      if (block.image?.page) {
        caption.push({ type: 'text', value: ' ' }, h('a', { href: block.image.page, className: ['file-page'], rel: 'noopener' }, ctx.strings.filePage));
      }
      if (caption.length) kids.push(h('figcaption', caption));
      return h('figure', { id: block.id, ...searchable(block.id, ctx), className: block.image ? [] : ['no-image'] }, kids);
    }
    case 'list':
      return h(
        block.ordered ? 'ol' : 'ul',
        { id: block.id, ...searchable(block.id, ctx), start: block.ordered && block.start !== undefined && block.start !== 1 ? block.start : undefined },
        block.items.map((item) => h('li', item.map((b) => renderBlock(b, ctx)))),
      );
    case 'quote':
      return h('blockquote', { id: block.id, ...searchable(block.id, ctx) }, block.children.map((b) => renderBlock(b, ctx)));
    case 'code':
      return h('pre', { id: block.id, ...searchable(block.id, ctx) }, [h('code', block.value)]);
    case 'table': {
      const [head, ...body] = block.rows;
      const cell = (tag: 'th' | 'td', inlines: readonly Inline[], column: number) =>
        h(tag, { className: cellClasses(inlines, block.align?.[column]), ...(tag === 'th' ? { scope: 'col' } : {}) }, renderInlines(inlines, ctx));
      // An export's header row is often empty (a one-column box of facts): no header rather than an empty one.
      const hasHead = head?.some((c) => inlineText(c).trim() !== '');
      return h('div', { className: ['table-wrap'], id: block.id, ...searchable(block.id, ctx) }, [
        h('table', [
          hasHead ? h('thead', [h('tr', head!.map((c, i) => cell('th', c, i)))]) : undefined,
          h('tbody', body.map((row) => h('tr', row.map((c, i) => cell('td', c, i))))),
        ].filter((x): x is Element => x !== undefined)),
      ]);
    }
  }
}

/**
 * A section of the body: its heading and blocks, grouped but not a landmark.
 * Readers move through an article by its headings (and the table of
 * contents); a labelled section would also be a `region` landmark, one per
 * heading, which crowds the landmark list and, since headings repeat (two
 * `### 經濟` under different `##`, or a heading worded like the page's own
 * 本文大事記), gives landmarks that cannot be told apart.
 */
function renderSection(section: Section, ctx: RenderContext): Element {
  return h('section', [
    h(`h${section.level}`, { id: section.id, ...searchable(section.id, ctx) }, renderInlines(section.heading, ctx)),
    ...section.blocks.map((b) => renderBlock(b, ctx)),
  ]);
}

function renderFootnote(note: Footnote, ctx: RenderContext): Element {
  const body: ElementContent[] = note.content
    ? renderInlines(note.content, ctx)
    : [h('span', { className: ['missing'] }, ctx.strings.missingNote)];
  const label = note.group === 'note' ? ctx.strings.backToNoteCitation : ctx.strings.backToCitation;
  const back = note.refs.map((ref, k) =>
    h('a', { href: `#${ref}`, role: 'doc-backlink', className: ['backref'], ariaLabel: label(note.label ?? note.n, k + 1) }, note.refs.length > 1 ? `↩${k + 1}` : '↩'),
  );
  const backs: ElementContent[] = back.flatMap((a) => [{ type: 'text', value: ' ' } as const, a]);
  // A lettered note stands in a list of letters (`type="a"`), at its letter's place.
  const value = note.label ? note.label.charCodeAt(0) - 0x60 : note.n;
  return h('li', { id: note.id, ...searchable(note.id, ctx), value, className: note.content ? [] : ['missing-note'] }, [...body, ...backs]);
}

/** The explanatory notes (`[註 n]`), then the references, each under its own heading. */
export function renderFootnotes(notes: readonly Footnote[], ctx: RenderContext): Element | undefined {
  if (notes.length === 0) return undefined;
  const explanatory = notes.filter((n) => n.group === 'note');
  const references = notes.filter((n) => n.group !== 'note');
  const part = (id: string, title: string, list: readonly Footnote[]) => {
    const lettered = list.filter((n) => n.label);
    const numbered = list.filter((n) => !n.label);
    return [
      h('h2', { id }, title),
      ...(numbered.length ? [h('ol', numbered.map((n) => renderFootnote(n, ctx)))] : []),
      ...(lettered.length ? [h('ol', { type: 'a' }, lettered.map((n) => renderFootnote(n, ctx)))] : []),
    ];
  };
  return h('section', { className: ['footnotes'], role: 'doc-endnotes', ariaLabelledBy: explanatory.length ? EXPLANATORY_NOTES : 'notes' }, [
    ...(explanatory.length ? part(EXPLANATORY_NOTES, ctx.strings.explanatoryNotes, explanatory) : []),
    ...(references.length ? part('notes', ctx.strings.notes, references) : []),
  ]);
}

/** The anchor of the explanatory notes' heading. */
const EXPLANATORY_NOTES = 'explanatory-notes';

/** A heading's inlines with links (and dates, which are links) reduced to their text: a contents entry is a link already, and links do not nest. */
function unlinked(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((i): Inline[] => {
    if (i.type === 'link' || i.type === 'date') return unlinked(i.children);
    if (i.type === 'footnoteRef') return [];
    return 'children' in i ? [{ ...i, children: unlinked(i.children) } as Inline] : [i];
  });
}

/** Table of contents for articles with at least two sections. */
export function renderToc(article: Article, ctx: RenderContext): Element | undefined {
  const entries = article.sections.map((s) => ({ id: s.id, level: s.level, label: renderInlines(unlinked(s.heading), ctx) }));
  if (article.footnotes.some((n) => n.group === 'note')) entries.push({ id: EXPLANATORY_NOTES, level: 2, label: [{ type: 'text', value: ctx.strings.explanatoryNotes }] });
  if (article.footnotes.some((n) => n.group !== 'note')) entries.push({ id: 'notes', level: 2, label: [{ type: 'text', value: ctx.strings.notes }] });
  if (entries.length < 2) return undefined;
  // Two levels: the top headings, each with the deeper ones under it in a list of its own.
  const top = Math.min(...entries.map((e) => e.level));
  const items: { entry: (typeof entries)[number]; under: (typeof entries)[number][] }[] = [];
  for (const e of entries) {
    const parent = items.at(-1);
    if (e.level > top && parent) parent.under.push(e);
    else items.push({ entry: e, under: [] });
  }
  const link = (e: (typeof entries)[number]) => h('a', { href: `#${e.id}` }, e.label);
  return h('nav', { className: ['toc'], ariaLabel: ctx.strings.contents }, [
    h('h2', { className: ['toc-title'] }, ctx.strings.contents),
    h(
      'ol',
      items.map(({ entry, under }) => h('li', [link(entry), ...(under.length ? [h('ol', under.map((e) => h('li', [link(e)])))] : [])])),
    ),
  ]);
}

export interface RenderedArticle {
  /** Blocks before the first heading. */
  readonly lead: string;
  readonly toc: string;
  readonly sections: string;
  readonly footnotes: string;
}

/** The sanitised nodes of a part of the article (see `renderArticle`). */
export const cleanNodes = (nodes: readonly (Element | undefined)[]): ElementContent[] => sanitizeNodes(nodes.filter((n): n is Element => n !== undefined));

const html = (nodes: readonly (Element | undefined)[]): string => serialize(cleanNodes(nodes));

/** A news dateline (越通社河内) opens the report's first paragraph, after any lead picture. */
function withDateline(article: Article, blocks: Element[]): Element[] {
  if (!article.dateline) return blocks;
  const dateline = h('p', { id: DATELINE_ANCHOR, className: ['dateline'] }, article.dateline);
  const at = blocks.findIndex((b) => b.tagName === 'p');
  return at < 0 ? [dateline, ...blocks] : [...blocks.slice(0, at), dateline, ...blocks.slice(at)];
}

/** The article's parts as hast, before sanitising: lead, table of contents, sections, footnotes. */
export function articleParts(article: Article, ctx: RenderContext): Record<keyof RenderedArticle, (Element | undefined)[]> {
  return {
    lead: withDateline(article, article.lead.map((b) => renderBlock(b, ctx))),
    toc: [renderToc(article, ctx)],
    sections: article.sections.map((s) => renderSection(s, ctx)),
    footnotes: [renderFootnotes(article.footnotes, ctx)],
  };
}

export function renderArticle(article: Article, ctx: RenderContext): RenderedArticle {
  const parts = articleParts(article, ctx);
  return { lead: html(parts.lead), toc: html(parts.toc), sections: html(parts.sections), footnotes: html(parts.footnotes) };
}
