/**
 * Where a markdown text holds code, in which nothing is wiki markup: fenced
 * code blocks, indented code blocks and inline code spans, found before
 * parsing (the wiki markup is taken out before the parse, see wikitext.ts).
 *
 * - a fenced block runs from its fence to the closing fence of the same kind,
 *   or to the end of the text;
 * - an indented block is a run of lines indented four columns or more that
 *   starts after a blank line (or the start of the text), where the last line
 *   before it with text is neither indented nor a list item (after a list
 *   item such lines belong to the item); it ends at the first line with text
 *   indented less;
 * - an inline code span is a run of backticks closed by the next run of the
 *   same length in its paragraph (CommonMark), outside the blocks above.
 *
 * One pass over the lines and one over the backtick runs: linear in the text.
 */

import { inSpans } from '../../text/spans.ts';

export type Range = readonly [from: number, to: number];

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Columns of indentation, tabs to the next multiple of four. */
function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Sorted, disjoint offsets [from, to) of the code in `markdown`. */
export function codeRanges(markdown: string): Range[] {
  const hasFence = markdown.includes('```') || markdown.includes('~~~');
  const hasIndent = /\n(?: {4}|\t)/.test(`\n${markdown}`);
  const hasTick = markdown.includes('`');
  if (!hasFence && !hasIndent && !hasTick) return [];
  const blocks: Range[] = [];
  let fence: string | undefined;
  let start = 0;
  let offset = 0;
  /** Whether the previous line is blank (or there is none). */
  let afterBlank = true;
  /** The last line with text before the current run of blank lines, or undefined. */
  let lastText: string | undefined;
  /** Start of the indented block being read, or -1; and the end of its last line with text. */
  let indented = -1;
  let indentedEnd = 0;
  for (const line of markdown.split('\n')) {
    const end = offset + line.length;
    offset = end + 1;
    if (fence) {
      const f = FENCE.exec(line)?.[1];
      if (f && f[0] === fence[0] && f.length >= fence.length) {
        blocks.push([start, end]);
        fence = undefined;
        lastText = line;
        afterBlank = false;
      }
      continue;
    }
    if (BLANK.test(line)) {
      afterBlank = true;
      continue;
    }
    const width = indentWidth(line);
    if (indented >= 0 && width >= 4) {
      indentedEnd = end;
    } else {
      if (indented >= 0) {
        blocks.push([indented, indentedEnd]);
        indented = -1;
      }
      const f = FENCE.exec(line)?.[1];
      if (f) {
        fence = f;
        start = end - line.length;
      } else if (width >= 4 && afterBlank && (lastText === undefined || (indentWidth(lastText) === 0 && !LIST_ITEM.test(lastText)))) {
        indented = end - line.length;
        indentedEnd = end;
      }
    }
    lastText = line;
    afterBlank = false;
  }
  if (fence) blocks.push([start, markdown.length]);
  if (indented >= 0) blocks.push([indented, indentedEnd]);
  blocks.sort((a, b) => a[0] - b[0]);
  return hasTick ? merge(blocks, codeSpans(markdown, blocks)) : blocks;
}

/**
 * Inline code spans outside `blocks`: each run of backticks closes at the
 * next run of the same length before a blank line. Runs are visited once, in
 * order; for each length a pointer into that length's runs finds the closer.
 */
function codeSpans(markdown: string, blocks: readonly Range[]): Range[] {
  const runs: { at: number; length: number; paragraph: number }[] = [];
  const TICKS = /`+|\n[ \t]*(?=\n)/g;
  let paragraph = 0;
  let b = 0;
  for (let m = TICKS.exec(markdown); m; m = TICKS.exec(markdown)) {
    if (m[0][0] === '\n') {
      paragraph++;
      continue;
    }
    while (b < blocks.length && blocks[b]![1] <= m.index) b++;
    if (b < blocks.length && blocks[b]![0] <= m.index) {
      // Inside a block: no span opens or closes here, and none runs across it.
      paragraph++;
      TICKS.lastIndex = blocks[b]![1];
      continue;
    }
    // A backslash escapes the first backtick of a run that opens nothing.
    const escaped = m.index > 0 && markdown[m.index - 1] === '\\' && !isEscaped(markdown, m.index - 1);
    if (escaped) {
      if (m[0].length > 1) runs.push({ at: m.index + 1, length: m[0].length - 1, paragraph });
      continue;
    }
    runs.push({ at: m.index, length: m[0].length, paragraph });
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const list = byLength.get(run.length) ?? [];
    list.push(i);
    byLength.set(run.length, list);
  });
  const pointer = new Map<number, number>();
  const spans: Range[] = [];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    const list = byLength.get(open.length)!;
    let p = pointer.get(open.length) ?? 0;
    while (p < list.length && list[p]! <= i) p++;
    pointer.set(open.length, p);
    const close = p < list.length ? runs[list[p]!]! : undefined;
    if (!close || close.paragraph !== open.paragraph) continue;
    spans.push([open.at, close.at + close.length]);
    // Everything up to the closer is inside the span.
    i = list[p]!;
  }
  return spans;
}

/** Whether the character at `at` is itself escaped by an odd run of backslashes before it. */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function merge(a: readonly Range[], b: readonly Range[]): Range[] {
  return [...a, ...b].sort((x, y) => x[0] - y[0]);
}

/** A test of whether an offset lies in one of the sorted, disjoint `ranges`. */
export function inRanges(ranges: readonly Range[]): (at: number) => boolean {
  return ranges.length ? (at) => inSpans(ranges, at) : () => false;
}
