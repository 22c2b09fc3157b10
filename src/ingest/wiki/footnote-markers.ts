/**
 * The export escaped wiki citations as `\[n\]`, which markdown reads as the
 * text `[n]`. Each becomes a footnote marker node; runs such as `\[11\]\[12\]`
 * give one marker each. Explanatory notes, `[註 n]` (also 注, 註釋, 注釋, 注释,
 * note), are numbered apart: their markers carry the group `note`; so are
 * lettered notes, `[a]`, `[b]` … ({{efn}}), numbered once the notes are known
 * (see references.ts). A citation's placeholder (see inline-refs.ts) becomes
 * a marker too, and so do GFM footnote references: `[^3]` as text (with no
 * definition) or as a footnoteReference node is reference 3, wherever it
 * stands (a table cell as a paragraph); a GFM footnote with a label that is no
 * number (`[^note]`) is numbered after the references, as a citation left as
 * `<ref>` is (see `gfmFootnotes`).
 */
import type { FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast';
import { INLINE_REF_BASE, INLINE_REF_CHAR } from './inline-refs.ts';
import { visitType, type FootnoteMarker } from './mdast.ts';

const MARKER = /\[(?:(註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?|\^)?(\d{1,4})\]|([\u{F0000}-\u{FFFFD}])|\[([a-z])\]/gu;
const HAS_MARKER = /\[(?:(?:註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?|\^)?\d{1,4}\]|[\u{F0000}-\u{FFFFD}]|\[[a-z]\]/u;
const INLINE_REFS = /[\u{F0000}-\u{FFFFD}]/gu;

/** Turns every marker into a footnote marker node; returns the index of each GFM footnote label that is no number. */
export function markFootnoteRefs(tree: Root): Map<string, number> {
  const labels = new Map<string, number>();
  visitType(tree, 'footnoteReference', (node, index, parent) => {
    const line = node.position?.start.line ?? parent.position?.start.line ?? 1;
    const numbered = /^\d{1,4}$/.test(node.identifier);
    if (!numbered && !labels.has(node.identifier)) labels.set(node.identifier, labels.size);
    const marker: FootnoteMarker = numbered ? { type: 'footnoteMarker', n: Number(node.identifier), line } : { type: 'footnoteMarker', n: 0, line, gfm: labels.get(node.identifier)! };
    (parent.children as PhrasingContent[]).splice(index, 1, marker);
    return index + 1;
  });
  // A citation inside a link's text cites from right after the link (a marker is a link: links do not nest).
  visitType(tree, 'link', (node, index, parent) => {
    const taken: string[] = [];
    visitType(node, 'text', (t) => {
      if (!INLINE_REF_CHAR.test(t.value)) return;
      taken.push(...(t.value.match(INLINE_REFS) ?? []));
      t.value = t.value.replace(INLINE_REFS, '');
    });
    if (!taken.length) return;
    const after: PhrasingContent = { type: 'text', value: taken.join('') };
    if (node.position) after.position = { start: node.position.end, end: node.position.end };
    (parent.children as PhrasingContent[]).splice(index + 1, 0, after);
    return index + 1;
  });
  visitType(tree, 'text', (node, index, parent) => {
    if (parent.type === 'link') return;
    if (!HAS_MARKER.test(node.value)) return;
    const line0 = node.position?.start.line ?? parent.position?.start.line ?? 1;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(MARKER)) {
      const at = m.index;
      if (at > last) parts.push({ type: 'text', value: node.value.slice(last, at) });
      const line = line0 + (node.value.slice(0, at).match(/\n/g)?.length ?? 0);
      const marker: FootnoteMarker = m[3]
        ? { type: 'footnoteMarker', n: 0, line, inline: m[3].codePointAt(0)! - INLINE_REF_BASE }
        : m[4]
          ? { type: 'footnoteMarker', n: 0, line, group: 'note', letter: m[4] }
          : { type: 'footnoteMarker', n: Number(m[2]), line, ...(m[1] && m[1] !== '^' ? { group: 'note' as const } : {}) };
      parts.push(marker);
      last = at + m[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    // Not splice(index, 1, ...parts): a paragraph of a hundred thousand marks would overflow the call stack.
    const children = parent.children as PhrasingContent[];
    parent.children = children.slice(0, index).concat(parts, children.slice(index + 1));
    return index + parts.length;
  });
  return labels;
}

/** A GFM footnote definition `[^label]: …`, taken out of the tree. */
export interface GfmFootnote {
  readonly label: string;
  readonly content: PhrasingContent[];
  readonly line: number;
}

/**
 * Takes the GFM footnote definitions out of the tree (they are notes, not
 * body text), with their text: the paragraphs they hold, joined.
 */
export function gfmFootnotes(tree: Root): GfmFootnote[] {
  const out: GfmFootnote[] = [];
  const take = (children: RootContent[]): RootContent[] =>
    children.filter((node) => {
      if (node.type === 'footnoteDefinition') {
        out.push(definition(node));
        return false;
      }
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
        (node as { children: RootContent[] }).children = take((node as { children: RootContent[] }).children);
      }
      return true;
    });
  tree.children = take(tree.children);
  return out;
}

function definition(node: FootnoteDefinition): GfmFootnote {
  const content: PhrasingContent[] = [];
  for (const child of node.children) {
    if (child.type !== 'paragraph') continue;
    if (content.length) content.push({ type: 'text', value: ' ' });
    content.push(...child.children);
  }
  return { label: node.identifier, content, line: node.position?.start.line ?? 1 };
}
