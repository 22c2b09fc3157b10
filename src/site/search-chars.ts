/**
 * The character map the search page uses to put a query into the page's
 * script before searching, so 拉夫罗夫 typed on a zh-Hant page finds 拉夫羅夫.
 * It holds the Han characters whose forms differ among those the indexed
 * pages show (search excerpts are put into the reader's script with it too).
 */
import { convert, eachArticleText } from '../convert/index.ts';
import type { SiteModel } from '../model/index.ts';
import { uiStrings } from './ui.ts';
import type { DataFile } from './export.ts';

const HAN = /\p{Script=Han}/u;

/** The Han characters of everything the indexed pages show: every text of the articles that conversion touches, the notes on inferred dates, entity names, interface text. */
function corpusChars(model: SiteModel): Set<string> {
  const chars = new Set<string>();
  const text = (value: string | undefined) => {
    if (value) for (const ch of value) if (HAN.test(ch)) chars.add(ch);
  };
  for (const a of model.articles) {
    eachArticleText(a, text);
    text(a.date?.reason);
  }
  for (const e of model.events) text(e.date.reason);
  for (const e of model.entities) [e.title, ...e.aliases].forEach(text);
  for (const variant of model.options.variants) for (const value of Object.values(uiStrings(variant))) if (typeof value === 'string') text(value);
  return chars;
}

export function scriptChars(model: SiteModel): DataFile {
  const chars = [...corpusChars(model)].sort();
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
