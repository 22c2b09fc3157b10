/** Turns the cleaned mdast tree into model blocks, sections and notes. */
import type { LinkData, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Footnote, Inline, LinkTarget, NoteGroup, Section } from '../../model/index.ts';
import { seedMessage, seedPos, type Seed } from '../seed.ts';
import { slugify, uniqueId } from '../slug.ts';
import { safeUrl, wellFormed } from '../url.ts';
import { plainText } from './mdast.ts';
import type { RawNote } from './references.ts';

/** Builds model content, assigning anchors and footnote citation ids in reading order. */
export class ModelBuilder {
  private readonly ids = new Set<string>();
  /** Raw HTML elements already reported at their opening tag (their closing tags go quietly). */
  private readonly openTags = new Set<string>();
  /** Citations by note key (`noteKey`). */
  private readonly citations = new Map<string, string[]>();
  private readonly firstCitationLine = new Map<string, number>();
  /** The letter a lettered note's citations show (`[a]`), by note key. */
  private readonly letters = new Map<string, string>();

  constructor(private readonly seed: Seed) {}

  sections(nodes: readonly RootContent[]): { lead: Block[]; sections: Section[] } {
    const lead: Block[] = [];
    const sections: Section[] = [];
    let current: { id: string; level: number; heading: Inline[]; blocks: Block[]; line: number } | undefined;
    const flush = () => {
      if (current) sections.push({ id: current.id, level: current.level, heading: current.heading, blocks: current.blocks, source: seedPos(this.seed, current.line) });
    };
    for (const node of nodes) {
      if (node.type === 'heading') {
        flush();
        const heading = this.inlines(node.children);
        const id = uniqueId(sectionAnchor(plainText(node.children)), this.ids);
        current = { id, level: Math.min(Math.max(node.depth, 2), 6), heading, blocks: [], line: line(node) };
        continue;
      }
      const target = current ? current.blocks : lead;
      const prefix = current ? `p-${current.id}` : 'p-lead';
      const block = this.block(node, () => uniqueId(`${prefix}-${target.length + 1}`, this.ids));
      if (block) target.push(block);
    }
    flush();
    return { lead, sections };
  }

