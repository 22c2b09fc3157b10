/**
 * Limits on markdown structure, applied before parsing, so a hostile seed can
 * neither exhaust the stack nor make parsing super-linear. Line breaks are
 * never added or removed and no character moves, so every line and column
 * stays true.
 *
 * - At most MAX_CONTAINERS block-quote or list markers open a line, and at
 *   most MAX_INDENT columns of indentation follow them (outside fenced code).
 * - In a paragraph (lines between blank lines) with more than MAX_PIPE_LINES
 *   lines holding a `|`, the pipes of the lines before its first table (a
 *   line, then a delimiter row `|---|---|`) are read as text: the table
 *   extension looks back over every such line for a table's head, which made
 *   40,000 lines of `|a = 1` (an infobox left open) take 7.8 s and 20,000
 *   take 2.4 s. A table's own rows are linear and stay as they are.
 * - When a document has so many definitions (`[a]: url`, `[^1]: text`) that
 *   looking them up is quadratic, they are read as text (MAX_DEFINITION_WORK).
 * - Lazy lines, quotes followed by a blank line and setext underlines each
 *   make micromark look back over the whole document read so far: past
 *   MAX_LOOK_BACK_WORK, the quote and list markers and heading underlines of
 *   each further paragraph that has such lines are read as text.
 * - A stretch of text that micromark would read as one (a paragraph, with the
 *   lazy lines that continue it; a heading; a table row) is read as plain
 *   text when reading its markup would cost too much (see `tooHeavy`): every
 *   inline markup character in it (`\ ` * _ ~ [ ] ! < &`) is then text.
 *   When even that leaves it too long (many lines), it is parsed in pieces of
 *   PIECE_LINES lines (`cuts`), each piece a block of its own.
 *
 * Characters are made text by hiding them: each is replaced by a noncharacter
 * of its own (seeds never hold noncharacters: reading a seed removes them)
 * that micromark reads as a letter, and `restoreHidden` puts it back in the
 * parsed tree. Escaping them (`\*`) would not do: every escape is a token, and
 * micromark's inline reading is quadratic in its tokens (see `tooHeavy`);
 * `a\_ ` repeated over 256 KiB took 15.8 s to ingest.
 */
import type { Nodes } from 'mdast';

export const MAX_CONTAINERS = 16;
export const MAX_INDENT = 64;
export const MAX_PIPE_LINES = 500;
/**
 * Emphasis delimiters (`*`, `_`, `~`) in one stretch, and how deep brackets
 * nest in it: beyond these, the nesting of the tree (and every recursive walk
 * over it) is unbounded.
 */
export const MAX_DELIMITERS = 1000;
export const MAX_BRACKET_DEPTH = 32;
/**
 * Openers in one stretch that micromark reads to the end of the stretch when
 * they do not close: a run of backticks with no run of the same length after
 * it on its line (a code span), `<!--`, `<?`, `<![CDATA[`, `<!X` with no `-->`,
 * `?>`, `]]>`, `>` after them on their line (HTML), `](<` with no `>` after it
 * (a link destination). Each one costs a read of the rest of the stretch: a
 * mebibyte of `` `a `` took 15.7 s. Real articles have none or one or two.
 */
export const MAX_UNCLOSED = 16;
/**
 * What reading a stretch's inline markup may cost, in steps of micromark's
 * super-linear parts (see `tooHeavy`). A paragraph of about 250 wikilinks
 * would reach it; the largest in the seeds is under 0.1% of it, in the bench
 * corpus under 1%. Right under it, a mebibyte of such stretches ingests in
 * the time the same markup takes in small paragraphs.
 */
export const MAX_WORK = 2_000_000;
/**
 * Definitions × (definitions + the `]` or `[^` that look them up) in one
 * document (see `manyDefinitions`): 20 million string comparisons, some
 * 30 ms (21,000 footnote definitions made 220 million of them, 1 s). An
 * article with 1,000 footnotes cited 3,000 times comes to a fifth of it.
 */
export const MAX_DEFINITION_WORK = 20_000_000;
/**
 * Lines at which micromark looks back over everything it has read of the
 * document (see `lookBacks`) × the lines before them: 32,000 lines after one
 * list item (`- a` then `b` on each line) took 27 s to parse, 13,000 block
 * quotes each followed by a blank line 23 s, 9,000 setext headings
 * (`a`, `===`) 16.7 s. Past this limit (0.1 s or so of such looking back),
 * the quotes, list items and heading underlines of each further paragraph
 * that has such lines are read as text; an article of 5,000 lines could
 * have 400 quotes before it applies.
 */
