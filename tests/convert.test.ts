import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as OpenCC from 'opencc-js';
import {
  collectNames,
  collectTextNames,
  convert,
  convertArticle,
  createConverter,
  CONVERT_TARGETS,
  loadGlossary,
  parseGlossary,
  reviewConversion,
  sameInScript,
  scriptKey,
  stripRules,
  type ConvertTarget,
} from '../src/convert/index.ts';
import { charClasses, SIMP, TRAD } from '../src/convert/tables.ts';
import { ingestSeed, readSeed } from '../src/ingest/index.ts';
import type { Article, Block, Inline } from '../src/model/index.ts';
import { NEWS_SEED, rawSeedText, ROOT, WIKI_SEED } from './helpers.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/convert');
const articles: Article[] = [WIKI_SEED, NEWS_SEED].flatMap((f) => ingestSeed(readSeed(f)));
const site = createConverter({ glossary: loadGlossary(path.join(ROOT, 'seeds')).glossary, names: collectNames(articles) });
const wikiLines = rawSeedText(WIKI_SEED).split('\n');
const newsLines = rawSeedText(NEWS_SEED).split('\n');

function charsOf(text: string, cls: number): string[] {
  const classes = charClasses();
  return Array.from(text).filter((c) => (classes[c.charCodeAt(0)]! & cls) !== 0);
}

/** The article with `date` in its first text that holds it made a date node, as the timeline marks dates. */
function withDate(article: Article, date: string): Article {
  let done = false;
  const split = (inlines: readonly Inline[]): Inline[] =>
    inlines.flatMap((n): Inline[] => {
      if (done) return [n];
      if (n.type === 'text' && n.value.includes(date)) {
        done = true;
        const [head, ...tail] = n.value.split(date);
        return [
          { type: 'text', value: head! },
          { type: 'date', eventId: 'e1', datetime: '1943', children: [{ type: 'text', value: date }] },
          { type: 'text', value: tail.join(date) },
        ];
      }
      return 'children' in n && n.type !== 'date' ? [{ ...n, children: split(n.children) } as Inline] : [n];
    });
  const block = (b: Block): Block => (b.type === 'paragraph' ? { ...b, children: split(b.children) } : b);
  return { ...article, lead: article.lead.map(block), sections: article.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })) };
}

describe('convert(text, to)', () => {
  it('converts into the two scripts and the regional variants', () => {
    assert.equal(convert('关于这个范围的软件', 'zh-Hant'), '關於這個範圍的軟件');
    assert.equal(convert('关于这个范围的软件', 'zh-TW'), '關於這個範圍的軟體');
    assert.equal(convert('里面', 'zh-HK'), '裏面');
    assert.equal(convert('關於這個範圍的軟體', 'zh-Hans'), '关于这个范围的软体');
    assert.equal(convert('', 'zh-Hant'), '');
    assert.equal(convert('Lavrov 2009', 'zh-Hans'), 'Lavrov 2009');
  });

  it('writes zh-Hant in the forms the wiki seed uses (為, 裡, 著), as OpenCC’s Taiwan tables do', () => {
    assert.equal(convert('为了这里的群众看着', 'zh-Hant'), '為了這裡的群眾看著');
    assert.equal(convert('爲了這裏', 'zh-Hant'), '為了這裡');
  });

  it('fixes the phrase-boundary errors of longest-first matching', () => {
    const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
    assert.equal(plain('被发明'), '被髮明');
    assert.equal(convert('被发明', 'zh-Hant'), '被發明');
    assert.equal(plain('参与制造'), '參與制造');
    assert.equal(convert('参与制造', 'zh-Hant'), '參與製造');
    assert.equal(convert('文章被发表了，她的头发明显变长', 'zh-Hant'), '文章被發表了，她的頭髮明顯變長');
  });

  it('writes one word one way on a page: 夥伴 in every phrase, where OpenCC keeps 伙伴 in three', () => {
    const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = '两国建立了战略伙伴关系，俄罗斯与越南伙伴、合作伙伴和贸易伙伴均有往来';
    assert.match(plain(text), /戰略伙伴.*越南夥伴/);
    const converted = convert(text, 'zh-Hant');
    assert.equal(converted.match(/夥伴/g)?.length, 4, converted);
    assert.ok(!converted.includes('伙'), converted);
  });
});

