/**
 * Defence in depth for rendered article HTML: an allow-list of the elements
 * and attributes the renderer emits, http(s)/mailto or relative URLs only.
 * Ids are kept as they are (no `user-content-` prefix): they are the
 * renderer's own, and links and the other script's page rely on them.
 */
import type { ElementContent, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

const TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details',
  'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'i', 'img', 'ins', 'kbd', 'li', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'u', 'ul', 'var', 'wbr',
];

const ARIA = ['ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaDetails', 'ariaHidden', 'ariaCurrent', 'ariaExpanded', 'ariaControls'];

export const ARTICLE_SCHEMA: Schema = {
  allowComments: false,
  allowDoctypes: false,
  tagNames: TAGS,
  attributes: {
    '*': ['id', 'className', 'role', ...ARIA, 'lang', 'dir', 'title', 'tabIndex', 'hidden', 'dataPagefindIgnore'],
    a: ['href', 'rel', 'hrefLang'],
    img: ['src', 'alt', 'loading', 'decoding', 'width', 'height'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    th: ['scope', 'colSpan', 'rowSpan'],
    td: ['colSpan', 'rowSpan'],
    time: ['dateTime'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  ancestors: {
    li: ['ol', 'ul'],
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
    dd: ['dl'],
    dt: ['dl'],
    summary: ['details'],
  },
  clobber: [],
  clobberPrefix: '',
  required: {},
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript'],
};

/** The same nodes with anything outside ARTICLE_SCHEMA removed. */
export function sanitizeNodes(nodes: readonly ElementContent[]): ElementContent[] {
  const root = sanitize({ type: 'root', children: [...nodes] }, ARTICLE_SCHEMA) as Root;
  return root.children as ElementContent[];
}
