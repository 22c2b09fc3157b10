/**
 * The corpus-wide link pass: entities from wikilink targets, their mentions in
 * every article (links rewritten to entity targets), related entities, and
 * which entities get a page.
 */
import type { Article, Entity } from '../model/index.ts';
import { collectEntities } from './entities.ts';
import { findMentions } from './mentions.ts';

export { relatedArticles } from './related.ts';

export interface LinkResult {
  readonly articles: Article[];
  readonly entities: Entity[];
}

export function linkCorpus(articles: readonly Article[]): LinkResult {
  const drafts = collectEntities(articles);
  const { articles: linked, mentions, together } = findMentions(articles, drafts);
  const related = new Map<string, { id: string; count: number }[]>();
  for (const [pair, count] of together) {
    const [a, b] = pair.split('\0') as [string, string];
    // push, not spread: an entity named with thousands of others must not copy its list each time
    push(related, a, { id: b, count });
    push(related, b, { id: a, count });
  }
  const entities = drafts.map((d): Entity => {
    const list = mentions.get(d.id) ?? [];
    const places = new Set(list.map((m) => `${m.articleId}#${m.blockId}`));
    return {
      ...d,
      mentions: list,
      hasPage: d.kind !== 'other' || places.size > 1,
      related: (related.get(d.id) ?? []).sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1)),
    };
  });
  return { articles: linked, entities };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
