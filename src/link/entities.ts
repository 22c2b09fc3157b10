/**
 * The corpus's entities: every wikilink target is one, keyed script-
 * insensitively (拉夫罗夫 is 拉夫羅夫), and so is the subject of every wiki
 * article, by the names subjects.ts reads. A subject that is also a wikilink
 * target is one entity, which then leads to its article. A person's
 * `·`-joined name also goes by its last segment (弗拉基米爾·普京 → 普京), and a
 * country's name with 聯邦 (俄羅斯聯邦) is that country.
 *
 * Plain-text reports link nothing, so names come from two more places: the
 * site's glossary (`people:` are people; a term whose forms name a person,
 * place or organisation, such as 东盟, is one entity under all its forms),
 * and the person names the converter reads from their context anywhere in
 * the corpus (越南政府总理范明政, 谢尔盖·拉夫罗夫; `collectNames`, which
 * conversion uses too). Those stay entities only where the text names them:
 * a glossary entry in one article at least, a name from context in two, as a
 * name seen once may be a fragment of a longer one or anyone's.
 */
import type { Article, Entity, EntityKind, Inline, Slug } from '../model/index.ts';
import { collectNames, eachArticleText, EMPTY_GLOSSARY, type Glossary } from '../convert/index.ts';
import { LEADING_TITLES, NAME_DOTS, NAME_STOP, TRAILING_TITLES, TRANSLIT } from '../convert/names.ts';
import { NameAutomaton } from './automaton.ts';
import { clearOfIndex, slugify, uniqueId } from '../ingest/slug.ts';
import { matchKey } from './keys.ts';
import { guessKinds, isCountryName, isGeneric, isNoPerson, kindByForm } from './kinds.ts';
import { isBiography, subjectNames } from './subjects.ts';
import { plainText, textUnits, unitParts } from './walk.ts';

/** What the link pass reads of the site's glossary. */
export type LinkGlossary = Pick<Glossary, 'people' | 'terms'>;

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
  /** For an entity no wikilink or article makes (glossary, names from context): it stays only when named in this many articles. */
  minArticles?: number;
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

/**
 * Entity drafts (no mentions yet) in the order the corpus first links them,
 * then the subjects of articles no wikilink names, then the glossary's people
 * and terms, then the names the context marks as people's.
 */
export function collectEntities(articles: readonly Article[], glossary: LinkGlossary = EMPTY_GLOSSARY): EntityDraft[] {
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
  const terms = glossary.terms.map((t) => [...new Set(Object.values(t.forms))]);
  const named = [...firsts.values(), ...subjects.flatMap((s) => s.names), ...terms.flat()];
  const kinds = guessKinds(named, { texts, evidenceOnly: new Set(terms.flat()) });
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
    // A biography is about a person, whatever the text around the name said, unless the name's form says otherwise.
    if (entity.kind !== 'person' && isBiography(article) && !isNoPerson(entity.title) && kindByForm(entity.title) === undefined) entity.kind = 'person';
    names.forEach((name, i) => {
      if (byKey.has(keys[i]!) && byKey.get(keys[i]!) !== entity) return;
      byKey.set(keys[i]!, entity);
      if (!entity.aliases.some((a) => matchKey(a) === keys[i])) entity.aliases.push(name);
    });
  }

  // From here on every name an entity goes by is known (普京 for 弗拉基米爾·普京), so that the glossary's names find it.
  for (const entity of new Set(byKey.values())) {
    for (const alias of entity.aliases) if (!byKey.has(matchKey(alias))) byKey.set(matchKey(alias), entity);
  }
  /** An entity the text names without a link, under names no entity has yet. */
  const addNamed = (title: string, kind: EntityKind, forms: readonly string[], minArticles: number) => {
    const entity = draft(title, kind, title);
    entity.minArticles = minArticles;
    for (const form of forms) if (!entity.aliases.includes(form)) entity.aliases.push(form);
    entity.aliases = entity.aliases.filter((alias) => {
      const key = matchKey(alias);
      const owner = byKey.get(key);
      if (owner && owner !== entity) return false;
      byKey.set(key, entity);
      return true;
    });
  };
  for (const name of glossary.people) {
    const known = byKey.get(matchKey(name));
    // The glossary says who is a person, where the corpus did not tell.
    if (known) {
      if (known.kind === 'other' && !known.generic) known.kind = 'person';
    } else addNamed(name, 'person', [], 1);
  }
  for (const forms of terms) {
    const keys = forms.map(matchKey);
    const known = keys.map((k) => byKey.get(k)).find((e) => e !== undefined);
    if (known) {
      // Every form of a term names what one of them names (普京 is 普丁).
      forms.forEach((form, i) => {
        if (byKey.has(keys[i]!)) return;
        byKey.set(keys[i]!, known);
        known.aliases.push(form);
      });
      continue;
    }
    // A term that names no person, place or organisation is a word, not an entity.
    const kind = forms.map((f) => kindOf.get(f)!).find((k) => k !== 'other');
    if (kind) addNamed(forms[0]!, kind, forms, 1);
  }
  for (const name of contextNames(articles, byKey.keys())) {
    if (byKey.has(matchKey(name)) || isNoPerson(name)) continue;
    // A full name that ends in a known person's is that person (mentions.ts: 谢尔盖·拉夫罗夫 is 拉夫罗夫).
    const last = name.split(DOTS).at(-1)!;
    if (last !== name && byKey.get(matchKey(last))?.kind === 'person') continue;
    addNamed(name, 'person', [], MIN_CONTEXT_ARTICLES);
  }
  return [...new Set(byKey.values())];
}

