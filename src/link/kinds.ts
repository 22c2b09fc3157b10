/**
 * What kind of thing a name is, from what the corpus and the locale data tell:
 * transliterated `·` names and names after a title are people; country and
 * region names (from the runtime's CLDR data), states that no longer exist,
 * place suffixes and the objects of 訪問/前往 are places; organisation
 * suffixes and the organisations no suffix tells (東盟, 聯合國) make
 * organisations. Offices (…主席, …總理), currencies (CLDR) and
 * generic nouns (大使館, 政府) are `other`, whatever the text around them says.
 */
import type { EntityKind } from '../model/index.ts';
import { NameAutomaton } from './automaton.ts';
import { matchKey } from './keys.ts';

const PLACE_SUFFIX = /(國|国|聯邦|联邦|斯坦|省|州|市|縣|县|郡|區|区|鎮|镇|灣|湾|群島|群岛|島|岛|半島|半岛|海峽|海峡|洲)$/u;
const ORG_SUFFIX =
  /(共同體|共同体|聯盟|联盟|組織|组织|委員會|委员会|理事會|理事会|海軍|海军|陸軍|陆军|空軍|空军|部隊|部队|政府|國會|国会|議會|议会|黨|党|銀行|银行|公司|集團|集团|大學|大学|協會|协会|論壇|论坛|通訊社|通讯社|峰會|峰会)$/u;
/**
 * Organisations whose names no suffix tells (東盟, 聯合國): each names one
 * organisation, so none is ever a common noun, though 聯盟 or 組織 alone is.
 */
const ORGANISATIONS = ['東盟', '東協', '亞細安', '歐盟', '聯合國', '北約', '獨聯體', '歐佩克', '世貿', '世衛', '金磚國家', '亞太經合會'];
/** Titles that, written right before a name, make it a person's name. */
export const PERSON_TITLES = [
  '總統', '总统', '總理', '总理', '主席', '外長', '外长', '部長', '部长', '副總理', '副总理', '大使', '總書記', '总书记',
  '國務卿', '国务卿', '首相', '元首', '同志', '先生', '女士', '領導人', '领导人', '書記', '书记', '王儲', '王储', '副總統', '副总统',
];
/** Titles that end the name of an office (越南社會主義共和國主席, 蘇聯外長): the office, not a person who holds it. */
const OFFICE_TITLES = [
  '總統', '總理', '主席', '外長', '部長', '副總理', '大使', '總書記', '國務卿', '首相', '元首', '書記', '王儲', '副總統',
  '秘書長', '議長', '委員長', '司令', '總司令', '領導人', '國王', '女王', '市長', '省長', '州長',
];
/**
 * Common nouns that name no one thing: a wikilink to 大使館 links the concept,
 * and two articles that both name an embassy share nothing. The bare suffixes
 * and titles above are such nouns too.
 */
const GENERIC_NOUNS = [
  '大使館', '使館', '領事館', '總領事館', '首都', '城市', '國家', '首府', '機場', '港口', '醫院', '軍隊', '外交部', '國防部',
  '總統府', '議員', '官員', '代表團', '企業', '人民', '政黨', '軍事基地', '基地', '條約', '協議', '會議', '峰會',
];
/** States that no longer exist, which CLDR's region names leave out. */
const FORMER_STATES = ['蘇聯', '蘇維埃社會主義共和國聯盟', '北越', '南越', '東德', '西德', '南斯拉夫', '捷克斯洛伐克', '奧匈帝國'];
/** Currencies as texts name them short, besides CLDR's names. */
const CURRENCY_NAMES = ['盧布', '美金', '日圓', '歐羅'];
const VISIT_VERBS = ['訪問', '访问', '到訪', '到访', '前往', '抵達', '抵达', '出訪', '出访', '位於', '位于'];

let regions: Set<string> | undefined;
let currencies: Set<string> | undefined;
let generic: Set<string> | undefined;
let formerStates: Set<string> | undefined;

/** Currency names in both scripts, from Intl.DisplayNames. */
function currencyKeys(): Set<string> {
  if (currencies) return currencies;
  currencies = new Set(CURRENCY_NAMES.map(matchKey));
  const names = [new Intl.DisplayNames(['zh-Hans'], { type: 'currency' }), new Intl.DisplayNames(['zh-Hant'], { type: 'currency' })];
  for (const code of Intl.supportedValuesOf('currency')) {
    for (const dn of names) {
      const name = dn.of(code);
      if (name && name !== code) currencies.add(matchKey(name));
    }
  }
  return currencies;
}

/**
 * Whether a name is a common noun that names no one thing (大使館, 政府,
 * 外交部, 總統, 省: a bare title, suffix or institution, no country before it):
 * such an entity gets no page and relates nothing. An organisation's proper
 * name (東盟, 聯合國) never is.
 */
export function isGeneric(title: string): boolean {
  generic ??= new Set(
    [...GENERIC_NOUNS, ...OFFICE_TITLES, ...PERSON_TITLES, ...suffixWords(PLACE_SUFFIX), ...suffixWords(ORG_SUFFIX)].map(matchKey),
  );
  const key = matchKey(title.trim());
  return generic.has(key) && !organisationKeys().has(key);
}

let organisations: Set<string> | undefined;
const organisationKeys = () => (organisations ??= new Set(ORGANISATIONS.map(matchKey)));

