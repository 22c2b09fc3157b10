/**
 * The exported thumbnail: `[缩略图](…/File:X.jpg "fig:缩略图")` followed by
 * its caption (links kept) up to a stray `]]`, or to the end of the line.
 * It becomes a figure node of its own, split from the paragraph it was glued to.
 */
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { namespaceOf } from './wikilinks.ts';
import { text, type WikiFigure } from './mdast.ts';

const THUMB_WORDS = /^(缩略图|縮略圖|缩图|縮圖|thumb|thumbnail|frame|framed|right|left|center|居中|左|右|\d+px)$/i;

function thumbnailFile(node: PhrasingContent): string | undefined {
  if (node.type !== 'link') return undefined;
  const title = node.data?.wikiTitle;
  if (!title) return undefined;
  const { ns, name } = namespaceOf(title);
  if (ns !== 'file' || !name) return undefined;
  return name.replace(/ /g, '_');
}

/** Splits every paragraph that holds a thumbnail link into [before?, figure, after?]. */
export function extractThumbnails(tree: Root): void {
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'paragraph') out.push(...splitParagraph(node));
    else out.push(node);
  }
  tree.children = out;
}

function splitParagraph(paragraph: Paragraph): RootContent[] {
  const kids = paragraph.children;
  const at = kids.findIndex((k) => thumbnailFile(k) !== undefined);
  if (at < 0) return [paragraph];
  const link = kids[at] as Link;
  const file = thumbnailFile(link)!;
  const caption: PhrasingContent[] = [];
  let rest: PhrasingContent[] = [];
  let restLine: number | undefined;
  let i = at + 1;
  for (; i < kids.length; i++) {
    const kid = kids[i]!;
    if (kid.type === 'text') {
      const close = kid.value.indexOf(']]');
      const newline = kid.value.indexOf('\n');
      const end = close >= 0 ? close : newline;
      if (end >= 0) {
        const head = kid.value.slice(0, end);
        if (head) caption.push(text(head, kid));
        const cut = kid.value.slice(end + (close >= 0 ? 2 : 1));
        const tail = cut.replace(/^[ \t]*\n?/, '');
        const consumed = kid.value.length - tail.length;
        restLine = (kid.position?.start.line ?? 1) + countNewlines(kid.value.slice(0, consumed));
        rest = tail ? [text(tail), ...kids.slice(i + 1)] : kids.slice(i + 1);
        if (!tail) restLine = rest[0]?.position?.start.line ?? restLine;
        break;
      }
    }
    caption.push(kid);
  }
  const own = (link.title ?? '').replace(/^fig:/, '').trim();
  const linkText = own || linkTextOf(link);
  if (caption.length === 0 && linkText && !THUMB_WORDS.test(linkText)) caption.push(text(linkText, link));
  const figure: WikiFigure = { type: 'wikiFigure', file, children: caption, line: link.position?.start.line ?? 1 };
  const before: Paragraph | undefined = at > 0 ? { ...paragraph, children: kids.slice(0, at) } : undefined;
  const after: Paragraph | undefined = rest.length
    ? {
        type: 'paragraph',
        children: rest,
        ...(paragraph.position && restLine !== undefined
          ? { position: { start: { line: restLine, column: 1 }, end: paragraph.position.end } }
          : {}),
      }
    : undefined;
  return [...(before ? [before] : []), figure, ...(after ? splitParagraph(after) : [])];
}

function linkTextOf(link: Link): string {
  return link.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim();
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}
