/**
 * Mentions: every place an entity is named. Explicit wikilinks are mentions of
 * their target; in plain text (news has no links) names are found with one
 * automaton over all aliases. Only people, places and organisations found in
 * plain text are linked; other entities (common nouns such as 原油) are counted. A match
 * never counts inside a longer `·`-joined name, except that a full name whose
 * last segment is the entity (谢尔盖·拉夫罗夫) is that entity and becomes an
 * alias. The first mention of an entity in a section is linked; later ones stay text.
 */
import { DATELINE_ANCHOR, type Article, type Block, type Inline, type LinkTarget, type Mention } from '../model/index.ts';
import { NameAutomaton, type Hit } from './automaton.ts';
import type { EntityDraft, SubjectArticle } from './entities.ts';
import { matchKey } from './keys.ts';
import { PERSON_TITLES } from './kinds.ts';
import { parseRules } from '../convert/rules.ts';
import { plainText, replaceBlocks, Sentences, textUnits, unitParts, withParts } from './walk.ts';
import { ruleSpans } from '../convert/rules.ts';
import { inSpans } from '../text/spans.ts';

export interface MentionResult {
  readonly articles: Article[];
  readonly mentions: Map<string, Mention[]>;
  /** How many sentences name two entities together: a → b → count, a before b. */
  readonly together: Map<string, Map<string, number>>;
}

const HAN = /\p{Script=Han}/u;
/** Bold or italic text longer than this, or with sentence punctuation, is a phrase rather than a name. */
const MAX_NAME = 30;
const NOT_A_NAME = /[。！？；;，,、：:]/u;

export function findMentions(articles: readonly Article[], entities: readonly EntityDraft[]): MentionResult {
  const finder = new MentionFinder(entities);
  const out = articles.map((article) => finder.article(article));
  return { articles: out, mentions: finder.mentions, together: finder.together };
}

/** The search over the corpus, article by article; the state of the block being read is kept in fields. */
class MentionFinder {
  readonly mentions = new Map<string, Mention[]>();
  readonly together = new Map<string, Map<string, number>>();
  private readonly byKey = new Map<string, EntityDraft>();
  private readonly byId: Map<string, EntityDraft>;
  private readonly automaton = new NameAutomaton();
  /** Entities linked in the current section. */
  private linked = new Set<string>();
  /** Mentions found in the current block: entity and offset in the block's text. */
  private found: { id: string; at: number }[] = [];
  /** Offset of the next text node in the block's text. */
  private offset = 0;
  /** Whether the part being rewritten has a link that now leads elsewhere, without a mention. */
  private retargeted = false;
  /** The id of the article being read. */
  private current = '';

  constructor(entities: readonly EntityDraft[]) {
    for (const e of entities) {
      for (const alias of e.aliases) this.byKey.set(matchKey(alias), e);
      for (const alias of e.aliases) if (alias.length >= 2) this.automaton.add(matchKey(alias), e.id);
    }
    this.byId = new Map(entities.map((e) => [e.id, e]));
  }

  article(article: Article): Article {
    /** Per block id, sentence: the entities with a mention there already. */
    const seen = new Map<string, Map<string, Set<string>>>();
    const replaced = new Map<Block, Block>();
    const linkedIn = new Map<string, Set<string>>();
    this.current = article.id;
    for (const { block, sectionId } of textUnits(article)) {
      this.linked = linkedIn.get(sectionId ?? '') ?? new Set<string>();
      linkedIn.set(sectionId ?? '', this.linked);
      const parts = unitParts(block);
      let rewritten: (readonly Inline[])[] | undefined;
      // A table's cells are texts of their own: a sentence never runs from one cell into the next.
      parts.forEach((inlines, n) => {
        this.found = [];
        this.offset = 0;
        this.retargeted = false;
        const part = this.rewrite(inlines, false);
        if (this.found.length === 0 && !this.retargeted) return;
        (rewritten ??= [...parts])[n] = part;
        let seenHere = seen.get(block.id);
        if (!seenHere) seen.set(block.id, (seenHere = new Map()));
        this.record(article.id, block.id, sectionId, new Sentences(plainText(inlines)), seenHere);
      });
      if (rewritten) replaced.set(block, withParts(block, rewritten));
    }
    if (article.dateline) {
      for (const hit of this.automaton.find(matchKey(article.dateline))) {
        push(this.mentions, this.byId.get(hit.value)!.id, { articleId: article.id, blockId: DATELINE_ANCHOR, sentence: article.dateline });
      }
    }
    return replaced.size ? replaceBlocks(article, replaced) : article;
  }

