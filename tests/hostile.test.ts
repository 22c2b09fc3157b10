import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { checkSite, formatProblem } from '../src/check/index.ts';
import { isExecutable } from '../src/check/csp.ts';
import { parsePage, type Page } from '../src/check/page.ts';
import { guardMarkdown, MAX_CONTAINERS, MAX_PIPE_LINES } from '../src/ingest/wiki/guard.ts';
import { renderArticle } from '../src/render/article.ts';
import { sanitizeNodes } from '../src/render/sanitize.ts';
import { ingestSeed } from '../src/ingest/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { wikiTarget } from '../src/ingest/wiki/wikilinks.ts';
import { longestRun, unsearchedParts } from '../src/site/search-text.ts';
import { bodyStrings } from '../src/site/ui.ts';
import { allBlocks, build, inlineText, rawSeedText, ROOT, WIKI_SEED } from './helpers.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/hostile');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-hostile-'));
const seeds = path.join(tmp, 'seeds');
const parent = path.join(tmp, 'a', 'b');
const out = path.join(parent, '_site');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Seeds too large or too odd to commit: a line of over a million bytes (seeds may hold 1 MiB), deep nesting, control characters. */
function generatedSeeds(): Record<string, string> {
  const sentence = '越南與俄羅斯在能源、教育和文化等領域進一步深化傳統友好合作關係。';
  const long = Array.from({ length: 10500 }, (_, i) => (i % 50 === 0 ? `**${sentence}**` : sentence)).join('');
  return {
    'long-line.md': `---\nslug: long-line\nkind: wiki\n---\n**長行**是一行超過一百萬位元組的文字。${long}\n`,
    'deep-quote.md': `---\nslug: deep-quote\nkind: wiki\n---\n**深層引用**是一個測試頁面，用來測試深層的引用。\n\n${'>'.repeat(5000)} 最深處\n`,
    'deep-list.md': `---\nslug: deep-list\nkind: wiki\n---\n**深層清單**是一個測試頁面，用來測試深層的清單。\n\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- 項目${i}\n`).join('')}${'- '.repeat(3000)}最深處\n`,
    'deep-inline.md': `---\nslug: deep-inline\nkind: wiki\n---\n**深層行內**是一個測試頁面。${'*_'.repeat(3000)}字${'_*'.repeat(3000)}${'['.repeat(2000)}括號${'](https://example.com/)'.repeat(2000)}\n`,
    // Not prose: Pagefind took 1.5 s for 50,000 characters of one repeated character, 9.2 s for 100,000.
    'repeated.md': `---\nslug: repeated\nkind: wiki\n---\n**重複**是一個測試頁面。\n\n${'與'.repeat(50_000)}\n\n重複之後的段落仍然可以搜尋。\n`,
    'controls.md': `---\nslug: controls\nkind: wiki\n---\n**控制字元**是\u0001一個\u0007測試\u007f頁面\u0085。[連結](../Page/A\u0007B.md "wikilink")與[另一個](https://zh.wikipedia.org/wiki/A%07B "wikilink")。\n`,
  };
}

function listAll(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).sort();
}

const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript|file):/i;

