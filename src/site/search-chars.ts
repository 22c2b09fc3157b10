/**
 * The character map the search page uses to put a query into the page's
 * script before searching, so 拉夫罗夫 typed on a zh-Hant page finds 拉夫羅夫.
 * It holds only the corpus's own Han characters whose forms differ.
 */
import { convert } from '../convert/index.ts';
import type { Article, Inline, SiteModel } from '../model/index.ts';
import type { DataFile } from './export.ts';

const HAN = /\p{Script=Han}/u;

function collect(inlines: readonly Inline[], into: Set<string>): void {
  for (const i of inlines) {
    if (i.type === 'text') for (const ch of i.value) if (HAN.test(ch)) into.add(ch);
    if ('children' in i) collect(i.children, into);
  }
}

function corpusChars(articles: readonly Article[]): Set<string> {
  const chars = new Set<string>();
  for (const a of articles) {
    for (const ch of a.title) if (HAN.test(ch)) chars.add(ch);
    for (const b of [...a.lead, ...a.sections.flatMap((s) => s.blocks)]) {
      if (b.type === 'paragraph' || b.type === 'related') collect(b.children, chars);
      else if (b.type === 'figure') collect(b.caption, chars);
    }
    for (const s of a.sections) collect(s.heading, chars);
  }
  return chars;
}

export function scriptChars(model: SiteModel): DataFile {
  const chars = [...corpusChars(model.articles)].sort();
  const maps: Record<string, Record<string, string>> = {};
  for (const variant of model.options.variants) {
    const map: Record<string, string> = {};
    for (const ch of chars) {
      for (const other of model.options.variants) {
        const form = convert(ch, other);
        const mine = convert(form, variant);
        if (form.length === 1 && form !== mine && mine.length === 1) map[form] = mine;
      }
      const mine = convert(ch, variant);
      if (mine !== ch && mine.length === 1) map[ch] = mine;
    }
    maps[variant] = Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return { url: '/js/script-chars.json', content: `${JSON.stringify(maps)}\n` };
}
