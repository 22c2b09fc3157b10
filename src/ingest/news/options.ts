/** Options for news ingestion, merged onto frozen defaults. */

export interface NewsOptions {
  /** Normalise ASCII punctuation between Chinese characters to full width (see ../typography.ts). */
  readonly fullWidthPunctuation: boolean;
  /** Publisher named in `source` when front matter gives none. */
  readonly publisher: string;
  /** Agency names recognised in datelines, sign-offs and bare publisher lines. */
  readonly agencies: readonly string[];
  /** Lines after which the page lists other stories (teasers). */
  readonly moreMarkers: readonly string[];
  /** Longest slug made from a headline. */
  readonly maxSlugLength: number;
}

export const DEFAULT_NEWS_OPTIONS: Readonly<NewsOptions> = Object.freeze({
  fullWidthPunctuation: true,
  publisher: '越通社',
  // Thông tấn xã Việt Nam is the agency's own (Vietnamese) name, printed alone on a line of some pages.
  agencies: Object.freeze(['越通社', '越南通讯社', '越南通訊社', 'Thông tấn xã Việt Nam']),
  moreMarkers: Object.freeze(['更多', '更多新闻', '更多新聞', '相关新闻', '相關新聞']),
  maxSlugLength: 60,
});

/** The defaults with every option the caller set (undefined values are ignored). */
export function newsOptions(options: Partial<NewsOptions> = {}): NewsOptions {
  const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return Object.freeze({ ...DEFAULT_NEWS_OPTIONS, ...set }) as NewsOptions;
}

/** The agency names to look for: the configured ones plus the publisher, longest first. */
export function agencyNames(options: NewsOptions, publisher: string): string[] {
  return [...new Set([publisher, options.publisher, ...options.agencies])].sort((a, b) => b.length - a.length);
}

/** Escapes text for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