describe('hostile seeds build, neutralised', () => {
  let status: number | null;
  let stderr: string;
  let pages: Page[];
  let before_: string[];
  before(() => {
    fs.cpSync(FIXTURES, seeds, { recursive: true });
    for (const [name, text] of Object.entries(generatedSeeds())) fs.writeFileSync(path.join(seeds, name), text);
    fs.mkdirSync(parent, { recursive: true });
    before_ = listAll(tmp);
    const r = build(seeds, out);
    status = r.status;
    stderr = r.stderr;
    pages = listAll(out)
      .filter((f) => f.endsWith('.html'))
      .map((f) => parsePage(f, fs.readFileSync(path.join(out, f), 'utf8')));
  });

  it('builds, with warnings naming file and line, and no stack trace', () => {
    assert.equal(status, 0, stderr);
    assert.match(stderr, /raw-html\.md:10:\d+: warning: raw HTML/);
    assert.match(stderr, /raw-html\.md:18:\d+: warning: link target "javascript:alert\(12\)"/);
    assert.match(stderr, /deep-quote\.md:7:\d+: warning: markup nested too deeply/);
    assert.match(stderr, /controls\.md:5:\d+: warning: removed \d+ control/);
    assert.doesNotMatch(stderr, /\n\s+at /);
    for (const slug of ['hostile-html', 'hostile-wikilinks', 'long-line', 'deep-quote', 'deep-list', 'deep-inline', 'controls']) {
      for (const dir of ['zh-hant', 'zh-hans']) assert.ok(pages.some((p) => p.path === `${dir}/articles/${slug}.html`), `${dir}/${slug}`);
    }
  });

  it('writes nothing outside the output folder', () => {
    const added = listAll(tmp).filter((f) => !before_.includes(f));
    assert.ok(added.length > 0);
    assert.deepEqual(added.filter((f) => !f.startsWith('a/b/_site/') && f !== 'a/b/_site'), []);
    for (const f of listAll(out)) assert.ok(!fs.lstatSync(path.join(out, f)).isSymbolicLink(), f);
  });

  it('runs no script from a seed: only the site\'s own script files and JSON data blocks', () => {
    for (const page of pages) {
      const scripts = page.elements.filter((e) => e.tagName === 'script');
      assert.equal((page.source.match(/<script/gi) ?? []).length, scripts.length, page.path);
      for (const script of scripts) {
        const src = script.properties.src;
        if (isExecutable(script)) {
          assert.equal(typeof src, 'string', `${page.path}: inline script`);
          const file = path.resolve(out, path.dirname(page.path), String(src));
          assert.ok(file.startsWith(path.join(out, 'js') + path.sep) && fs.existsSync(file), `${page.path}: script ${String(src)}`);
        } else {
          const text = script.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
          assert.doesNotThrow(() => JSON.parse(text), page.path);
          assert.ok(!/<\/?script/i.test(text), `${page.path}: markup inside a data block`);
        }
      }
    }
  });

  it('has no embedded frames, objects, forms (but the site\'s own search form), base or refresh elements, and no inline event handlers', () => {
    for (const page of pages) {
      for (const el of page.elements) {
        const ownSearchForm = el.tagName === 'form' && el.properties.id === 'search-form' && /\/search\.html$/.test(page.path);
        assert.ok(ownSearchForm || !['iframe', 'frame', 'object', 'embed', 'form', 'base', 'svg', 'math', 'style'].includes(el.tagName), `${page.path}: <${el.tagName}>`);
        assert.ok(!(el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase().includes('refresh')), page.path);
        for (const key of Object.keys(el.properties)) assert.ok(!/^on/i.test(key), `${page.path}: <${el.tagName} ${key}>`);
      }
      assert.doesNotMatch(page.source, /<iframe|<object|<embed/i, page.path);
    }
  });

  it('has no javascript:, data:, vbscript: or file: URL in any link or source', () => {
    for (const page of pages) for (const ref of page.urls) assert.doesNotMatch(ref.url, UNSAFE_SCHEME, `${page.path}: ${ref.element} ${ref.attribute}`);
  });

  it('keeps wikilink targets with ../, / or control characters from becoming paths', () => {
    const page = pages.find((p) => p.path === 'zh-hant/articles/hostile-wikilinks.html')!;
    for (const ref of page.urls) {
      assert.ok(!/etc\/passwd|win\.ini/.test(ref.url), ref.url);
      if (/^[a-z]+:|^\/\//i.test(ref.url)) continue;
      const target = path.resolve(out, path.dirname(page.path), decodeURIComponent(ref.url.replace(/[?#].*$/, '')));
      assert.ok(target.startsWith(out + path.sep) && fs.existsSync(target), ref.url);
    }
    const text = page.text.map((t) => t.text).join('');
    for (const label of ['上層', '根', '空字元', '相對', '絕對']) assert.ok(text.includes(label), `link text ${label} is kept`);
  });

  it('writes no control characters into any page', () => {
    // eslint-disable-next-line no-control-regex
    for (const page of pages) assert.doesNotMatch(page.source, /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/, page.path);
  });

  it('leaves text that is not prose out of the search index, and says so, but shows it', () => {
    assert.match(stderr, /repeated\.md:7: warning: left out of the search index: this block has more than 1,000 characters without a space or punctuation mark/);
    const page = fs.readFileSync(path.join(out, 'zh-hant/articles/repeated.html'), 'utf8');
    assert.match(page, /<p id="[^"]+" data-pagefind-ignore="">與與與/);
    assert.ok(page.includes('與'.repeat(50_000)), 'the page shows the block');
    // What Pagefind stored for the page: its text, without the block.
    const fragments = path.join(out, 'pagefind/fragment');
    const stored = fs
      .readdirSync(fragments)
      .map((f) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(fragments, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string })
      .find((f) => f.url.endsWith('/articles/repeated.html'));
    assert.ok(stored, 'the page is indexed');
    assert.match(stored.content.replace(/\u200b/g, ''), /重複之後的段落仍然可以搜尋/);
    assert.doesNotMatch(stored.content, /與\u200b?與\u200b?與/);
    // A 1 MB line of prose: past the characters an article may have indexed.
    assert.match(stderr, /long-line\.md:5: warning: left out of the search index: the text from here on \(1 block\(s\)\)/);
  });

  it('passes the post-build checks except for the markup the seeds spelled out as text', async () => {
    const problems = (await checkSite(out, { requireCsp: false })).filter((p) => p.rule !== 'artefact');
    assert.deepEqual(problems, [], problems.map((p) => formatProblem(p)).join('\n'));
  });
});

describe('the article sanitizer', () => {
  it('keeps what the renderer emits, ids and anchors unprefixed', () => {
    const nodes = [
      h('section', { ariaLabelledBy: 'gai-lun' }, [
        h('h2', { id: 'gai-lun' }, '概論'),
        h('p', { id: 'p-1' }, [
          h('a', { href: 'https://zh.wikipedia.org/zh-hant/X', className: ['wikilink'], rel: 'noopener' }, 'X'),
          h('sup', { className: ['fnref'] }, [h('a', { id: 'fnref-1', href: '#fn-1', role: 'doc-noteref', ariaLabel: '註1' }, '[1]')]),
          h('a', { href: '../timeline/index.html#ev-1', className: ['date'], id: 'at-ev-1' }, [h('time', { dateTime: '2018-03-19' }, '3月19日')]),
        ]),
        h('figure', { id: 'fig-1' }, [
          h('a', { href: 'https://commons.wikimedia.org/wiki/File:X.jpg', tabIndex: -1, ariaHidden: 'true' }, [h('img', { src: 'https://commons.wikimedia.org/x.jpg', alt: '', loading: 'lazy', decoding: 'async' })]),
        ]),
        h('ol', { start: 3 }, [h('li', { id: 'fn-3', value: 3 }, '註')]),
      ]),
    ];
    assert.equal(toHtml(sanitizeNodes(nodes)), toHtml(nodes));
  });

  it('removes scripts, handlers, frames and unsafe URLs', () => {
    const nodes = [
      h('p', { id: 'x', onClick: 'alert(1)', style: 'color:red' }, [
        h('script', 'alert(2)'),
        h('a', { href: 'javascript:alert(3)' }, '連結'),
        h('img', { src: 'data:image/png;base64,AA', alt: '圖', onError: 'alert(4)' }),
        h('iframe', { src: 'https://evil.example/' }),
      ]),
    ];
    const html = toHtml(sanitizeNodes(nodes));
    assert.equal(html, '<p id="x"><a>連結</a><img alt="圖"></p>');
  });
});

describe('the markdown guard', () => {
  it('leaves ordinary markdown as it is', () => {
    const text = rawSeedText(WIKI_SEED);
    assert.deepEqual(guardMarkdown(text), { text, lines: [], cuts: [], hidden: false });
  });

  it('caps nesting and reads dense delimiters as text without moving any line or character', () => {
    const text = ['甲', `${'>'.repeat(500)} 深`, `${' '.repeat(400)}- 縮排`, `${'*_'.repeat(800)}字`, '```', `${'>'.repeat(500)} 程式碼`, '```'].join('\n');
    const guarded = guardMarkdown(text);
    const lines = guarded.text.split('\n');
    assert.equal(lines.length, 7);
    assert.deepEqual(guarded.lines, [2, 3, 4]);
    assert.match(lines[1]!, new RegExp(`^>{${MAX_CONTAINERS}} ?深$`));
    assert.ok(lines[2]!.length < 80);
    assert.equal(lines[3]!.length, 1601);
    assert.doesNotMatch(lines[3]!, /[*_]/, 'the delimiters are hidden from the parser');
    assert.equal(lines[5], `${'>'.repeat(500)} 程式碼`, 'fenced code is left alone');
  });

  it('reads the pipes of a long paragraph of pipe lines before its first table as text, and leaves tables and short paragraphs alone', () => {
    const many = Array.from({ length: MAX_PIPE_LINES + 1 }, (_, i) => `|a${i} = 1`);
    const table = ['| 甲 | 乙 |', '|---|--:|', ...Array.from({ length: MAX_PIPE_LINES + 1 }, (_, i) => `| ${i} | 1 |`)];
    const text = [...many, ...table, '', ...many.slice(0, 3), '', ...table].join('\n');
    const lines = guardMarkdown(text).text.split('\n');
    assert.equal(lines.length, text.split('\n').length);
    // Hidden from the parser, in place: no character moves.
    assert.ok(!lines[0]!.includes('|') && lines[0]!.length === many[0]!.length && lines[0]!.endsWith('a0 = 1'));
    assert.ok(!lines[many.length - 1]!.includes('|'), 'the line before the head is no head');
    assert.deepEqual(lines.slice(many.length, many.length + table.length), table, 'the table after them stays');
    const rest = lines.slice(many.length + table.length + 1);
    assert.deepEqual(rest, [...many.slice(0, 3), '', ...table], 'a short paragraph and a table on their own stay');
    const [parsed] = ingestSeed(parseSeed('pipes.md', `---\nkind: wiki\n---\n**甲**是測試。\n\n${text}\n`));
    assert.equal(allBlocks(parsed!).filter((b) => b.type === 'table').length, 2);
    const first = allBlocks(parsed!)[1]!;
    assert.ok(first.type === 'paragraph' && /^\|a0 = 1\s\|a1 = 1/.test(inlineText(first.children)), 'the pipes are text again');
  });
});

describe('what the search index leaves out', () => {
  const article = (body: string) => ingestSeed(parseSeed('x.md', `---\nslug: x\nkind: wiki\n---\n**測試**是一個頁面。\n\n${body}\n`))[0]!;

  it('measures the longest stretch without a space, punctuation mark or symbol', () => {
    assert.equal(longestRun(''), 0);
    assert.equal(longestRun('越南，與中國 abc'), 3);
    assert.equal(longestRun('與'.repeat(5000)), 5000);
    assert.equal(longestRun(`${'與'.repeat(40)}。${'與'.repeat(30)}+${'與'.repeat(20)}`), 40);
  });

  it('keeps prose, however long, up to the limit', () => {
    const prose = '越南與俄羅斯在能源、教育和文化等領域進一步深化傳統友好合作關係。';
    const left = unsearchedParts(article(Array.from({ length: 30 }, () => prose.repeat(20)).join('\n\n')));
    assert.deepEqual(left, { ids: [], diagnostics: [] });
  });

  it('leaves out a block with a run longer than the limit, with a warning at its line', () => {
    const a = article(`第一段。\n\n${'與'.repeat(1001)}\n\n第三段。`);
    const left = unsearchedParts(a);
    const block = a.lead.find((b) => b.type === 'paragraph' && b.children.some((c) => c.type === 'text' && c.value.startsWith('與')))!;
    assert.deepEqual(left.ids, [block.id]);
    assert.equal(left.diagnostics.length, 1);
    assert.deepEqual({ ...left.diagnostics[0], reason: undefined }, { severity: 'warning', file: 'x.md', line: 9, reason: undefined });
    assert.deepEqual(unsearchedParts(article(`第一段。\n\n${'與'.repeat(1000)}`)).ids, [], 'a run of exactly the limit is kept');
  });

  it('leaves out whatever comes after the first characters the index holds, with a warning where that starts', () => {
    const a = article(['甲'.repeat(400), '乙'.repeat(400), '丙'.repeat(400), '丁'.repeat(10)].map((p) => `${p}。`).join('\n\n'));
    const left = unsearchedParts(a, 1000);
    const ids = a.lead.map((b) => b.id);
    // The opening sentence and the first two paragraphs fit in 1000 characters; the third does not, and what follows stays out.
    assert.deepEqual(left.ids, ids.slice(-2));
    assert.equal(left.diagnostics[0]!.line, a.lead.at(-2)!.source.line);
    assert.match(left.diagnostics[0]!.reason, /the text from here on \(2 block\(s\)\).*has 1,2\d\d characters and the index holds the first 1,000/);
  });

  it('marks those parts data-pagefind-ignore on the page, through the sanitizer', () => {
    const a = article(`第一段。\n\n${'與'.repeat(1500)}`);
    const ids = new Set(unsearchedParts(a).ids);
    const ctx = { variant: 'zh-Hant' as const, strings: bodyStrings('zh-Hant'), internalHref: () => '#', entityHref: () => undefined, eventHref: () => '#' };
    const marked = renderArticle(a, { ...ctx, unsearched: ids }).lead;
    assert.equal((marked.match(/data-pagefind-ignore=""/g) ?? []).length, 1);
    assert.match(marked, new RegExp(`<p id="${[...ids][0]}" data-pagefind-ignore="">與`));
    assert.doesNotMatch(renderArticle(a, ctx).lead, /data-pagefind-ignore/);
  });
});

describe('titles', () => {
  const titleOf = (text: string) => {
    const seed = parseSeed('x.md', text);
    const [article] = ingestSeed(seed);
    return { title: article?.title, messages: seed.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}`) };
  };

  it('a title found in the text is cut to 200 characters, with a warning at its line', () => {
    const long = '與'.repeat(60_000);
    const heading = titleOf(`---\nkind: wiki\n---\n\n# ${long}\n\n**標題**是一個頁面。\n`);
    assert.equal(heading.title, `${'與'.repeat(200)}…`);
    assert.deepEqual(heading.messages, ['5:1 warning the title is 60,000 characters long; its first 200 are used, followed by …']);
    const bold = titleOf(`---\nkind: wiki\n---\n**${'越'.repeat(201)}**是一個頁面。\n`);
    assert.equal(bold.title, `${'越'.repeat(200)}…`);
    assert.match(bold.messages[0]!, /^4:1 warning the title is 201 characters long/);
    assert.equal(titleOf(`---\nkind: wiki\n---\n**${'越'.repeat(200)}**是一個頁面。\n`).title, '越'.repeat(200));
  });

  it('a wikilink to a title longer than MediaWiki allows (255 bytes) is no wikilink, so names no entity', () => {
    assert.deepEqual(wikiTarget(`../Page/${'與'.repeat(85)}.md`), { title: '與'.repeat(85) });
    assert.equal(wikiTarget(`../Page/${'與'.repeat(86)}.md`), undefined);
    assert.equal(wikiTarget(`https://zh.wikipedia.org/wiki/${encodeURIComponent('與'.repeat(60_000))}`), undefined);
    // In a seed, either form: the text is kept without a link, with a warning that says why.
    const seed = `---\nkind: wiki\n---\n**標題**是一個頁面。\n\n[甲](../Page/${'與'.repeat(86)}.md "wikilink")與[乙](https://zh.wikipedia.org/wiki/${'與'.repeat(86)})。\n`;
    const { messages } = titleOf(seed);
    assert.equal(messages.length, 2);
    for (const m of messages) assert.match(m, /^6:1 warning wikilink ".*"…?: the page title is longer than a wiki title can be \(255 bytes\); the link text is kept without the link$/);
    assert.match(messages[0]!, /"\.\.\/Page\/與/);
  });

  it('front matter may not set a title over 200 characters or a Wikipedia title over 255', () => {
    assert.match(titleOf(`---\ntitle: ${'與'.repeat(201)}\n---\n**標題**是一個頁面。\n`).messages[0]!, /^2:1 error front matter `title`: a title has at most 200 characters/);
    assert.match(titleOf(`---\nwikipedia: ${'與'.repeat(256)}\n---\n**標題**是一個頁面。\n`).messages[0]!, /^2:1 error front matter `wikipedia`/);
  });
});
