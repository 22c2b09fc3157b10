/**
 * Mentions: every place an entity is named. Explicit wikilinks are mentions of
 * their target; in plain text (news has no links) names are found with one
 * automaton over all aliases. Only people, places and organisations found in
 * plain text are linked; other entities (common nouns such as 原油) are counted. A match
 * never counts inside a longer `·`-joined name, except that a full name whose
 * last segment is the entity (谢尔盖·拉夫罗夫) is that entity and becomes an
 * alias. The first mention of an entity in a section is linked; later ones stay text.
 */
import { DATELINE_ANCHOR, type Article, type Block, type Inline, type Mention } from '../model/index.ts';
import { NameAutomaton, type Hit } from './automaton.ts';
import type { EntityDraft } from './entities.ts';
import { matchKey } from './keys.ts';
import { PERSON_TITLES } from './kinds.ts';
import { plainText, proseBlocks, sentenceAt } from './walk.ts';

export interface MentionResult {
  readonly articles: Article[];
  readonly mentions: Map<string, Mention[]>;
  /** Entity ids named together in one sentence, as "a\0b" → count. */
  readonly together: Map<string, number>;
}

const HAN = /\p{Script=Han}/u;

export function findMentions(articles: readonly Article[], entities: readonly EntityDraft[]): MentionResult {
  const byKey = new Map<string, EntityDraft>();
  const automaton = new NameAutomaton();
  for (const e of entities) {
    for (const alias of e.aliases) byKey.set(matchKey(alias), e);
    for (const alias of e.aliases) if (alias.length >= 2) automaton.add(matchKey(alias), e.id);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = new Map<string, Mention[]>();
  const together = new Map<string, number>();

  const out = articles.map((article) => {
    const seen = new Set<string>();
    const replaced = new Map<Block, Block>();
    const linkedIn = new Map<string, Set<string>>();
    for (const { block, sectionId } of proseBlocks(article)) {
      const linked = linkedIn.get(sectionId ?? '') ?? new Set<string>();
      linkedIn.set(sectionId ?? '', linked);
      const inlines = block.type === 'figure' ? block.caption : block.children;
      const text = plainText(inlines);
      const found: { id: string; at: number }[] = [];
      let offset = 0;

      const rewrite = (nodes: readonly Inline[], inLink: boolean): Inline[] =>
        nodes.flatMap((node): Inline[] => {
          if (node.type === 'text') {
            const start = offset;
            offset += node.value.length;
            if (inLink) return [node];
            return splitText(node.value, start);
          }
          if (node.type === 'link' && node.target.kind === 'wikipedia') {
            const entity = byKey.get(matchKey(node.target.title));
            const at = offset;
            const children = rewrite(node.children, true);
            if (!entity) return [{ ...node, children }];
            found.push({ id: entity.id, at });
            linked.add(entity.id);
            return [{ type: 'link', target: { kind: 'entity', id: entity.id, title: node.target.title }, children }];
          }
          if ('children' in node) return [{ ...node, children: rewrite(node.children, inLink || node.type === 'link') } as Inline];
          return [node];
        });

      const splitText = (value: string, start: number): Inline[] => {
        const hits = automaton.find(matchKey(value)).flatMap((hit) => accept(value, hit));
        if (!hits.length) return [{ type: 'text', value }];
        const parts: Inline[] = [];
        let last = 0;
        for (const hit of hits) {
          const entity = byId.get(hit.value)!;
          found.push({ id: entity.id, at: start + hit.start });
          const name = value.slice(hit.start, hit.end);
          if (name !== entity.title && !entity.aliases.includes(name)) entity.aliases.push(name);
          if (linked.has(entity.id) || entity.kind === 'other') continue;
          linked.add(entity.id);
          if (hit.start > last) parts.push({ type: 'text', value: value.slice(last, hit.start) });
          parts.push({ type: 'link', target: { kind: 'entity', id: entity.id, title: entity.wikipediaTitle }, children: [{ type: 'text', value: name }] });
          last = hit.end;
        }
        if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
        return parts;
      };

      const rewritten = rewrite(inlines, false);
      if (found.length === 0) continue;
      replaced.set(block, block.type === 'figure' ? { ...block, caption: rewritten } : { ...block, children: rewritten });
      const bySentence = new Map<string, Set<string>>();
      for (const { id, at } of found) {
        const sentence = sentenceAt(text, at);
        // One mention per entity, block and sentence: a set of keys instead of scanning the entity's list (which grows with the corpus).
        const seenKey = `${id}\0${block.id}\0${sentence}`;
        if (!seen.has(seenKey)) {
          seen.add(seenKey);
          const list = mentions.get(id);
          const mention = { articleId: article.id, blockId: block.id, ...(sectionId ? { sectionId } : {}), sentence };
          if (list) list.push(mention);
          else mentions.set(id, [mention]);
        }
        const ids = bySentence.get(sentence) ?? new Set();
        ids.add(id);
        bySentence.set(sentence, ids);
      }
      for (const ids of bySentence.values()) {
        const sorted = [...ids].sort();
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) {
            const pair = `${sorted[i]}\0${sorted[j]}`;
            together.set(pair, (together.get(pair) ?? 0) + 1);
          }
        }
      }
    }
    if (article.dateline) {
      for (const hit of automaton.find(matchKey(article.dateline))) {
        const entity = byId.get(hit.value)!;
        const list = mentions.get(entity.id) ?? [];
        list.push({ articleId: article.id, blockId: DATELINE_ANCHOR, sentence: article.dateline });
        mentions.set(entity.id, list);
      }
    }
    return replaced.size ? replaceBlocks(article, replaced) : article;
  });
  return { articles: out, mentions, together };
}

/**
 * Word boundaries as far as Chinese allows: a match that continues into a
 * longer `·` name is rejected, and one that ends a `·` name grows to the full
 * name when the name's start can be told (text start, punctuation, a title
 * such as 部长, or a function word such as 和); otherwise it is rejected.
 */
function accept(value: string, hit: Hit): Hit[] {
  if (value[hit.end] === '·' && HAN.test(value[hit.end + 1] ?? '')) return [];
  if (value[hit.start - 1] !== '·') return [hit];
  const dot = hit.start - 1;
  for (let len = 2; len <= 5; len++) {
    const start = dot - len;
    if (start < 0 || !HAN.test(value[start]!)) break;
    if (/\p{Script=Han}/u.test(value.slice(start, dot)) && nameCanStartAt(value, start)) return [{ ...hit, start }];
  }
  return [];
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

function replaceBlocks(article: Article, replaced: Map<Block, Block>): Article {
  const swap = (blocks: readonly Block[]) => blocks.map((b) => replaced.get(b) ?? b);
  return { ...article, lead: swap(article.lead), sections: article.sections.map((s) => ({ ...s, blocks: swap(s.blocks) })) };
}
