/**
 * Module-level conversion with the default converter, and script-neutral
 * keys for comparing names.
 */
import { baseConverter, defaultConverter } from './default.ts';
import type { Converter, ConvertOptions } from './converter.ts';
import { stripRules } from './rules.ts';
import type { ConvertTarget } from './targets.ts';

/** Convert a text written in either script (or a mix) into `to`. */
export function convert(text: string, to: ConvertTarget, options?: ConvertOptions): string {
  if (text === '') return text;
  const converter = defaultConverter();
  if (options || text.length > MEMO_MAX_LENGTH) return converter.convert(text, to, options);
  // Page data converts the same sentences again and again (mentions, events,
  // export, filters): remembered per converter and target, within a bound.
  // Keyed by the text itself, not a string made from it, so that a text met
  // again is hashed only once.
  let byTarget = memos.get(converter);
  if (!byTarget) memos.set(converter, (byTarget = new Map()));
  let memo = byTarget.get(to);
  if (!memo) byTarget.set(to, (memo = new Map()));
  let out = memo.get(text);
  if (out === undefined) {
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    out = converter.convert(text, to);
    memo.set(text, out);
  }
  return out;
}

const MEMO_MAX_LENGTH = 500;
/** Entries per target. */
const MEMO_ENTRIES = 100_000;
const memos = new WeakMap<Converter, Map<ConvertTarget, Map<string, string>>>();

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