describe('mixed input', () => {
  it('turns the wiki seed’s Simplified phrases Traditional and leaves its Traditional text as written', () => {
    const text = wikiLines.join('\n');
    const hant = site.convert(text, 'zh-Hant');
    assert.match(hant, /\[俄羅斯聯邦和\]/);
    assert.match(hant, /由越南社會主義共和國主席\[陳德良\]/);
    assert.match(hant, /\*\*俄越關係\*\*/);
    assert.deepEqual(charsOf(hant, SIMP), []);
    const changed = Array.from(text).filter((c, i) => c !== Array.from(hant)[i]);
    assert.deepEqual([...new Set(changed)].sort(), ['义', '会', '关', '国', '图', '罗', '系', '缩', '联'].sort());
  });

  it('gives clean text in either script from either seed', () => {
    for (const lines of [wikiLines, newsLines]) {
      const text = lines.join('\n');
      assert.deepEqual(charsOf(site.convert(text, 'zh-Hant'), SIMP), []);
      assert.deepEqual(charsOf(site.convert(text, 'zh-Hans'), TRAD), []);
    }
  });

  it('puts right Simplified characters typed into Traditional text, and keeps the words Traditional writes so too', () => {
    const cases: [string, string][] = [
      ['蘇聯解體后，兩國關係最后恢復', '蘇聯解體後，兩國關係最後恢復'],
      ['隨后，雙方幾乎在同一時間发表聲明', '隨後，雙方幾乎在同一時間發表聲明'],
      ['由于兩國位于同一地區，几乎什么都談', '由於兩國位於同一地區，幾乎什麼都談'],
      ['地方干部參加會議', '地方幹部參加會議'],
      ['皇后與太后、天后宮、后羿', '皇后與太后、天后宮、后羿'],
      ['若干國家干涉內政，茶几上', '若干國家干涉內政，茶几上'],
      ['于右任是國民黨元老', '于右任是國民黨元老'],
      ['馬里、公里、余光中、台北', '馬里、公里、余光中、台北'],
    ];
    for (const [text, hant] of cases) {
      assert.equal(convert(text, 'zh-Hant'), hant, text);
      assert.equal(convert(hant, 'zh-Hant'), hant, hant);
    }
  });

  it('keeps a surname written in Traditional text (范仲淹) while converting the Simplified words beside it', () => {
    assert.equal(convert('北宋名臣范仲淹的詩，关于范围', 'zh-Hant'), '北宋名臣范仲淹的詩，關於範圍');
  });
});

