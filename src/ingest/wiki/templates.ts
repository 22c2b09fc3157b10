/**
 * MediaWiki templates `{{name|…}}` in an exported text: where they are.
 *
 * A template that opens a line (an infobox, a navigation box) may run over
 * several paragraphs: blank lines inside it are part of it. It ends at its
 * `}}`; when none comes before the next heading, or within MAX_BLOCK_LINES
 * lines and MAX_BLOCK_CHARS characters, it is left as written, with a notice
 * at its first line. A template inside a line closes before the next blank
 * line, or is text (`集合{{1, 2` is no template).
 */
import type { Range } from './code-spans.ts';

/** How far a template that opens a line may run, looking for its `}}`. */
export const MAX_BLOCK_LINES = 500;
export const MAX_BLOCK_CHARS = 64 * 1024;

export interface TemplateNotice {
  /** Offset in the text. */
  readonly at: number;
  readonly reason: string;
}

/** A `{{` that opens a line, a template's name after it: `{{Infobox …`, `{{NoteTA`. */
const BLOCK_OPENING = /^[ \t]*\{\{[ \t]*[^\s{}|]/;
const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK_LINE = /^[ \t]*(?:\n|$)/;

/**
 * The outermost balanced `{{…}}` spans, in order, outside code, and a notice
 * for each template that opens a line but never closes. One pass with a
 * stack of openings; a blank line forgets the openings inside a line, so a
 * stray `{{` never swallows the paragraphs after it.
 */
export function findTemplates(markdown: string, code: readonly Range[]): { spans: [number, number][]; unclosed: TemplateNotice[] } {
  const closed: [number, number][] = [];
  const unclosed: TemplateNotice[] = [];
  let open: number[] = [];
  /** Where the template at the bottom of the stack opened a line, or -1; the line breaks read since. */
  let block = -1;
  let blockLines = 0;
  const abandon = (why: string) => {
    if (block >= 0) {
      const name = templateName(markdown.slice(block, block + 200));
      unclosed.push({ at: block, reason: `template {{${name}}} does not close ${why}; it was left as written` });
    }
    open = [];
    block = -1;
  };
  let c = 0;
  let lineStart = true;
  for (let i = 0; i < markdown.length - 1; i++) {
    while (c < code.length && code[c]![1] <= i) c++;
    if (c < code.length && code[c]![0] <= i) {
      if (block >= 0) abandon('before the code that follows it');
      open = [];
      i = code[c]![1] - 1;
      lineStart = false;
      continue;
    }
    const ch = markdown.charCodeAt(i);
    if (ch === 0x0a /* \n */) {
      lineStart = true;
      if (block >= 0) {
        blockLines++;
        const next = markdown.slice(i + 1, i + 16);
        if (HEADING_LINE.test(next)) abandon('before the next heading');
        else if (blockLines > MAX_BLOCK_LINES || i - block > MAX_BLOCK_CHARS) abandon(`within ${MAX_BLOCK_LINES} lines`);
      } else if (open.length && BLANK_LINE.test(markdown.slice(i + 1, i + 80))) open = [];
      continue;
    }
    if (ch === 0x7b /* { */ && markdown.charCodeAt(i + 1) === 0x7b) {
      if (!open.length && lineStart && BLOCK_OPENING.test(markdown.slice(markdown.lastIndexOf('\n', i) + 1, i + 4))) {
        block = i;
        blockLines = 0;
      }
      open.push(i);
      i++;
    } else if (ch === 0x7d /* } */ && markdown.charCodeAt(i + 1) === 0x7d && open.length) {
      const from = open.pop()!;
      closed.push([from, i + 2]);
      if (!open.length) block = -1;
      i++;
    }
    if (ch !== 0x20 && ch !== 0x09) lineStart = false;
  }
  if (block >= 0) abandon('before the end of the text');
  closed.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: [number, number][] = [];
  for (const span of closed) if (!spans.length || span[0] >= spans.at(-1)![1]) spans.push(span);
  return { spans, unclosed };
}

/** A template's name: what stands before its first `|`, cut short for a message. */
export function templateName(template: string): string {
  const name = template
    .replace(/^\{\{/, '')
    .replace(/\}\}$/, '')
    .split(/[|\n]/)[0]!
    .replace(/\{\{|\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...name];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : name;
}
