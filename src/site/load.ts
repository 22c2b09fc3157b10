/**
 * The page data Eleventy renders, one chunk at a time: the build sets the
 * current chunk, runs Eleventy, and moves on to the next (see src/cli.ts).
 * Eleventy keeps every page it renders in memory until its run ends, so
 * rendering in chunks is what bounds a large build's memory.
 */
import type { PageLists, SitePages } from './pages.ts';

export type RenderedPages = PageLists & {
  readonly variants: SitePages['variants'];
  /** Whether this run also writes what belongs to no variant: the root pages and public/. One run of a build does. */
  readonly root: boolean;
};

let current: RenderedPages | undefined;

/** The chunk to render next (undefined once the last has been rendered, so that it can be collected). */
export function setCurrentPages(pages: RenderedPages | undefined): void {
  current = pages;
}

export function currentPages(): RenderedPages {
  if (!current) throw new Error('no pages to render: run the build with `npm run build` (src/cli.ts), which hands Eleventy its pages');
  return current;
}
