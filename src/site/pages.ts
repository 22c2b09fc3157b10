/**
 * Page data for the templates: every article × variant, converted and
 * rendered once, plus home, news, entity and timeline pages, with the links a
 * page needs. Templates only loop over these and print them.
 */
import { articleTextConverter, convert, convertArticle, defaultConverter, scriptKey, type ConversionReview } from '../convert/index.ts';
import type { Article, SiteModel, Variant } from '../model/index.ts';
import { renderArticle, type RenderedArticle } from '../render/article.ts';
import { clearOfIndex, slugify, uniqueId } from '../ingest/slug.ts';
import { collator, entityPages, type EntityIndexPage, type EntityPage } from './entity-pages.ts';
import { dataFiles, type DataFile } from './export.ts';
import { machineFiles } from './feeds.ts';
import { absoluteUrl, dateView, jsonForScript, pageBase, type DateView, type NavLink, type PageBase } from './page-base.ts';
import { nthPagePath, PAGE_SIZE, paginate, type Pager } from './paginate.ts';
import { eventUrl, groupBy, timelineLayout, timelinePages, type TimelineOverview, type TimelinePage } from './timeline-pages.ts';
import { bodyStrings, SCRIPT_LABEL, uiStrings } from './ui.ts';
import { searchedVariant, searchParts } from './search-index.ts';
import { articlePath, articlesPath, categoriesPath, categoryPath, entitiesPath, entityPath, homePath, newsPath, relativeHref, searchPath, variantDir } from './urls.ts';
import { scriptChars } from './search-chars.ts';

export type { Alternate, DateView, PageBase } from './page-base.ts';

export interface ArticleSummary {
  readonly slug: string;
  readonly kind: Article['kind'];
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  readonly date?: DateView;
}

export interface RelatedView {
  readonly title: string;
  readonly url: string;
  readonly entities: readonly string[];
  readonly dates: readonly string[];
}

export interface ArticlePage extends PageBase {
  readonly article: ArticleSummary & {
    readonly categories: readonly { readonly label: string; readonly url: string }[];
    readonly dateline?: string;
    readonly signoff?: string;
    readonly source: Article['source'] & { readonly wikipediaLabel?: string };
  };
  readonly body: RenderedArticle;
  /** The article's dated events, in date order. */
  readonly events: readonly ArticleEvent[];
  readonly related: readonly RelatedView[];
}

/** A page of a list of articles: the article index (wiki articles) or one category. */
export interface ArticleListPage extends PageBase {
  readonly title: string;
  readonly articles: readonly ArticleSummary[];
  readonly pager?: Pager;
  /** Categories beside the list: the largest ones; all of them are on the category index. */
  readonly categories: readonly CategoryLink[];
  readonly categoryCount: number;
  readonly categoriesUrl: string;
  readonly newsUrl: string;
}

export interface CategoryLink {
  readonly label: string;
  readonly url: string;
  readonly count: number;
  readonly current?: boolean;
}

/** The category index: every category, with its number of articles. */
export interface CategoryIndexPage extends PageBase {
  readonly categories: readonly CategoryLink[];
  readonly pager?: Pager;
}

export interface HomePage extends PageBase {
  readonly newsUrl: string;
  readonly entitiesUrl: string;
  readonly articlesUrl: string;
  readonly categoriesUrl: string;
  readonly articles: readonly ArticleSummary[];
  readonly articleCount: number;
  readonly news: readonly ArticleSummary[];
  readonly briefs: readonly ArticleSummary[];
  /** The main article's lead, as plain text. */
  readonly lead?: ArticleSummary;
  readonly timeline: TimelineOverview;
  readonly entities: readonly { readonly title: string; readonly url: string }[];
  readonly categories: readonly CategoryLink[];
  readonly categoryCount: number;
}

/** A page of the news index: reports and briefs, newest first where dated. */
export interface NewsIndexPage extends PageBase {
  readonly items: readonly ArticleSummary[];
  readonly pager?: Pager;
}

