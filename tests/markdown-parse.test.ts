/**
 * The wiki ingest reads plain blocks of markdown itself and leaves the rest to
 * micromark (src/ingest/wiki/parse.ts). Whatever it reads must give exactly
 * the tree remark-parse + remark-gfm give, positions included.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { parseMarkdown, parseWithMicromark } from '../src/ingest/wiki/parse.ts';
import { ROOT, WIKI_SEED } from './helpers.ts';

/** parseMarkdown, with how many characters it left to micromark. */
function parseCounting(markdown: string): { tree: Root; toMicromark: number } {
  let toMicromark = 0;
  const tree = parseMarkdown(markdown, (slice) => {
    toMicromark += slice.length;
    return parseWithMicromark(slice);
  });
  return { tree, toMicromark };
}

function assertSameTree(markdown: string): number {
  const { tree, toMicromark } = parseCounting(markdown);
  assert.deepStrictEqual(tree, parseWithMicromark(markdown), `trees differ for ${JSON.stringify(markdown)}`);
  return toMicromark;
}

const FIXTURES = path.join(ROOT, 'tests/fixtures');
const wikiSeeds = [WIKI_SEED, ...fs.readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(FIXTURES, f))].map((f) =>
  fs.readFileSync(f, 'utf8'),
);

/** Pieces that open, close or almost open markdown constructs, and plain text around them. */
const TOKENS = [
  '中文', '越南', '。', '，', '（', '）', '「', '」', 'abc', 'X', '42', '2024年', ' ', '  ', '\t', '\u3000', '\u00a0',
  '\n', '\n', '\n\n', '\n\n', '\n   ', '\n    ', '\\', '\\[1\\]', '\\*', '\\\n', '*', '**', '***', '_', '__', '~', '~~',
  '`', '```', '[', ']', '(', ')', '[[', ']]', '"', "'", '<', '>', '<br>', '&', '&amp;', '&#123;', '#', '## ', '#\n',
  '!', '![a](b)', '|', '| a | b |\n|---|---|', '-', '- ', '---', '===', '+', '+ ', '=', ':', '.', '1.', '1. ', '2. ',
  '3) ', '10.', '> ', '@', 'a@b.co', 'www.', 'www.example.com', 'http://', 'https://x.org/a', '^', '[^1]', ']:',
  '[a](b)', '[a](b "t")', '[a](b "")', '[a](b \'t\')', '[a](<b c>)', '[標題](../Page/標題.md "wikilink")',
  '[a](https://zh.wikipedia.org/wiki/%E4%B8%AD)', '[a](b "t")', '[a] (b)', '[a](b c)', '[ a](b)', '[a ](b)', '[](b)',
  '*強調*', '**粗體**', '*a**', '**a*', '* a', '*a *', 'a*b*c', '中*文*字', '。*文*。', '[*a*](b)',
];

const markdownDoc = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Text the fast path reads itself, to mix with the rest. */
const PLAIN = ['中文', '越南', '。', '，', '（', '）', 'abc', '42', ' ', '\\[1\\]', '[a](b)', '[a](b "t")', '[標題](../Page/標題.md "wikilink")', '*強調*', '**粗體**'];

/** A document of whole blocks shaped like a wiki export: prose, headings, reference lists, blank lines between. */
const line = fc
  .array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...TOKENS.filter((t) => !t.includes('\n'))) }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((p) => p.join(''));
const block = fc.oneof(
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')),
  line.map((l) => `## ${l}`),
  fc
    .array(fc.tuple(fc.nat(12), fc.constantFrom('.', '.', ')'), fc.constantFrom('  ', ' ', '', '    '), line, fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 4 })
    .map((items) => items.map(([n, d, sp, l, gap]) => `${n}${d}${sp}${sp ? l : ''}${gap}`).join('')),
);
const blockDoc = fc
  .array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\n \n')), { maxLength: 8 })
  .map((blocks) => blocks.map(([b, gap]) => b + gap).join(''));

describe('markdown parse fast path', () => {
  it('gives micromark’s tree for the wiki seeds and fixtures, reading most of the seed itself', () => {
    assert.ok(wikiSeeds.length >= 2);
    for (const seed of wikiSeeds) assertSameTree(seed);
    const seed = fs.readFileSync(WIKI_SEED, 'utf8');
    const toMicromark = assertSameTree(seed);
    assert.ok(toMicromark < seed.length / 2, `micromark read ${toMicromark} of ${seed.length} characters`);
  });

  it('reads plain prose, headings and reference lists without micromark', () => {
    const plain = '越南是東南亞國家。\n首都是[河內](../Page/河內.md "wikilink")，\\[1\\]\n\n## 歷史\n\n1.  [來源](https://example.org/a "題")\n2.\n3.  另一個來源\n';
    assert.equal(assertSameTree(plain), 0);
  });

  it('gives micromark’s tree for random markdown', () => {
    fc.assert(fc.property(markdownDoc, (doc) => void assertSameTree(doc)), { numRuns: 3000 });
  });

  it('gives micromark’s tree for random block-shaped documents', () => {
    let direct = 0;
    fc.assert(
      fc.property(blockDoc, (doc) => {
        if (assertSameTree(doc) < doc.length) direct++;
      }),
      { numRuns: 3000 },
    );
    // The property means something only if the fast path reads some of these documents.
    assert.ok(direct > 300, `the fast path read part of only ${direct} documents`);
  });

  it('gives micromark’s tree for the seed with random insertions', () => {
    const seed = fs.readFileSync(WIKI_SEED, 'utf8');
    const edit = fc.array(fc.tuple(fc.nat(seed.length), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(edit, (edits) => {
        let doc = seed;
        for (const [at, token] of [...edits].sort((a, b) => b[0] - a[0])) doc = doc.slice(0, at) + token + doc.slice(at);
        assertSameTree(doc);
      }),
      { numRuns: 150 },
    );
  });
});
