/**
 * Timeline events: every date expression in an article's text (paragraphs,
 * list items, quotes, table cells) becomes an event with its sentence, paragraph anchor, section topic and the
 * entities named in that sentence. The date in the text becomes a `date`
 * inline that links to its event. A date without a year takes the year of
 * the article's own date (marked inferred); with none it stays yearless.
 * Not events: references such as 1991年以来, the months of a statistic
 * (今年1-10月), and what context.ts tells apart: a year in a title
 * (《1982年联合国海洋法公约》), a comparison (比2017年下降), a source's
 * publication (据越通社11月4日报道), an as-of time (截至4日上午8时).
 */
import type { Article, Block, DateSpan, Entity, Inline, Mention, TimelineEvent } from '../model/index.ts';
import { slugify } from '../ingest/slug.ts';
import { plainText } from '../link/walk.ts';
import { ruleSpans } from '../convert/rules.ts';
import { inSpans } from '../text/spans.ts';
import { findDates, findDays, inMonth, toDateSpan, type DateMatch, type DateParts, type DayMatch } from './dates.ts';
import { notAnEvent, titleSpans } from './context.ts';
import { EventSentences, sentenceKey } from './sentences.ts';

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
      const heading = plainText(s.heading);
      if (SOURCES_HEADING.test(heading.trim())) return s;
      const blocks = found.blocks(s.blocks, s.id, heading);
      return blocks === s.blocks ? s : { ...s, blocks };
    });
    if (!found.events.length) return article;
    events.push(...found.events);
    return { ...article, lead, sections };
  });
  return { articles: out, events };
}

/**
 * Sections that list sources or links, not events (a reference list the wiki
 * ingest left in the body, 外部連結): their dates are publication dates.
 */