const DOTS = new RegExp(`[${NAME_DOTS}]`, 'u');
/** Articles in which the context must mark a name for it to be an entity. */
const MIN_CONTEXT_ARTICLES = 2;

/**
 * Person names that their context marks (after a title, before a form of
 * address, `·`-joined), as conversion reads them, in at least two articles.
 * Where the context marks a name counts, not where the name's characters
 * recur: a name cut short recurs inside every longer name it starts (陈铎
 * of 陈铎强, 陈铎良), but its context marks it once. The segments of a `·` name are left out: the
 * name goes by its last segment anyway, and a first name alone (謝爾蓋) may
 * be anyone's.
 *
 * An article counts only where its text shows the name whole, as the mention
 * pass will read it: not inside a longer name that the corpus knows or the
 * context marks anywhere (米舒斯 in 米舒斯京, once that is known). The
 * converter ends a name where a word that follows names starts (梁强|强调) and
 * reads transliterations whole (米舒斯京), but not every such word is on its
 * list; so, as a safety net, two readings are left out where the text shows
 * them: a name of transliteration characters that runs on into another, and
 * a name that extends another one by a character where it runs into the next
 * word: such a name counts only where it ends as a name can (punctuation, a
 * word that follows names such as 的/在/会见, a title).
 */
function contextNames(articles: readonly Article[], known: Iterable<string>): string[] {
  const marked: { article: Article; keys: Map<string, string> }[] = [];
  const automaton = new NameAutomaton();
  const names = new Set<string>();
  for (const article of articles) {
    /** By matching key (梁強 is 梁强): the name as first written. */
    const keys = new Map<string, string>();
    for (const { name } of collectNames([article]).people) {
      const key = matchKey(name);
      if (keys.has(key)) continue;
      keys.set(key, name);
      names.add(key);
    }
    if (keys.size) marked.push({ article, keys });
  }
  for (const key of known) if (key.length >= 2) names.add(key);
  for (const key of names) automaton.add(key, key);
  /** Whether a name extends another name by some characters (梁强强 of 梁强), `·` names aside (their dots tell where they end). */
  const extendsOther = (key: string) => !DOTS.test(key) && [...key].some((_, i) => i >= 2 && i < key.length && names.has(key.slice(0, i)));
  /** By matching key: the name as first written, and the articles that mark it. */
  const found = new Map<string, { name: string; articles: number }>();
  for (const { article, keys } of marked) {
    const whole = new Set<string>();
    eachArticleText(article, (text) => {
      const key = matchKey(text);
      for (const { value, end } of automaton.find(key)) {
        if (!keys.has(value) || whole.has(value)) continue;
        if (TRANSLIT_NAME.test(value) && TRANSLIT_KEYS.has(key.charAt(end))) continue;
        if (extendsOther(value) && !endsName(key, end)) continue;
        whole.add(value);
      }
    });
    for (const key of whole) {
      const entry = found.get(key);
      if (entry) entry.articles++;
      else found.set(key, { name: keys.get(key)!, articles: 1 });
    }
  }
  const segments = new Set([...found.keys()].filter((k) => DOTS.test(k)).flatMap((k) => k.split(DOTS)));
  return [...found].filter(([key, { articles }]) => articles >= MIN_CONTEXT_ARTICLES && (DOTS.test(key) || !segments.has(key))).map(([, { name }]) => name);
}

/** Characters of transliterated names (matching keys), and a name made of them only. */
const TRANSLIT_KEYS = new Set(TRANSLIT);
const TRANSLIT_NAME = new RegExp(`^[${TRANSLIT}]+$`, 'u');
const HAN_CHAR = /\p{Script=Han}/u;
/** Words written right after a name (matching keys): titles and forms of address (范明政总理, 潘廷镯同志). */
const AFTER_NAME = [...new Set([...TRAILING_TITLES, ...LEADING_TITLES].map(matchKey))];

/** Whether a name that ends at `end` of `text` (a matching key) can end there: before punctuation, a word that follows names, or a title. */
function endsName(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (!next || !HAN_CHAR.test(next) || NAME_STOP.includes(next)) return true;
  return AFTER_NAME.some((t) => text.startsWith(t, end));
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