  block(node: RootContent, id: () => string): Block | undefined {
    switch (node.type) {
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        if (only?.type === 'image') {
          const src = safeUrl(only.url);
          return { type: 'figure', id: id(), source: this.pos(node), caption: [], alt: only.alt ?? '', ...(src ? { image: { src } } : {}) };
        }
        const children = this.inlines(node.children);
        if (isBlank(children)) return undefined;
        return { type: 'paragraph', id: id(), source: this.pos(node), children };
      }
      case 'wikiFigure': {
        const file = node.file;
        const src = safeUrl(`https://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(wellFormed(file))}?width=640`);
        const page = safeUrl(`https://commons.wikimedia.org/wiki/File:${encodeURIComponent(wellFormed(file))}`);
        return {
          type: 'figure',
          id: id(),
          source: seedPos(this.seed, node.line),
          caption: this.inlines(node.children),
          alt: '',
          ...(src ? { image: { src, file: file.replace(/_/g, ' '), ...(page ? { page } : {}) } } : {}),
        };
      }
      case 'list':
        return {
          type: 'list',
          id: id(),
          source: this.pos(node),
          ordered: Boolean(node.ordered),
          ...(node.ordered && node.start != null ? { start: node.start } : {}),
          items: node.children.map((item) => item.children.flatMap((child) => this.block(child, () => uniqueId(`${'p'}-item`, this.ids)) ?? [])),
        };
      case 'blockquote':
        return { type: 'quote', id: id(), source: this.pos(node), children: node.children.flatMap((child) => this.block(child, () => uniqueId('p-quote', this.ids)) ?? []) };
      case 'code':
        return { type: 'code', id: id(), source: this.pos(node), value: node.value };
      case 'table':
        return {
          type: 'table',
          id: id(),
          source: this.pos(node),
          rows: node.children.map((row) => row.children.map((cell) => this.inlines(cell.children))),
          ...(node.align?.some((a) => a) ? { align: node.align } : {}),
        };
      case 'html':
        seedMessage(this.seed, `raw HTML ${htmlWhat(node.value)} is not allowed in seeds; the block was left out`, line(node), false, column(node));
        return undefined;
      default:
        return undefined;
    }
  }

  inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) out.push(...this.inline(node));
    return mergeText(out);
  }

  private inline(node: PhrasingContent): Inline[] {
    switch (node.type) {
      case 'text':
        return node.value ? [{ type: 'text', value: node.value }] : [];
      case 'emphasis':
      case 'strong':
      case 'delete':
        return [{ type: node.type, children: this.inlines(node.children) }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'footnoteMarker':
        return [
          {
            type: 'footnoteRef',
            n: node.n,
            id: this.cite(node.n, node.group, node.line, node.letter),
            ...(node.group ? { group: node.group } : {}),
            ...(node.letter ? { label: node.letter } : {}),
          },
        ];
      case 'link': {
        const children = this.inlines(node.children);
        const target = this.linkTarget(node.url, node.data ?? {}, line(node));
        return target ? [{ type: 'link', target, children }] : children;
      }
      case 'image':
        return node.alt ? [{ type: 'text', value: node.alt }] : [];
      case 'html': {
        // One message per element, at its opening tag: the closing tag of an element already reported goes quietly.
        const closing = /^<\/\s*([A-Za-z][\w:-]*)/.exec(node.value)?.[1]?.toLowerCase();
        if (closing && this.openTags.has(closing)) return [];
        const opening = /^<\s*([A-Za-z][\w:-]*)/.exec(node.value)?.[1]?.toLowerCase();
        if (opening && !/\/\s*>$/.test(node.value)) this.openTags.add(opening);
        seedMessage(this.seed, `raw HTML ${htmlWhat(node.value)} is not allowed in seeds; the tag was left out${opening ? ', the text inside kept' : ''}`, line(node), false, column(node));
        return [];
      }
      default:
        return [{ type: 'text', value: plainText([node as Nodes]) }];
    }
  }

  private linkTarget(url: string, { wikiTitle, wikiAnchor: anchor, wikiRefused }: LinkData, at: number): LinkTarget | undefined {
    if (wikiTitle) return anchor ? { kind: 'wikipedia', title: wikiTitle, anchor } : { kind: 'wikipedia', title: wikiTitle };
    if (wikiRefused) {
      seedMessage(this.seed, `wikilink ${JSON.stringify(url.slice(0, 80))}${url.length > 80 ? '…' : ''}: ${wikiRefused}; the link text is kept without the link`, at);
      return undefined;
    }
    const safe = safeUrl(url);
    if (safe) return { kind: 'external', url: safe };
    seedMessage(this.seed, `link target ${JSON.stringify(url.slice(0, 80))} is not an http(s) URL; the link text is kept without the link`, at);
    return undefined;
  }

  private cite(n: number, group: NoteGroup | undefined, at: number, letter?: string): string {
    const key = noteKey(n, group);
    if (letter) this.letters.set(key, letter);
    const list = this.citations.get(key) ?? [];
    const id = list.length === 0 ? `fnref-${key}` : `fnref-${key}-${list.length + 1}`;
    list.push(id);
    this.citations.set(key, list);
    if (!this.firstCitationLine.has(key)) this.firstCitationLine.set(key, at);
    return id;
  }

  /**
   * The notes, references first then explanatory notes, each in source order
   * with its citations; citations with no entry get an honest empty note.
   */
  footnotes(raw: readonly RawNote[]): Footnote[] {
    const notes: Footnote[] = raw.map((note) => ({
      n: note.n,
      ...(note.group ? { group: note.group } : {}),
      ...(note.letter ? { label: note.letter } : {}),
      id: `fn-${noteKey(note.n, note.group)}`,
      content: note.content ? this.inlines(note.content) : null,
      refs: this.citations.get(noteKey(note.n, note.group)) ?? [],
      source: seedPos(this.seed, note.line),
    }));
    const known = new Set(raw.map((r) => noteKey(r.n, r.group)));
    for (const [key, refs] of this.citations) {
      if (known.has(key)) continue;
      const at = this.firstCitationLine.get(key)!;
      const group = key.startsWith('note-') ? ('note' as const) : undefined;
      const n = Number(group ? key.slice(5) : key);
      seedMessage(
        this.seed,
        missingEntry(n, group, this.letters.get(key)),
        at,
      );
      const letter = this.letters.get(key);
      notes.push({ n, ...(group ? { group } : {}), ...(letter ? { label: letter } : {}), id: `fn-${key}`, content: null, refs, source: seedPos(this.seed, at) });
    }
    return notes.sort((a, b) => Number(a.group === 'note') - Number(b.group === 'note') || a.n - b.n);
  }

  private pos(node: Nodes) {
    return seedPos(this.seed, line(node));
  }
}

/**
 * A section's anchor: the pinyin slug of its heading, which must start with a
 * letter to be a valid id (HTML's valid-id rule as html-validate applies it):
 * a heading that starts with a number (2016年海洋污染事件) gets `s-` before it.
 */
function sectionAnchor(heading: string): string {
  const slug = slugify(heading) || 'section';
  return /^[a-z]/.test(slug) ? slug : `s-${slug}`;
}

/** The warning for a citation whose note the lists do not give. */
function missingEntry(n: number, group: NoteGroup | undefined, letter: string | undefined): string {
  if (letter) return `note [${letter}] is cited but the notes list has no entry ${letter}; it is shown as note ${n}`;
  return group ? `note [註 ${n}] is cited but the notes list has no entry ${n}` : `footnote [${n}] is cited but the reference list has no entry ${n}`;
}

/** A note's key, unique in the article: `3` for reference 3, `note-3` for explanatory note 3 (anchors `fn-…`, `fnref-…`). */
function noteKey(n: number, group: NoteGroup | undefined): string {
  return group ? `${group}-${n}` : String(n);
}

function line(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function column(node: Nodes): number {
  return node.position?.start.column ?? 1;
}

/** How a message names a piece of raw HTML: its tag (`<sup>`, `</ref>`), or the start of it. */
function htmlWhat(value: string): string {
  if (value.startsWith('<!--')) return 'comment `<!-- … -->`';
  const tag = /^<(\/?)\s*([A-Za-z][\w:-]*)/.exec(value);
  return tag ? `\`<${tag[1]}${tag[2]!.toLowerCase()}>\`` : JSON.stringify(value.slice(0, 20));
}

function isBlank(inlines: readonly Inline[]): boolean {
  return inlines.every((i) => i.type === 'text' && i.value.trim() === '');
}

function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    const prev = out.at(-1);
    if (node.type === 'text' && prev?.type === 'text') out[out.length - 1] = { type: 'text', value: prev.value + node.value };
    else out.push(node);
  }
  return out;
}
