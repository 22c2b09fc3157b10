/** Entity pages and the entity index, per variant. */
import { convert } from '../convert/index.ts';
import type { Entity, EntityKind, SiteModel, Variant } from '../model/index.ts';
import { wikipediaUrl } from '../render/article.ts';
import { pageBase, type PageBase } from './page-base.ts';
import { uiStrings } from './ui.ts';
import { nthPagePath, PAGE_SIZE, paginate, type Pager } from './paginate.ts';
import { articlePath, entitiesPath, entityKindPath, entityPath } from './urls.ts';

export interface EntityLink {
  readonly title: string;
  /** Its page on this site, or its Wikipedia page. */
  readonly url: string;
  readonly external: boolean;
}

export interface EntityPage extends PageBase {
  readonly entity: {
    readonly id: string;
    readonly title: string;
    readonly kindLabel: string;
    readonly aliases: readonly string[];
    readonly wikipediaUrl: string;
  };
  /** The corpus's article about the entity, when there is one. */
  readonly article?: { readonly title: string; readonly url: string };
  /** The first MAX_MENTIONS mentions; the full list is in data/entities.json. */
  readonly mentions: readonly { readonly articleTitle: string; readonly url: string; readonly sentence: string }[];
  readonly mentionCount: number;
  readonly related: readonly (EntityLink & { readonly count: number })[];
}

export interface EntityIndexPage extends PageBase {
  readonly title: string;
  readonly groups: readonly {
    readonly kind: EntityKind;
    readonly label: string;
    readonly entities: readonly EntityLink[];
    /** Entities of this kind in all (the group may show only the most mentioned). */
    readonly count: number;
    /** The full list of this kind, when the group does not show all of it. */
    readonly allUrl?: string;
  }[];
  readonly pager?: Pager;
}

/** Mentions listed on an entity page; the rest are counted (and all are in the data export). */
const MAX_MENTIONS = 100;
/** A kind with more entities than fit on one page shows this many (the most mentioned) on the index. */
const INDEX_SAMPLE = 60;

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation', 'other'];

export function kindLabel(kind: EntityKind, variant: Variant): string {
  const ui = uiStrings(variant);
  return { person: ui.kindPerson, place: ui.kindPlace, organisation: ui.kindOrganisation, other: ui.kindOther }[kind];
}

/** Chinese readers' order: pinyin for Simplified pages, stroke count for Traditional ones. */
export function collator(variant: Variant): Intl.Collator {
  return new Intl.Collator(variant === 'zh-Hans' ? 'zh-Hans-u-co-pinyin' : 'zh-Hant-u-co-stroke');
}

/** An article as other pages name it: its title in the variant and its slug. */
export interface ArticleRef {
  readonly title: string;
  readonly slug: string;
}

/**
 * Where a link to an entity goes: its page, else the corpus's article about it
 * (`articles`, by id: the entity names its article by id, and the page is at
 * the article's slug), else Wikipedia.
 */
export function entityLink(entity: Entity, variant: Variant, articles: ReadonlyMap<string, ArticleRef>): EntityLink {
  const title = convert(entity.title, variant);
  if (entity.hasPage) return { title, url: entityPath(variant, entity.id), external: false };
  const article = entity.article === undefined ? undefined : articles.get(entity.article);
  if (article) return { title, url: articlePath(variant, article.slug), external: false };
  return { title, url: wikipediaUrl(entity.wikipediaTitle, variant), external: true };
}

/** Entity pages are made one at a time, as they are rendered; the index pages at once. */
export function entityPages(model: SiteModel, variant: Variant, articles: ReadonlyMap<string, ArticleRef>) {
  const byId = new Map(model.entities.map((e) => [e.id, e]));
  const articleLink = (a: ArticleRef) => ({ title: a.title, url: articlePath(variant, a.slug) });
  const page = (e: Entity): EntityPage => {
    const title = convert(e.title, variant);
    return {
      ...pageBase(model, variant, (v) => entityPath(v, e.id), title, [{ label: uiStrings(variant).entityIndex, url: entitiesPath(variant) }]),
      description: `${title}（${kindLabel(e.kind, variant)}）`,
      entity: {
        id: e.id,
        title,
        kindLabel: kindLabel(e.kind, variant),
        aliases: [...new Set(e.aliases.map((a) => convert(a, variant)))].filter((a) => a !== title),
        wikipediaUrl: wikipediaUrl(e.wikipediaTitle, variant),
      },
      ...(e.article && articles.has(e.article) ? { article: articleLink(articles.get(e.article)!) } : {}),
      mentionCount: e.mentions.length,
      mentions: e.mentions.slice(0, MAX_MENTIONS).map((m) => {
        const article = articles.get(m.articleId)!;
        return { articleTitle: article.title, url: `${articlePath(variant, article.slug)}#${m.blockId}`, sentence: convert(m.sentence, variant) };
      }),
      related: e.related.slice(0, 12).map((r) => ({ ...entityLink(byId.get(r.id)!, variant, articles), count: r.count })),
    };
  };
  const compare = collator(variant).compare;
  const ui = uiStrings(variant);
  const byMentions = (list: readonly Entity[]) => [...list].sort((a, b) => b.mentions.length - a.mentions.length);
  const sorted = (list: readonly Entity[]) => list.map((e) => entityLink(e, variant, articles)).sort((a, b) => compare(a.title, b.title));
  const withPages = model.entities.filter((e) => e.hasPage);
  const indexes: EntityIndexPage[] = [];
  const groups: EntityIndexPage['groups'][number][] = [];
  for (const kind of KINDS) {
    const all = withPages.filter((e) => e.kind === kind);
    if (!all.length) continue;
    const label = kindLabel(kind, variant);
    if (all.length <= PAGE_SIZE.links) {
      groups.push({ kind, label, entities: sorted(all), count: all.length });
      continue;
    }
    const first = (v: Variant) => entityKindPath(v, kind);
    groups.push({ kind, label, entities: sorted(byMentions(all).slice(0, INDEX_SAMPLE)), count: all.length, allUrl: first(variant) });
    for (const [i, chunk] of paginate(sorted(all), PAGE_SIZE.links, first(variant)).entries()) {
      const title = `${ui.entityIndex}：${label}${chunk.pager ? `（${chunk.pager.current}/${chunk.pager.total}）` : ''}`;
      indexes.push({
        ...pageBase(model, variant, (v) => nthPagePath(first(v), i + 1), title, [{ label: ui.entityIndex, url: entitiesPath(variant) }]),
        title,
        groups: [{ kind, label, entities: chunk.items, count: all.length }],
        ...(chunk.pager ? { pager: chunk.pager } : {}),
      });
    }
  }
  indexes.unshift({ ...pageBase(model, variant, entitiesPath, ui.entityIndex), title: ui.entityIndex, groups });
  /** The most mentioned people and places with a page, for the home page's list under its 專名索引 heading (ui.entities). */
  const featured = byMentions(withPages.filter((e) => e.kind === 'person' || e.kind === 'place')).map((e) => entityLink(e, variant, articles));
  function* pages(): Generator<EntityPage> {
    for (const e of withPages) yield page(e);
  }
  return { pages: pages(), indexes, featured };
}