describe('segmentation and neighbours', () => {
  const hant = (pairs: [string, string][]) => {
    for (const [text, want] of pairs) assert.equal(convert(text, 'zh-Hant'), want, text);
  };

  it('lets the phrase that makes a word win where the stretch follows a word-forming character (不敢, 多年)', () => {
    hant([
      ['地方官员不敢干涉港口事务', '地方官員不敢干涉港口事務'],
      ['有着400多年历史的福溪', '有著400多年歷史的福溪'],
      ['五年历史', '五年歷史'],
      ['不便签名', '不便簽名'],
    ]);
    // Counter-cases: the longest phrase still wins where nothing binds its first character.
    hant([
      ['他敢干', '他敢幹'],
      ['万年历', '萬年曆'],
      ['一本年历', '一本年曆'],
      ['皇后与太后、天后宫', '皇后與太后、天后宮'],
      ['文章被发表了，她的头发明显变长', '文章被發表了，她的頭髮明顯變長'],
    ]);
  });

  it('reads 干得很 before more words as 幹 (did … very well), and keeps OpenCC’s 乾 where it ends the clause', () => {
    hant([
      ['球员们干得很漂亮', '球員們幹得很漂亮'],
      ['天气干得很。', '天氣乾得很。'],
      ['干杯', '乾杯'],
      ['干部', '幹部'],
    ]);
  });

  it('keeps 里 in transliterated names and as the unit of length, and writes 裡 for “inside”', () => {
    hant([
      ['在泰国曼谷、春武里和宋卡三地举行', '在泰國曼谷、春武里和宋卡三地舉行'],
      ['马里和尼日尔', '馬里和尼日爾'],
      ['克里姆林宫', '克里姆林宮'],
      ['绵延200多里', '綿延200多里'],
    ]);
    hant([
      ['禁区里一脚劲射', '禁區裡一腳勁射'],
      ['在全球价值链里的地位', '在全球價值鏈裡的地位'],
      ['森林里、班里、图里、这里、心里、家里', '森林裡、班裡、圖裡、這裡、心裡、家裡'],
      ['宿舍里、队伍里、内里', '宿舍裡、隊伍裡、內裡'],
      ['艰苦的年代里', '艱苦的年代裡'],
    ]);
  });

  it('writes 係 for the copula 系 after a determined subject or an adverb, and keeps 系 in its words', () => {
    hant([
      ['此次大会系越俄建交75周年系列纪念活动之一', '此次大會係越俄建交75週年系列紀念活動之一'],
      ['该公司系由两家企业合资', '該公司係由兩家企業合資'],
      ['两人均系越南籍', '兩人均係越南籍'],
    ]);
    hant([
      ['系统、关系、体系、系列、一系列、太阳系、派系', '系統、關係、體系、系列、一系列、太陽系、派系'],
      ['中文系、该校中文系学生、本系学生、这个系的学生', '中文系、該校中文系學生、本系學生、這個系的學生'],
      ['此次会议系统地讨论', '此次會議系統地討論'],
      ['联系、维系、系鞋带、腰间系着红带', '聯繫、維繫、繫鞋帶、腰間繫著紅帶'],
    ]);
  });

  it('reads a Simplified run with the Traditional characters beside it, so that a change of script does not cut a word', () => {
    hant([
      ['連頭发都顾不上梳理', '連頭髮都顧不上梳理'],
      ['講解[拿破崙](https://zh.wikipedia.org/wiki/拿破仑·波拿巴)', '講解[拿破崙](https://zh.wikipedia.org/wiki/拿破崙·波拿巴)'],
    ]);
    assert.equal(convert('"zh-Hans": "於梨华"', 'zh-Hans'), '"zh-Hans": "於梨华"');
  });

  it('reads a text node with the paragraph around it: 台 stays in Traditional text that links cut off from its script, 系 after [大会] is 係', () => {
    const article = ingestSeed(readSeed(path.join(FIXTURES, 'mixed-seed.txt')))[0]!;
    const json = JSON.stringify(convertArticle(withDate(article, '1943年'), 'zh-Hant', site));
    assert.match(json, /1990年代，台塑在/);
    assert.match(json, /連頭髮都顧不上梳理/);
    // 系 opens a text node of its own after the link [大会]: it reads the determined subject before it.
    assert.match(json, /"係越俄建交75週年系列紀念活動之一。"/);
  });

  it('writes the mainland’s names and characters for Traditional text on zh-Hans, and keeps them as written on zh-Hant', () => {
    const hans = (text: string) => convert(text, 'zh-Hans');
    assert.equal(hans('1999年在汶萊舉行'), '1999年在文莱举行');
    assert.equal(hans('法軍砲擊海防'), '法军炮击海防');
    assert.equal(hans('東協成員國、紐西蘭、索羅門群島'), '东盟成员国、新西兰、所罗门群岛');
    assert.equal(convert('1999年在汶萊舉行，法軍砲擊', 'zh-Hant'), '1999年在汶萊舉行，法軍砲擊');
    assert.equal(convert('文莱', 'zh-Hant'), '文萊');
    assert.equal(convert('文莱', 'zh-TW'), '汶萊');
    // Simplified text keeps what its author wrote; names that others contain are not in the table.
    assert.equal(hans('汶莱'), '汶莱');
    assert.equal(hans('參加彭德懷的追悼會，尼日利亞、卡達菲'), '参加彭德怀的追悼会，尼日利亚、卡达菲');
    assert.ok(sameInScript('砲擊', '炮击'));
  });
});

