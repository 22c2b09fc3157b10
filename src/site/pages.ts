/**
 * Page data for the templates: every article × variant, converted and
 * rendered once, with the links a page needs already made relative to it.
 * Templates only loop over these and print them.
 */
import { convert, convertArticle } from '../convert/index.ts';
import type { Article, DateSpan, SiteModel, Variant } from '../model/index.ts';
import { renderArticle, type RenderedArticle } from '../render/article.ts';
import { datetimeAttr, formatSpan, formatSpanParts } from './format.ts';
import { bodyStrings, SCRIPT_LABEL, uiStrings, type UiStrings } from './ui.ts';
import { articlePath, homePath, newsPath, relativeHref } from './urls.ts';

export interface Alternate {
  readonly variant: Variant;
  readonly label: string;
  /** Root-relative path of the same page in that variant. */
  readonly url: string;
  readonly current: boolean;
}

export interface DateView {
  readonly datetime: string;
  readonly endDatetime?: string;
  /** The whole span, e.g. 2018年3月19日至20日. */
  readonly label: string;
  readonly startLabel: string;
  readonly endLabel?: string;
  readonly inferred: boolean;
  readonly reason?: string;
}

export interface ArticleSummary {
  readonly slug: string;
  readonly kind: Article['kind'];
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  readonly date?: DateView;
}

/** What every page carries: its variant, path, interface strings and the same page in other variants. */
export interface PageBase {
  readonly variant: Variant;
  readonly lang: Variant;
  /** Root-relative output path. */
  readonly url: string;
  readonly ui: UiStrings;
  readonly alternates: readonly Alternate[];
  readonly homeUrl: string;
  readonly newsUrl: string;
}

export interface ArticlePage extends PageBase {
  readonly article: ArticleSummary & {
    readonly categories: readonly string[];
    readonly dateline?: string;
    readonly signoff?: string;
    readonly source: Article['source'] & { readonly wikipediaUrl?: string; readonly wikipediaLabel?: string };
  };
  readonly body: RenderedArticle;
}

export interface HomePage extends PageBase {
  readonly articles: readonly ArticleSummary[];
  readonly news: readonly ArticleSummary[];
  readonly briefs: readonly ArticleSummary[];
}

/** The news index: reports first, then briefs, newest first where dated. */
export interface NewsIndexPage extends PageBase {
  readonly news: readonly ArticleSummary[];
  readonly briefs: readonly ArticleSummary[];
}

export interface SitePages {
  readonly variants: readonly { variant: Variant; label: string; url: string; siteTitle: string }[];
  readonly articles: readonly ArticlePage[];
  readonly homes: readonly HomePage[];
  readonly newsIndexes: readonly NewsIndexPage[];
}

function dateView(span: DateSpan | undefined, variant: Variant): DateView | undefined {
  if (!span) return undefined;
  const parts = formatSpanParts(span);
  return {
    datetime: datetimeAttr(span.start),
    ...(span.end ? { endDatetime: datetimeAttr(span.end) } : {}),
    label: convert(formatSpan(span), variant),
    startLabel: convert(parts.start, variant),
    ...(parts.end ? { endLabel: convert(parts.end, variant) } : {}),
    inferred: span.certainty === 'inferred',
    ...(span.reason ? { reason: span.reason } : {}),
  };
}

function alternates(model: SiteModel, pathFor: (v: Variant) => string, current: Variant): Alternate[] {
  return model.options.variants.map((v) => ({ variant: v, label: SCRIPT_LABEL[v], url: pathFor(v), current: v === current }));
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
  for (const variant of model.options.variants) {
    const ui = uiStrings(variant);
    const strings = bodyStrings(variant);
    const converted = model.articles.map((a) => convertArticle(a, variant));
    for (const article of converted) {
      const url = articlePath(variant, article.slug);
      const body = renderArticle(article, {
        variant,
        strings,
        internalHref: (slug, anchor) => relativeHref(url, `${articlePath(variant, slug)}${anchor ? `#${anchor}` : ''}`),
      });
      const wikipediaUrl = article.source.wikipediaTitle
        ? `https://zh.wikipedia.org/${variant.toLowerCase()}/${encodeURIComponent(article.source.wikipediaTitle.replace(/ /g, '_'))}`
        : undefined;
      articles.push({
        variant,
        lang: variant,
        url,
        ui,
        homeUrl: homePath(variant),
        newsUrl: newsPath(variant),
        alternates: alternates(model, (v) => articlePath(v, article.slug), variant),
        article: {
          ...summaryOf(article, variant),
          categories: article.categories,
          ...(article.dateline ? { dateline: article.dateline } : {}),
          ...(article.signoff ? { signoff: article.signoff } : {}),
          source: {
            ...article.source,
            ...(wikipediaUrl ? { wikipediaUrl } : {}),
            ...(article.source.wikipediaTitle ? { wikipediaLabel: convert(article.source.wikipediaTitle, variant) } : {}),
          },
        },
        body,
      });
    }
    const summaries = converted.map((a) => summaryOf(a, variant));
    homes.push({
      variant,
      lang: variant,
      url: homePath(variant),
      ui,
      homeUrl: homePath(variant),
      newsUrl: newsPath(variant),
      alternates: alternates(model, homePath, variant),
      articles: summaries.filter((a) => a.kind === 'wiki'),
      news: summaries.filter((a) => a.kind === 'news'),
      briefs: summaries.filter((a) => a.kind === 'brief'),
    });
    newsIndexes.push({
      variant,
      lang: variant,
      url: newsPath(variant),
      ui,
      homeUrl: homePath(variant),
      newsUrl: newsPath(variant),
      alternates: alternates(model, newsPath, variant),
      news: byDate(summaries.filter((a) => a.kind === 'news')),
      briefs: byDate(summaries.filter((a) => a.kind === 'brief')),
    });
  }
  return {
    variants: model.options.variants.map((v) => ({ variant: v, label: SCRIPT_LABEL[v], url: homePath(v), siteTitle: uiStrings(v).siteTitle })),
    articles,
    homes,
    newsIndexes,
  };
}

/** Newest first; yearless dates after dated ones, undated last; ties keep corpus order. */
function byDate(items: ArticleSummary[]): ArticleSummary[] {
  const key = (a: ArticleSummary) => (a.date ? (/^\d{4}/.test(a.date.datetime) ? `1${a.date.datetime}` : `0${a.date.datetime}`) : '');
  return items
    .map((item, i) => ({ item, i, k: key(item) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? 1 : -1))
    .map((x) => x.item);
}
