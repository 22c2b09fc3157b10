/**
 * The export escaped wiki citations as `\[n\]`, which markdown reads as the
 * text `[n]`. Each becomes a footnote marker node; runs such as `\[11\]\[12\]`
 * give one marker each. Explanatory notes, `[註 n]` (also 注, 註釋, 注釋, 注释,
 * note), are numbered apart: their markers carry the group `note`.
 */
import type { PhrasingContent, Root } from 'mdast';
import { visitType, type FootnoteMarker } from './mdast.ts';

const MARKER = /\[(?:(註釋|注釋|注释|註|注|note)[ \t\u00a0]?)?(\d{1,4})\]/gi;
const HAS_MARKER = /\[(?:(?:註釋|注釋|注释|註|注|note)[ \t\u00a0]?)?\d{1,4}\]/i;

export function markFootnoteRefs(tree: Root): void {
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
      const marker: FootnoteMarker = { type: 'footnoteMarker', n: Number(m[2]), line, ...(m[1] ? { group: 'note' as const } : {}) };
      parts.push(marker);
      last = at + m[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return index + parts.length;
  });
}
