/**
 * Photo lines: the caption after a Vietnamese `ảnh N` ("photo N") marker,
 * and photo credits at the end of a caption, bracketed or not: （图片来源：越通社）,
 * 图：越通社, 图自越通社, …供图, 越通社记者 阮俊 摄, 新华社发.
 */

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
  /[（(]\s*((?:图片来源|圖片來源|图源|圖源|图片|圖片|来源|來源)\s*[:：]\s*[^()（）]+?)\s*[）)]$/u,
  /[（(]\s*([^()（）]{1,30}?\s摄|[^()（）]{1,30}?\s攝)\s*[）)]$/u,
  new RegExp(`${AFTER_SENTENCE}((?:图自|圖自|图片来自|圖片來自)[^。！？\\s]{1,30})$`, 'u'),
  new RegExp(`${AFTER_SENTENCE}([^。！？\\s]{1,30}?(?:供图|供圖))$`, 'u'),
  /[（(]\s*([^()（）\s]{0,12}(?:记者|記者)[^()（）]{1,30}?(?<!拍)(?:摄|攝))\s*[）)]$/u,
  new RegExp(`${AFTER_SENTENCE}((?:图片来源|圖片來源|图源|圖源|图片|圖片|图|圖|摄影|攝影)\\s*[:：]\\s*[^。！？\\s]{1,30})$`, 'u'),
  // 越通社记者 阮俊 摄, 越通社记者阮俊摄, 新华社记者 王晔 摄
  new RegExp(`${AFTER_SENTENCE}([^。！？\\s]{0,12}(?:记者|記者|摄影师|攝影師)\\s*[^。！？]{1,30}?\\s*(?<!拍)(?:摄|攝))$`, 'u'),
  // 阮俊 摄: a name, a space, then 摄
  new RegExp(`${AFTER_SENTENCE}([^。！？\\s][^。！？]{0,30}?\\s(?:摄|攝))$`, 'u'),
  // 新华社发
  new RegExp(`${AFTER_SENTENCE}(\\p{Script=Han}{1,6}社发|\\p{Script=Han}{1,6}社發)$`, 'u'),
];

/** Splits a trailing photo credit off `text`; undefined when there is none. */
export function splitCredit(text: string): PhotoParts | undefined {
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
