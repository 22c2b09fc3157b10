/**
 * Timeline pages per variant: all events grouped by decade and year, plus one
 * page per topic and per source article (filters that need no JavaScript).
 */
import { convert } from '../convert/index.ts';
import type { Article, SiteModel, TimelineEvent, Variant } from '../model/index.ts';
import { entityLink, type EntityLink } from './entity-pages.ts';
import { dateView, pageBase, type DateView, type PageBase } from './page-base.ts';
import { uiStrings } from './ui.ts';
import { articlePath, timelinePath } from './urls.ts';

export interface EventView {
  readonly id: string;
  readonly date: DateView;
  readonly sentence: string;
  readonly articleTitle: string;
  /** The date in its paragraph. */
  readonly url: string;
  readonly topic: string;
  readonly topicId: string;
  readonly topicUrl: string;
  readonly sourceId: string;
  readonly entities: readonly EntityLink[];
}

export interface FilterLink {
  readonly label: string;
  readonly url: string;
  readonly count: number;
  readonly current: boolean;
}

export interface TimelinePage extends PageBase {
  readonly title: string;
  readonly filter?: string;
  readonly decades: readonly { readonly label: string; readonly years: readonly { readonly label: string; readonly id: string; readonly events: readonly EventView[] }[] }[];
  readonly yearless: readonly EventView[];
  readonly topics: readonly FilterLink[];
  readonly sources: readonly FilterLink[];
  readonly allUrl: string;
  readonly total: number;
}

export interface TimelineOverview {
  readonly url: string;
  readonly total: number;
  readonly decades: readonly { readonly label: string; readonly count: number; readonly url: string }[];
  readonly latest: readonly EventView[];
}

const sortKey = (e: TimelineEvent) => `${e.date.start.iso}~${e.date.end?.iso ?? ''}`;

export function timelinePages(model: SiteModel, variant: Variant, converted: readonly Article[]) {
  const ui = uiStrings(variant);
  const articles = new Map(converted.map((a) => [a.id, a]));
  const entities = new Map(model.entities.map((e) => [e.id, e]));
  const ordered = [...model.events].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const view = (e: TimelineEvent): EventView => {
    const article = articles.get(e.articleId)!;
    return {
      id: e.id,
      date: dateView(e.date, variant)!,
      sentence: convert(e.sentence, variant),
      articleTitle: article.title,
      url: `${articlePath(variant, article.slug)}#at-${e.id}`,
      topic: convert(e.topic, variant),
      topicId: e.topicId,
      topicUrl: timelinePath(variant, { topic: e.topicId }),
      sourceId: e.articleId,
      entities: e.entities.map((id) => entityLink(entities.get(id)!, variant)),
    };
  };
  const views = ordered.map(view);

  const topics = new Map<string, { label: string; count: number }>();
  const sources = new Map<string, { label: string; count: number }>();
  for (const v of views) {
    topics.set(v.topicId, { label: v.topic, count: (topics.get(v.topicId)?.count ?? 0) + 1 });
    sources.set(v.sourceId, { label: v.articleTitle, count: (sources.get(v.sourceId)?.count ?? 0) + 1 });
  }
  const filterLinks = (map: Map<string, { label: string; count: number }>, path: (id: string) => string, current?: string): FilterLink[] =>
    [...map].map(([id, t]) => ({ label: t.label, count: t.count, url: path(id), current: path(id) === current }));

  const page = (pathFor: (v: Variant) => string, list: EventView[], title: string, filter?: string): TimelinePage => {
    const base = pageBase(model, variant, pathFor, title, filter ? [{ label: ui.timeline, url: timelinePath(variant) }] : []);
    const dated = list.filter((v) => /^\d{4}/.test(v.date.datetime));
    const decades = new Map<string, Map<string, EventView[]>>();
    for (const v of dated) {
      const year = v.date.datetime.slice(0, 4);
      const decade = `${year.slice(0, 3)}0`;
      const years = decades.get(decade) ?? new Map<string, EventView[]>();
      const inYear = years.get(year);
      if (inYear) inYear.push(v);
      else years.set(year, [v]);
      decades.set(decade, years);
    }
    return {
      ...base,
      title,
      ...(filter ? { filter } : {}),
      decades: [...decades].map(([decade, years]) => ({
        label: `${decade}${ui.decade}`,
        years: [...years].map(([year, events]) => ({ label: `${year}年`, id: `y${year}`, events })),
      })),
      yearless: list.filter((v) => !/^\d{4}/.test(v.date.datetime)),
      topics: filterLinks(topics, (id) => timelinePath(variant, { topic: id }), base.url),
      // One source page per article: listing every source on each would grow with the square of the corpus.
      sources: filter ? [] : filterLinks(sources, (id) => timelinePath(variant, { source: id }), base.url),
      allUrl: timelinePath(variant),
      total: list.length,
    };
  };

  const pages: TimelinePage[] = [page((v) => timelinePath(v), views, ui.timeline)];
  const byTopic = groupBy(views, (v) => v.topicId);
  const bySource = groupBy(views, (v) => v.sourceId);
  for (const [id, t] of topics) {
    pages.push(page((v) => timelinePath(v, { topic: id }), byTopic.get(id)!, `${ui.timeline}：${t.label}`, t.label));
  }
  for (const [id, t] of sources) {
    pages.push(page((v) => timelinePath(v, { source: id }), bySource.get(id)!, `${ui.timeline}：${t.label}`, t.label));
  }
  const all = pages[0]!;
  const overview: TimelineOverview = {
    url: all.url,
    total: all.total,
    decades: all.decades.map((d) => ({
      label: d.label,
      count: d.years.reduce((n, y) => n + y.events.length, 0),
      url: `${all.url}#${d.years[0]!.id}`,
    })),
    latest: views.filter((v) => /^\d{4}/.test(v.date.datetime)).slice(-5).reverse(),
  };
  return { pages, overview };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
