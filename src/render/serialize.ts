/**
 * Serialises sanitised article HTML (elements and text only, see
 * sanitize.ts) exactly as hast-util-to-html does with its default options,
 * at a fraction of the cost: its general escaping (an options object and a
 * regular expression per text and attribute, a schema lookup per attribute)
 * was a quarter of the cost of an article page. Attribute names and kinds
 * still come from property-information, as they do there, once per property.
 * Tests check that both give the same bytes on random trees
 * (tests/html.test.ts) and on every article of the seeds and of random
 * hostile seeds (tests/property.test.ts).
 */
import type { ElementContent, Properties } from 'hast';
import { find, html as htmlSchema } from 'property-information';

/** The void elements among ARTICLE_SCHEMA's tags: no content, no end tag. */
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

/** Characters escaped in text (`&`, `<`) and in a double-quoted attribute value (NUL, `"`, `&`, `'`, `` ` ``), as hexadecimal references. */
const TEXT_SPECIAL = /[&<]/g;
const ATTRIBUTE_SPECIAL = /[\0"&'`]/g;
const reference = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;

interface AttributeKind {
  readonly name: string;
  readonly boolean: boolean;
  readonly overloadedBoolean: boolean;
  readonly commaSeparated: boolean;
}

const kinds = new Map<string, AttributeKind>();
function kindOf(property: string): AttributeKind {
  let kind = kinds.get(property);
  if (!kind) {
    const info = find(htmlSchema, property);
    if (/[\0\t\n\f\r "&'/<=>`]/.test(info.attribute)) throw new Error(`cannot serialise the attribute name ${JSON.stringify(info.attribute)}`);
    kinds.set(property, (kind = { name: info.attribute, boolean: info.boolean, overloadedBoolean: info.overloadedBoolean, commaSeparated: info.commaSeparated }));
  }
  return kind;
}

function attributes(properties: Properties): string {
  let out = '';
  for (const property in properties) {
    let value = properties[property];
    if (value === null || value === undefined) continue;
    const kind = kindOf(property);
    if (kind.overloadedBoolean && (value === kind.name || value === '')) value = true;
    else if ((kind.boolean || kind.overloadedBoolean) && (typeof value !== 'string' || value === kind.name || value === '')) value = Boolean(value);
    if (value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (value === true) {
      out += ` ${kind.name}`;
      continue;
    }
    if (Array.isArray(value) && kind.commaSeparated) throw new Error(`cannot serialise the comma-separated attribute ${kind.name}`);
    const text = Array.isArray(value) ? value.join(' ').trim() : String(value);
    out += ` ${kind.name}="${text.replace(ATTRIBUTE_SPECIAL, reference)}"`;
  }
  return out;
}

function write(node: ElementContent, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value.replace(TEXT_SPECIAL, reference));
    return;
  }
  if (node.type !== 'element') throw new Error(`cannot serialise a ${node.type} node in article HTML`);
  out.push(`<${node.tagName}${attributes(node.properties)}>`);
  if (VOID.has(node.tagName)) {
    // Content (which sanitising leaves none of) makes a void element an ordinary one.
    const content = serialize(node.children);
    if (content !== '') out.push(content, `</${node.tagName}>`);
    return;
  }
  for (const child of node.children) write(child, out);
  out.push(`</${node.tagName}>`);
}

/** The HTML of sanitised nodes. */
export function serialize(nodes: readonly ElementContent[]): string {
  const out: string[] = [];
  for (const node of nodes) write(node, out);
  return out.join('');
}
