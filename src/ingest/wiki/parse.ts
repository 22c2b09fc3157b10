/**
 * Markdown → mdast, exactly as remark-parse + remark-gfm give it, but fast for
 * the plain prose and reference lists that make up most of a wiki export.
 *
 * micromark reads only about half a megabyte of this markdown a second, which
 * made parsing most of a build's ingest. Blocks whose markdown can mean only
 * one thing are read here directly into the nodes micromark would build for
 * them, positions included; every other stretch of the document goes to
 * micromark as it is, and its nodes' positions are moved to where the stretch
 * starts. The blocks read here, each starting after a blank line (or at the
 * start of the document):
 *
 * - a paragraph: lines that each start with a character that opens no other
 *   block (nor a list item such as `1.`) and end with no white space;
 * - an ATX heading `## text` alone between blank lines, with no closing `#`s;
 * - an ordered list whose items are each empty or one such paragraph (its
 *   further lines indented or lazy), items separated by blank lines or none
 *   (the reference lists: `1.`, `2.  [title](url)`).
 *
 * Their text holds no character that starts inline markup, except `\`
 * escaping ASCII punctuation and links `[label](destination)` or
 * `[label](destination "title")` whose label, destination and title need no
 * decoding, and nothing GFM would autolink (www., http://, @).
 *
 * Splitting a document between blocks changes nothing when no construct can
 * run across a blank line into a block that starts at the margin, and no
 * definition can give meaning to brackets elsewhere. Documents where that may
 * not hold are parsed whole by micromark: those with definitions or footnote
 * definitions (`]:`), fenced code (``` or ~~~), a line opening with `<` (HTML
 * blocks), a byte-order mark, CR or NUL (which micromark rewrites). A list
 * right after a stretch micromark reads might continue a list in it, so it
 * goes to micromark with that stretch.
 */
import type { Heading, Link, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The mdast of a markdown document, straight from micromark. */
export function parseWithMicromark(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

/** Documents in which a construct may span blank lines, or that micromark rewrites before reading. */
const WHOLE_DOCUMENT = /\]:|```|~~~|^ {0,3}<|[\uFEFF\r\0]/m;

const BLANK = /^[ \t]*$/;
const HEADING = /^(#{1,6}) (?=[^ \t#])/;
/**
 * What may open a paragraph's line: no block markup (#, >, -, +, =, _, ~, `,
 * <, |, :, white space), no list item (`*` only as emphasis: `*x`, `**x`).
 */
const PARAGRAPH_LINE = /^(?![\s#>\-+=_~`<|:]|\*(?!\*?[^\s*])|\d{1,9}[.)](?:[ \t]|$))/;
/** An ordered list item: its number, delimiter, and the spaces before its content (none for an empty item). */
const ORDERED_ITEM = /^(\d{1,9})([.)])(?:( {1,4})(?=\S)|$)/;

/** Lines of a document with the offset each starts at. */
class Lines {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get length(): number {
    return this.starts.length;
  }

  /** The offset just after line `n` (0-based), line ending excluded. */
  end(n: number): number {
    return n + 1 < this.starts.length ? this.starts[n + 1]! - 1 : this.text.length;
  }

  line(n: number): string {
    return this.text.slice(this.starts[n], this.end(n));
  }

  blank(n: number): boolean {
    return BLANK.test(this.line(n));
  }

  /** The point of an offset on line `n` (0-based). */
  point(n: number, offset: number): Point {
    return { line: n + 1, column: offset - this.starts[n]! + 1, offset };
  }
}

/**
 * The mdast of a markdown document. `micromark` reads what the fast path does
 * not (tests pass one that counts what it is given). At each line of `cuts`
 * (0-based) the document is read as a new one, whatever was open before it
 * (the guard cuts a text too long to read in one, see guard.ts).
 */
export function parseMarkdown(markdown: string, micromark: (markdown: string) => Root = parseWithMicromark, cuts: readonly number[] = []): Root {
  if (cuts.length) return parsePieces(markdown, micromark, cuts);
  if (WHOLE_DOCUMENT.test(markdown)) return micromark(markdown);
  const lines = new Lines(markdown);
  const children: RootContent[] = [];
  /** First line of the stretch that waits for micromark, or -1. */
  let pending = -1;
  const flush = (until: number) => {
    if (pending < 0) return;
    const from = lines.starts[pending]!;
    const to = until < lines.length ? lines.starts[until]! : markdown.length;
    for (const node of micromark(markdown.slice(from, to)).children) children.push(moved(node, pending, from));
    pending = -1;
  };
  for (let i = 0; i < lines.length; ) {
    if (lines.blank(i)) {
      i++;
      continue;
    }
    let next = i + 1;
    while (next < lines.length && !lines.blank(next)) next++;
    let block: RootContent | undefined;
    if (ORDERED_ITEM.test(lines.line(i))) {
      const list = pending < 0 ? readList(lines, i) : undefined;
      if (list) [block, next] = list;
    } else block = readBlock(lines, i, next);
    if (block) {
      flush(i);
      children.push(block);
    } else if (pending < 0) pending = i;
    i = next;
  }
  flush(lines.length);
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: lines.point(lines.length - 1, markdown.length) },
  };
}

