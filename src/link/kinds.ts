/**
 * What kind of thing a name is, from what the corpus and the locale data tell:
 * transliterated `·` names, emperors' names (嗣德帝), Vietnamese women's names
 * (阮氏光泰), names after a title, rank or kin word (主席陳德良, 老將軍武元甲,
 * 妻子阮氏光泰), surnamed names the text says were born, died or led troops
 * (黃杰所部), and, failing any other evidence, three-character names with a
 * common surname (胡志明) are people; country and region names (from the
 * runtime's CLDR data), states that no longer exist, place suffixes and the
 * objects of 訪問/前往 are places; organisation suffixes (…黨, …軍, …陣線)
 * and the organisations no suffix tells (東盟, 聯合國) make organisations.
 * Offices (…主席, …總理), currencies (CLDR) and generic nouns (大使館, 政府,
 * 保護國, ranks such as 大將, sports such as 足球) are `other`, whatever the
 * text around them says.
 */
import type { EntityKind } from '../model/index.ts';
import { SURNAMES } from '../convert/names.ts';
import { NameAutomaton } from './automaton.ts';
import { matchKey } from './keys.ts';

const PLACE_SUFFIX = /(國|国|聯邦|联邦|斯坦|省|州|市|縣|县|郡|區|区|鎮|镇|灣|湾|群島|群岛|島|岛|半島|半岛|海峽|海峡|洲)$/u;
const ORG_SUFFIX =
  /(共同體|共同体|聯盟|联盟|組織|组织|委員會|委员会|理事會|理事会|聯合會|联合会|同盟會|同盟会|基金會|基金会|工會|工会|商會|商会|學會|学会|軍|军|部隊|部队|隊|队|團|团|陣線|阵线|政府|國會|国会|議會|议会|黨|党|銀行|银行|公司|集團|集团|大學|大学|協會|协会|論壇|论坛|通訊社|通讯社|峰會|峰会)$/u;
/** Words ending in 軍 that name no army: places in a contest. */
const NOT_ARMIES = /(冠|亞|亚|季|殿)(軍|军)$/u;
/**
 * Organisations whose names no suffix tells (東盟, 聯合國): each names one
 * organisation, so none is ever a common noun, though 聯盟 or 組織 alone is.
 */
const ORGANISATIONS = ['東盟', '東協', '亞細安', '歐盟', '聯合國', '北約', '獨聯體', '歐佩克', '世貿', '世衛', '金磚國家', '亞太經合會'];
/** Military ranks and commands (老將軍武元甲, 團長韋國清); as bare words (a wikilink to 大將) they are common nouns. */
const RANKS = [
  '將軍', '大將', '上將', '中將', '少將', '准將', '元帥', '大元帥', '司令', '總司令', '司令員', '指揮官', '團長', '軍長', '師長',
  '旅長', '參謀長', '政委',
];
/** Kin written before a name (他的妻子阮氏光泰). */
const KIN = ['妻子', '丈夫', '兒子', '女兒', '父親', '母親', '夫人'];
/** Titles that, written right before a name, make it a person's name. Compared by matching key, so either script's form will do. */
export const PERSON_TITLES = [
  '總統', '总统', '總理', '总理', '主席', '外長', '外长', '部長', '部长', '副總理', '副总理', '大使', '總書記', '总书记',
  '國務卿', '国务卿', '首相', '元首', '同志', '先生', '女士', '領導人', '领导人', '書記', '书记', '王儲', '王储', '副總統', '副总统',
  ...RANKS, ...KIN,
];
/** Titles that end the name of an office (越南社會主義共和國主席, 蘇聯外長, 越南人民軍大將): the office, not a person who holds it. */
const OFFICE_TITLES = [
  '總統', '總理', '主席', '外長', '部長', '副總理', '大使', '總書記', '國務卿', '首相', '元首', '書記', '王儲', '副總統',
  '秘書長', '議長', '委員長', '領導人', '國王', '女王', '市長', '省長', '州長', ...RANKS,
];
/**
 * Common nouns that name no one thing: a wikilink to 大使館 links the concept,
 * and two articles that both name an embassy share nothing. The bare suffixes
 * and titles above are such nouns too.
 */
