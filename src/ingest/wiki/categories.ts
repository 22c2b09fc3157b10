/** Category links are facts about the article, not body text: they are taken out of the tree. */
import type { Nodes, Root } from 'mdast';
import { isParent, plainText, visitType } from './mdast.ts';
import { namespaceOf } from './wikilinks.ts';

/** Removes category links (and paragraphs left empty by that) and returns the category names in order. */
export function extractCategories(tree: Root): string[] {
  const names: string[] = [];
  visitType(tree, 'link', (node, index, parent) => {
    const title = node.data?.wikiTitle;
    if (!title) return;
    const { ns, name } = namespaceOf(title);
    if (ns !== 'category') return;
    if (name && !names.includes(name)) names.push(name);
    parent.children.splice(index, 1);
    return index;
  });
  removeEmptyParagraphs(tree);
  return names;
}

/** Drops paragraphs whose only content is whitespace. */
export function removeEmptyParagraphs(tree: Nodes): void {
  if (!isParent(tree)) return;
  tree.children = (tree.children as Nodes[]).filter((child) => {
    if (child.type === 'paragraph') return plainText(child.children).trim() !== '' || hasNonText(child.children);
    removeEmptyParagraphs(child);
    return true;
  }) as typeof tree.children;
}

function hasNonText(nodes: readonly Nodes[]): boolean {
  return nodes.some((n) => n.type === 'image' || n.type === 'footnoteMarker' || (isParent(n) && hasNonText(n.children as Nodes[])));
}
