/**
 * Long lists are split into pages, so that no page grows with the corpus:
 * the pager itself, and a site built from a generated corpus large enough to
 * split every list (timeline, news, articles, categories, entities).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { generateCorpus } from '../bench/corpus.ts';
import { checkSite, formatProblem } from '../src/check/index.ts';
import { buildSite } from '../src/site/build.ts';
import { categoryIds, sitePages } from '../src/site/pages.ts';
import { nthPagePath, PAGE_SIZE, pager, paginate } from '../src/site/paginate.ts';
import { relativeHref } from '../src/site/urls.ts';
import { uiStrings } from '../src/site/ui.ts';
import fc from 'fast-check';
import { axeViolations, build } from './helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the interface words', () => {
  it('are the mainland words in zh-Hans and Taiwan words in zh-Hant, not one converted into the other', () => {
    const text = (v: 'zh-Hant' | 'zh-Hans') => Object.values(uiStrings(v)).join('\n');
    // Taiwan words written in Simplified characters read as foreign on the mainland.
    for (const word of ['搜寻', '导览', '报导', '资料下载', '档案', '连结', '伺服器', '透过']) assert.ok(!text('zh-Hans').includes(word), word);
    for (const word of ['搜索', '导航', '报道', '数据', '链接']) assert.ok(text('zh-Hans').includes(word), word);
    for (const word of ['搜尋', '導覽', '報導']) assert.ok(text('zh-Hant').includes(word), word);
    assert.equal(uiStrings('zh-Hans').search, '搜索');
  });
});

describe('the pager', () => {
  it('keeps the first page at the list\'s own URL and numbers the rest', () => {
    assert.equal(nthPagePath('/zh-hant/news/index.html', 1), '/zh-hant/news/index.html');
    assert.equal(nthPagePath('/zh-hant/news/index.html', 2), '/zh-hant/news/index--2.html');
    assert.equal(nthPagePath('/zh-hans/categories/e-yue-guan-xi.html', 3), '/zh-hans/categories/e-yue-guan-xi--3.html');
  });

  it('splits a list into pages of the given size, every item once, in order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10, '/x/index.html');
    assert.deepEqual(pages.map((p) => p.items.length), [10, 10, 3]);
    assert.deepEqual(pages.flatMap((p) => p.items), items);
    assert.deepEqual(pages.map((p) => p.url), ['/x/index.html', '/x/index--2.html', '/x/index--3.html']);
    assert.equal(pages[0]!.pager?.prev, undefined);
    assert.equal(pages[0]!.pager?.next, '/x/index--2.html');
    assert.equal(pages[2]!.pager?.prev, '/x/index--2.html');
    assert.equal(paginate(items, 30, '/x/index.html')[0]!.pager, undefined, 'one page has no pager');
    assert.equal(paginate([], 30, '/x/index.html').length, 1, 'an empty list still has its page');
  });

  it('shows the first, the last and the pages near the current one, with gaps', () => {
    const p = pager(10, 20, (n) => `/p${n}`)!;
    assert.deepEqual(p.links.map((l) => l.number ?? '…'), [1, '…', 8, 9, 10, 11, 12, '…', 20]);
    assert.deepEqual(p.links.filter((l) => l.current).map((l) => l.number), [10]);
    assert.deepEqual(pager(2, 4, (n) => `/p${n}`)!.links.map((l) => l.number ?? '…'), [1, 2, 3, 4]);
  });
});

describe('relative links', () => {
  it('resolve, from any page, to the page and anchor they name', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
    const page = fc.tuple(fc.array(segment, { maxLength: 3 }), segment).map(([dirs, name]) => `/${[...dirs, `${name}.html`].join('/')}`);
    fc.assert(
      fc.property(page, page, fc.option(segment, { nil: undefined }), (from, to, anchor) => {
        const href = relativeHref(from, anchor ? `${to}#${anchor}` : to);
        assert.ok(!href.startsWith('/'), href);
        const resolved = new URL(href, `https://host/base${from}`);
        assert.equal(resolved.pathname, `/base${to}`);
        assert.equal(resolved.hash, anchor ? `#${anchor}` : '');
      }),
    );
  });
});

describe('category pages', () => {
  const category = (name: string) => `[Category:${name}](https://zh.wikipedia.org/wiki/Category:${name} "wikilink")`;
  const seed = (title: string, categories: string[]) => `---\nkind: wiki\n---\n# ${title}\n\n**${title}**是一個測試條目。\n\n${categories.map(category).join('\n')}\n`;

  it('give names that share a pinyin their own ids, the first to appear keeping it, and one id to a name in either script', () => {
    const id = categoryIds([{ categories: ['北京', '经济', 'Index'] }, { categories: ['背景', '經濟', '北京', 'index', '背景'] }]);
    assert.deepEqual(['北京', '背景', '经济', '經濟', 'Index', 'index'].map(id), ['bei-jing', 'bei-jing-2', 'jing-ji', 'jing-ji', 'index-category', 'index-category-2']);
    const reversed = categoryIds([{ categories: ['背景'] }, { categories: ['北京'] }]);
    assert.deepEqual(['背景', '北京'].map(reversed), ['bei-jing', 'bei-jing-2'], 'corpus order decides, not the name');
  });

  it('list every article of a category on its page, and link each article to its categories\' pages', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'categories-'));
    try {
      fs.writeFileSync(path.join(tmp, 'a.md'), seed('甲條目', ['北京', '经济']));
      fs.writeFileSync(path.join(tmp, 'b.md'), seed('乙條目', ['背景', '經濟', '北京', '经济']));
      const pages = sitePages(buildSite(tmp).model);
      for (const v of ['zh-hant', 'zh-hans']) {
        const lists = pages.articleLists.filter((p) => p.url.startsWith(`/${v}/categories/`));
        const members = Object.fromEntries(lists.map((p) => [p.url, p.articles.map((a) => a.slug).sort()]));
        assert.deepEqual(members, {
          [`/${v}/categories/bei-jing.html`]: ['jia-tiao-mu', 'yi-tiao-mu'],
          [`/${v}/categories/bei-jing-2.html`]: ['yi-tiao-mu'],
          [`/${v}/categories/jing-ji.html`]: ['jia-tiao-mu', 'yi-tiao-mu'],
        });
        const index = pages.categoryIndexes.find((p) => p.url.startsWith(`/${v}/`))!;
        assert.deepEqual(index.categories.map((c) => c.url).sort(), Object.keys(members).sort());
        const b = pages.articles.find((p) => p.url === `/${v}/articles/yi-tiao-mu.html`)!;
        assert.deepEqual(b.article.categories.map((c) => c.url), ['bei-jing-2', 'jing-ji', 'bei-jing'].map((id) => `/${v}/categories/${id}.html`));
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('a site from a corpus too large for one page per list', { timeout: 300_000 }, () => {
  let tmp: string;
  let out: string;
  const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
  const list = (rel: string) => fs.readdirSync(path.join(out, rel));

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'));
    generateCorpus(300, path.join(tmp, 'seeds'));
    out = path.join(tmp, 'site');
    const run = build(path.join(tmp, 'seeds'), out);
    assert.equal(run.status, 0, run.stderr);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('passes the post-build checks: every link and anchor resolves, every page in both scripts', async () => {
    assert.deepEqual((await checkSite(out)).map((p) => formatProblem(p)), []);
  });

  it('splits the timeline into periods, and every event on a period page is linked from its article', () => {
    const index = read('zh-hant/timeline/index.html');
    assert.doesNotMatch(index, /class="event"/, 'the first page of a split timeline lists periods, not events');
    const periodLinks = (html: string) => [...html.matchAll(/href="((?:\d{4}s|\d{4}(?:-\d+)?|undated(?:-\d+)?)\.html)"/g)].map((m) => m[1]!);
    assert.ok(periodLinks(index).length > 1, 'several periods');
    // Every period page is reached from the first page through the period links (decades, years, parts, prev and next).
    const seen = new Set<string>();
    const queue = periodLinks(index);
    let events = 0;
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const html = read(`zh-hant/timeline/${file}`);
      const n = (html.match(/<li class="event"/g) ?? []).length;
      assert.ok(n > 0 && n <= PAGE_SIZE.events, `${file}: ${n} events`);
      const nav = /<nav class="periods"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      assert.ok(periodLinks(nav).length <= 100 + 10 + 2 * 10 + 1, `${file}: a bounded period list`);
      events += n;
      queue.push(...periodLinks(html));
    }
    const data = JSON.parse(read('data/events.json')) as { items: { timeline: Record<string, string> }[] };
    assert.equal(events, data.items.length, 'every event on exactly one period page');
    assert.ok(data.items.every((e) => !e.timeline['zh-Hant']!.startsWith('zh-hant/timeline/index.html')));
  });

  it('pages the news index, the article index and the entity kinds, each page within its size', () => {
    const news = list('zh-hans/news').filter((f) => /^index(--\d+)?\.html$/.test(f));
    assert.ok(news.length > 1);
    for (const f of news) {
      const html = read(`zh-hans/news/${f}`);
      assert.ok((html.match(/<li class="card"/g) ?? []).length <= PAGE_SIZE.cards);
      assert.match(html, /<nav class="pager"/);
    }
    const cards = news.reduce((n, f) => n + (read(`zh-hans/news/${f}`).match(/<li class="card"/g) ?? []).length, 0);
    const articles = JSON.parse(read('data/articles.json')) as { items: { kind: string }[] };
    assert.equal(cards, articles.items.filter((a) => a.kind !== 'wiki').length, 'every report and brief listed once');
    const home = read('zh-hant/index.html');
    assert.ok((home.match(/<li class="card"/g) ?? []).length <= 30, 'the home page shows a bounded selection');
  });

  it('has no axe-core violations on the pages only a large site has: split timeline, period page, pager', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const period = /href="(\d{4}s?\.html)"/.exec(read('zh-hant/timeline/index.html'))![1]!;
      for (const file of ['zh-hant/timeline/index.html', `zh-hant/timeline/${period}`, 'zh-hans/news/index--2.html', 'zh-hant/categories/index.html']) {
        const page = await browser.newPage({ bypassCSP: true });
        await page.goto(pathToFileURL(path.join(out, file)).href);
        assert.deepEqual(await axeViolations(page), [], file);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('keeps every page small: none above 400 KB', () => {
    const big: string[] = [];
    for (const e of fs.readdirSync(out, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.html')) continue;
      const file = path.join(e.parentPath, e.name);
      if (fs.statSync(file).size > 400_000) big.push(path.relative(out, file));
    }
    assert.deepEqual(big, []);
  });
});
