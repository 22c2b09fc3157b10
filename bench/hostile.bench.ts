/**
 * Hostile markdown, each case a wiki seed of 1 MiB (the largest a seed may
 * be), through the ingest: the markdown guard (src/ingest/wiki/guard.ts) keeps
 * each to about the time of ordinary text. Prints seconds per case and the
 * notices it gave; exits non-zero when a case takes longer than TARGET_S.
 * `npx tsx bench/hostile.bench.ts [NAME…]` runs the cases whose name holds
 * one of the arguments.
 */
import { ingestSeed } from '../src/ingest/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';

const SIZE = 1024 * 1024 - 64;
const TARGET_S = 5;
const repeat = (unit: string, pre = '') => pre + unit.repeat(Math.floor((SIZE - pre.length) / unit.length));
const lines = (line: string, pre = '') => pre + `${line}\n`.repeat(Math.floor((SIZE - pre.length) / Buffer.byteLength(`${line}\n`)));

const CASES: Record<string, string> = {
  'one run of backticks': '`'.repeat(SIZE),
  'unclosed code spans (`a )': repeat('`a '),
  'emphasis closers with no opener (a_ )': repeat('a_ '),
  'mismatched emphasis (*a_ )': repeat('*a_ '),
  'brackets closing nothing (a])': repeat('a]'),
  'an open bracket before many words ([ a a)': repeat(' a', '['),
  'escapes between words (a\\_ )': repeat('a\\_ '),
  'unclosed HTML comments (<!--)': repeat('<!--', '</'),
  'brackets nested deep ([[[)': `${'['.repeat(SIZE - 1)}a`,
  'a quote of many lines (> 行 a)': lines('> 行 a'),
  'lazy lines after a list item (- 甲, 乙 b)': lines('乙 b', '- 甲\n'),
  'block quotes each after a blank line (> 字)': lines('> 字\n'),
  'footnote definitions ([^n]: 註)': Array.from({ length: 50_000 }, (_, i) => `[^${i + 1}]: 註${i + 1}`).join('\n'),
  'pipe lines of an infobox left open (|a = 1)': lines('|a = 1'),
};

const only = process.argv.slice(2);
let slow = 0;
for (const [name, body] of Object.entries(CASES)) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const start = performance.now();
  const seed = parseSeed('hostile.md', `---\nkind: wiki\n---\n**測試**是一個頁面。\n\n${body}\n`);
  ingestSeed(seed);
  const seconds = (performance.now() - start) / 1000;
  if (seconds > TARGET_S) slow++;
  const notices = seed.file.messages.length;
  console.log(`${name}: ${seconds.toFixed(2)} s, ${(Buffer.byteLength(body) / 2 ** 20).toFixed(2)} MiB, ${notices} notice${notices === 1 ? '' : 's'}${seconds > TARGET_S ? `  (over the ${TARGET_S} s target)` : ''}`);
}
process.exit(slow ? 1 : 0);
