/**
 * Script-neutral matching keys. Each character maps to its Simplified form on
 * its own, so a key has exactly the length of its text and offsets found in a
 * key are offsets in the text.
 */
import { convert } from '../convert/index.ts';

const chars = new Map<string, string>();

function keyChar(ch: string): string {
  let k = chars.get(ch);
  if (k === undefined) {
    const converted = convert(ch, 'zh-Hans');
    k = converted.length === ch.length ? converted : ch;
    chars.set(ch, k);
  }
  return k;
}

export function matchKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x2e80 ? text[i]!.toLowerCase() : keyChar(text[i]!);
  }
  return out;
}