describe('idempotence', () => {
  it('converting twice changes nothing, line by line, for every target', () => {
    for (const converter of [site, createConverter()]) {
      for (const line of [...wikiLines, ...newsLines]) {
        for (const to of CONVERT_TARGETS) {
          const once = converter.convert(line, to);
          assert.equal(converter.convert(once, to), once, `${to}: ${line}`);
        }
      }
    }
  });

  it('holds for whole articles', () => {
    for (const article of articles) {
      for (const to of CONVERT_TARGETS) {
        const once = convertArticle(article, to, site);
        assert.deepEqual(convertArticle(once, to, site), once, `${article.id} ${to}`);
      }
    }
  });
});

describe('names', () => {
  it('keep 范 in the Vietnamese names of the news seed, where plain opencc-js writes 範', () => {
    const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const line = newsLines.find((l) => l.includes('外交部长范平明'))!;
    assert.match(plain(line), /範平明/);
    assert.match(convert(line, 'zh-Hant'), /外交部長范平明邀請/);
  });

  it('learnt from the corpus protect names that no title announces', () => {
    const line = '范明政会见阿联酋阿布扎比王储哈立德·本·穆罕默德·阿勒纳哈扬。';
    assert.match(createConverter().convert(line, 'zh-Hant'), /^範明政/);
    assert.match(site.convert(line, 'zh-Hant'), /^范明政會見/);
    const names = collectNames(articles);
    for (const name of ['范平明', '范明政', '潘廷镯', '梁强', '谢尔盖·拉夫罗夫', '黎氏碧珍']) {
      assert.ok(names.people.some((p) => p.name === name), name);
    }
    assert.ok(names.entities.some((e) => e.name === '陳德良' && e.person));
  });

  it('take regional forms from the glossary inside a longer name', () => {
    assert.match(site.convert('俄羅斯總統弗拉基米爾·普京', 'zh-TW'), /弗拉基米爾·普丁/);
    assert.match(site.convert('俄羅斯總統弗拉基米爾·普京', 'zh-Hant'), /弗拉基米爾·普京/);
    assert.equal(site.convert('东盟', 'zh-TW'), '東協');
    assert.equal(site.convert('东盟', 'zh-Hant'), '東盟');
  });

  it('end a name read after a title before the word that follows it, so that the word converts as a word: 梁强|后来', () => {
    assert.equal(createConverter().convert('越南国家主席梁强后来表示，', 'zh-Hant'), '越南國家主席梁強後來表示，');
    const names = collectTextNames(['越南国家主席梁强强调，两国友谊深厚。', '越南国家主席梁强后来表示，', '俄罗斯总理米舒斯京发来贺电。']);
    assert.deepEqual(names.people.map((p) => p.name), ['梁强', '米舒斯京']);
  });

  it('leave 于 a preposition after a title when a date or place follows', () => {
    assert.equal(convert('俄罗斯外长于3月19日访问越南', 'zh-Hant'), '俄羅斯外長於3月19日訪問越南');
    assert.equal(convert('主席台上', 'zh-Hant'), '主席臺上');
  });
});

describe('-{…}- rules', () => {
  it('keep marked text as written and pick the variant’s form, removing the markup in every target', () => {
    assert.equal(convert('-{范}-围', 'zh-Hant'), '范圍');
    const rule = '加入-{zh-hans:东盟;zh-hant:東盟;zh-tw:東協;}-的国家';
    assert.equal(convert(rule, 'zh-Hans'), '加入东盟的国家');
    assert.equal(convert(rule, 'zh-Hant'), '加入東盟的國家');
    assert.equal(convert(rule, 'zh-TW'), '加入東協的國家');
    assert.equal(convert(rule, 'zh-HK'), '加入東盟的國家');
    assert.equal(convert('-{zh-tw:雪梨}-', 'zh-Hant'), '雪梨', 'zh-Hant falls back to zh-tw');
    assert.equal(convert('-{zh-hans:悉尼}-', 'zh-Hant'), '悉尼', 'converted when nothing falls back');
    assert.equal(convert('a-{H|zh-hans:东盟;zh-tw:東協}-b', 'zh-TW'), 'ab');
    assert.equal(convert('-{R|干}-', 'zh-Hant'), '干');
  });

  it('apply H rules to the whole corpus once collected', () => {
    const lines = ['-{H|zh-hans:东盟;zh-tw:東協}-', '东盟成员国'];
    const converter = createConverter({ names: collectTextNames(lines) });
    assert.equal(converter.convert(lines[1]!, 'zh-TW'), '東協成員國');
  });

  it('strip to the source form with stripRules', () => {
    assert.equal(stripRules('-{范}-围'), '范围');
    assert.equal(stripRules('加入-{zh-hans:东盟;zh-tw:東協}-'), '加入东盟');
    assert.equal(stripRules('a-{H|zh-hans:东盟;zh-tw:東協}-b'), 'ab');
    assert.equal(stripRules('no rules'), 'no rules');
  });
});

