/**
 * Clean-ups a reader expects from an exported page:
 * - empty parentheses the export left where a foreign name was (`（，）`, `（）`) disappear, and
 *   so do the separator it left at their start (`（，意為…）`, also before bold text or a
 *   link: `（，**Võ Nguyên Giáp**`), one left at their end (`**Võ Nguyên Giáp**，）`), and a
 *   label left with no value (`Hà Nội，[漢喃]：）`, the label a link or plain text);
 * - stray wiki brackets (`]]`, `[[`) disappear;
 * - a soft line break inside Chinese text joins the lines without a space
 *   (between CJK characters, or next to CJK punctuation); elsewhere it is a space.
 */
import type { Nodes, Root, Text } from 'mdast';
import { isCjk, isCjkPunct } from '../cjk.ts';
import { isParent, visitType } from './mdast.ts';

const EMPTY_PARENS = /[（(][\s，,、；;：:]*[）)]/g;
/** A separator left first inside parentheses: `（，意為…）`. */
const LEADING_SEPARATOR = /([（(])[\s，,、；;]+(?=[^\s）)])/g;
/** A short label whose value the export lost, before a closing parenthesis: `，漢喃：）`. */
/** A separator left last inside parentheses: `甲，）`. */
const TRAILING_SEPARATOR = /(?<=[^\s（(，,、；;])[ \t]*[，,、；;][\s，,、；;]*(?=[）)])/g;
/** An opening parenthesis and separators ending a text, and separators starting one before a closing parenthesis. */
const OPEN_THEN_SEPARATOR = /([（(])[\s，,、；;]+$/;
const SEPARATOR_THEN_CLOSE = /^[ \t]*[，,、；;][\s，,、；;]*(?=[）)])/;
const EMPTY_LABEL = /[，,、；;]\s*[^\s，,、；;：:（）()]{1,12}[：:]\s*(?=[）)])/g;
const STRAY_BRACKETS = /\]\]|\[\[/g;
const SOFT_BREAK = /[ \t]*\n[ \t]*/g;

export function cleanText(tree: Root): void {
  visitType(tree, 'paragraph', dropEmptyLinkLabels);
  visitType(tree, 'text', (node) => {
    node.value = node.value
      .replace(EMPTY_LABEL, '')
      .replace(EMPTY_PARENS, '')
      .replace(LEADING_SEPARATOR, '$1')
      .replace(TRAILING_SEPARATOR, '')
      .replace(STRAY_BRACKETS, '');
  });
  joinLines(tree);
}

/** A link used as a label whose value the export lost (`，[漢喃](…)：）`) leaves, with its separator and colon. */
function dropEmptyLinkLabels(node: Nodes): void {
  if (!isParent(node)) return;
  const kids = node.children as Nodes[];
  for (let i = 1; i < kids.length - 1; i++) {
    const [before, link, after] = [kids[i - 1]!, kids[i]!, kids[i + 1]!];
    if (link.type !== 'link' || before.type !== 'text' || after.type !== 'text') continue;
    if (!/[，,、；;]\s*$/.test(before.value) || !/^[：:]\s*[）)]/.test(after.value)) continue;
    before.value = before.value.replace(/[，,、；;]\s*$/, '');
    after.value = after.value.replace(/^[：:]\s*/, '');
    kids.splice(i, 1);
    i--;
  }
}

function joinLines(node: Nodes): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    trimSeparatorsAcross(node);
    joinSoftBreaks(node);
    trimEdges(node);
  }
  if (isParent(node)) for (const child of node.children as Nodes[]) joinLines(child);
}

type Leaf = { text: Text } | { atom: 'transparent' | 'opaque'; ch: string };

function leavesOf(node: Nodes, out: Leaf[] = []): Leaf[] {
  if (node.type === 'text') out.push({ text: node });
  else if (node.type === 'footnoteMarker') out.push({ atom: 'transparent', ch: '' });
  else if (node.type === 'break') out.push({ atom: 'opaque', ch: '\n' });
  else if (node.type === 'inlineCode') out.push({ atom: 'opaque', ch: node.value.at(-1) ?? 'a' });
  else if (node.type === 'image') out.push({ atom: 'opaque', ch: 'a' });
  else if (isParent(node)) for (const child of node.children as Nodes[]) leavesOf(child, out);
  return out;
}

function charBefore(leaves: Leaf[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const leaf = leaves[j]!;
    if ('text' in leaf) {
      if (leaf.text.value) return leaf.text.value.at(-1);
    } else if (leaf.atom === 'opaque') return leaf.ch;
  }
  return undefined;
}

function charAfter(leaves: Leaf[], i: number): string | undefined {
  for (let j = i + 1; j < leaves.length; j++) {
    const leaf = leaves[j]!;
    if ('text' in leaf) {
      if (leaf.text.value) return leaf.text.value[0];
    } else if (leaf.atom === 'opaque') return leaf.ch;
  }
  return undefined;
}

function joinSoftBreaks(node: Nodes): void {
  const leaves = leavesOf(node);
  leaves.forEach((leaf, i) => {
    if (!('text' in leaf) || !leaf.text.value.includes('\n')) return;
    const value = leaf.text.value;
    leaf.text.value = value.replace(SOFT_BREAK, (match, offset: number) => {
      const prev = offset > 0 ? value[offset - 1] : charBefore(leaves, i);
      const end = offset + match.length;
      const next = end < value.length ? value[end] : charAfter(leaves, i);
      if (prev === undefined || next === undefined) return '';
      const join = (isCjk(prev) && isCjk(next)) || isCjkPunct(prev) || isCjkPunct(next);
      return join ? '' : ' ';
    });
  });
}

/**
 * A separator the export left first or last in parentheses, where bold text,
 * a link or other markup stands on its other side (`（，**Võ Nguyên Giáp**，）`):
 * the parenthesis and the separator are in one text node, what they enclose
 * in another.
 */
function trimSeparatorsAcross(node: Nodes): void {
  const leaves = leavesOf(node);
  leaves.forEach((leaf, i) => {
    if (!('text' in leaf)) return;
    const text = leaf.text;
    const open = OPEN_THEN_SEPARATOR.exec(text.value);
    if (open) {
      const next = charAfter(leaves, i);
      if (next !== undefined && !/[\s）)]/.test(next)) text.value = text.value.slice(0, open.index + 1);
    }
    const close = SEPARATOR_THEN_CLOSE.exec(text.value);
    if (close) {
      const previous = charBefore(leaves, i);
      if (previous !== undefined && !/[\s（(，,、；;]/.test(previous)) text.value = text.value.slice(close[0].length);
    }
  });
}

/** Leading and trailing whitespace of a block is never content. */
function trimEdges(node: Nodes): void {
  const leaves = leavesOf(node).filter((l): l is { text: Text } => 'text' in l);
  const first = leaves[0];
  const last = leaves.at(-1);
  if (first) first.text.value = first.text.value.replace(/^\s+/, '');
  if (last) last.text.value = last.text.value.replace(/\s+$/, '');
}
