import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { linkCorpus, relatedArticles } from '../src/link/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import type { Article, Block, Inline } from '../src/model/index.ts';
import { buildSite } from '../src/site/build.ts';
import { fileText } from '../src/site/export.ts';
import { sitePages, summaryOf } from '../src/site/pages.ts';
import { entityLink } from '../src/site/entity-pages.ts';
import { scriptChars } from '../src/site/search-chars.ts';
import { uiStrings } from '../src/site/ui.ts';
import { convert } from '../src/convert/index.ts';
import { chronological, timelinePages } from '../src/site/timeline-pages.ts';
import { allInlines, ROOT } from './helpers.ts';
import { plainText } from '../src/link/walk.ts';

const { model } = buildSite(path.join(ROOT, 'seeds'));
const wiki = model.articles.find((a) => a.kind === 'wiki')!;
const news = model.articles.find((a) => a.kind === 'news')!;
const entity = (id: string) => model.entities.find((e) => e.id === id)!;
/** Every inline of the article, in list items, quotes and table cells too. */
const deepInlines = (a: Article): Inline[] => {
  const out: Inline[] = [];
  const inlines = (list: readonly Inline[]) => list.forEach((i) => (out.push(i), 'children' in i && inlines(i.children)));
  const blocks = (list: readonly Block[]): void =>
    list.forEach((b) => {
      if (b.type === 'paragraph' || b.type === 'related') inlines(b.children);
      else if (b.type === 'figure') inlines(b.caption);
      else if (b.type === 'table') b.rows.flat().forEach(inlines);
      else if (b.type === 'list') b.items.forEach(blocks);
      else if (b.type === 'quote') blocks(b.children);
    });
  blocks(a.lead);
  a.sections.forEach((s) => (inlines(s.heading), blocks(s.blocks)));
  return out;
};
const entityLinks = (a: Article, id: string) =>
  allInlines(a).filter((i): i is Extract<Inline, { type: 'link' }> => i.type === 'link' && i.target.kind === 'entity' && i.target.id === id);

