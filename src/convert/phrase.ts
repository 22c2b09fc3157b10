/**
 * The script stage: converts a range of text with a script table. Phrases
 * are matched longest-first, as OpenCC does; where a matched phrase overlaps
 * a longer phrase starting inside it (被发|明 against 被|发明, 参与制|造
 * against 参与|制造), the overlapping stretch is segmented again, choosing
 * the fewest words and then the fewest single characters that are not words
 * of their own (MMSEG's rules), and keeping the longest-first choice on a tie.
 */
import type { ScriptTable } from './tables.ts';

/** Called for a one-to-many character converted on its own (no phrase covered it). */
export type DefaultHook = (index: number, char: string, output: string) => void;

/** Single characters that are words of their own: a segmentation may leave them alone at no cost. */
const FREE = new Set(
  Array.from(
    '被的了在是和与也都就又而把将对从向为以于由让给使已不没很最更之其及或并且等所着过这那我你他她它们个该此每各本' +
      '與將對從為於讓給這們個該',
  ),
);

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Converts `text[start, end)` with `table`. */
export function convertRange(text: string, start: number, end: number, table: ScriptTable, hook?: DefaultHook): string {
  const { trie } = table;
  let out = '';
  let copied = start;
  let i = start;
  while (i < end) {
    const j = trie.longest(text, i, end);
    if (j < 0) {
      const n = charLength(text, i);
      if (hook && table.oneToMany.has(text.codePointAt(i)!)) hook(i, text.slice(i, i + n), text.slice(i, i + n));
      i += n;
      continue;
    }
    // Read before zoneEnd, whose lookups replace the trie's last match.
    const value = trie.matched!;
    if (trie.matchedAmbiguous) {
      const zone = zoneEnd(text, i, j, end, table);
      if (zone > j) {
        out += text.slice(copied, i) + segmentZone(text, i, zone, table, hook);
        copied = i = zone;
        continue;
      }
    }
    if (hook && j - i === charLength(text, i) && table.oneToMany.has(text.codePointAt(i)!)) hook(i, text.slice(i, j), value);
    if (value.length !== j - i || !text.startsWith(value, i)) {
      out += text.slice(copied, i) + value;
      copied = j;
    }
    i = j;
  }
  return copied === start ? text.slice(start, end) : out + text.slice(copied, end);
}

/** The end of the stretch of overlapping phrases that starts with the match [i, j). */
function zoneEnd(text: string, i: number, j: number, end: number, table: ScriptTable): number {
  let zone = j;
  for (let k = i + charLength(text, i); k < zone; k += charLength(text, k)) {
    const m = table.trie.longest(text, k, end);
    if (m > zone) zone = m;
  }
  return zone;
}

interface Choice {
  words: number;
  bound: number;
  next: number;
  value: string | undefined;
}

function segmentZone(text: string, start: number, end: number, table: ScriptTable, hook?: DefaultHook): string {
  const best = new Map<number, Choice>();
  best.set(end, { words: 0, bound: 0, next: end, value: undefined });
  const positions: number[] = [];
  for (let p = start; p < end; p += charLength(text, p)) positions.push(p);
  for (let x = positions.length - 1; x >= 0; x--) {
    const p = positions[x]!;
    const n = charLength(text, p);
    const options = table.trie.allAt(text, p, end);
    if (!options.some((o) => o.end === p + n)) options.unshift({ end: p + n, value: text.slice(p, p + n) });
    let chosen: Choice | undefined;
    for (let o = options.length - 1; o >= 0; o--) {
      const option = options[o]!;
      const rest = best.get(option.end)!;
      const single = option.end === p + n;
      const words = rest.words + 1;
      const bound = rest.bound + (single && !FREE.has(text.slice(p, option.end)) ? 1 : 0);
      if (!chosen || words < chosen.words || (words === chosen.words && bound < chosen.bound)) {
        chosen = { words, bound, next: option.end, value: option.value };
      }
    }
    best.set(p, chosen!);
  }
  let out = '';
  for (let p = start; p < end; ) {
    const choice = best.get(p)!;
    const n = charLength(text, p);
    if (hook && choice.next === p + n && table.oneToMany.has(text.codePointAt(p)!)) hook(p, text.slice(p, p + n), choice.value!);
    out += choice.value;
    p = choice.next;
  }
  return out;
}
