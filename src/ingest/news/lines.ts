/** The seed body as trimmed, non-blank lines that remember their line numbers. */
import type { Seed } from '../seed.ts';
import { normalizePunctuation } from '../typography.ts';
import type { NewsOptions } from './options.ts';

export interface Line {
  readonly text: string;
  /** 1-based line in the seed body (see seedPos). */
  readonly line: number;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Each non-blank line, NFC-normalised (so a decomposed `ả` matches), with
 * invisible characters removed, white space trimmed and runs of it collapsed,
 * and, when enabled, punctuation normalised. Lines holding only spaces
 * (including U+3000 and no-break spaces) count as blank.
 */
export function readLines(seed: Seed, options: NewsOptions): Line[] {
  const out: Line[] = [];
  seed.text.split('\n').forEach((raw, i) => {
    let text = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    if (text === '') return;
    if (options.fullWidthPunctuation) text = normalizePunctuation(text);
    out.push({ text, line: i + 1 });
  });
  return out;
}

/** Text without white space or punctuation, for comparing two renderings of the same sentence. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}