/** One of an article's dated events, for its own chronology. */
export interface ArticleEvent {
  readonly date: DateView;
  readonly sentence: string;
  /** The date in the text. */
  readonly anchor: string;
  /** The event on the timeline. */
  readonly timelineUrl: string;
}

export interface SitePages {
  readonly variants: readonly { variant: Variant; label: string; url: string; siteTitle: string; notFound: string; absoluteHome?: string }[];
  readonly articles: readonly ArticlePage[];
  readonly homes: readonly HomePage[];
  readonly newsIndexes: readonly NewsIndexPage[];
  readonly entities: readonly EntityPage[];
  readonly entityIndexes: readonly EntityIndexPage[];
  readonly timelines: readonly TimelinePage[];
  readonly searches: readonly SearchPage[];
  readonly articleLists: readonly ArticleListPage[];
  readonly categoryIndexes: readonly CategoryIndexPage[];
  /** Machine-readable files: the JSON export, feeds, sitemap, robots.txt. */
  readonly files: readonly DataFile[];
}

/** The search page; the index holds the pages of one script (`index`), shown in the reader's. */
export interface SearchPage extends PageBase {
  readonly index: {
    readonly variant: Variant;
    readonly dir: string;
    /** Each part's `pagefind.js` (root-relative): the first is loaded, the others merged into it. */
    readonly bundles: readonly string[];
  };
}

/** How much of each list the home page shows; the rest is a link away. */
const HOME = Object.freeze({ articles: 12, news: 8, briefs: 5, entities: 24, categories: 20 });
/** Categories shown beside an article list. */
const LIST_CATEGORIES = 30;

export function summaryOf(article: Article, variant: Variant): ArticleSummary {
  const date = dateView(article.date, variant);
  const text = articleTextConverter(article, variant);
  return {
    slug: article.slug,
    kind: article.kind,
    title: text(article.title),
    summary: text(article.summary),
    url: articlePath(variant, article.slug),
    ...(date ? { date } : {}),
  };
}

/** The page lists, without the files for machines. */
export type PageLists = Omit<SitePages, 'variants' | 'files'>;
type PageEntry = { [K in keyof PageLists]: [K, PageLists[K][number]] }[keyof PageLists];

const emptyLists = (): { -readonly [K in keyof PageLists]: PageLists[K][number][] } => ({
  articles: [],
  homes: [],
  newsIndexes: [],
  entities: [],
  entityIndexes: [],
  timelines: [],
  searches: [],
  articleLists: [],
  categoryIndexes: [],
});

/**
 * Every page, a chunk at a time: a chunk is made only when the one before has
 * been rendered, so memory holds one chunk of pages (and the model), however
 * large the corpus. A chunk weighs at most `size` (see `pageWeight`).
 */
export function* pageChunks(
  model: SiteModel,
  size: number,
  variants: readonly Variant[] = model.options.variants,
  review?: ConversionReview,
): Generator<PageLists> {
  let chunk = emptyLists();
  let weight = 0;
  for (const [key, page] of allPages(model, variants, review)) {
    const w = pageWeight([key, page] as PageEntry);
    if (weight > 0 && weight + w > size) {
      yield chunk;
      chunk = emptyLists();
      weight = 0;
    }
    (chunk[key] as PageBase[]).push(page);
    weight += w;
  }
  if (weight > 0) yield chunk;
}

/**
 * About how much memory a page holds while Eleventy renders its chunk, in
 * article pages: Eleventy keeps each page's data and output until the run
 * ends. A timeline page of 200 events is about thirteen articles' worth of
 * HTML (250 KB against 19 KB at 10k seeds; counted as one page each, a chunk
 * of timeline pages ran out of a 1.7 GB heap there).
 */
function pageWeight([key, page]: PageEntry): number {
  if (key !== 'timelines') return 1;
  const events = page.yearless.length + page.decades.reduce((n, d) => n + d.years.reduce((m, y) => m + y.events.length, 0), 0);
  return 1 + Math.ceil(events / 16);
}

/** Every page at once (small sites, tests). */
export function sitePages(model: SiteModel): SitePages {
  const lists = emptyLists();
  for (const [key, page] of allPages(model)) (lists[key] as PageBase[]).push(page);
  const urls = Object.values(lists).flatMap((list: readonly PageBase[]) => list.map((p) => p.url));
  return { variants: siteVariants(model), ...lists, files: siteFiles(model, urls) };
}