const GENERIC_NOUNS = [
  '大使館', '使館', '領事館', '總領事館', '首都', '城市', '國家', '首府', '機場', '港口', '醫院', '軍隊', '外交部', '國防部',
  '總統府', '議員', '官員', '代表團', '主席團', '企業', '人民', '政黨', '軍事基地', '基地', '條約', '協議', '會議', '峰會', '皇帝',
  '皇后', '太后',
];
/** What a state is to others (…使越南成為法國的保護國): the 國 makes no place of these. */
const STATE_STATUSES = [
  '保護國', '附庸國', '宗主國', '藩屬國', '屬國', '朝貢國', '衛星國', '傀儡國', '緩衝國', '成員國', '會員國', '締約國', '東道國',
  '主辦國', '參賽國', '鄰國', '大國', '強國', '小國', '超級大國', '王國', '帝國', '公國', '侯國', '共和國', '邦國', '中立國',
  '戰勝國', '戰敗國', '盟國', '交戰國', '島國', '內陸國',
];
/** Sports and disciplines: a wikilink to 足球 links the game, and two articles that name it share nothing. */
const SPORTS = [
  '足球', '籃球', '排球', '沙灘排球', '網球', '手球', '水球', '冰球', '棒球', '壘球', '板球', '曲棍球', '橄欖球', '羽毛球', '乒乓球',
  '桌球', '撞球', '高爾夫球', '保齡球', '藤球', '田徑', '游泳', '跳水', '體操', '舉重', '射擊', '射箭', '拳擊', '摔跤', '摔角',
  '柔道', '跆拳道', '空手道', '擊劍', '賽艇', '划艇', '皮划艇', '帆船', '馬術', '自行車', '單車', '鐵人三項', '現代五項', '武術',
  '滑冰', '滑雪', '冰壺', '攀岩', '衝浪', '馬拉松', '電子競技', '象棋', '圍棋', '國際象棋', '賽車', '舞蹈',
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
    [...GENERIC_NOUNS, ...STATE_STATUSES, ...SPORTS, ...OFFICE_TITLES, ...PERSON_TITLES, ...suffixWords(PLACE_SUFFIX), ...suffixWords(ORG_SUFFIX)].map(
      matchKey,
    ),
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
  /** Names that only evidence may make people, never their form alone (the glossary's terms, which are words first). */
  readonly evidenceOnly?: ReadonlySet<string>;
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
export function kindByForm(title: string): EntityKind | undefined {
  if (/^[\p{Script=Han}]+(·[\p{Script=Han}]+)+$/u.test(title)) return 'person';
  const key = matchKey(title);
  if (organisationKeys().has(key)) return 'organisation';
  if (isGeneric(title) || isOffice(title) || currencyKeys().has(key)) return 'other';
  formerStates ??= new Set(FORMER_STATES.map(matchKey));
  if (regionKeys().has(key) || formerStates.has(key)) return 'place';
  if (EMPEROR.test(key) || VIETNAMESE_WOMAN.test(key)) return 'person';
  if (ORG_SUFFIX.test(title) && !NOT_ARMIES.test(title)) return 'organisation';
  if (PLACE_SUFFIX.test(title)) return 'place';
  return undefined;
}

/** An emperor's name (嗣德帝, 漢武帝, 光緒皇帝), by matching key: 上帝 and 皇帝 alone are too short. */
const EMPEROR = /^\p{Script=Han}{2,}(帝|皇帝|太后)$/u;
/** A Vietnamese woman's name (阮氏光泰, 黎氏碧珍), by matching key; 李氏朝鲜 is a state, 王氏家族 a family. */
const VIETNAMESE_WOMAN = new RegExp(`^[${SURNAMES}]氏(?![^]*[朝家族宗祠])\\p{Script=Han}{1,2}$`, 'u');

/**
 * Surnames common enough that a three-character name opening with one is a
 * person's when nothing else tells (胡志明, 王永慶): the most common in
 * Vietnam and China, less those that open many transliterated or natural
 * names (馬尼拉, 蘇格蘭, 夏威夷, 高句麗, 金三角, 白藤江, 莫斯科, 羅興亞,
 * 唐人街, 田納西, 溫哥華). By matching key (Simplified).
 */
const COMMON_SURNAMES = new Set(
  '阮陈黎范黄潘武邓裴杜胡吴杨李丁何段林郑梅张刘陶冯谭韦王赵周徐孙朱郭梁谢宋许韩曹彭曾萧董袁蒋蔡余叶程魏吕任沈姚崔钟陆汪廖贾邱侯贺顾郝龚邵钱严覃戴孔施樊葛邢易伍庞颜倪聂',
);
/** Last characters of names that are no one's: battles, dynasties, waters, mountains, buildings, groups (李之役, 武夷山, 吴哥窟, 彭博社). */
const NOT_A_PERSON_END = /[役战变朝代江河湖海山峰岭岛湾港桥寺庙宫殿门城墙楼塔街路站场园馆院堂窟店庄村镇乡堡关口州府郡县省市区国族语学教派军队团会社报号节]$/u;

/** Whether a name (as its matching key) opens with a common surname. */
const surnamed = (key: string) => COMMON_SURNAMES.has(key.charAt(0));

/** A name that, nothing else telling, is a person's: a common surname and two more characters (胡志明), not a place's or a battle's ending. */
function personByName(key: string): boolean {
  return /^\p{Script=Han}{3}$/u.test(key) && surnamed(key) && !NOT_A_PERSON_END.test(key) && key.charAt(1) !== '家';
}

/** What an occurrence of `title` (as `key`) at `at` in `text` tells, if anything. */
function kindAt(title: string, key: string, text: string, at: number, titles: readonly string[], verbs: readonly string[]): EntityKind | undefined {
  const before = text.slice(Math.max(0, at - 4), at);
  const end = at + key.length;
  const after = text.charAt(end);
  const short = /^[\p{Script=Han}]{2,4}$/u.test(title);
  if (short && titles.some((t) => before.endsWith(t)) && !/[國国部會会]/u.test(after)) return 'person';
  if (before.endsWith('·') && /^[\p{Script=Han}]{2,6}$/u.test(title)) return 'person';
  if (short && surnamed(key) && (PERSON_AFTER.test(text.slice(end, end + 2)) || livesInClause(text, at, end))) return 'person';
  if (verbs.some((v) => before.endsWith(v))) return 'place';
  return undefined;
}

/** What follows a person's name, by matching key: the troops under him (黃杰所部), his wife, the couple. */
const PERSON_AFTER = /^(所部|夫妇|夫人|之妻|之子|之女|本人)/u;
/** Birth and death, by matching key: 王永慶於2008年10月15日在美國新澤西州逝世. */
const LIFE = /出生|诞生|逝世|去世|病逝|病故|辞世|享年/u;

/** Whether the name opens its clause and the clause says it was born or died (武元甲在河内108中央军医院逝世). */
function livesInClause(text: string, start: number, end: number): boolean {
  if (start > 0 && /[\p{Script=Han}\p{L}\p{N}]/u.test(text.charAt(start - 1))) return false;
  const stop = text.slice(end).search(/[，,。；;！？!?（(：:]/u);
  return LIFE.test(stop < 0 ? text.slice(end) : text.slice(end, end + stop));
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
    // Every name, so that one that starts a longer one (胡志明 of 胡志明市) is not read there; one inside a `·` name (拉夫羅夫 of 謝爾蓋·拉夫羅夫) is.
    const automaton = new NameAutomaton();
    for (const title of names) automaton.add(matchKey(title), matchKey(title));
    let open = [...pending.values()].reduce((n, l) => n + l.length, 0);
    for (const text of evidence.texts) {
      if (open === 0) break;
      const hits = automaton.findAll(text);
      /** Per start, the end of the longest name there. */
      const longest = new Map<number, number>();
      for (const hit of hits) if ((longest.get(hit.start) ?? 0) < hit.end) longest.set(hit.start, hit.end);
      for (const hit of hits) {
        const waiting = pending.get(hit.value);
        if (!waiting || longest.get(hit.start)! > hit.end) continue;
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
  return kinds.map((k, i) => k ?? (!evidence.evidenceOnly?.has(names[i]!) && personByName(matchKey(names[i]!)) ? 'person' : 'other'));
}
