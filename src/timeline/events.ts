/**
 * Timeline events: every date expression in an article's paragraphs becomes
 * an event with its sentence, paragraph anchor, section topic and the
 * entities named in that sentence. The date in the text becomes a `date`
 * inline that links to its event. A date without a year takes the year of
 * the article's own date (marked inferred); with none it stays yearless.
 * References such as 1991年以来 are not events.
 */
import type { Article, Block, DateSpan, Entity, Inline, TimelineEvent } from '../model/index.ts';
import { slugify } from '../ingest/slug.ts';
import { plainText, proseBlocks, sentenceAt } from '../link/walk.ts';
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
  const named = new Map<string, string[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const key = `${m.articleId}\0${m.blockId}\0${m.sentence}`;
      const list = named.get(key);
      if (list) list.push(e.id);
      else named.set(key, [e.id]);
    }
  }
  const events: TimelineEvent[] = [];
  const out = articles.map((article) => {
    const year = article.date && !article.date.start.yearless ? Number(article.date.start.iso.slice(0, 4)) : undefined;
    const replaced = new Map<Block, Block>();
    let n = 0;
    for (const { block, sectionId, topic } of proseBlocks(article)) {
      if (block.type !== 'paragraph') continue;
      const text = plainText(block.children);
      const matches = withoutRepeatedYears(text, findDates(text).filter((m) => !REFERENCE_AFTER.test(text.slice(m.lastIndex))));
      if (!matches.length) continue;
      const marks: { match: DateMatch; id: string; datetime: string }[] = [];
      for (const match of matches) {
        const date = spanOf(match, year);
        if (!date) continue;
        const id = `ev-${article.id}-${++n}`;
        const sentence = sentenceAt(text, match.index);
        const outside = OUTSIDE_SECTIONS[article.kind];
        events.push({
          id,
          date,
          sentence,
          text: match.text,
          articleId: article.id,
          blockId: block.id,
          ...(sectionId ? { sectionId } : {}),
          topic: topic ?? outside.label,
          topicId: topic ? slugify(topic) || sectionId! : outside.id,
          entities: named.get(`${article.id}\0${block.id}\0${sentence}`) ?? [],
        });
        marks.push({ match, id, datetime: date.start.iso });
      }
      if (marks.length) replaced.set(block, { ...block, children: markDates(block.children, marks) });
    }
    if (!replaced.size) return article;
    const swap = (blocks: readonly Block[]) => blocks.map((b) => replaced.get(b) ?? b);
    return { ...article, lead: swap(article.lead), sections: article.sections.map((s) => ({ ...s, blocks: swap(s.blocks) })) };
  });
  return { articles: out, events };
}

/**
 * A bare year in a sentence that already has a finer date in that year
 * (自2025年11月19日至21日 … 2025年彭博创新经济论坛) adds no event of its own.
 */
function withoutRepeatedYears(text: string, matches: DateMatch[]): DateMatch[] {
  return matches.filter((m) => {
    if (m.start.month !== undefined || m.end || m.start.year === undefined) return true;
    const sentence = sentenceAt(text, m.index);
    return !matches.some(
      (other) => other !== m && other.start.year === m.start.year && other.start.month !== undefined && sentenceAt(text, other.index) === sentence,
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

/** Wraps each date expression that lies within one text node in a `date` inline. */
function markDates(inlines: readonly Inline[], marks: { match: DateMatch; id: string; datetime: string }[]): Inline[] {
  let offset = 0;
  const walk = (nodes: readonly Inline[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      if (node.type === 'text') {
        const start = offset;
        offset += node.value.length;
        const inside = marks.filter((m) => m.match.index >= start && m.match.lastIndex <= offset);
        if (!inside.length) return [node];
        const parts: Inline[] = [];
        let last = 0;
        for (const m of inside) {
          const a = m.match.index - start;
          const b = m.match.lastIndex - start;
          if (a > last) parts.push({ type: 'text', value: node.value.slice(last, a) });
          parts.push({ type: 'date', eventId: m.id, datetime: m.datetime, children: [{ type: 'text', value: node.value.slice(a, b) }] });
          last = b;
        }
        if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
        return parts;
      }
      if (node.type === 'code') {
        offset += node.value.length;
        return [node];
      }
      if ('children' in node) {
        if (node.type === 'link') {
          offset += plainText(node.children).length;
          return [node];
        }
        return [{ ...node, children: walk(node.children) } as Inline];
      }
      return [node];
    });
  return walk(inlines);
}
