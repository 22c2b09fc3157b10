/**
 * Recognises links to wiki pages in their exported forms and records the page
 * title on the link, so later steps see one link kind whatever the URL form:
 *
 *   [text](https://zh.wikipedia.org/wiki/T "wikilink")   (also /zh-hant/T, /zh-hans/T …, mobile host)
 *   [text](../Page/T.md "wikilink")
 */
import type { Root } from 'mdast';
import { visitType } from './mdast.ts';

const WIKI_URL = /^(?:https?:)?\/\/zh\.(?:m\.)?wikipedia\.org\/(?:wiki|zh(?:-[a-z]{2,4})?)\/(.+)$/i;
const PAGE_PATH = /^(?:\.\.\/)*Page\/(.+)\.md$/;

export interface WikiTarget {
  readonly title: string;
  readonly anchor?: string;
}

/** The wiki page a URL points at, or undefined when it is not a wiki link or the title is unusable. */
export function wikiTarget(url: string): WikiTarget | undefined {
  const m = WIKI_URL.exec(url) ?? PAGE_PATH.exec(url);
  if (!m) return undefined;
  let raw = m[1]!;
  const hash = raw.indexOf('#');
  let anchor: string | undefined;
  if (hash >= 0) {
    anchor = safeDecode(raw.slice(hash + 1));
    raw = raw.slice(0, hash);
  }
  const title = normaliseTitle(safeDecode(raw.replace(/\?.*$/, '')));
  if (!title) return undefined;
  return anchor ? { title, anchor } : { title };
}

/** MediaWiki's limit on a title, in UTF-8 bytes. */
export const MAX_WIKI_TITLE_BYTES = 255;

/**
 * Wiki titles use spaces where URLs use underscores; control characters, path
 * tricks and titles longer than any page can have are refused.
 */
export function normaliseTitle(title: string): string | undefined {
  if (title.length > MAX_WIKI_TITLE_BYTES * 3) return undefined;
  const t = title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (Buffer.byteLength(t) > MAX_WIKI_TITLE_BYTES) return undefined;
  // eslint-disable-next-line no-control-regex
  if (!t || /[\u0000-\u001f\u007f<>[\]{}|]/.test(t) || t.startsWith('.') || t.startsWith('/')) return undefined;
  return t;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const NAMESPACES: Record<string, 'file' | 'category'> = {
  file: 'file',
  image: 'file',
  文件: 'file',
  檔案: 'file',
  档案: 'file',
  图像: 'file',
  圖像: 'file',
  category: 'category',
  分类: 'category',
  分類: 'category',
};

/** Splits `File:X.jpg` into its namespace kind and the rest. */
export function namespaceOf(title: string): { ns?: 'file' | 'category'; name: string } {
  const colon = title.indexOf(':');
  if (colon > 0) {
    const ns = NAMESPACES[title.slice(0, colon).trim().toLowerCase()];
    if (ns) return { ns, name: title.slice(colon + 1).trim() };
  }
  return { name: title };
}

/** Marks every wiki link in the tree with `data.wikiTitle`. */
export function markWikiLinks(tree: Root): void {
  visitType(tree, 'link', (node) => {
    const target = wikiTarget(node.url);
    if (!target) return;
    node.data = { ...node.data, wikiTitle: target.title, ...(target.anchor ? { wikiAnchor: target.anchor } : {}) };
  });
}
