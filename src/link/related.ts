/** Articles that share people, places, organisations, subjects of articles or event dates are related; the reasons are kept to show them. */
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
  // Articles are counted by number: a score per article in one array, not a map of scores per article.
  const ids: string[] = [];
  const numbers = new Map<string, number>();
  const number = (id: string) => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = ids.push(id) - 1));
    return n;
  };
  const byArticle = new Map<string, { entities: Set<string>; dates: Set<string> }>();
  const slot = (id: string) => {
    let s = byArticle.get(id);
    if (!s) byArticle.set(id, (s = { entities: new Set(), dates: new Set() }));
    return s;
  };
  const articlesOf = new Map<string, Set<number>>();
  for (const e of entities) {
    if (!e.mentions.length || !relates(e)) continue;
    const of = new Set<number>();
    articlesOf.set(e.id, of);
    // An entity's mentions come article by article: look the article up once per run of them.
    let last: string | undefined;
    let entitiesOfLast: Set<string> | undefined;
    for (const m of e.mentions) {
      if (m.articleId !== last) {
        last = m.articleId;
        entitiesOfLast = slot(last).entities;
        of.add(number(last));
      }
      entitiesOfLast!.add(e.id);
    }
  }
  const byDate = new Map<string, Set<number>>();
  for (const ev of events) {
    if (ev.date.start.yearless || ev.date.start.precision === 'year') continue;
    slot(ev.articleId).dates.add(ev.date.start.iso);
    byDate.set(ev.date.start.iso, (byDate.get(ev.date.start.iso) ?? new Set()).add(number(ev.articleId)));
  }
  // Scores are summed per candidate first, and reasons listed only for the few kept: listing them for every candidate cost most of the pass.
  const sharing = (others: Set<number>) => (others.size > MAX_SHARING ? NONE : Int32Array.from(others));
  const byEntity = new Map([...articlesOf].map(([id, others]) => [id, sharing(others)]));
  const byDay = new Map([...byDate].map(([iso, others]) => [iso, sharing(others)]));
  const score = new Int32Array(ids.length);
  /** Each article's place in id order, for ties: numbers compare faster than strings, and ties are most comparisons. */
  const rank = new Int32Array(ids.length);
  ids.map((id, n) => [id, n] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).forEach(([, n], r) => (rank[n] = r));
  const out: Record<string, RelatedArticle[]> = {};
  for (const article of articles) {
    const mine = byArticle.get(article.id);
    if (!mine) continue;
    const self = numbers.get(article.id)!;
    const candidates: number[] = [];
    const add = (others: Int32Array, weight: number) => {
      for (const other of others) {
        if (other === self) continue;
        if (score[other] === 0) candidates.push(other);
        score[other]! += weight;
      }
    };
    for (const id of mine.entities) add(byEntity.get(id)!, 1);
    for (const iso of mine.dates) add(byDay.get(iso)!, 2);
    const best = strongest(candidates, score, rank, MAX_RELATED);
    for (const c of candidates) score[c] = 0;
    if (!best.length) continue;
    const entityReasons = [...mine.entities].map((id) => [id, articlesOf.get(id)!] as const);
    const dateReasons = [...mine.dates].map((iso) => [iso, byDate.get(iso)!] as const);
    out[article.id] = best.map((other) => ({
      articleId: ids[other]!,
      entities: entityReasons.filter(([, others]) => isShared(others, other)).map(([id]) => id),
      dates: dateReasons.filter(([, others]) => isShared(others, other)).map(([iso]) => iso),
    }));
  }
  return out;
}

const NONE = new Int32Array(0);

/**
 * Whether naming the entity says what an article is about: people, places,
 * organisations and the subjects of the corpus's articles do; other entities
 * (offices, currencies, common nouns such as 大使館 or 原油) are named in passing
 * and would relate unrelated articles.
 */
const relates = (e: Entity) => e.kind !== 'other' || e.article !== undefined;

const isShared = (others: Set<number>, other: number) => others.size <= MAX_SHARING && others.has(other);

/** The `n` candidates with the highest scores, ties in id order (`rank`). */
function strongest(candidates: readonly number[], score: Int32Array, rank: Int32Array, n: number): number[] {
  const top: number[] = [];
  for (const c of candidates) {
    const s = score[c]!;
    // Most candidates rank below the last one kept: compared inline, as this runs for every candidate.
    if (top.length === n) {
      const last = top[n - 1]!;
      if (s < score[last]! || (s === score[last] && rank[c]! > rank[last]!)) continue;
    }
    let at = top.length === n ? n - 1 : top.length;
    for (; at > 0; at--) {
      const p = top[at - 1]!;
      if (!(s > score[p]! || (s === score[p] && rank[c]! < rank[p]!))) break;
    }
    top.splice(at, 0, c);
    if (top.length > n) top.pop();
  }
  return top;
}
