/**
 * Script-neutral matching keys. Each character maps to its Simplified form on
 * its own, so a key has exactly the length of its text and offsets found in a
 * key are offsets in the text.
 */
import { convert } from '../convert/index.ts';

/** The key of each UTF-16 code unit, filled on first use, and whether it is the code unit itself. */
const keys: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
const same = new Uint8Array(0x10000);

function keyOf(code: number): string {
  let k = keys[code];
  if (k === undefined) {
    const ch = String.fromCharCode(code);
    if (code < 0x2e80) k = ch.toLowerCase();
    else {
      const converted = convert(ch, 'zh-Hans');
      k = converted.length === ch.length ? converted : ch;
    }
    keys[code] = k;
    same[code] = k === ch ? 1 : 0;
  }
  return k;
}

export function matchKey(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = keyOf(code);
    // Most characters are their own key: copy the runs between the others.
    if (same[code]) continue;
    out += text.slice(copied, i) + k;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