describe('entities', () => {
  it('resolve every wikilink target, with aliases: 普京 for 弗拉基米爾·普京', () => {
    const putin = entity('fu-la-ji-mi-er-pu-jing');
    assert.equal(putin.title, '弗拉基米爾·普京');
    assert.equal(putin.kind, 'person');
    assert.ok(putin.aliases.includes('普京'));
    assert.equal(allInlines({ ...wiki, footnotes: [] }).filter((i) => i.type === 'link' && i.target.kind === 'wikipedia').length, 0, 'body wikilinks all became entity links');
  });

  it('match script-insensitively and take a full `·` name ending in the entity as the same person', () => {
    const lavrov = entity('la-fu-luo-fu');
    assert.ok(lavrov.aliases.includes('谢尔盖·拉夫罗夫'));
    const inNews = lavrov.mentions.filter((m) => m.articleId === news.id);
    assert.ok(inNews.length >= 5);
    assert.ok(inNews.some((m) => m.sentence.startsWith('谢尔盖·拉夫罗夫表示')));
  });

  it('find entities in the news report, which has no links: 俄罗斯, 中国, 河内 (its dateline)', () => {
    for (const id of ['e-luo-si', 'zhong-guo', 'he-nei']) {
      assert.ok(entity(id).mentions.some((m) => m.articleId === news.id), id);
    }
    assert.ok(entity('he-nei').mentions.some((m) => m.articleId === news.id && m.blockId === 'dateline'));
  });

  it('never match inside a longer name: 欧亚经济联盟 is not 歐亞經濟共同體, 白俄罗斯 is not 俄羅斯', () => {
    assert.ok(entity('ou-ya-jing-ji-gong-tong-ti').mentions.every((m) => m.articleId === wiki.id));
    const a = linkCorpus([
      ingestWiki(parseSeed('link-longer.md', '[俄羅斯](../Page/俄羅斯.md "wikilink")和[白俄羅斯](../Page/白俄羅斯.md "wikilink")。\n\n白俄罗斯总统到访。\n')),
    ]);
    assert.deepEqual(a.entities.find((e) => e.title === '俄羅斯')!.mentions.map((m) => m.sentence), ['俄羅斯和白俄羅斯。']);
  });

  it('take a country\'s name with 聯邦 for the country: 俄罗斯联邦 is 俄羅斯, matched whole, once per sentence', () => {
    assert.equal(model.entities.some((e) => e.id === 'e-luo-si-lian-bang'), false);
    const russia = entity('e-luo-si');
    assert.ok(russia.aliases.includes('俄罗斯联邦'));
    assert.equal(russia.mentions.filter((m) => m.sentence.startsWith('应越南政府副总理')).length, 1);
    // 越南共和國 was South Vietnam, and 馬來亞聯邦 is no CLDR country: neither folds.
    const a = linkCorpus([
      ingestWiki(parseSeed('link-states.md', ['越南', '越南共和國', '馬來亞', '馬來亞聯邦'].map((t) => `[${t}](../Page/${t}.md "wikilink")`).join('、') + '。\n')),
    ]);
    assert.deepEqual(a.entities.map((e) => e.title), ['越南', '越南共和國', '馬來亞', '馬來亞聯邦']);
  });

  it('never match inside a segment of another `·` name: 米哈 is not in 米哈米德·里亞 nor in 列德普·立略米哈', () => {
    const a = linkCorpus([
      ingestWiki(
        parseSeed(
          'k.md',
          '外長[華納·米哈](../Page/華納·米哈.md "wikilink")到訪河內。\n\n米哈米德·里亞出席會議。\n\n列德普·立略米哈出席會議。\n\n米哈在訪問中與越方會談。\n\n會見了米哈。\n',
        ),
      ),
    ]);
    const miha = a.entities.find((e) => e.title === '華納·米哈')!;
    assert.deepEqual(
      miha.mentions.map((m) => m.sentence),
      ['外長華納·米哈到訪河內。', '米哈在訪問中與越方會談。', '會見了米哈。'],
    );
  });

  it('link the first mention in a section, not every one', () => {
    assert.equal(entityLinks(news, 'e-luo-si').length, 1);
    assert.equal(entityLinks(news, 'la-fu-luo-fu').length, 1);
    const inMilitary = wiki.sections.find((s) => s.id === 'jun-shi-guan-xi')!;
    const russiaLinks = inMilitary.blocks.flatMap((b) => (b.type === 'paragraph' ? allInlines({ ...wiki, lead: [b], sections: [], footnotes: [] }) : []))
      .filter((i) => i.type === 'link' && i.target.kind === 'entity' && i.target.id === 'e-luo-si');
    assert.equal(russiaLinks.length, 1);
  });

  it('give pages to people, places, organisations and anything named in more than one place', () => {
    const withPage = model.entities.filter((e) => e.hasPage).map((e) => e.id);
    for (const id of ['la-fu-luo-fu', 'he-nei', 'mo-si-ke', 'ruan-ming-zhe', 'ou-ya-jing-ji-gong-tong-ti', 'su-lian', 'bei-yue']) assert.ok(withPage.includes(id), id);
    for (const id of ['yuan-you', 'yin-du-yue-nan-guan-xi', 'the-diplomat']) assert.ok(!withPage.includes(id), id);
  });

  it('a person named after a title is a person; a place visited is a place', () => {
    const a = linkCorpus([
      ingestWiki(parseSeed('k.md', '越南主席[陳德良](../Page/陳德良.md "wikilink")訪問[莫斯科](../Page/莫斯科.md "wikilink")。\n')),
    ]);
    assert.deepEqual(a.entities.map((e) => [e.title, e.kind]), [['陳德良', 'person'], ['莫斯科', 'place']]);
  });

  it('collect and find entities in list items, quotes and table cells as in paragraphs, each under its own anchor', () => {
    const a = linkCorpus([
      ingestWiki(
        parseSeed(
          'link-lists.md',
          '# 河內\n\n河內是越南首都。\n\n## 行政區劃\n\n- 郡：\n    - [還劍郡](../Page/還劍郡.md "wikilink")\n    - [巴亭郡](../Page/巴亭郡.md "wikilink")——[胡志明陵](https://zh.wikipedia.org/wiki/胡志明陵 "wikilink")所在地\n\n> 還劍郡是河內的中心。\n\n| 郡 | 面積 |\n| --- | --- |\n| 巴亭郡 | 9.2 |\n',
        ),
      ),
    ]);
    const mentions = (title: string) => a.entities.find((e) => e.title === title)!.mentions.map((m) => [m.blockId, m.sentence]);
    assert.deepEqual(mentions('還劍郡'), [['p-item-3', '還劍郡'], ['p-quote', '還劍郡是河內的中心。']]);
    assert.deepEqual(mentions('巴亭郡'), [['p-item-4', '巴亭郡——胡志明陵所在地'], ['p-xing-zheng-qu-hua-3', '巴亭郡']], 'a table cell is a text of its own');
    assert.deepEqual(mentions('胡志明陵'), [['p-item-4', '巴亭郡——胡志明陵所在地']]);
    const links = deepInlines(a.articles[0]!).filter((i) => i.type === 'link');
    assert.deepEqual(links.map((l) => l.type === 'link' && l.target.kind), ['entity', 'entity', 'entity'], 'the list\'s wikilinks became entity links');
  });

  it('file offices, currencies and common nouns as other, former states as places, whatever the text around them says', () => {
    const links = ['越南社會主義共和國主席', '俄羅斯總理', '美元', '大使館', '蘇聯海軍', '歐亞經濟共同體', '蘇聯', '北越', '俄羅斯聯邦', '濱海邊疆區'];
    const text = links.map((t) => `[${t}](../Page/${t}.md "wikilink")`).join('、');
    // 訪問 before a name makes it a place, and a title before it a person: neither may outweigh what the name is.
    const a = linkCorpus([ingestWiki(parseSeed('link-kinds.md', `${text}。\n\n總統訪問大使館。\n\n部長訪問美元。\n\n主席苏联的代表。\n`))]);
    assert.deepEqual(
      a.entities.map((e) => [e.title, e.kind]),
      [
        ['越南社會主義共和國主席', 'other'],
        ['俄羅斯總理', 'other'],
        ['美元', 'other'],
        ['大使館', 'other'],
        ['蘇聯海軍', 'organisation'],
        ['歐亞經濟共同體', 'organisation'],
        ['蘇聯', 'place'],
        ['北越', 'place'],
        ['俄羅斯聯邦', 'place'],
        ['濱海邊疆區', 'place'],
      ],
    );
    const embassy = a.entities.find((e) => e.title === '大使館')!;
    assert.ok(embassy.mentions.length >= 2 && !embassy.hasPage, 'a common noun named in two places still gets no page');
    assert.ok(a.entities.find((e) => e.title === '美元')!.hasPage, 'a currency named in two places does');
  });

  it('relate articles by the people, places and organisations they share, never by offices, currencies or common nouns', () => {
    const seed = (name: string, text: string) => ingestWiki(parseSeed(`link-${name}.md`, `# ${name}\n\n${text}\n`));
    const links = (...titles: string[]) => titles.map((t) => `[${t}](../Page/${t}.md "wikilink")`).join('和');
    const { articles, entities } = linkCorpus([
      seed('甲', `${links('大使館', '美元', '越南社會主義共和國主席', '原油')}。`),
      seed('乙', '大使館以美元支付原油，越南社會主義共和國主席出席。'),
      seed('丙', `總統訪問${links('河內')}。`),
      seed('丁', '河內的大使館。'),
    ]);
    const related = relatedArticles(articles, entities, []);
    const ids = articles.map((a) => a.id);
    assert.deepEqual(related[ids[0]!] ?? [], [], 'nothing but common nouns in common');
    assert.deepEqual(related[ids[2]!]!.map((r) => [r.articleId, r.entities]), [[ids[3], ['he-nei']]], 'a place is a reason; the embassy is not');
  });

  it('show only people and places under the home page\'s 專名索引', () => {
    const home = sitePages(model).homes.find((p) => p.variant === 'zh-Hant')!;
    const byTitle = new Map(model.entities.map((e) => [convert(e.title, 'zh-Hant'), e]));
    assert.ok(home.entities.length > 0);
    assert.deepEqual(home.entities.map((e) => byTitle.get(e.title)!.kind).filter((k) => k !== 'person' && k !== 'place'), []);
  });

  it('relate entities named in the same sentence', () => {
    assert.ok(entity('la-fu-luo-fu').related.some((r) => r.id === 'e-luo-si'));
  });
});

