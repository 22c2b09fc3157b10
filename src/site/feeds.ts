/**
 * Files for machines: an Atom feed per variant, sitemap.xml and robots.txt.
 * Without a configured site URL, links are written relative to the file (and
 * Atom ids use a tag: URI), which readers of feeds accept; sitemap crawlers
 * need the URL, so the build warns when it is missing.
 */
import { convert } from '../convert/index.ts';
import { LONE_SURROGATE } from '../ingest/url.ts';
import type { Article, SiteModel, Variant } from '../model/index.ts';
import type { DataFile } from './export.ts';
import { absoluteUrl } from './page-base.ts';
import { articlePath, feedPath, homePath, relativeHref } from './urls.ts';

/** What XML 1.0 does not allow in a document: controls other than tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates. */
const XML_DISALLOWED = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|${LONE_SURROGATE.source}`, 'g');

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(XML_DISALLOWED, '');

/** Entries in a feed: the newest; the rest are on the site and in data/articles.json. */
export const FEED_ENTRIES = 50;

/** Feed order: dated articles newest first, then the rest in corpus order. */
function feedOrder(articles: readonly Article[]): Article[] {
  const key = (a: Article) => (a.date && !a.date.start.yearless ? a.date.start.iso : '');
  return articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (key(x.a) === key(y.a) ? x.i - y.i : key(x.a) < key(y.a) ? 1 : -1))
    .map((x) => x.a);
}

/** RFC 3339 time for a date at any precision (its first instant, UTC). */
function rfc3339(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

function atom(model: SiteModel, variant: Variant): DataFile {
  const path = feedPath(variant);
  const link = (to: string) => absoluteUrl(model, to) ?? relativeHref(path, to);
  const id = (to: string) => absoluteUrl(model, to) ?? `tag:zh-microsite.invalid,2000:${to}`;
  const articles = feedOrder(model.articles).slice(0, FEED_ENTRIES);
  const dates = articles.flatMap((a) => (a.date && !a.date.start.yearless ? [a.date.start.iso] : [])).sort();
  const updated = rfc3339(dates.at(-1) ?? '2000');
  const entries = articles.map((a) => {
    const url = articlePath(variant, a.slug);
    const when = a.date && !a.date.start.yearless ? rfc3339(a.date.start.iso) : updated;
    return [
      '  <entry>',
      `    <id>${xml(id(url))}</id>`,
      `    <title>${xml(convert(a.title, variant))}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link(url))}"/>`,
      `    <updated>${when}</updated>`,
      `    <author><name>${xml(convert(a.source.publisher, variant))}</name></author>`,
      `    <summary>${xml(convert(a.summary, variant))}</summary>`,
      ...(a.source.licence ? [`    <rights>${xml(a.source.licence.name)}</rights>`] : []),
      '  </entry>',
    ].join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${variant}">`,
    `  <id>${xml(id(path))}</id>`,
    `  <title>${xml(convert(model.options.title, variant))}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(link(path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(link(homePath(variant)))}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return { url: path, content: body };
}

/** The sitemap protocol's limit of URLs per file; a larger site gets a sitemap index. */
export const SITEMAP_URLS = 50_000;

/** The sitemap of `pagePaths`, in path order: the same whatever order the pages were rendered in. */
function sitemaps(model: SiteModel, pagePaths: readonly string[]): DataFile[] {
  const paths = [...pagePaths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const loc = (to: string) => absoluteUrl(model, to) ?? relativeHref('/sitemap.xml', to);
  const urlset = (url: string, list: readonly string[]): DataFile => ({
    url,
    content: [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...list.map((p) => `  <url><loc>${xml(loc(p))}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n'),
  });
  if (paths.length <= SITEMAP_URLS) return [urlset('/sitemap.xml', paths)];
  const parts = Array.from({ length: Math.ceil(paths.length / SITEMAP_URLS) }, (_, i) =>
    urlset(`/sitemap-${i + 1}.xml`, paths.slice(i * SITEMAP_URLS, (i + 1) * SITEMAP_URLS)),
  );
  const index: DataFile = {
    url: '/sitemap.xml',
    content: [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...parts.map((p) => `  <sitemap><loc>${xml(loc(p.url))}</loc></sitemap>`),
      '</sitemapindex>',
      '',
    ].join('\n'),
  };
  return [index, ...parts];
}

function robots(model: SiteModel): DataFile {
  const map = absoluteUrl(model, '/sitemap.xml');
  return { url: '/robots.txt', content: `User-agent: *\nAllow: /\n${map ? `Sitemap: ${map}\n` : ''}` };
}

export function machineFiles(model: SiteModel, pagePaths: readonly string[]): DataFile[] {
  return [...model.options.variants.map((v) => atom(model, v)), ...sitemaps(model, pagePaths), robots(model)];
}

