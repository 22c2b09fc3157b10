import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestSeed } from '../src/ingest/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { linkCorpus } from '../src/link/index.ts';
import type { Article, TimelineEvent } from '../src/model/index.ts';
import { renderArticle } from '../src/render/article.ts';
import { bodyStrings } from '../src/site/ui.ts';
import { extractEvents } from '../src/timeline/events.ts';

/** Seeds (file name → text) through ingest, linking and the timeline, as a build runs them. */
function timeline(seeds: Record<string, string>): { articles: Article[]; events: TimelineEvent[] } {
  const articles = Object.entries(seeds).flatMap(([file, text]) => ingestSeed(parseSeed(file, file.endsWith('.md') ? `---\ntitle: ${file}\nkind: wiki\n---\n${text}` : text)));
  const linked = linkCorpus(articles);
  return extractEvents(linked.articles, linked.entities);
}

const ctx = {
  variant: 'zh-Hant' as const,
  strings: bodyStrings('zh-Hant'),
  internalHref: () => '#',
  entityHref: () => undefined,
  eventHref: (id: string) => `../timeline/index.html#${id}`,
};

function html(article: Article): string {
  const r = renderArticle(article, ctx);
  return r.lead + r.sections + r.footnotes;
}

/** Events by their text, with the anchor each must have in its article. */
function anchored(seeds: Record<string, string>): { events: TimelineEvent[]; missing: string[] } {
  const { articles, events } = timeline(seeds);
  const pages = new Map(articles.map((a) => [a.id, html(a)]));
  const missing = events.filter((e) => !pages.get(e.articleId)!.includes(`id="at-${e.id}"`)).map((e) => e.text);
  return { events, missing };
}

describe('every event has its anchor in the article', () => {
  it('a date inside link text is an event with an anchor, and no link inside the link', () => {
    const { events, missing } = anchored({ 'a.md': '[2019年美朝首腦會晤](https://zh.wikipedia.org/wiki/2019年美朝首腦會晤 "wikilink")在河內舉行。\n' });
    assert.deepEqual(events.map((e) => e.text), ['2019年']);
    assert.deepEqual(missing, []);
    const { articles } = timeline({ 'a.md': '[2019年美朝首腦會晤](https://zh.wikipedia.org/wiki/2019年美朝首腦會晤 "wikilink")在河內舉行。\n' });
    const page = html(articles[0]!);
    assert.match(page, /<a [^>]*>(?:(?!<\/a>).)*<time [^>]*id="at-ev-/, 'the date is a time with the anchor inside the link');
    assert.doesNotMatch(page, /<a [^>]*>(?:(?!<\/a>).)*<a /, 'no link inside a link');
  });

  it('a date in emphasis, or split between text and a link, keeps its anchor', () => {
    const { events, missing } = anchored({
      'a.md': '*1976年7月2日*，越南統一。1945年[八月革命](https://zh.wikipedia.org/wiki/八月革命 "wikilink")後獨立。\n',
    });
    assert.deepEqual(events.map((e) => e.text), ['1976年7月2日', '1945年八月']);
    assert.deepEqual(missing, []);
  });

  it('a date in code is not an event', () => {
    const { events } = anchored({ 'a.md': '代碼`2019年3月`不是日期，2020年才是。\n' });
    assert.deepEqual(events.map((e) => e.text), ['2020年']);
  });
});

describe('events come from every block with sentences', () => {
  const seed = [
    '## 政治生涯',
    '',
    '  - 2006年6月26日至2011年7月23日：越南国会主席；',
    '      - 任内于2007年8月访问莫斯科；',
    '',
    '> 1994年6月16日，两国签署新条约。',
    '',
    '| 年份 | 人口 |',
    '| --- | --- |',
    '| 1999年 | 2,672,122 |',
    '',
  ].join('\n');

  it('takes dates from list items (nested too), quotes and table cells, each with its anchor', () => {
    const { events, missing } = anchored({ 'a.md': seed });
    assert.deepEqual(events.map((e) => e.text), ['2006年6月26日至2011年7月23日', '2007年8月', '1994年6月16日', '1999年']);
    assert.deepEqual(missing, []);
    assert.ok(events.every((e) => e.topic === '政治生涯'));
  });

  it('gives a table cell its row as the sentence', () => {
    const { events } = anchored({ 'a.md': seed });
    assert.equal(events.find((e) => e.text === '1999年')?.sentence, '1999年，2,672,122');
  });
});
