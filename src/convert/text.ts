/**
 * Module-level conversion with the default converter, and script-neutral
 * keys for comparing names.
 */
import { baseConverter, defaultConverter } from './default.ts';
import type { ConvertOptions } from './converter.ts';
import { stripRules } from './rules.ts';
import type { ConvertTarget } from './targets.ts';

/** Convert a text written in either script (or a mix) into `to`. */
export function convert(text: string, to: ConvertTarget, options?: ConvertOptions): string {
  if (text === '') return text;
  return defaultConverter().convert(text, to, options);
}

/**
 * A script-neutral key for comparing names: 拉夫罗夫 and 拉夫羅夫 give the same
 * key. It does not depend on the glossary or the corpus names.
 */
export function scriptKey(text: string): string {
  return baseConverter().convert(stripRules(text), 'zh-Hans');
}

/** True when `a` and `b` are the same text up to script. */
export function sameInScript(a: string, b: string): boolean {
  return a === b || scriptKey(a) === scriptKey(b);
}
