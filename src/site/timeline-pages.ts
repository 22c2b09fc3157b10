/**
 * Timeline pages per variant: every event in date order, and the events of
 * each topic (filters that need no JavaScript).
 *
 * A timeline that fits on one page (PAGE_SIZE.events) is one page, grouped
 * by decade and year. A longer one is split into periods: a decade per page,
 * or a year per page in a decade too full for one, or parts of a year; events
 * without a year come last. Its first page then lists the periods. Which page
 * an event is on depends only on the dates, so it is the same in every script.
 * The events of one source article are listed on the article itself.
 */
import { convert } from '../convert/index.ts';
import type { SiteModel, TimelineEvent, Variant } from '../model/index.ts';
import { entityLink, type ArticleRef, type EntityLink } from './entity-pages.ts';
import { html } from '../render/html.ts';
import { dateView, pageBase, type DateView, type PageBase } from './page-base.ts';
import { PAGE_SIZE } from './paginate.ts';
import { uiStrings, type UiStrings } from './ui.ts';
import { articlePath, relativeHref, timelinePath } from './urls.ts';

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
  readonly entities: readonly EntityLink[];
}

export interface FilterLink {
  readonly label: string;
  readonly url: string;
  readonly count: number;
  readonly current: boolean;
}

export interface YearGroup {
  readonly label: string;
  readonly id: string;
  /** Each event's `<li>`, markup (see `eventItem`). */
  readonly events: readonly string[];
}

export interface TimelinePage extends PageBase {
  readonly title: string;
  /** The topic shown, when the page is filtered. */
  readonly filter?: string;
  readonly decades: readonly { readonly label: string; readonly years: readonly YearGroup[] }[];
  /** The `<li>`s of the events without a year. */
  readonly yearless: readonly string[];
  readonly topics: readonly FilterLink[];
  /** When this timeline spans several pages: the way to each of them (see PeriodNav). */
  readonly periods?: PeriodNav;
  readonly prev?: string;
  readonly next?: string;
  readonly allUrl: string;
  /** Events in this timeline (all pages). */
  readonly total: number;
}

export interface TimelineOverview {
  readonly url: string;
  readonly total: number;
  readonly decades: readonly { readonly label: string; readonly count: number; readonly url: string }[];
  readonly latest: readonly EventView[];
}

/**
 * The links from a page of a split timeline to the others, bounded whatever
 * the corpus: every decade (and the undated events), the years of the
 * current decade, and the parts of the current year near the current one.
 * Prev and next links walk the periods one by one.
 */
export interface PeriodNav {
  readonly decades: readonly FilterLink[];
  readonly years: readonly FilterLink[];
  readonly parts: readonly FilterLink[];
}

/** Parts of a year listed either side of the current one. */
const NEAR_PARTS = 10;

/** A page of a split timeline, the same in every script. */
interface Period {
  readonly slug: string;
  readonly label: (ui: UiStrings) => string;
  readonly events: readonly TimelineEvent[];
  /** The decade (`1990s`, or `undated`) and year (when the decade is split by year) it belongs to. */
  readonly decade: string;
  readonly year?: string;
}

/** Date order, yearless dates (`MM-DD`) last, as the timeline lists them under 年份不詳. */
const sortKey = (e: TimelineEvent) => `${e.date.start.yearless ? '~' : ''}${e.date.start.iso}~${e.date.end?.iso ?? ''}`;
const isDated = (e: TimelineEvent) => !e.date.start.yearless;
const yearOf = (e: TimelineEvent) => e.date.start.iso.slice(0, 4);
const decadeOf = (e: TimelineEvent) => `${e.date.start.iso.slice(0, 3)}0`;

export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e) => ({ e, k: sortKey(e) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.e);
}

/** Years and decades as readers write them: 938年 and 930年代, not the zero-padded 0938 of their keys. */
const yearLabel = (year: string) => `${Number(year)}年`;
const decadeLabel = (decade: string, ui: UiStrings) => `${Number(decade)}${ui.decade}`;

