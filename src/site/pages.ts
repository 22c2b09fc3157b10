/**
 * Page data for the templates: every article × variant, converted and
 * rendered once, plus home, news, entity and timeline pages, with the links a
 * page needs. Templates only loop over these and print them.
 */
import { convert, convertArticle } from '../convert/index.ts';
import type { Article, SiteModel, Variant } from '../model/index.ts';
import { renderArticle, type RenderedArticle } from '../render/article.ts';
import { slugify } from '../ingest/slug.ts';
import { collator, entityPages, type EntityIndexPage, type EntityPage } from './entity-pages.ts';
import { dataFiles, type DataFile } from './export.ts';
import { machineFiles } from './feeds.ts';
import { absoluteUrl, dateView, jsonForScript, pageBase, type DateView, type PageBase } from './page-base.ts';
import { timelinePages, type TimelineOverview, type TimelinePage } from './timeline-pages.ts';
import { bodyStrings, SCRIPT_LABEL, uiStrings } from './ui.ts';
import { articlePath, articlesPath, categoryPath, entitiesPath, entityPath, homePath, newsPath, relativeHref, searchPath, timelinePath } from './urls.ts';
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
  readonly related: readonly RelatedView[];
}

/** A list of articles: the article index (grouped by kind) or one category. */
export interface ArticleListPage extends PageBase {
  readonly title: string;
  readonly groups: readonly { readonly label: string; readonly articles: readonly ArticleSummary[] }[];
  readonly categories: readonly { readonly label: string; readonly url: string; readonly count: number }[];
}

export interface HomePage extends PageBase {
  readonly newsUrl: string;
  readonly entitiesUrl: string;
  readonly articles: readonly ArticleSummary[];
  readonly news: readonly ArticleSummary[];
  readonly briefs: readonly ArticleSummary[];
  /** The main article's lead, as plain text. */
  readonly lead?: ArticleSummary;
  readonly timeline: TimelineOverview;
  readonly entities: readonly { readonly title: string; readonly url: string }[];
  readonly categories: readonly { readonly label: string; readonly url: string }[];
}

/** The news index: reports first, then briefs, newest first where dated. */
export interface NewsIndexPage extends PageBase {
  readonly news: readonly ArticleSummary[];
  readonly briefs: readonly ArticleSummary[];
}

export interface SitePages {
  readonly variants: readonly { variant: Variant; label: string; url: string; siteTitle: string; notFound: string; absoluteHome?: string }[];
  readonly articles: readonly ArticlePage[];
  readonly homes: readonly HomePage[];
  readonly newsIndexes: readonly NewsIndexPage[];
  readonly entities: readonly EntityPage[];
  readonly entityIndexes: readonly EntityIndexPage[];
  readonly timelines: readonly TimelinePage[];
  readonly searches: readonly PageBase[];
  readonly articleLists: readonly ArticleListPage[];
  /** Machine-readable files: the JSON export, feeds, sitemap, robots.txt. */
  readonly files: readonly DataFile[];
}

function summaryOf(article: Article, variant: Variant): ArticleSummary {
  const date = dateView(article.date, variant);
  return {
    slug: article.slug,
    kind: article.kind,
    title: article.title,
    summary: article.summary,
    url: articlePath(variant, article.slug),
    ...(date ? { date } : {}),
  };
}