describe('articles as link targets', () => {
  const subjects = buildSite(path.join(ROOT, 'tests/fixtures/link-subjects')).model;
  const article = (id: string) => subjects.articles.find((a) => a.id === id)!;
  const targets = (a: Article) => deepInlines(a).flatMap((i) => (i.type === 'link' ? [[plainText(i.children), i.target] as const] : []));
  const report = subjects.articles.find((a) => a.kind === 'news')!;

  it('turn a wikilink to an article of the corpus, by title in either script, into a link to the article (and its section)', () => {
    // 河內 is linked in Traditional script; the article is titled 河内, in Simplified, and bolds 昇龙, an older name, in its lead.
    const links = targets(article('e-yue-guan-xi')).filter(([, t]) => t.kind === 'internal');
    assert.deepEqual(links, [
      ['河內', { kind: 'internal', slug: 'he-nei' }],
      ['昇龍', { kind: 'internal', slug: 'he-nei' }],
      ['河內', { kind: 'internal', slug: 'he-nei', anchor: 'li-shi' }],
    ]);
  });

  it('link mentions of an article\'s subject in other articles to it, by its title or a bold name of its lead, whatever its kind', () => {
    assert.deepEqual(
      targets(report).map(([text, t]) => [text, t.kind === 'internal' ? t.slug : t.kind]),
      // The dateline 越通社河內6月20日電 is printed apart: 阮富仲 comes first in the text.
      [['阮富仲', 'ruan-fu-zhong'], ['河內', 'he-nei'], ['俄越關係', 'e-yue-guan-xi']],
      'the first mention in a section only; 俄越關係 is of kind other, and still leads to its article',
    );
    assert.equal(targets(article('he-nei')).filter(([, t]) => t.kind === 'internal').length, 0, 'an article never links to itself');
    // person.md opens with page furniture (跳至導覽 跳至搜尋), which leaves: its title is its bold name.
    const nguyen = subjects.entities.find((e) => e.article === 'ruan-fu-zhong')!;
    assert.deepEqual([nguyen.id, nguyen.title, nguyen.wikipediaTitle, nguyen.kind], ['ruan-fu-zhong', '阮富仲', '阮富仲', 'person'], 'named by its bold name, not by a title made from the file name');
  });

  it('give the entity of an article\'s subject a page, whatever its kind, when another article names it, that links to the article', () => {
    const hanoi = subjects.entities.find((e) => e.id === 'he-nei')!;
    assert.equal(hanoi.article, 'he-nei');
    const exported = JSON.parse(fileText(sitePages(subjects).files.find((f) => f.url === '/data/entities.json')!)).items.find((e: { id: string }) => e.id === 'he-nei');
    assert.equal(exported.article, 'he-nei', 'the export says which article is about the entity');
    // The seeds' 俄越關係 is of kind other and named only in its own lead: a page of it would repeat the article.
    const relations = entity('e-yue-guan-xi');
    assert.deepEqual([relations.kind, relations.article, relations.mentions.length, relations.hasPage], ['other', wiki.id, 1, false]);
    const refs = new Map(model.articles.map((a) => [a.id, summaryOf(a, 'zh-Hant')]));
    assert.deepEqual(entityLink(relations, 'zh-Hant', refs), { title: '俄越關係', url: '/zh-hant/articles/e-yue-guan-xi.html', external: false }, 'links to it go to the article');
    // The entity names its article by id; the article's page is at its slug, whatever the id.
    const renamed = new Map([[wiki.id, { title: '俄越關係', slug: 'russia-vietnam' }]]);
    assert.equal(entityLink(relations, 'zh-Hant', renamed).url, '/zh-hant/articles/russia-vietnam.html');
    // In the fixture, the news report names 俄越關係: its entity has a page there.
    assert.equal(subjects.entities.find((e) => e.article === 'e-yue-guan-xi')!.hasPage, true);
    const pages = sitePages(subjects);
    for (const variant of ['zh-Hant', 'zh-Hans'] as const) {
      const page = pages.entities.find((p) => p.variant === variant && p.entity.id === 'he-nei')!;
      assert.deepEqual(page.article, { title: convert('河内', variant), url: `/${variant.toLowerCase()}/articles/he-nei.html` });
      const body = pages.articles.find((p) => p.variant === variant && p.article.slug === report.slug)!.body.lead;
      assert.match(body, /<a href="he-nei\.html" class="internal">/);
    }
  });

  it('relate the articles that name an article\'s subject to it', () => {
    const related = subjects.related[report.id]!.find((r) => r.articleId === 'ruan-fu-zhong')!;
    assert.deepEqual(related.entities, ['ruan-fu-zhong']);
  });
});

