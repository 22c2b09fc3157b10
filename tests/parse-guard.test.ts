/**
 * The markdown guard (src/ingest/wiki/guard.ts) against markup that makes
 * micromark's reading super-linear: each hostile seed is ingested (at about
 * 200 KiB, where the unguarded parse took seconds to minutes; timings live in
 * benchmarks, not here), keeps its text as text and is warned about at its
 * line; ordinary markdown goes through unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { ingestSeed } from '../src/ingest/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { guardMarkdown, MAX_UNCLOSED, PIECE_LINES, restoreHidden, stretches } from '../src/ingest/wiki/guard.ts';
import { parseMarkdown, parseWithMicromark } from '../src/ingest/wiki/parse.ts';
import type { Article } from '../src/model/index.ts';
import { allBlocks, inlineText, rawSeedText, WIKI_SEED } from './helpers.ts';

const SIZE = 200 * 1024;
const LEAD = '**測試**是一個頁面。';
/** The line (in the file) where the body given to `ingest` starts: after three lines of front matter, the lead and a blank line. */
const BODY_LINE = 6;

function ingest(body: string): { article: Article; warnings: { file: string | undefined; line: number | undefined; reason: string }[] } {
  const seed = parseSeed('hostile.md', `---\nkind: wiki\n---\n${LEAD}\n\n${body}\n`);
  const [article] = ingestSeed(seed);
  assert.ok(article);
  assert.deepEqual(
    seed.file.messages.filter((m) => m.fatal),
    [],
  );
  return { article, warnings: seed.file.messages.map((m) => ({ file: m.file, line: m.line ?? undefined, reason: m.reason })) };
}

/** The text of the article after its lead sentence, blocks joined by line breaks. */
function bodyText(article: Article): string {
  return allBlocks(article)
    .slice(1)
    .map((b) => {
      if (b.type === 'paragraph') return inlineText(b.children);
      if (b.type === 'quote') return b.children.map((c) => (c.type === 'paragraph' ? inlineText(c.children) : '')).join('\n');
      return '';
    })
    .join('\n');
}

const repeat = (unit: string, pre = '') => pre + unit.repeat(Math.floor((SIZE - pre.length) / unit.length));
const growing = () => {
  let out = '';
  for (let i = 1; out.length < SIZE / 4; i++) out += `e${'`'.repeat(i)}`;
  return out;
};

/** Hostile one-line paragraphs, and the text they must show (as written, unless said otherwise). */
const HOSTILE: Record<string, { body: string; text?: string }> = {
  'unclosed code spans (`a)': { body: repeat('`a ') },
  'backtick runs of growing length': { body: growing() },
  'code spans and an unclosed run (`a``)': { body: repeat('`a``') },
  'emphasis closers with no opener (a_)': { body: repeat('a_ ') },
  'mismatched emphasis (*a_)': { body: repeat('*a_ ') },
  'openers and closers a multiple of three apart (a**b c*)': { body: repeat('c* ', 'a**b') },
  'brackets closing nothing (a])': { body: repeat('a]') },
  'unclosed link destinations ([甲](<b)': { body: repeat('[甲](<b') },
  'image openers (![)': { body: repeat('![') },
  'unclosed HTML comments (<!--)': { body: repeat('<!--', '</') },
  'unclosed declarations (<!A)': { body: repeat('a <!A ') },
  'unclosed CDATA (<![CDATA[)': { body: repeat('a <![CDATA[') },
  'unclosed processing instructions (<?)': { body: repeat('a <?') },
  'escapes between words (a\\_)': { body: repeat('a\\_ '), text: 'a_ '.repeat(SIZE / 4) },
  'an open bracket before many words ([ a a a)': { body: repeat(' a', '[') },
};

