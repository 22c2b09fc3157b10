/** Source markup that leaked into what a reader sees: wiki syntax, markdown, tags, double-escaped entities. */
import type { Page } from './page.ts';
import type { Problem } from './problem.ts';

/** Literal fragments that never belong in visible text. */
export const ARTEFACTS: readonly string[] = ['wikilink', '\\[', '\\]', ']]', '[[', '{{', '}}', '[^', 'fig:', '../Page/', '-{', '}-', '（，', '，）', '（；', '（）', 'Category:', ']('];

const PATTERNS: readonly [RegExp, string][] = [
  [/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i, 'an HTML tag'],
  [/&(?:[a-z][a-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-f]{1,6});/i, 'a double-escaped character reference'],
];

function place(text: string, index: number, line?: number, column?: number): { line?: number; column?: number } {
  if (line === undefined) return {};
  const before = text.slice(0, index);
  const newlines = before.split('\n').length - 1;
  return newlines ? { line: line + newlines, column: index - before.lastIndexOf('\n') } : { line, column: (column ?? 1) + index };
}

export function checkArtefacts(page: Page): Problem[] {
  const out: Problem[] = [];
  for (const piece of page.text) {
    if (piece.code) continue;
    const found: [number, string][] = [];
    for (const junk of ARTEFACTS) {
      const i = piece.text.indexOf(junk);
      if (i >= 0) found.push([i, JSON.stringify(junk)]);
    }
    for (const [re, what] of PATTERNS) {
      const m = re.exec(piece.text);
      if (m) found.push([m.index, `${what} ${JSON.stringify(m[0].slice(0, 40))}`]);
    }
    for (const [i, what] of found) {
      out.push({ file: page.path, ...place(piece.text, i, piece.line, piece.column), rule: 'artefact', message: `raw markup in visible text: ${what}` });
    }
  }
  return out;
}