/** Splits `list` into parts of at most `size`, labelled k/n when there is more than one. */
function parts(list: readonly TimelineEvent[], slug: string, label: (ui: UiStrings) => string, group: { decade: string; year?: string }): Period[] {
  const n = Math.ceil(list.length / PAGE_SIZE.events);
  return Array.from({ length: n }, (_, i) => ({
    slug: i === 0 ? slug : `${slug}-${i + 1}`,
    label: n === 1 ? label : (ui: UiStrings) => `${label(ui)}（${i + 1}/${n}）`,
    events: list.slice(i * PAGE_SIZE.events, (i + 1) * PAGE_SIZE.events),
    ...group,
  }));
}

/** The periods of a chronological list of events, or undefined when they fit on one page. */
function periodsOf(ordered: readonly TimelineEvent[]): Period[] | undefined {
  if (ordered.length <= PAGE_SIZE.events) return undefined;
  const out: Period[] = [];
  for (const [decade, inDecade] of groupBy(ordered.filter(isDated), decadeOf)) {
    if (inDecade.length <= PAGE_SIZE.events) {
      out.push({ slug: `${decade}s`, label: (ui) => decadeLabel(decade, ui), events: inDecade, decade: `${decade}s` });
      continue;
    }
    for (const [year, inYear] of groupBy(inDecade, yearOf)) out.push(...parts(inYear, year, () => yearLabel(year), { decade: `${decade}s`, year }));
  }
  out.push(...parts(ordered.filter((e) => !isDated(e)), 'undated', (ui) => ui.yearUnknown, { decade: 'undated' }));
  return out;
}

export interface TimelineLayout {
  readonly ordered: readonly TimelineEvent[];
  readonly periods?: readonly Period[];
  /** The period slug of each event (none when the timeline is one page). */
  readonly periodOf: ReadonlyMap<string, string>;
}

export function timelineLayout(events: readonly TimelineEvent[]): TimelineLayout {
  const ordered = chronological(events);
  const periods = periodsOf(ordered);
  const periodOf = new Map<string, string>();
  for (const p of periods ?? []) for (const e of p.events) periodOf.set(e.id, p.slug);
  return { ordered, ...(periods ? { periods } : {}), periodOf };
}

/** Root-relative URL of an event on the full timeline, in a variant. */
export function eventUrl(layout: TimelineLayout, variant: Variant, eventId: string): string {
  const period = layout.periodOf.get(eventId);
  return `${timelinePath(variant, period ? { period } : {})}#${eventId}`;
}

/**
 * An event's `<li>` on a timeline page. It is written here rather than in
 * the template because a page lists up to PAGE_SIZE.events of them, each
 * twice per script (the full timeline and its topic's): there the template's
 * per-value lookups were half the cost of a timeline page. `from` is any
 * timeline page: they are all in one folder, so the links are the same from
 * each.
 */
export function eventItem(v: EventView, from: string, ui: UiStrings): string {
  const d = v.date;
  const rel = (to: string) => relativeHref(from, to);
  const time = html`<time datetime="${d.datetime}">${d.startLabel}</time>${d.endDatetime !== undefined && html`至<time datetime="${d.endDatetime}">${d.endLabel}</time>`}`;
  const inferred = d.inferred && html` <span class="inferred"${d.reason !== undefined && html` title="${d.reason}"`}>（${ui.inferred}）</span>`;
  const entities = v.entities.map(
    (e, i) => html`${i > 0 && '、'}<a href="${e.external ? e.url : rel(e.url)}"${e.external && html` class="wikilink" rel="noopener"`}>${e.title}</a>`,
  );
  return html`<li class="event" id="${v.id}">
  <p class="event-date">${d.approximate && ui.approximate}${time}${inferred}</p>
  <p class="event-sentence">${v.sentence}</p>
  <p class="event-meta"><a href="${rel(v.url)}">${v.articleTitle}</a> · <a href="${rel(v.topicUrl)}">${v.topic}</a>${entities.length > 0 && html` · ${entities}`}</p>
</li>`.value;
}

/**
 * Event `<li>`s held at once while a script's timeline pages are made (see
 * `pages` in `timelinePages`): about 20 MB of markup at most.
 */
const MAX_HELD_ITEMS = 20_000;

