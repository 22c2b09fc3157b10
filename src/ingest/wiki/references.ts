/**
 * The numbered reference list under a heading such as 參考 / 参考资料 / 注釋
 * becomes the article's notes, each numbered as the source numbered it (gaps
 * and empty entries included). The list leaves the body; a reference section
 * left with nothing else in it leaves too.
 */
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { plainText } from './mdast.ts';

const REFERENCE_HEADING =
  /^(參考|参考|參見|参见|參考資料|参考资料|參考文獻|参考文献|參考來源|参考来源|來源|来源|注釋|注释|註釋|腳註|脚注|註腳|附註|附注|引用|references?|notes?|sources?)$/i;

export interface RawNote {
  readonly n: number;
  /** null when the entry is empty in the source. */
  readonly content: PhrasingContent[] | null;
  readonly line: number;
}

/**
 * Removes the reference list from the tree and returns its entries.
 * `source` is the markdown the tree was parsed from (to read each entry's own number).
 */
export function extractReferenceList(tree: Root, source: string): RawNote[] {
  const kids = tree.children;
  let listAt = -1;
  let headingAt = -1;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.type === 'heading' && REFERENCE_HEADING.test(plainText(node.children).trim())) {
      headingAt = i;
      for (let j = i + 1; j < kids.length && kids[j]!.type !== 'heading'; j++) {
        const candidate = kids[j]!;
        if (candidate.type === 'list' && candidate.ordered) {
          listAt = j;
          break;
        }
      }
      if (listAt >= 0) break;
    }
  }
  if (listAt < 0) {
    const last = kids.at(-1);
    if (last?.type === 'list' && last.ordered && looksLikeNotes(last)) listAt = kids.length - 1;
  }
  if (listAt < 0) return [];
  const list = kids[listAt] as List;
  const notes = list.children.map((item, i): RawNote => {
    const line = item.position?.start.line ?? list.position?.start.line ?? 1;
    const offset = item.position?.start.offset;
    const own = offset === undefined ? undefined : /^\s*(\d+)[.)]/.exec(source.slice(offset, offset + 12));
    const n = own ? Number(own[1]) : (list.start ?? 1) + i;
    const content: PhrasingContent[] = [];
    for (const child of item.children) {
      if (child.type !== 'paragraph') continue;
      if (content.length) content.push({ type: 'text', value: ' ' });
      content.push(...child.children);
    }
    return { n, content: content.length && plainText(content).trim() !== '' ? content : null, line };
  });
  kids.splice(listAt, 1);
  if (headingAt >= 0 && sectionIsEmpty(kids, headingAt)) kids.splice(headingAt, 1);
  return notes;
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
    if (node.type !== 'definition' && node.type !== 'thematicBreak') return false;
  }
  return true;
}