/** The alternatives of a suffix pattern `(a|b|…)$`. */
function suffixWords(pattern: RegExp): string[] {
  return pattern.source.replace(/^\(|\)\$$/g, '').split('|');
}

/** The office a name ends with, when it is more than the bare title. */
function isOffice(title: string): boolean {
  officeKeys ??= OFFICE_TITLES.map(matchKey);
  const key = matchKey(title);
  return officeKeys.some((t) => key.length > t.length && key.endsWith(t));
}
let officeKeys: string[] | undefined;

/** Whether a name is a country's or region's (CLDR), in either script. */
export function isCountryName(name: string): boolean {
  return regionKeys().has(matchKey(name));
}

/** Country and region names in both scripts, from Intl.DisplayNames. */
function regionKeys(): Set<string> {
  if (regions) return regions;
  regions = new Set();
  const names = [new Intl.DisplayNames(['zh-Hans'], { type: 'region' }), new Intl.DisplayNames(['zh-Hant'], { type: 'region' })];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      for (const dn of names) {
        try {
          const name = dn.of(code);
          if (name && name !== code) regions.add(matchKey(name));
        } catch {
          /* not a region code */
        }
      }
    }
  }
  return regions;
}

export interface KindEvidence {
  /** Texts of the corpus, as matching keys, to look for titles and verbs next to the name. */
  readonly texts: readonly string[];
}

const PERSON_TITLE_KEYS = () => PERSON_TITLES.map(matchKey);
const VISIT_VERB_KEYS = () => VISIT_VERBS.map(matchKey);

/**
 * Whether a name is known to be something other than a person: a common noun,
 * an office, a currency, a country, a former state or an organisation. A name
 * the text's context marks as a person's (after a title) may still be one of
 * these (主席越南), and is then no person.
 */
export function isNoPerson(title: string): boolean {
  const key = matchKey(title);
  formerStates ??= new Set(FORMER_STATES.map(matchKey));
  return isGeneric(title) || isOffice(title) || currencyKeys().has(key) || regionKeys().has(key) || formerStates.has(key) || organisationKeys().has(key);
}

/** The kind a name has by its form alone (people's `·` names, countries, suffixes); undefined when only the texts can tell. */
function kindByForm(title: string): EntityKind | undefined {
  if (/^[\p{Script=Han}]+(·[\p{Script=Han}]+)+$/u.test(title)) return 'person';
  const key = matchKey(title);
  if (organisationKeys().has(key)) return 'organisation';
  if (isGeneric(title) || isOffice(title) || currencyKeys().has(key)) return 'other';
  formerStates ??= new Set(FORMER_STATES.map(matchKey));
  if (regionKeys().has(key) || formerStates.has(key)) return 'place';
  if (ORG_SUFFIX.test(title)) return 'organisation';
  if (PLACE_SUFFIX.test(title)) return 'place';
  return undefined;
}

/** What an occurrence of `title` (as `key`) at `at` in `text` tells, if anything. */
function kindAt(title: string, key: string, text: string, at: number, titles: readonly string[], verbs: readonly string[]): EntityKind | undefined {
  const before = text.slice(Math.max(0, at - 4), at);
  const after = text.charAt(at + key.length);
  if (/^[\p{Script=Han}]{2,4}$/u.test(title) && titles.some((t) => before.endsWith(t)) && !/[國国部會会]/u.test(after)) return 'person';
  if (before.endsWith('·') && /^[\p{Script=Han}]{2,6}$/u.test(title)) return 'person';
  if (verbs.some((v) => before.endsWith(v))) return 'place';
  return undefined;
}

export function guessKind(title: string, evidence: KindEvidence): EntityKind {
  return guessKinds([title], evidence)[0]!;
}

/**
 * The kinds of many names at once. Names whose form does not tell are looked
 * up in the texts with one automaton, in one pass over the corpus (a scan of
 * every text per name made this quadratic); the first telling occurrence, in
 * text order, decides, as it would name by name.
 */
export function guessKinds(names: readonly string[], evidence: KindEvidence): EntityKind[] {
  const kinds: (EntityKind | undefined)[] = names.map(kindByForm);
  const pending = new Map<string, number[]>();
  names.forEach((title, i) => {
    if (kinds[i] !== undefined) return;
    const key = matchKey(title);
    if (!key) return;
    const list = pending.get(key);
    if (list) list.push(i);
    else pending.set(key, [i]);
  });
  if (pending.size) {
    const titles = PERSON_TITLE_KEYS();
    const verbs = VISIT_VERB_KEYS();
    const automaton = new NameAutomaton();
    for (const key of pending.keys()) automaton.add(key, key);
    let open = [...pending.values()].reduce((n, l) => n + l.length, 0);
    for (const text of evidence.texts) {
      if (open === 0) break;
      for (const hit of automaton.findAll(text)) {
        const waiting = pending.get(hit.value)!;
        for (let j = 0; j < waiting.length; j++) {
          const i = waiting[j]!;
          if (kinds[i] !== undefined) continue;
          const kind = kindAt(names[i]!, hit.value, text, hit.start, titles, verbs);
          if (kind) {
            kinds[i] = kind;
            open--;
          }
        }
      }
    }
  }
  return kinds.map((k) => k ?? 'other');
}