describe('glossary', () => {
  it('loads seeds/glossary.yaml', () => {
    const { glossary, problems } = loadGlossary(path.join(ROOT, 'seeds'));
    assert.deepEqual(problems, []);
    assert.ok(glossary.people.includes('范平明'));
    assert.ok(glossary.terms.some((t) => t.forms['zh-tw'] === '東協'));
  });

  it('names the file and line of every problem', () => {
    const file = path.join(FIXTURES, 'bad-glossary.yaml');
    const { glossary, problems } = parseGlossary(fs.readFileSync(file, 'utf8'), file);
    assert.deepEqual(
      problems.map((p) => [p.line, p.reason.split(' (')[0]]),
      [
        [3, 'each entry of people must be a non-empty string'],
        [5, 'unknown variant "zh-XX"'],
        [6, 'a term needs at least one form'],
        [7, 'unknown glossary section "places"'],
      ],
    );
    assert.deepEqual(glossary.people, ['范平明']);
  });

  it('refuses YAML aliases with their own message at their place, instead of misreading what they stand for', () => {
    const problems = (text: string) => parseGlossary(text, 'seeds/glossary.yaml').problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.reason}`);
    const alias = (name: string) => `\`*${name}\` is a YAML alias; aliases are not supported in glossary.yaml: write the value out in full`;
    assert.deepEqual(problems('people:\n  - &p 范平明\nkeep: *p\n'), [`seeds/glossary.yaml:3:7 ${alias('p')}`]);
    assert.deepEqual(problems('people:\n  - &p 范平明\nkeep:\n  - 乾坤\n  - *p\n'), [`seeds/glossary.yaml:5:5 ${alias('p')}`]);
    assert.deepEqual(problems('terms:\n  - &t { zh-Hans: 东盟, zh-TW: 東協 }\n  - *t\n  - { zh-Hans: 东盟, zh-HK: *t }\n'), [
      `seeds/glossary.yaml:3:5 ${alias('t')}`,
      `seeds/glossary.yaml:4:27 ${alias('t')}`,
    ]);
    assert.deepEqual(problems('people: *nowhere\n'), [`seeds/glossary.yaml:1:9 ${alias('nowhere')}`]);
    // What is written out still loads.
    const { glossary } = parseGlossary('people:\n  - &p 范平明\nkeep:\n  - 乾坤\n  - *p\n', 'glossary.yaml');
    assert.deepEqual([glossary.people, glossary.keep], [['范平明'], ['乾坤']]);
  });

  it('keeps texts written the same in every variant', () => {
    const { glossary } = parseGlossary(fs.readFileSync(path.join(FIXTURES, 'glossary.yaml'), 'utf8'), 'glossary.yaml');
    const converter = createConverter({ glossary });
    assert.equal(converter.convert('扭转乾坤', 'zh-Hans'), '扭转乾坤');
    assert.equal(converter.convert('画家范曾', 'zh-Hant'), '畫家范曾');
  });
});

