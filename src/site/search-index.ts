/**
 * The search index: Pagefind (its npm package ships the binary, with Chinese
 * segmentation) indexes the built pages, one index per `lang`. Runs on the
 * finished folder before it is swapped into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind writes its languages in hash-map order; sorted, two builds give the same bytes. */
function stabiliseEntry(file: string): void {
  if (!fs.existsSync(file)) return;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
  if (entry.languages) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  fs.writeFileSync(file, JSON.stringify(entry));
}

/** The pages search finds: articles and entities (their `<main>` is marked `data-pagefind-body`). */
export const SEARCHED_PAGES = '*/{articles,entities}/*.html';

export async function indexSite(dir: string): Promise<{ pages: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: dir, glob: SEARCHED_PAGES });
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    stabiliseEntry(path.join(dir, 'pagefind', 'pagefind-entry.json'));
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
