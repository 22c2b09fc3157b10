/**
 * Timeline events: every date expression in an article's text (paragraphs,
 * list items, quotes, table cells) becomes an event with its sentence, paragraph anchor, section topic and the
 * entities named in that sentence. The date in the text becomes a `date`
 * inline that links to its event. A date without a year takes the year of
 * the article's own date (marked inferred); with none it stays yearless.
 * References such as 1991年以来 are not events.
 */
import type { Article, Block, DateSpan, Entity, Inline, Mention, TimelineEvent } from '../model/index.ts';
import { slugify } from '../ingest/slug.ts';
import { plainText, Sentences } from '../link/walk.ts';
import { findDates, toDateSpan, type DateMatch } from './dates.ts';

const REFERENCE_AFTER = /^\s*(?:以来|以來|至今|迄今|之前|以前|前后|前後)/u;

/** Topic ids and labels for blocks outside any section, by article kind. */
const OUTSIDE_SECTIONS: Record<Article['kind'], { id: string; label: string }> = {
  wiki: { id: 'gai-yao', label: '概要' },
  news: { id: 'xin-wen', label: '新聞' },
  brief: { id: 'jian-xun', label: '簡訊' },
};

export interface EventResult {
  readonly articles: Article[];
  readonly events: TimelineEvent[];
}

export function extractEvents(articles: readonly Article[], entities: readonly Entity[]): EventResult {
  // The mentions of each article's blocks, with their entity, in entity order. Sentences are compared only for
  // the few blocks with events: indexing every mention by its sentence cost more than the rest of the pass.
  const mentioned = new Map<string, Map<string, [string, Mention][]>>();
  for (const e of entities) {
    let list: [string, Mention][] | undefined;
    let last: Mention | undefined;
    for (const m of e.mentions) {
      if (m.articleId !== last?.articleId || m.blockId !== last.blockId) {
        let blocks = mentioned.get(m.articleId);
        if (!blocks) mentioned.set(m.articleId, (blocks = new Map()));
        list = blocks.get(m.blockId);
        if (!list) blocks.set(m.blockId, (list = []));
      }
      list!.push([e.id, m]);
      last = m;
    }
  }
  const events: TimelineEvent[] = [];
  const out = articles.map((article) => {
    const found = new ArticleEvents(article, mentioned.get(article.id));
    const lead = found.blocks(article.lead);
    const sections = article.sections.map((s) => {
      const blocks = found.blocks(s.blocks, s.id, plainText(s.heading));
      return blocks === s.blocks ? s : { ...s, blocks };
    });
    if (!found.events.length) return article;
    events.push(...found.events);
    return { ...article, lead, sections };
  });
  return { articles: out, events };
}

/** Where a run of text sits: its section, and the anchor of the block that holds it. */
interface Place {
  readonly sectionId?: string;
  readonly topic?: string;
}

/**
 * The events of one article, in reading order, from every block with
 * sentences: paragraphs, list items (nested lists too), quotes and table cells
 * (the header row names columns, it holds no events). Figures, code and the
 * headlines of other stories hold none.
 */
class ArticleEvents {
  readonly events: TimelineEvent[] = [];
  private n = 0;
  private readonly year: number | undefined;

  constructor(
    private readonly article: Article,
    private readonly mentions: Map<string, [string, Mention][]> | undefined,
  ) {
    const date = article.date;
    this.year = date && !date.start.yearless ? Number(date.start.iso.slice(0, 4)) : undefined;
  }

  /** The blocks with their dates marked; the same array when none changed. */
  blocks(blocks: readonly Block[], sectionId?: string, topic?: string): readonly Block[] {
    const place: Place = { ...(sectionId ? { sectionId } : {}), ...(topic ? { topic } : {}) };
    let changed = false;
    const out = blocks.map((b) => {
      const next = this.block(b, place);
      if (next !== b) changed = true;
      return next;
    });
    return changed ? out : blocks;
  }

  private block(block: Block, place: Place): Block {
    switch (block.type) {
      case 'paragraph': {
        const children = this.inlines(block.children, block.id, place);
        return children === block.children ? block : { ...block, children };
      }
      case 'list': {
        let changed = false;
        const items = block.items.map((item) => {
          const next = this.blocks(item, place.sectionId, place.topic);
          if (next !== item) changed = true;
          return next;
        });
        return changed ? { ...block, items } : block;
      }
      case 'quote': {
        const children = this.blocks(block.children, place.sectionId, place.topic);
        return children === block.children ? block : { ...block, children };
      }
      case 'table': {
        let changed = false;
        const rows = block.rows.map((row, r) => {
          if (r === 0) return row;
          const sentence = row.map((cell) => plainText(cell).trim()).filter(Boolean).join('，');
          const cells = row.map((cell) => this.inlines(cell, block.id, place, sentence));
          if (cells.some((c, i) => c !== row[i])) changed = true;
          return cells;
        });
        return changed ? { ...block, rows } : block;
      }
      default:
        return block;
    }
  }

