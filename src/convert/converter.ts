/**
 * The converter: script conversion with OpenCC's tables, protected spans
 * (glossary terms, names, entities, `-{…}-` rules) and the script each
 * stretch of the input is written in. Build one per site build with the
 * glossary and the corpus names; the tables behind it are shared by every
 * converter of the process.
 */
import type { Variant } from '../model/index.ts';
import type { CorpusNames, NameEntry } from './corpus.ts';
import { EMPTY_GLOSSARY, type Glossary, type GlossaryTerm } from './glossary.ts';
import {
  COMPOUND_SURNAMES,
  LEADING_TITLES,
  LONG_NAME_MARKS,
  NAME_DOTS,
  NAME_FORMS_HANS,
  NAME_FORMS_HANT,
  NAME_JOINERS,
  NAME_STOP,
  NOT_TITLES,
  SURNAMES,
  TRAILING_TITLES,
  TRANSLIT,
  TRANSLIT_NAME_MAX,
  VERBS_AFTER_NAMES,
  WORDS_AFTER_NAMES,
  YU_NOT_NAME,
} from './names.ts';
import { CONFIRMS, DECIDES, stRules } from './context.ts';
import { convertRange, type DefaultHook } from './phrase.ts';
import { Protector, type NameCues, type Protected } from './protect.ts';
import { anyForm, hasRules, locatedRules, pickForm, stripRules, type Rule, type RuleForms } from './rules.ts';
import { detectScript, nearestScript, scriptRuns } from './script.ts';
import { compatTable, regionalTable, stTable, tradNormalizer, tsTable, type ScriptTable } from './tables.ts';
import { CONVERT_TARGETS, type ConvertTarget, type Script } from './targets.ts';
import { replaceLongest, Trie } from './trie.ts';

export interface ConverterOptions {
  readonly glossary?: Glossary;
  /** Names and rules found in the corpus (see `collectNames`). */
  readonly names?: CorpusNames;
  /** False turns off protected spans (names, terms, rules' corpus-wide forms), to measure what they cost. */
  readonly protect?: boolean;
}

export interface ConvertOptions {
  /** The script the surrounding document is written in: decides text that shows no script of its own. */
  readonly source?: Variant | Script;
  /**
   * The paragraph this text is part of (one inline node of it: a link's
   * text, the text before a date), and where this text starts in it. A text
   * that shows no script takes the nearest one the paragraph shows (台塑在
   * between links to Traditional titles), before `source`; and a few
   * characters either side are read but not converted, for the neighbours of
   * its first and last characters (于 before the date 1943年 is the
   * preposition).
   */
  readonly paragraph?: string;
  readonly at?: number;
}

/** A one-to-many character that the tables converted on their own, without a phrase or name rule. */
export interface DefaultConversion {
  readonly target: ConvertTarget;
  readonly index: number;
  readonly char: string;
  readonly output: string;
  /** A few characters either side, as written. */
  readonly context: string;
}

type Forms = Readonly<Record<ConvertTarget, string>>;

/** A person name the context marks (see `Converter.readNames`). */
export interface NameReading {
  readonly name: string;
  /** The longer reading, where the name ends at the start of a word that follows names (梁强 of 梁强强调: 梁强强). */
  readonly longer?: string;
}

const NO_READINGS: readonly NameReading[] = Object.freeze([]);

function toScript(source: Variant | Script | undefined): Script | undefined {
  if (source === undefined || source === 'hans' || source === 'hant') return source;
  return source === 'zh-Hans' ? 'hans' : 'hant';
}

/** The script of the evidence nearest to `text` in its paragraph (see ConvertOptions), if the options place it in one. */
function paragraphScript(text: string, options: ConvertOptions): Script | undefined {
  const { paragraph, at } = options;
  // A cheap check that the text sits where the options say (a whole comparison costs a pass over it).
  if (paragraph === undefined || at === undefined || paragraph.charCodeAt(at) !== text.charCodeAt(0) || at + text.length > paragraph.length) return undefined;
  return nearestScript(paragraph, at, at + text.length);
}

