/**
 * Teasers after 更多: each a photo line (caption + credit, optional), a
 * headline and a summary. Each becomes an Article of kind 'brief'.
 */
import type { Article, Block, Slug } from '../../model/index.ts';
import { boundedTitle, seedMessage, seedPos, type Seed } from '../seed.ts';
import { clearOfIndex, slugify, uniqueId } from '../slug.ts';
import { Anchors, figure, paragraph } from './blocks.ts';
import { briefDate } from './date-inference.ts';
import { captionRepeats, parsePhotoLine, type PhotoParts } from './figure.ts';
import type { Line } from './lines.ts';
import { isMoreMarker, isPublisherLine } from './segment.ts';

export interface Teaser {
  readonly photo?: { readonly parts: PhotoParts; readonly line: number };
  readonly headline?: Line;
  readonly summary: readonly Line[];
}

/** Up to this many characters, a line that does not end like a sentence reads as a headline. */
const HEADLINE_MAX = 50;
const looksLikeHeadline = (text: string) => text.length <= HEADLINE_MAX && !/[。！？…]$/u.test(text);

/**
 * Groups teaser lines. A photo line starts a new teaser. Within a teaser the
 * first other line is the headline and the next is the summary; a further
 * line continues the summary unless it looks like a headline (short, not
 * ending like a sentence), which starts the next teaser (one without a photo).
 * Agency-name lines and repeated more-markers are furniture.
 */
export function groupTeasers(lines: readonly Line[], agencies: readonly string[], moreMarkers: readonly string[]): Teaser[] {
  const out: Teaser[] = [];
  let cur: { photo?: Teaser['photo']; headline?: Line; summary: Line[] } = { summary: [] };
  const flush = () => {
    if (cur.photo || cur.headline || cur.summary.length) out.push(cur);
    cur = { summary: [] };
  };
  for (const line of lines) {
    if (isPublisherLine(line.text, agencies) || isMoreMarker(line.text, moreMarkers)) continue;
    const photo = parsePhotoLine(line.text);
    if (photo) {
      flush();
      cur.photo = { parts: photo, line: line.line };
    } else if (!cur.headline && cur.summary.length === 0) {
      cur.headline = line;
    } else if (cur.summary.length === 0) {
      cur.summary.push(line);
    } else if (looksLikeHeadline(line.text)) {
      flush();
      cur.headline = line;
    } else {
      cur.summary.push(line);
    }
  }
  flush();
  return out;
}

export interface BriefContext {
  readonly seed: Seed;
  readonly parentId: string;
  readonly source: Article['source'];
  /** Ids already used by articles from this seed; updated. */
  readonly taken: Set<string>;
  readonly maxSlugLength: number;
}

/**
 * The brief for one teaser; undefined (with a warning) when it has no
 * headline. Its photo caption is left out, with the credit, when it only
 * repeats the headline or the summary (see captionRepeats).
 */
export function briefArticle(teaser: Teaser, ctx: BriefContext): Article | undefined {
  const { seed } = ctx;
  const firstLine = teaser.photo?.line ?? teaser.headline?.line ?? teaser.summary[0]?.line;
  if (!teaser.headline) {
    seedMessage(seed, 'a teaser after 更多 has no headline; it was left out', firstLine);
    return undefined;
  }
  const title = boundedTitle(seed, teaser.headline.text, teaser.headline.line);
  const anchors = new Anchors();
  const lead: Block[] = [];
  const summary = teaser.summary.map((s) => s.text);
  if (teaser.photo && !captionRepeats(teaser.photo.parts.caption, title, summary)) lead.push(figure(anchors, teaser.photo.parts, seedPos(seed, teaser.photo.line)));
  for (const s of teaser.summary) lead.push(paragraph(anchors, s.text, seedPos(seed, s.line)));
  const base = clearOfIndex(slugify(title, ctx.maxSlugLength) || `${ctx.parentId}-brief`, 'article');
  const id = uniqueId(base, ctx.taken);
  const caption = teaser.photo?.parts.caption ?? '';
  const date = briefDate([...teaser.summary.map((s) => s.text), title, caption]);
  return {
    id,
    slug: id as Slug,
    kind: 'brief',
    title,
    summary: teaser.summary[0]?.text ?? caption,
    ...(date ? { date } : {}),
    source: ctx.source,
    lead,
    sections: [],
    footnotes: [],
    categories: [],
    parent: ctx.parentId,
    file: seed.path,
    slugLine: seedPos(seed, teaser.headline.line).line,
  };
}
