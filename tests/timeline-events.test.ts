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

describe('an event\'s sentence', () => {
  it('neither opens with the quote mark that closed the sentence before nor leaves a quote unbalanced', () => {
    const text =
      '他说：“1950年1月30日，苏联成为最早承认越南民主共和国的国家之一。从那时起，越南人民始终铭记2001年的支持。”\n\n他强调：「两国友谊经受住了时间的考验。」他指出，2001年两国建立战略伙伴关系。\n';
    const got = timeline({ 'a.md': text }).events.map((e) => [e.text, e.sentence]);
    assert.deepEqual(got, [
      ['1950年1月30日', '他说：“1950年1月30日，苏联成为最早承认越南民主共和国的国家之一。”'],
      ['2001年', '“从那时起，越南人民始终铭记2001年的支持。”'],
      ['2001年', '他指出，2001年两国建立战略伙伴关系。'],
    ]);
  });

  it('a quote that holds one sentence ends with it, and the sentence keeps its entities', () => {
    const seeds = {
      'a.md': '[蘇聯](https://zh.wikipedia.org/wiki/蘇聯 "wikilink")外長說：「1988年討論撤軍。」[越南](https://zh.wikipedia.org/wiki/越南 "wikilink")於1990年回應。\n',
    };
    const got = timeline(seeds).events.map((e) => [e.sentence, e.entities.length]);
    assert.deepEqual(got, [
      ['蘇聯外長說：「1988年討論撤軍。」', 1],
      ['越南於1990年回應。', 1],
    ]);
  });
});

describe('an event in a table row', () => {
  it('names the entities of the row\'s cells, each once', () => {
    const seed = [
      '| 日期 | 事件 |',
      '| --- | --- |',
      '| 2001年3月1日 | [普京](https://zh.wikipedia.org/wiki/普京 "wikilink")访问[河内](https://zh.wikipedia.org/wiki/河内 "wikilink") | [河内](https://zh.wikipedia.org/wiki/河内 "wikilink") |',
      '',
    ].join('\n');
    const [event] = timeline({ 'a.md': seed }).events;
    assert.equal(event?.sentence, '2001年3月1日，普京访问河内，河内');
    assert.deepEqual([...event!.entities].sort(), ['he-nei', 'pu-jing']);
  });
});

describe('a date without a year or month takes it from its context', () => {
  const dates = (seeds: Record<string, string>) =>
    timeline(seeds).events.map((e) => [e.text, e.date.start.iso, e.date.end?.iso, e.date.certainty] as const);

  it('同年 takes the year of the date before it, in the same article; the anchor includes 同年', () => {
    const got = dates({ 'a.md': '1860年《北京條約》簽訂後，同年7月2日俄軍在此建立哨所。\n\n2018年9月陳大光逝世。\n\n阮富仲于同年10月23日由國會選為國家主席。\n' });
    assert.deepEqual(got, [
      ['1860年', '1860', undefined, 'stated'],
      ['同年7月2日', '1860-07-02', undefined, 'inferred'],
      ['2018年9月', '2018-09', undefined, 'stated'],
      ['同年10月23日', '2018-10-23', undefined, 'inferred'],
    ]);
  });

  it('a month and day take the year of the date before them in the same paragraph, unless that goes back in time', () => {
    const got = dates({
      'a.md': '1945年八月革命後，胡志明於9月2日宣讀《獨立宣言》。\n\n2024年7月19日逝世。越南為其舉行國葬（7月25日至26日）。\n\n2018年10月當選，3月5日訪問。\n',
    });
    assert.deepEqual(got, [
      ['1945年八月', '1945-08', undefined, 'stated'],
      ['9月2日', '1945-09-02', undefined, 'inferred'],
      ['2024年7月19日', '2024-07-19', undefined, 'stated'],
      ['7月25日至26日', '2024-07-25', '2024-07-26', 'inferred'],
      ['2018年10月', '2018-10', undefined, 'stated'],
      ['3月5日', '03-05', undefined, 'stated'],
    ]);
  });

  it('a recurring day and an anniversary are no events; 早在 is not approximate', () => {
    const { events } = timeline({ 'a.md': '1954年10月10日越盟接管河內，此後每年10月10日為首都解放日。2010年10月舉行建城1000年大典。早在1988年已討論。\n' });
    assert.deepEqual(events.map((e) => [e.text, e.date.approximate ?? false]), [
      ['1954年10月10日', false],
      ['2010年10月', false],
      ['1988年', false],
    ]);
  });

  it('a day without a month takes the month and year of the report (its dateline)', () => {
    const report = [
      '岘港市迎来今年第100万名俄罗斯游客',
      '',
      '越通社岘港10月5日电 岘港市旅游局本月4日表示,本月15日该市将举行仪式。阮金山11日在河内会见大使。',
      '',
      '2023年前8个月,赴越俄罗斯游客达到14.6万人次。编者注:本文数据来自岘港市旅游局,2024年10月4日更新。',
      '',
    ].join('\n');
    const got = dates({ 'n.txt': report }).filter(([text]) => text.endsWith('日') && !text.startsWith('2024'));
    // The dateline's 10月5日 dates the report and is printed apart: it is no event of the text.
    assert.deepEqual(got, [
      ['本月4日', '2024-10-04', undefined, 'inferred'],
      ['本月15日', '2024-10-15', undefined, 'inferred'],
    ]);
  });
});

