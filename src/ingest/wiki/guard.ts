/**
 * Limits on markdown structure, applied before parsing, so a hostile seed can
 * neither exhaust the stack nor make parsing quadratic:
 *
 * - at most MAX_CONTAINERS block-quote or list markers open a line, and at most
 *   MAX_INDENT columns of indentation follow them (outside fenced code);
 * - in a paragraph with more than MAX_DELIMITERS emphasis delimiters (`*`, `_`,
 *   `~`), or more than MAX_BRACKETS `[` or brackets nested deeper than
 *   MAX_BRACKET_DEPTH, those characters are escaped and read as text;
 * - in a paragraph with more than MAX_PIPE_LINES lines holding a `|`, the
 *   pipes of the lines before its first table (a line, then a delimiter row
 *   `|---|---|`) are escaped: the table extension looks back over every such
 *   line for a table's head, which made 40,000 lines of `|a = 1` (an infobox
 *   left open) take 7.8 s and 20,000 take 2.4 s. A table's own rows are
 *   linear and stay as they are.
 *
 * Line breaks are never added or removed, so every line number stays true.
 */

export const MAX_CONTAINERS = 16;
export const MAX_INDENT = 64;
export const MAX_DELIMITERS = 1000;
export const MAX_BRACKETS = 2000;
export const MAX_BRACKET_DEPTH = 32;
export const MAX_PIPE_LINES = 500;

export interface Guarded {
  readonly text: string;
  /** 1-based lines that were changed, in order. */
  readonly lines: readonly number[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER = /^[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]?/;

/** Caps the container markers and indentation that open a line. */
function capLine(line: string): string {
  // A blank line (maybe one whose text was taken out, see wikitext.ts) is no indentation.
  if (/^[ \t]*$/.test(line)) return line;
  let rest = line;
  let head = '';
  for (let n = 0; n < MAX_CONTAINERS; n++) {
    const m = CONTAINER.exec(rest);
    if (!m) break;
    head += m[0];
    rest = rest.slice(m[0].length);
  }
  let dropped = false;
  for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
    rest = rest.slice(m[0].length);
    dropped = true;
  }
  const indent = /^[ \t]*/.exec(rest)![0];
  const width = [...indent].reduce((w, ch) => w + (ch === '\t' ? 4 - (w % 4) : 1), 0);
  if (width > MAX_INDENT) return head + ' '.repeat(MAX_INDENT) + rest.slice(indent.length);
  return dropped ? head + rest : line;
}

/** Escapes every unescaped character of `chars` in a line. */
function escapeAll(line: string, chars: RegExp): string {
  return line.replace(new RegExp(`(\\\\.)|(${chars.source})`, 'g'), (all, escaped: string | undefined) => (escaped ? all : `\\${all}`));
}

function bracketLoad(lines: readonly string[]): { count: number; depth: number } {
  let count = 0;
  let depth = 0;
  let max = 0;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '\\') i++;
      else if (ch === '[') {
        count++;
        max = Math.max(max, ++depth);
      } else if (ch === ']' && depth > 0) depth--;
    }
  }
  return { count, depth: max };
}

const countOf = (lines: readonly string[], re: RegExp) => lines.reduce((n, l) => n + (l.match(re)?.length ?? 0), 0);

/** A table's delimiter row: cells of dashes with optional colons, at least one pipe or two cells. */
const DELIMITER_ROW = /^[ \t]{0,3}(?=[^|]*\||[^|]*-[ \t]*:?[ \t]*\|)\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;

/** How many of the paragraph's first lines stand before its first table: all of them when it has none. */
function beforeTable(text: readonly string[]): number {
  for (let i = 1; i < text.length; i++) if (text[i - 1]!.includes('|') && DELIMITER_ROW.test(text[i]!)) return i - 1;
  return text.length;
}

export function guardMarkdown(markdown: string): Guarded {
  const lines = markdown.split('\n');
  const changed = new Set<number>();
  let fence: string | undefined;
  let paragraph: number[] = [];
  const flush = () => {
    const text = paragraph.map((i) => lines[i]!);
    const load = bracketLoad(text);
    const heavy: RegExp[] = [];
    if (countOf(text, /(?<!\\)[*_~]/g) > MAX_DELIMITERS) heavy.push(/[*_~]/);
    if (load.count > MAX_BRACKETS || load.depth > MAX_BRACKET_DEPTH) heavy.push(/[[\]]/);
    const escape = (i: number, re: RegExp) => {
      const next = escapeAll(lines[i]!, re);
      if (next !== lines[i]) changed.add(i + 1);
      lines[i] = next;
    };
    for (const re of heavy) for (const i of paragraph) escape(i, re);
    if (text.filter((l) => l.includes('|')).length > MAX_PIPE_LINES) {
      for (const i of paragraph.slice(0, beforeTable(text))) escape(i, /\|/);
    }
    paragraph = [];
  };
  lines.forEach((line, i) => {
    const f = FENCE.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
      return;
    }
    if (f) {
      flush();
      fence = f;
      return;
    }
    const capped = capLine(line);
    if (capped !== line) {
      lines[i] = capped;
      changed.add(i + 1);
    }
    if (capped.trim() === '') flush();
    else paragraph.push(i);
  });
  flush();
  return { text: lines.join('\n'), lines: [...changed].sort((a, b) => a - b) };
}
