/**
 * The conversion tables, built from OpenCC's dictionaries once per process
 * and only when first needed:
 *
 * - the script tables (S→T and T→S), each one trie of phrases and characters,
 *   with the characters whose conversion depends on the phrase (T→S adds the
 *   mainland's names and characters of mainland.ts);
 * - the regional tables applied after them (zh-Hant uses OpenCC's Taiwan
 *   character variants: 為, 裡, 著, 群; zh-TW adds Taiwan phrases, zh-HK Hong
 *   Kong variants and phrases);
 * - a class per BMP character telling which script it is evidence of.
 */
import { stRules, type CharRules } from './context.ts';
import { entries, type DictName, type Entry } from './dicts.ts';
import { HANS_NAMES, HANS_VARIANTS } from './mainland.ts';
import { NAME_FORMS_HANT } from './names.ts';
import type { ConvertTarget } from './targets.ts';
import { replaceLongest, Trie } from './trie.ts';

export interface ScriptTable {
  /** Phrases and single characters in one trie; earlier entries win. */
  readonly trie: Trie<string>;
  /** Code points that the tables convert differently in different phrases (computed on first use). */
  readonly oneToMany: ReadonlySet<number>;
  /** Per BMP code unit: 1 when some phrase converts it otherwise than its own entry, however rarely (computed on first use). */
  readonly varies: Uint8Array;
  /** Characters whose neighbours decide their form where no phrase covers them (see context.ts). */
  readonly rules: CharRules | undefined;
}

function scriptTable(groups: readonly (readonly Entry[])[], chars: readonly Entry[], always: () => Iterable<string>, rules?: CharRules): ScriptTable {
  const trie = buildTrie(groups);
  trie.markAmbiguous();
  let many: Set<number> | undefined;
  let varies: Uint8Array | undefined;
  let exceptions: Map<string, number> | undefined;
  const counts = () => (exceptions ??= exceptionCounts(groups, chars));
  return {
    trie,
    // Present on every table, undefined where none (one object shape for the hot loop).
    rules,
    get oneToMany() {
      return (many ??= oneToMany(counts(), always()));
    },
    get varies() {
      if (!varies) {
        varies = new Uint8Array(0x10000);
        for (const c of counts().keys()) if (c.length === 1) varies[c.charCodeAt(0)] = 1;
      }
      return varies;
    },
  };
}

/** Evidence classes (bit flags) per BMP code unit. */
export const SIMP = 1;
export const TRAD = 2;
/** Written the same in Traditional text often enough to be kept there (范, 于, 台, 里, 后 …). */
export const KEEP_IN_TRAD = 4;
/** Written the same in Simplified text often enough to be kept there (乾). */
export const KEEP_IN_SIMP = 8;

/** How many table phrases must keep a convertible character as it is before it counts as shared. */
const SHARED_MIN = 16;

function buildTrie(groups: readonly (readonly Entry[])[]): Trie<string> {
  const trie = new Trie<string>();
  for (const group of groups) for (const [k, v] of group) trie.add(k, v, false);
  return trie;
}

/** A character is reviewed when at least this many table phrases convert it otherwise than its own entry. */
const EXCEPTIONS_MIN = 30;

/**
 * Characters whose conversion depends on the phrase: many table phrases
 * convert them otherwise than their own entry does (于 → 於 but 单于, 发 → 發
 * but 头发 → 頭髮), plus `always` (surname characters whose entry is not
 * their name form).
 */
function oneToMany(exceptions: ReadonlyMap<string, number>, always: Iterable<string>): Set<number> {
  const many = new Set<number>();
  for (const [c, n] of exceptions) if (n >= EXCEPTIONS_MIN) many.add(c.codePointAt(0)!);
  for (const c of always) many.add(c.codePointAt(0)!);
  return many;
}

/** How many table phrases convert each character otherwise than its own entry. */
function exceptionCounts(groups: readonly (readonly Entry[])[], chars: readonly Entry[]): Map<string, number> {
  const defaults = new Map(chars.map(([k, v]) => [k, v]));
  const exceptions = new Map<string, number>();
  for (const group of groups) {
    for (const [k, v] of group) {
      const ks = Array.from(k);
      const vs = Array.from(v);
      if (ks.length !== vs.length) continue;
      for (let i = 0; i < ks.length; i++) {
        const c = ks[i]!;
        if (vs[i] !== (defaults.get(c) ?? c)) exceptions.set(c, (exceptions.get(c) ?? 0) + 1);
      }
    }
  }
  return exceptions;
}

const cache = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/**
 * Phrases in which OpenCC keeps a form that its own entry for the word
 * replaces (伙伴 → 夥伴, but 合作伙伴 → 合作伙伴), so that one page printed
 * both: they take the word's form.
 */
const ST_SAME_WORD: readonly Entry[] = [
  ['合作伙伴', '合作夥伴'],
  ['战略伙伴', '戰略夥伴'],
  ['贸易伙伴', '貿易夥伴'],
];

