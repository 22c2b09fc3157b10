import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { linkCorpus, relatedArticles } from '../src/link/index.ts';
import { isGeneric } from '../src/link/kinds.ts';

const seed = (name: string, text: string) => ingestWiki(parseSeed(`kinds-${name}.md`, `# ${name}\n\n${text}\n`));
const links = (...titles: string[]) => titles.map((t) => `[${t}](../Page/${t}.md "wikilink")`).join('、');

describe('proper names of organisations', () => {
  it('are organisations and never common nouns: 東盟, 歐盟, 聯合國, 北約; 大使館, 政府, 外交部, 聯盟 stay generic', () => {
    for (const name of ['東盟', '东盟', '歐盟', '聯合國', '北约']) assert.equal(isGeneric(name), false, name);
    for (const name of ['大使館', '政府', '外交部', '聯盟', '組織']) assert.equal(isGeneric(name), true, name);
    const { entities } = linkCorpus([seed('甲', `越南是${links('東盟', '聯合國', '歐盟', '北約', '大使館', '政府', '外交部')}的一員。`)]);
    assert.deepEqual(
      entities.filter((e) => !e.article).map((e) => [e.title, e.kind, e.hasPage]),
      [
        ['東盟', 'organisation', true],
        ['聯合國', 'organisation', true],
        ['歐盟', 'organisation', true],
        ['北約', 'organisation', true],
        ['大使館', 'other', false],
        ['政府', 'other', false],
        ['外交部', 'other', false],
      ],
    );
  });

  it('relate the articles that name them: a wikilink to 東盟 and 东盟 in another article\'s text', () => {
    const { articles, entities } = linkCorpus([seed('甲', `越南加入${links('東盟')}。`), seed('乙', '东盟峰会在雅加达举行。')]);
    const asean = entities.find((e) => e.title === '東盟')!;
    assert.deepEqual(asean.mentions.map((m) => m.articleId), articles.map((a) => a.id));
    const related = relatedArticles(articles, entities, []);
    assert.deepEqual(related[articles[0]!.id]!.map((r) => [r.articleId, r.entities]), [[articles[1]!.id, [asean.id]]]);
  });
});
