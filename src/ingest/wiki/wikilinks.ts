/**
 * Recognises links to wiki pages in their exported forms and records the page
 * title on the link, so later steps see one link kind whatever the URL form:
 *
 *   [text](https://zh.wikipedia.org/wiki/T "wikilink")   (also /zh-hant/T, /zh-hans/T …, mobile host)
 *   [text](../Page/T.md "wikilink")
 *
 * either with an anchor (`…/wiki/T#A`, `../Page/T.md#A`), which the link keeps.
 */
import type { Root } from 'mdast';
import { visitType } from './mdast.ts';

const WIKI_URL = /^(?:https?:)?\/\/zh\.(?:m\.)?wikipedia\.org\/(?:wiki|zh(?:-[a-z]{2,4})?)\/(.+)$/i;
const PAGE_PATH = /^(?:\.\.\/)*Page\/(.+?)\.md(?=#|$)(.*)$/;

export interface WikiTarget {
  readonly title: string;
  readonly anchor?: string;
}

/** A link in a wiki URL form whose title no wiki page can have, and why. */
export interface RefusedWikiLink {
  readonly refused: string;
  /** The title as the URL gives it (decoded), when the URL gives one. */
  readonly raw?: string;
}

/**
 * What a URL in one of the wiki forms points at: the page (title and anchor),
 * or why its title is unusable. Undefined for any other URL.
 */
export function wikiLink(url: string): WikiTarget | RefusedWikiLink | undefined {
  const page = PAGE_PATH.exec(url);
  const m = page ?? WIKI_URL.exec(url);
  if (!m) return undefined;
  // A page path's anchor follows `.md`: `../Page/T.md#A`.
  let raw = page ? page[1]! + page[2]! : m[1]!;
  const hash = raw.indexOf('#');
  let anchor: string | undefined;
  if (hash >= 0) {
    anchor = safeDecode(raw.slice(hash + 1));
    raw = raw.slice(0, hash);
  }
  const decoded = safeDecode(raw.replace(/\?.*$/, ''));
  const title = normaliseTitle(decoded);
  if ('refused' in title) return { ...title, raw: decoded };
  return anchor ? { title: title.title, anchor } : { title: title.title };
}

/** The wiki page a URL points at, or undefined when it is not a wiki link or the title is unusable. */
export function wikiTarget(url: string): WikiTarget | undefined {
  const link = wikiLink(url);
  return link && 'title' in link ? link : undefined;
}

/** MediaWiki's limit on a title, in UTF-8 bytes. */
export const MAX_WIKI_TITLE_BYTES = 255;

/**
 * Wiki titles use spaces where URLs use underscores; control characters, path
 * tricks and titles longer than any page can have are refused.
 */
export function normaliseTitle(title: string): { title: string } | RefusedWikiLink {
  const tooLong = { refused: `the page title is longer than a wiki title can be (${MAX_WIKI_TITLE_BYTES} bytes)` };
  if (title.length > MAX_WIKI_TITLE_BYTES * 3) return tooLong;
  const t = title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return { refused: 'the page title is empty' };
  if (Buffer.byteLength(t) > MAX_WIKI_TITLE_BYTES) return tooLong;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>[\]{}|]/.test(t)) return { refused: 'the page title holds a control character or one of < > [ ] { } |, which no wiki title can' };
  if (t.startsWith('.') || t.startsWith('/')) return { refused: 'the page title starts with . or /, which would be a path, not a title' };
  return { title: t };
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

/** Marks every wiki link in the tree with `data.wikiTitle`, or with `data.wikiRefused` when its title is unusable. */
export function markWikiLinks(tree: Root): void {
  visitType(tree, 'link', (node) => {
    const link = wikiLink(node.url);
    if (!link) return;
    node.data =
      'refused' in link
        ? { ...node.data, wikiRefused: link.refused, ...(link.raw !== undefined ? { wikiRefusedTitle: link.raw } : {}) }
        : { ...node.data, wikiTitle: link.title, ...(link.anchor ? { wikiAnchor: link.anchor } : {}) };
  });
}