export const MAX_LOOK_BACK_WORK = 1_000_000;
/** The lines of each piece a stretch too long even as plain text is parsed in. */
export const PIECE_LINES = 100;

export interface Guarded {
  readonly text: string;
  /** 1-based lines that were changed, in order. */
  readonly lines: readonly number[];
  /** 0-based lines at which the parse starts a new piece (see `parseMarkdown`), in order. */
  readonly cuts: readonly number[];
  /** Whether characters were hidden: then `restoreHidden` must run over the parsed tree. */
  readonly hidden: boolean;
}

/**
 * The characters hidden, each by the noncharacter U+FDDF + its index (the last
 * six only as block markers): the last noncharacters of the block, apart from
 * those the wikitext masks use (mask.ts, inline-refs.ts).
 */
const HIDDEN = '\\`*_~[]!<&|>-+.)=';
const FIRST = 0xfddf;
const hide = (ch: string) => String.fromCharCode(FIRST + HIDDEN.indexOf(ch));
const STAND_IN = /[\uFDDF-\uFDEF]/;
/** Inline markup: every character micromark's inline constructs start at. */
const MARKUP = /[\\`*_~[\]!<&]/g;

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
  const width = columns(indent);
  if (width > MAX_INDENT) return head + ' '.repeat(MAX_INDENT) + rest.slice(indent.length);
  return dropped ? head + rest : line;
}

/** Columns of white space, tabs to the next multiple of four. */
function columns(space: string): number {
  let width = 0;
  for (const ch of space) width += ch === '\t' ? 4 - (width % 4) : 1;
  return width;
}

/** A table's delimiter row: cells of dashes with optional colons, at least one pipe or two cells. */
const DELIMITER_ROW = /^[ \t]{0,3}(?=[^|]*\||[^|]*-[ \t]*:?[ \t]*\|)\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;

/** How many of the paragraph's first lines stand before its first table: all of them when it has none. */
function beforeTable(text: readonly string[]): number {
  for (let i = 1; i < text.length; i++) if (text[i - 1]!.includes('|') && DELIMITER_ROW.test(text[i]!)) return i - 1;
  return text.length;
}

/** The cells of a table row as the table extension counts them: pipes not escaped, an outer pipe at either end not counted. */
function cellCount(row: string): number {
  const text = row.trim();
  let pipes = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      pipes++;
      last = i;
    }
  }
  return pipes + 1 - (text.startsWith('|') ? 1 : 0) - (last === text.length - 1 && last > 0 ? 1 : 0);
}

const QUOTE_PREFIX = /^(?: {0,3}>[ ]?)*/;
const ITEM = /^(?:([-+*])|(\d{1,9})([.)]))([ \t]+)(?=\S)/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:[ \t]*/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** Lines after which it is no longer sure which list a deeper-indented item line belongs to. */
const OTHER_BLOCK = /^(?:={2,}[ \t]*$|<|`{3,}|~{3,})/;

/** A line split into its block-quote markers, its indentation and what follows. */
interface Shape {
  readonly quote: string;
  readonly indent: number;
  /** Offset of the first character after the quote markers and indentation. */
  readonly at: number;
  readonly body: string;
}

function shape(line: string): Shape {
  const quote = QUOTE_PREFIX.exec(line)![0];
  const space = /^[ \t]*/.exec(line.slice(quote.length))![0];
  return { quote, indent: columns(space), at: quote.length + space.length, body: line.slice(quote.length + space.length) };
}

/** An open list item: the indentation of its marker, the column of its content, and for a numbered one its delimiter. */
interface OpenItem {
  readonly indent: number;
  readonly content: number;
  readonly delimiter?: string;
}

/**
 * A stretch of lines micromark reads as one inline text at most: `lines` are
 * indices into the document, `from` the offset in each line where the text
 * starts (after container markers).
 */
interface Stretch {
  readonly lines: number[];
  readonly from: number[];
}

