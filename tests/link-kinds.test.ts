import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { linkCorpus, relatedArticles } from '../src/link/index.ts';
import { guessKinds, isGeneric, kindByForm } from '../src/link/kinds.ts';
import { matchKey } from '../src/link/keys.ts';
import { isBiography } from '../src/link/subjects.ts';

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

const kindsOf = (entities: readonly { title: string; kind: string; hasPage: boolean }[], ...titles: string[]) =>
  titles.map((t) => {
    const e = entities.find((x) => x.title === t);
    return [t, e?.kind, e?.hasPage];
  });

describe('people the review seeds named without a title the list knew', () => {
  // 101 武元甲 (a biography: its categories), 103 第一次印度支那戰爭, 104 台塑河靜鋼鐵, 105 2003年東南亞運動會.
  const giap = ingestWiki(
    parseSeed(
      'kinds-101.md',
      `---\nwikipedia: 武元甲\n---\n**武元甲**（，**Võ Nguyên Giáp**，），${links('越南人民軍')}${links('大將')}。\n\n## 生平\n\n1940年，他在${links('昆明')}見到了${links('胡志明')}。他的妻子${links('阮氏光泰')}於1943年死於河內。\n\n## 職務\n\n| 年份 | 職務 |\n|---|---|\n| 1948年 | 大將 |\n\n越南人民軍首位大將。\n\n[Category:越南軍事人物](https://zh.wikipedia.org/wiki/Category:越南軍事人物 "wikilink")\n`,
    ),
  );
  const war = seed(
    '103',
    `${links('中華民國國軍')}${links('黃杰')}所部約三萬人退入越南。越軍在${links('中國軍事顧問團')}（團長${links('韋國清')}）协助下发动战役。1884年條約使越南成為法國的${links('保護國')}。1947年秋，法軍發動${links('李之役')}。${links('胡志明')}於9月2日在河內宣讀《獨立宣言》。${links('嗣德帝')}在位。`,
  );
  const formosa = seed('104', `台塑由${links('王永慶')}與${links('趙廷箴')}創立。王永慶於2008年10月15日在美國新澤西州逝世。`);
  const games = seed(
    '105',
    `運動會在${links('胡志明市')}舉行。越南人民军老将军${links('武元甲')}亦出席。\n\n## 項目\n\n  - ${links('足球')}：男子比赛在河内举行\n  - ${links('藤球')}\n\n## 男子足球决赛\n\n男子足球决赛在美亭国家体育场举行，${links('泰國國家U23足球隊')}以2比1擊敗越南，贏得${links('冠軍')}。隊伍前往胡志明市。`,
  );
  const { entities } = linkCorpus([giap, war, formosa, games]);

  it('are people: a biography\'s subject, names after a rank or kin word, a surnamed name that led troops or died, a common surname\'s three-character name', () => {
    assert.deepEqual(kindsOf(entities, '武元甲', '胡志明', '王永慶', '趙廷箴', '黃杰', '韋國清', '阮氏光泰', '嗣德帝'), [
      ['武元甲', 'person', true],
      ['胡志明', 'person', true],
      ['王永慶', 'person', true],
      ['趙廷箴', 'person', true],
      ['黃杰', 'person', true],
      ['韋國清', 'person', true],
      ['阮氏光泰', 'person', true],
      ['嗣德帝', 'person', true],
    ]);
  });

  it('leave places and battles alone: 胡志明市 is a place, 李之役 no one', () => {
    assert.deepEqual(kindsOf(entities, '胡志明市', '李之役', '昆明'), [
      ['胡志明市', 'place', true],
      ['李之役', 'other', false],
      ['昆明', 'other', false],
    ]);
  });

  it('make armies, teams and advisory groups organisations (越南人民軍, 中華民國國軍, 中國軍事顧問團, 泰國國家U23足球隊), not a champion (冠軍)', () => {
    assert.deepEqual(kindsOf(entities, '越南人民軍', '中華民國國軍', '中國軍事顧問團', '泰國國家U23足球隊', '冠軍'), [
      ['越南人民軍', 'organisation', true],
      ['中華民國國軍', 'organisation', true],
      ['中國軍事顧問團', 'organisation', true],
      ['泰國國家U23足球隊', 'organisation', true],
      ['冠軍', 'other', false],
    ]);
  });

  it('give ranks, sports and a state\'s status no page, however often counted: 大將, 足球 (also in 男子足球决赛), 藤球, 保護國', () => {
    assert.deepEqual(kindsOf(entities, '大將', '足球', '藤球', '保護國'), [
      ['大將', 'other', false],
      ['足球', 'other', false],
      ['藤球', 'other', false],
      ['保護國', 'other', false],
    ]);
    assert.ok(entities.find((e) => e.title === '大將')!.mentions.length >= 2);
    assert.ok(entities.find((e) => e.title === '足球')!.mentions.length >= 2);
    for (const word of ['大將', '上將', '元帥', '總理', '足球', '田徑', '游泳', '保護國', '宗主國']) assert.equal(isGeneric(word), true, word);
  });
});