/** True when the text has a character that conversion could change (CJK, compatibility ideographs, surrogates). */
function mayConvert(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) return true;
  return false;
}

function normalizeCompat(text: string): string {
  if (!/[\uf900-\ufaff]|\ud87e/.test(text)) return text;
  const table = compatTable();
  return Array.from(text, (c) => table.get(c.codePointAt(0)!) ?? c).join('');
}

interface Stage {
  /** Traditional text in Taiwan or Hong Kong forms back to OpenCC's standard forms. */
  readonly normalize: Trie<string> | undefined;
  readonly script: ScriptTable;
  readonly regional: Trie<string> | undefined;
}

function makeStage(target: ConvertTarget): Stage {
  return {
    normalize: tradNormalizer(target),
    script: target === 'zh-Hans' ? tsTable() : stTable(),
    regional: regionalTable(target),
  };
}

/** Characters of Simplified text that Traditional text keeps only in some words; see `Converter.unstray`. */
const STRAY_CHARS = new Set(['后', '几', '么', '于', '干']);
const STRAY = new RegExp(`[${[...STRAY_CHARS].join('')}]`, 'u');
/** Characters either side of one that are read to decide its form: as long as the tables' longest phrases. */
const STRAY_CONTEXT = 6;
/** Characters of the other script either side of a run that are read with it (see `tableStage`). */
const RUN_CONTEXT = 6;
/** Characters of the paragraph either side of a text that are read with it (see ConvertOptions). */
const CONTEXT = 6;

interface Context {
  readonly before: string;
  readonly after: string;
}

/**
 * The text around `text` to read it with (see ConvertOptions): only where it
 * matters, for a character whose rule reads its neighbours (context.ts) at
 * either end; elsewhere the text converts the same without it, and faster.
 */
function contextOf(text: string, options: ConvertOptions, mask: number): Context | undefined {
  const paragraph = options.paragraph;
  const at = options.at;
  if (paragraph === undefined || at === undefined || text.length === 0) return undefined;
  const end = at + text.length;
  const flags = (ruleFlags ??= stRules().flags);
  let near = end < paragraph.length && (flags[text.charCodeAt(text.length - 1)]! & mask) !== 0;
  for (let i = 0; !near && at > 0 && i < text.length && i < CONTEXT; i++) near = (flags[text.charCodeAt(i)]! & mask) !== 0;
  if (!near || !paragraph.startsWith(text, at)) return undefined;
  const clean = (t: string) => (hasRules(t) ? stripRules(t) : t);
  return { before: clean(paragraph.slice(Math.max(0, at - CONTEXT), at)), after: clean(paragraph.slice(end, end + CONTEXT)) };
}

let ruleFlags: Uint8Array | undefined;

function variesWithin(varies: Uint8Array, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (varies[text.charCodeAt(i)]) return true;
  return false;
}

export class Converter {
  /** Glossary terms and kept texts only: applied inside names too. */
  private terms: Protector | undefined;
  private protector: Protector | undefined;
  /** The tables of each target, built on first use. */
  private readonly stages: Partial<Record<ConvertTarget, Stage>> = {};
  /** Name forms already made, by target, script and name. */
  private readonly names = new Map<string, string>();

  constructor(options: ConverterOptions = {}) {
    if (options.protect !== false) this.buildProtector(options.glossary ?? EMPTY_GLOSSARY, options.names);
  }