export function siteVariants(model: SiteModel): SitePages['variants'] {
  return model.options.variants.map((v) => {
    const absoluteHome = absoluteUrl(model, homePath(v));
    return {
      variant: v,
      label: SCRIPT_LABEL[v],
      url: homePath(v),
      siteTitle: convert(model.options.title, v),
      notFound: uiStrings(v).notFound,
      ...(absoluteHome ? { absoluteHome } : {}),
    };
  });
}

/** The files for machines: the search character map, the JSON export, feeds, sitemap (of `pageUrls`), robots.txt. */
export function siteFiles(model: SiteModel, pageUrls: readonly string[]): DataFile[] {
  return [scriptChars(model), ...dataFiles(model), ...machineFiles(model, ['/index.html', ...pageUrls])];
}

/** Every page of the given variants, variant by variant; `review` hears the articles' conversion (see ConversionReview). */
function* allPages(model: SiteModel, variants: readonly Variant[] = model.options.variants, review?: ConversionReview): Generator<PageEntry> {
  const withPage = new Set(model.entities.filter((e) => e.hasPage).map((e) => e.id));
  const byId = new Map(model.articles.map((a) => [a.id, a]));
  const layout = timelineLayout(model.events);
  const eventsOf = groupBy(layout.ordered, (e) => e.articleId);
  const indexed = searchedVariant(model);
  const searchIndex = { variant: indexed, dir: variantDir(indexed), bundles: searchParts(model).map((part) => `/${part.dir}/pagefind.js`) };
  const categoryId = categoryIds(model.articles);

  for (const variant of variants) {
    const strings = bodyStrings(variant);
    const ui = uiStrings(variant);
    const summaries = model.articles.map((a) => summaryOf(a, variant));
    const refs = new Map(summaries.map((a, i) => [model.articles[i]!.id, a]));
    const entityTitle = new Map(model.entities.map((e) => [e.id, convert(e.title, variant)]));
    for (const source of model.articles) {
      const article = convertArticle(source, variant, defaultConverter(), review);
      const trail = article.kind === 'wiki' ? { label: ui.articleIndex, url: articlesPath(variant) } : { label: ui.news, url: newsPath(variant) };
      const base = pageBase(model, variant, (v) => articlePath(v, article.slug), article.title, [trail]);
      const url = base.url;
      const body = renderArticle(article, {
        variant,
        strings,
        internalHref: (slug, anchor) => relativeHref(url, `${articlePath(variant, slug)}${anchor ? `#${anchor}` : ''}`),
        entityHref: (id) => (withPage.has(id) ? relativeHref(url, entityPath(variant, id)) : undefined),
        eventHref: (id) => relativeHref(url, eventUrl(layout, variant, id)),
        ...(model.unsearched?.[article.id] ? { unsearched: new Set(model.unsearched[article.id]) } : {}),
      });
      yield [
        'articles',
        {
          ...base,
          description: article.summary,
          jsonLd: articleJsonLd(model, article, variant, base.canonical),
          article: {
            ...refs.get(article.id)!,
            categories: uniqueBy(
              source.categories.map((c, i) => ({ label: article.categories[i] ?? c, url: categoryPath(variant, categoryId(c)) })),
              (c) => c.url,
            ),
            ...(article.dateline ? { dateline: article.dateline } : {}),
            ...(article.signoff ? { signoff: article.signoff } : {}),
            source: {
              ...article.source,
              ...(article.source.wikipediaTitle ? { wikipediaLabel: convert(article.source.wikipediaTitle, variant) } : {}),
            },
          },
          body,
          events: (eventsOf.get(article.id) ?? []).map((e) => ({
            date: dateView(e.date, variant)!,
            sentence: convert(e.sentence, variant),
            anchor: `${url}#at-${e.id}`,
            timelineUrl: eventUrl(layout, variant, e.id),
          })),
          related: (model.related[article.id] ?? []).slice(0, 8).map((r) => ({
            title: refs.get(r.articleId)?.title ?? r.articleId,
            url: articlePath(variant, byId.get(r.articleId)?.slug ?? r.articleId),
            entities: r.entities.map((id) => entityTitle.get(id) ?? id),
            dates: r.dates,
          })),
        },
      ];
    }

    const timeline = timelinePages(model, variant, refs, layout);
    for (const page of timeline.pages) yield ['timelines', page];
    const people = entityPages(model, variant, refs);
    for (const page of people.pages) yield ['entities', page];
    for (const page of people.indexes) yield ['entityIndexes', page];

    const compare = collator(variant).compare;
    const categories = new Map<string, { label: string; articles: ArticleSummary[] }>();
    model.articles.forEach((a, i) => {
      for (const c of a.categories) {
        const id = categoryId(c);
        const entry = categories.get(id) ?? { label: articleTextConverter(a, variant)(c), articles: [] };
        // An article naming one category in both scripts (經濟, 经济) is listed once.
        if (entry.articles.at(-1) !== summaries[i]) entry.articles.push(summaries[i]!);
        categories.set(id, entry);
      }
    });
    const categoryLinks = [...categories]
      .map(([id, c]) => ({ label: c.label, url: categoryPath(variant, id), count: c.articles.length }))
      .sort((a, b) => compare(a.label, b.label));
    /** The largest categories, in reading order. */
    const largest = (n: number) => [...categoryLinks].sort((a, b) => b.count - a.count).slice(0, n).sort((a, b) => compare(a.label, b.label));
    const sortByTitle = (list: ArticleSummary[]) => [...list].sort((a, b) => compare(a.title, b.title));
    const listPages = (first: (v: Variant) => string, title: string, list: ArticleSummary[], trail: NavLink[], current?: string) =>
      paginate(list, PAGE_SIZE.cards, first(variant)).map((chunk, i): ArticleListPage => {
        const name = chunk.pager ? `${title}（${chunk.pager.current}/${chunk.pager.total}）` : title;
        const shown = largest(LIST_CATEGORIES);
        const cat = current ? categoryLinks.find((c) => c.url === current) : undefined;
        return {
          ...pageBase(model, variant, (v) => nthPagePath(first(v), i + 1), name, trail),
          title: name,
          articles: chunk.items,
          ...(chunk.pager ? { pager: chunk.pager } : {}),
          categories: (cat && !shown.includes(cat) ? [...shown, cat].sort((a, b) => compare(a.label, b.label)) : shown).map((c) => ({ ...c, current: c.url === current })),
          categoryCount: categoryLinks.length,
          categoriesUrl: categoriesPath(variant),
          newsUrl: newsPath(variant),
        };
      });
    const wiki = sortByTitle(summaries.filter((a) => a.kind === 'wiki'));
    for (const page of listPages(articlesPath, ui.articleIndex, wiki, [])) yield ['articleLists', page];
    for (const [id, c] of categories) {
      const first = (v: Variant) => categoryPath(v, id);
      const trail = [{ label: ui.articleIndex, url: articlesPath(variant) }, { label: ui.categories, url: categoriesPath(variant) }];
      for (const page of listPages(first, `${ui.category}：${c.label}`, sortByTitle(c.articles), trail, first(variant))) yield ['articleLists', page];
    }
    for (const [i, chunk] of paginate(categoryLinks, PAGE_SIZE.links, categoriesPath(variant)).entries()) {
      const title = chunk.pager ? `${ui.categories}（${chunk.pager.current}/${chunk.pager.total}）` : ui.categories;
      yield [
        'categoryIndexes',
        {
          ...pageBase(model, variant, (v) => nthPagePath(categoriesPath(v), i + 1), title, [{ label: ui.articleIndex, url: articlesPath(variant) }]),
          categories: chunk.items,
          ...(chunk.pager ? { pager: chunk.pager } : {}),
        },
      ];
    }

    const newsItems = byDate(summaries.filter((a) => a.kind !== 'wiki'));
    const mainWiki = summaries.find((a) => a.kind === 'wiki');
    yield [
      'homes',
      {
        ...pageBase(model, variant, homePath),
        description: ui.siteTagline,
        newsUrl: newsPath(variant),
        entitiesUrl: entitiesPath(variant),
        articlesUrl: articlesPath(variant),
        categoriesUrl: categoriesPath(variant),
        articles: wiki.slice(0, HOME.articles),
        articleCount: wiki.length,
        news: newsItems.filter((a) => a.kind === 'news').slice(0, HOME.news),
        briefs: newsItems.filter((a) => a.kind === 'brief').slice(0, HOME.briefs),
        ...(mainWiki ? { lead: mainWiki } : {}),
        timeline: timeline.overview,
        entities: people.featured.slice(0, HOME.entities),
        categories: largest(HOME.categories),
        categoryCount: categoryLinks.length,
      },
    ];
    for (const [i, chunk] of paginate(newsItems, PAGE_SIZE.cards, newsPath(variant)).entries()) {
      const title = chunk.pager ? `${ui.news}（${chunk.pager.current}/${chunk.pager.total}）` : ui.news;
      yield ['newsIndexes', { ...pageBase(model, variant, (v) => nthPagePath(newsPath(v), i + 1), title), items: chunk.items, ...(chunk.pager ? { pager: chunk.pager } : {}) }];
    }
    yield ['searches', { ...pageBase(model, variant, searchPath, ui.search), index: searchIndex }];
  }
}

function articleJsonLd(model: SiteModel, article: Article, variant: Variant, canonical: string | undefined): string {
  const published = article.date && !article.date.start.yearless && article.date.certainty === 'stated' ? article.date.start.iso : undefined;
  const publisher = { '@type': 'Organization', name: convert(article.source.publisher, variant) };
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': article.kind === 'wiki' ? 'Article' : 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: variant,
    ...(published ? { datePublished: published } : {}),
    author: publisher,
    publisher,
    ...(article.source.url ? { isBasedOn: article.source.url } : {}),
    ...(article.source.licence ? { license: article.source.licence.url } : {}),
    ...(canonical ? { url: canonical, mainEntityOfPage: canonical } : {}),
    isPartOf: { '@type': 'WebSite', name: convert(model.options.title, variant) },
  });
}

