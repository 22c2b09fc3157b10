/**
 * MediaWiki-style conversion rules written inside seed text:
 *
 * - `-{text}-` (or `-{R|text}-`): the text as written, in every variant;
 * - `-{zh-hans:…;zh-hant:…}-`: the form given for the variant (zh-tw, zh-hk,
 *   zh-cn … are accepted too, with MediaWiki's fallbacks);
 * - `-{H|zh-hans:…;zh-hant:…}-`: shows nothing; the rule applies to the whole
 *   corpus when its names and rules are collected (see corpus.ts);
 * - `-{A|…}-`: shows the form and applies corpus-wide, as H does;
 * - `-{T|…}-`, `-{D|…}-`, `-{-|…}-`: show nothing.
 *
 * The model stores text with the markup; `convert` removes it in every target
 * and `stripRules` gives the source form, for keys and slugs.
 */
import type { ConvertTarget } from './targets.ts';

/** Forms keyed by MediaWiki variant code in lower case (`zh-hans`, `zh-tw`, `zh`). */
export type RuleForms = Readonly<Record<string, string>>;

export type Rule =
  | { readonly kind: 'raw'; readonly text: string }
  | { readonly kind: 'forms'; readonly forms: RuleForms; readonly show: boolean; readonly global: boolean };

export type Piece = string | Rule;

const OPEN = '-{';
const CLOSE = '}-';
const VARIANT = /^\s*(zh(?:-[a-z]{2,4})?)\s*:/i;
const SPLIT = /;\s*(?=zh(?:-[a-z]{2,4})?\s*:)/i;

/** MediaWiki's fallback order for each target, after the target's own code. */
const FALLBACKS: Readonly<Record<ConvertTarget, readonly string[]>> = {
  'zh-Hans': ['zh-hans', 'zh-cn', 'zh-sg', 'zh-my'],
  'zh-Hant': ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
  'zh-TW': ['zh-tw', 'zh-hant', 'zh-hk', 'zh-mo'],
  'zh-HK': ['zh-hk', 'zh-mo', 'zh-hant', 'zh-tw'],
};

export function hasRules(text: string): boolean {
  return text.includes(OPEN);
}

function parseForms(body: string): Record<string, string> | undefined {
  if (!VARIANT.test(body)) return undefined;
  const forms: Record<string, string> = {};
  for (const part of body.split(SPLIT)) {
    const m = VARIANT.exec(part);
    if (!m) continue;
    const value = part.slice(m[0].length).replace(/;\s*$/, '');
    forms[m[1]!.toLowerCase()] = value.trim();
  }
  return forms;
}

function parseRule(content: string): Rule {
  const bar = content.indexOf('|');
  const head = bar >= 0 ? content.slice(0, bar) : '';
  const hasFlags = bar >= 0 && /^[A-Za-z;\s-]+$/.test(head) && !VARIANT.test(content);
  const flag = hasFlags ? head.trim().toUpperCase() : '';
  const body = hasFlags ? content.slice(bar + 1) : content;
  if (flag === 'T' || flag === 'D' || flag === '-') return { kind: 'forms', forms: {}, show: false, global: false };
  const forms = flag === 'R' ? undefined : parseForms(body);
  if (!forms) return { kind: 'raw', text: body };
  return { kind: 'forms', forms, show: flag !== 'H', global: flag === 'H' || flag === 'A' };
}

/**
 * Where the rules of a text stand, as [start, end) offsets with `-{` and `}-`
 * included: from each `-{` to the next `}-` (rules do not nest). A `-{` with
 * no `}-` after it is text.
 */
export function ruleSpans(text: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  for (let open = text.indexOf(OPEN); open >= 0; ) {
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    spans.push([open, close + CLOSE.length]);
    open = text.indexOf(OPEN, close + CLOSE.length);
  }
  return spans;
}

/** The rules of `text` in order, each with the span it takes (see `ruleSpans`). */
export function locatedRules(text: string): { start: number; end: number; rule: Rule }[] {
  return ruleSpans(text).map(([start, end]) => ({ start, end, rule: parseRule(text.slice(start + OPEN.length, end - CLOSE.length)) }));
}

/** Splits text into plain strings and rules; text without `-{` is returned whole. */
export function parseRules(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const [open, end] of ruleSpans(text)) {
    if (open > from) pieces.push(text.slice(from, open));
    pieces.push(parseRule(text.slice(open + OPEN.length, end - CLOSE.length)));
    from = end;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

/** The stretches of text outside rules, each with where it starts in `text`. */
export function plainStretches(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (const [open, end] of ruleSpans(text)) {
    if (open > from) out.push({ start: from, text: text.slice(from, open) });
    from = end;
  }
  if (from < text.length) out.push({ start: from, text: text.slice(from) });
  return out;
}

/** The form a rule gives for `target`, or undefined when it gives none that falls back to it. */
export function pickForm(forms: RuleForms, target: ConvertTarget): string | undefined {
  for (const code of FALLBACKS[target]) if (forms[code] !== undefined) return forms[code];
  return forms['zh'];
}

/** Any one form of a rule, to convert when none falls back to the target. */
export function anyForm(forms: RuleForms): string | undefined {
  return Object.values(forms)[0];
}

/** The text with rules replaced by their source form: `-{X}-` → X, variant rules → their first form, hidden rules → nothing. */
export function stripRules(text: string): string {
  if (!hasRules(text)) return text;
  return parseRules(text)
    .map((p) => (typeof p === 'string' ? p : p.kind === 'raw' ? p.text : p.show ? (anyForm(p.forms) ?? '') : ''))
    .join('');
}
