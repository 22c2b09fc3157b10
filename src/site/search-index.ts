/**
 * The search index: Pagefind (its npm package ships the binary, with Chinese
 * segmentation) indexes the article and entity pages of one script, the
 * site's first variant. Pages in the other scripts hold the same text, so the
 * search page puts a query into that script and shows each result in the
 * reader's (js/search.js, with the corpus's character map): half the
 * indexing, and one index for readers of every script.
 *
 * Pagefind reads the rendered pages from the finished folder, on every core,
 * before the folder is swapped into place. (Handing it each page as Eleventy
 * rendered it was slower: one message per page through its service, and
 * rendering waited for it.)
 *
 * Pagefind keeps every page of an index in memory until the index is written,
 * about 0.2 MiB per indexed page, so a large site is indexed in parts
 * of at most SEARCH_PART_PAGES pages, SEARCH_PARTS_AT_ONCE parts to a Pagefind
 * process, one process after another: the first part in `pagefind/`, the
 * others in `pagefind-2/`, `pagefind-3/`, …,
 * which the search page merges (`mergeIndex`). Pages are dealt to the parts in
 * turn, so each part holds a like mix of pages and their scores compare.
 * Each part answers a query on its own, with near matches when it lacks a
 * query's word; the search page keeps only results that contain every word
 * of the query, as Pagefind splits it into words (js/search.js).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteModel, Variant } from '../model/index.ts';
import { articlePath, entityPath } from './urls.ts';

/** The script whose pages are indexed. */
export const searchedVariant = (model: SiteModel): Variant => model.options.variants[0]!;

/**
 * Pages per part of the search index. At 10k seeds (24,950 pages) Pagefind
 * peaked at 355 MiB for a part of 1500 pages, 582 MiB for 2500, 821 MiB for
 * 4000 and 4.7 GiB for all at once; the build renders first, in a process
 * that has ended before Pagefind starts (src/cli.ts), and rendering peaked at
 * 1.8 GiB, so parts of 4000 pages leave the build's peak where rendering put
 * it. The part size made no difference to indexing time there (7, 10 and 17
 * parts: 57, 57 and 60 s); each part costs a reader one more index chunk per
 * query word (about 23 KB).
 */
export const SEARCH_PART_PAGES = 4000;

export interface SearchPart {
  /** The folder of this part's Pagefind bundle, relative to the site folder. */
  readonly dir: string;
  /** The pages it indexes, relative to the site folder. */
  readonly pages: readonly string[];
}

/** The parts of the search index: the article and entity pages of the searched variant, dealt in turn. */
export function searchParts(model: SiteModel): SearchPart[] {
  const variant = searchedVariant(model);
  const pages = [
    ...model.articles.map((a) => articlePath(variant, a.slug)),
    ...model.entities.filter((e) => e.hasPage).map((e) => entityPath(variant, e.id)),
  ]
    .map((url) => url.slice(1))
    .sort();
  const n = Math.max(1, Math.ceil(pages.length / (model.options.searchPartPages ?? SEARCH_PART_PAGES)));
  return Array.from({ length: n }, (_, k) => ({ dir: k === 0 ? 'pagefind' : `pagefind-${k + 1}`, pages: pages.filter((_, i) => i % n === k) }));
}

/** A glob naming exactly these pages. Slugs and ids are lower-case ASCII words and hyphens, so nothing in them is a glob character. */
function globOf(pages: readonly string[]): string {
  for (const page of pages) if (!/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\.html$/.test(page)) throw new Error(`cannot name ${page} in a search index glob`);
  return `{${pages.join(',')}}`;
}

/** Pagefind writes its languages in hash-map order; sorted, two builds give the same bytes. */
function stabiliseEntry(file: string): void {
  if (!fs.existsSync(file)) return;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
  if (entry.languages) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  fs.writeFileSync(file, JSON.stringify(entry));
}

/**
 * Parts indexed at once, by one Pagefind process. On its own Pagefind kept
 * about 1.3 of this machine's 2 cores busy. Re-indexing a 10k-seed site (7
 * parts) took 36.1-44.0 s two at a time (five runs, mean 38.8 s) against
 * 36.7-56.6 s one at a time (four runs, mean 44.9 s), with a peak of 1.09 GB
 * against 0.85 GB, still under what rendering peaked at.
 */
export const SEARCH_PARTS_AT_ONCE = 2;

/** Writes the search index of the pages in `dir`, a few parts at a time (see `searchParts`). */
export async function indexSite(dir: string, parts: readonly SearchPart[], atOnce = SEARCH_PARTS_AT_ONCE): Promise<{ pages: number; errors: string[] }> {
  let pages = 0;
  const errors: string[] = [];
  for (let i = 0; i < parts.length; i += atOnce) {
    try {
      const results = await Promise.all(parts.slice(i, i + atOnce).map((part) => indexPart(dir, part)));
      for (const result of results) {
        pages += result.pages;
        errors.push(...result.errors);
      }
    } finally {
      // A new Pagefind process for each round: what its parts held is given back before the next.
      await pagefind.close();
    }
    if (errors.length) break;
  }
  return { pages, errors };
}

/** Stops Pagefind, if it is running (a stopped build, before it removes its folder). */
export async function stopIndexing(): Promise<void> {
  await pagefind.close();
}

async function indexPart(dir: string, part: SearchPart): Promise<{ pages: number; errors: string[] }> {
  const created = await pagefind.createIndex({});
  if (!created.index) return { pages: 0, errors: created.errors.length ? created.errors : ['Pagefind made no index'] };
  const added = await created.index.addDirectory({ path: dir, glob: globOf(part.pages) });
  const written = await created.index.writeFiles({ outputPath: path.join(dir, part.dir) });
  stabiliseEntry(path.join(dir, part.dir, 'pagefind-entry.json'));
  return { pages: added.page_count, errors: [...created.errors, ...added.errors, ...written.errors] };
}