  /** The mentions in `found` (one per entity and sentence) and which entities each sentence names together. */
  private record(articleId: string, blockId: string, sectionId: string | undefined, sentences: Sentences, seenHere: Map<string, Set<string>>): void {
    const bySentence = new Map<string, Set<string>>();
    for (const { id, at } of this.found) {
      const sentence = sentences.at(at);
      // One mention per entity, block and sentence: sets instead of scanning the entity's list (which grows with the corpus).
      let named = seenHere.get(sentence);
      if (!named) seenHere.set(sentence, (named = new Set()));
      if (!named.has(id)) {
        named.add(id);
        push(this.mentions, id, sectionId ? { articleId, blockId, sectionId, sentence } : { articleId, blockId, sentence });
      }
      const ids = bySentence.get(sentence) ?? new Set();
      ids.add(id);
      bySentence.set(sentence, ids);
    }
    for (const ids of bySentence.values()) this.countTogether([...ids].sort());
  }

  private countTogether(sorted: readonly string[]): void {
    for (let i = 0; i < sorted.length; i++) {
      let counts = this.together.get(sorted[i]!);
      for (let j = i + 1; j < sorted.length; j++) {
        if (!counts) this.together.set(sorted[i]!, (counts = new Map()));
        counts.set(sorted[j]!, (counts.get(sorted[j]!) ?? 0) + 1);
      }
    }
  }

  /** The inlines with wikilinks to entities and found names turned into entity links; mentions go to `found`. */
  private rewrite(nodes: readonly Inline[], inLink: boolean): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        const start = this.offset;
        this.offset += node.value.length;
        if (inLink) out.push(node);
        else this.splitText(node.value, start, out);
      } else if (node.type === 'link' && node.target.kind === 'wikipedia' && node.target.anchor) {
        // A link to a section of a page: to that section of the corpus's article about it, else as it is (no mention).
        const entity = this.byKey.get(matchKey(node.target.title));
        const children = this.rewrite(node.children, true);
        if (entity && this.leadsAway(entity)) {
          this.retargeted = true;
          out.push({ type: 'link', target: this.target(entity, node.target.title, node.target.anchor), children });
        } else out.push({ ...node, children });
      } else if (node.type === 'link' && node.target.kind === 'wikipedia') {
        const entity = this.byKey.get(matchKey(node.target.title));
        const at = this.offset;
        const children = this.rewrite(node.children, true);
        if (!entity) out.push({ ...node, children });
        else {
          this.found.push({ id: entity.id, at });
          this.linked.add(entity.id);
          out.push({ type: 'link', target: this.target(entity, node.target.title, node.target.anchor), children });
        }
      } else if ('children' in node) {
        // The export's own links inside still count; found names do not, inside a link or inside a bold or italic name of something else.
        const closed = inLink || node.type === 'link' || ((node.type === 'strong' || node.type === 'emphasis') && this.namesOther(node.children));
        out.push({ ...node, children: this.rewrite(node.children, closed) } as Inline);
      }
      else out.push(node);
    }
    return out;
  }

  /**
   * Whether bold or italic text is a name of its own that is no entity's: Wikipedia sets the names an
   * article defines in bold (**越南解放軍宣傳隊**, **海防署**). A name found inside one (越南) is part of
   * that name, not a mention: it is neither linked nor counted.
   */
  private namesOther(children: readonly Inline[]): boolean {
    const text = plainText(children).trim();
    if (!text || text.length > MAX_NAME || NOT_A_NAME.test(text)) return false;
    return !this.byKey.has(matchKey(text));
  }

  /** Whether the entity's links lead to an article of the corpus: one about it, other than the one being read. */
  private leadsAway(entity: EntityDraft): entity is EntityDraft & { article: SubjectArticle } {
    return entity.article !== undefined && entity.article.id !== this.current;
  }

  /**
   * Where a link to the entity goes: the article about it (a wikilink's section
   * there, when the article has a section of that heading), or the entity.
   */
  private target(entity: EntityDraft, title: string, anchor?: string): LinkTarget {
    if (!this.leadsAway(entity)) return { kind: 'entity', id: entity.id, title };
    const section = anchor ? entity.article.sections.get(matchKey(anchor.replace(/_/g, ' ').trim())) : undefined;
    return section ? { kind: 'internal', slug: entity.article.slug, anchor: section } : { kind: 'internal', slug: entity.article.slug };
  }

  /**
   * A text's parts, found names linked (the first time in a section, for people, places and organisations).
   * A name inside a conversion rule (`-{zh-hans:俄罗斯;zh-hant:俄羅斯}-`) is counted where the rule shows its
   * text, but never linked: a link would split the rule, which the converter then shows as written.
   */
  private splitText(value: string, start: number, out: Inline[]): void {
    let last = 0;
    const rules = value.includes('-{') ? ruleSpans(value) : [];
    for (const found of this.automaton.find(matchKey(value))) {
      const hit = accept(value, found);
      if (!hit) continue;
      const entity = this.byId.get(hit.value)!;
      const name = value.slice(hit.start, hit.end);
      if (rules.length && (inSpans(rules, hit.start) || inSpans(rules, hit.end - 1))) {
        if (shows(rules, value, hit.start)) this.found.push({ id: entity.id, at: start + hit.start });
        continue;
      }
      this.found.push({ id: entity.id, at: start + hit.start });
      if (name !== entity.title && !entity.aliases.includes(name)) entity.aliases.push(name);
      if (this.linked.has(entity.id) || (entity.kind === 'other' && !this.leadsAway(entity))) continue;
      this.linked.add(entity.id);
      if (hit.start > last) out.push({ type: 'text', value: value.slice(last, hit.start) });
      out.push({ type: 'link', target: this.target(entity, entity.wikipediaTitle), children: [{ type: 'text', value: name }] });
      last = hit.end;
    }
    if (last === 0) out.push({ type: 'text', value });
    else if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  }
}