/**
 * The id (file name) of every category the articles name, as a lookup by name.
 * A category is its name up to script (北京 in zh-Hant and zh-Hans text is one
 * category) and is addressed by the pinyin of that name, the same in every
 * script. Names that differ but share a pinyin (北京 and 背景, both bei-jing)
 * must not share a page: the first to appear, taking the articles in corpus
 * order (seeds in path order), keeps the pinyin and each later one gets -2,
 * -3, …, so the ids are the same in every build of the same seeds, in every
 * variant and rendering process. `index` is the category index's own name.
 */
export function categoryIds(articles: readonly Pick<Article, 'categories'>[]): (name: string) => string {
  const byKey = new Map<string, string>();
  const byName = new Map<string, string>();
  const taken = new Set<string>();
  for (const article of articles) {
    for (const name of article.categories) {
      if (byName.has(name)) continue;
      const key = scriptKey(name);
      let id = byKey.get(key);
      if (id === undefined) byKey.set(key, (id = uniqueId(categorySlug(name), taken)));
      byName.set(name, id);
    }
  }
  return (name) => {
    const id = byName.get(name);
    if (id === undefined) throw new Error(`category "${name}" is named by no article`);
    return id;
  };
}

/** The pinyin of a category's name; `index` is taken by the category index. */
const categorySlug = (name: string): string => clearOfIndex(slugify(name) || 'category', 'category');

/** The first item of each key, in order (an article naming one category in both scripts links to it once). */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Newest first; yearless dates after dated ones, undated last; ties keep corpus order. */
export function byDate<T extends { date?: DateView }>(items: T[]): T[] {
  const key = (a: T) => (a.date ? (/^\d{4}/.test(a.date.datetime) ? `1${a.date.datetime}` : `0${a.date.datetime}`) : '');
  return items
    .map((item, i) => ({ item, i, k: key(item) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? 1 : -1))
    .map((x) => x.item);
}
