/** mdast node types added by the wiki ingest, and small tree helpers. */
import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';
import type { Node } from 'unist';
import type { NoteGroup } from '../../model/index.ts';

/** A footnote citation found as an escaped marker `\[n\]` in the text. */
export interface FootnoteMarker extends Node {
  type: 'footnoteMarker';
  n: number;
  line: number;
  /** Set on an explanatory note's marker, `[註 n]`. */
  group?: NoteGroup;
  /** Set on a lettered note's marker, `[a]`: its letter (`n` is given once the notes are known, see references.ts). */
  letter?: string;
  /** Set on the marker of a GFM footnote whose label is no number (`[^note]`): its index among those labels. */
  gfm?: number;
  /** Set on the marker of a citation the export left as `<ref>` (see inline-refs.ts): its index; `n` is given once the references are known. */
  inline?: number;
}

/** A thumbnail split out of a paragraph. */
export interface WikiFigure extends Node {
  type: 'wikiFigure';
  /** The file's title without namespace, e.g. `Putin_in_Vietnam_in_2006-2.jpg`. */
  file: string;
  children: PhrasingContent[];
  line: number;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    footnoteMarker: FootnoteMarker;
  }
  interface RootContentMap {
    footnoteMarker: FootnoteMarker;
    wikiFigure: WikiFigure;
  }
  interface BlockContentMap {
    wikiFigure: WikiFigure;
  }
  interface LinkData {
    /** Set on links that point at a wiki page: the page title, namespace included. */
    wikiTitle?: string;
    wikiAnchor?: string;
    /** Set on links in a wiki URL form whose title no page can have: why. */
    wikiRefused?: string;
    /** And the title such a link gives (decoded, as written). */
    wikiRefusedTitle?: string;
  }
}

export function isParent(node: Nodes): node is Nodes & Parent {
  return 'children' in node && Array.isArray((node as Parent).children);
}

/**
 * Calls `fn` on every node of type `type` below `parent`, in document order,
 * as unist-util-visit does, whose generic walk cost more than the ingest's
 * transforms themselves. `fn` may change its parent's children; when it
 * returns an index, the node's children are skipped and the walk goes on at
 * that index of the parent.
 */
export function visitType<T extends Nodes['type']>(
  parent: Parent,
  type: T,
  fn: (node: Extract<Nodes, { type: T }>, index: number, parent: Parent) => number | void,
): void {
  for (let i = 0; i < parent.children.length; ) {
    const node = parent.children[i] as Nodes;
    if (node.type === type) {
      const next = fn(node as Extract<Nodes, { type: T }>, i, parent);
      if (typeof next === 'number') {
        i = next;
        continue;
      }
    }
    if (isParent(node)) visitType(node, type, fn);
    i++;
  }
}

export function text(value: string, like?: Nodes): Text {
  return like?.position ? { type: 'text', value, position: like.position } : { type: 'text', value };
}

/** Visible text of phrasing content, markers excluded. */
export function plainText(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (isParent(node)) out += plainText(node.children as Nodes[]);
  }
  return out;
}