describe('convertArticle', () => {
  it('converts text only: ids, slugs, anchors, URLs and link titles are the same in every variant', () => {
    const strip = (a: Article) =>
      JSON.parse(JSON.stringify(a), (key, value) =>
        ['title', 'summary', 'value', 'alt', 'credit', 'publisher', 'dateline', 'signoff', 'reason'].includes(key) ? '' : key === 'categories' ? [] : value,
      );
    for (const article of articles) {
      const hant = convertArticle(article, 'zh-Hant', site);
      const hans = convertArticle(article, 'zh-Hans', site);
      assert.deepEqual(strip(hant), strip(article));
      assert.deepEqual(strip(hans), strip(article));
      assert.equal(hant.slug, article.slug);
    }
    const wiki = articles.find((a) => a.kind === 'wiki')!;
    const json = JSON.stringify(convertArticle(wiki, 'zh-Hans', site));
    assert.match(json, /"title":"俄羅斯聯邦"|"title":"俄罗斯联邦"/, 'link titles stay as the source wrote them');
    assert.match(json, /"title":"越南社會主義共和國主席"/);
  });
});

describe('reviewConversion', () => {
  const mixed = ingestSeed(readSeed(path.join(FIXTURES, 'mixed-seed.txt')));
  const warnings = mixed.flatMap((a) => reviewConversion(withDate(a, '1943年'), site));

  it('lists one-to-many characters decided by the table alone, with file and line, in the form the page shows', () => {
    assert.ok(warnings.every((w) => w.severity === 'warning' && /mixed-seed\.txt$/.test(w.file) && w.line), JSON.stringify(warnings));
    assert.deepEqual(
      warnings.map((w) => [w.line, w.reason.split(' by ')[0]]),
      [
        [13, 'conversion: 占 → 佔 (zh-Hant)'],
        [13, 'conversion: 里 → 裡 (zh-Hant)'],
      ],
    );
    assert.match(warnings[1]!.reason, /in “。孩子们在林里散步，绣娘在”/);
  });

  it('leaves out defaults that their neighbours confirm, across links and dates', () => {
    // 出狱后, 失败后, 发生后 (after a verb), 于 before a date in a node of its own, 并 between predicates.
    assert.ok(!warnings.some((w) => /[后于并发]/.test(w.reason.split(' by ')[0]!)), JSON.stringify(warnings));
    const converter = createConverter();
    assert.deepEqual(converter.review('会谈后，两位外长签署；比赛于当地时间19日举行，球队于4日出发'), []);
  });

  it('never reports a character that keeps its form (出, 娘, 舍, 面, 卷)', () => {
    const converter = createConverter();
    assert.deepEqual(converter.review('阮朝皇后和太后出宫巡游，满头银发的绣娘，安舍村，码头里面，热轧钢卷'), []);
  });

  it('does not list what a phrase or a name rule decided', () => {
    const converter = createConverter();
    assert.deepEqual(converter.review('外交部长范平明邀请；关于范围'), []);
    assert.deepEqual(
      converter.review('他于是走了，范在').map((d) => [d.char, d.output, d.target]),
      [['范', '範', 'zh-Hant']],
    );
    // Positions are in the text as written, rules included.
    assert.deepEqual(
      converter.review('-{范}-范在').map((d) => [d.index, d.char]),
      [[5, '范']],
    );
  });
});

describe('script keys', () => {
  it('compare names across scripts, ignoring the glossary', () => {
    assert.equal(scriptKey('拉夫羅夫'), '拉夫罗夫');
    assert.ok(sameInScript('蘇聯', '苏联'));
    assert.ok(!sameInScript('蘇聯', '俄羅斯'));
    assert.equal(scriptKey('-{范}-圍'), '范围');
  });
});

describe('convert command', () => {
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/convert-cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

  it('writes one output line per input line', () => {
    const input = '越南政府总理范明政会见\r\n范明政表示\n\n关于范围\n';
    const out = run(['--to', 'zh-Hant'], input);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stdout, '越南政府總理范明政會見\r\n范明政表示\n\n關於範圍\n');
    for (const to of CONVERT_TARGETS as readonly ConvertTarget[]) {
      const lines = run(['--to', to], newsLines.join('\n')).stdout.split('\n');
      assert.equal(lines.length, newsLines.length, to);
    }
  });

  it('rejects an unknown target', () => {
    const out = run(['--to', 'zh-XX'], '');
    assert.equal(out.status, 2);
    assert.match(out.stderr, /unknown target/);
  });
});