  /**
   * The inlines of one run of text with each event's date marked; the same
   * array when it has none. `sentence` stands for every date's sentence (a
   * table row for its cells).
   */
  private inlines(inlines: readonly Inline[], blockId: string, place: Place, sentence?: string): readonly Inline[] {
    const text = plainText(inlines);
    const found = findDates(text);
    if (!found.length) return inlines;
    const sentences = new Sentences(text);
    const inBlock = this.mentions?.get(blockId);
    const named = new Map<string, string[]>();
    /** The entities named in a sentence of the block: one list per sentence, as an index by sentence gave. */
    const namedIn = (sentence: string): string[] => {
      let ids = named.get(sentence);
      if (!ids) named.set(sentence, (ids = inBlock?.filter(([, m]) => m.sentence === sentence).map(([id]) => id) ?? []));
      return ids.length ? ids : [];
    };
    const matches = withoutRepeatedYears(sentences, found.filter((m) => !REFERENCE_AFTER.test(text.slice(m.lastIndex))));
    const { article } = this;
    const marks: Mark[] = [];
    const made: TimelineEvent[] = [];
    for (const match of matches) {
      const date = spanOf(match, this.year);
      if (!date) continue;
      const id = `ev-${article.id}-${++this.n}`;
      const said = sentence ?? sentences.at(match.index);
      const outside = OUTSIDE_SECTIONS[article.kind];
      made.push({
        id,
        date,
        sentence: said,
        text: match.text,
        articleId: article.id,
        blockId,
        ...(place.sectionId ? { sectionId: place.sectionId } : {}),
        topic: place.topic ?? outside.label,
        topicId: place.topic ? slugify(place.topic) || place.sectionId! : outside.id,
        entities: namedIn(said),
      });
      marks.push({ match, id, datetime: date.start.iso });
    }
    if (!marks.length) return inlines;
    const { children, placed } = markDates(inlines, marks);
    for (const e of made) if (placed.has(e.id)) this.events.push(e);
    return children;
  }
}

/**
 * A bare year in a sentence that already has a finer date in that year
 * (自2025年11月19日至21日 … 2025年彭博创新经济论坛) adds no event of its own.
 */
function withoutRepeatedYears(sentences: Sentences, matches: DateMatch[]): DateMatch[] {
  return matches.filter((m) => {
    if (m.start.month !== undefined || m.end || m.start.year === undefined) return true;
    const sentence = sentences.at(m.index);
    return !matches.some(
      (other) => other !== m && other.start.year === m.start.year && other.start.month !== undefined && sentences.at(other.index) === sentence,
    );
  });
}

function spanOf(match: DateMatch, year: number | undefined): DateSpan | undefined {
  const approximate = match.approximate ? ({ approximate: true } as const) : {};
  if (match.start.year !== undefined) {
    const span = toDateSpan(match);
    return span && { ...span, ...approximate };
  }
  if (year !== undefined) {
    const span = toDateSpan(match, { defaultYear: year, reason: '年份取自所在報導的日期' });
    return span && { ...span, ...approximate };
  }
  const span = toDateSpan(match, { yearless: true });
  return span && { ...span, ...approximate };
}

/**
 * Wraps each date expression in a `date` inline, wherever it sits: in plain
 * text, emphasis, link text (rendered without a link of its own). A date
 * split over nodes (1945年 before a link whose text goes on 八月) is wrapped
 * where it starts. Returns the inlines and the ids of the marks placed: a
 * date with no text node to hold it (one inside code) gets no anchor, so it
 * must not become an event.
 */
function markDates(inlines: readonly Inline[], marks: readonly Mark[]): { children: Inline[]; placed: Set<string> } {
  const marker = new DateMarker(marks);
  return { children: marker.walk(inlines), placed: marker.placed };
}

interface Mark {
  readonly match: DateMatch;
  readonly id: string;
  readonly datetime: string;
}

/** The walk of markDates, keeping the offset of the next text node in the text the dates were found in. */
class DateMarker {
  private offset = 0;
  readonly placed = new Set<string>();

  constructor(private readonly marks: readonly Mark[]) {}

  walk(nodes: readonly Inline[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (node.type === 'text') this.text(node, out);
      else if (node.type === 'code') {
        this.offset += node.value.length;
        out.push(node);
      } else if (node.type === 'date') {
        this.offset += plainText(node.children).length;
        out.push(node);
      } else if ('children' in node) out.push({ ...node, children: this.walk(node.children) } as Inline);
      else out.push(node);
    }
    return out;
  }

  private text(node: Extract<Inline, { type: 'text' }>, out: Inline[]): void {
    const start = this.offset;
    const end = (this.offset += node.value.length);
    const inside = this.marks.filter((m) => !this.placed.has(m.id) && m.match.index < end && m.match.lastIndex > start);
    if (!inside.length) {
      out.push(node);
      return;
    }
    let last = 0;
    for (const m of inside) {
      const a = Math.max(m.match.index, start) - start;
      const b = Math.min(m.match.lastIndex, end) - start;
      if (a < last) continue;
      if (a > last) out.push({ type: 'text', value: node.value.slice(last, a) });
      out.push({ type: 'date', eventId: m.id, datetime: m.datetime, children: [{ type: 'text', value: node.value.slice(a, b) }] });
      this.placed.add(m.id);
      last = b;
    }
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  }
}
