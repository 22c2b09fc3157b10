/**
 * Script conversion between zh-Hans and zh-Hant.
 *
 * Converters are costly to construct (~130 ms each), so each is built once per
 * process, on first use.
 */
import * as OpenCC from 'opencc-js';
import type { Variant } from '../model/index.ts';

type Fn = (text: string) => string;

const cache = new Map<Variant, Fn>();

function converterFor(variant: Variant): Fn {
  const known = cache.get(variant);
  if (known) return known;
  const fn: Fn =
    variant === 'zh-Hant' ? OpenCC.Converter({ from: 'cn', to: 'tw' }) : OpenCC.Converter({ from: 'tw', to: 'cn' });
  cache.set(variant, fn);
  return fn;
}

/** Convert a text written in either script (or a mix) into `variant`. */
export function convert(text: string, to: Variant): string {
  if (text === '') return text;
  return converterFor(to)(text);
}

/** A script-neutral key for comparing names: 拉夫罗夫 and 拉夫羅夫 give the same key. */
export function scriptKey(text: string): string {
  return convert(text, 'zh-Hans');
}

/** True when `a` and `b` are the same text up to script. */
export function sameInScript(a: string, b: string): boolean {
  return a === b || scriptKey(a) === scriptKey(b);
}


