/**
 * Entities of plain-text reports, which link nothing: the glossary's people
 * and names, and the person names the context marks in two articles.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestSeed } from '../src/ingest/index.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { linkCorpus, type LinkGlossary } from '../src/link/index.ts';
import { withoutEntityLinks } from '../src/link/mentions.ts';
import { plainText } from '../src/link/walk.ts';
import type { Article, Inline } from '../src/model/index.ts';
import { buildSite } from '../src/site/build.ts';
import { allInlines, ROOT } from './helpers.ts';

const seed = (name: string, text: string) => ingestSeed(parseSeed(name, text));
const EMPTY = { people: [], terms: [] };

/** Three reports: 梁强 and 费利克斯·乌略亚 after their titles in two (one in Traditional script), 阮忠进 in one, 米舒斯京 cut short (米舒斯) in one. */
const reports = (): Article[] => [
  ...seed(
    'a.txt',
    '越南国家主席梁强会见俄罗斯客人\n\n越通社河内1月17日电 越南国家主席梁强当天在河内会见了俄罗斯客人。梁强表示，越俄友谊源远流长。国家统计局副局长阮忠进出席。\n\n双方同意加强在东盟框架内的合作。俄罗斯总理米舒斯京(Mikhail Mishustin)发来贺电。萨尔瓦多副总统费利克斯·乌略亚出席。(越通社-VNA)\n',
  ),
  ...seed('b.txt', '越南國家主席出席紀念大會\n\n越通社河內1月18日電 越南國家主席梁強出席紀念大會並發表講話。外長范平明與薩爾瓦多副總統費利克斯·烏略亞陪同。(越通社-VNA)\n'),
  ...seed('c.txt', '越南政府总理会见外宾\n\n越通社河内1月20日电 越南政府总理范明政在河内会见外宾。双方谈到了东协与软件产业。(越通社-VNA)\n'),
];

const texts = (a: Article) => allInlines(a).filter((i): i is Extract<Inline, { type: 'text' }> => i.type === 'text').map((i) => i.value);

