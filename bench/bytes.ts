/**
 * The bytes a reader downloads for each page type of a built site (gzip, as
 * a static host sends them), for the table in the README.
 *
 *   npx tsx bench/bytes.ts [SITE_DIR]        (default _site)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const site = process.argv[2] ?? '_site';
const gz = (rel: string) => zlib.gzipSync(fs.readFileSync(path.join(site, rel)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The first file in a folder matching a test, for page types whose names depend on the corpus. */
function first(dir: string, test: (name: string) => boolean): string | undefined {
  const full = path.join(site, dir);
  if (!fs.existsSync(full)) return undefined;
  const name = fs.readdirSync(full).sort().find(test);
  return name ? path.join(dir, name) : undefined;
}

const articles = JSON.parse(fs.readFileSync(path.join(site, 'data/articles.json'), 'utf8')) as { items: { kind: string; urls: Record<string, string> }[] };
const articleOf = (kind: string) => articles.items.find((a) => a.kind === kind)?.urls['zh-Hant'];
const shared = gz('css/site.css') + gz('js/site.js');

const rows: [string, string | undefined][] = [
  ['home', 'zh-hant/index.html'],
  ['wiki article', articleOf('wiki')],
  ['news report', articleOf('news')],
  ['brief', articleOf('brief')],
  ['news index', 'zh-hant/news/index.html'],
  ['article index', 'zh-hant/articles/index.html'],
  ['entity page', first('zh-hant/entities', (n) => n !== 'index.html' && n.endsWith('.html'))],
  ['entity index', 'zh-hant/entities/index.html'],
  ['timeline', 'zh-hant/timeline/index.html'],
  ['timeline topic', first('zh-hant/timeline', (n) => n.startsWith('topic-'))],
  ['search, before a query', 'zh-hant/search.html'],
];

console.log(`stylesheet + js/site.js: ${kb(shared)} (cached after the first page)\n`);
console.log('| page | HTML | with CSS + JS |');
console.log('| --- | --- | --- |');
for (const [label, rel] of rows) {
  if (!rel || !fs.existsSync(path.join(site, rel))) continue;
  const html = gz(rel);
  console.log(`| ${label} (\`${rel}\`) | ${kb(html)} | ${kb(html + shared)} |`);
}
const search = ['js/search.js', 'js/script-chars.json', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js'].filter((f) => fs.existsSync(path.join(site, f)));
const wasm = fs.readdirSync(path.join(site, 'pagefind')).filter((f) => f.startsWith('wasm.'));
console.log(`\nsearch, first query: + ${search.map((f) => `${path.basename(f)} ${kb(gz(f))}`).join(', ')}, ${wasm.map((f) => `${f} ${kb(fs.statSync(path.join(site, 'pagefind', f)).size)}`).join(', ')}, then index chunks`);