describe('timeline', () => {
  const events = (articleId: string) => model.events.filter((e) => e.articleId === articleId);
  const brief = (e: (typeof model.events)[number]) => [e.date.start.iso, e.date.start.precision, e.date.end?.iso ?? '', e.date.certainty, e.date.approximate ?? false];

  it('extracts the wiki\'s events at the precision the text gives', () => {
    assert.deepEqual(events(wiki.id).map(brief), [
      ['1950-01-30', 'day', '', 'stated', false],
      ['2001-01', 'month', '', 'stated', false],
      ['2009-07-25', 'day', '', 'stated', false],
      ['2001', 'year', '', 'stated', false],
      ['2008-10', 'month', '', 'stated', false],
      ['2009-07', 'xun', '', 'stated', false],
      ['2013-03', 'month', '', 'stated', false],
      ['1987', 'year', '', 'stated', false],
      ['1988', 'year', '', 'stated', false], // 早在1988年: as early as, not about
      ['1990', 'year', '', 'stated', false],
      ['2002', 'year', '', 'stated', false],
    ]);
    assert.equal(events(wiki.id).find((e) => e.date.start.precision === 'xun')!.date.start.xun, 2);
  });

  it('gives the news report\'s yearless dates the report\'s inferred year, and skips 1991年以来', () => {
    assert.deepEqual(events(news.id).map(brief), [
      ['2018-03-19', 'day', '2018-03-20', 'inferred', false],
      ['2019', 'year', '', 'stated', false],
      ['2017', 'year', '', 'stated', false],
      ['2016', 'year', '', 'stated', false],
    ]);
  });

  it('keeps briefs\' own dates, with the year of the teaser beside them that gives one, and drops a repeated bare year', () => {
    const briefs = model.events.filter((e) => model.articles.find((a) => a.id === e.articleId)!.kind === 'brief');
    assert.deepEqual(briefs.map(brief), [
      ['2025-11-22', 'day', '', 'inferred', false],
      ['2025-11-17', 'day', '2025-11-21', 'inferred', false],
      ['2025-11-19', 'day', '2025-11-21', 'inferred', false],
      ['2025-11-19', 'day', '2025-11-21', 'stated', false],
      ['2025-11-21', 'day', '', 'inferred', false],
      ['2025-11-21', 'day', '', 'inferred', false],
    ]);
  });

  it('records each event\'s sentence, paragraph, topic and entities', () => {
    const e1987 = model.events.find((e) => e.date.start.iso === '1987')!;
    assert.match(e1987.sentence, /^蘇聯海軍在越南金蘭灣.*基地又在1987年擴大了4倍/);
    assert.equal(e1987.topic, '軍事關係');
    assert.equal(e1987.blockId, 'p-jun-shi-guan-xi-1');
    assert.deepEqual(e1987.entities, ['su-lian', 'su-lian-hai-jun', 'zhong-guo']);
    assert.equal(model.events.find((e) => e.date.start.iso === '2001')!.topic, '經貿關係');
    const lavrov = model.events.find((e) => e.date.start.iso === '2009-07-25')!;
    assert.deepEqual(lavrov.entities, ['la-fu-luo-fu']);
  });

  it('marks the date in its paragraph as a date inline pointing at the event', () => {
    for (const e of model.events) {
      const article = model.articles.find((a) => a.id === e.articleId)!;
      const dates = allInlines(article).filter((i) => i.type === 'date' && i.eventId === e.id);
      assert.equal(dates.length, 1, e.id);
    }
  });
});