describe('entities of reports without links', () => {
  it('take a name the context marks as a person\'s in two articles for a person, in either script: 梁强 is 梁強', () => {
    const { articles, entities } = linkCorpus(reports(), { glossary: EMPTY });
    const liang = entities.find((e) => e.title === '梁强')!;
    assert.ok(liang, '梁强 is an entity');
    assert.deepEqual([liang.kind, liang.hasPage], ['person', true]);
    assert.deepEqual([...new Set(liang.mentions.map((m) => m.articleId))], [articles[0]!.id, articles[1]!.id]);
    assert.ok(liang.aliases.includes('梁強'));
    // A bare 梁强 in the text (梁强表示) is his too, and the reports are related through him.
    assert.ok(liang.mentions.some((m) => m.sentence.startsWith('梁强表示')));
    const ulloa = entities.find((e) => e.title === '费利克斯·乌略亚')!;
    assert.deepEqual([ulloa.kind, ulloa.aliases], ['person', ['费利克斯·乌略亚', '乌略亚', '費利克斯·烏略亞']]);
  });

  it('leave out names the context marks in one article only, fragments of names and first names alone', () => {
    const { articles, entities } = linkCorpus(reports(), { glossary: EMPTY });
    const titles = entities.map((e) => e.title);
    for (const name of ['阮忠进', '米舒斯', '米舒斯京', '费利克斯', '乌略亚', '范平明', '范明政']) assert.ok(!titles.includes(name), name);
    assert.ok(texts(articles[0]!).some((t) => t.includes('俄罗斯总理米舒斯京（Mikhail Mishustin）发来贺电')), 'the text stays whole');
  });

  it('take the glossary\'s people for people and its terms that name one thing for entities under every form, wherever the text names them', () => {
    const glossary: LinkGlossary = {
      people: ['范平明', '范明政', '范文同'],
      terms: [{ forms: { 'zh-hans': '东盟', 'zh-hant': '東盟', 'zh-tw': '東協' } }, { forms: { 'zh-hans': '软件', 'zh-tw': '軟體' } }],
    };
    const { articles, entities } = linkCorpus(reports(), { glossary });
    const byTitle = (t: string) => entities.find((e) => e.title === t);
    assert.deepEqual([byTitle('范平明')!.kind, byTitle('范平明')!.hasPage], ['person', true], 'named once, by the glossary: a person with a page');
    assert.deepEqual(byTitle('范明政')!.mentions.map((m) => m.articleId), [articles[2]!.id]);
    assert.equal(byTitle('范文同'), undefined, 'a glossary name the corpus never names makes no entity');
    const asean = byTitle('东盟')!;
    // Its forms, and 东协 as the Simplified text wrote 東協.
    assert.deepEqual([asean.kind, asean.aliases], ['organisation', ['东盟', '東盟', '東協', '东协']]);
    assert.deepEqual(asean.mentions.map((m) => m.articleId), [articles[0]!.id, articles[2]!.id], '東協 in a Simplified text (东协) is ASEAN too');
    assert.equal(byTitle('软件'), undefined, 'a term that names no person, place or organisation is a word');
  });

  it('let the glossary say who is a person where a wikilink did not, and add its other forms to a known name', () => {
    const wiki = [ingestWiki(parseSeed('w.md', '# 甲\n\n[阮明哲](../Page/阮明哲.md "wikilink")出席，[普京](../Page/普京.md "wikilink")未出席。\n'))];
    const { entities } = linkCorpus(wiki, { glossary: { people: ['阮明哲'], terms: [{ forms: { 'zh-hans': '普京', 'zh-tw': '普丁' } }] } });
    assert.equal(entities.find((e) => e.title === '阮明哲')!.kind, 'person');
    assert.deepEqual(entities.find((e) => e.title === '普京')!.aliases, ['普京', '普丁']);
  });

  it('never take a full name that ends in a known person\'s for another person: 谢尔盖·拉夫罗夫 is 拉夫羅夫', () => {
    const { entities } = linkCorpus(
      [
        ingestWiki(parseSeed('w.md', '# 乙\n\n[拉夫羅夫](../Page/拉夫羅夫.md "wikilink")訪問河內。\n')),
        ...seed('d.txt', '外长会谈\n\n俄罗斯外交部长谢尔盖·拉夫罗夫抵达河内。(越通社-VNA)\n'),
        ...seed('e.txt', '外长讲话\n\n俄罗斯外交部长谢尔盖·拉夫罗夫发表讲话。(越通社-VNA)\n'),
      ],
      { glossary: EMPTY },
    );
    assert.deepEqual(entities.filter((e) => e.kind === 'person').map((e) => e.title), ['拉夫羅夫']);
    assert.equal(entities.find((e) => e.title === '拉夫羅夫')!.mentions.length, 3);
  });

  it('turn the links to an entity that goes back into the text they were made of', () => {
    const { articles, entities } = linkCorpus(reports(), { glossary: { people: ['范明政'], terms: [] } });
    const id = entities.find((e) => e.title === '范明政')!.id;
    const before = articles[2]!;
    assert.ok(allInlines(before).some((i) => i.type === 'link' && i.target.kind === 'entity' && i.target.id === id));
    const [after] = withoutEntityLinks([before], new Set([id]), [before.id]);
    assert.ok(!allInlines(after!).some((i) => i.type === 'link' && i.target.kind === 'entity' && i.target.id === id));
    const paragraph = (a: Article) => {
      const p = a.lead.find((b) => b.type === 'paragraph');
      return p?.type === 'paragraph' ? p.children : [];
    };
    const [first] = paragraph(after!);
    assert.ok(first?.type === 'text' && first.value.startsWith('越南政府总理范明政在河内会见外宾。'), 'one text again, as before the link pass split it');
    assert.equal(plainText(paragraph(after!)), plainText(paragraph(before)));
  });
});

describe('the site build', () => {
  const { model } = buildSite(path.join(ROOT, 'seeds'));
  it('reads the glossary: 范平明 (named after his title in the report), 范明政 (in three teasers) and 东盟 are entities with pages', () => {
    const entity = (title: string) => model.entities.find((e) => e.title === title)!;
    assert.deepEqual([entity('范平明').kind, entity('范平明').hasPage], ['person', true]);
    assert.equal(new Set(entity('范明政').mentions.map((m) => m.articleId)).size, 3);
    assert.deepEqual([entity('东盟').kind, entity('东盟').hasPage], ['organisation', true]);
  });
});
