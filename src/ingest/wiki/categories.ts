/** Category links are facts about the article, not body text: they are taken out of the tree. */
import type { Link, Nodes, Root } from 'mdast';
import { visibleTextProblem } from '../seed.ts';
import { isParent, plainText, visitType } from './mdast.ts';
import { namespaceOf } from './wikilinks.ts';

/** A category link whose name no category page can have: taken out of the text all the same, and reported. */
export interface DroppedCategory {
  /** The line of the link in the markdown. */
  readonly line: number;
  readonly reason: string;
}

/**
 * Removes category links (and paragraphs left empty by that) and returns the
 * category names in order. A category link is a link to a page in the
 * Category namespace (分類:, 分类: too), or a link whose text names one, as
 * the export writes every category link: `[Category:越南](…/Category:越南)`.
 * Every such link leaves the text; one without a usable name (empty,
 * invisible, or a title no wiki page can have) adds no category and is listed
 * in `dropped`.
 */
export function extractCategories(tree: Root): { names: string[]; dropped: DroppedCategory[] } {
  const names: string[] = [];
  const dropped: DroppedCategory[] = [];
  visitType(tree, 'link', (node, index, parent) => {
    const category = categoryOf(node);
    if (!category) return;
    if ('name' in category) {
      if (!names.includes(category.name)) names.push(category.name);
    } else dropped.push({ line: node.position?.start.line ?? 1, reason: category.dropped });
    parent.children.splice(index, 1);
    return index;
  });
  removeEmptyParagraphs(tree);
  return { names, dropped };
}

/** The category a link names, why it names none that can be used, or undefined when it is no category link. */
function categoryOf(node: Link): { name: string } | { dropped: string } | undefined {
  const { wikiTitle, wikiRefused, wikiRefusedTitle } = node.data ?? {};
  const link = (title: string) => `category link ${shown(title)}`;
  if (wikiTitle) {
    const { ns, name } = namespaceOf(wikiTitle);
    if (ns === 'category') {
      const unseen = name ? visibleTextProblem(name) : undefined;
      const problem = !name ? 'has no name' : namespaceOf(name).ns ? 'names a namespace twice' : unseen && `name ${unseen}`;
      return problem ? { dropped: `${link(wikiTitle)}: the category ${problem}; the link is left out` } : { name };
    }
  } else if (wikiRefused && wikiRefusedTitle !== undefined && namespaceOf(wikiRefusedTitle.trim()).ns === 'category') {
    return { dropped: `${link(wikiRefusedTitle)}: ${wikiRefused}; the link is left out` };
  }
  const label = plainText(node.children).trim();
  if (namespaceOf(label).ns !== 'category') return undefined;
  return { dropped: `${link(label)}: the link's text names a category but it does not point at a wiki category page; the link is left out` };
}

/** A title quoted in a message: cut at 80 characters, invisible characters (U+200B …) written as escapes. */
function shown(title: string): string {
  const cut = title.length > 80 ? `${title.slice(0, 80)}…` : title;
  return JSON.stringify(cut).replace(/\p{Cf}/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
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
