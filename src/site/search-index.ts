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
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteModel, Variant } from '../model/index.ts';
import { variantDir } from './urls.ts';

/** The script whose pages are indexed. */
export const searchedVariant = (model: SiteModel): Variant => model.options.variants[0]!;


/** Pagefind writes its languages in hash-map order; sorted, two builds give the same bytes. */
function stabiliseEntry(file: string): void {
  if (!fs.existsSync(file)) return;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
  if (entry.languages) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  fs.writeFileSync(file, JSON.stringify(entry));
}

export async function indexSite(dir: string, model: SiteModel): Promise<{ pages: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, errors };
  try {
    // Pages without `data-pagefind-body` (the list pages in these folders) are left out by Pagefind.
    const added = await index.addDirectory({ path: dir, glob: `${variantDir(searchedVariant(model))}/{articles,entities}/*.html` });
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    stabiliseEntry(path.join(dir, 'pagefind', 'pagefind-entry.json'));
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
