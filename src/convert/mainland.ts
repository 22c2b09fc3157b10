/**
 * What zh-Hans pages write for Traditional text that OpenCC's T→S tables
 * leave in a form the mainland does not use (applied to Traditional text
 * only; Simplified text keeps what its author wrote):
 *
 * - variant characters: the mainland standard writes 炮 for 砲 (法軍砲擊 →
 *   法军炮击), as for the variants T→S already folds (裏, 着, 羣);
 * - names of countries and organisations that Taiwan writes its own way,
 *   like the glossary's 東協/东盟: 汶萊 → 文莱. Taken from OpenCC's
 *   TWPhrasesRev (Taiwan → mainland terms), countries only, leaving out those
 *   that can be read inside other words or names (卡達 in 卡達菲, 加彭 in
 *   參加彭…, 尼日 in 尼日利亞, 厄瓜多 in 厄瓜多爾) and those that are also
 *   peoples (哈薩克族, 塔吉克族).
 *
 * zh-Hant keeps Traditional text as written (汶萊 stays); Simplified 文莱
 * becomes 文萊, and zh-TW 汶萊 through OpenCC's Taiwan phrases.
 */
import type { Entry } from './dicts.ts';

/** Traditional variant characters → the mainland's standard character. */
export const HANS_VARIANTS: readonly Entry[] = [
  ['砲', '炮'],
  ['礮', '炮'],
  ['鎗', '枪'],
];

/** Taiwan's names of countries and organisations → the mainland's. */
export const HANS_NAMES: readonly Entry[] = [
  ['東協', '东盟'],
  ['汶萊', '文莱'],
  ['寮國', '老挝'],
  ['紐西蘭', '新西兰'],
  ['巴布亞紐幾內亞', '巴布亚新几内亚'],
  ['帛琉', '帕劳'],
  ['萬那杜', '瓦努阿图'],
  ['吐瓦魯', '图瓦卢'],
  ['諾魯', '瑙鲁'],
  ['吉里巴斯', '基里巴斯'],
  ['索羅門群島', '所罗门群岛'],
  ['馬爾地夫', '马尔代夫'],
  ['義大利', '意大利'],
  ['沙烏地阿拉伯', '沙特阿拉伯'],
  ['阿拉伯聯合大公國', '阿拉伯联合酋长国'],
  ['葉門', '也门'],
  ['亞塞拜然', '阿塞拜疆'],
  ['塞普勒斯', '塞浦路斯'],
  ['克羅埃西亞', '克罗地亚'],
  ['斯洛維尼亞', '斯洛文尼亚'],
  ['波士尼亞赫塞哥維納', '波斯尼亚和黑塞哥维那'],
  ['肯亞', '肯尼亚'],
  ['奈及利亞', '尼日利亚'],
  ['坦尚尼亞', '坦桑尼亚'],
  ['衣索比亞', '埃塞俄比亚'],
  ['索馬利亞', '索马里'],
  ['辛巴威', '津巴布韦'],
  ['尚比亞', '赞比亚'],
  ['莫三比克', '莫桑比克'],
  ['模里西斯', '毛里求斯'],
  ['瓜地馬拉', '危地马拉'],
  ['宏都拉斯', '洪都拉斯'],
  ['哥斯大黎加', '哥斯达黎加'],
  ['多明尼加', '多米尼加'],
  ['千里達及托巴哥', '特立尼达和多巴哥'],
];
