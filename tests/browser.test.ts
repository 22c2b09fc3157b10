/// <reference lib="dom" />
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { axeViolations, build, ROOT, serve } from './helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTEFACTS = path.join(ROOT, 'test-results', 'screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-browser-'));
const out = path.join(tmp, '_site');

describe('the article in a real browser', () => {
  let browser: Browser;
  before(async () => {
    const r = build(path.join(ROOT, 'seeds'), out);
    assert.equal(r.status, 0, r.stderr);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    fs.mkdirSync(ARTEFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const url = (variant: string) => pathToFileURL(path.join(out, variant, 'articles', 'e-yue-guan-xi.html')).href;

  it('follows a footnote to its note and comes back to the citation', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hant'));
    await page.click('a#fnref-12');
    assert.match(page.url(), /#fn-12$/);
    assert.ok(await page.locator('#fn-12').isVisible());
    await page.click('#fn-12 a[role="doc-backlink"]');
    assert.match(page.url(), /#fnref-12$/);
    assert.ok(await page.locator('#fnref-12').isVisible());
    await page.close();
  });

  it('follows a date to its timeline event and the event back to its sentence', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hant'));
    await page.click('a.date:has(time[datetime="1987"])');
    assert.match(page.url(), /\/zh-hant\/timeline\/index\.html#ev-e-yue-guan-xi-\d+$/);
    const event = page.locator(':target');
    assert.match((await event.textContent()) ?? '', /1987年/);
    await event.locator('.event-meta a').first().click();
    assert.match(page.url(), /\/zh-hant\/articles\/e-yue-guan-xi\.html#at-ev-e-yue-guan-xi-\d+$/);
    assert.equal(await page.locator(':target time').getAttribute('datetime'), '1987');
    await page.close();
  });

  it('switches script and lands on the same article', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hant'));
    await page.click('.script-switch a[hreflang="zh-Hans"]');
    assert.match(page.url(), /\/zh-hans\/articles\/e-yue-guan-xi\.html$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    assert.equal(await page.textContent('h1'), '俄越关系');
    await page.close();
  });

  for (const prefix of ['/', '/some/sub/path/']) {
    it(`finds pages from a query in either script, and every menu link works, on a site served at ${prefix === '/' ? 'a domain root' : 'a sub-path'}`, async () => {
      const host = await serve(out, prefix);
      try {
        for (const [variant, query, expect] of [
          ['zh-hant', '拉夫罗夫', '拉夫羅夫'],
          ['zh-hans', '拉夫羅夫', '拉夫罗夫'],
          ['zh-hant', '越南', '越南'],
        ] as const) {
          const page = await browser.newPage();
          await page.goto(`${host.url}${variant}/search.html?q=${encodeURIComponent(query)}`);
          const first = page.locator('#search-results li a').first();
          await first.waitFor({ timeout: 15000 });
          const text = await page.locator('#search-results').textContent();
          assert.ok(text?.includes(expect), `${variant} ${query}: ${text?.slice(0, 200)}`);
          assert.ok((await first.getAttribute('href'))?.startsWith(`${prefix}${variant}/`), `${prefix}: ${await first.getAttribute('href')}`);
          await first.click();
          await page.waitForLoadState();
          assert.equal(await page.getAttribute('html', 'lang'), variant === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
          await page.close();
        }
        const context = await browser.newContext({ locale: 'zh-CN' });
        const page = await context.newPage();
        await page.goto(`${host.url}index.html`);
        await page.waitForURL(`${host.url}zh-hans/index.html`);
        for (const href of await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          const response = await page.goto(href);
          assert.equal(response?.status(), 200, href);
        }
        await context.close();
        assert.deepEqual(host.misses.filter((m) => !m.endsWith('favicon.ico')), []);
      } finally {
        await host.close();
      }
    });
  }

  it('finds a name whose character has two forms in one script, and shows each result as its page prints it', async () => {
    const host = await serve(out, '/');
    try {
      const results = async (variant: string, query: string) => {
        const page = await browser.newPage();
        await page.goto(`${host.url}${variant}/search.html?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => {
          const status = document.getElementById('search-status')!;
          return document.querySelector('#search-results li') || status.textContent === status.dataset.none;
        });
        const items = await page.locator('#search-results li').evaluateAll((lis) =>
          lis.map((li) => ({ title: li.querySelector('h3')!.textContent ?? '', href: new URL(li.querySelector('a')!.href).pathname, text: li.textContent ?? '' })),
        );
        await page.close();
        return items;
      };
      // 范 stays 范 in the name on zh-Hant pages (範 elsewhere), 里 in 德米特里 (裡 elsewhere), 准 in 批准 (準 elsewhere).
      for (const [variant, query, title] of [
        ['zh-hant', '范明政', '越南政府總理范明政會見旅居南非越南人社群'],
        ['zh-hant', '範明政', '越南政府總理范明政會見旅居南非越南人社群'],
        ['zh-hans', '范明政', '越南政府总理范明政会见旅居南非越南人社群'],
        ['zh-hant', '德米特里', '德米特里·梅德韋傑夫'],
        ['zh-hans', '德米特里', '德米特里·梅德韦杰夫'],
        ['zh-hant', '批准', '俄越關係'],
      ] as const) {
        const found = await results(variant, query);
        assert.ok(found.some((r) => r.title === title), `${variant} ${query}: ${JSON.stringify(found.map((r) => r.title))}`);
        if (variant === 'zh-hant') assert.ok(found.every((r) => !/範明政|德米特裡/.test(r.text)), `${query}: a zh-Hant result is shown as its page prints it`);
      }
      // An entity page is found by its name, not by the names it lists as related.
      const lavrov = await results('zh-hant', '拉夫罗夫');
      assert.ok(lavrov.some((r) => r.href.endsWith('/entities/la-fu-luo-fu.html')), JSON.stringify(lavrov));
      assert.ok(lavrov.every((r) => !r.href.includes('/entities/') || r.href.endsWith('/entities/la-fu-luo-fu.html')), JSON.stringify(lavrov.map((r) => r.href)));
    } finally {
      await host.close();
    }
  });

  it('gives the same results from a search index split into parts as from one index', async () => {
    const split = path.join(tmp, '_site-split');
    const r = build(path.join(ROOT, 'seeds'), split, '--search-part-pages', '10');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(split, 'pagefind-3', 'pagefind.js')), 'the index is in three parts');
    const [whole, parts] = [await serve(out, '/'), await serve(split, '/sub/')];
    try {
      const results = async (host: { url: string }, query: string) => {
        const page = await browser.newPage();
        await page.goto(`${host.url}zh-hant/search.html?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => {
          const status = document.getElementById('search-status')!;
          return document.querySelector('#search-results li') || status.textContent === status.dataset.none;
        });
        const hrefs = await page.locator('#search-results li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/sub\//, '/')));
        await page.close();
        return hrefs.sort();
      };
      // 普京访问: two words with no space between them, which no page has in a row (it has 普京正式訪問).
      for (const query of ['拉夫罗夫', '河內', '外交部長', '蘇聯 越南', 'G20', '金蘭灣', '莫斯科', '普京访问', '越南外交部']) {
        const expected = await results(whole, query);
        assert.ok(expected.length > 0 && expected.length < 20, `${query}: ${expected.length} results`);
        assert.deepEqual(await results(parts, query), expected, query);
      }
      assert.deepEqual([...whole.misses, ...parts.misses].filter((m) => !m.endsWith('favicon.ico')), []);
    } finally {
      await whole.close();
      await parts.close();
    }
  });

  it('sends the root page to the script the browser asks for, and works without JavaScript', async () => {
    for (const [locale, expected] of [['zh-TW', 'zh-hant'], ['zh-HK', 'zh-hant'], ['zh-CN', 'zh-hans'], ['zh-SG', 'zh-hans']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
      await page.waitForURL(new RegExp(`${expected}/index\\.html$`));
      await context.close();
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    assert.deepEqual(await page.locator('.script-choice a').allTextContents(), ['繁體', '简体']);
    await context.close();
  });

  const PAGE_TYPES: readonly [string, string][] = [
    ['root', 'index.html'],
    ['home', 'VARIANT/index.html'],
    ['article', 'VARIANT/articles/e-yue-guan-xi.html'],
    ['news', 'VARIANT/articles/e-luo-si-wai-zhang-dui-yue-e-guan-xi-ji-yu-ji-ji-ping-jia.html'],
    ['brief', 'VARIANT/articles/g20-feng-hui-fan-ming-zheng-hui-jian-duo-guo-he-guo-ji-zu.html'],
    ['news-index', 'VARIANT/news/index.html'],
    ['entity', 'VARIANT/entities/la-fu-luo-fu.html'],
    ['entity-index', 'VARIANT/entities/index.html'],
    ['article-index', 'VARIANT/articles/index.html'],
    ['category', 'VARIANT/categories/e-yue-guan-xi.html'],
    ['category-index', 'VARIANT/categories/index.html'],
    ['timeline', 'VARIANT/timeline/index.html'],
    ['timeline-topic', 'VARIANT/timeline/topic-jun-shi-guan-xi.html'],
    ['search', 'VARIANT/search.html'],
    ['not-found', '404.html'],
  ];

  it('has no axe-core violations on any page type, in light and dark schemes', async () => {
    for (const [name, file] of PAGE_TYPES) {
      for (const variant of file.includes('VARIANT') ? ['zh-hant', 'zh-hans'] : ['-']) {
        for (const colorScheme of ['light', 'dark'] as const) {
          // axe is injected as an inline script, which the site's own CSP rightly forbids.
          const page = await browser.newPage({ colorScheme, bypassCSP: true });
          await page.goto(pathToFileURL(path.join(out, file.replace('VARIANT', variant))).href);
          assert.deepEqual(await axeViolations(page), [], `${name} ${variant} ${colorScheme}`);
          await page.close();
        }
      }
    }
  });

  it('reads well at phone and desktop widths (screenshots of every page type kept as test artefacts)', async () => {
    for (const [size, width] of [['phone', 390], ['desktop', 1280]] as const) {
      for (const [name, file] of PAGE_TYPES) {
        for (const variant of file.includes('VARIANT') ? ['zh-hant', 'zh-hans'] : ['-']) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(pathToFileURL(path.join(out, file.replace('VARIANT', variant))).href);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${name} ${variant} at ${width}px scrolls sideways by ${overflow}px`);
          await page.screenshot({ path: path.join(ARTEFACTS, `${name}-${variant === '-' ? 'root' : variant}-${size}.png`), fullPage: true });
          await page.close();
        }
      }
    }
  });
});
