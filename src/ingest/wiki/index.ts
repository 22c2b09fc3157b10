/**
 * Ingest of a zh.wikipedia article exported to markdown: one file → one Article.
 *
 * The stages, in order, each one concern:
 *   maskWikitext           templates, behaviour switches, maintenance tags, page furniture → masked out
 *   parse (remark-parse + remark-gfm; plain blocks read directly, see parse.ts)
 *   → stripMasks           the masked text leaves the tree
 *   → markWikiLinks        both wikilink URL forms → one link kind with a title
 *   → extractCategories    category links → article.categories
 *   → extractThumbnails    `fig:` links + caption → figure nodes
 *   → markFootnoteRefs     `\[n\]` (and citations left as `<ref>`) → footnote markers
 *   → unglueLinkText       `[蘇聯在](…/蘇聯)` → link 蘇聯 + 在
 *   → cleanText            empty parentheses, stray brackets, soft line breaks
 *   → extractReferenceList numbered notes
 *   → addedNotes           citations left as `<ref>…</ref>`, GFM footnotes → notes
 *   → ModelBuilder         mdast → blocks, sections, footnotes with anchors
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { inlineText, type Article, type Block, type Licence, type SafeUrl, type Section } from '../../model/index.ts';
import { boundedTitle, metaMessage, seedMessage, type Seed } from '../seed.ts';
import { articleSlug } from '../slug.ts';
import { summarise } from '../summary.ts';
import { encodeTitle, safeUrl } from '../url.ts';
import { extractCategories } from './categories.ts';
import { cleanText } from './cleanup.ts';
import { guardMarkdown, restoreHidden } from './guard.ts';
import { extractThumbnails } from './figure.ts';
import { gfmFootnotes, markFootnoteRefs, type GfmFootnote } from './footnote-markers.ts';
import { unglueLinkText } from './glued-links.ts';
import { plainText, visitType } from './mdast.ts';
import { parseMarkdown } from './parse.ts';
import { extractReferenceList, type RawNote } from './references.ts';
import { ModelBuilder } from './to-model.ts';
import { markWikiLinks } from './wikilinks.ts';
import { maskWikitext, stripMasks, type Notice, type PositionedRef } from './wikitext.ts';

export const CC_BY_SA_4: Licence = Object.freeze({
  name: 'CC BY-SA 4.0',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/' as SafeUrl,
});

/** Parses and cleans the markdown into an mdast tree, returning the parts that leave the tree. */
export function parseWiki(source: string) {
  const masked = maskWikitext(source);
  const notices: Notice[] = [...masked.notices];
  const { tree, markdown, lines } = readMarkdown(masked.text);
  const guarded = [...lines];
  const { names: categories, dropped } = extractCategories(tree);
  extractThumbnails(tree);
  const gfmLabels = markFootnoteRefs(tree);
  const definitions = gfmFootnotes(tree);
  unglueLinkText(tree);
  cleanText(tree);
  const notes = extractReferenceList(tree, markdown);
  const added = addedNotes(tree, notes, { refs: masked.refs, definitions, gfmLabels }, guarded);
  notes.push(...added.notes);
  notices.push(...added.notices);
  notices.sort((a, b) => a.line - b.line || a.column - b.column);
  return { tree, categories, dropped, notes, guarded, notices };
}

/**
 * Masked markdown read into a tree: guarded (guard.ts), parsed, with link
 * titles and hidden characters put back, masks stripped and wiki links
 * marked. `lines` are the 1-based lines the guard changed.
 */
function readMarkdown(text: string): { tree: Root; markdown: string; lines: readonly number[] } {
  const { text: markdown, lines, cuts, hidden } = guardMarkdown(text);
  const tree = parseMarkdown(hideLinkTitles(markdown), undefined, cuts);
  restoreLinkTitles(tree);
  if (hidden) restoreHidden(tree);
  stripMasks(tree);
  markWikiLinks(tree);
  return { tree, markdown, lines };
}