  /**
   * Converts text written in either script (or a mix) into `to`; `-{…}-`
   * rules are applied and removed. `hook` hears of every one-to-many
   * character the tables decided (its index in `text`), for the conversion
   * review; with it, a character's neighbours are read also where they only
   * confirm its default (the output is the same).
   */
  convert(text: string, to: ConvertTarget, options: ConvertOptions = {}, hook?: DefaultHook): string {
    const hint = toScript(options.source);
    if (!hasRules(text)) return this.plain(text, to, hint, true, hook, options);
    const script = (detectScript(stripRules(text)) ? undefined : paragraphScript(text, options)) ?? hint;
    let out = '';
    let from = 0;
    const plain = (a: number, b: number) =>
      this.plain(text.slice(a, b), to, script, true, hook && (a > 0 ? (i, c, o, sure) => hook(i + a, c, o, sure) : hook));
    for (const { start, end, rule } of locatedRules(text)) {
      if (start > from) out += plain(from, start);
      out += this.rule(rule, to);
      from = end;
    }
    return from < text.length ? out + plain(from, text.length) : out;
  }

  /**
   * The one-to-many characters of `text` that conversion into either script
   * decides by the table default alone, as the page will show them (zh-Hant
   * in its Taiwan forms). Left out: characters that keep their form, and
   * defaults that their neighbours confirm (后 after a verb, 于 before a
   * date; see context.ts). Each text is converted as `convert` does it.
   */
  review(text: string, options: ConvertOptions = {}): DefaultConversion[] {
    const found: DefaultConversion[] = [];
    if (!mayConvert(text)) return found;
    for (const target of ['zh-Hant', 'zh-Hans'] as const) {
      this.convert(text, target, options, (index, char, output, sure) => {
        if (sure || output === char) return;
        found.push({ target, index, char, output, context: text.slice(Math.max(0, index - 6), index + 7) });
      });
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /** Person names that the text's context marks (after a title, before a form of address, `·`-joined). */
  findNames(text: string): string[] {
    return this.readNames(text).map((r) => r.name);
  }

  /**
   * The same, each with the longer reading of a name that ends where a word
   * that follows names starts (梁强|强调: 梁强强), for the corpus to decide
   * (`collectNames`).
   */
  readNames(text: string): readonly NameReading[] {
    const plain = normalizeCompat(text);
    const spans = this.protector?.scan(plain).filter((s) => !s.out) ?? [];
    if (spans.length === 0) return NO_READINGS;
    return spans.map((s) => {
      const name = plain.slice(s.start, s.end);
      return s.longer === undefined ? { name } : { name, longer: plain.slice(s.start, s.longer) };
    });
  }

  /** Whether a name (a link title) reads as a person's name. */
  personLike(name: string): boolean {
    const p = this.protector;
    return !!p && p.personLike(name) && p.personLike(this.plain(name, 'zh-Hans', undefined, false));
  }

  private rule(rule: Rule, to: ConvertTarget): string {
    if (rule.kind === 'raw') return rule.text;
    if (!rule.show) return '';
    return pickForm(rule.forms, to) ?? this.plain(anyForm(rule.forms) ?? '', to, undefined, false);
  }

  /**
   * Converts `input`, outside `-{…}-` rules. `where`: the paragraph it is
   * part of (see ConvertOptions), for the script of a text that shows none
   * and for the neighbours of its first and last characters, read but not
   * converted. A name that runs into them is not protected, as when the
   * texts are converted one by one.
   */
  private plain(input: string, to: ConvertTarget, hint: Script | undefined, protect: boolean, hook?: DefaultHook, where?: ConvertOptions): string {
    if (!mayConvert(input)) return input;
    let text = normalizeCompat(input);
    let from = 0;
    let end = text.length;
    const context = where && contextOf(input, where, hook ? DECIDES | CONFIRMS : DECIDES);
    if (context) {
      const whole = normalizeCompat(context.before + input + context.after);
      if (whole.length === context.before.length + input.length + context.after.length) {
        text = whole;
        from = context.before.length;
        end = from + input.length;
      }
    }
    // No script of its own: the paragraph's nearest, else the document's.
    const inParagraph = where?.paragraph !== undefined;
    let runs = scriptRuns(text, 0, text.length, inParagraph ? undefined : hint);
    if (inParagraph && runs[0]!.script === undefined) runs = [{ start: 0, end: text.length, script: paragraphScript(input, where!) ?? hint }];
    let spans = (protect && this.protector?.scan(text)) || [];
    if (from > 0 || end < text.length) spans = spans.filter((span) => span.start >= from && span.end <= end);
    const shift: DefaultHook | undefined = hook && from > 0 ? (i, c, o, sure) => hook(i - from, c, o, sure) : hook;
    let out = '';
    let r = 0;
    let pos = from;
    // The text between spans run by run, then each span; one loop rather than a helper closure, as this is the hot path.
    for (let s = 0; s <= spans.length; s++) {
      const until = s < spans.length ? spans[s]!.start : end;
      for (let a = pos; a < until; ) {
        while (runs[r]!.end <= a) r++;
        const b = Math.min(until, runs[r]!.end);
        out += this.piece(text, a, b, runs[r]!.script, to, true, pos, until, shift);
        a = b;
      }
      if (s === spans.length) break;
      const span = spans[s]!;
      if (span.out) out += span.out[to];
      else {
        while (runs[r]!.end <= span.start) r++;
        out += this.nameForm(text.slice(span.start, span.end), runs[r]!.script, to);
      }
      pos = span.end;
    }
    return out;
  }

  /**
   * Converts [a, b) of text written in `script` (undefined: the other script
   * than the target's). `strays`: Traditional text may hold Simplified
   * characters typed into it (see `unstray`); not in names. Text of the other
   * script is read with its neighbours within [lo, hi) (see `tableStage`).
   */
  private piece(
    text: string,
    a: number,
    b: number,
    script: Script | undefined,
    to: ConvertTarget,
    strays = false,
    lo = a,
    hi = b,
    hook?: DefaultHook,
  ): string {
    if (a >= b) return '';
    if (to === 'zh-Hans') return script === 'hans' ? text.slice(a, b) : this.tableStage(text, a, b, to, lo, hi, hook);
    const stage = this.stage(to);
    const regional = stage.regional;
    let s: string;
    if (script === 'hant') {
      s = strays ? this.unstray(text, a, b, lo, hi, to) : text.slice(a, b);
      if (stage.normalize) s = replaceLongest(stage.normalize, s);
    } else {
      // The hook hears the form the page shows: 里 → 裡, not the table's 裏.
      const shown: DefaultHook | undefined = hook && regional && ((i, c, o, sure) => hook(i, c, replaceLongest(regional, o), sure));
      s = this.tableStage(text, a, b, to, lo, hi, shown);
    }
    return regional ? replaceLongest(regional, s) : s;
  }

  /**
   * Traditional text with the Simplified characters typed into it put right:
   * 之后, 几乎, 什么, 由于, 干部 in a Traditional sentence become 之後, 幾乎,
   * 什麼, 由於, 幹部, while 皇后, 茶几, 于右任 and 干涉, which Traditional
   * writes so too, stay. Each such character takes the form its
   * surroundings, read as Simplified, convert it to: the words that keep it
   * are the same either way. Other characters both scripts keep (里 in 馬里
   * and 公里, 余 in 余光中, 台, 范) are left as written: the tables convert
   * them wrongly in too many names.
   */
  private unstray(text: string, a: number, b: number, lo: number, hi: number, to: ConvertTarget): string {
    const s = text.slice(a, b);
    if (!STRAY.test(s)) return s;
    let out = '';
    let from = a;
    for (let i = a; i < b; i++) {
      if (!STRAY_CHARS.has(text[i]!)) continue;
      const before = Math.max(lo, i - STRAY_CONTEXT);
      const after = Math.min(hi, i + STRAY_CONTEXT + 1);
      const simp = this.tableStage(text, before, after, 'zh-Hans');
      if (simp.length !== after - before) continue;
      const form = this.tableStage(simp, 0, simp.length, to)[i - before];
      if (form === undefined || form === text[i]) continue;
      out += text.slice(from, i) + form;
      from = i + 1;
    }
    return from === a ? s : out + text.slice(from, b);
  }

  /**
   * [a, b) of text, written in the other script than the target's (or in
   * none the text shows), in the target's script before its regional forms:
   * where the script table decides, and `hook` hears of its defaults.
   *
   * Text of the other script that [lo, hi) holds either side (a Traditional
   * 頭 before a Simplified 发) is read with it, turned into [a, b)'s script,
   * so that a word the change of script cuts keeps its phrase: 頭发 → 頭髮.
   */
  private tableStage(text: string, a: number, b: number, to: ConvertTarget, lo = a, hi = b, hook?: DefaultHook): string {
    // Only where a character near the edge converts otherwise in some phrase can its neighbours change it.
    const varies = lo < a || hi > b ? this.stage(to).script.varies : undefined;
    const before = varies && variesWithin(varies, text, a, Math.min(b, a + RUN_CONTEXT)) ? Math.max(lo, a - RUN_CONTEXT) : a;
    const after = varies && variesWithin(varies, text, Math.max(a, b - RUN_CONTEXT), b) ? Math.min(hi, b + RUN_CONTEXT) : b;
    if (before < a || after > b) {
      // The neighbours are in the target's script: turned into this text's, by the other table.
      const back: ConvertTarget = to === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
      const left = before < a ? this.tableStage(text, before, a, back) : '';
      const right = after > b ? this.tableStage(text, b, after, back) : '';
      if (left.length === a - before && right.length === after - b) {
        const window = left + text.slice(a, b) + right;
        const n = left.length;
        const inner: DefaultHook | undefined = hook && ((i, c, o, sure) => i >= n && i < n + b - a && hook(i - n + a, c, o, sure));
        const converted = this.tableStage(window, 0, window.length, to, 0, window.length, inner);
        if (converted.length === window.length) return converted.slice(n, n + b - a);
      }
    }
    const stage = this.stage(to);
    if (to !== 'zh-Hans') return convertRange(text, a, b, stage.script, hook);
    const s = stage.normalize ? replaceLongest(stage.normalize, text.slice(a, b)) : text.slice(a, b);
    return convertRange(s, 0, s.length, stage.script, hook && ((i, c, o, sure) => hook(i + a, c, o, sure)));
  }

  private stage(to: ConvertTarget): Stage {
    return (this.stages[to] ??= makeStage(to));
  }

  /** A person's name: glossary terms inside it apply, surname characters keep their name form, the rest converts as usual. */
  private nameForm(name: string, script: Script | undefined, to: ConvertTarget): string {
    const key = `${to}\0${script ?? ''}\0${name}`;
    let form = this.names.get(key);
    if (form === undefined) this.names.set(key, (form = this.makeNameForm(name, script, to)));
    return form;
  }

  private makeNameForm(name: string, script: Script | undefined, to: ConvertTarget): string {
    const spans = this.terms?.scan(name).filter((s) => s.out) ?? [];
    if (spans.length === 0) return this.nameChars(name, script, to);
    let out = '';
    let pos = 0;
    for (const span of spans) {
      out += this.nameChars(name.slice(pos, span.start), script, to) + span.out![to];
      pos = span.end;
    }
    return out + this.nameChars(name.slice(pos), script, to);
  }

  private nameChars(name: string, script: Script | undefined, to: ConvertTarget): string {
    const own = detectScript(name) ?? script;
    const asWritten = to === 'zh-Hans' ? own === 'hans' : own === 'hant';
    if (asWritten) return this.piece(name, 0, name.length, own, to);
    const forms: Readonly<Record<string, string>> = to === 'zh-Hans' ? NAME_FORMS_HANS : NAME_FORMS_HANT;
    let out = '';
    let from = 0;
    for (let k = 0; k < name.length; k++) {
      const form = forms[name[k]!];
      if (form === undefined) continue;
      out += this.piece(name, from, k, own, to) + form;
      from = k + 1;
    }
    return out + this.piece(name, from, name.length, own, to);
  }

  private formsOf(make: (to: ConvertTarget) => string): Forms {
    return Object.fromEntries(CONVERT_TARGETS.map((t) => [t, make(t)])) as unknown as Forms;
  }

  private buildProtector(glossary: Glossary, names: CorpusNames | undefined): void {
    const words = [stTable().trie, tsTable().trie];
    const both = (s: string) => [s, this.plain(s, 'zh-Hant', 'hans', false)];
    const chars = (s: string) => new Set(Array.from(s).flatMap(both));
    const surnames = new Set([...Array.from(SURNAMES).flatMap(both), ...Array.from(SURNAMES, (c) => NAME_FORMS_HANT[c] ?? c)]);
    const after = new Trie<boolean>();
    const verbs = new Set(VERBS_AFTER_NAMES);
    for (const word of WORDS_AFTER_NAMES) for (const key of both(word)) after.add(key, verbs.has(word));
    const cues: NameCues = {
      surnames,
      compound: new Set(COMPOUND_SURNAMES.flatMap(both)),
      stop: chars(NAME_STOP),
      yu: new Set(['于']),
      yuBlock: chars(YU_NOT_NAME),
      translit: chars(TRANSLIT),
      dots: new Set(Array.from(NAME_DOTS)),
      longMarks: chars(LONG_NAME_MARKS),
      after,
      joiners: chars(NAME_JOINERS),
      translitMax: TRANSLIT_NAME_MAX,
    };
    const trie = new Trie<Protected>();
    const termTrie = new Trie<Protected>();
    const add = (keys: Iterable<string>, entry: Protected, into: Trie<Protected>[] = [trie]) => {
      for (const key of keys) if (key) for (const t of into) t.add(key, entry, false);
    };
    const fixed = (written: readonly string[], out: Forms, guard: boolean, into?: Trie<Protected>[]) =>
      add([...written, ...Object.values(out)], { kind: 'fixed', out, guard }, into);
    const termForms = (forms: RuleForms) =>
      this.formsOf((t) => pickForm(forms, t) ?? this.plain(anyForm(forms) ?? '', t, undefined, false));
    const person = (e: NameEntry) => fixed([e.name], this.formsOf((t) => this.nameForm(e.name, e.script, t)), true);
    const entity = (e: NameEntry) =>
      fixed([e.name], this.formsOf((t) => this.plain(e.name, t, detectScript(e.name) ?? e.script, true)), true);

    const terms: GlossaryTerm[] = [...glossary.terms, ...(names?.terms ?? [])];
    for (const term of terms) fixed(Object.values(term.forms), termForms(term.forms), false, [trie, termTrie]);
    for (const text of [...glossary.keep, ...(names?.keep ?? [])]) fixed([text], this.formsOf(() => text), false, [trie, termTrie]);
    this.terms = this.protector = new Protector(termTrie, { ...cues, dots: new Set() }, words);
    for (const name of glossary.people) person({ name });
    for (const e of names?.people ?? []) person(e);
    for (const e of names?.entities ?? []) (e.person ? person : entity)(e);

    const titles = new Map<string, { lead: boolean; trail: boolean }>();
    for (const [list, lead] of [[LEADING_TITLES, true], [TRAILING_TITLES, false]] as const) {
      for (const key of list.flatMap(both)) {
        const t = titles.get(key) ?? { lead: false, trail: false };
        titles.set(key, lead ? { ...t, lead: true } : { ...t, trail: true });
      }
    }
    for (const [key, t] of titles) trie.add(key, { kind: 'title', ...t }, false);
    add(NOT_TITLES.flatMap(both), { kind: 'word' });
    this.protector = new Protector(trie, cues, words);
  }
}