describe('the markdown guard against super-linear parsing', () => {
  for (const [name, { body, text }] of Object.entries(HOSTILE)) {
    it(`${name}: read as text, with a warning at its line`, () => {
      const { article, warnings } = ingest(body);
      assert.equal(bodyText(article), (text ?? body).trim());
      const guard = warnings.filter((w) => /markup nested too deeply or too dense to read safely/.test(w.reason));
      assert.deepEqual(
        guard.map((w) => ({ file: w.file, line: w.line })),
        [{ file: 'hostile.md', line: BODY_LINE }],
      );
    });
  }

  it('a quote thousands of lines long is read in pieces, its text kept, with a warning at the first cut', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `> 第${i}行 a`);
    const { article, warnings } = ingest(lines.join('\n'));
    const quotes = allBlocks(article).filter((b) => b.type === 'quote');
    assert.equal(quotes.length, 20_000 / PIECE_LINES);
    assert.equal(bodyText(article).replace(/\s/g, ''), lines.map((l) => l.slice(2)).join('').replace(/\s/g, ''));
    const guard = warnings.filter((w) => /too dense to read safely/.test(w.reason));
    assert.deepEqual(
      guard.map((w) => w.line),
      [BODY_LINE + PIECE_LINES],
    );
  });

  it('a list item followed by tens of thousands of lazy lines: its marker is read as text', () => {
    const { article, warnings } = ingest(`- 甲\n${'乙 b\n'.repeat(40_000)}`);
    assert.equal(bodyText(article).replace(/\s/g, ''), `-甲${'乙b'.repeat(40_000)}`);
    assert.deepEqual(
      warnings.filter((w) => /too dense/.test(w.reason)).map((w) => w.line),
      [BODY_LINE],
    );
  });

  it('tens of thousands of block quotes and setext headings: those past the limit are read as text', () => {
    for (const [unit, shown] of [
      ['> 字\n\n', '> 字'],
      ['字\n===\n\n', '字 ==='],
    ] as const) {
      const { article, warnings } = ingest(unit.repeat(20_000));
      const guard = warnings.filter((w) => /too dense/.test(w.reason));
      assert.equal(guard.length, 1);
      // The first ones, up to the limit, keep their form.
      assert.ok(guard[0]!.line! > BODY_LINE + 1000, `${unit}: ${guard[0]!.line}`);
      const last = allBlocks(article).at(-1)!;
      assert.ok(last.type === 'paragraph' && inlineText(last.children) === shown, JSON.stringify(unit));
    }
  });

  it('tens of thousands of footnote definitions are read as text', () => {
    const { article, warnings } = ingest(Array.from({ length: 20_000 }, (_, i) => `[^${i + 1}]: 註${i + 1}`).join('\n'));
    assert.ok(warnings.some((w) => /too dense/.test(w.reason) && w.line === BODY_LINE));
    assert.match(bodyText(article), /註1\b/);
    assert.match(bodyText(article), /註20000/);
  });

  it(`leaves up to ${MAX_UNCLOSED} unclosed openers in a paragraph as micromark reads them`, () => {
    // Of the runs of one length on a line, only the last one closes nothing.
    const few = `${'`a '.repeat(10)}${'<!-- '.repeat(MAX_UNCLOSED - 1)}文字`;
    assert.deepEqual(guardMarkdown(few), { text: few, lines: [], cuts: [], hidden: false });
    const many = Array.from({ length: MAX_UNCLOSED + 1 }, (_, i) => `e${'`'.repeat(i + 1)}`).join('');
    assert.deepEqual(guardMarkdown(many).lines, [1]);
  });

  it('leaves ordinary markdown as it is: the seed, code spans, emphasis, links, lists, quotes and long tables', () => {
    const link = (i: number) => `[條目${i}](https://zh.wikipedia.org/wiki/條目${i} "wikilink")`;
    const docs = [
      rawSeedText(WIKI_SEED),
      '**越南**的`代碼`與*斜體*、~~刪除~~和[連結](https://example.org/)，\\[1\\]。\n\n> 引用的**文字**與`code`\n> 第二行\n\n- 項目 `a`\n  - 子項目 *b*\n1. 第一\n2. 第二\n',
      // A paragraph of 100 links, a list of 3,000 items and a table of 3,000 rows, all with links.
      Array.from({ length: 100 }, (_, i) => `${link(i)}與`).join(''),
      Array.from({ length: 3000 }, (_, i) => `- ${link(i)}與**粗體**`).join('\n'),
      ['| 名稱 | 說明 |', '|---|---|', ...Array.from({ length: 3000 }, (_, i) => `| ${link(i)} | \`代碼\` *說明* |`)].join('\n'),
      // 300 quotes, 300 setext headings and 1,000 footnotes cited twice each.
      Array.from({ length: 300 }, (_, i) => `> 引用${i}\n\n標題${i}\n---\n\n正文[^${i}][^${i + 1}]`).join('\n\n') +
        `\n\n${Array.from({ length: 1000 }, (_, i) => `[^${i}]: 註${i}`).join('\n')}`,
    ];
    for (const text of docs) assert.deepEqual(guardMarkdown(text), { text, lines: [], cuts: [], hidden: false });
    const { article, warnings } = ingest(docs[1]!);
    assert.deepEqual(
      warnings.filter((w) => /too dense/.test(w.reason)),
      [],
    );
    assert.ok(allBlocks(article).some((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'code' && c.value === '代碼')));
  });

  it('puts hidden characters back, reading a hidden backslash before punctuation as the escape it was', () => {
    const text = `${'\\[1\\] a\\_ `x` <b> &amp; '.repeat(3000)}`;
    const guarded = guardMarkdown(text);
    assert.ok(guarded.hidden);
    assert.equal(guarded.text.length, text.length, 'no character moves');
    assert.doesNotMatch(guarded.text, /[\\`*_~[\]!<&]/);
    const tree = parseMarkdown(guarded.text);
    restoreHidden(tree);
    const texts: string[] = [];
    const walk = (n: Nodes) => {
      if (n.type === 'text') texts.push(n.value);
      if ('children' in n) n.children.forEach(walk);
    };
    walk(tree);
    assert.equal(texts.join(''), '[1] a_ `x` <b> &amp; '.repeat(3000).trim());
  });

  it('parses a document in pieces at the cuts, with true positions', () => {
    const tree = parseMarkdown('> 甲\n> 乙\n> 丙\n丁', undefined, [2]);
    assert.deepEqual(
      tree.children.map((n) => [n.type, n.position!.start.line, n.position!.start.offset, n.position!.end.line]),
      [
        ['blockquote', 1, 0, 2],
        ['blockquote', 3, 8, 4],
      ],
    );
  });

  it('never splits a text micromark reads as one between two stretches', () => {
    const piece = fc.constantFrom('字 a', 'b', '| a | b |', '|---|---|', '| x |', 'a | b', '--- | ---', 'a \\| b', ':-: | -:', 'x |', '`x', '*y*', '[z](u)', '<div>', '    code', '');
    const prefix = fc.constantFrom('', '', '> ', '>', '> > ', ' ', '  ', '   ', '    ', '     ', '      ', '\t', '- ', '* ', '1. ', '2. ', '1) ', '3) ', '  - ', '   1. ', '    - ', '-\t', '# ', '***', '---', '===', '-', '1.');
    const line = fc.tuple(prefix, prefix, piece).map(([a, b, c]) => a + b + c);
    const doc = fc.array(line, { minLength: 1, maxLength: 14 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(doc, (md) => {
        const lines = md.split('\n');
        const owner = new Map<number, number>();
        let paragraph: number[] = [];
        let id = 0;
        const flush = () => {
          for (const s of stretches(lines, paragraph)) {
            id++;
            for (const l of s.lines) owner.set(l, id);
          }
          paragraph = [];
        };
        lines.forEach((l, i) => (l.trim() === '' ? flush() : paragraph.push(i)));
        flush();
        const walk = (n: Nodes) => {
          if ((n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') && n.position) {
            const first = n.position.start.line - 1;
            for (let l = first; l < n.position.end.line; l++) assert.equal(owner.get(l), owner.get(first), `${n.type} at line ${first + 1} of ${JSON.stringify(md)}`);
          }
          if ('children' in n) n.children.forEach(walk);
        };
        walk(parseWithMicromark(md));
      }),
      { numRuns: 3000 },
    );
  });
});