export function sitePages(model: SiteModel): SitePages {
  const articles: ArticlePage[] = [];
  const homes: HomePage[] = [];
  const newsIndexes: NewsIndexPage[] = [];
  const entities: EntityPage[] = [];
  const entityIndexes: EntityIndexPage[] = [];
  const timelines: TimelinePage[] = [];
  const articleLists: ArticleListPage[] = [];
  const withPage = new Set(model.entities.filter((e) => e.hasPage).map((e) => e.id));
  const byId = new Map(model.articles.map((a) => [a.id, a]));

  for (const variant of model.options.variants) {
    const strings = bodyStrings(variant);
    const converted = model.articles.map((a) => convertArticle(a, variant));
    const titles = new Map(converted.map((a) => [a.id, a.title]));
    const entityTitle = new Map(model.entities.map((e) => [e.id, convert(e.title, variant)]));
    for (const article of converted) {
      const ui = uiStrings(variant);
      const trail = article.kind === 'wiki' ? { label: ui.articleIndex, url: articlesPath(variant) } : { label: ui.news, url: newsPath(variant) };
      const base = pageBase(model, variant, (v) => articlePath(v, article.slug), article.title, [trail]);
      const url = base.url;
      const body = renderArticle(article, {
        variant,
        strings,
        internalHref: (slug, anchor) => relativeHref(url, `${articlePath(variant, slug)}${anchor ? `#${anchor}` : ''}`),
        entityHref: (id) => (withPage.has(id) ? relativeHref(url, entityPath(variant, id)) : undefined),
        eventHref: (id) => relativeHref(url, `${timelinePath(variant)}#${id}`),
      });
      articles.push({
        ...base,
        jsonLd: articleJsonLd(model, article, variant, base.canonical),
        article: {
          ...summaryOf(article, variant),
          categories: article.categories.map((c) => ({ label: c, url: categoryPath(variant, categoryId(c)) })),
          ...(article.dateline ? { dateline: article.dateline } : {}),
          ...(article.signoff ? { signoff: article.signoff } : {}),
          source: {
            ...article.source,
            ...(article.source.wikipediaTitle ? { wikipediaLabel: convert(article.source.wikipediaTitle, variant) } : {}),
          },
        },
        body,
        related: (model.related[article.id] ?? []).slice(0, 8).map((r) => ({
          title: titles.get(r.articleId) ?? r.articleId,
          url: articlePath(variant, byId.get(r.articleId)?.slug ?? r.articleId),
          entities: r.entities.map((id) => entityTitle.get(id) ?? id),
          dates: r.dates,
        })),
      });
    }

    const summaries = converted.map((a) => summaryOf(a, variant));
    const timeline = timelinePages(model, variant, converted);
    timelines.push(...timeline.pages);
    const people = entityPages(model, variant, converted);
    entities.push(...people.pages);
    entityIndexes.push(people.index);

    const mainWiki = summaries.find((a) => a.kind === 'wiki');
    const ui = uiStrings(variant);
    const compare = collator(variant).compare;
    const categoryNames = new Map<string, { label: string; articles: ArticleSummary[] }>();
    converted.forEach((a, i) => {
      for (const c of a.categories) {
        const entry = categoryNames.get(categoryId(c)) ?? { label: c, articles: [] };
        entry.articles.push(summaries[i]!);
        categoryNames.set(categoryId(c), entry);
      }
    });
    const categoryLinks = [...categoryNames]
      .map(([id, c]) => ({ label: c.label, url: categoryPath(variant, id), count: c.articles.length }))
      .sort((a, b) => compare(a.label, b.label));
    const sortByTitle = (list: ArticleSummary[]) => [...list].sort((a, b) => compare(a.title, b.title));
    articleLists.push({
      ...pageBase(model, variant, articlesPath, ui.articleIndex),
      title: ui.articleIndex,
      groups: [
        { label: ui.wikiKind, articles: sortByTitle(summaries.filter((a) => a.kind === 'wiki')) },
        { label: ui.newsKind, articles: byDate(summaries.filter((a) => a.kind === 'news')) },
        { label: ui.briefKind, articles: byDate(summaries.filter((a) => a.kind === 'brief')) },
      ].filter((g) => g.articles.length),
      categories: categoryLinks,
    });
    for (const [id, c] of categoryNames) {
      const title = `${ui.category}：${c.label}`;
      articleLists.push({
        ...pageBase(model, variant, (v) => categoryPath(v, id), title, [{ label: ui.articleIndex, url: articlesPath(variant) }]),
        title,
        groups: [{ label: c.label, articles: sortByTitle(c.articles) }],
        categories: categoryLinks,
      });
    }
    homes.push({
      ...pageBase(model, variant, homePath),
      newsUrl: newsPath(variant),
      entitiesUrl: entitiesPath(variant),
      articles: summaries.filter((a) => a.kind === 'wiki'),
      news: byDate(summaries.filter((a) => a.kind === 'news')),
      briefs: byDate(summaries.filter((a) => a.kind === 'brief')).slice(0, 5),
      ...(mainWiki ? { lead: mainWiki } : {}),
      timeline: timeline.overview,
      entities: people.index.groups.flatMap((g) => g.entities).slice(0, 24),
      categories: categoryLinks.map((c) => ({ label: c.label, url: c.url })),
    });
    newsIndexes.push({
      ...pageBase(model, variant, newsPath),
      news: byDate(summaries.filter((a) => a.kind === 'news')),
      briefs: byDate(summaries.filter((a) => a.kind === 'brief')),
    });
  }
  return {
    variants: model.options.variants.map((v) => {
      const absoluteHome = absoluteUrl(model, homePath(v));
      return {
        variant: v,
        label: SCRIPT_LABEL[v],
        url: homePath(v),
        siteTitle: convert(model.options.title, v),
        notFound: uiStrings(v).notFound,
        ...(absoluteHome ? { absoluteHome } : {}),
      };
    }),
    articles,
    homes,
    newsIndexes,
    entities,
    entityIndexes,
    timelines,
    articleLists,
    searches: model.options.variants.map((v) => pageBase(model, v, searchPath, uiStrings(v).search)),
    files: [
      scriptChars(model),
      ...dataFiles(model),
      ...machineFiles(model, [
        '/index.html',
        ...[...homes, ...newsIndexes, ...articleLists, ...articles, ...entityIndexes, ...entities, ...timelines].map((p) => p.url),
        ...model.options.variants.map(searchPath),
      ]),
    ],
  };
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

/** Categories are addressed by the pinyin of their name, the same in every script. */
function categoryId(name: string): string {
  return slugify(name) || 'category';
}

/** Newest first; yearless dates after dated ones, undated last; ties keep corpus order. */
export function byDate<T extends { date?: DateView }>(items: T[]): T[] {
  const key = (a: T) => (a.date ? (/^\d{4}/.test(a.date.datetime) ? `1${a.date.datetime}` : `0${a.date.datetime}`) : '');
  return items
    .map((item, i) => ({ item, i, k: key(item) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? 1 : -1))
    .map((x) => x.item);
}
