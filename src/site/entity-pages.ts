/** Entity pages and the entity index, per variant. */
import { convert } from '../convert/index.ts';
import type { Article, Entity, EntityKind, SiteModel, Variant } from '../model/index.ts';
import { wikipediaUrl } from '../render/article.ts';
import { pageBase, type PageBase } from './page-base.ts';
import { uiStrings } from './ui.ts';
import { articlePath, entitiesPath, entityPath } from './urls.ts';

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
  /** The first MAX_MENTIONS mentions; the full list is in data/entities.json. */
  readonly mentions: readonly { readonly articleTitle: string; readonly url: string; readonly sentence: string }[];
  readonly mentionCount: number;
  readonly related: readonly (EntityLink & { readonly count: number })[];
}

export interface EntityIndexPage extends PageBase {
  readonly groups: readonly { readonly kind: EntityKind; readonly label: string; readonly entities: readonly EntityLink[] }[];
}

/** Mentions listed on an entity page; the rest are counted (and all are in the data export). */
const MAX_MENTIONS = 100;

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation', 'other'];

export function kindLabel(kind: EntityKind, variant: Variant): string {
  const ui = uiStrings(variant);
  return { person: ui.kindPerson, place: ui.kindPlace, organisation: ui.kindOrganisation, other: ui.kindOther }[kind];
}

/** Chinese readers' order: pinyin for Simplified pages, stroke count for Traditional ones. */
export function collator(variant: Variant): Intl.Collator {
  return new Intl.Collator(variant === 'zh-Hans' ? 'zh-Hans-u-co-pinyin' : 'zh-Hant-u-co-stroke');
}

export function entityLink(entity: Entity, variant: Variant): EntityLink {
  return entity.hasPage
    ? { title: convert(entity.title, variant), url: entityPath(variant, entity.id), external: false }
    : { title: convert(entity.title, variant), url: wikipediaUrl(entity.wikipediaTitle, variant), external: true };
}

export function entityPages(model: SiteModel, variant: Variant, converted: readonly Article[]) {
  const byId = new Map(model.entities.map((e) => [e.id, e]));
  const articles = new Map(converted.map((a) => [a.id, a]));
  const pages: EntityPage[] = model.entities
    .filter((e) => e.hasPage)
    .map((e) => {
      const title = convert(e.title, variant);
      return {
        ...pageBase(model, variant, (v) => entityPath(v, e.id), title, [{ label: uiStrings(variant).entityIndex, url: entitiesPath(variant) }]),
        entity: {
          id: e.id,
          title,
          kindLabel: kindLabel(e.kind, variant),
          aliases: [...new Set(e.aliases.map((a) => convert(a, variant)))].filter((a) => a !== title),
          wikipediaUrl: wikipediaUrl(e.wikipediaTitle, variant),
        },
        mentionCount: e.mentions.length,
        mentions: e.mentions.slice(0, MAX_MENTIONS).map((m) => {
          const article = articles.get(m.articleId)!;
          return { articleTitle: article.title, url: `${articlePath(variant, article.slug)}#${m.blockId}`, sentence: convert(m.sentence, variant) };
        }),
        related: e.related.slice(0, 12).map((r) => ({ ...entityLink(byId.get(r.id)!, variant), count: r.count })),
      };
    });
  const compare = collator(variant).compare;
  const index: EntityIndexPage = {
    ...pageBase(model, variant, entitiesPath, uiStrings(variant).entityIndex),
    groups: KINDS.map((kind) => ({
      kind,
      label: kindLabel(kind, variant),
      entities: model.entities
        .filter((e) => e.hasPage && e.kind === kind)
        .map((e) => entityLink(e, variant))
        .sort((a, b) => compare(a.title, b.title)),
    })).filter((g) => g.entities.length > 0),
  };
  return { pages, index };
}
