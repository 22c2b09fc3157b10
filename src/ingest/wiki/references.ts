/**
 * The numbered reference lists under headings such as 參考 / 参考资料 / 注釋
 * become the article's notes, each numbered as the source numbered it (gaps
 * and empty entries included). An article may have two: explanatory notes,
 * whose entries open with their label (`[註 1] …`) or that stand under a
 * 注釋-like heading while the text cites `[註 n]`, and references, the list
 * whose numbers the text's `[n]` markers cite. The lists leave the body; a
 * reference section left with nothing else in it leaves too.
 */
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import type { NoteGroup } from '../../model/index.ts';
import { plainText, visitType } from './mdast.ts';

const REFERENCE_HEADING =
  /^(參考|参考|參見|参见|參考資料|参考资料|參考文獻|参考文献|參考來源|参考来源|來源|来源|注釋|注释|註釋|腳註|脚注|註腳|附註|附注|引用|references?|notes?|sources?)$/i;
/** Headings of explanatory notes, as opposed to references. */
const NOTE_HEADING = /^(注釋|注释|註釋|腳註|脚注|註腳|附註|附注|notes?)$/i;

export interface RawNote {
  readonly n: number;
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
      if (candidate.type === 'list' && candidate.ordered) {
        candidates.push(readCandidate(candidate, i, j, NOTE_HEADING.test(title), source));
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
  return chosen.flatMap((c) => c.notes);
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
    const own = offset === undefined ? undefined : /^\s*(\d+)[.)]/.exec(source.slice(offset, offset + 12));
    let n = own ? Number(own[1]) : (list.start ?? 1) + i;
    const content: PhrasingContent[] = [];
    for (const child of item.children) {
      if (child.type !== 'paragraph') continue;
      if (content.length) content.push({ type: 'text', value: ' ' });
      content.push(...child.children);
    }
    // An entry opening with its label, `[註 1] …`: the label gives the number and leaves the text.
    const first = content[0];
    if (first?.type === 'footnoteMarker' && first.group) {
      labels++;
      n = first.n;
      content.shift();
      const next = content[0];
      if (next?.type === 'text') content[0] = { ...next, value: next.value.replace(/^\s+/, '') };
    }
    return { n, content: content.length && plainText(content).trim() !== '' ? content : null, line };
  });
  const filled = list.children.filter((item) => item.children.length > 0).length;
  return { headingAt, listAt, noteHeading, notes, labelled: labels > 0 && labels * 2 >= filled };
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
