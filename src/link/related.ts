/** Articles that share entities or event dates are related; the reasons are kept to show them. */
import type { Article, Entity, RelatedArticle, TimelineEvent } from '../model/index.ts';

/**
 * An entity or date shared by more articles than this says little about any
 * pair of them (and would make the pass quadratic); it is not a reason.
 */
const MAX_SHARING = 50;
/** Related articles kept per article, the strongest first (a page shows eight). */
const MAX_RELATED = 12;

export function relatedArticles(
  articles: readonly Article[],
  entities: readonly Entity[],
  events: readonly TimelineEvent[],
): Record<string, RelatedArticle[]> {
  const byArticle = new Map<string, { entities: Set<string>; dates: Set<string> }>();
  const slot = (id: string) => {
    let s = byArticle.get(id);
    if (!s) byArticle.set(id, (s = { entities: new Set(), dates: new Set() }));
    return s;
  };
  const articlesOf = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      slot(m.articleId).entities.add(e.id);
      articlesOf.set(e.id, (articlesOf.get(e.id) ?? new Set()).add(m.articleId));
    }
  }
  const byDate = new Map<string, Set<string>>();
  for (const ev of events) {
    if (ev.date.start.yearless || ev.date.start.precision === 'year') continue;
    slot(ev.articleId).dates.add(ev.date.start.iso);
    byDate.set(ev.date.start.iso, (byDate.get(ev.date.start.iso) ?? new Set()).add(ev.articleId));
  }
  const out: Record<string, RelatedArticle[]> = {};
  for (const article of articles) {
    const mine = byArticle.get(article.id);
    if (!mine) continue;
    const candidates = new Map<string, { entities: string[]; dates: string[] }>();
    const entry = (id: string) => {
      let c = candidates.get(id);
      if (!c) candidates.set(id, (c = { entities: [], dates: [] }));
      return c;
    };
    for (const id of mine.entities) {
      const others = articlesOf.get(id)!;
      if (others.size > MAX_SHARING) continue;
      for (const other of others) if (other !== article.id) entry(other).entities.push(id);
    }
    for (const iso of mine.dates) {
      const others = byDate.get(iso)!;
      if (others.size > MAX_SHARING) continue;
      for (const other of others) if (other !== article.id) entry(other).dates.push(iso);
    }
    const list = [...candidates].map(([articleId, r]) => ({ articleId, entities: r.entities, dates: r.dates }));
    list.sort((a, b) => score(b) - score(a) || (a.articleId < b.articleId ? -1 : 1));
    if (list.length) out[article.id] = list.slice(0, MAX_RELATED);
  }
  return out;
}

const score = (r: RelatedArticle) => r.entities.length + 2 * r.dates.length;
