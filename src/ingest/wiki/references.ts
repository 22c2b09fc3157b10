/**
 * The numbered reference lists under headings such as 參考 / 参考资料 / 注釋
 * become the article's notes, each numbered as the source numbered it (gaps
 * and empty entries included). An article may have two: explanatory notes,
 * whose entries open with their label (`[註 1] …`, `**註 1**：…`, `註 1：…`,
 * and for lettered notes `a. …`, `a：…`, `**a**：…`, `[a] …`; numbered or
 * bulleted) or that stand under a 注釋-like heading while the text cites
 * `[註 n]`, and references, the list whose numbers the text's `[n]` markers
 * cite. The lists leave the body; a reference section left with nothing else
 * in it leaves too.
 *
 * Lettered notes (`[a]`, from {{efn}}) are explanatory notes too, numbered
 * after the numbered ones (`[註 1]`, `[a]` → notes 1 and 2) so that both kinds
 * share one list; the label leaves each entry's text.
 */
import type { List, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { NoteGroup } from '../../model/index.ts';
import { plainText, visitType } from './mdast.ts';

const REFERENCE_HEADING =
  /^(參考|参考|參見|参见|參考資料|参考资料|參考文獻|参考文献|參考來源|参考来源|來源|来源|注釋|注释|註釋|腳註|脚注|註腳|附註|附注|引用|references?|notes?|sources?)$/i;
/** Headings of explanatory notes, as opposed to references. */
const NOTE_HEADING = /^(注釋|注释|註釋|腳註|脚注|註腳|附註|附注|notes?)$/i;

export interface RawNote {
  readonly n: number;
  /** Set on a lettered note (`a`), whose `n` is given once the notes are known. */
  readonly letter?: string;
  /** Set on an explanatory note. */
  readonly group?: NoteGroup;
  /** null when the entry is empty in the source. */
  readonly content: PhrasingContent[] | null;
  readonly line: number;
}

interface Candidate {
  readonly headingAt: number;
  readonly listAt: number;
  readonly noteHeading: boolean;
  readonly notes: RawNote[];
  /** Whether its entries open with an explanatory note's label (`[註 1]`). */
  readonly labelled: boolean;
}

/**
 * Removes the reference lists from the tree and returns their entries.
 * `source` is the markdown the tree was parsed from (to read each entry's own number).
 */
export function extractReferenceList(tree: Root, source: string): RawNote[] {
  const kids = tree.children;
  const candidates: Candidate[] = [];
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.type !== 'heading') continue;
    const title = plainText(node.children).trim();
    if (!REFERENCE_HEADING.test(title)) continue;
    for (let j = i + 1; j < kids.length && kids[j]!.type !== 'heading'; j++) {
      const candidate = kids[j]!;
      if (candidate.type !== 'list') continue;
      const read = readCandidate(candidate, i, j, NOTE_HEADING.test(title), source);
      // A bulleted list is a list of notes only when its entries carry their labels.
      if (candidate.ordered || read.labelled) {
        candidates.push(read);
        break;
      }
    }
  }
  if (!candidates.length) {
    const last = kids.at(-1);
    if (last?.type === 'list' && last.ordered && looksLikeNotes(last)) candidates.push(readCandidate(last, -1, kids.length - 1, false, source));
  }
  const chosen = choose(kids, candidates);
  const headings = kids.filter((node) => node.type === 'heading' && REFERENCE_HEADING.test(plainText(node.children).trim()));
  for (const c of [...chosen].sort((a, b) => b.listAt - a.listAt)) kids.splice(c.listAt, 1);
  for (const heading of headings) {
    const at = kids.indexOf(heading);
    if (sectionIsEmpty(kids, at)) kids.splice(at, 1);
  }
  return numberLetters(tree, chosen.flatMap((c) => c.notes));
}

/**
 * Lettered notes take the numbers after the numbered notes' highest (in the
 * list or cited), a → +1, b → +2 …, entries and markers alike.
 */
function numberLetters(tree: Root, notes: RawNote[]): RawNote[] {
  let highest = 0;
  let letters = false;
  for (const note of notes) if (note.group) note.letter ? (letters = true) : (highest = Math.max(highest, note.n));
  visitType(tree, 'footnoteMarker', (m) => {
    if (m.group && m.letter) letters = true;
    else if (m.group && m.inline === undefined) highest = Math.max(highest, m.n);
  });
  if (!letters) return notes;
  const number = (letter: string) => highest + letter.charCodeAt(0) - 0x60;
  visitType(tree, 'footnoteMarker', (m) => {
    if (m.letter) m.n = number(m.letter);
  });
  return notes.map((note) => (note.letter ? { ...note, n: number(note.letter) } : note));
}

