/** Ingest entry: one seed file → its Articles, by kind. */
import type { Article } from '../model/index.ts';
import { detectKind } from './detect.ts';
import { ingestNews } from './news/index.ts';
import { seedMessage, type Seed } from './seed.ts';
import { ingestWiki } from './wiki/index.ts';

export { parseSeed, readSeed, type Seed } from './seed.ts';

/** The articles a seed yields: one for wiki markdown; the report plus its briefs for news. */
export function ingestSeed(seed: Seed): Article[] {
  if (seed.file.messages.some((m) => m.fatal)) return [];
  if (seed.text.trim() === '') {
    seedMessage(seed, 'the seed is empty', 1, true);
    return [];
  }
  const kind = seed.meta.kind ?? detectKind(seed.text);
  switch (kind) {
    case 'wiki':
      return [ingestWiki(seed)];
    case 'news':
      return ingestNews(seed);
    default:
      seedMessage(
        seed,
        'cannot tell what kind of document this is (neither wiki markdown nor news text); add front matter `kind: wiki` or `kind: news`',
        1,
        true,
      );
      return [];
  }
}
