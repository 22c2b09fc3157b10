import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, ROOT } from './helpers.ts';
import { MARK_FILE, MARK_TEXT } from '../src/site/out-folder.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-e2e-'));
const out = path.join(tmp, '_site');


/** The text a reader sees: tags, scripts and styles removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('building the site end to end', () => {
  let result: ReturnType<typeof build>;
  before(() => {
    result = build(path.join(ROOT, 'seeds'), out);
  });

  const page = (variant: string) => fs.readFileSync(path.join(out, variant, 'articles', 'e-yue-guan-xi.html'), 'utf8');

  it('succeeds and writes the article in both scripts under the same slug', () => {
    assert.equal(result.status, 0, result.stderr);
    assert.ok(fs.existsSync(path.join(out, 'zh-hant/articles/e-yue-guan-xi.html')));
    assert.ok(fs.existsSync(path.join(out, 'zh-hans/articles/e-yue-guan-xi.html')));
    assert.ok(fs.existsSync(path.join(out, 'index.html')));
    assert.ok(fs.existsSync(path.join(out, 'css/site.css')));
  });

  it('marks each page with its language', () => {
    assert.match(page('zh-hant'), /<html lang="zh-Hant">/);
    assert.match(page('zh-hans'), /<html lang="zh-Hans">/);
  });

  it('converts text to each script: the title and body read in that script', () => {
    const hant = visibleText(page('zh-hant'));
    const hans = visibleText(page('zh-hans'));
    assert.match(hant, /<?俄越關係/);
    assert.match(hant, /越南社會主義共和國之間的雙邊關係/);
    assert.match(hans, /俄越关系/);
    assert.match(hans, /越南社会主义共和国之间的双边关系/);
    assert.doesNotMatch(hans, /關係|國|蘇聯/);
  });

  it('links each page to the same page in the other script, relatively', () => {
    assert.match(page('zh-hant'), /href="\.\.\/\.\.\/zh-hans\/articles\/e-yue-guan-xi\.html"[^>]*>简体</);
    assert.match(page('zh-hans'), /href="\.\.\/\.\.\/zh-hant\/articles\/e-yue-guan-xi\.html"[^>]*>繁體</);
  });

  it('points wikilinks at the entity page, or at zh.wikipedia in the page\'s own script when there is none', () => {
    assert.ok(hrefs(page('zh-hant')).includes(`https://zh.wikipedia.org/zh-hant/${encodeURIComponent('原油')}`));
    assert.ok(hrefs(page('zh-hans')).includes(`https://zh.wikipedia.org/zh-hans/${encodeURIComponent('原油')}`));
    assert.ok(hrefs(page('zh-hant')).includes('../entities/he-nei.html'));
    assert.ok(hrefs(page('zh-hans')).includes('../entities/he-nei.html'));
  });

  it('marks dates up with <time datetime> at the event\'s precision, linked to the timeline', () => {
    const html = page('zh-hant');
    for (const iso of ['1950-01-30', '2001-01', '1987', '2009-07']) assert.match(html, new RegExp(`<a href="\\.\\./timeline/index\\.html#ev-[^"]+" class="date" id="at-ev-[^"]+"><time datetime="${iso}">`));
  });

  it('keeps ids and anchors identical in both scripts', () => {
    assert.deepEqual([...ids(page('zh-hant'))].sort(), [...ids(page('zh-hans'))].sort());
  });

  it('resolves every in-page anchor, and every note links back to its citations', () => {
    for (const variant of ['zh-hant', 'zh-hans']) {
      const html = page(variant);
      const known = ids(html);
      for (const href of hrefs(html)) if (href.startsWith('#')) assert.ok(known.has(href.slice(1)), `${variant}: ${href}`);
      assert.match(html, /<li id="fn-12" value="12"[^>]*>.*?<a href="#fnref-12" role="doc-backlink"/s);
      assert.match(html, /<a id="fnref-12" href="#fn-12" role="doc-noteref"/);
    }
  });

  it('shows empty notes honestly and the figure with its Commons file', () => {
    const hant = page('zh-hant');
    assert.match(hant, /<li id="fn-1" value="1" class="missing-note"><span class="missing">來源細節未保留<\/span>/);
    assert.match(hant, /<figure id="p-lead-1"[^>]*><a href="https:\/\/commons\.wikimedia\.org\/wiki\/File:Putin_in_Vietnam_in_2006-2\.jpg"/);
    assert.match(hant, /<figcaption>.*弗拉基米爾·普京.*<\/figcaption>/s);
  });

  it('shows the Wikipedia attribution and licence', () => {
    const hans = page('zh-hans');
    assert.match(hans, /href="https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/" rel="license noopener">CC BY-SA 4\.0</);
    assert.match(hans, /action=history/);
  });

  it('leaves what repeats other text out of the search index: the chronology, related articles, attribution', () => {
    const html = page('zh-hant');
    assert.match(html, /<main [^>]*data-pagefind-body/);
    for (const opening of ['<section class="article-events"', '<section class="related"', '<footer class="attribution"']) {
      const tag = html.slice(html.indexOf(opening), html.indexOf('>', html.indexOf(opening)));
      assert.ok(tag.startsWith(opening), `${opening} is on the page`);
      assert.match(tag, /\sdata-pagefind-ignore(?=[\s>]|$)/, opening);
    }
  });

  it('lets no raw markup reach a reader', () => {
    for (const variant of ['zh-hant', 'zh-hans']) {
      const text = visibleText(page(variant));
      for (const junk of ['wikilink', '\\[', ']]', '[[', 'fig:', '../Page/', '（，）', '（）', 'Category:']) {
        assert.ok(!text.includes(junk), `${variant} shows ${junk}`);
      }
      assert.ok(!page(variant).includes('../Page/'));
    }
  });
});

describe('the news seed on the built site', () => {
  const NEWS = 'e-luo-si-wai-zhang-dui-yue-e-guan-xi-ji-yu-ji-ji-ping-jia';
  const BRIEF = 'g20-feng-hui-fan-ming-zheng-hui-jian-duo-guo-he-guo-ji-zu';
  const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

  it('shows the report with its dateline before the first paragraph, its sign-off and publisher', () => {
    const html = read(`zh-hans/articles/${NEWS}.html`);
    assert.match(html, /<p id="dateline" class="dateline">越通社河内<\/p><p id="[^"]+">应越南政府副总理兼外交部长/);
    assert.match(html, /<p class="signoff">（越通社-VNA）<\/p>/);
    assert.match(html, /本页内容取自越通社/);
    assert.match(html, /<aside id="[^"]+" class="related-headline"[^>]*><p><span id="[^"]+" class="label">相关报道<\/span>：俄罗斯联邦外交部长将对越南进行正式访问<\/p><\/aside>/);
  });

  it('says the inferred date is inferred, with a machine-readable datetime', () => {
    const html = read(`zh-hant/articles/${NEWS}.html`);
    assert.match(html, /<time datetime="2018-03-19">2018年3月19日<\/time>至<time datetime="2018-03-20">20日<\/time>\s*<span class="inferred">（推斷日期：/);
  });

  it('keeps the teasers out of the report and gives each its own page in both scripts', () => {
    const report = visibleText(read(`zh-hans/articles/${NEWS}.html`));
    for (const junk of ['更多', 'ảnh', '范明政', '图片来源:', '(越通社-VNA)', '萨尔瓦多']) assert.ok(!report.includes(junk), junk);
    assert.match(read(`zh-hans/articles/${BRIEF}.html`), /<h1 id="title">G20 峰会：范明政会见多国和国际组织领导<\/h1>/);
    // The teaser gives no year; the one beside it that does (2025年11月19日) gives it, as the page says.
    assert.match(read(`zh-hant/articles/${BRIEF}.html`), /<time datetime="2025-11-22">11月22日<\/time>/);
    assert.match(read(`zh-hant/articles/${BRIEF}.html`), /（推斷日期：年份取自同一欄目中2025年11月19日的簡訊）/);
  });

  it('lists the report and every brief on the news index and the home page', () => {
    for (const index of ['zh-hant/news/index.html', 'zh-hans/index.html']) {
      const html = read(index);
      assert.ok(html.includes(`${NEWS}.html`), index);
      assert.equal((html.match(/class="card"/g) ?? []).length >= 7, true, index);
      assert.ok(html.includes(`${BRIEF}.html`), index);
    }
  });
});

describe('regional variants from the site config', () => {
  it('builds zh-TW and zh-HK pages when seeds/site.yaml asks for them', () => {
    const seeds = fs.mkdtempSync(path.join(tmp, 'seeds-'));
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(seeds, f));
    fs.writeFileSync(path.join(seeds, 'site.yaml'), 'variants: [zh-Hant, zh-Hans, zh-TW, zh-HK]\n');
    const site = path.join(tmp, 'regional-site');
    const r = build(seeds, site);
    assert.equal(r.status, 0, r.stderr);
    const tw = fs.readFileSync(path.join(site, 'zh-tw/articles/e-yue-guan-xi.html'), 'utf8');
    assert.match(tw, /<html lang="zh-TW">/);
    assert.ok(tw.includes('普丁') && !tw.includes('普京'), 'the glossary gives Taiwan its own form');
    assert.match(tw, /hreflang="zh-HK"[^>]*>香港繁體</);
    assert.ok(hrefs(tw).includes(`https://zh.wikipedia.org/zh-tw/${encodeURIComponent('原油')}`));
    const hk = fs.readFileSync(path.join(site, 'zh-hk/index.html'), 'utf8');
    assert.ok(hk.includes('范明政') && !hk.includes('範明政'));
  });
});

describe('building from bad or hostile seeds', () => {
  it('escapes seed text in templates: a title cannot become markup', () => {
    const seeds = fs.mkdtempSync(path.join(tmp, 'seeds-'));
    fs.writeFileSync(path.join(seeds, 'x.md'), '---\ntitle: "<script>alert(1)</script>俄越"\nslug: hostile\nkind: wiki\n---\n**甲**是乙。<img src=x onerror=alert(1)>\n');
    const site = path.join(tmp, 'hostile-site');
    const r = build(seeds, site);
    assert.equal(r.status, 0, r.stderr);
    const html = fs.readFileSync(path.join(site, 'zh-hant/articles/hostile.html'), 'utf8');
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;俄越'));
    assert.ok(!/<img[^>]*onerror/i.test(html));
    assert.match(r.stderr, /x\.md:6:\d+: warning: raw HTML/);
  });

  it('stops with file and line on malformed front matter and leaves the previous site untouched', () => {
    const seeds = fs.mkdtempSync(path.join(tmp, 'seeds-'));
    fs.writeFileSync(path.join(seeds, 'bad.md'), '---\ntitle: [unclosed\n---\n正文。\n');
    const site = path.join(tmp, 'kept-site');
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, 'marker.txt'), 'previous build');
    fs.writeFileSync(path.join(site, MARK_FILE), MARK_TEXT);
    const r = build(seeds, site);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /bad\.md:\d+:\d+: error: malformed front matter/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(fs.readdirSync(site).sort(), [MARK_FILE, 'marker.txt']);
  });
});
