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

/**
 * Whether a wiki article is a person's biography: Wikipedia files one under
 * categories of people (越南軍事人物, 广平省人, 1911年出生, 2013年逝世), and
 * its lead's first sentence says when the person was born or died
 * (**武元甲**（1911年8月25日出生）) or what the person was (…是越南軍事家、政治家).
 * Dates alone tell nothing: a war's lead gives them as a life's would
 * (**第一次印度支那戰爭**（1946年12月19日—1954年8月1日）).
 */
export function isBiography(article: Article): boolean {
  if (article.kind !== 'wiki') return false;
  if (article.categories.some((c) => PEOPLE_CATEGORY.test(c.trim()))) return true;
  const lead = article.lead.find((b) => b.type === 'paragraph');
  if (lead?.type !== 'paragraph') return false;
  const first = plainText(lead.children).split(/[。！？]/u)[0] ?? '';
  return LIFE.test(first) || BIOGRAPHY_LEAD.test(first);
}

/** Categories of people: …人物, …出生, …逝世, and a place's people (广平省人, 河內市人). */
const PEOPLE_CATEGORY = /(人物|出生|逝世|去世)$|[省市縣县郡州]人$/u;
/** Birth or death in parentheses: （1911年8月25日出生）, （生於1890年）, （1890年5月19日生－1969年9月2日卒）. */
const LIFE = /[（(][^）)]*(出生|生於|生于|卒於|卒于|逝世|去世|[\d日]生|[\d日]卒)[^）)]*[）)]/u;
/** What a biography's lead says its subject was: …是越南軍事家、政治家. */
const BIOGRAPHY_LEAD =
  /是[^，。；]*?(政治家|軍事家|军事家|革命家|將領|将领|將軍|将军|元帥|元帅|作家|詩人|诗人|畫家|画家|演員|演员|歌手|運動員|运动员|企業家|企业家|科學家|科学家|學者|学者|外交官|皇帝|國王|国王|女王|人物)/u;

function endsSentence(node: Inline): boolean {
  if (node.type === 'text') return /[。！？]/u.test(node.value);
  return 'children' in node && node.children.some(endsSentence);
}
