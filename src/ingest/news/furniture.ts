/**
 * Page furniture a scrape keeps as lines of their own, around the report and
 * among the teasers:
 * - credit lines: 编译：黎氏香, 责编：阮文山, 文/黎英 责编：阮氏红, 来源：越通社 (the model has
 *   no credit for a report's text, only a photo's, so they are dropped);
 * - share bars: 分享, Facebook, 分享到：Facebook | Twitter | Zalo;
 * - copyright lines: 版权所有©越南通讯社, © 越南通讯社版权所有 2008-2025;
 * - a list of outlets with an agency among them: 越南之声 | 越通社;
 * - follow-us prompts: 扫码关注越通社微信公众号.
 * Only short lines, and only whole lines made of these labels and names: a
 * paragraph that mentions Facebook or 版权 is text. The lists are small on
 * purpose; add a label or platform here when a scrape prints a new one.
 */
import { comparable } from './lines.ts';

/** Longer lines are text, whatever they hold. */
const MAX_LENGTH = 60;

/** Labels of the people credited for a report's text, in both scripts. */
const CREDIT_LABELS = [
  '编译', '編譯', '责编', '責編', '责任编辑', '責任編輯', '编辑', '編輯', '主编', '主編',
  '翻译', '翻譯', '校对', '校對', '审校', '審校', '作者', '来源', '來源', '文',
].sort((a, b) => b.length - a.length);

/** A name after a credit label: Han or other text without separators, or Latin words (Nguyễn Văn An). */
const NAME = '[^\\s:：/／|｜，,。！？；;]{1,16}(?:\\s\\p{Script=Latin}[^\\s:：/／|｜，,。！？；;]*){0,4}';
const CREDIT_ONE = `(?:${CREDIT_LABELS.join('|')})\\s*[:：/／]\\s*${NAME}`;
const CREDIT_LINE = new RegExp(`^[（(]?\\s*${CREDIT_ONE}(?:\\s+${CREDIT_ONE})*\\s*[）)]?$`, 'u');

/** Words of a share bar: the verb, then the platforms (compared without case). */
const SHARE_WORDS = new Set(
  [
    '分享', '分享到', '分享至', '分享本文', '转发', '轉發',
    'facebook', 'twitter', 'zalo', 'linkedin', 'telegram', 'whatsapp', 'email', 'e-mail',
    'wechat', 'weibo', 'qq', '微信', '微博', '邮件', '郵件', '打印', 'print',
  ],
);
/** What separates the words of a share bar. */
const SHARE_SEPARATORS = /[\s|｜/／·•、，,:：]+/u;

/** ©, Copyright, or 版权所有 opening or closing the line (越南通讯社版权所有, 版权所有：越通社), not inside a phrase (版权所有者). */
const COPYRIGHT = /©|\(c\)|copyright|all rights reserved|^(?:版权所有|版權所有)|(?:版权所有|版權所有)$/iu;

/** A prompt to follow the agency elsewhere: 扫码关注越通社微信公众号, 欢迎关注越通社公众号. */
const FOLLOW = /^(?:请|請)?(?:扫码|掃碼|扫描二维码|掃描二維碼|长按二维码|長按二維碼|长按识别|長按識別|欢迎关注|歡迎關注|关注|關注)\p{Script=Han}{0,20}(?:公众号|公眾號|二维码|二維碼)$/u;

const SENTENCE_END = /[。！？!?]/u;

/** True when `text` is a line of page furniture (see the module comment); `agencies` are the names an outlet list must include. */
export function isFurniture(text: string, agencies: readonly string[]): boolean {
  if (text.length > MAX_LENGTH || SENTENCE_END.test(text)) return false;
  return CREDIT_LINE.test(text) || isShareBar(text) || COPYRIGHT.test(text) || isOutletList(text, agencies) || FOLLOW.test(text);
}

function isShareBar(text: string): boolean {
  const words = text.split(SHARE_SEPARATORS).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w.toLowerCase()));
}

/** 越南之声 | 越通社: names of at most 12 characters, without punctuation, between bars, one of them an agency's. */
function isOutletList(text: string, agencies: readonly string[]): boolean {
  const names = text.split(/[|｜]/u).map((n) => n.trim());
  return (
    names.length >= 2 &&
    names.every((n) => n !== '' && n.length <= 12 && comparable(n) === n.replace(/\s+/g, '')) &&
    names.some((n) => agencies.includes(n))
  );
}