/** Whether the rule that holds offset `at` shows text (`-{H|…}-`, `-{T|…}-` show nothing). */
function shows(rules: readonly (readonly [number, number])[], value: string, at: number): boolean {
  const span = rules.find(([s, e]) => s <= at && at < e);
  if (!span) return false;
  const rule = parseRules(value.slice(span[0], span[1]))[0];
  return typeof rule === 'object' && (rule.kind === 'raw' || rule.show);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Word boundaries as far as Chinese allows: a match that continues into a
 * longer `·` name, or lies inside a segment of one, is rejected, and one that ends a `·` name grows to the full
 * name when the name's start can be told (text start, punctuation, a title
 * such as 部长, or a function word such as 和); otherwise it is rejected.
 */
function accept(value: string, hit: Hit): Hit | undefined {
  if (value[hit.end] === '·' && HAN.test(value[hit.end + 1] ?? '')) return undefined;
  if (value[hit.start - 1] !== '·') return inSegment(value, hit) ? undefined : hit;
  const dot = hit.start - 1;
  for (let len = 2; len <= 5; len++) {
    const start = dot - len;
    if (start < 0 || !HAN.test(value[start]!)) break;
    if (/\p{Script=Han}/u.test(value.slice(start, dot)) && nameCanStartAt(value, start)) return { ...hit, start };
  }
  return undefined;
}

/** Characters a `·` name's segment may run on past a match: 米哈 in 米哈米德·里亞 leaves 米德. */
const SEGMENT_REST = 3;

/**
 * Whether a match is part of a longer segment of a `·` name: a few Han
 * characters and a `·` follow it (米哈 in 米哈米德·里亞), or a `·` and a
 * few Han characters precede it (米哈 in 列德普·立略米哈). Either is a
 * name of its own, never the entity's.
 */
function inSegment(value: string, hit: Hit): boolean {
  for (let i = hit.end; i <= hit.end + SEGMENT_REST && i < value.length; i++) {
    if (value[i] === '·') return i > hit.end && HAN.test(value[i + 1] ?? '');
    if (!HAN.test(value[i]!)) break;
  }
  for (let i = hit.start - 1; i >= hit.start - 1 - SEGMENT_REST && i >= 0; i--) {
    if (value[i] === '·') return i < hit.start - 1 && HAN.test(value[i - 1] ?? '');
    if (!HAN.test(value[i]!)) break;
  }
  return false;
}

const STOP_CHARS = /[的和与與及同对對向在由据據是为為将將让讓请請、]$/u;
const TITLE_KEYS = PERSON_TITLES.concat(['部长', '部長']).map(matchKey);

function nameCanStartAt(value: string, start: number): boolean {
  if (start === 0) return true;
  const before = value.slice(Math.max(0, start - 4), start);
  if (!HAN.test(before.at(-1)!)) return true;
  if (STOP_CHARS.test(before)) return true;
  const key = matchKey(before);
  return TITLE_KEYS.some((t) => key.endsWith(t));
}

/**
 * The articles with their links to the entities `ids` turned back into the
 * text they were made of (a text next to another joins it, as before the
 * link pass split it). Only the articles `among` are read: those that name
 * the entities.
 */
export function withoutEntityLinks(articles: readonly Article[], ids: ReadonlySet<string>, among: Iterable<string>): Article[] {
  const affected = new Set(among);
  const unlink = (nodes: readonly Inline[]): readonly Inline[] => {
    let changed = false;
    const out: Inline[] = [];
    const add = (node: Inline) => {
      const last = out.at(-1);
      if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
      else out.push(node);
    };
    for (const node of nodes) {
      if (node.type === 'link' && node.target.kind === 'entity' && ids.has(node.target.id)) {
        changed = true;
        for (const child of node.children) add(child);
      } else if ('children' in node) {
        const children = unlink(node.children);
        if (children !== node.children) changed = true;
        add(children === node.children ? node : ({ ...node, children } as Inline));
      } else add(node);
    }
    return changed ? out : nodes;
  };
  return articles.map((article) => {
    if (!affected.has(article.id)) return article;
    const replaced = new Map<Block, Block>();
    for (const { block } of textUnits(article)) {
      const parts = unitParts(block);
      const next = parts.map(unlink);
      if (next.some((p, i) => p !== parts[i])) replaced.set(block, withParts(block, next));
    }
    return replaced.size ? replaceBlocks(article, replaced) : article;
  });
}
