/**
 * Photo lines: the caption after a Vietnamese `ảnh N` ("photo N") marker,
 * and photo credits at the end of a caption, bracketed or not: （图片来源：越通社）,
 * （图：越通社）, 图：越通社, 图/越通社, 照片：黎英/越通社, 图自越通社, …供图,
 * 越通社记者 阮俊 摄, 新华社发.
 */

import { comparable } from './lines.ts';

export interface PhotoParts {
  /** Caption without the credit; may be empty. */
  readonly caption: string;
  /** The credit as printed, without brackets: 图片来源：越通社, 图自越通社, …供图. */
  readonly credit?: string;
}

/**
 * `ảnh 1` glued between the repeated page title and the caption, not part of
 * a longer Latin word. Lines are NFC-normalised first, so precomposed letters
 * are enough.
 */
const PHOTO_MARKER = /\s*(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])ảnh(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])\s*\d*\s*/iu;
const AFTER_SENTENCE = '(?:^|(?<=[。！？.!?\\s]))';
const CREDITS: readonly RegExp[] = [
  /[（(]\s*((?:图片来源|圖片來源|图源|圖源|图片|圖片|来源|來源|照片|相片|图|圖|摄影|攝影)\s*[:：/／]\s*[^()（）]+?)\s*[）)]$/u,
  /[（(]\s*([^()（）]{1,30}?\s摄|[^()（）]{1,30}?\s攝)\s*[）)]$/u,
  /[（(]\s*([^()（）\s]{0,12}(?:记者|記者)[^()（）]{1,30}?(?<!拍)(?:摄|攝))\s*[）)]$/u,
  new RegExp(`${AFTER_SENTENCE}((?:图自|圖自|图片来自|圖片來自)[^。！？\\s]{1,30})$`, 'u'),
  new RegExp(`${AFTER_SENTENCE}([^。！？\\s]{1,30}?(?:供图|供圖))$`, 'u'),
  new RegExp(`${AFTER_SENTENCE}((?:图片来源|圖片來源|图源|圖源|图片|圖片|照片|相片|图|圖|摄影|攝影)\\s*[:：/／]\\s*[^。！？\\s]{1,30})$`, 'u'),
  // 越通社记者 阮俊 摄, 越通社记者阮俊摄, 新华社记者 王晔 摄
  new RegExp(`${AFTER_SENTENCE}([^。！？\\s]{0,12}(?:记者|記者|摄影师|攝影師)\\s*[^。！？]{1,30}?\\s*(?<!拍)(?:摄|攝))$`, 'u'),
  // 阮俊 摄: a name, a space, then 摄
  new RegExp(`${AFTER_SENTENCE}([^。！？\\s][^。！？]{0,30}?\\s(?:摄|攝))$`, 'u'),
  // 新华社发
  new RegExp(`${AFTER_SENTENCE}(\\p{Script=Han}{1,6}社发|\\p{Script=Han}{1,6}社發)$`, 'u'),
];

/** Splits a trailing photo credit off `text`; undefined when there is none. */
function splitCredit(text: string): PhotoParts | undefined {
  for (const re of CREDITS) {
    const m = re.exec(text);
    if (m) return { caption: text.slice(0, m.index).trim(), credit: m[1]!.trim() };
  }
  return undefined;
}

/**
 * A photo line: either it carries the `ảnh N` marker (the text before the
 * marker is the page title repeated as the image's title and is dropped), or
 * it ends with a photo credit. Undefined for any other line.
 */
export function parsePhotoLine(text: string): PhotoParts | undefined {
  const marker = PHOTO_MARKER.exec(text);
  if (marker) {
    const rest = text.slice(marker.index + marker[0].length).trim();
    return splitCredit(rest) ?? { caption: rest };
  }
  return splitCredit(text);
}

/** Up to this share of a caption's characters may be missing from the title for the caption to still repeat it. */
const TITLE_REPEAT_SLACK = 0.2;

/**
 * True when a caption says nothing a reader does not read next to it: its
 * text (white space and punctuation aside) lies within one of `texts` (the
 * paragraphs it stands among), or all but a fifth of its characters are the
 * title's, in the title's order (越南政府总理范明政与夫人会见旅居南非越南人社群。
 * under the title 越南政府总理范明政会见旅居南非越南人社群). A scrape keeps the
 * caption but not the photo, so such a caption would only repeat that text.
 */
export function captionRepeats(caption: string, title: string, texts: readonly string[]): boolean {
  const c = comparable(caption);
  if (c === '') return true;
  if (texts.some((t) => comparable(t).includes(c))) return true;
  const t = comparable(title);
  return t !== '' && commonSubsequence(c, t) >= Math.ceil(c.length * (1 - TITLE_REPEAT_SLACK));
}

/** Length of the longest common subsequence of two short strings (by UTF-16 unit). */
function commonSubsequence(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}
