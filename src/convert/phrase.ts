/**
 * The script stage: converts a range of text with a script table. Phrases
 * are matched longest-first, as OpenCC does; where a matched phrase overlaps
 * a longer phrase starting inside it (被发|明 against 被|发明, 参与制|造
 * against 参与|制造), the overlapping stretch is segmented again, choosing
 * the fewest words and then the fewest single characters that are not words
 * of their own (MMSEG's rules), and keeping the longest-first choice on a tie.
 * A character that no phrase covers takes the table's default, unless a rule
 * of its table reads its neighbours (see context.ts).
 */
import { CONFIRMS, DECIDES, type CharRules } from './context.ts';
import type { ScriptTable } from './tables.ts';

/**
 * Called for a one-to-many character converted on its own (no phrase or rule
 * decided it); `sure` when its neighbours give the default's reading.
 */
export type DefaultHook = (index: number, char: string, output: string, sure: boolean) => void;

/** Single characters that are words of their own: a segmentation may leave them alone at no cost. */
const FREE = new Set(
  Array.from(
    '被的了在是和与也都就又而把将对从向为以于由让给使已不没很最更之其及或并且等所着过这那我你他她它们个该此每各本' +
      '與將對從為於讓給這們個該',
  ),
);

/**
 * Characters that make a word with the character after them: negation,
 * degree, quantity (不敢, 很难, 多年, 五年). A stretch that follows one does
 * not start at a word boundary, so its first character may be left alone at
 * no cost: 不敢|干涉 beats 不|敢干|涉, 多年|历史 beats 多|年历|史.
 */
const BIND_NEXT = new Uint8Array(0x10000);
for (const c of '不没未别很最更太多几每数一二三四五六七八九十百千万两0123456789０１２３４５６７８９幾數萬兩') BIND_NEXT[c.charCodeAt(0)] = 1;

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Converts `text[start, end)` with `table`. */
export function convertRange(text: string, start: number, end: number, table: ScriptTable, hook?: DefaultHook): string {
  const { trie, rules } = table;
  // Rules that only confirm a default matter to the review (a hook) alone.
  const mask = hook ? DECIDES | CONFIRMS : DECIDES;
  let out = '';
  let copied = start;
  let i = start;
  while (i < end) {
    const j = trie.longest(text, i, end);
    if (j < 0) {
      // No key: the character stays as written, unless a rule decides it.
      const n = charLength(text, i);
      if (rules && rules.flags[text.charCodeAt(i)]! & mask) {
        const own = text.slice(i, i + n);
        const value = decide(text, i, i + n, own, rules, table, hook);
        if (value !== own) {
          out += text.slice(copied, i) + value;
          copied = i + n;
        }
      } else if (hook && table.oneToMany.has(text.codePointAt(i)!)) hook(i, text.slice(i, i + n), text.slice(i, i + n), false);
      i += n;
      continue;
    }
    // Read before zoneEnd, whose lookups replace the trie's last match.
    let value = trie.matched!;
    if (trie.matchedAmbiguous) {
      const zone = zoneEnd(text, i, j, end, table);
      if (zone > j) {
        out += text.slice(copied, i) + segmentZone(text, i, zone, table, hook, i > start && BIND_NEXT[text.charCodeAt(i - 1)] === 1);
        copied = i = zone;
        continue;
      }
    }
    if (rules && rules.flags[text.charCodeAt(i)]! & mask) value = decide(text, i, j, value, rules, table, hook);
    else if (hook && j - i === charLength(text, i) && table.oneToMany.has(text.codePointAt(i)!)) hook(i, text.slice(i, j), value, false);
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

/** `joined`: the stretch follows a character that makes a word with its first one (see BIND_NEXT). */
function segmentZone(text: string, start: number, end: number, table: ScriptTable, hook: DefaultHook | undefined, joined: boolean): string {
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
      const free = FREE.has(text.slice(p, option.end)) || (joined && p === start);
      const cost = rest.bound + (single && !free ? 1 : 0);
      if (!chosen || words < chosen.words || (words === chosen.words && cost < chosen.bound)) {
        chosen = { words, bound: cost, next: option.end, value: option.value };
      }
    }
    best.set(p, chosen!);
  }
  let out = '';
  const { rules } = table;
  const mask = hook ? DECIDES | CONFIRMS : DECIDES;
  for (let p = start; p < end; ) {
    const choice = best.get(p)!;
    const n = charLength(text, p);
    let value = choice.value!;
    if (rules && rules.flags[text.charCodeAt(p)]! & mask) value = decide(text, p, choice.next, value, rules, table, hook);
    else if (hook && choice.next === p + n && table.oneToMany.has(text.codePointAt(p)!)) hook(p, text.slice(p, p + n), value, false);
    out += value;
    p = choice.next;
  }
  return out;
}

/** The form of the match text[i, j) whose first character has a rule: the rule's, else the table's `value` (reported when a default). */
function decide(text: string, i: number, j: number, value: string, rules: CharRules, table: ScriptTable, hook?: DefaultHook): string {
  const rule = rules.rules.get(text.charCodeAt(i))!;
  const single = j - i === charLength(text, i);
  const form = single ? rule.form?.(text, i) : rule.phrase?.(text, i, j);
  if (form !== undefined) return form;
  if (hook && single && table.oneToMany.has(text.codePointAt(i)!)) hook(i, text.slice(i, j), value, rule.sure?.(text, i) ?? false);
  return value;
}