/**
 * Splits a paragraph (lines between blank lines, outside fenced code) into
 * stretches, each holding at least every line of any inline text that starts
 * in it. A new stretch starts only where micromark surely starts a new text:
 * at a list item's first line (a bullet or `1.` at most three columns in, or
 * at most three columns past the content of the item opened last; another
 * number only right where the list it continues has an item at that
 * indentation), at a heading, at a table's head and each of its rows. Lines
 * whose place is unsure stay in the stretch before them, which can only make
 * a stretch larger than micromark's text.
 */
export function stretches(lines: readonly string[], paragraph: readonly number[]): Stretch[] {
  const out: Stretch[] = [];
  let current: Stretch | undefined;
  const start = (i: number, from: number) => {
    current = { lines: [i], from: [from] };
    out.push(current);
  };
  const add = (i: number, from: number) => {
    if (current) {
      current.lines.push(i);
      current.from.push(from);
    } else start(i, from);
  };
  let open: OpenItem[] = [];
  let quote: string | undefined;
  /** The quote markers and indentation of the table being read, or undefined. */
  let table: { quote: string; indent: number } | undefined;
  /** Whether a line so far opened (or looked like it opened) a list item: then a table may be inside it. */
  let listy = false;
  /** The deepest quote so far: a line in a shallower one may be a lazy line of it. */
  let quoted = 0;
  for (let k = 0; k < paragraph.length; k++) {
    const i = paragraph[k]!;
    const line = lines[i]!;
    const s = shape(line);
    if (s.quote !== quote) open = [];
    quote = s.quote;
    const item = ITEM.exec(s.body);
    const heading = s.indent <= 3 && HEADING.test(s.body);
    if (table !== undefined) {
      const row = s.quote === table.quote && s.indent >= table.indent && s.indent <= 3 && line.includes('|');
      if (row && !item && !heading && !FOOTNOTE_DEFINITION.test(s.body) && !THEMATIC_BREAK.test(s.body) && !OTHER_BLOCK.test(s.body)) {
        start(i, s.at);
        continue;
      }
      table = undefined;
      current = undefined;
    }
    const next = paragraph[k + 1];
    // A table inside a list item, or whose head may be a lazy line of a quote, is left to the stretch it is in.
    const depth = s.quote.split('>').length - 1;
    const lazy = depth < quoted;
    quoted = Math.max(quoted, depth);
    // An indented first line may go on with a list item from before the blank line.
    if ((k === 0 && s.indent > 0) || LIST_MARKER.test(s.body) || FOOTNOTE_DEFINITION.test(s.body)) listy = true;
    if (next !== undefined && !listy && !lazy && !heading && s.indent <= 3 && /[^|\s]/.test(s.body) && line.includes('|')) {
      const d = shape(lines[next]!);
      const head = d.quote === s.quote && d.indent <= 3 && !ITEM.test(d.body) && DELIMITER_ROW.test(lines[next]!.slice(d.quote.length));
      if (head && cellCount(s.body) === cellCount(d.body)) {
        // The head is a text of its own, the delimiter row none; each row after them is one.
        start(i, s.at);
        table = { quote: s.quote, indent: s.indent };
        open = [];
        k++;
        continue;
      }
    }
    if (heading) {
      start(i, s.at);
      current = undefined;
      open = [];
      continue;
    }
    if (THEMATIC_BREAK.test(s.body) || OTHER_BLOCK.test(s.body)) {
      open = [];
      add(i, s.at);
      continue;
    }
    const note = FOOTNOTE_DEFINITION.exec(s.body);
    if (note && !/\t/.test(line.slice(0, s.at)) && (s.indent <= 3 || open.some((o) => s.indent >= o.content && s.indent < o.content + 4))) {
      // A footnote definition starts a text even inside a paragraph. Its lines go on four columns into what holds
      // it, which may be an item no longer known here: no deeper line is taken to start anything inside it.
      open = open.filter((o) => o.content <= s.indent);
      open.push({ indent: s.indent, content: Infinity });
      start(i, s.at + note[0].length);
      continue;
    }
    if (item) {
      const delimiter = item[3];
      // Tabs before the content are read by columns CommonMark counts in ways not worth copying: such a line starts nothing here.
      let starts = false;
      if (/\t/.test(line.slice(0, s.at))) starts = false;
      else if (delimiter === undefined || item[2] === '1') {
        starts = s.indent <= 3 || open.some((o) => s.indent >= o.content && s.indent < o.content + 4);
      } else {
        const sibling = open.filter((o) => o.indent <= s.indent).at(-1);
        starts = sibling !== undefined && sibling.indent === s.indent && sibling.delimiter === delimiter;
      }
      if (starts) {
        const marker = item[0].length - item[4]!.length;
        const gap = item[4]!.includes('\t') ? Infinity : item[4]!.length;
        const content = s.indent + marker + (gap > 4 ? (gap === Infinity ? Infinity : 1) : gap);
        open = open.filter((o) => o.content <= s.indent);
        open.push({ indent: s.indent, content, ...(delimiter === undefined ? {} : { delimiter }) });
        start(i, s.at + item[0].length);
        continue;
      }
    }
    // An item this line is not indented into may be closed by it (unless the line is lazy): it no longer counts.
    open = open.filter((o) => s.indent >= o.content);
    add(i, s.at);
  }
  return out;
}