describe('a report\'s bare year beside its own dates', () => {
  it('adds no event when a month and day in the same sentence take that year from the report (6月6日晚，2025年顺化…节开幕)', () => {
    const report = ['2025年顺化传统手工艺节开幕', '', '越通社顺化6月7日电 6月6日晚，2025年顺化传统手工艺节在顺化皇城隆重开幕。2025年是该节第十届。', ''].join('\n');
    const got = timeline({ 'n.txt': report }).events.map((e) => [e.text, e.date.start.iso]);
    assert.deepEqual(got, [
      ['6月6日', '2025-06-06'],
      ['2025年', '2025'],
    ]);
  });
});

describe('a report\'s day ranges', () => {
  it('a range from a time of one day to a time of another is one event (3日凌晨2时至4日7时)', () => {
    const report = ['越南中部暴雨洪灾', '', '越通社河内11月5日电 据通报，3日凌晨2时至4日7时，承天顺化省部分地区24小时降雨量超过600毫米。', ''].join('\n');
    const got = timeline({ 'n.txt': report }).events.map((e) => [e.text, e.date.start.iso, e.date.end?.iso]);
    assert.deepEqual(got, [['3日凌晨2时至4日7时', '11-03', '11-04']]);
  });
});

describe('sources are not events', () => {
  it('a list left under a references or external-links heading gives no events', () => {
    const { events } = timeline({ 'a.md': '2010年建成。\n\n## 參考文獻\n\n1.  [Hanoi](https://books.google.com/x)，William S. Logan，2000年\n\n## 外部連結\n\n  - [官網](https://hanoi.gov.vn/)（2019年）\n' });
    assert.deepEqual(events.map((e) => e.text), ['2010年']);
  });
});

describe('what is dated but is no event', () => {
  const texts = (seeds: Record<string, string>) => timeline(seeds).events.map((e) => e.text);

  it('the months of a statistic (今年1-10月, 1至10月) are no event', () => {
    const got = texts({ 'a.md': '2025年1-10月，越南货物进出口总额达7620亿美元。今年1至10月出口增长16%。2025年10月，出口额达420亿美元。\n' });
    assert.deepEqual(got, ['2025年10月']);
  });

  it('a source\'s publication date and an as-of time are no events (据越通社11月4日报道, 截至4日上午8时)', () => {
    const report = [
      '越南中部暴雨洪灾',
      '',
      '据越通社11月4日报道，越南中部多地自当地时间11月3日凌晨起普降大到暴雨。截至4日上午8时，洪灾已造成27人死亡。俄新社11月5日报道称，援助已到。',
      '',
      '越南政府副总理于4日上午赶赴灾区。',
      '',
    ].join('\n');
    const got = timeline({ 'n.txt': report }).events.map((e) => [e.text, e.date.start.iso]);
    assert.deepEqual(got, [
      ['11月3日', '11-03'],
      ['4日', '11-04'],
    ]);
  });

  it('the base of a comparison is no event (比2017年下降, 较2019年, 与2020年相比, 同比)', () => {
    const got = texts({
      'a.md': '2018年贸易额约45亿美元，比2017年下降约15%。2021年出口较2019年增长。2022年与2020年相比增长一倍。2023年同比2022年增长。与2019年同期相比，2024年增长。\n',
    });
    assert.deepEqual(got, ['2018年', '2021年', '2022年', '2023年', '2024年']);
  });

  it('a year in a title 《…》 is part of the name, no event; other dates of the sentence are', () => {
    const got = texts({
      'a.md': '俄方支持在尊重《1982年联合国海洋法公约》的基础上解决争端。会谈后，两位外长签署了《2019-2020年越俄外交部磋商计划》。1994年6月16日，两国签署《1994年越俄友好关系基本原则条约》。\n',
    });
    assert.deepEqual(got, ['1994年6月16日']);
  });
});
