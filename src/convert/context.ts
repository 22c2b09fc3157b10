/**
 * What a character's neighbours tell about a one-to-many character that no
 * phrase of the tables covers: the form they decide (里 ending a
 * transliterated name stays 里, 系 after 此次大会 is 係), or that the
 * table's default is the reading they give (后 after a verb is 後), so that
 * the conversion review does not ask about it.
 *
 * The rules are for Simplified → Traditional, where the tables have the
 * one-to-many characters; each is a few lines over the characters either
 * side, with the counter-cases it must not change in tests/convert.test.ts.
 */
import { TRANSLIT, YU_NOT_NAME } from './names.ts';

export interface CharRule {
  /** The form of `text[i]`, converted alone, that its neighbours decide; undefined leaves the table's default. */
  form?(text: string, i: number): string | undefined;
  /** The form of the phrase `text[i, j)` (starting with this character) where its neighbours overrule the table's. */
  phrase?(text: string, i: number, j: number): string | undefined;
  /** True when the table's default for `text[i]` is the reading its neighbours give: nothing to review. */
  sure?(text: string, i: number): boolean;
}

/** A rule decides the form (`form`, `phrase`): it matters whenever the character is converted. */
export const DECIDES = 1;
/** A rule tells only whether the default is sure (`sure`): it matters to the review alone. */
export const CONFIRMS = 2;

export interface CharRules {
  /** Per BMP code unit: DECIDES and CONFIRMS bits for the rule of the character, 0 for none. */
  readonly flags: Uint8Array;
  /** By code unit (a number, so that looking one up makes no string). */
  readonly rules: ReadonlyMap<number, CharRule>;
}

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f);
}

const hanAt = (text: string, i: number) => i >= 0 && i < text.length && isHan(text.charCodeAt(i));

/** Digits and numerals: 里 after them is the unit of length (二百多里). */
const NUMERALS = new Set(Array.from('0123456789０１２３４５６７８９一二三四五六七八九十百千万萬两兩几幾多余餘数數'));

/**
 * Characters of transliterated names that are also nouns 里 follows as
 * "inside": every character of TRANSLIT before which some phrase of
 * OpenCC's tables writes 裏 (森林里, 班里, 图里, 门里, 中文里), and a few
 * more that such phrases miss (宿舍里, 队伍里, 内里).
 */
const TRANSLIT_NOUNS = '皮门怀汤文史林毛爱班黑图库萨古沙科列彻' + '舍伍内';

/** Transliteration characters before which 里 is part of the name (马里, 春武里, 克里姆林). */
const LI_NAME = new Set(Array.from(TRANSLIT).filter((c) => !TRANSLIT_NOUNS.includes(c)));

/** 系 between a subject and what it is, in formal writing (此次大会系…, 均系…): the character before it. */
const XI_ADVERBS = new Set(Array.from('均皆亦乃即纯純仍实實确確'));
/** Nouns that end a determined subject (此次大会, 该公司, 此人) before the copula 系. */
const XI_SUBJECTS = new Set(Array.from('会會议議动動举舉件人者司'));
/** Determiners that open such a subject, at most four characters before 系. */
const XI_DETERMINERS = ['此次', '本次', '这次', '這次', '该', '該', '此', '本', '这', '這'];
/** After 系, these make it the verb "tie" (系在, 系着, 系紧). */
const XI_TIE = new Set(Array.from('在着著上住好紧緊于於牢'));
/** Punctuation that ends a clause: a subject does not run across it. */
const CLAUSE_END = /[，。；：、！？,.;:!?\s]/u;

function determinedSubject(text: string, i: number): boolean {
  for (let back = 2; back <= 5 && i - back >= 0; back++) {
    const stretch = text.slice(i - back, i);
    if (CLAUSE_END.test(stretch)) return false;
    if (XI_DETERMINERS.some((d) => stretch.startsWith(d) && back - d.length >= 1)) return true;
  }
  return false;
}

/** Characters before which 于 is the preposition: numbers, times, directions (those that end a name after a title). */
const YU_BEFORE = new Set(Array.from(YU_NOT_NAME));

const RULES: ReadonlyMap<string, CharRule> = new Map<string, CharRule>([
  [
    '里',
    {
      // 里 keeps its form in a transliterated name (马里, 春武里) and as the unit of length (二百多里).
      form(text, i) {
        const before = text[i - 1] ?? '';
        return NUMERALS.has(before) || LI_NAME.has(before) ? '里' : undefined;
      },
      // After any other Chinese character it is "inside" (禁区里, 价值链里).
      sure: (text, i) => hanAt(text, i - 1) && !TRANSLIT.includes(text[i - 1]!),
    },
  ],
  [
    '系',
    {
      // 系 is the copula 係 after an adverb (均系, 纯系) or a determined subject (此次大会系, 该公司系);
      // a department (中文系, 本系, 这个系) or the verb "tie" (系在, 系着) keeps 系.
      form(text, i) {
        if (!hanAt(text, i + 1) || XI_TIE.has(text[i + 1]!)) return undefined;
        const before = text[i - 1] ?? '';
        if (XI_ADVERBS.has(before)) return '係';
        return XI_SUBJECTS.has(before) && determinedSubject(text, i) ? '係' : undefined;
      },
    },
  ],
  [
    '干',
    {
      // OpenCC reads 干得很 as 乾得很 (so dry); before more words it is 幹得很 (did … very well).
      phrase: (text, i, j) => (j - i === 3 && text.startsWith('干得很', i) && hanAt(text, j) ? '幹得很' : undefined),
    },
  ],
  [
    '后',
    {
      // After a word (出狱后, 失败后) or before punctuation (会谈后，) it is "after".
      sure: (text, i) => hanAt(text, i - 1) || !hanAt(text, i + 1),
    },
  ],
  [
    '于',
    {
      // A preposition before a date, a time or a direction (于1943年, 于当地时间), or after a word (光泰于…, 会见于河内).
      sure: (text, i) => hanAt(text, i - 1) || YU_BEFORE.has(text[i + 1] ?? ''),
    },
  ],
  [
    '并',
    {
      // A conjunction between two predicates (承认责任并公开道歉, 峰会并开展): 並; 併 comes in phrases (合并, 并购).
      sure: (text, i) => hanAt(text, i + 1),
    },
  ],
  [
    '党',
    {
      // After a word it is the party (越南党), not the surname.
      sure: (text, i) => hanAt(text, i - 1),
    },
  ],
]);

let st: CharRules | undefined;

/** The rules for Simplified → Traditional. */
export function stRules(): CharRules {
  if (!st) {
    const flags = new Uint8Array(0x10000);
    for (const [c, rule] of RULES) flags[c.charCodeAt(0)] = (rule.form || rule.phrase ? DECIDES : 0) | (rule.sure ? CONFIRMS : 0);
    st = { flags, rules: new Map([...RULES].map(([c, rule]) => [c.charCodeAt(0), rule])) };
  }
  return st;
}