/** The document read in pieces, each starting at one of `cuts` (0-based lines). */
function parsePieces(markdown: string, micromark: (markdown: string) => Root, cuts: readonly number[]): Root {
  const lines = new Lines(markdown);
  const children: RootContent[] = [];
  const starts = [0, ...cuts.filter((c) => c > 0 && c < lines.length)];
  starts.forEach((from, k) => {
    const offset = lines.starts[from]!;
    const next = starts[k + 1];
    const piece = markdown.slice(offset, next === undefined ? markdown.length : lines.starts[next]!);
    for (const node of parseMarkdown(piece, micromark).children) children.push(moved(node, from, offset));
  });
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: lines.point(lines.length - 1, markdown.length) },
  };
}

/** A node parsed from a slice that starts at line `line` (0-based) and `offset`, with its positions moved there. */
function moved<T extends Nodes>(node: T, line: number, offset: number): T {
  if (node.position) {
    const move = (p: Point): Point => ({ line: p.line + line, column: p.column, ...(p.offset === undefined ? {} : { offset: p.offset + offset }) });
    node.position = { start: move(node.position.start), end: move(node.position.end) };
  }
  if ('children' in node) for (const child of node.children) moved(child, line, offset);
  return node;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09;

/** Lines [from, to) as a heading or paragraph, or undefined when micromark must read them. */
function readBlock(lines: Lines, from: number, to: number): Heading | Paragraph | undefined {
  const first = lines.line(from);
  const heading = HEADING.exec(first);
  if (heading) {
    if (to - from !== 1 || /[ \t#]$/.test(first)) return undefined;
    const start = lines.starts[from]!;
    const children = readInline(lines, from, [start + heading[0].length]);
    if (!children) return undefined;
    const position = { start: lines.point(from, start), end: lines.point(from, lines.end(from)) };
    return { type: 'heading', depth: heading[1]!.length as Heading['depth'], children, position };
  }
  const starts: number[] = [];
  for (let n = from; n < to; n++) starts.push(lines.starts[n]!);
  return readParagraph(lines, from, starts);
}

/** A paragraph whose line n (from `from` on) has its content from starts[n - from] to its end. */
function readParagraph(lines: Lines, from: number, starts: readonly number[]): Paragraph | undefined {
  const last = from + starts.length - 1;
  for (let n = from; n <= last; n++) {
    const content = lines.text.slice(starts[n - from], lines.end(n));
    if (!PARAGRAPH_LINE.test(content) || isSpace(content.charCodeAt(content.length - 1))) return undefined;
  }
  const children = readInline(lines, from, starts);
  if (!children) return undefined;
  return { type: 'paragraph', children, position: { start: lines.point(from, starts[0]!), end: lines.point(last, lines.end(last)) } };
}

/** An ordered list starting at line `from` (see the module comment), and the line after it. */
function readList(lines: Lines, from: number): [List, number] | undefined {
  const items: ListItem[] = [];
  let delimiter: string | undefined;
  let spread = false;
  let n = from;
  for (;;) {
    const item = ORDERED_ITEM.exec(lines.line(n))!;
    delimiter ??= item[2];
    const start = lines.starts[n]!;
    let next = n + 1;
    if (item[3] === undefined) {
      const end = lines.point(n, start + item[0].length);
      items.push({ type: 'listItem', spread: false, checked: null, children: [], position: { start: lines.point(n, start), end } });
    } else {
      const starts = [start + item[0].length];
      for (; next < lines.length && !lines.blank(next); next++) {
        const line = lines.line(next);
        if (ORDERED_ITEM.test(line)) break;
        // Indented to the item's content or not (a lazy line), the line goes on with the paragraph, its indentation stripped.
        starts.push(lines.starts[next]! + /^ */.exec(line)![0].length);
      }
      const paragraph = readParagraph(lines, n, starts);
      if (!paragraph) return undefined;
      items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: lines.point(n, start), end: paragraph.position!.end } });
    }
    let after = next;
    while (after < lines.length && lines.blank(after)) after++;
    const following = after < lines.length ? ORDERED_ITEM.exec(lines.line(after)) : null;
    if (following && following[2] === delimiter) {
      if (after > next) spread = true;
      n = after;
      continue;
    }
    // What follows is the margin's: no indented line (it may belong to the item), no list item of any form.
    if (after < lines.length && /^(?:[ \t]|\d{1,9}[.)])/.test(lines.line(after))) return undefined;
    const position = { start: items[0]!.position!.start, end: items.at(-1)!.position!.end };
    return [{ type: 'list', ordered: true, start: Number(ORDERED_ITEM.exec(lines.line(from))![1]), spread, children: items, position }, next];
  }
}

