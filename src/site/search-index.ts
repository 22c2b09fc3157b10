/**
 * The search index: Pagefind (its npm package ships the binary, with Chinese
 * segmentation) indexes the article and entity pages of one script, the
 * site's first variant. Pages in the other scripts hold the same text, so the
 * search page puts a query into that script and shows each result in the
 * reader's (js/search.js, with the corpus's character map): half the
 * indexing, and one index for readers of every script.
 *
 * Pages are handed to Pagefind as Eleventy renders them, so Pagefind (its own
 * process) indexes on one core while rendering goes on on the other; the
 * index is written into the finished folder before it is swapped into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteModel, Variant } from '../model/index.ts';
import { variantDir } from './urls.ts';

/** The script whose pages are indexed. */
export const searchedVariant = (model: SiteModel): Variant => model.options.variants[0]!;

/** The pages search finds: articles and entities of one script (their `<main>` is marked `data-pagefind-body`). */
export function isSearched(url: string, dir: string): boolean {
  return url.startsWith(`/${dir}/`) && /^\/[^/]+\/(?:articles|entities)\/[^/]+\.html$/.test(url) && !url.endsWith('/index.html');
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

/** Pages handed to Pagefind and not yet indexed; past this, rendering waits (else pages pile up in memory). */
const IN_FLIGHT = 64;

export interface SearchIndexer {
  /** Adds a rendered page (root-relative URL) if search should find it; resolves when Pagefind has room for more. */
  add(url: string, html: string): Promise<void>;
  /** Waits for every page, writes the index into `dir/pagefind`, and stops Pagefind. */
  finish(dir: string): Promise<{ pages: number; errors: string[] }>;
}

export async function openSearchIndex(model: SiteModel): Promise<SearchIndexer> {
  const dir = variantDir(searchedVariant(model));
  const { index, errors } = await pagefind.createIndex({});
  const inFlight: Promise<void>[] = [];
  const problems = [...errors];
  let pages = 0;
  return {
    async add(url, html) {
      if (!index || !isSearched(url, dir)) return;
      pages++;
      inFlight.push(index.addHTMLFile({ url, content: html }).then((r) => void problems.push(...r.errors)));
      while (inFlight.length > IN_FLIGHT) await inFlight.shift();
    },
    async finish(dir) {
      try {
        if (!index) return { pages: 0, errors: problems };
        await Promise.all(inFlight);
        const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
        stabiliseEntry(path.join(dir, 'pagefind', 'pagefind-entry.json'));
        return { pages, errors: [...problems, ...written.errors] };
      } finally {
        await pagefind.close();
      }
    },
  };
}