/**
 * Notes the reference lists do not give:
 *
 * - GFM footnote definitions `[^3]: …` with a number, as reference 3 (unless
 *   the list gives an entry 3, which is kept, with a notice);
 * - the citations the export left as `<ref>…</ref>` (see inline-refs.ts) and
 *   GFM footnotes whose label is no number (`[^note]`), as references numbered
 *   after the source's own (the last entry of its list, or its last `[n]`,
 *   whichever is higher), in the order they first appear; their markers get
 *   those numbers. Each citation's text is read as markdown of its own, at
 *   its line, with a notice naming the number it was given;
 * - explanatory notes left as wiki markup ({{efn}}, `<ref group="…">`), as
 *   notes of the group `note` numbered after the source's own notes ([註 n]
 *   and lettered ones), in the same way.
 */
function addedNotes(
  tree: Root,
  notes: readonly RawNote[],
  extra: { refs: readonly PositionedRef[]; definitions: readonly GfmFootnote[]; gfmLabels: ReadonlyMap<string, number> },
  guarded: number[],
): { notes: RawNote[]; notices: Notice[] } {
  const { refs, definitions } = extra;
  const out: RawNote[] = [];
  const notices: Notice[] = [];
  const known = new Set(notes.filter((n) => !n.group).map((n) => n.n));
  const labels = new Map(extra.gfmLabels);
  const labelled: GfmFootnote[] = [];
  for (const d of definitions) {
    if (/^\d{1,4}$/.test(d.label)) {
      const n = Number(d.label);
      if (known.has(n)) notices.push({ reason: `footnote definition [^${d.label}] gives reference ${n} again; the reference list's entry ${n} is kept`, line: d.line, column: 1 });
      else {
        known.add(n);
        out.push({ n, content: d.content.length && plainText(d.content).trim() !== '' ? d.content : null, line: d.line });
      }
    } else {
      if (!labels.has(d.label)) labels.set(d.label, labels.size);
      labelled.push(d);
    }
  }
  if (!refs.length && !labels.size) return { notes: out, notices };
  let base = Math.max(0, ...known);
  // Explanatory notes (lettered ones numbered by now) go on after the source's own.
  let noteBase = Math.max(0, ...notes.filter((n) => n.group).map((n) => n.n));
  visitType(tree, 'footnoteMarker', (m) => {
    if (!m.group && m.inline === undefined && m.gfm === undefined) base = Math.max(base, m.n);
    else if (m.group && m.inline === undefined) noteBase = Math.max(noteBase, m.n);
  });
  /** Each citation's number, references and explanatory notes counted apart. */
  const numbers: number[] = [];
  let plain = 0;
  let explanatory = 0;
  for (const ref of refs) numbers[ref.k] = ref.group ? noteBase + ++explanatory : base + ++plain;
  const gfmBase = base + plain;
  visitType(tree, 'footnoteMarker', (m) => {
    if (m.inline !== undefined) {
      m.n = numbers[m.inline]!;
      if (refs[m.inline]?.group) m.group = refs[m.inline]!.group;
    } else if (m.gfm !== undefined) m.n = gfmBase + m.gfm + 1;
  });
  for (const ref of refs) {
    const n = numbers[ref.k]!;
    const { tree: note, lines } = readMarkdown(ref.content);
    guarded.push(...lines.map((l) => l + ref.contentLine - 1));
    unglueLinkText(note);
    cleanText(note);
    shiftLines(note, ref.contentLine - 1);
    const content: PhrasingContent[] = [];
    for (const block of note.children) {
      if (block.type !== 'paragraph') continue;
      if (content.length) content.push({ type: 'text', value: ' ' });
      content.push(...block.children);
    }
    out.push({ n, content: content.length && plainText(content).trim() !== '' ? content : null, line: ref.contentLine, ...(ref.group ? { group: ref.group } : {}) });
    notices.push({
      reason: ref.group
        ? `explanatory note \`${ref.written}\` left in the text as wiki markup: shown as note [註 ${n}], numbered after the source's own notes`
        : `citation \`${ref.written}\` left in the text as wiki markup: shown as reference [${n}], numbered after the source's own references`,
      line: ref.line,
      column: ref.column,
    });
  }
  for (const d of labelled) {
    const n = gfmBase + labels.get(d.label)! + 1;
    out.push({ n, content: d.content.length && plainText(d.content).trim() !== '' ? d.content : null, line: d.line });
    notices.push({ reason: `footnote [^${d.label}] has no number: shown as reference [${n}], numbered after the source's own references`, line: d.line, column: 1 });
  }
  guarded.sort((a, b) => a - b);
  return { notes: out, notices };
}