/**
 * ASCII characters that may stand in plain text here: letters, digits, space
 * and the punctuation that starts no inline markup (nor, at a line's start,
 * block markup: PARAGRAPH_LINE checks that).
 */
const PLAIN_ASCII = new Uint8Array(128);
for (const ch of ' "#$%\'()+,-./:;=?^{}') PLAIN_ASCII[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) PLAIN_ASCII[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) PLAIN_ASCII[c] = PLAIN_ASCII[c + 0x20] = 1;

const isPlain = (code: number) => code >= 0x80 || PLAIN_ASCII[code] === 1;

/** ASCII punctuation, which a backslash escapes. */
const isAsciiPunctuation = (code: number) =>
  (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);

/** Text GFM turns into a link of its own. */
const AUTOLINK_LITERAL = /www\.|https?:\/\/|@/i;
/** A link destination or title that needs no decoding: no escapes, no character references, no white space, controls or brackets. */
// eslint-disable-next-line no-control-regex
const PLAIN_DESTINATION = /^[^\s\x00-\x1f\x7f\\<>()"'`[\]]+$/;
const PLAIN_TITLE = /^[^\\"\n]*$/;
const REFERENCE = /&[#A-Za-z0-9]+;/;
/** Below micromark's limit on the size of a link label (999). */
const MAX_LABEL = 900;

const WHITESPACE = 1;
const PUNCTUATION = 2;

/** micromark's class of the character beside an emphasis run (null: nothing, at either end of the text). */
function charClass(code: number | null): typeof WHITESPACE | typeof PUNCTUATION | undefined {
  if (code === null || /\s/.test(String.fromCharCode(code))) return WHITESPACE;
  return /\p{P}|\p{S}/u.test(String.fromCharCode(code)) ? PUNCTUATION : undefined;
}

/** Reads inline content line by line; line n (from `from` on) has its content from starts[n - from] to its end. */
class InlineReader {
  private line: number;
  private i: number;

  constructor(
    private readonly lines: Lines,
    private readonly from: number,
    private readonly starts: readonly number[],
  ) {
    this.line = from;
    this.i = starts[0]!;
  }

  /** The phrasing content, or undefined when it holds anything but plain text, escapes, plain links and simple emphasis. */
  read(): PhrasingContent[] | undefined {
    const { lines } = this;
    const source = lines.text;
    const out: PhrasingContent[] = [];
    let value = '';
    let start: Point | undefined;
    let endLine = 0;
    let endOffset = 0;
    /** The emphasis opened and not yet closed: its run's length, start, and where its content starts in `out`. */
    let open: { length: number; start: Point; at: number } | undefined;
    const closeText = (): boolean => {
      if (!start) return true;
      if (AUTOLINK_LITERAL.test(value)) return false;
      out.push({ type: 'text', value, position: { start, end: lines.point(endLine, endOffset) } });
      start = undefined;
      value = '';
      return true;
    };
    for (;;) {
      const { i, line } = this;
      if (i === lines.end(line)) {
        if (!this.newline()) break;
        start ??= lines.point(line, i);
        value += '\n';
        // A text ending with a line ending ends where the next line starts, before any indentation.
        [endLine, endOffset] = [this.line, lines.starts[this.line]!];
        continue;
      }
      const code = source.charCodeAt(i);
      if (code === 0x5b /* [ */) {
        const link = this.link();
        if (!link || !closeText()) return undefined;
        out.push(link);
        continue;
      }
      if (code === 0x2a /* * */) {
        const run = this.emphasisRun();
        if (!run || !closeText()) return undefined;
        if (run.closes && open?.length === run.length) {
          const children = out.splice(open.at);
          out.push({ type: run.length === 2 ? 'strong' : 'emphasis', children, position: { start: open.start, end: run.end } });
          open = undefined;
        } else if (run.opens && !run.closes && !open) open = { length: run.length, start: run.start, at: out.length };
        else return undefined;
        continue;
      }
      start ??= lines.point(line, i);
      if (code === 0x5c /* \ */) {
        if (i + 1 >= lines.end(line) || !isAsciiPunctuation(source.charCodeAt(i + 1))) return undefined;
        value += source[i + 1];
        this.i = i + 2;
      } else if (isPlain(code)) {
        let j = i + 1;
        while (j < lines.end(line) && isPlain(source.charCodeAt(j))) j++;
        value += source.slice(i, j);
        this.i = j;
      } else return undefined;
      [endLine, endOffset] = [this.line, this.i];
    }
    return closeText() && !open ? out : undefined;
  }

  /**
   * The run of `*` at the reader's place, when it is one or two long, with
   * whether it may open and close emphasis by micromark's rules (the
   * characters either side). A run that only opens, then one of the same
   * length that may close, with no other run between, mean emphasis (or
   * strong) around what they enclose, whatever else the paragraph holds: the
   * closing run closes the nearest opener, and the rule of three never
   * applies to two runs of one length under three.
   */
  private emphasisRun(): { length: number; opens: boolean; closes: boolean; start: Point; end: Point } | undefined {
    const { lines, line, i } = this;
    const source = lines.text;
    const lineEnd = lines.end(line);
    let j = i;
    while (j < lineEnd && source.charCodeAt(j) === 0x2a) j++;
    if (j - i > 2) return undefined;
    const first = line === this.from;
    const last = line - this.from + 1 === this.starts.length;
    // micromark sees a line ending before a line's content and after it, nothing at either end of the block.
    const previous = i === this.starts[line - this.from] ? (first ? null : 0x0a) : source.charCodeAt(i - 1);
    const next = j === lineEnd ? (last ? null : 0x0a) : source.charCodeAt(j);
    const before = charClass(previous);
    const after = charClass(next);
    const opens = !after || (after === PUNCTUATION && before !== undefined) || next === 0x7e; /* ~ */
    const closes = !before || (before === PUNCTUATION && after !== undefined) || previous === 0x7e;
    if (!opens && !closes) return undefined;
    this.i = j;
    return { length: j - i, opens, closes, start: lines.point(line, i), end: lines.point(line, j) };
  }

  /** Moves to the next line's content; false at the last line. */
  private newline(): boolean {
    if (this.line - this.from + 1 >= this.starts.length) return false;
    this.line++;
    this.i = this.starts[this.line - this.from]!;
    return true;
  }

  /** A plain link `[label](destination "title")` at the reader's place. */
  private link(): Link | undefined {
    const { lines } = this;
    const source = lines.text;
    const open = lines.point(this.line, this.i);
    const labelStart = lines.point(this.line, this.i + 1);
    this.i++;
    let label = '';
    for (;;) {
      const { i, line } = this;
      if (i === lines.end(line)) {
        if (!this.newline()) return undefined;
        label += '\n';
        continue;
      }
      const code = source.charCodeAt(i);
      if (code === 0x5d /* ] */) break;
      if (!isPlain(code)) return undefined;
      let j = i + 1;
      while (j < lines.end(line) && isPlain(source.charCodeAt(j))) j++;
      label += source.slice(i, j);
      this.i = j;
    }
    const close = this.i;
    if (label === '' || label.length > MAX_LABEL || /^[\s^]|\s$/.test(label) || AUTOLINK_LITERAL.test(label)) return undefined;
    const end = lines.end(this.line);
    if (source.charCodeAt(close + 1) !== 0x28 /* ( */) return undefined;
    const paren = source.indexOf(')', close + 2);
    if (paren < 0 || paren >= end) return undefined;
    const resource = source.slice(close + 2, paren);
    const space = resource.indexOf(' ');
    const url = space < 0 ? resource : resource.slice(0, space);
    let title: string | null = null;
    if (space >= 0) {
      const quoted = resource.slice(space + 1);
      if (quoted.length < 3 || quoted[0] !== '"' || quoted.at(-1) !== '"') return undefined;
      title = quoted.slice(1, -1);
      if (!PLAIN_TITLE.test(title) || REFERENCE.test(title)) return undefined;
    }
    if (!PLAIN_DESTINATION.test(url) || REFERENCE.test(url)) return undefined;
    this.i = paren + 1;
    const text = { type: 'text' as const, value: label, position: { start: labelStart, end: lines.point(this.line, close) } };
    return { type: 'link', title, url, children: [text], position: { start: open, end: lines.point(this.line, this.i) } };
  }
}

function readInline(lines: Lines, from: number, starts: readonly number[]): PhrasingContent[] | undefined {
  return new InlineReader(lines, from, starts).read();
}
