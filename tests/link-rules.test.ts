import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convert, convertInlines } from '../src/convert/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { linkCorpus } from '../src/link/index.ts';
import { Sentences } from '../src/link/walk.ts';
import type { Article, Block, Inline } from '../src/model/index.ts';
import { extractEvents } from '../src/timeline/events.ts';
import { EventSentences } from '../src/timeline/sentences.ts';

const seed = (name: string, text: string) => ingestWiki(parseSeed(`rules-${name}.md`, `# ${name}\n\n${text}\n`));
/** Every inline of the article, in list items too. */
const allInlines = (a: Article): Inline[] => {
  const out: Inline[] = [];
  const inlines = (list: readonly Inline[]) => list.forEach((i) => (out.push(i), 'children' in i && inlines(i.children)));
  const blocks = (list: readonly Block[]): void =>
    list.forEach((b) => (b.type === 'paragraph' ? inlines(b.children) : b.type === 'list' ? b.items.forEach(blocks) : undefined));
  blocks(a.lead);
  a.sections.forEach((s) => blocks(s.blocks));
  return out;
};
const link = (t: string) => `[${t}](../Page/${t}.md "wikilink")`;

describe('conversion rules (-{…}-) and the link pass', () => {
  // 102 海防市:60, a list item whose country is written as a rule.
  const article = seed('海防', `${link('俄羅斯')}是大國。\n\n## 友好城市\n\n  - ${link('符拉迪沃斯托克')}（Vladivostok），-{zh-hans:俄罗斯;zh-hant:俄羅斯}-，1992年\n  - 俄罗斯的另一城市，1993年\n`);
  const { articles, entities } = linkCorpus([article]);
  const russia = entities.find((e) => e.title === '俄羅斯')!;
  const texts = allInlines(articles[0]!).filter((i): i is Extract<Inline, { type: 'text' }> => i.type === 'text');

  it('never links a name inside a rule, nor splits the rule\'s text: the converter gets the rule whole', () => {
    const rule = texts.find((t) => t.value.includes('-{'))!;
    assert.equal(rule.value, '（Vladivostok），-{zh-hans:俄罗斯;zh-hant:俄羅斯}-，1992年');
    const item = articles[0]!.sections[0]!.blocks[0]!;
    assert.equal(item.type, 'list');
    const first = item.type === 'list' ? item.items[0]![0]! : undefined;
    assert.ok(first?.type === 'paragraph');
    const shown = (target: 'zh-Hant' | 'zh-Hans') => convertInlines(first.children, target).map((i) => ('value' in i ? i.value : '')).join('');
    assert.ok(shown('zh-Hant').includes('，俄羅斯，1992年') && !shown('zh-Hant').includes('-{'), shown('zh-Hant'));
    assert.ok(shown('zh-Hans').includes('，俄罗斯，1992年') && !shown('zh-Hans').includes('-{'), shown('zh-Hans'));
  });

  it('counts the rule\'s name once, in a sentence that holds the whole rule, and links the next mention in the section instead', () => {
    const inItems = russia.mentions.filter((m) => m.sectionId);
    assert.deepEqual(
      inItems.map((m) => m.sentence),
      ['符拉迪沃斯托克（Vladivostok），-{zh-hans:俄罗斯;zh-hant:俄羅斯}-，1992年', '俄罗斯的另一城市，1993年'],
    );
    assert.ok(allInlines(articles[0]!).some((i) => i.type === 'link' && i.target.kind === 'entity' && i.target.id === russia.id && i.children[0]?.type === 'text' && i.children[0].value === '俄罗斯'));
  });

  it('counts no name in a rule that shows nothing (-{H|…}-)', () => {
    const { entities: hidden } = linkCorpus([seed('隱藏', `${link('俄羅斯')}是大國。\n\n## 甲\n\n-{H|zh-hans:俄罗斯;zh-hant:俄羅斯}-海防是港口。`)]);
    assert.equal(hidden.find((e) => e.title === '俄羅斯')!.mentions.length, 1);
  });

  it('ends no sentence at the `;` inside a rule, for mentions and for the timeline', () => {
    const text = '1872年，阮朝在此設立海防署，作為-{zh-hans:港口;zh-hant:港埠}-管理機構。1888年設市。';
    assert.equal(new Sentences(text).at(20), '1872年，阮朝在此設立海防署，作為-{zh-hans:港口;zh-hant:港埠}-管理機構。');
    assert.equal(new EventSentences(text).at(0), '1872年，阮朝在此設立海防署，作為-{zh-hans:港口;zh-hant:港埠}-管理機構。');
    assert.equal(new Sentences(text).at(text.length - 2), '1888年設市。');
    const dated = linkCorpus([seed('海防署', `  - ${text}`)]);
    const events = extractEvents(dated.articles, dated.entities).events;
    const first = events.find((e) => e.date.start.iso === '1872')!;
    assert.equal(convert(first.sentence, 'zh-Hant'), '1872年，阮朝在此設立海防署，作為港埠管理機構。');
    assert.equal(convert(first.sentence, 'zh-Hans'), '1872年，阮朝在此设立海防署，作为港口管理机构。');
  });
});

describe('conversion rules and the timeline', () => {
  it('marks no date inside a rule, which the date\'s link would split', () => {
    const { articles, entities } = linkCorpus([seed('年代', '海防港於-{zh-hans:1992年;zh-hant:1992年}-擴建，2001年完工。')]);
    const { articles: dated, events } = extractEvents(articles, entities);
    assert.deepEqual(events.map((e) => e.text), ['2001年']);
    const rule = allInlines(dated[0]!).find((i) => i.type === 'text' && i.value.includes('-{'));
    assert.ok(rule?.type === 'text' && rule.value.includes('-{zh-hans:1992年;zh-hant:1992年}-'));
  });
});