const ST_GROUPS = (): (readonly Entry[])[] => [ST_SAME_WORD, entries('STPhrases'), entries('STPhrasesRegional'), entries('STCharacters')];
/** The mainland's names and characters (mainland.ts), keyed as Traditional text reads once normalised (群 → 羣). */
function mainland(): Entry[] {
  const norm = tradNormalizer('zh-Hans')!;
  return [...HANS_NAMES, ...HANS_VARIANTS].flatMap(([k, v]): Entry[] => {
    const key = replaceLongest(norm, k);
    return key === k ? [[k, v]] : [[k, v], [key, v]];
  });
}

const TS_GROUPS = (): (readonly Entry[])[] => [mainland(), entries('TSPhrases'), entries('TSCharacters')];

export function stTable(): ScriptTable {
  return once('st', () =>
    scriptTable(
      ST_GROUPS(),
      entries('STCharacters'),
      () => {
        const defaults = new Map(entries('STCharacters'));
        return Object.entries(NAME_FORMS_HANT)
          .filter(([k, form]) => (defaults.get(k) ?? k) !== form)
          .map(([k]) => k);
      },
      stRules(),
    ),
  );
}

export function tsTable(): ScriptTable {
  return once('ts', () => scriptTable(TS_GROUPS(), entries('TSCharacters'), () => []));
}

function variantTrie(key: string, names: readonly DictName[], extra: readonly Entry[] = []): Trie<string> {
  return once(key, () => buildTrie([extra, ...names.map((n) => entries(n))]));
}

/** After S→T: OpenCC-standard Traditional to the target's forms. */
export function regionalTable(target: ConvertTarget): Trie<string> | undefined {
  switch (target) {
    case 'zh-Hant':
      return variantTrie('tw', ['TWVariantsPhrases', 'TWVariants']);
    case 'zh-TW':
      return variantTrie('twp', ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']);
    case 'zh-HK':
      return variantTrie('hkp', ['HKPhrases', 'HKVariantsPhrases', 'HKVariants']);
    case 'zh-Hans':
      return undefined;
  }
}

/**
 * Before converting Traditional text written in Taiwan or Hong Kong forms
 * (為, 裡, 衞): back to OpenCC-standard forms, which the phrase tables use.
 * zh-Hant needs none: its regional table maps standard forms to Taiwan ones
 * and leaves Taiwan forms alone. zh-TW undoes only Taiwan forms, so that
 * Traditional text keeps its 台 where OpenCC's Hong Kong table would make it 臺.
 */
export function tradNormalizer(target: ConvertTarget): Trie<string> | undefined {
  if (target === 'zh-Hant') return undefined;
  if (target === 'zh-TW') return variantTrie('tw-rev', ['TWVariantsRevPhrases', 'TWVariantsRev']);
  return once('norm', () => {
    const hk = entries('HKVariantsRev').filter(([k]) => !isTsKey(k));
    return buildTrie([entries('TWVariantsRevPhrases'), entries('TWVariantsRev'), hk]);
  });
}

function isTsKey(ch: string): boolean {
  return tsChars().has(ch);
}

function tsChars(): Map<string, string> {
  return once('tsChars', () => new Map(entries('TSCharacters')));
}

/** CJK compatibility ideographs to their unified forms (applied to all text). */
export function compatTable(): Map<number, string> {
  return once('compat', () => new Map(entries('CJKCompat').map(([k, v]) => [k.codePointAt(0)!, v])));
}

/** How often each character is kept unchanged by a phrase of `group` although its own entry converts it. */
function keptCounts(group: readonly Entry[], chars: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [k, v] of group) {
    if (k.length !== v.length) continue;
    for (let i = 0; i < k.length; i++) {
      const c = k[i]!;
      if (c === v[i] && chars.has(c) && chars.get(c) !== c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Character classes: a Simplified-only character (关, 钟) is evidence of
 * Simplified text, a Traditional-only one (關, 鐘) of Traditional text.
 * Characters both scripts write (范, 于, 台, 里) are evidence of neither and
 * are kept as written inside text of the other script.
 */
export function charClasses(): Uint8Array {
  return once('classes', () => {
    const classes = new Uint8Array(0x10000);
    const st = new Map(entries('STCharacters'));
    const ts = tsChars();
    const keptInTrad = keptCounts([...entries('STPhrases'), ...entries('STPhrasesRegional')], st);
    const keptInSimp = keptCounts(entries('STPhrases'), ts);
    // Regional standards write some characters that OpenCC's standard does not (Taiwan 群 for 羣).
    const regional = new Set([...entries('TWVariants'), ...entries('HKVariants')].map(([, v]) => v));
    for (const [k, v] of st) {
      if (k.length !== 1 || v === k) continue;
      classes[k.charCodeAt(0)]! |= (keptInTrad.get(k) ?? 0) >= SHARED_MIN || regional.has(k) ? KEEP_IN_TRAD : SIMP;
    }
    for (const [k, v] of ts) {
      if (k.length !== 1 || v === k) continue;
      const code = k.charCodeAt(0);
      const shared = (keptInSimp.get(k) ?? 0) >= SHARED_MIN;
      // A character that each table converts into the other script is evidence of neither.
      if (classes[code]! & SIMP) classes[code] = shared ? KEEP_IN_SIMP : 0;
      else classes[code]! |= shared ? KEEP_IN_SIMP : TRAD;
    }
    return classes;
  });
}
