/** Character classes for Chinese text. */

const HAN = /[\p{Script=Han}\u3005\u3007]/u;
/** CJK symbols and punctuation, full-width forms (。，、；：？！「」『』（）《》〈〉【】…—·). */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u00b7\u30fb]/u;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isCjkPunct = (ch: string | undefined): boolean => ch !== undefined && CJK_PUNCT.test(ch);
export const isCjk = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);