/** Moves every position in a tree down by `lines` lines. */
function shiftLines(node: Nodes, lines: number): void {
  if (node.position) {
    node.position = {
      start: { ...node.position.start, line: node.position.start.line + lines },
      end: { ...node.position.end, line: node.position.end.line + lines },
    };
  }
  if ('children' in node) for (const child of node.children) shiftLines(child, lines);
}

/**
 * micromark spends most of a wiki export's parse on link titles (every link
 * carries ` "wikilink"`): the title is moved into the URL as a marker of the
 * same length before parsing (so every position stays true) and put back on
 * the link nodes after. This halves the parse of an export.
 */
const TITLED = /\]\(([^()\s"<>\\]+) "wikilink"\)/g;
const TITLE = ' "wikilink"';
const MARK = '#\uE000wikilink\uE000';

function hideLinkTitles(markdown: string): string {
  return markdown.includes(TITLE) ? markdown.replace(TITLED, (_, url: string) => `](${url}${MARK})`) : markdown;
}

function restoreLinkTitles(node: Nodes): void {
  if ((node.type === 'link' || node.type === 'image') && node.url.endsWith(MARK) && node.title == null) {
    node.url = node.url.slice(0, -MARK.length);
    node.title = 'wikilink';
  }
  if ('url' in node && typeof node.url === 'string' && node.url.includes(MARK)) node.url = node.url.split(MARK).join(TITLE);
  if ('value' in node && typeof node.value === 'string' && node.value.includes(MARK)) node.value = node.value.split(MARK).join(TITLE);
  if ('children' in node) for (const child of node.children) restoreLinkTitles(child);
}

/**
 * The article of a wiki seed. Input problems are recorded on `seed.file`; a
 * seed with no text (see `hasText`) gets an error at its first line, which
 * stops the build, and still gives its (empty) article.
 */
export function ingestWiki(seed: Seed): Article {
  const { tree, categories, dropped, notes, guarded, notices } = parseWiki(seed.text);
  if (guarded.length) seedMessage(seed, `markup nested too deeply or too dense to read safely; simplified on ${guarded.length} line(s)`, guarded[0]);
  for (const n of notices) seedMessage(seed, n.reason, n.line, false, n.column);
  for (const d of dropped) seedMessage(seed, d.reason, d.line);
  const builder = new ModelBuilder(seed);

  let nodes = tree.children;
  let h1Title: string | undefined;
  const first = nodes[0];
  if (first?.type === 'heading' && first.depth === 1) {
    h1Title = plainText(first.children).trim() || undefined;
    nodes = nodes.slice(1);
  }
  const { lead, sections } = builder.sections(nodes);
  const footnotes = builder.footnotes(notes);
  if (!hasText(lead, sections)) {
    const held = { title: h1Title !== undefined, headings: sections.length, categories: categories.length + dropped.length, notes: footnotes.length };
    seedMessage(seed, noTextReason(held), 1, true);
  }

  const found = seed.meta.title ? undefined : titleInText(seed, h1Title, first?.position?.start.line ?? 1, lead);
  const title = seed.meta.title ?? found?.title ?? seed.id;
  if (!seed.meta.title && !found) {
    seedMessage(seed, 'no title found (front matter `title`, a leading `# heading` or a bold term opening the lead); using the file name', 1);
  }
  const wikipediaTitle = seed.meta.wikipedia ?? title;
  const pageUrl = wikiPageUrl(wikipediaTitle);
  const { slug, line: slugLine } = articleSlug(seed, title, found?.line, 'article');
  const licenceUrl = seed.meta.licence_url ? safeUrl(seed.meta.licence_url) : undefined;
  if (seed.meta.licence && !licenceUrl) {
    metaMessage(seed, 'licence', `front matter \`licence\` needs a \`licence_url\` (http or https); the article is attributed under ${CC_BY_SA_4.name}, Wikipedia's licence`);
  }
  const licence: Licence = seed.meta.licence && licenceUrl ? { name: seed.meta.licence, url: licenceUrl } : CC_BY_SA_4;
  const sourceUrl = (seed.meta.source_url ? safeUrl(seed.meta.source_url) : undefined) ?? pageUrl;
  const authorsUrl = safeUrl(`https://zh.wikipedia.org/w/index.php?title=${encodeTitle(wikipediaTitle)}&action=history`);

  return {
    id: slug,
    slug,
    kind: 'wiki',
    title,
    summary: leadSummary(lead),
    ...(seed.meta.date ? { date: { start: datePoint(seed.meta.date), certainty: 'stated' as const } } : {}),
    source: {
      publisher: seed.meta.publisher ?? '維基百科',
      licence,
      wikipediaTitle,
      ...(sourceUrl ? { url: sourceUrl } : {}),
      ...(authorsUrl ? { authorsUrl } : {}),
    },
    lead,
    sections,
    footnotes,
    categories,
    file: seed.path,
    slugLine,
  };
}

/**
 * Whether the article has a block (paragraph, list, table, figure …) to show.
 * One without is a title over an empty page: an error, as an empty seed file
 * is, and as a news seed with a headline but no paragraphs is.
 */
function hasText(lead: readonly Block[], sections: readonly Section[]): boolean {
  return lead.length > 0 || sections.some((s) => s.blocks.length > 0);
}

/** The error for a wiki seed without text, naming what the seed does hold. */
function noTextReason(held: { title: boolean; headings: number; categories: number; notes: number }): string {
  const parts = [
    ...(held.title ? ['a title'] : []),
    ...(held.headings ? ['headings'] : []),
    ...(held.categories ? ['category links'] : []),
    ...(held.notes ? ['a reference list'] : []),
  ];
  const what = parts.length ? `it holds only ${parts.join(', ')}` : 'nothing is left once its markup is taken out';
  return `wiki seed has no text: ${what}; expected the article's paragraphs`;
}

/** The title the text gives (its leading heading, else the bold term opening the lead), bounded with a warning at its line. */
function titleInText(seed: Seed, h1Title: string | undefined, h1Line: number, lead: readonly Block[]): { title: string; line: number } | undefined {
  if (h1Title) return { title: boundedTitle(seed, h1Title, h1Line), line: h1Line + seed.firstLine - 1 };
  const bold = openingBoldTerm(lead);
  return bold && { title: boundedTitle(seed, bold.term, bold.line - seed.firstLine + 1), line: bold.line };
}

/** The bold term that opens the lead, as in `**俄越关系**（…）是指…`, and the file line of its paragraph. */
function openingBoldTerm(lead: readonly Block[]): { term: string; line: number } | undefined {
  const para = lead.find((b) => b.type === 'paragraph');
  if (para?.type !== 'paragraph') return undefined;
  const first = para.children.find((i) => !(i.type === 'text' && i.value.trim() === ''));
  if (first?.type !== 'strong') return undefined;
  const term = inlineText(first.children, ' ').trim();
  return term ? { term, line: para.source.line } : undefined;
}


/** The first paragraph's text, cut at a sentence end. */
function leadSummary(blocks: readonly Block[]): string {
  const para = blocks.find((b) => b.type === 'paragraph');
  return para?.type === 'paragraph' ? summarise(inlineText(para.children)) : '';
}

function wikiPageUrl(title: string): SafeUrl | undefined {
  return safeUrl(`https://zh.wikipedia.org/wiki/${encodeTitle(title)}`);
}

function datePoint(iso: string) {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
  return { iso, precision } as const;
}
