/** The `source` of news articles, from front matter and options. */
import type { ArticleSource } from '../../model/index.ts';
import { metaMessage, type Seed } from '../seed.ts';
import { safeUrl } from '../url.ts';

/**
 * Publisher (front matter `publisher`, else the default), plus `url` from
 * `source_url` and `licence` from `licence` + `licence_url` when given.
 * Briefs are other stories: they share publisher and licence, not the URL.
 */
export function newsSource(seed: Seed, publisher: string, forBrief = false): ArticleSource {
  const { source_url, licence, licence_url } = seed.meta;
  const url = source_url && !forBrief ? safeUrl(source_url) : undefined;
  const licenceUrl = licence_url ? safeUrl(licence_url) : undefined;
  if (!forBrief && licence && !licenceUrl) metaMessage(seed, 'licence', 'front matter `licence` needs a `licence_url` (http or https); licence left out');
  return {
    publisher,
    ...(url ? { url } : {}),
    ...(licence && licenceUrl ? { licence: { name: licence, url: licenceUrl } } : {}),
  };
}
