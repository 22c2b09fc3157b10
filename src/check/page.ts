/** One built HTML page, parsed once into what the checks need. */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface At {
  readonly line?: number;
  readonly column?: number;
}

export interface UrlRef extends At {
  readonly element: string;
  readonly attribute: string;
  readonly url: string;
  /** `rel` of a `<link>`, lower-cased. */
  readonly rel?: string;
}

export interface TextPiece extends At {
  readonly text: string;
  /** Inside code, pre, kbd or samp, where markup is shown on purpose. */
  readonly code: boolean;
}

export interface Page {
  /** Path inside the site folder, with `/` separators. */
  readonly path: string;
  readonly source: string;
  readonly tree: Root;
  readonly ids: ReadonlySet<string>;
  readonly urls: readonly UrlRef[];
  /** Text a reader sees: text nodes of the title and body, alt and title attributes, description meta tags. */
  readonly text: readonly TextPiece[];
  readonly elements: readonly Element[];
}

/** Attributes holding URLs, by hast property name. */
const URL_PROPERTIES: Readonly<Record<string, string>> = {
  href: 'href',
  src: 'src',
  srcSet: 'srcset',
  poster: 'poster',
  action: 'action',
  formAction: 'formaction',
  data: 'data',
  cite: 'cite',
  background: 'background',
};

const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);
/** Meta tags whose content search results and link previews show. */
const SHOWN_META = new Set(['description', 'og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']);

export const at = (node: { position?: { start: { line: number; column: number } } | undefined }): At =>
  node.position ? { line: node.position.start.line, column: node.position.start.column } : {};

function urlsOf(property: string, value: unknown): string[] {
  const raw = Array.isArray(value) ? value.join(' ') : String(value);
  if (property !== 'srcSet') return [raw];
  return raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

export function parsePage(path: string, source: string): Page {
  const tree = fromHtml(source);
  const ids = new Set<string>();
  const urls: UrlRef[] = [];
  const text: TextPiece[] = [];
  const elements: Element[] = [];
  const walk = (nodes: readonly (ElementContent | Root['children'][number])[], visible: boolean, code: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (visible && node.value.trim()) text.push({ text: node.value, code, ...at(node) });
        continue;
      }
      if (node.type !== 'element') continue;
      elements.push(node);
      const p = node.properties;
      if (typeof p.id === 'string' && p.id) ids.add(p.id);
      if (node.tagName === 'a' && typeof p.name === 'string' && p.name) ids.add(p.name);
      for (const [property, attribute] of Object.entries(URL_PROPERTIES)) {
        const value = p[property];
        if (value === undefined || value === null || value === false) continue;
        const rel = node.tagName === 'link' && p.rel ? (Array.isArray(p.rel) ? p.rel.join(' ') : String(p.rel)).toLowerCase() : undefined;
        for (const url of urlsOf(property, value)) urls.push({ element: node.tagName, attribute, url, ...(rel ? { rel } : {}), ...at(node) });
      }
      const shown = node.tagName === 'title' || (visible && node.tagName !== 'head' && !HIDDEN.has(node.tagName));
      for (const attr of ['alt', 'title'] as const) {
        const value = p[attr];
        if (shown && typeof value === 'string' && value.trim()) text.push({ text: value, code, ...at(node) });
      }
      const meta = node.tagName === 'meta' ? String(p.name ?? p.property ?? '').toLowerCase() : '';
      if (SHOWN_META.has(meta) && typeof p.content === 'string' && p.content.trim()) text.push({ text: p.content, code: false, ...at(node) });
      const children = node.tagName === 'template' && 'content' in node ? [] : node.children;
      walk(children, shown, code || CODE.has(node.tagName));
    }
  };
  walk(tree.children, true, false);
  return { path, source, tree, ids, urls, text, elements };
}
