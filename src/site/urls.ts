/**
 * Site paths. Every page lives at a root-relative path such as
 * `/zh-hant/articles/e-yue-guan-xi.html`; every link between pages is written
 * relative to the page that holds it, so the folder works at a domain root,
 * under any sub-path, and from disk.
 */
import type { Variant } from '../model/index.ts';

export const variantDir = (variant: Variant): string => variant.toLowerCase();

export const homePath = (variant: Variant): string => `/${variantDir(variant)}/index.html`;
export const newsPath = (variant: Variant): string => `/${variantDir(variant)}/news/index.html`;
export const entityPath = (variant: Variant, id: string): string => `/${variantDir(variant)}/entities/${id}.html`;
/** All entities of one kind, when the index cannot list them all. */
export const entityKindPath = (variant: Variant, kind: string): string => `/${variantDir(variant)}/entities/kinds/${kind}.html`;
export const entitiesPath = (variant: Variant): string => `/${variantDir(variant)}/entities/index.html`;
/** The full timeline or one topic's (`topic-ID.html`); `period` names one page of a timeline split into periods. */
export const timelinePath = (variant: Variant, filter: { topic?: string; period?: string } = {}): string => {
  const name = filter.topic ? `topic-${filter.topic}${filter.period ? `--${filter.period}` : ''}` : (filter.period ?? 'index');
  return `/${variantDir(variant)}/timeline/${name}.html`;
};
export const feedPath = (variant: Variant): string => `/${variantDir(variant)}/feed.xml`;
export const searchPath = (variant: Variant): string => `/${variantDir(variant)}/search.html`;
export const articlesPath = (variant: Variant): string => `/${variantDir(variant)}/articles/index.html`;
export const categoriesPath = (variant: Variant): string => `/${variantDir(variant)}/categories/index.html`;
export const categoryPath = (variant: Variant, id: string): string => `/${variantDir(variant)}/categories/${id}.html`;
export const articlePath = (variant: Variant, slug: string): string => `/${variantDir(variant)}/articles/${slug}.html`;

const SLASH = 0x2f;

/** The href from page `from` to page `to` (both root-relative paths, `to` may carry `#anchor`). */
export function relativeHref(from: string, to: string): string {
  const hashAt = to.indexOf('#');
  const target = hashAt < 0 ? to : to.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : to.slice(hashAt);
  const file = target.endsWith('/') ? `${target}index.html` : target;
  // `from`'s directory is from[0, dirEnd); every page's links pass through here, so nothing is sliced.
  const dirEnd = from.endsWith('/') ? from.length : from.lastIndexOf('/') + 1;
  // Longest common directory prefix, then one `../` per remaining directory of `from`.
  let common = 0;
  for (let i = 0; i < dirEnd && i < file.length && from.charCodeAt(i) === file.charCodeAt(i); i++) if (from.charCodeAt(i) === SLASH) common = i + 1;
  let ups = 0;
  for (let i = common; i < dirEnd; i++) if (from.charCodeAt(i) === SLASH) ups++;
  const rel = '../'.repeat(ups) + file.slice(common);
  return `${rel || file.slice(file.lastIndexOf('/') + 1)}${hash}`;
}
