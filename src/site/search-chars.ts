/**
 * The character maps of the search page (`/js/script-chars.json`):
 *
 * - one per variant, which puts text into that variant's characters: the
 *   query into the indexed pages' script (so 拉夫罗夫 typed on a zh-Hant page
 *   finds 拉夫羅夫), and result titles and excerpts into the reader's;
 * - `fold`, which gives every form of a character one form (the Simplified
 *   one), so that whether a result contains the query's words is decided
 *   the same way whichever form either side uses: a name such as 范明政
 *   keeps 范 on zh-Hant pages, where 范 in other words is 範.
 *
 * They hold the Han characters whose forms differ among those the indexed
 * pages show.
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

const sorted = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));

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
    maps[variant] = sorted(map);
  }
  const fold: Record<string, string> = {};
  for (const ch of chars) {
    for (const form of [ch, ...model.options.variants.map((v) => convert(ch, v))]) {
      const folded = convert(form, 'zh-Hans');
      if (form.length === 1 && folded.length === 1 && folded !== form) fold[form] = folded;
    }
  }
  maps.fold = sorted(fold);
  return { url: '/js/script-chars.json', content: `${JSON.stringify(maps)}\n` };
}
