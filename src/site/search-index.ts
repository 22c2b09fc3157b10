/**
 * The search index: Pagefind (its npm package ships the binary, with Chinese
 * segmentation) indexes article and entity pages, one index per `lang`.
 *
 * Pages are handed to Pagefind as Eleventy renders them, so Pagefind (its own
 * process) indexes on one core while rendering goes on on the other; the
 * index is written into the finished folder before it is swapped into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The pages search finds: articles and entities (their `<main>` is marked `data-pagefind-body`). */
const SEARCHED = /^\/[^/]+\/(?:articles|entities)\/[^/]+\.html$/;

export const isSearched = (url: string): boolean => SEARCHED.test(url) && !url.endsWith('/index.html');

/** Pagefind writes its languages in hash-map order; sorted, two builds give the same bytes. */
function stabiliseEntry(file: string): void {
  if (!fs.existsSync(file)) return;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
  if (entry.languages) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  fs.writeFileSync(file, JSON.stringify(entry));
}

export interface SearchIndexer {
  /** Adds a rendered page (root-relative URL) if search should find it. */
  add(url: string, html: string): void;
  /** Waits for every page, writes the index into `dir/pagefind`, and stops Pagefind. */
  finish(dir: string): Promise<{ pages: number; errors: string[] }>;
}

export async function openSearchIndex(): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({});
  const added: Promise<{ errors: string[] }>[] = [];
  return {
    add(url, html) {
      if (index && isSearched(url)) added.push(index.addHTMLFile({ url, content: html }));
    },
    async finish(dir) {
      try {
        if (!index) return { pages: 0, errors };
        const results = await Promise.all(added);
        const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
        stabiliseEntry(path.join(dir, 'pagefind', 'pagefind-entry.json'));
        return { pages: added.length, errors: [...errors, ...results.flatMap((r) => r.errors), ...written.errors] };
      } finally {
        await pagefind.close();
      }
    },
  };
}
