/**
 * What a wiki article of the corpus is about, by the names it goes by: its
 * Wikipedia title, its title, and the names its first sentence sets in bold
 * (Wikipedia's convention: **河內**（越南語：Hà Nội）是…; **符拉迪沃斯托克**……舊稱
 * **海參崴**). A wikilink to any of them, or a mention of one in another
 * article, leads to the article. News reports and briefs are about events,
 * and their headlines are no names.
 */
import path from 'node:path';
import type { Article, Inline } from '../model/index.ts';
import { plainText } from './walk.ts';

const HAN = /\p{Script=Han}/u;
/** A bold name is a few words, not a phrase: no sentence punctuation, not longer than this. */
const MAX_NAME = 30;

/** The names of the article's subject, the most telling first (Wikipedia title, title, bold names); none for news. */
export function subjectNames(article: Article): string[] {
  if (article.kind !== 'wiki') return [];
  const fromFile = path.basename(article.file).replace(/\.[^.]+$/, '');
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const clean = name?.replace(/^[\s《「『“]+|[\s》」』”]+$/gu, '');
    // A title made from the seed's file name (010_hanoi_wiki) names nothing.
    if (clean && clean !== fromFile && [...clean].length <= MAX_NAME && !/[。！？；，、]/u.test(clean) && !names.includes(clean)) names.push(clean);
  };
  add(article.source.wikipediaTitle);
  add(article.title);
  for (const bold of leadBold(article)) if (HAN.test(bold)) add(bold);
  return names;
}

/** The bold texts of the lead's first sentence, where the lead's first paragraph to open with bold text opens with it. */
function leadBold(article: Article): string[] {
  for (const block of article.lead) {
    if (block.type !== 'paragraph') continue;
    const first = block.children.find((i) => !(i.type === 'text' && !i.value.trim()));
    if (first?.type !== 'strong') continue;
    const out: string[] = [];
    for (const node of block.children) {
      if (node.type === 'strong') out.push(plainText(node.children));
      else if (endsSentence(node)) break;
    }
    return out;
  }
  return [];
}

function endsSentence(node: Inline): boolean {
  if (node.type === 'text') return /[。！？]/u.test(node.value);
  return 'children' in node && node.children.some(endsSentence);
}
