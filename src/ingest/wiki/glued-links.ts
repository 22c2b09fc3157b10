/**
 * The export glued the words after a wikilink into its text:
 * `[蘇聯在](…/蘇聯)`. When a link's text starts with its target title
 * (compared script-insensitively), the link keeps the title part and the rest
 * follows as plain text. Piped links, whose text does not start with the
 * target, stay as written.
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
    for (const head of [title, name]) {
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
