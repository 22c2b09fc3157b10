/**
 * Conversion throughput against plain opencc-js on the same text: the two
 * seeds, converted text by text as the site converts them. Reports
 * characters per second (median of rounds taken in turns) for each target,
 * with and without protection (names, glossary, rules), and checks the
 * budget: protected conversion keeps at least 75% of plain opencc-js's
 * throughput. Also reports the time of converting the seeds' articles as
 * their pages do (each text node read with its paragraph), into both
 * scripts.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { collectNames, convertArticle, createConverter, loadGlossary, type ConvertTarget } from '../src/convert/index.ts';
import { ingestSeed, readSeed } from '../src/ingest/index.ts';

const SEEDS = 'seeds';
const BUDGET = 0.75;
const ROUNDS = 7;
const ROUND_MS = 150;

const files = fs.readdirSync(SEEDS).filter((f) => /\.(txt|md|markdown)$/.test(f)).map((f) => path.join(SEEDS, f));
const lines = files.flatMap((f) => fs.readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')).filter((l) => l.trim());
const chars = lines.reduce((n, l) => n + l.length, 0);

function time<T>(make: () => T): [T, number] {
  const t0 = performance.now();
  const value = make();
  return [value, performance.now() - t0];
}

/** Median characters per second of each function, over ROUNDS rounds that take turns (so that none runs on a warmer or colder engine). */
function throughput(fns: readonly ((s: string) => string)[]): number[] {
  for (const fn of fns) for (const l of lines) fn(l);
  const rates = fns.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, i) => {
      let done = 0;
      const t0 = performance.now();
      let elapsed = 0;
      while (elapsed < ROUND_MS) {
        for (const l of lines) fn(l);
        done += chars;
        elapsed = performance.now() - t0;
      }
      rates[i]!.push(done / (elapsed / 1000));
    });
  }
  return rates.map((r) => r.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!);
}

const [plainHant, plainBuild] = time(() => OpenCC.Converter({ from: 'cn', to: 'tw' }));
const plain: Record<ConvertTarget, (s: string) => string> = {
  'zh-Hant': plainHant,
  'zh-Hans': OpenCC.Converter({ from: 'tw', to: 'cn' }),
  'zh-TW': OpenCC.Converter({ from: 'cn', to: 'twp' }),
  'zh-HK': OpenCC.Converter({ from: 'cn', to: 'hkp' }),
};
const [bare, bareBuild] = time(() => {
  const c = createConverter({ protect: false });
  for (const target of ['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK'] as const) c.convert('测试', target);
  return c;
});
const articles = files.flatMap((f) => ingestSeed(readSeed(f)));
const [names, namesTime] = time(() => collectNames(articles));
const [full, fullBuild] = time(() => createConverter({ glossary: loadGlossary(SEEDS).glossary, names }));

const fmt = (n: number) => `${(n / 1e6).toFixed(2)} M chars/s`;
console.log(`text: ${lines.length} lines, ${chars} characters (${files.length} seeds)`);
console.log(`build: opencc-js s2tw ${plainBuild.toFixed(0)} ms; ours, all tables ${bareBuild.toFixed(0)} ms; corpus names ${namesTime.toFixed(0)} ms (${names.people.length} people, ${names.entities.length} entities); protected converter ${fullBuild.toFixed(0)} ms`);
console.log('');
console.log('target   | opencc-js         | ours, no protection | ours, protected   | protected / opencc-js | protected / no protection');
let ok = true;
for (const target of ['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK'] as const) {
  const [p, b, f] = throughput([plain[target], (s) => bare.convert(s, target), (s) => full.convert(s, target)]) as [number, number, number];
  if (f / p < BUDGET) ok = false;
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  console.log(`${target.padEnd(8)} | ${fmt(p).padEnd(17)} | ${fmt(b).padEnd(19)} | ${fmt(f).padEnd(17)} | ${pct(f / p).padEnd(21)} | ${pct(f / b)}`);
}

// Whole articles, as pages convert them: text nodes with their paragraph's script and neighbours.
const pass = () => {
  for (const a of articles) for (const v of ['zh-Hant', 'zh-Hans'] as const) convertArticle(a, v, full);
};
for (let i = 0; i < 20; i++) pass();
const passes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const [, ms] = time(() => {
    for (let i = 0; i < 20; i++) pass();
  });
  passes.push(ms / 20);
}
console.log('');
console.log(`articles: ${articles.length}, into both scripts: ${passes.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!.toFixed(2)} ms (median of ${ROUNDS})`);
console.log('');
console.log(`${ok ? 'PASS' : 'FAIL'}: protected conversion keeps at least ${BUDGET * 100}% of plain opencc-js throughput`);
process.exit(ok ? 0 : 1);