const ATEXT = /[A-Za-z0-9+\-._]/;

/**
 * What reading a stretch costs micromark, and whether that is too much. Its
 * inline reading has these super-linear parts, each bounded here:
 *
 * - merging adjacent data tokens (`resolveAllText`) splices the token list
 *   once per run of data between other tokens, and the back-scans for an
 *   emphasis opener and for a footnote call's `[` run over every token before
 *   a closer: at most (markup + lines) × (markup + words + lines), where words
 *   are the places an autolink literal may start (a letter, digit or `+-._`
 *   after any other character but `/`), each a data token of its own;
 * - an autolink literal is not tried inside a link's text: at each such place
 *   micromark walks back to the nearest `[` not yet known to be no link, so
 *   the distances from each word to that `[` add up;
 * - an unclosed code span, HTML comment, instruction, declaration or CDATA,
 *   or `<` destination reads to the end of the text (MAX_UNCLOSED).
 *
 * `a\_ ` repeated makes about one token run per four bytes, `[` followed by
 * ` a` repeated one walk per two bytes: before this guard 64 KiB of the one
 * took 1.0 s to ingest, of the other 20.6 s to parse.
 */
function tooHeavy(lines: readonly string[], stretch: Stretch): boolean {
  let markup = 0;
  let words = 0;
  let delimiters = 0;
  let depth = 0;
  let deepest = 0;
  let unclosed = 0;
  let walk = 0;
  /** Offsets (in the stretch) of the `[` not yet closed, and of the last one that may have opened a link. */
  const brackets: number[] = [];
  let link = -1;
  let offset = 0;
  for (let n = 0; n < stretch.lines.length; n++) {
    const line = lines[stretch.lines[n]!]!;
    const from = stretch.from[n]!;
    unclosed += unclosedOpeners(line, from);
    for (let i = from; i < line.length; i++) {
      const ch = line[i]!;
      const at = offset + i;
      if (ATEXT.test(ch)) {
        const before = i > from ? line[i - 1]! : '\n';
        if (!ATEXT.test(before) && before !== '/') {
          words++;
          const anchor = Math.max(link, brackets.at(-1) ?? -1);
          if (anchor >= 0) walk += at - anchor;
        }
        if (ch !== '_') continue;
      }
      if (!'\\`*_~[]!<&'.includes(ch)) continue;
      markup++;
      if (ch === '\\') {
        if (i + 1 < line.length) {
          markup++;
          i++;
        }
      } else if (ch === '*' || ch === '_' || ch === '~') delimiters++;
      else if (ch === '[') {
        brackets.push(at);
        deepest = Math.max(deepest, ++depth);
      } else if (ch === ']' && depth > 0) {
        depth--;
        const opened = brackets.pop()!;
        if (line[i + 1] === '(' || line[i + 1] === '[') link = Math.max(link, opened);
      }
    }
    offset += line.length + 1;
  }
  const tokens = markup + stretch.lines.length;
  const work = tokens * (tokens + words) + walk;
  return work > MAX_WORK || unclosed > MAX_UNCLOSED || delimiters > MAX_DELIMITERS || deepest > MAX_BRACKET_DEPTH;
}