/** A timeline page to make, and the events it lists. */
interface PageSpec {
  readonly events: readonly TimelineEvent[];
  readonly make: () => TimelinePage;
}

const inFolder = (url: string) => url.slice(0, url.lastIndexOf('/') + 1);

/** The timeline pages of a variant, made one at a time as they are rendered, and the overview for the home page. */
export function timelinePages(model: SiteModel, variant: Variant, articles: ReadonlyMap<string, ArticleRef>, layout = timelineLayout(model.events)) {
  const ui = uiStrings(variant);
  const entities = new Map(model.entities.map((e) => [e.id, e]));
  const links = new Map<string, EntityLink>();
  const linkTo = (id: string) => {
    let link = links.get(id);
    if (!link) links.set(id, (link = entityLink(entities.get(id)!, variant, articles)));
    return link;
  };
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
      entities: e.entities.map(linkTo),
    };
  };

  /**
   * Each event's `<li>`, made once for the two timelines that list it (see
   * `pages`) and dropped when the second has been made; at most
   * MAX_HELD_ITEMS are held, and an event beyond them is made twice.
   */
  const folder = timelinePath(variant);
  const items = new Map<string, string>();
  const itemOf = (e: TimelineEvent): string => {
    let item = items.get(e.id);
    if (item === undefined) {
      item = eventItem(view(e), folder, ui);
      if (items.size < MAX_HELD_ITEMS) items.set(e.id, item);
    }
    return item;
  };

  const byTopic = groupBy(layout.ordered, (e) => e.topicId);
  const topicLabel = new Map([...byTopic].map(([id, list]) => [id, convert(list[0]!.topic, variant)]));
  const topicLinks = (current: string): FilterLink[] =>
    [...byTopic].map(([id, list]) => {
      const url = timelinePath(variant, { topic: id });
      return { label: topicLabel.get(id)!, count: list.length, url, current: url === current };
    });

  /** The pages of one timeline: all events, or one topic's. */
  function timeline(ordered: readonly TimelineEvent[], periods: readonly Period[] | undefined, topic?: string): PageSpec[] {
    const title = topic ? `${ui.timeline}：${topicLabel.get(topic)!}` : ui.timeline;
    const first = (v: Variant) => timelinePath(v, topic ? { topic } : {});
    const periodPath = (v: Variant, period: string) => timelinePath(v, { ...(topic ? { topic } : {}), period });
    const eventCount = (ps: readonly Period[]) => ps.reduce((n, p) => n + p.events.length, 0);
    /** The periods by decade, then by year (`''`: a decade, or the undated events, not split by year), with each group's first period and events counted. */
    const decades = new Map(
      [...groupBy(periods ?? [], (p) => p.decade)].map(([decade, ps]) => {
        const years = new Map([...groupBy(ps, (p) => p.year ?? '')].map(([year, parts]) => [year, { first: parts[0]!, count: eventCount(parts), parts }]));
        return [decade, { first: ps[0]!, count: eventCount(ps), years }];
      }),
    );
    const link = (p: Period, label: string, count: number, current: boolean): FilterLink => ({ label, count, url: periodPath(variant, p.slug), current });
    /** The nav of the page of `at` (undefined: the first page, which lists the decades). */
    const periodNav = (at?: Period): PeriodNav => {
      const here = at && decades.get(at.decade)!;
      const decadeLinks = [...decades].map(([decade, d]) => link(d.first, decade === 'undated' ? ui.yearUnknown : decadeLabel(decade.slice(0, -1), ui), d.count, decade === at?.decade));
      const years = at?.year === undefined ? [] : [...here!.years].map(([year, y]) => link(y.first, yearLabel(year), y.count, year === at.year));
      const ofYear = here ? here.years.get(at!.year ?? '')!.parts : [];
      const i = ofYear.indexOf(at!);
      const parts = ofYear.length > 1 ? ofYear.slice(Math.max(0, i - NEAR_PARTS), i + NEAR_PARTS + 1).map((p) => link(p, p.label(ui), p.events.length, p === at)) : [];
      return { decades: decadeLinks, years, parts };
    };
    const page = (pathFor: (v: Variant) => string, events: readonly TimelineEvent[], name: string, trail: boolean, at?: Period, near: { prev?: string; next?: string } = {}): PageSpec => ({
      events,
      make: () => {
        const base = pageBase(model, variant, pathFor, name, trail ? [{ label: ui.timeline, url: timelinePath(variant) }] : []);
        if (inFolder(base.url) !== inFolder(folder)) throw new Error(`timeline page ${base.url} is outside ${inFolder(folder)}, which its events' links are written from`);
        return {
          ...base,
          title: name,
          ...(topic ? { filter: topicLabel.get(topic)! } : {}),
          decades: groupDecades(events.filter(isDated), itemOf, ui),
          yearless: events.filter((e) => !isDated(e)).map(itemOf),
          topics: topicLinks(base.url),
          ...(periods ? { periods: periodNav(at) } : {}),
          ...near,
          allUrl: timelinePath(variant),
          total: ordered.length,
        };
      },
    });
    return [
      page(first, periods ? [] : ordered, title, Boolean(topic)),
      ...(periods ?? []).map((p, i) => {
        const near = {
          ...(i > 0 ? { prev: periodPath(variant, periods![i - 1]!.slug) } : {}),
          ...(i < periods!.length - 1 ? { next: periodPath(variant, periods![i + 1]!.slug) } : {}),
        };
        return page((v) => periodPath(v, p.slug), p.events, `${title}：${p.label(ui)}`, true, p, near);
      }),
    ];
  }

  /**
   * The full timeline's pages in order, each topic's pages as soon as the
   * full timeline has listed all their events, so that an event's `<li>` is
   * held (`itemOf`) only until its topic's page is made: about a page of
   * events per topic, except where one topic page mixes dated events with
   * undated ones (listed last on the full timeline), which holds its dated
   * events until the end.
   */
  function* pages(): Generator<TimelinePage> {
    const full = timeline(layout.ordered, layout.periods);
    const onPage = new Map<string, number>();
    full.forEach((spec, i) =>
      spec.events.forEach((e) => {
        if (onPage.has(e.id)) throw new Error(`two timeline events have the id ${e.id}`);
        onPage.set(e.id, i);
      }),
    );
    const topics = [...byTopic]
      .flatMap(([id, list]) => timeline(list, periodsOf(list), id))
      .map((spec) => ({ spec, after: spec.events.reduce((n, e) => Math.max(n, onPage.get(e.id) ?? -1), -1) }))
      .sort((a, b) => a.after - b.after);
    let next = 0;
    const topicsUpTo = function* (i: number): Generator<TimelinePage> {
      for (; next < topics.length && topics[next]!.after <= i; next++) {
        const { spec } = topics[next]!;
        yield spec.make();
        for (const e of spec.events) items.delete(e.id);
      }
    };
    for (const [i, spec] of full.entries()) {
      yield spec.make();
      yield* topicsUpTo(i);
    }
    yield* topicsUpTo(Infinity);
    items.clear();
  }

  const dated = layout.ordered.filter(isDated);
  const overview: TimelineOverview = {
    url: timelinePath(variant),
    total: layout.ordered.length,
    decades: [...groupBy(dated, decadeOf)].map(([decade, list]) => ({
      label: decadeLabel(decade, ui),
      count: list.length,
      url: layout.periods ? eventUrl(layout, variant, list[0]!.id).replace(/#.*$/, '') : `${timelinePath(variant)}#y${yearOf(list[0]!)}`,
    })),
    latest: dated.slice(-5).reverse().map(view),
  };
  return { pages: pages(), overview };
}

/** Dated events (in date order) by decade and year, each as its `<li>`. */
function groupDecades(dated: readonly TimelineEvent[], item: (e: TimelineEvent) => string, ui: UiStrings): TimelinePage['decades'] {
  return [...groupBy(dated, decadeOf)].map(([decade, inDecade]) => ({
    label: decadeLabel(decade, ui),
    years: [...groupBy(inDecade, yearOf)].map(([year, events]) => ({ label: yearLabel(year), id: `y${year}`, events: events.map(item) })),
  }));
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
