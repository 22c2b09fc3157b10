/**
 * Teasers after 更多: each a photo line (caption + credit, optional), a
 * headline and a summary, any of its lines perhaps carrying a date stamp.
 * Each becomes an Article of kind 'brief'.
 */
import type { Article, Block, Slug } from '../../model/index.ts';
import { isoToDateSpan } from '../../timeline/dates.ts';
import { boundedTitle, seedMessage, seedPos, type Seed } from '../seed.ts';
import { clearOfIndex, slugify, uniqueId } from '../slug.ts';
import { Anchors, figure, paragraph } from './blocks.ts';
import { briefDate } from './date-inference.ts';
import { captionRepeats, parsePhotoLine, type PhotoParts } from './figure.ts';
import type { Line } from './lines.ts';
import { isMoreMarker, isPublisherLine } from './segment.ts';
import { splitStamp } from './stamp.ts';

export interface Teaser {
  readonly photo?: { readonly parts: PhotoParts; readonly line: number };
  /** The headline, without its date stamp. */
  readonly headline?: Line;
  /** Summary lines, without a date stamp. */
  readonly summary: readonly Line[];
  /** The date stamp printed with the teaser (see stamp.ts): its day and line. */
  readonly stamp?: { readonly iso: string; readonly line: number };
}

/** Up to this many characters, a line that does not end like a sentence reads as a headline. */
const HEADLINE_MAX = 50;
const SENTENCE_END = /[。！？…]$/u;
const looksLikeHeadline = (text: string) => text.length <= HEADLINE_MAX && !SENTENCE_END.test(text);

/** A teaser line, its stamp taken off. */
interface TeaserLine {
  readonly line: Line;
  readonly kind: 'photo' | 'headline' | 'sentence' | 'stamp';
  readonly photo?: PhotoParts;
  /** The day of the stamp the line carried. */
  readonly iso?: string;
}

function teaserLine(line: Line): TeaserLine {
  const photo = parsePhotoLine(line.text);
  if (photo) return { line, kind: 'photo', photo };
  const stamp = splitStamp(line.text);
  if (!stamp) return { line, kind: looksLikeHeadline(line.text) ? 'headline' : 'sentence' };
  const text = { text: stamp.text, line: line.line };
  // A stamped line is a headline of any length, unless it ends like a sentence: then it is the summary the stamp follows.
  if (stamp.text === '') return { line: text, kind: 'stamp', iso: stamp.iso };
  return { line: text, kind: SENTENCE_END.test(stamp.text) ? 'sentence' : 'headline', iso: stamp.iso };
}

/**
 * Groups teaser lines. A photo line starts a new teaser; within a teaser the
 * first other line is the headline. A sentence (a long line, or one ending
 * like a sentence) after the headline is its summary, continued by further
 * sentences. A headline-like line (short, not ending like a sentence) starts
 * the next teaser when the current one has its summary, when a sentence
 * follows it (its own summary), when it carries a date stamp, or when the
 * list holds no sentence at all (a list of headlines: each its own teaser);
 * otherwise it is the summary of the headline before it. A line that is only
 * a date stamp dates the teaser it follows (or, before any headline, the
 * next). Agency-name lines and repeated more-markers are furniture.
 */
export function groupTeasers(lines: readonly Line[], agencies: readonly string[], moreMarkers: readonly string[]): Teaser[] {
  const items = lines.filter((l) => !isPublisherLine(l.text, agencies) && !isMoreMarker(l.text, moreMarkers)).map(teaserLine);
  const headlinesOnly = !items.some((it) => it.kind === 'sentence');
  const out: Teaser[] = [];
  let cur: { photo?: Teaser['photo']; headline?: Line; summary: Line[]; stamp?: Teaser['stamp'] } = { summary: [] };
  const flush = () => {
    if (cur.photo || cur.headline || cur.summary.length || cur.stamp) out.push(cur);
    cur = { summary: [] };
  };
  const stamp = (it: TeaserLine) => {
    if (it.iso !== undefined && !cur.stamp) cur.stamp = { iso: it.iso, line: it.line.line };
  };
  items.forEach((it, i) => {
    const empty = !cur.headline && cur.summary.length === 0;
    switch (it.kind) {
      case 'photo':
        flush();
        cur.photo = { parts: it.photo!, line: it.line.line };
        return;
      case 'stamp':
        if (cur.stamp) flush();
        stamp(it);
        return;
      case 'sentence':
        if (empty) cur.headline = it.line;
        else cur.summary.push(it.line);
        stamp(it);
        return;
      case 'headline': {
        const ownSummary = items[i + 1]?.kind === 'sentence';
        if (!empty && (cur.summary.length > 0 || headlinesOnly || it.iso !== undefined || ownSummary)) flush();
        if (!cur.headline && cur.summary.length === 0) cur.headline = it.line;
        else cur.summary.push(it.line);
        stamp(it);
        return;
      }
    }
  });
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
  const firstLine = teaser.photo?.line ?? teaser.headline?.line ?? teaser.summary[0]?.line ?? teaser.stamp?.line;
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
  // A stamp is the date the page states for the story: it comes before any date read from the text.
  const date = (teaser.stamp && isoToDateSpan(teaser.stamp.iso)) ?? briefDate([...teaser.summary.map((s) => s.text), title, caption]);
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
