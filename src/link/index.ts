/**
 * The corpus-wide link pass: entities from wikilink targets, article subjects,
 * the glossary and the names the context marks, their mentions in every
 * article (links rewritten to entity targets), related entities, and which
 * entities get a page.
 */
import type { Article, Entity, Mention } from '../model/index.ts';
import { collectEntities, type LinkGlossary } from './entities.ts';
import { findMentions, withoutEntityLinks } from './mentions.ts';

export { relatedArticles } from './related.ts';
export type { LinkGlossary } from './entities.ts';

export interface LinkResult {
  readonly articles: Article[];
  readonly entities: Entity[];
}

export interface LinkOptions {
  /** The site's glossary (`seeds/glossary.yaml`): its people, and its terms that name a person, place or organisation, are entities. */
  readonly glossary?: LinkGlossary;
}

export function linkCorpus(articles: readonly Article[], options: LinkOptions = {}): LinkResult {
  const all = collectEntities(articles, options.glossary);
  const found = findMentions(articles, all);
  const { mentions, together } = found;
  // An entity from the glossary or from context that the text names in too few articles goes, with its links.
  const dropped = new Set(all.filter((d) => d.minArticles !== undefined && articleCount(mentions.get(d.id)) < d.minArticles).map((d) => d.id));
  const drafts = dropped.size ? all.filter((d) => !dropped.has(d.id)) : all;
  const linked = dropped.size ? withoutEntityLinks(found.articles, dropped, [...dropped].flatMap((id) => (mentions.get(id) ?? []).map((m) => m.articleId))) : found.articles;
  // Related entities go by count, then by id: each entity's place in id order stands for its id, as numbers sort faster than strings.
  const rank = new Map([...drafts.map((d) => d.id)].sort((a, b) => (a < b ? -1 : 1)).map((id, r) => [id, r]));
  const related = new Map<string, [count: number, rank: number, id: string][]>();
  for (const [a, counts] of together) {
    if (dropped.has(a)) continue;
    for (const [b, count] of counts) {
      if (dropped.has(b)) continue;
      // push, not spread: an entity named with thousands of others must not copy its list each time
      push(related, a, [count, rank.get(b)!, b]);
      push(related, b, [count, rank.get(a)!, a]);
    }
  }
  const entities = drafts.map(({ generic, article, minArticles, ...d }): Entity => {
    const list = mentions.get(d.id) ?? [];
    return {
      ...d,
      ...(article ? { article: article.id } : {}),
      mentions: list,
      // The subject of an article gets a page, whatever its kind, when another article names it: where the corpus names it,
      // and a link to the article. Named only in its own article, its page would repeat the article: links go to the article.
      hasPage: article !== undefined ? list.some((m) => m.articleId !== article.id) : !generic && (d.kind !== 'other' || inMoreThanOnePlace(list)),
      related: (related.get(d.id) ?? []).sort((x, y) => y[0] - x[0] || x[1] - y[1]).map(([count, , id]) => ({ id, count })),
    };
  });
  return { articles: linked, entities };
}

/** How many articles the mentions are in (they come article by article). */
function articleCount(mentions: readonly Mention[] | undefined): number {
  let n = 0;
  let last: string | undefined;
  for (const m of mentions ?? []) {
    if (m.articleId !== last) n++;
    last = m.articleId;
  }
  return n;
}

/** Whether the mentions are in more than one paragraph (article and block). */
function inMoreThanOnePlace(mentions: readonly Mention[]): boolean {
  const first = mentions[0] && `${mentions[0].articleId}#${mentions[0].blockId}`;
  return mentions.some((m) => `${m.articleId}#${m.blockId}` !== first);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
