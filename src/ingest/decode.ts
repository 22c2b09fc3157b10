/**
 * Turning a seed file's bytes into text.
 *
 * UTF-8 is read as it is (a byte-order mark and CR line endings are noted);
 * UTF-16 with a byte-order mark is decoded with a notice. Bytes that are not
 * UTF-8 are tried as GB18030/GBK and Big5, and each decoding is scored by the
 * share of its non-ASCII characters that are among the most frequent Han
 * characters (either script); a clear winner is used with a notice, anything
 * else is refused. Binary, empty and whitespace-only files are refused.
 * Characters HTML does not allow in text (C0/C1 controls other than
 * whitespace, noncharacters) are removed with a notice.
 */

import { convert } from '../convert/index.ts';

/** A position in the decoded text, 1-based. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

export interface Notice {
  readonly reason: string;
  readonly place: Place;
}

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly notices: readonly Notice[] }
  | { readonly ok: false; readonly reason: string; readonly place: Place };

const START: Place = { line: 1, column: 1 };

/** Minimum score for a legacy decoding, and its minimum lead over the other candidate. */
const MIN_SCORE = 0.6;
const MIN_LEAD = 0.3;

const SIGNATURES: readonly [string, readonly number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or a .docx/.xlsx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Word 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0]],
];

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** A control byte that never appears in text (tab, LF, VT, FF, CR and ESC excepted). */
const isControlByte = (b: number) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f;

/** Why the bytes look binary, or undefined. */
function binaryReason(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return `binary file (it looks like a ${name}); seeds must be text`;
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (it holds NUL bytes); seeds must be text';
    if (isControlByte(b)) controls++;
  }
  if (controls > 4 + bytes.length * 0.05) return `binary file (${controls} control bytes); seeds must be text`;
  return undefined;
}

/** The line and column of a byte offset (columns count characters as decoded leniently). */
function placeOfByte(bytes: Uint8Array, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/** The offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** About 1,200 of the most frequent characters of modern Chinese, in simplified script. */
const FREQUENT_HANS = [
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还',
  '进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或',
  '新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太',
  '量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交',
  '规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调',
  '深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历',
  '首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧',
  '黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印',
  '晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担',
  '州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央',
  '户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移',
  '娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣',
  '择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌',
  '店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱',
  '埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵侧醉',
].join('');

let frequentHan: Set<string> | undefined;

/** The frequent characters in both scripts. */
function frequent(): Set<string> {
  frequentHan ??= new Set(FREQUENT_HANS + convert(FREQUENT_HANS, 'zh-Hant'));
  return frequentHan;
}

/** Punctuation and full-width forms both encodings share; neither evidence for nor against. */
const NEUTRAL = /[\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7]/u;

/** Share of non-ASCII, non-punctuation characters that are frequent Han characters. */
export function frequentHanScore(text: string): { score: number; sample: number } {
  const han = frequent();
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch < '\u0080' || NEUTRAL.test(ch)) continue;
    if (han.has(ch)) good++;
    else bad++;
  }
  const sample = good + bad;
  return { score: sample ? good / sample : 0, sample };
}

interface Candidate {
  readonly encoding: string;
  readonly label: string;
  readonly text?: string;
  readonly score: number;
}

function tryLegacy(bytes: Uint8Array, encoding: string, label: string): Candidate {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    const { score, sample } = frequentHanScore(text);
    return { encoding, label, text, score: sample >= 2 ? score : 0 };
  } catch {
    return { encoding, label, score: 0 };
  }
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Characters HTML does not allow in text: controls other than whitespace, and noncharacters. */
// eslint-disable-next-line no-control-regex
const DISALLOWED = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

function placeOfIndex(text: string, index: number): Place {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/** Removes characters HTML does not allow; a notice says how many and where the first was. */
function withoutDisallowed(text: string, notices: Notice[]): string {
  DISALLOWED.lastIndex = 0;
  const first = DISALLOWED.exec(text);
  if (!first) return text;
  let count = 0;
  const cleaned = text.replace(DISALLOWED, () => {
    count++;
    return '';
  });
  const code = first[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  notices.push({ reason: `removed ${count} control or non-character code point(s), the first U+${code}`, place: placeOfIndex(text, first.index) });
  return cleaned;
}

function finish(text: string, encoding: string, notices: Notice[]): Decoded {
  if (text.trim() === '') {
    return { ok: false, reason: text === '' ? 'the file is empty' : 'the file holds only whitespace', place: START };
  }
  if (text.includes('\r')) {
    const reason = text.includes('\r\n') ? 'Windows line endings (CRLF) read as LF' : 'old Mac line endings (CR) read as LF';
    notices.push({ reason, place: START });
  }
  const replacement = text.indexOf('\ufffd');
  if (replacement >= 0) {
    notices.push({
      reason: 'the text holds U+FFFD replacement characters: some characters were already lost before this file was saved',
      place: placeOfIndex(text, replacement),
    });
  }
  return { ok: true, text: withoutDisallowed(text, notices), encoding, notices };
}

/** Decodes a seed file's bytes (see the module comment). */
export function decodeSeed(bytes: Uint8Array): Decoded {
  const notices: Notice[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes);
    if (/\u0000/.test(text)) return { ok: false, reason: 'binary file (NUL characters after decoding as UTF-16); seeds must be text', place: START };
    notices.push({ reason: `decoded from ${encoding.toUpperCase()} (byte-order mark); save the file as UTF-8`, place: START });
    return finish(text, encoding, notices);
  }
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary, place: START };
  const bad = invalidUtf8Offset(bytes);
  if (bad < 0) {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) notices.push({ reason: 'UTF-8 byte-order mark removed', place: START });
    return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8', notices);
  }

  const candidates = [tryLegacy(bytes, 'gb18030', 'GB18030/GBK'), tryLegacy(bytes, 'big5', 'Big5')].sort((a, b) => b.score - a.score);
  const [best, other] = candidates as [Candidate, Candidate];
  const where = placeOfByte(bytes, bad);
  if (best.text !== undefined && best.score >= MIN_SCORE && best.score - other.score >= MIN_LEAD) {
    notices.push({
      reason: `the file is not UTF-8 (byte ${hex(bytes[bad]!)} at line ${where.line}); decoded as ${best.label} (${percent(best.score)} frequent Han characters); save the file as UTF-8`,
      place: START,
    });
    return finish(best.text, best.encoding, notices);
  }
  const start = `invalid UTF-8 (byte ${hex(bytes[bad]!)})`;
  const reason = candidates.every((c) => c.text === undefined)
    ? `${start}, and not GB18030/GBK or Big5 text either; save the file as UTF-8`
    : `${start}; the encoding cannot be told with confidence (frequent Han characters: ${candidates.map((c) => `${c.label} ${c.text === undefined ? 'invalid' : percent(c.score)}`).join(', ')}); save the file as UTF-8`;
  return { ok: false, reason, place: where };
}