const SOURCES_HEADING =
  /^(?:參考|参考|參見|参见|參考資料|参考资料|參考文獻|参考文献|參考來源|参考来源|來源|来源|注釋|注释|註釋|腳註|脚注|註腳|附註|附注|引用|外部連結|外部链接|外部鏈接|延伸閱讀|延伸阅读|扩展阅读|擴展閱讀|相關條目|相关条目|references?|notes?|sources?|see also|external links|further reading)$/i;

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
  /** The year of the report's own date. */
  private readonly year: number | undefined;
  /** A report's own month and day (from its dateline), for days written without a month (本月4日, 11日). */
  private readonly month: { readonly month: number; readonly day?: number } | undefined;
  /** The year of the last date read, for 同年. */
  private lastYear: number | undefined;

  constructor(
    private readonly article: Article,
    private readonly mentions: Map<string, [string, Mention][]> | undefined,
  ) {
    const date = article.date?.start;
    this.year = date && !date.yearless ? Number(date.iso.slice(0, 4)) : undefined;
    if (date && date.precision !== 'year' && !date.xun && article.kind !== 'wiki') {
      const [month, day] = (date.yearless ? date.iso : date.iso.slice(5)).split('-').map(Number);
      this.month = { month: month!, ...(day !== undefined ? { day } : {}) };
    }
  }

  /**
   * The span of a date in a run of text; `previous` is the last date before it
   * in the same run. A date without a year takes, in this order: the last
   * year read when the text says 同年 (the match then includes it); the
   * report's year; the year of the previous date in the same run, when it
   * does not go back in time from that date (1945年八月…9月2日). A day
   * without a month takes the report's month and year. Otherwise a day stays
   * yearless, and anything coarser is no event.
   */
  private date(match: DateMatch | DayMatch, text: string, previous: DateParts | undefined): { match: DateMatch; date: DateSpan } | undefined {
    const approximate = match.approximate ? ({ approximate: true } as const) : {};
    const done = (m: DateMatch, span: DateSpan | undefined) => {
      if (!span) return undefined;
      const y = Number(span.end?.iso.slice(0, 4) ?? span.start.iso.slice(0, 4));
      if (!span.start.yearless) this.lastYear = y;
      return { match: m, date: { ...span, ...approximate } };
    };
    if (match.start.year !== undefined) return done(match, toDateSpan(match));
    if (match.start.month === undefined) {
      const here = this.month;
      if (!here || (!('thisMonth' in match && match.thisMonth) && here.day !== undefined && match.start.day! > here.day)) return undefined;
      const parts = inMonth(match, here.month, this.year);
      const span = parts && toDateSpan(parts, { yearless: true });
      const reason = this.year !== undefined ? '月份和年份取自所在報導的日期' : '月份取自所在報導的日期';
      return done(match, span && { ...span, certainty: 'inferred', reason });
    }
    const same = SAME_YEAR.exec(text.slice(Math.max(0, match.index - 4), match.index));
    if (same && this.lastYear !== undefined) {
      const widened = { ...match, index: match.index - same[0].length, text: same[0] + match.text };
      return done(widened, toDateSpan(match, { defaultYear: this.lastYear, reason: `年份取自上文的${this.lastYear}年（${same[1]}）` }));
    }
    if (this.year !== undefined) return done(match, toDateSpan(match, { defaultYear: this.year, reason: '年份取自所在報導的日期' }));
    if (previous?.year !== undefined && compareParts(match.start, { ...previous, year: undefined }) >= 0) {
      return done(match, toDateSpan(match, { defaultYear: previous.year, reason: `年份取自上文的${previous.year}年` }));
    }
    return done(match, toDateSpan(match, { yearless: true }));
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
          const texts = row.map((cell) => plainText(cell).trim());
          // The link pass gives a mention in a cell the cell's sentence: the row names what its cells name.
          const row_: Row = { sentence: texts.filter(Boolean).join('，'), keys: new Set(texts.flatMap(sentenceKeys)) };
          const cells = row.map((cell) => this.inlines(cell, block.id, place, row_));
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
   * array when it has none. `row` stands for every date's sentence (a table
   * row for its cells).
   */
  private inlines(inlines: readonly Inline[], blockId: string, place: Place, row?: Row): readonly Inline[] {
    const text = plainText(inlines);
    const found: (DateMatch | DayMatch)[] = findDates(text);
    if (this.month) {
      const days = findDays(text).filter((d) => !found.some((m) => m.index < d.lastIndex && d.index < m.lastIndex));
      if (days.length) {
        found.push(...days);
        found.sort((a, b) => a.index - b.index);
      }
    }
    if (!found.length) return inlines;
    const sentences = new EventSentences(text);
    const inBlock = this.mentions?.get(blockId);
    const named = new Map<string, string[]>();
    // Each mention's sentence key, made once for the block rather than once per dated sentence.
    let keyed: (readonly [id: string, key: string])[] | undefined;
    /**
     * The entities named in a sentence of the block (or in a table row's cells), one list per sentence. The
     * link pass cut the same sentences, but may show them with other quote marks: they are compared by key.
     */
    const namedIn = (sentence: string): string[] => {
      let ids = named.get(sentence);
      if (!ids) {
        const keys = row?.keys ?? new Set([sentenceKey(sentence)]);
        keyed ??= (inBlock ?? []).map(([id, m]) => [id, sentenceKey(m.sentence)] as const);
        // One entry per entity: a row's cells may each name it.
        named.set(sentence, (ids = [...new Set(keyed.filter(([, key]) => keys.has(key)).map(([id]) => id))]));
      }
      return ids;
    };
    const titles = titleSpans(text);
    // A date inside a conversion rule (-{zh-hans:…;zh-hant:…}-) is not marked: its link would split the rule, which the converter then shows as written.
    const rules = text.includes('-{') ? ruleSpans(text) : [];
    const matches = withoutRepeatedYears(
      sentences,
      found.filter((m) => !m.statistics && !REFERENCE_AFTER.test(text.slice(m.lastIndex)) && !notAnEvent(text, m, titles) && !(rules.length && inSpans(rules, m.index))),
      this.month ? this.year : undefined,
    );
    const { article } = this;
    const marks: Mark[] = [];
    const made: TimelineEvent[] = [];
    let previous: DateParts | undefined;
    for (const written of matches) {
      const read = this.date(written, text, previous);
      if (!read) continue;
      const { match, date } = read;
      previous = partsOf(date);
      const id = `ev-${article.id}-${++this.n}`;
      const said = row?.sentence ?? sentences.at(match.index);
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

/** A table row: the sentence its events show (its cells joined), and the keys of its cells' sentences, for their mentions. */
interface Row {
  readonly sentence: string;
  readonly keys: ReadonlySet<string>;
}

/** The keys of every sentence of a text, as the link pass cuts them. */
function sentenceKeys(text: string): string[] {
  if (!text) return [];
  const sentences = new EventSentences(text);
  const keys = new Set<string>();
  for (let i = 0; i < text.length; i++) keys.add(sentenceKey(sentences.at(i)));
  return [...keys];
}

/** 同年 (the same year as the date before) and its kin, just before a date without a year. */
const SAME_YEAR = /(同年|同一年|當年|当年|該年|该年|是年)\s?$/;

/** The parts of a span's end (or start), for comparing the next date with it. */
function partsOf(span: DateSpan): DateParts | undefined {
  const p = span.end ?? span.start;
  if (p.yearless) return undefined;
  const [y, m, d] = p.iso.split('-').map(Number);
  return { year: y!, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** Negative when `a` is earlier than `b` by month and day (a missing part counts as 0). */
function compareParts(a: DateParts, b: DateParts): number {
  return (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * A bare year in a sentence that already has a finer date in that year
 * (自2025年11月19日至21日 … 2025年彭博创新经济论坛) adds no event of its own; nor
 * does one in a report of that year beside a month and day that take the
 * report's year (6月6日晚，2025年顺化传统手工艺节…开幕).
 */
function withoutRepeatedYears(sentences: EventSentences, matches: DateMatch[], reportYear: number | undefined): DateMatch[] {
  return matches.filter((m) => {
    if (m.start.month !== undefined || m.end || m.start.year === undefined) return true;
    const sentence = sentences.at(m.index);
    return !matches.some(
      (other) =>
        other !== m && other.start.month !== undefined && (other.start.year ?? reportYear) === m.start.year && sentences.at(other.index) === sentence,
    );
  });
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
