/**
 * The corpus's entities: every wikilink target is one, keyed script-
 * insensitively (拉夫罗夫 is 拉夫羅夫), and so is the subject of every wiki
 * article, by the names subjects.ts reads. A subject that is also a wikilink
 * target is one entity, which then leads to its article. A person's
 * `·`-joined name also goes by its last segment (弗拉基米爾·普京 → 普京), and a
 * country's name with 聯邦 (俄羅斯聯邦) is that country.
 */
import type { Article, Entity, EntityKind, Inline, Slug } from '../model/index.ts';
import { clearOfIndex, slugify, uniqueId } from '../ingest/slug.ts';
import { matchKey } from './keys.ts';
import { guessKinds, isCountryName, isGeneric } from './kinds.ts';
import { subjectNames } from './subjects.ts';
import { plainText, textUnits, unitParts } from './walk.ts';

/** The article of the corpus an entity is the subject of. */
export interface SubjectArticle {
  readonly id: string;
  readonly slug: Slug;
  /** Its sections' ids by their headings' matching keys, for wikilinks to a section (越南戰爭#美軍轟炸). */
  readonly sections: ReadonlyMap<string, string>;
}

export interface EntityDraft {
  id: string;
  title: string;
  aliases: string[];
  kind: EntityKind;
  wikipediaTitle: string;
  /** A common noun (大使館): no page, never a reason to relate articles. */
  generic: boolean;
  /** The corpus's article about it: wikilinks and mentions lead there. */
  article?: SubjectArticle;
}

function wikiTitles(inlines: readonly Inline[], out: string[]): void {
  for (const node of inlines) {
    // A link to a section (`T#A`) is about the section, not the page: it stays a link to the section.
    if (node.type === 'link' && node.target.kind === 'wikipedia' && !node.target.anchor) out.push(node.target.title);
    if ('children' in node) wikiTitles(node.children, out);
  }
}

/** The state suffix that, after a country's name, names the same country (俄羅斯聯邦 is 俄羅斯). 共和國 does not: 越南共和國 was South Vietnam. */
const SAME_STATE_SUFFIX = /^(.+)(聯邦|联邦)$/u;

/** Entity drafts (no mentions yet) in the order the corpus first links them, then the subjects of articles no wikilink names. */
export function collectEntities(articles: readonly Article[]): EntityDraft[] {
  const titles: string[] = [];
  for (const article of articles) eachInlineList(article, (inlines) => wikiTitles(inlines, titles));
  const texts: string[] = [];
  for (const article of articles) for (const { block } of textUnits(article)) for (const part of unitParts(block)) texts.push(matchKey(plainText(part)));

  const firsts = new Map<string, string>();
  for (const title of titles) {
    const key = matchKey(title);
    if (!firsts.has(key)) firsts.set(key, title);
  }
  const subjects = articles.map((a) => ({ article: a, names: subjectNames(a) })).filter((s) => s.names.length);
  const named = [...firsts.values(), ...subjects.flatMap((s) => s.names)];
  const kinds = guessKinds(named, { texts });
  const kindOf = new Map(named.map((name, i) => [name, kinds[i]!]));

  const byKey = new Map<string, EntityDraft>();
  const ids = new Set<string>();
  const draft = (title: string, kind: EntityKind, wikipediaTitle: string): EntityDraft => {
    const aliases = [title];
    const last = title.split('·').at(-1)!;
    if (kind === 'person' && last !== title && last.length >= 2) aliases.push(last);
    return { id: uniqueId(clearOfIndex(slugify(title) || 'entity', 'entity'), ids), title, aliases, kind, wikipediaTitle, generic: isGeneric(title) };
  };
  for (const [key, title] of firsts) byKey.set(key, draft(title, kindOf.get(title)!, title));
  foldSameStates(byKey);

  for (const { article, names } of subjects) {
    const keys = names.map(matchKey);
    let entity = keys.map((k) => byKey.get(k)).find((e) => e !== undefined);
    // Two articles about one subject: the first keeps it.
    if (entity?.article) continue;
    if (!entity) {
      // The entity goes by a Han name where the article's title has none (a title the export lost).
      const title = names.find((n) => /\p{Script=Han}/u.test(n)) ?? names[0]!;
      const kind = names.map((n) => kindOf.get(n)!).find((k) => k !== 'other') ?? 'other';
      // Its Wikipedia title, unless the export lost that too (then it was made from the file name).
      const wiki = article.source.wikipediaTitle;
      entity = draft(title, kind, wiki && names.includes(wiki) ? wiki : title);
      entity.generic = false;
    }
    entity.article = { id: article.id, slug: article.slug, sections: new Map(article.sections.map((s) => [matchKey(plainText(s.heading).trim()), s.id])) };
    names.forEach((name, i) => {
      if (byKey.has(keys[i]!) && byKey.get(keys[i]!) !== entity) return;
      byKey.set(keys[i]!, entity);
      if (!entity.aliases.some((a) => matchKey(a) === keys[i])) entity.aliases.push(name);
    });
  }
  return [...new Set(byKey.values())];
}

/**
 * A country's name with 聯邦 (俄羅斯聯邦) names the country (俄羅斯): where the
 * corpus links both, they are one entity under the short name, which is the
 * title of the Wikipedia page the long one redirects to. Only CLDR's country
 * names count, so 馬來亞聯邦 (not Malaysia) stays apart.
 */
function foldSameStates(byKey: Map<string, EntityDraft>): void {
  for (const [key, long] of byKey) {
    const short = SAME_STATE_SUFFIX.exec(key)?.[1];
    const into = short && isCountryName(short) ? byKey.get(short) : undefined;
    if (!into || into === long) continue;
    for (const alias of long.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
    if (into.kind === 'other') into.kind = long.kind;
    byKey.set(key, into);
  }
}

/** Calls `fn` with every list of inlines of the article (paragraphs, list items, quotes, captions, table cells, headings, notes). */
export function eachInlineList(article: Article, fn: (inlines: readonly Inline[]) => void): void {
  for (const { block } of textUnits(article)) for (const part of unitParts(block)) fn(part);
  for (const s of article.sections) fn(s.heading);
  for (const n of article.footnotes) if (n.content) fn(n.content);
}

export type { Entity };
