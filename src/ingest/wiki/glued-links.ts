/**
 * The export glued the words after a wikilink into its text:
 * `[蘇聯在](…/蘇聯)`. When a link's text starts with its target title
 * (compared script-insensitively), the link keeps the title part and the rest
 * follows as plain text. A piped link's text may start with the title's
 * distinctive part instead, the title without a leading year or date or a
 * trailing kind of place (`[日內瓦會議召開](…/1954年日内瓦会议)` → 日內瓦會議 + 召開,
 * `[海防港轉運](…/海防市)` → 海防 + 港轉運): that part, two characters or more,
 * is split off the same way, the text shown unchanged. Other piped links, whose
 * text does not start with either, stay as written.
 */
import type { PhrasingContent, Root } from 'mdast';
import { sameInScript } from '../../convert/index.ts';
import { visitType } from './mdast.ts';
import { namespaceOf } from './wikilinks.ts';

export function unglueLinkText(tree: Root): void {
  visitType(tree, 'link', (link, index, parent) => {
    const title = link.data?.wikiTitle;
    if (!title) return;
    if (namespaceOf(title).ns) return;
    if (link.children.length !== 1 || link.children[0]!.type !== 'text') return;
    const label = link.children[0]!.value;
    const name = title.replace(/\s*[（(][^）)]*[）)]\s*$/, '');
    for (const head of heads(title, name)) {
      if (label.length <= head.length) continue;
      const prefix = label.slice(0, head.length);
      if (!sameInScript(prefix, head)) continue;
      const rest: PhrasingContent = { type: 'text', value: label.slice(head.length) };
      link.children = [{ ...link.children[0]!, value: prefix }];
      (parent.children as PhrasingContent[]).splice(index + 1, 0, rest);
      return index + 2;
    }
    return undefined;
  });
}

/** A leading year or date: 1954年, 2016年4月, 1945年9月2日. */
const LEADING_DATE = /^\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/;
/** A trailing kind of place: 海防市 → 海防, 廣平省 → 廣平. */
const PLACE_KIND = /[市省縣县郡區区鎮镇鄉乡村島岛]$/;

/** The parts of a title a glued link text may start with, longest first: the title, without its disambiguation, then its distinctive parts. */
function heads(title: string, name: string): string[] {
  const out = [title, name];
  const undated = name.replace(LEADING_DATE, '');
  for (const part of [undated, name.replace(PLACE_KIND, ''), undated.replace(PLACE_KIND, '')]) {
    if ([...part].length >= 2 && !out.includes(part)) out.push(part);
  }
  return out;
}
