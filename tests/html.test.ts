import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from '../src/check/validate.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { ingestNews } from '../src/ingest/news/index.ts';
import fs from 'node:fs';
import { renderArticle, type RenderContext } from '../src/render/article.ts';
import { escapeHtml, Html, html } from '../src/render/html.ts';
import { serialize } from '../src/render/serialize.ts';
import { eventItem } from '../src/site/timeline-pages.ts';
import { bodyStrings, uiStrings } from '../src/site/ui.ts';

/** Text from anywhere in Unicode, or made of the characters that need escaping. */
const anyText = (maxLength: number) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", '`', '\\', '\0', '=', ' ', '/', 'a', '俄'), maxLength }));

describe('html templates', () => {
  it('escape every value, as the Nunjucks templates do', () => {
    const out = html`<p title="${`"x" & 'y'`}">${'<b>\\</b>'}</p>`;
    assert.equal(out.value, '<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;b&gt;&#92;&lt;/b&gt;</p>');
    assert.equal(escapeHtml('俄越關係 <1950>'), '俄越關係 &lt;1950&gt;');
  });

  it('print markup made by html as it is, lists one after another, and nothing for undefined, null and false', () => {
    const items = ['a<', 'b'].map((s) => html`<li>${s}</li>`);
    assert.equal(html`<ol>${items}</ol>${undefined}${null}${false}${0}`.value, '<ol><li>a&lt;</li><li>b</li></ol>0');
    assert.ok(html`x` instanceof Html);
    assert.equal(String(html`<br>`), '<br>');
  });

  it('never let a value become markup: any text comes back from the parser as that text', () => {
    fc.assert(
      fc.property(
        anyText(60).filter((s) => !/[\r\0]/.test(s)),
        (text) => {
          const tree = fromHtml(html`<p title="${text}">${text}</p>`.value, { fragment: true });
          assert.equal(tree.children.length, 1);
          const p = tree.children[0] as Element;
          assert.equal(p.tagName, 'p');
          assert.equal(p.properties.title, text);
          assert.equal(p.children.map((c) => (c as Text).value).join(''), text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('serialising sanitised article HTML', () => {
  const text = anyText(12);
  const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((value): ElementContent => ({ type: 'text', value })),
      fc
        .record(
          {
            tagName: fc.constantFrom('p', 'a', 'img', 'br', 'hr', 'wbr', 'span', 'ol', 'li', 'time', 'td', 'section'),
            properties: fc.record(
              {
                id: text,
                className: fc.array(text, { maxLength: 3 }),
                href: text,
                alt: text,
                title: text,
                hidden: fc.oneof(fc.boolean(), fc.constantFrom('', 'hidden', 'until-found')),
                tabIndex: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(Number.NaN)),
                value: fc.integer(),
                ariaLabel: text,
                dateTime: text,
              },
              { requiredKeys: [] },
            ),
            children: fc.array(tie('node'), { maxLength: 4 }),
          },
        )
        .map((el): ElementContent => ({ type: 'element', tagName: el.tagName, properties: el.properties as Element['properties'], children: el.children })),
    ),
  }));

  it('gives the bytes hast-util-to-html gives, for any elements, attributes and text', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
        assert.equal(serialize(nodes), toHtml({ type: 'root', children: nodes }));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('timeline event items', () => {
  const ui = uiStrings('zh-Hant');
  const item = (t: { sentence: string; articleTitle: string; topic: string; entity: string; label: string; reason: string }) =>
    eventItem(
      {
        id: 'ev-a-1',
        date: { datetime: '1950-01-30', label: t.label, startLabel: t.label, endDatetime: '1950-02', endLabel: t.label, inferred: true, approximate: true, reason: t.reason },
        sentence: t.sentence,
        articleTitle: t.articleTitle,
        url: '/zh-hant/articles/a.html#at-ev-a-1',
        topic: t.topic,
        topicId: 'li-shi',
        topicUrl: '/zh-hant/timeline/topic-li-shi.html',
        entities: [
          { title: t.entity, url: '/zh-hant/entities/e.html', external: false },
          { title: t.entity, url: 'https://zh.wikipedia.org/zh-hant/E', external: true },
        ],
      },
      '/zh-hant/timeline/index.html',
      ui,
    );
  /** Each element with its attributes' names, and the text of each element, in document order. */
  const shape = (markup: string) => {
    const tree = fromHtml(markup, { fragment: true });
    const elements: string[] = [];
    const texts: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'element') elements.push(`${node.tagName}[${Object.keys(node.properties).sort().join(',')}]`);
      if (node.type === 'element' && typeof node.properties.title === 'string') texts.push(node.properties.title);
      if (node.type === 'text') texts.push(node.value);
    });
    return { elements, text: texts.join('\n') };
  };

  it('keep every text field as text: the markup has the same elements and attributes whatever the text', () => {
    const plain = shape(item({ sentence: 's', articleTitle: 't', topic: 'o', entity: 'e', label: 'l', reason: 'r' }));
    const field = anyText(20).filter((s) => !/[\r\0]/.test(s));
    fc.assert(
      fc.property(fc.record({ sentence: field, articleTitle: field, topic: field, entity: field, label: field, reason: field }), (t) => {
        const got = shape(item(t));
        assert.deepEqual(got.elements, plain.elements);
        for (const text of Object.values(t)) assert.ok(got.text.includes(text), JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('article sections', () => {
  const ui = uiStrings('zh-Hant');
  const ctx: RenderContext = {
    variant: 'zh-Hant',
    strings: bodyStrings('zh-Hant'),
    internalHref: (slug, anchor) => `${slug}.html${anchor ? `#${anchor}` : ''}`,
    entityHref: () => undefined,
    eventHref: (id) => `../timeline/index.html#${id}`,
  };
  /** An article page as article.njk lays it out: the body between the page's own labelled parts. */
  const page = (markdown: string) => {
    const body = renderArticle(ingestWiki(parseSeed('repeated.md', markdown)), ctx);
    return `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>重複</title></head><body><main>
<article aria-labelledby="title"><h1 id="title">重複</h1><div class="lead">${body.lead}</div>${body.toc}${body.sections}${body.footnotes}
<section aria-labelledby="events-title"><h2 id="events-title">${ui.articleEvents}</h2><p>一</p></section>
<section aria-labelledby="related-title"><h2 id="related-title">${ui.relatedArticles}</h2><p>二</p></section>
</article></main></body></html>`;
  };

  it('pass html-validate however headings repeat: a heading is something to move to, not a landmark of its own', async () => {
    const markdown = [
      '**重複**是一個測試條目\\[1\\]。',
      '## 俄羅斯', '### 經濟', '一。',
      '## 越南', '### 經濟', '二。',
      '## 越南', '三。',
      `## ${ui.articleEvents}`, '四。',
      `## ${ui.relatedArticles}`, '五。',
      '## 參考', '1.  來源',
    ].join('\n\n');
    const html = page(`${markdown}\n`);
    assert.equal(html.match(/<h[23] id=/g)?.length, 10, 'seven section headings, the notes and the page\'s own two');
    const report = await new HtmlValidate(HTML_VALIDATE_CONFIG).validateString(html, 'repeated.html');
    assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`)), []);
  });
  it('say what a headline of another story and a caption without its photo are, and keep note numbers out of the search index', () => {
    const [report] = ingestNews(parseSeed('seeds/003_1be4c434e8c80aa5.txt', fs.readFileSync('seeds/003_1be4c434e8c80aa5.txt', 'utf8')));
    const body = renderArticle(report!, ctx);
    const strings = bodyStrings('zh-Hant');
    assert.match(body.lead, new RegExp(`<figure id="[^"]+" class="no-image"><figcaption><span class="label">${strings.photoNotKept}：</span>`));
    assert.match(body.lead, new RegExp(`<aside id="(related-\\d+)" class="related-headline" aria-labelledby="\\1-label"><p><span id="\\1-label" class="label">${strings.related}</span>：俄`));
    const wiki = renderArticle(ingestWiki(parseSeed('a.md', '**甲**是測試\\[1\\]。\n\n## 參考\n\n1.  來源\n')), ctx);
    assert.match(wiki.lead, /<sup class="fnref" data-pagefind-ignore="">/);
  });

  it('keep a table\'s column alignment, leave out an empty header row, and keep short cells on one line', () => {
    const markdown = [
      '**表**是測試。',
      '|     |\n|-----|\n| 主辦城市：河內、胡志明市、峴港和海防等八個城市 |',
      '| 國家 | 金牌 |\n|:-----|----:|\n| 越南 | 158 |',
    ].join('\n\n');
    const body = renderArticle(ingestWiki(parseSeed('table.md', `${markdown}\n`)), ctx);
    const tables = body.lead.match(/<table>.*?<\/table>/g) ?? [];
    assert.equal(tables.length, 2);
    assert.doesNotMatch(tables[0]!, /<thead>/);
    assert.match(tables[0]!, /<td>主辦城市/);
    assert.match(tables[1]!, /<th class="short" scope="col">國家<\/th><th class="align-right short" scope="col">金牌<\/th>/);
    assert.match(tables[1]!, /<td class="short">越南<\/td><td class="align-right short">158<\/td>/);
  });

  it('nest the contents: deeper headings in a list under the heading before them', () => {
    const markdown = ['**甲**是測試。', '## 生平', '一。', '### 早年', '二。', '### 晚年', '三。', '## 評價', '四。'].join('\n\n');
    const body = renderArticle(ingestWiki(parseSeed('toc.md', `${markdown}\n`)), ctx);
    const labels = (html: string) => [...html.matchAll(/<a href="#[^"]+">([^<]+)<\/a>|<(\/?ol)>/g)].map((m) => m[1] ?? m[2]);
    assert.deepEqual(labels(body.toc), ['ol', '生平', 'ol', '早年', '晚年', '/ol', '評價', '/ol']);
  });

  it('show a lettered note by its letter, in a list of letters after the numbered notes', () => {
    const markdown = ['**甲**是測試\\[註 1\\]，又一說\\[a\\]。', '## 注釋', '1.  註 1：第一。\n2.  **a**：另一說。'].join('\n\n');
    const body = renderArticle(ingestWiki(parseSeed('letters.md', `${markdown}\n`)), ctx);
    assert.match(body.lead, /aria-label="註 1">\[註 1\]<\/a>/);
    assert.match(body.lead, /aria-label="註 a">\[a\]<\/a>/);
    assert.match(body.footnotes, /<ol><li id="fn-note-1" value="1"[^>]*>第一。/);
    assert.match(body.footnotes, /<ol type="a"><li id="fn-note-2" value="1"[^>]*>另一說。 <a href="#fnref-note-2" role="doc-backlink" class="backref" aria-label="返回註 a 的引用處">/);
  });

  it('mark runs of Latin-script words with their language, and leave single words and Chinese alone', () => {
    const markdown = [
      '**拉夫羅夫**（Sergey Lavrov）與阮文紹（Nguyễn Văn Thiệu）會談，ASEAN與Mr的單詞不標。',
      '## 參考',
      '1.  [Russia’s Growing Ties with Vietnam](https://example.com/a)，《The Diplomat》',
    ].join('\n\n');
    const body = renderArticle(ingestWiki(parseSeed('latin.md', `${markdown}\n`)), ctx);
    const marked = [...`${body.lead}${body.footnotes}`.matchAll(/<span lang="([a-z]+)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(marked, [
      ['en', 'Sergey Lavrov'],
      ['vi', 'Nguyễn Văn Thiệu'],
      ['en', 'Russia’s Growing Ties with Vietnam'],
      ['en', 'The Diplomat'],
    ]);
  });
});
