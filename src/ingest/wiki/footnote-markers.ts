/**
 * The export escaped wiki citations as `\[n\]`, which markdown reads as the
 * text `[n]`. Each becomes a footnote marker node; runs such as `\[11\]\[12\]`
 * give one marker each. Explanatory notes, `[註 n]` (also 注, 註釋, 注釋, 注释,
 * note), are numbered apart: their markers carry the group `note`; so are
 * lettered notes, `[a]`, `[b]` … ({{efn}}), numbered once the notes are known
 * (see references.ts). A citation's placeholder (see inline-refs.ts) becomes
 * a marker too.
 */
import type { PhrasingContent, Root } from 'mdast';
import { INLINE_REF_BASE } from './inline-refs.ts';
import { visitType, type FootnoteMarker } from './mdast.ts';

const MARKER = /\[(?:(註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?)?(\d{1,4})\]|([\u{F0000}-\u{FFFFD}])|\[([a-z])\]/gu;
const HAS_MARKER = /\[(?:(?:註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?)?\d{1,4}\]|[\u{F0000}-\u{FFFFD}]|\[[a-z]\]/u;
const INLINE_REFS = /[\u{F0000}-\u{FFFFD}]/gu;

export function markFootnoteRefs(tree: Root): void {
  visitType(tree, 'text', (node, index, parent) => {
    if (parent.type === 'link') {
      // No marker inside a link's text (links do not nest): the citation is left uncited there.
      node.value = node.value.replace(INLINE_REFS, '');
      return;
    }
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
          : { type: 'footnoteMarker', n: Number(m[2]), line, ...(m[1] ? { group: 'note' as const } : {}) };
      parts.push(marker);
      last = at + m[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return index + parts.length;
  });
}
