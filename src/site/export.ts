/**
 * The machine-readable export in `_site/data/`: articles, entities and events
 * as JSON, text in both scripts and every URL relative to the site root.
 */
import { convert } from '../convert/index.ts';
import type { Article, Entity, SiteModel, TimelineEvent, Variant } from '../model/index.ts';
import { eventUrl, timelineLayout, type TimelineLayout } from './timeline-pages.ts';
import { articlePath, entityPath } from './urls.ts';

export interface DataFile {
  /** Root-relative output path. */
  readonly url: string;
  /** The text, or its pieces in order (large files are written piece by piece, never held whole). */
  readonly content: string | Iterable<string>;
}

/** A file's whole text. */
export const fileText = (file: DataFile): string => (typeof file.content === 'string' ? file.content : [...file.content].join(''));

const both = (text: string, variants: readonly Variant[]) => Object.fromEntries(variants.map((v) => [v, convert(text, v)]));
const urls = (variants: readonly Variant[], path: (v: Variant) => string) => Object.fromEntries(variants.map((v) => [v, path(v).slice(1)]));

export function dataFiles(model: SiteModel, layout: TimelineLayout = timelineLayout(model.events)): DataFile[] {
  const vs = model.options.variants;
  const slugOf = new Map(model.articles.map((a) => [a.id, a.slug]));
  const article = (a: Article) => ({
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    title: both(a.title, vs),
    summary: both(a.summary, vs),
    date: a.date ?? null,
    source: a.source,
    categories: a.categories,
    parent: a.parent ?? null,
    file: a.file,
    urls: urls(vs, (v) => articlePath(v, a.slug)),
    related: model.related[a.id] ?? [],
  });
  const entity = (e: Entity) => ({
    id: e.id,
    title: both(e.title, vs),
    aliases: e.aliases,
    kind: e.kind,
    wikipediaTitle: e.wikipediaTitle,
    urls: e.hasPage ? urls(vs, (v) => entityPath(v, e.id)) : null,
    article: e.article ?? null,
    // Where each mention is; its sentence is in the article (the pages quote it).
    mentions: e.mentions.map((m) => ({ articleId: m.articleId, blockId: m.blockId, ...(m.sectionId ? { sectionId: m.sectionId } : {}) })),
    related: e.related,
  });
  const event = (e: TimelineEvent) => ({
    id: e.id,
    start: e.date.start,
    end: e.date.end ?? null,
    certainty: e.date.certainty,
    approximate: e.date.approximate === true,
    reason: e.date.reason ?? null,
    text: e.text,
    sentence: both(e.sentence, vs),
    articleId: e.articleId,
    blockId: e.blockId,
    topic: both(e.topic, vs),
    topicId: e.topicId,
    entities: e.entities,
    urls: urls(vs, (v) => `${articlePath(v, slugOf.get(e.articleId)!)}#at-${e.id}`),
    timeline: urls(vs, (v) => eventUrl(layout, v, e.id)),
  });
  // One item per line; the items are made as they are written.
  function* lines<T>(items: readonly T[], view: (item: T) => unknown): Generator<string> {
    yield '{"version":1,"items":[\n';
    let first = true;
    for (const item of items) {
      yield `${first ? '' : ',\n'}${JSON.stringify(view(item))}`;
      first = false;
    }
    yield '\n]}\n';
  }
  const file = <T>(name: string, items: readonly T[], view: (item: T) => unknown): DataFile => ({
    url: `/data/${name}.json`,
    content: { [Symbol.iterator]: () => lines(items, view) },
  });
  return [file('articles', model.articles, article), file('entities', model.entities, entity), file('events', model.events, event)];
}
