/**
 * The search index: Pagefind (its npm package ships the binary, with Chinese
 * segmentation) indexes the built pages, one index per `lang`. Runs on the
 * finished folder before it is swapped into place.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(dir: string): Promise<{ pages: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: dir });
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
