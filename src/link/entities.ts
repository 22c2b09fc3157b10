/**
 * The corpus's entities: every wikilink target is one, keyed script-
 * insensitively (拉夫罗夫 is 拉夫羅夫). A person's `·`-joined name also goes by
 * its last segment (弗拉基米爾·普京 → 普京).
 */
import type { Article, Entity, EntityKind, Inline } from '../model/index.ts';
import { clearOfIndex, slugify, uniqueId } from '../ingest/slug.ts';
import { matchKey } from './keys.ts';
import { guessKinds, isGeneric } from './kinds.ts';
import { plainText, textUnits, unitParts } from './walk.ts';

export interface EntityDraft {
  id: string;
  title: string;
  aliases: string[];
  kind: EntityKind;
  wikipediaTitle: string;
  /** A common noun (大使館): no page, never a reason to relate articles. */
  generic: boolean;
}

function wikiTitles(inlines: readonly Inline[], out: string[]): void {
  for (const node of inlines) {
    if (node.type === 'link' && node.target.kind === 'wikipedia') out.push(node.target.title);
    if ('children' in node) wikiTitles(node.children, out);
  }
}

/** Entity drafts (no mentions yet) in the order the corpus first links them. */
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
  const kinds = guessKinds([...firsts.values()], { texts });

  const byKey = new Map<string, EntityDraft>();
  const ids = new Set<string>();
  let n = 0;
  for (const [key, title] of firsts) {
    const kind = kinds[n++]!;
    const aliases = [title];
    const last = title.split('·').at(-1)!;
    if (kind === 'person' && last !== title && last.length >= 2) aliases.push(last);
    byKey.set(key, { id: uniqueId(clearOfIndex(slugify(title) || 'entity', 'entity'), ids), title, aliases, kind, wikipediaTitle: title, generic: isGeneric(title) });
  }
  return [...byKey.values()];
}

/** Calls `fn` with every list of inlines of the article (paragraphs, list items, quotes, captions, table cells, headings, notes). */
export function eachInlineList(article: Article, fn: (inlines: readonly Inline[]) => void): void {
  for (const { block } of textUnits(article)) for (const part of unitParts(block)) fn(part);
  for (const s of article.sections) fn(s.heading);
  for (const n of article.footnotes) if (n.content) fn(n.content);
}

export type { Entity };