describe('cross-links', () => {
  it('relate the wiki article and the news report, with the shared entities as the reason', () => {
    const related = model.related[wiki.id]!.find((r) => r.articleId === news.id)!;
    assert.ok(related.entities.includes('la-fu-luo-fu'));
    assert.ok(related.entities.includes('e-luo-si'));
    assert.ok(model.related[news.id]!.some((r) => r.articleId === wiki.id));
  });
});

describe('pages of the knowledge layer', () => {
  const pages = sitePages(model);

  it('give each entity page every mention with a link to its paragraph, in both scripts', () => {
    const hans = pages.entities.find((p) => p.variant === 'zh-Hans' && p.entity.id === 'la-fu-luo-fu')!;
    assert.equal(hans.entity.title, '拉夫罗夫');
    assert.equal(hans.mentions.length, entity('la-fu-luo-fu').mentions.length);
    assert.ok(hans.mentions.every((m) => /^\/zh-hans\/articles\/[a-z0-9-]+\.html#[a-z0-9-]+$/.test(m.url)));
    assert.equal(hans.entity.wikipediaUrl, `https://zh.wikipedia.org/zh-hans/${encodeURIComponent('拉夫羅夫')}`);
  });

  it('order the entity index as Chinese readers expect: pinyin (zh-Hans), strokes (zh-Hant)', () => {
    const hans = pages.entityIndexes.find((p) => p.variant === 'zh-Hans')!.groups.find((g) => g.kind === 'place')!;
    const titles = hans.entities.map((e) => e.title);
    assert.deepEqual(titles, [...titles].sort(new Intl.Collator('zh-Hans-u-co-pinyin').compare));
    assert.equal(titles[0], '白俄罗斯');
    const hant = pages.entityIndexes.find((p) => p.variant === 'zh-Hant')!.groups.find((g) => g.kind === 'place')!;
    assert.equal(hant.entities[0]!.title, '中國', '中 has 4 strokes');
  });

  it('group the timeline by decade and year, with topic filter pages and each article\'s own chronology', () => {
    const all = pages.timelines.find((p) => p.variant === 'zh-Hant' && p.url === '/zh-hant/timeline/index.html')!;
    assert.deepEqual(all.decades.map((d) => d.label), ['1950年代', '1980年代', '1990年代', '2000年代', '2010年代', '2020年代']);
    assert.deepEqual(all.decades[1]!.years.map((y) => y.label), ['1987年', '1988年']);
    assert.equal(all.yearless.length, model.events.filter((e) => e.date.start.yearless).length);
    const military = pages.timelines.find((p) => p.url === '/zh-hant/timeline/topic-jun-shi-guan-xi.html')!;
    assert.equal(military.total, 4);
    assert.equal(all.periods, undefined, 'the seeds\' timeline fits on one page');
    const report = pages.articles.find((p) => p.variant === 'zh-Hans' && p.article.slug === news.slug)!;
    assert.equal(report.events.length, model.events.filter((e) => e.articleId === news.id).length);
    assert.ok(report.events.every((e) => e.anchor.startsWith(`${report.url}#at-ev-`) && e.timelineUrl.startsWith('/zh-hans/timeline/index.html#ev-')));
    const ordered = chronological(model.events.filter((e) => e.articleId === news.id));
    assert.deepEqual(report.events.map((e) => e.anchor.split('#')[1]), ordered.map((e) => `at-${e.id}`));
    assert.notDeepEqual(ordered.map((e) => e.id), model.events.filter((e) => e.articleId === news.id).map((e) => e.id), 'text order differs from date order here');
    // An article's chronology lists yearless dates (MM-DD) last, as the timeline does under 年份不詳.
    const dated = model.events.find((e) => e.date.start.iso === '1987')!;
    const yearless = { ...dated, id: 'ev-yearless', date: { ...dated.date, start: { iso: '07-02', yearless: true as const, precision: 'day' as const } } };
    assert.deepEqual(chronological([yearless, dated]).map((e) => e.id), [dated.id, yearless.id]);
  });

  it('link each page of a long split timeline to a bounded set of others: decades, the decade\'s years, nearby parts of the year', () => {
    const [one, other] = [model.events.find((e) => e.date.start.iso.startsWith('1988'))!, model.events.find((e) => e.date.start.iso.startsWith('195'))!];
    // 30 pages of events in 1988 alone, and a few in the 1950s.
    const events = [...Array.from({ length: 6000 }, (_, i) => ({ ...one, id: `ev-x${i}` })), ...Array.from({ length: 3 }, (_, i) => ({ ...other, id: `ev-y${i}` }))];
    const big = { ...model, events };
    const refs = new Map(model.articles.map((a) => [a.id, summaryOf(a, 'zh-Hant')]));
    const all = [...timelinePages(big, 'zh-Hant', refs).pages].filter((p) => !p.filter);
    const first = all[0]!;
    assert.deepEqual(first.periods!.decades.map((d) => [d.label, d.count]), [['1950年代', 3], ['1980年代', 6000]]);
    assert.deepEqual([first.periods!.years, first.periods!.parts], [[], []]);
    const middle = all.find((p) => p.url.endsWith('/1988-15.html'))!;
    const nav = middle.periods!;
    assert.deepEqual(nav.years.map((y) => [y.label, y.current]), [['1988年', true]]);
    assert.equal(nav.parts.length, 21, 'ten parts either side');
    assert.ok(nav.parts[10]!.current && nav.parts[10]!.url.endsWith('/1988-15.html'));
    assert.ok(nav.decades.find((d) => d.label === '1980年代')!.current);
    assert.equal(all.find((p) => p.url.endsWith('/1988.html'))!.periods!.parts.length, 11, 'the first part: itself and ten after');
  });

  it('write a year before 1000 as readers do: 938年 in 930年代, though its key is 0938', () => {
    const one = model.events.find((e) => e.date.start.iso === '1987')!;
    const early = { ...one, id: 'ev-early', date: { ...one.date, start: { iso: '0938', precision: 'year' as const } } };
    const refs = new Map(model.articles.map((a) => [a.id, summaryOf(a, 'zh-Hant')]));
    const [page] = [...timelinePages({ ...model, events: [early, one] }, 'zh-Hant', refs).pages].filter((p) => !p.filter);
    assert.deepEqual(page!.decades.map((d) => [d.label, d.years.map((y) => y.label)]), [['930年代', ['938年']], ['1980年代', ['1987年']]]);
  });

  it('export articles, entities and events as JSON', () => {
    const files = Object.fromEntries(pages.files.filter((f) => f.url.endsWith('.json')).map((f) => [f.url, JSON.parse(fileText(f))]));
    assert.equal(files['/data/articles.json'].items.length, model.articles.length);
    assert.equal(files['/data/entities.json'].items.length, model.entities.length);
    const ev = files['/data/events.json'].items.find((e: { start: { iso: string } }) => e.start.iso === '1950-01-30');
    assert.equal(ev.sentence['zh-Hans'].slice(0, 4), '俄越关系');
    assert.match(ev.urls['zh-Hant'], /^zh-hant\/articles\/e-yue-guan-xi\.html#at-ev-/);
  });
});

describe('the search character map', () => {
  it('covers every Han character the indexed pages show, not only article paragraphs', () => {
    const maps = JSON.parse(fileText(scriptChars(model))) as Record<string, Record<string, string>>;
    const shown = new Set<string>();
    const add = (text: string) => {
      for (const ch of text) if (/\p{Script=Han}/u.test(ch)) shown.add(ch);
    };
    // What the pages print beside the paragraphs: footnotes, the reasons given for inferred dates, entity names, interface text.
    const inlines = (list: readonly Inline[]): void => list.forEach((i) => (i.type === 'text' ? add(i.value) : 'children' in i && inlines(i.children)));
    for (const a of model.articles) for (const f of a.footnotes) inlines(f.content ?? []);
    for (const d of [...model.articles.map((a) => a.date), ...model.events.map((e) => e.date)]) if (d?.reason) add(d.reason);
    for (const e of model.entities) [e.title, ...e.aliases].forEach(add);
    for (const variant of model.options.variants) for (const value of Object.values(uiStrings(variant))) if (typeof value === 'string') add(value);
    for (const variant of model.options.variants) {
      for (const ch of shown) {
        const converted = convert(ch, variant);
        if (converted !== ch && converted.length === 1) assert.equal(maps[variant]![ch], converted, `${variant}: ${ch}`);
      }
    }
    assert.ok(shown.has('據') || shown.has('据'), 'the seeds infer a date "據文中證據"');
  });

  it('folds every form of a character into one, so either side of a comparison may use either form', () => {
    const { fold } = JSON.parse(fileText(scriptChars(model))) as { fold: Record<string, string> };
    // 范 (the name 范明政 on zh-Hant pages) and 範 (模範) are one character to compare.
    assert.equal(fold['範'], '范');
    assert.equal(fold['范'], undefined);
    for (const [form, one] of Object.entries(fold)) {
      assert.equal(convert(form, 'zh-Hans'), one, form);
      assert.equal(fold[one], undefined, `${one} is folded once`);
    }
  });
});