describe('biographies', () => {
  const article = (name: string, lead: string, category?: string) =>
    ingestWiki(parseSeed(`bio-${name}.md`, `---\nwikipedia: ${name}\n---\n${lead}\n${category ? `\n[Category:${category}](https://zh.wikipedia.org/wiki/Category:${category} "wikilink")\n` : ''}`));
  it('are told by the categories of people, the lead\'s birth or death, or what the lead says the subject was', () => {
    assert.equal(isBiography(article('武元甲', '**武元甲**，越南將領。', '越南軍事人物')), true);
    assert.equal(isBiography(article('范文同', '**范文同**，越南總理。', '广平省人')), true);
    assert.equal(isBiography(article('黎筍', '**黎筍**（1907年4月7日出生－1986年7月10日逝世），越南領導人。')), true);
    assert.equal(isBiography(article('長征', '**長征**是越南革命家、政治家。')), true);
  });
  it('are not told by dates alone: a war\'s lead gives them as a life\'s would', () => {
    assert.equal(isBiography(article('越南戰爭', '**越南戰爭**（1955年11月1日—1975年4月30日）是冷戰時期的戰爭。', '越南戰爭')), false);
    assert.equal(isBiography(article('阮朝', '**阮朝**（1802年—1945年）是越南最後一個王朝，共有13位皇帝。', '越南朝代')), false);
  });
  it('make their subject a person however the other articles name it', () => {
    const { entities } = linkCorpus([article('長征', '**長征**是越南革命家、政治家。'), seed('乙', `${links('長征')}出席。`)]);
    assert.equal(entities.find((e) => e.title === '長征')!.kind, 'person');
  });
});

describe('the text around a name', () => {
  it('is not read where the name starts a longer one (胡志明 of 前往胡志明市), and is where it ends a `·` name (謝爾蓋·拉夫羅夫)', () => {
    const texts = ['代表團前往胡志明市。', '外交部長謝爾蓋·拉夫羅夫表示。'].map(matchKey);
    assert.deepEqual(guessKinds(['胡志明', '胡志明市', '謝爾蓋·拉夫羅夫', '拉夫羅夫'], { texts }), ['person', 'place', 'person', 'person']);
  });
});

describe('the form of a name', () => {
  it('makes people of Vietnamese women\'s names and emperors\' names, not of a state, a family or a bare title', () => {
    assert.deepEqual(
      ['阮氏光泰', '黎氏碧珍', '李氏朝鮮', '王氏家族', '嗣德帝', '漢武帝', '上帝', '皇帝'].map(kindByForm),
      ['person', 'person', undefined, undefined, 'person', 'person', undefined, 'other'],
    );
  });
});

describe('the glossary\'s terms', () => {
  it('are no people by their form alone: a three-character term with a surname first (王老吉) stays a word', () => {
    const { entities } = linkCorpus([seed('飲料', '越南進口王老吉飲料。')], { glossary: { people: [], terms: [{ forms: { 'zh-hans': '王老吉', 'zh-hant': '王老吉' } }] } });
    assert.deepEqual(entities.filter((e) => !e.article).map((e) => e.title), []);
  });
});