/** The lists that are the article's references and its explanatory notes (their entries marked `group: 'note'`). */
function choose(kids: readonly RootContent[], candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.length) return [];
  const cited = { plain: new Set<number>(), note: new Set<number>() };
  const lists = new Set(candidates.map((c) => kids[c.listAt]));
  for (const node of kids) {
    if (!lists.has(node) && 'children' in node) visitType(node, 'footnoteMarker', (m) => void (m.group ? cited.note : cited.plain).add(m.n));
  }
  const numbered = candidates.filter((c) => !c.labelled);
  // References: the numbered list whose filled entries the `[n]` markers cite most (the last one on a tie),
  // one under a notes heading (注釋, which many articles give their references) only when no other list is cited.
  const score = (c: Candidate) => c.notes.filter((n) => n.content && cited.plain.has(n.n)).length;
  let references: Candidate | undefined;
  for (const c of numbered) if (!references || score(c) >= score(references)) references = c;
  const elsewhere = numbered.filter((c) => !c.noteHeading && (score(c) > 0 || !cited.plain.size));
  if (references?.noteHeading && elsewhere.length) references = elsewhere.reduce((best, c) => (score(c) >= score(best) ? c : best));
  // Notes: a labelled list, else a numbered list under a notes heading when the text cites `[註 n]`.
  let notes = candidates.find((c) => c.labelled);
  if (!notes && cited.note.size && numbered.length > 1) notes = numbered.find((c) => c !== references && c.noteHeading);
  const out: Candidate[] = [];
  if (references) out.push(references);
  if (notes) out.push({ ...notes, notes: notes.notes.map((n) => ({ ...n, group: 'note' as const })) });
  return out;
}

function readCandidate(list: List, headingAt: number, listAt: number, noteHeading: boolean, source: string): Candidate {
  let labels = 0;
  const notes = list.children.map((item, i): RawNote => {
    const line = item.position?.start.line ?? list.position?.start.line ?? 1;
    const offset = item.position?.start.offset;
    const own = offset === undefined || !list.ordered ? undefined : /^\s*(\d+)[.)]/.exec(source.slice(offset, offset + 12));
    let n = own ? Number(own[1]) : (list.start ?? 1) + i;
    const content: PhrasingContent[] = [];
    for (const child of item.children) {
      if (child.type !== 'paragraph') continue;
      if (content.length) content.push({ type: 'text', value: ' ' });
      content.push(...child.children);
    }
    // An entry opening with its label, `[註 1] …`, `**a**：…`: the label gives the number and leaves the text.
    const label = takeLabel(content);
    let letter: string | undefined;
    if (label) {
      labels++;
      if (label.letter) letter = label.letter;
      else n = label.n;
    }
    return { n, ...(letter ? { letter } : {}), content: content.length && plainText(content).trim() !== '' ? content : null, line };
  });
  const filled = list.children.filter((item) => item.children.length > 0).length;
  return { headingAt, listAt, noteHeading, notes, labelled: labels > 0 && labels * 2 >= filled };
}

/** A note's label as an entry's text writes it: 註 1, 注释 2, note 3, or a letter. */
const LABEL = /^(?:(?:註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?(\d{1,4})|([a-z]))$/u;
/** A label opening an entry's text, with what follows it: `註 1：`, `註1 `, `a. `, `a：`, `a)`. */
const TEXT_LABEL = /^(?:(?:註釋|注釋|注释|註|注|[Nn]ote|NOTE)[ \t\u00a0]?(\d{1,4})(?:[ \t]*[：:．.、)）][ \t]*|[ \t]+)|([a-z])[ \t]*[：:．.、)）][ \t]*)/u;
/** What may follow a label in bold or a marker: a colon or stop, or a space. */
const AFTER_LABEL = /^[ \t]*[：:．.、)）]?[ \t]*/u;

/**
 * Takes an explanatory note's label from the start of an entry's content (after
 * any raw HTML, such as an anchor `<span id="註1"></span>`): a marker
 * (`[註 1]`, `[a]`), a label in bold or italics (`**註 1**：`), or one in the
 * text (`註 1：`, `a. `). Returns the label, or undefined (the content untouched).
 */
function takeLabel(content: PhrasingContent[]): { n: number; letter?: string } | undefined {
  let at = 0;
  while (at < content.length && (content[at]!.type === 'html' || (content[at]!.type === 'text' && (content[at] as Text).value.trim() === ''))) at++;
  const first = content[at];
  if (!first) return undefined;
  let label: { n: number; letter?: string } | undefined;
  if (first.type === 'footnoteMarker' && first.group) {
    label = first.letter ? { n: 0, letter: first.letter } : { n: first.n };
    content.splice(at, 1);
  } else if (first.type === 'strong' || first.type === 'emphasis') {
    const m = LABEL.exec(plainText(first.children).trim());
    if (!m) return undefined;
    label = m[2] ? { n: 0, letter: m[2] } : { n: Number(m[1]) };
    content.splice(at, 1);
  } else if (first.type === 'text') {
    const m = TEXT_LABEL.exec(first.value);
    if (!m) return undefined;
    label = m[2] ? { n: 0, letter: m[2] } : { n: Number(m[1]) };
    content[at] = { ...first, value: first.value.slice(m[0].length) };
    return label;
  } else return undefined;
  const next = content[at];
  if (next?.type === 'text') content[at] = { ...next, value: next.value.replace(AFTER_LABEL, '') };
  return label;
}

/** A trailing ordered list is taken for notes only when its entries look like citations. */
function looksLikeNotes(list: List): boolean {
  return list.children.some((item) => item.children.length === 0) || list.children.every((item) => /https?:/.test(JSON.stringify(item)));
}

function sectionIsEmpty(kids: RootContent[], headingAt: number): boolean {
  const heading = kids[headingAt];
  if (heading?.type !== 'heading') return false;
  for (let j = headingAt + 1; j < kids.length; j++) {
    const node = kids[j]!;
    if (node.type === 'heading') return node.depth <= heading.depth;
    // Raw HTML (`<references />`) is left out of the page, with a warning, wherever it stands.
    if (node.type !== 'definition' && node.type !== 'thematicBreak' && node.type !== 'html') return false;
  }
  return true;
}
