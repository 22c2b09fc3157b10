/** What every page carries, and date views shared by every page type. */
import { convert } from '../convert/index.ts';
import type { DateSpan, SiteModel, Variant } from '../model/index.ts';
import { datetimeAttr, formatSpan, formatSpanParts } from './format.ts';
import { SCRIPT_LABEL, uiStrings, type UiStrings } from './ui.ts';
import { articlesPath, entitiesPath, feedPath, homePath, newsPath, searchPath, timelinePath } from './urls.ts';

export interface Alternate {
  readonly variant: Variant;
  readonly label: string;
  /** Root-relative path of the same page in that variant. */
  readonly url: string;
  readonly current: boolean;
}

export interface NavLink {
  readonly label: string;
  readonly url: string;
}

export interface PageBase {
  readonly variant: Variant;
  readonly lang: Variant;
  /** Root-relative output path. */
  readonly url: string;
  readonly ui: UiStrings;
  /** The site's title in this variant. */
  readonly siteTitle: string;
  readonly alternates: readonly Alternate[];
  readonly homeUrl: string;
  readonly nav: readonly NavLink[];
  /** Absolute URL of this page when the site URL is configured. */
  readonly canonical?: string;
  /** Open Graph locale: zh_TW for Traditional, zh_CN for Simplified. */
  readonly ogLocale: string;
  readonly feedUrl: string;
  /** schema.org JSON-LD for the page, safe to place inside a script element. */
  readonly jsonLd: string;
  /** Where the page sits: home first; the page itself is not included. */
  readonly breadcrumbs: readonly NavLink[];
  /** The page's own title (the home page has none: it is the site title). */
  readonly pageTitle?: string;
  /** For `<meta name="description">` and Open Graph. */
  readonly description?: string;
}

/** The absolute URL of a root-relative path, when the site URL is known. */
export function absoluteUrl(model: SiteModel, path: string): string | undefined {
  return model.options.siteUrl ? new URL(path.slice(1), model.options.siteUrl).href : undefined;
}

/** JSON for a script element: `<` is escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function pageBase(
  model: SiteModel,
  variant: Variant,
  pathFor: (v: Variant) => string,
  name?: string,
  trail: readonly NavLink[] = [],
): PageBase {
  const ui = uiStrings(variant);
  const url = pathFor(variant);
  const canonical = absoluteUrl(model, url);
  const siteTitle = convert(model.options.title, variant);
  return {
    variant,
    lang: variant,
    url,
    ui,
    siteTitle,
    ...(name ? { pageTitle: name } : {}),
    ...(canonical ? { canonical } : {}),
    ogLocale: OG_LOCALE[variant],
    breadcrumbs: url === homePath(variant) ? [] : [{ label: ui.home, url: homePath(variant) }, ...trail],
    feedUrl: feedPath(variant),
    jsonLd: jsonForScript({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: name ?? siteTitle,
      inLanguage: variant,
      isPartOf: { '@type': 'WebSite', name: siteTitle },
      ...(canonical ? { url: canonical } : {}),
    }),
    homeUrl: homePath(variant),
    nav: [
      { label: ui.home, url: homePath(variant) },
      { label: ui.articles, url: articlesPath(variant) },
      { label: ui.news, url: newsPath(variant) },
      { label: ui.entities, url: entitiesPath(variant) },
      { label: ui.timeline, url: timelinePath(variant) },
      { label: ui.search, url: searchPath(variant) },
    ],
    alternates: model.options.variants.map((v) => ({ variant: v, label: SCRIPT_LABEL[v], url: pathFor(v), current: v === variant })),
  };
}

const OG_LOCALE: Readonly<Record<Variant, string>> = Object.freeze({ 'zh-Hant': 'zh_TW', 'zh-Hans': 'zh_CN', 'zh-TW': 'zh_TW', 'zh-HK': 'zh_HK' });

export interface DateView {
  readonly datetime: string;
  readonly endDatetime?: string;
  /** The whole span, e.g. 2018年3月19日至20日. */
  readonly label: string;
  readonly startLabel: string;
  readonly endLabel?: string;
  readonly inferred: boolean;
  readonly approximate: boolean;
  readonly reason?: string;
}

export function dateView(span: DateSpan | undefined, variant: Variant): DateView | undefined {
  if (!span) return undefined;
  const parts = formatSpanParts(span);
  return {
    datetime: datetimeAttr(span.start),
    ...(span.end ? { endDatetime: datetimeAttr(span.end) } : {}),
    label: convert(formatSpan(span), variant),
    startLabel: convert(parts.start, variant),
    ...(parts.end ? { endLabel: convert(parts.end, variant) } : {}),
    inferred: span.certainty === 'inferred',
    approximate: span.approximate === true,
    ...(span.reason ? { reason: convert(span.reason, variant) } : {}),
  };
}