/** Openers in `line` (from `from` on) that micromark would read to the end of their text: see MAX_UNCLOSED. */
function unclosedOpeners(line: string, from: number): number {
  let count = 0;
  if (line.includes('`', from)) {
    // A run closes when a run of its length follows it on the line: the last run of each length does not. A
    // backslash before a run escapes its first backtick.
    const runs: number[] = [];
    for (const m of line.slice(from).matchAll(/(\\*)(`+)/g)) runs.push(m[2]!.length - (m[1]!.length % 2));
    const later = new Set<number>();
    for (let r = runs.length - 1; r >= 0; r--) {
      if (runs[r] && !later.has(runs[r]!)) count++;
      later.add(runs[r]!);
    }
  }
  if (line.includes('<', from)) {
    const closers: Record<string, number> = {};
    const last = (closer: string) => (closers[closer] ??= line.lastIndexOf(closer));
    for (const m of line.slice(from).matchAll(/<(!--|\?|!\[CDATA\[|![A-Za-z])|\]\(</g)) {
      const at = from + m.index + m[0].length;
      const closer = m[1] === '!--' ? '-->' : m[1] === '?' ? '?>' : m[1] === '![CDATA[' ? ']]>' : '>';
      if (last(closer) < at) count++;
    }
  }
  return count;
}

/** Hides every character of `chars` in `line` from offset `from` on. */
function hideAll(line: string, from: number, chars: RegExp): string {
  const rest = line.slice(from).replace(chars, hide);
  return line.slice(0, from) + rest;
}

export function guardMarkdown(markdown: string): Guarded {
  const lines = markdown.split('\n');
  const changed = new Set<number>();
  const cuts: number[] = [];
  let hidden = false;
  const set = (i: number, next: string) => {
    if (next === lines[i]) return;
    lines[i] = next;
    changed.add(i + 1);
    if (STAND_IN.test(next)) hidden = true;
  };
  // The paragraphs: runs of lines with text, outside fenced code.
  const paragraphs: number[][] = [];
  let paragraph: number[] = [];
  let fence: string | undefined;
  const end = () => {
    if (paragraph.length) paragraphs.push(paragraph);
    paragraph = [];
  };
  lines.forEach((line, i) => {
    const f = FENCE.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
      return;
    }
    if (f) {
      end();
      fence = f;
      return;
    }
    const capped = capLine(line);
    set(i, capped);
    if (capped.trim() === '') end();
    else paragraph.push(i);
  });
  end();
  // Definitions and containers first: read as text, they may join the lines around them into one paragraph.
  for (const [i, at] of manyDefinitions(lines, paragraphs.flat())) set(i, lines[i]!.slice(0, at) + hide('[') + lines[i]!.slice(at + 1));
  let lookBackWork = 0;
  for (const paragraph of paragraphs) {
    const work = lookBacks(lines, paragraph).reduce((sum, i) => sum + i + 1, 0);
    if (lookBackWork + work <= MAX_LOOK_BACK_WORK) lookBackWork += work;
    else for (const i of paragraph) set(i, hideBlockMarkers(lines[i]!));
  }
  for (const paragraph of paragraphs) {
    const text = paragraph.map((i) => lines[i]!);
    if (text.filter((l) => l.includes('|')).length > MAX_PIPE_LINES) {
      for (const i of paragraph.slice(0, beforeTable(text))) set(i, hideAll(lines[i]!, 0, /\|/g));
    }
    for (const stretch of stretches(lines, paragraph)) {
      if (!tooHeavy(lines, stretch)) continue;
      stretch.lines.forEach((i, n) => set(i, hideAll(lines[i]!, stretch.from[n]!, MARKUP)));
      // Now only its lines and words cost anything: see `tooHeavy`.
      if (stretch.lines.length > PIECE_LINES && tooHeavy(lines, stretch)) {
        for (let n = PIECE_LINES; n < stretch.lines.length; n += PIECE_LINES) {
          cuts.push(stretch.lines[n]!);
          changed.add(stretch.lines[n]! + 1);
        }
      }
    }
  }
  return { text: lines.join('\n'), lines: [...changed].sort((a, b) => a - b), cuts: cuts.sort((a, b) => a - b), hidden };
}

/**
 * The lines of a paragraph at which micromark looks back over all it has
 * read of the document (see MAX_LOOK_BACK_WORK): lazy lines of a block quote
 * or list item opened before them in it (a line that goes on with the
 * quote's or item's paragraph without its `>` or indentation), the blank
 * line after a paragraph that holds a quote (also checked as lazy), and
 * setext heading underlines (`===`, `---` after a line of text). More lines
 * may be counted than micromark looks back at, never fewer.
 */
function lookBacks(lines: readonly string[], paragraph: readonly number[]): number[] {
  const out: number[] = [];
  let deepest = 0;
  let opened = false;
  /** The content column of the last item opened. */
  let content = 0;
  for (const i of paragraph) {
    const s = shape(lines[i]!);
    // Quotes inside list items (`- > a`) count too.
    const depth = (containerPrefix(lines[i]!).match(/>/g) ?? []).length;
    const item = ITEM.exec(s.body) ?? FOOTNOTE_DEFINITION.exec(s.body);
    if ((opened && !item && (depth < deepest || s.indent < content)) || (i !== paragraph[0] && SETEXT_UNDERLINE.test(s.body))) out.push(i);
    if (depth > 0) opened = true;
    deepest = Math.max(deepest, depth);
    if (item) {
      opened = true;
      content = s.indent + item[0].length;
    }
  }
  if (deepest > 0) out.push(paragraph.at(-1)! + 1);
  return out;
}

/** The block-quote and list markers that open a line, with the white space between them. */
function containerPrefix(line: string): string {
  let at = 0;
  for (let m = CONTAINER.exec(line); m; m = CONTAINER.exec(line.slice(at))) at += m[0].length;
  return line.slice(0, at);
}

/**
 * A line with the markers of the block quotes and list items that open it
 * hidden, and its first `=` or `-` if it may underline a heading: it opens
 * no block and underlines nothing.
 */
function hideBlockMarkers(line: string): string {
  let out = '';
  let rest = line;
  for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
    out += m[0].replace(/[>\-+*]|(?<=\d)[.)]/, hide);
    rest = rest.slice(m[0].length);
  }
  const s = shape(rest);
  if (SETEXT_UNDERLINE.test(s.body)) rest = rest.slice(0, s.at) + hide(s.body[0]!) + rest.slice(s.at + 1);
  return out + rest;
}

/**
 * The definitions (`[label]: url`, `[^label]: text`) of a document whose
 * number makes looking them up quadratic, as line and offset of their `[`;
 * none when they are few. micromark keeps each kind in an array it searches
 * at every definition and at every `]` (for footnotes, at every `[^…]`):
 * 21,000 footnote definitions (256 KiB) spent 1 s in that search, 87,000
 * (1 MiB) made the ingest take 44 s. Read as text, they are looked up no
 * more.
 */
function manyDefinitions(lines: readonly string[], outside: readonly number[]): [line: number, at: number][] {
  const links: [number, number][] = [];
  const notes: [number, number][] = [];
  let closers = 0;
  let calls = 0;
  for (const i of outside) {
    const line = lines[i]!;
    if (!line.includes(']')) continue;
    closers += line.split(']').length - 1;
    calls += line.split('[^').length - 1;
    let at = containerPrefix(line).length;
    at += /^[ \t]*/.exec(line.slice(at))![0].length;
    const rest = line.slice(at);
    if (FOOTNOTE_DEFINITION.test(rest)) notes.push([i, at]);
    else if (/^\[[^\]]+\]:/.test(rest)) links.push([i, at]);
  }
  const work = links.length * (links.length + closers) + notes.length * (notes.length + calls);
  return work > MAX_DEFINITION_WORK ? [...links, ...notes] : [];
}

/**
 * Puts the hidden characters back in a parsed tree's text, URLs and titles. A
 * hidden `\` before ASCII punctuation is read as the escape it was: `\[1\]`
 * gives `[1]`, as micromark would have.
 */
export function restoreHidden(node: Nodes): void {
  const n = node as unknown as Record<string, unknown>;
  for (const key of ['value', 'url', 'title', 'alt', 'label', 'identifier']) {
    const v = n[key];
    if (typeof v === 'string' && STAND_IN.test(v)) n[key] = restore(v);
  }
  if ('children' in node) for (const child of node.children) restoreHidden(child);
}

const BACKSLASH = hide('\\');
const isAsciiPunctuation = (ch: string) => /^[!-/:-@[-`{-~]$/.test(ch);

function restore(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < FIRST || code >= FIRST + HIDDEN.length) {
      out += value[i];
      continue;
    }
    if (value[i] === BACKSLASH && i + 1 < value.length) {
      const c = value.charCodeAt(i + 1);
      const next = c >= FIRST && c < FIRST + HIDDEN.length ? HIDDEN[c - FIRST]! : value[i + 1]!;
      if (isAsciiPunctuation(next)) {
        out += next;
        i++;
        continue;
      }
    }
    out += HIDDEN[code - FIRST];
  }
  return out;
}
