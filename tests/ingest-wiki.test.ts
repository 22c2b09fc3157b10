import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { parseSeed, readSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import type { Article, Block, Inline } from '../src/model/index.ts';
import { linkCorpus } from '../src/link/index.ts';
import { renderArticle } from '../src/render/article.ts';
import { bodyStrings } from '../src/site/ui.ts';
import { extractEvents } from '../src/timeline/events.ts';
import { allBlocks, allInlines, inlineText, paragraphText, rawSeedText, WIKI_SEED } from './helpers.ts';

const seed = readSeed(WIKI_SEED);
const article = ingestWiki(seed);
const raw = ingestWiki(parseSeed('raw.txt', rawSeedText(WIKI_SEED)));

const links = (a: Article) => allInlines(a).filter((i): i is Extract<Inline, { type: 'link' }> => i.type === 'link');
const wikiLink = (a: Article, label: string) =>
  links(a).find((l) => l.target.kind === 'wikipedia' && inlineText(l.children) === label);

function wiki(markdown: string): Article {
  return ingestWiki(parseSeed('fixture.md', markdown));
}

describe('wikilinks', () => {
  it('turn both URL forms into one wikipedia link kind that knows its title', () => {
    assert.deepEqual(wikiLink(article, '河內')?.target, { kind: 'wikipedia', title: '河內' });
    assert.deepEqual(wikiLink(article, '阮明哲')?.target, { kind: 'wikipedia', title: '阮明哲' }, 'from ../Page/阮明哲.md');
    assert.deepEqual(wikiLink(article, '莫斯科')?.target, { kind: 'wikipedia', title: '莫斯科' });
  });

  it('never keep a ../Page/ path or a wikilink title anywhere in the model', () => {
    const json = JSON.stringify(article);
    assert.doesNotMatch(json, /\.\.\/Page\//);
    assert.doesNotMatch(json, /"wikilink"/);
    for (const l of links(article)) if (l.target.kind === 'external') assert.match(l.target.url, /^https?:\/\//);
  });

  it('turn underscores of a title into spaces', () => {
    assert.ok(links(article).some((l) => l.target.kind === 'wikipedia' && l.target.title === 'The Diplomat'));
  });
});

describe('link text the export glued to the following words', () => {
  const cases: [string, string, string][] = [
    ['蘇聯', '蘇聯', '在'],
    ['拉夫羅夫', '拉夫羅夫', '到訪越南'],
    ['俄羅斯', '俄羅斯', '關稅同盟的可能性舉行會談'],
    ['弗拉基米爾·普京', '弗拉基米爾·普京', '和'],
    ['德米特里·梅德韋傑夫', '德米特里·梅德韋傑夫', '批准了一項草案'],
  ];
  for (const [title, label, rest] of cases) {
    it(`covers only the title ${title}; "${rest}" follows as plain text`, () => {
      const found = allInlines(article).some((node, i, all) => {
        if (node.type !== 'link' || node.target.kind !== 'wikipedia' || node.target.title !== title) return false;
        const next = all.slice(i + 1).find((n) => n.type === 'text' && !isChildOf(node, n));
        return inlineText(node.children) === label && next?.type === 'text' && next.value.startsWith(rest);
      });
      assert.ok(found);
    });
  }

  it('keeps piped links whose text does not start with the target as written', () => {
    const piped = links(article).find((l) => l.target.kind === 'wikipedia' && l.target.title === '印度－越南關係');
    assert.equal(inlineText(piped!.children), '與印度和俄羅斯的合作關係');
  });

  it('split a piped link whose text starts with the title\'s distinctive part: without a leading date or a trailing kind of place', () => {
    const a = wiki(
      '**甲**：[日內瓦會議召開](https://zh.wikipedia.org/wiki/1954年日内瓦会议 "wikilink")，[海防港转运](../Page/海防市.md "wikilink")，[日內瓦協議告終](https://zh.wikipedia.org/wiki/日內瓦會議_(1954年) "wikilink")，[广东人](https://zh.wikipedia.org/wiki/广州 "wikilink")。\n',
    );
    const para = a.lead[0]!;
    assert.equal(para.type, 'paragraph');
    if (para.type !== 'paragraph') return;
    const shown = para.children.map((i) => (i.type === 'link' ? `[${inlineText(i.children)}]` : inlineText([i]))).join('');
    assert.equal(shown, '甲：[日內瓦會議]召開，[海防]港转运，[日內瓦協議告終]，[广东人]。');
  });

  it('compares the title script-insensitively', () => {
    const a = wiki('[拉夫罗夫到访越南](https://zh.wikipedia.org/wiki/拉夫羅夫 "wikilink")。\n');
    const para = a.lead[0]!;
    assert.equal(para.type, 'paragraph');
    if (para.type !== 'paragraph') return;
    assert.equal(para.children[0]!.type, 'link');
    assert.equal(inlineText([para.children[0]!]), '拉夫罗夫');
    assert.deepEqual(para.children[1], { type: 'text', value: '到访越南。' });
  });
});

function isChildOf(parent: Inline, node: Inline): boolean {
  return 'children' in parent && parent.children.some((c) => c === node || isChildOf(c, node));
}

describe('footnotes', () => {
  it('are numbered as in the source: 1 to 19, none dropped or renumbered', () => {
    assert.deepEqual(
      article.footnotes.map((n) => n.n),
      Array.from({ length: 19 }, (_, i) => i + 1),
    );
  });

  it('keep entries the export left empty, marked as missing', () => {
    const missing = article.footnotes.filter((n) => n.content === null).map((n) => n.n);
    assert.deepEqual(missing, [1, 2, 3, 6, 10, 11, 12, 13, 14, 15]);
  });

  it('turn every escaped marker into a reference, including runs like \\[11\\]\\[12\\]', () => {
    const refs = allInlines(article).filter((i) => i.type === 'footnoteRef');
    assert.equal(refs.length, 19);
    const text = paragraphText(article, 'p-jing-mao-guan-xi-2');
    assert.match(text, /舉行會談\[11\]\[12\]。$/);
    assert.doesNotMatch(JSON.stringify(article), /\\\\\[|\\\[/);
  });

  it('link each note back to every place that cites it', () => {
    const cited = new Map<number, string[]>();
    for (const i of allInlines(article)) if (i.type === 'footnoteRef') cited.set(i.n, [...(cited.get(i.n) ?? []), i.id]);
    for (const note of article.footnotes) assert.deepEqual(note.refs, cited.get(note.n) ?? []);
    const twice = wiki('甲\\[1\\]乙\\[1\\]。\n\n## 參考\n\n1.  [来源](https://example.org/a)\n');
    assert.deepEqual(twice.footnotes[0]!.refs, ['fnref-1', 'fnref-1-2']);
  });

  it('join multi-line entries and keep their links and emphasis', () => {
    const four = article.footnotes.find((n) => n.n === 4)!;
    assert.equal(inlineText(four.content!), 'Photo from Reuters Pictures');
    const five = article.footnotes.find((n) => n.n === 5)!;
    assert.equal(inlineText(five.content!), 'Minister of Foreign Affairs of the Russian Federation, S. Lavrov visits Vietnam, ISRIA');
    const sixteen = article.footnotes.find((n) => n.n === 16)!;
    const emphasis = sixteen.content!.find((i) => i.type === 'emphasis');
    assert.ok(emphasis && 'children' in emphasis && emphasis.children[0]!.type === 'link');
    assert.equal(inlineText(sixteen.content!), 'Russia’s Growing Ties with Vietnam The Diplomat');
  });

  it('read each entry\'s own number, so gaps in the source list stay gaps', () => {
    const a = wiki('甲\\[1\\]乙\\[3\\]。\n\n## 参考资料\n\n1.  [一](https://example.org/1)\n\n3.  [三](https://example.org/3)\n');
    assert.deepEqual(a.footnotes.map((n) => n.n), [1, 3]);
    assert.equal(inlineText(a.footnotes[1]!.content!), '三');
  });

  it('read GFM footnote marks [^n] as references wherever they stand, table cells included, and their definitions as entries', () => {
    const { article: a, messages: m } = messages(
      ['**甲**[^1]。', '', '| 交战方 | 資料來源 |', '|---|---|', '| 平民 | [^1] |', '| 越盟 | \\[2\\] |', '', '## 參考文獻', '', '1.  [First Indochina War](https://www.britannica.com/)', '2.'].join('\n'),
    );
    const table = allBlocks(a).find((b) => b.type === 'table');
    assert.deepEqual(
      table?.type === 'table' && table.rows.slice(1).map((row) => row[1]!.map((i) => i.type)),
      [['footnoteRef'], ['footnoteRef']],
    );
    assert.deepEqual(a.footnotes.map((n) => [n.n, n.refs]), [[1, ['fnref-1', 'fnref-1-2']], [2, ['fnref-2']]]);
    assert.deepEqual(m, []);
    const defined = messages('**甲**[^1]乙[^note]。\n\n[^1]: 定義。\n[^note]: 注。\n');
    assert.deepEqual(defined.article.footnotes.map((n) => [n.n, n.content && inlineText(n.content)]), [[1, '定義。'], [2, '注。']]);
    assert.equal(texts(defined.article), '甲[1]乙[2]。');
    assert.deepEqual(defined.messages, ["4:1 footnote [^note] has no number: shown as reference [2], numbered after the source's own references"]);
  });

  it('are read however many a paragraph holds (a hundred thousand marks in one text overflowed the call stack)', () => {
    const a = wiki(`**甲**${'乙\\[1\\]'.repeat(100_000)}。\n`);
    assert.equal(a.footnotes[0]!.refs.length, 100_000);
  });

  it('warn about a marker with no entry and still give it an honest note', () => {
    const s = parseSeed('orphan.md', '甲\\[7\\]。\n');
    const a = ingestWiki(s);
    assert.deepEqual(a.footnotes.map((n) => [n.n, n.content]), [[7, null]]);
    assert.match(String(s.file.messages[0]), /orphan\.md:1:1.*\[7\].*no entry 7/);
  });
});

describe('the leading thumbnail', () => {
  const figure = article.lead[0]!;

  it('becomes a figure with the Commons file and its caption, links kept', () => {
    assert.equal(figure.type, 'figure');
    if (figure.type !== 'figure') return;
    assert.equal(figure.image?.file, 'Putin in Vietnam in 2006-2.jpg');
    assert.equal(figure.image?.page, 'https://commons.wikimedia.org/wiki/File:Putin_in_Vietnam_in_2006-2.jpg');
    assert.match(figure.image!.src, /^https:\/\/commons\.wikimedia\.org\/wiki\/Special:FilePath\/Putin_in_Vietnam_in_2006-2\.jpg/);
    assert.equal(inlineText(figure.caption), '弗拉基米爾·普京和越南社會主義共和國主席阮明哲');
    assert.deepEqual(
      figure.caption.filter((i) => i.type === 'link').map((l) => (l.type === 'link' && l.target.kind === 'wikipedia' ? l.target.title : '')),
      ['弗拉基米爾·普京', '越南社會主義共和國主席', '阮明哲'],
    );
  });

  it('is split from the lead paragraph on the next line', () => {
    const lead = article.lead[1]!;
    assert.equal(lead.type, 'paragraph');
    assert.equal(lead.source.line, seed.firstLine + 1);
    assert.match(paragraphText(article, lead.id), /^俄越关系，是指俄罗斯联邦和越南社會主義共和國之間的雙邊關係/);
  });
});

describe('categories', () => {
  it('become the article\'s categories, not body text', () => {
    assert.deepEqual(article.categories, ['俄越關係', '俄羅斯雙邊關係', '越南雙邊關係']);
    assert.doesNotMatch(JSON.stringify(allBlocks(article)), /Category:/);
  });

  it('leave the text even when their name cannot be used, which is dropped with a warning at its line', () => {
    const s = parseSeed(
      'cats.md',
      [
        '---',
        'kind: wiki',
        '---',
        '**越南**是東南亞國家。',
        '',
        '[Category:<script>](https://zh.wikipedia.org/wiki/Category:<script> "wikilink")',
        '[Category:%3Cb%3E](https://zh.wikipedia.org/wiki/Category:%3Cb%3E "wikilink")',
        '[Category: ](https://zh.wikipedia.org/wiki/Category:_ "wikilink")',
        '[分类:](../Page/分类:.md "wikilink")',
        '[Category:​](https://zh.wikipedia.org/wiki/Category:%E2%80%8B "wikilink")',
        '[Category:越南](https://example.org/not-a-category "wikilink")',
        '[Category:越南雙邊關係](https://zh.wikipedia.org/wiki/Category:越南雙邊關係 "wikilink")',
        '',
        '文中的[分類](https://zh.wikipedia.org/wiki/分類 "wikilink")一詞是普通連結。',
      ].join('\n'),
    );
    const a = ingestWiki(s);
    assert.deepEqual(a.categories, ['越南雙邊關係']);
    const text = allBlocks(a).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('\n');
    assert.equal(text, '越南是東南亞國家。\n文中的分類一詞是普通連結。');
    assert.deepEqual(
      s.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}`),
      [
        '6:1 warning category link "Category:<script>": the page title holds a control character or one of < > [ ] { } |, which no wiki title can; the link is left out',
        '7:1 warning category link "Category:<b>": the page title holds a control character or one of < > [ ] { } |, which no wiki title can; the link is left out',
        '8:1 warning category link "Category:": the category has no name; the link is left out',
        '9:1 warning category link "分类:": the category has no name; the link is left out',
        '10:1 warning category link "Category:\\u200B": the category name holds nothing to see (only spaces or invisible characters); the link is left out',
        '11:1 warning category link "Category:越南": the link\'s text names a category but it does not point at a wiki category page; the link is left out',
      ],
    );
  });
});

describe('clean-ups', () => {
  it('remove the empty parentheses the export left', () => {
    const text = allBlocks(article).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join('');
    assert.doesNotMatch(text, /（，）|（）|\(\)/);
    assert.match(text, /安德烈·斯列普涅夫到訪河內/);
  });

  it('remove what the export left of a foreign name it lost: a separator first in parentheses, a label with no value', () => {
    const first = (md: string) => inlineText((wiki(md).lead[0] as Extract<Block, { type: 'paragraph' }>).children);
    assert.equal(first('**甲**（[越南語](https://zh.wikipedia.org/wiki/越南語 "wikilink")：Hà Nội，[漢喃](../Page/喃字.md "wikilink")：），是首都。\n'), '甲（越南語：Hà Nội），是首都。');
    assert.equal(first('**乙**（，意為「統治東方」），是城市。\n'), '乙（意為「統治東方」），是城市。');
    assert.equal(first('**丙**（英語：Bing，俄語：），是人。\n'), '丙（英語：Bing），是人。');
    // Nothing was lost here.
    assert.equal(first('**丁**（注：見下；甲，乙）是例。\n'), '丁（注：見下；甲，乙）是例。');
    assert.equal(first('**戊**（**甲**，[乙](https://example.org/)）是例。\n'), '戊（甲，乙）是例。');
  });

  it('remove a separator left first or last in parentheses when bold text or a link stands beside it', () => {
    const first = (md: string) => inlineText((wiki(md).lead[0] as Extract<Block, { type: 'paragraph' }>).children);
    assert.equal(first('**武元甲**（，**Võ Nguyên Giáp**，），越南人民軍大將。\n'), '武元甲（Võ Nguyên Giáp），越南人民軍大將。');
    assert.equal(
      first('**海防市**（，[越南语](https://zh.wikipedia.org/wiki/越南语 "wikilink")：*Thành phố Hải Phòng*／城庯海防），是城市。\n'),
      '海防市（越南语：Thành phố Hải Phòng／城庯海防），是城市。',
    );
    assert.equal(first('**乙**（[英語](https://example.org/)：Yi；）是例。\n'), '乙（英語：Yi）是例。');
  });

  it('report raw HTML once per element, at its own column, naming the tag, and keep the text inside', () => {
    const seed = parseSeed('fixture.md', '**甲**是例<sup>乙</sup>，丙<!-- 註 -->。\n\n<table><tr><td>丁</td></tr></table>\n');
    const a = ingestWiki(seed);
    assert.equal(inlineText((a.lead[0] as Extract<Block, { type: 'paragraph' }>).children), '甲是例乙，丙。');
    assert.deepEqual(
      seed.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`),
      [
        '1:8 raw HTML `<sup>` is not allowed in seeds; the tag was left out, the text inside kept',
        '1:22 raw HTML comment `<!-- … -->` is not allowed in seeds; the tag was left out',
        '3:1 raw HTML `<table>` is not allowed in seeds; the block was left out',
      ],
    );
  });

  it('join soft line breaks in Chinese text without a space', () => {
    assert.match(paragraphText(article, article.lead[1]!.id), /大使館\[1\]。$/);
    for (const b of allBlocks(article)) if (b.type === 'paragraph') assert.doesNotMatch(inlineText(b.children), /\n/);
    const a = wiki('第一行\n第二行，English\nwords\n');
    assert.equal(paragraphText(a, a.lead[0]!.id), '第一行第二行，English words');
  });

  it('make headings sections with stable ASCII anchors, and drop the emptied reference section', () => {
    assert.deepEqual(article.sections.map((s) => s.id), ['gai-lun', 'jing-mao-guan-xi', 'jun-shi-guan-xi']);
    assert.deepEqual(raw.sections.map((s) => s.id), ['gai-lun', 'jing-mao-guan-xi', 'jun-shi-guan-xi']);
  });

  it('start every section anchor with a letter, as a valid id must', () => {
    const a = wiki('**甲**。\n\n## 2016年海洋污染事件\n\n乙。\n\n## 1950s\n\n丙。\n\n## 歷史\n\n丁。\n');
    assert.deepEqual(a.sections.map((s) => s.id), ['s-2016-nian-hai-yang-wu-ran-shi-jian', 's-1950s', 'li-shi']);
    assert.deepEqual(allBlocks(a).map((b) => b.id), ['p-lead-1', 'p-s-2016-nian-hai-yang-wu-ran-shi-jian-1', 'p-s-1950s-1', 'p-li-shi-1']);
  });

  it('give every block a unique anchor', () => {
    const ids = allBlocks(article).map((b) => b.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
  });

  it('leave no raw markup in any text', () => {
    const texts = allInlines(article).flatMap((i) => (i.type === 'text' ? [i.value] : []));
    for (const t of texts) assert.doesNotMatch(t, /wikilink|\\\[|\]\]|\[\[|fig:|\.\.\/Page\//, t);
  });
});

describe('title, source and positions', () => {
  it('takes the title from the bold term opening the lead when there is no front matter title', () => {
    assert.equal(raw.title, '俄越关系');
    assert.equal(raw.slug, 'e-yue-guan-xi');
  });

  it('prefers the front matter title', () => {
    const a = wiki('---\ntitle: 俄越關係\nslug: russia-vietnam\n---\n**俄越关系**是…\n');
    assert.equal(a.title, '俄越關係');
    assert.equal(a.slug, 'russia-vietnam');
  });

  it('falls back to the file name, with a warning', () => {
    const s = parseSeed('seeds/no-title.md', '沒有粗體的段落。\n');
    assert.equal(ingestWiki(s).title, 'no-title');
    assert.equal(s.file.messages.length, 1);
  });

  it('records the Wikipedia source and licence CC BY-SA 4.0', () => {
    assert.equal(article.source.wikipediaTitle, '俄越關係');
    assert.equal(article.source.url, 'https://zh.wikipedia.org/wiki/%E4%BF%84%E8%B6%8A%E9%97%9C%E4%BF%82');
    assert.equal(article.source.licence?.name, 'CC BY-SA 4.0');
    assert.equal(article.source.licence?.url, 'https://creativecommons.org/licenses/by-sa/4.0/');
    assert.match(article.source.authorsUrl!, /action=history/);
    assert.equal(raw.source.wikipediaTitle, '俄越关系', 'without front matter the bold term names the page');
  });

  it('keeps each block\'s file and line', () => {
    const lines = fs.readFileSync(WIKI_SEED, 'utf8').split('\n');
    const section = article.sections.find((s) => s.id === 'jing-mao-guan-xi')!;
    assert.equal(lines[section.source.line - 1], '## 經貿關係');
    assert.match(lines[section.blocks[0]!.source.line - 1]!, /^2001年，俄罗斯和越南兩國/);
    assert.equal(section.blocks[0]!.source.file, WIKI_SEED);
    const fn16 = article.footnotes.find((n) => n.n === 16)!;
    assert.match(lines[fn16.source.line - 1]!, /^16\. \[Russia’s Growing Ties/);
    assert.equal(raw.sections[0]!.source.line, 5, 'without front matter lines are the raw file\'s');
  });
});

describe('a seed with no text', () => {
  const errors = (markdown: string, file = 'empty.md') => {
    const s = parseSeed(file, markdown);
    ingestWiki(s);
    return s.file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.reason}`);
  };
  const categories = '[Category:越南](https://zh.wikipedia.org/wiki/Category:越南 "wikilink")\n[分类:俄罗斯](../Page/Category:俄罗斯.md "wikilink")\n';

  it('is an error at its first line naming what it holds, as an empty file is', () => {
    assert.deepEqual(errors(`---\nkind: wiki\n---\n${categories}`), ["4:1 wiki seed has no text: it holds only category links; expected the article's paragraphs"]);
    assert.deepEqual(errors(`# 越南\n\n## 歷史\n\n${categories}`), ["1:1 wiki seed has no text: it holds only a title, headings, category links; expected the article's paragraphs"]);
    assert.deepEqual(errors('<div>只有網頁標記</div>\n'), ["1:1 wiki seed has no text: nothing is left once its markup is taken out; expected the article's paragraphs"]);
  });

  it('is not an error once anything is left to show: a paragraph, a list or the leading picture', () => {
    assert.deepEqual(errors(`越南是東南亞國家。\n\n${categories}`), []);
    assert.deepEqual(errors(`# 越南\n\n## 城市\n\n- 河內\n\n${categories}`), []);
    assert.deepEqual(errors('[缩略图](https://zh.wikipedia.org/wiki/File:X.jpg "fig:缩略图")越南的國旗\n'), []);
  });
});

/** The seed's messages as `line:column reason`. */
function messages(markdown: string, file = 'fixture.md'): { article: Article; messages: string[] } {
  const s = parseSeed(file, markdown);
  const a = ingestWiki(s);
  return { article: a, messages: s.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) };
}

const texts = (a: Article) => allBlocks(a).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type)).join('\n');

describe('MediaWiki behaviour switches', () => {
  it('leave the text with a warning, and are never read as bold (nor give the title)', () => {
    const { article: a, messages: m } = messages('__NOTOC__\n**阮富仲**是越南政治人物。__NOEDITSECTION__\n\n## 生平\n\n__TOC__\n\n他生於河內。\n');
    assert.equal(a.title, '阮富仲');
    assert.equal(a.slug, 'ruan-fu-zhong');
    assert.equal(texts(a), '阮富仲是越南政治人物。\n他生於河內。');
    assert.deepEqual(m, [
      '1:1 behaviour switch __NOTOC__ left out (wiki markup, not text)',
      '2:16 behaviour switch __NOEDITSECTION__ left out (wiki markup, not text)',
      '6:1 behaviour switch __TOC__ left out (wiki markup, not text)',
    ]);
  });

  it('are only the words MediaWiki knows: other __words__ stay markdown', () => {
    const { article: a, messages: m } = messages('**甲**是：__乙__。\n');
    assert.equal(texts(a), '甲是：乙。');
    assert.deepEqual(m, []);
    assert.ok(allInlines(a).filter((i) => i.type === 'strong').length === 2);
  });
});

describe('furniture of a rendered page and a leading infobox', () => {
  const page = [
    '{{Infobox settlement',
    '| name             = 河內市',
    '| image            = {{lang|vi|Hà Nội}}',
    '| population_as_of = 2019年',
    '}}',
    '跳至導覽 跳至搜尋',
    '**河內**是越南首都。',
    '',
    '跳到导航 跳到搜索',
    '',
    '维基百科，自由的百科全书',
    '',
    '出自維基百科，自由的百科全書',
    '',
    '1010年李太祖遷都於此。',
  ].join('\n');

  it('leave the text, so the bold term opening the article gives the title and the lead', () => {
    const { article: a, messages: m } = messages(page);
    assert.equal(a.title, '河內');
    assert.equal(a.summary, '河內是越南首都。');
    assert.equal(texts(a), '河內是越南首都。\n1010年李太祖遷都於此。');
    assert.deepEqual(m, [
      '1:1 template {{Infobox settlement}} left out (wiki markup, not text)',
      '6:1 page furniture "跳至導覽 跳至搜尋" left out (a line of the rendered page, not of the article)',
      '9:1 page furniture "跳到导航 跳到搜索" left out (a line of the rendered page, not of the article)',
      '11:1 page furniture "维基百科，自由的百科全书" left out (a line of the rendered page, not of the article)',
      '13:1 page furniture "出自維基百科，自由的百科全書" left out (a line of the rendered page, not of the article)',
    ]);
  });

  it('never feed the timeline', () => {
    const a = wiki(page);
    const { events } = extractEvents([a], []);
    assert.deepEqual(events.map((e) => e.text), ['1010年']);
  });

  it('is only a whole line: the words inside a sentence stay', () => {
    assert.equal(texts(wiki('他說維基百科，自由的百科全書是好網站。\n')), '他說維基百科，自由的百科全書是好網站。');
  });
});

describe('templates in the text', () => {
  it('leave the text, one warning each at its line and column naming it; a <ref> that held only a template goes with it', () => {
    const { article: a, messages: m } = messages('**河內**：1010年遷都於此<ref>{{r|toan-thu}}</ref>，1831年改稱河內<ref name="x">{{Webarchive|url=https://web.archive.org/x|date={{date|2020}}}} </ref>。\n');
    assert.equal(texts(a), '河內：1010年遷都於此，1831年改稱河內。');
    assert.deepEqual(a.footnotes, []);
    assert.doesNotMatch(JSON.stringify(a), /Webarchive|\{\{|\}\}/);
    assert.deepEqual(m, ['1:22 template {{r}} left out (wiki markup, not text)', '1:66 template {{Webarchive}} left out (wiki markup, not text)']);
  });

  it('spanning lines inside a paragraph keep it one paragraph, and line numbers true', () => {
    const { article: a, messages: m } = messages('**甲**<ref>{{Webarchive\n |url=https://example.org\n |date=T\n}}</ref>乙。\n\n丙{{flagicon|VN}}丁。\n');
    assert.equal(texts(a), '甲乙。\n丙丁。');
    assert.equal(a.lead[1]!.source.line, 6);
    assert.deepEqual(m, ['1:11 template {{Webarchive}} left out (wiki markup, not text)', '6:2 template {{flagicon}} left out (wiki markup, not text)']);
  });

  it('that show text keep it: links to pages in other Wikipedias, lang, lang-xx, zh, nowrap', () => {
    const { article: a, messages: m } = messages(
      [
        '**1975年**，{{link-en|阮文紹|Nguyễn Văn Thiệu}}辭職，{{le|美國國會|United States Congress|國會}}通過，{{tsl|en|Paris Peace Accords|巴黎和平協約}}生效。',
        '**海防**（{{lang-vi|Thành phố Hải Phòng}}，{{lang|vi|\'\'\'城庯海防\'\'\'}}），{{ill|吉婆島|vi|Cát Bà}}，{{nowrap|[[北部灣|東京灣]]}}。',
        '',
        '{{zh|t=海防|s=海防}}；{{zh|t=東京灣|s=东京湾|p=Dōngjīng Wān}}；{{Lang-xx|未知}}。',
      ].join('\n'),
    );
    assert.equal(
      texts(a),
      '1975年，阮文紹辭職，國會通過，巴黎和平協約生效。海防（越南語：Thành phố Hải Phòng，城庯海防），吉婆島，東京灣。\n中文：海防；繁體：東京灣；簡體：东京湾；拼音：Dōngjīng Wān；未知。',
    );
    assert.deepEqual(m, []);
  });

  it('that cite a source show it as author, title (linked when the URL is http(s)), work, publisher and date', () => {
    const { article: a, messages: m } = messages(
      [
        '**甲**\\[1\\]\\[2\\]\\[3\\]。',
        '',
        '## 參考文獻',
        '',
        '1.  {{cite book|title=Hell in a Very Small Place|author=Bernard Fall|year=1966|publisher=Lippincott}}',
        '2.  {{cite web |url=http://haiphong.gov.vn |title=Lịch sử [phần 1] |work=Cổng thông tin |date=2020-01-02 |access-date=2024-01-01}}',
        '3.  {{引用新闻|last=Mydans|first=Seth|title=Vietnam buries Giap|url=javascript:alert(1)|newspaper=The New York Times}}',
      ].join('\n'),
    );
    assert.deepEqual(a.footnotes.map((n) => n.content && inlineText(n.content)), [
      'Bernard Fall. Hell in a Very Small Place. Lippincott. 1966.',
      'Lịch sử [phần 1]. Cổng thông tin. 2020-01-02.',
      'Mydans, Seth. Vietnam buries Giap. The New York Times.',
    ]);
    const link = a.footnotes[1]!.content!.find((i) => i.type === 'link');
    assert.deepEqual(link?.type === 'link' && link.target, { kind: 'external', url: 'http://haiphong.gov.vn/' });
    assert.ok(!a.footnotes[2]!.content!.some((i) => i.type === 'link'));
    assert.deepEqual(m, ['7:5 citation URL "javascript:alert(1)" is not an http(s) URL; the citation is kept without the link']);
  });

  it('that cite a source inside <ref> in the text become references of their own, numbered after the source\'s', () => {
    const { article: a, messages: m } = messages(
      [
        '**海防**：1888年設市<ref>{{cite web|url=http://haiphong.gov.vn|title=Lịch sử}}</ref>，1946年炮擊\\[1\\]<ref name="b">Britannica.</ref>，1955年撤離<ref name="b" />。',
        '',
        '## 參考資料',
        '',
        '1.  [The Haiphong Incident](https://www.britannica.com/event/Haiphong-incident)',
        '2.',
        '3. <ref>Westmoreland, William. A Soldier Reports. 1976.</ref>',
      ].join('\n'),
    );
    assert.equal(texts(a), '海防：1888年設市[4]，1946年炮擊[1][5]，1955年撤離[5]。');
    assert.deepEqual(
      a.footnotes.map((n) => [n.n, n.content && inlineText(n.content), n.refs.length, n.source.line]),
      [
        [1, 'The Haiphong Incident', 1, 5],
        [2, null, 0, 6],
        [3, 'Westmoreland, William. A Soldier Reports. 1976.', 0, 7],
        [4, 'Lịch sử.', 1, 1],
        [5, 'Britannica.', 2, 1],
      ],
    );
    assert.deepEqual(m, [
      "1:15 citation `<ref>` left in the text as wiki markup: shown as reference [4], numbered after the source's own references",
      "1:92 citation `<ref>` left in the text as wiki markup: shown as reference [5], numbered after the source's own references",
    ]);
  });

  it('in <ref> that never closes, or that cite a name no citation gives, leave with a warning, the text after them kept', () => {
    const { article: a, messages: m } = messages('**甲**被稱為“紅色拿破崙”<ref name="bbc">。\n\n乙<ref name="nyt" />。\n');
    assert.equal(texts(a), '甲被稱為“紅色拿破崙”。\n乙。');
    assert.deepEqual(m, [
      '1:16 citation `<ref name="bbc">` opens a citation that does not close before a blank line; the tag was left out, the text after it kept',
      '3:2 citation `<ref name="nyt" />` names no citation the text gives; it was left out',
    ]);
  });

  it('standing alone (`{{reflist}}`) leave no paragraph', () => {
    const a = wiki('正文\\[1\\]。\n\n## 参考资料\n\n{{reflist|2}}\n\n1.  [来源](https://example.org/a)\n');
    assert.deepEqual(a.sections, []);
    assert.equal(texts(a), '正文[1]。');
    assert.equal(inlineText(a.footnotes[0]!.content!), '来源');
  });

  it('leave blank lines where they stood alone on their lines, so what follows is read as it would be without them', () => {
    const { article: a, messages: m } = messages('{{Infobox\n|a=1\n}}\n---\n**乙**。\n\n{{NoteTA|G1=地名}}\n===\n');
    assert.deepEqual(a.sections, [], 'no setext heading made of removed lines');
    assert.equal(texts(a), '乙。\n===');
    assert.deepEqual(m, ['1:1 template {{Infobox}} left out (wiki markup, not text)', '7:1 template {{NoteTA}} left out (wiki markup, not text)']);
  });

  it('that open a line run over blank lines to their `}}`, removed whole with one warning at their first line', () => {
    const page = [
      '{{Infobox military conflict',
      '|conflict    = 第一次印度支那戰爭',
      '|partof      = [[冷戰]]',
      '|date        = 1946年12月19日－1954年8月1日',
      '',
      '|place       = [[法屬印度支那]]',
      '|result      = {{lang|vi|Việt Minh}}勝利',
      '}}',
      '**第一次印度支那戰爭**是1946年—1954年間的戰爭。',
    ].join('\n');
    const { article: a, messages: m } = messages(page);
    assert.equal(a.summary, '第一次印度支那戰爭是1946年—1954年間的戰爭。');
    assert.equal(texts(a), '第一次印度支那戰爭是1946年—1954年間的戰爭。');
    assert.deepEqual(m, ['1:1 template {{Infobox military conflict}} left out (wiki markup, not text)']);
    const { events } = extractEvents([a], []);
    assert.deepEqual(events.map((e) => e.text), ['1946年—1954年']);
  });

  it('that open a line and never close are left as written, with a warning, at the next heading or the end', () => {
    const { article: a, messages: m } = messages('{{Infobox\n|a = 1\n\n**甲**是例。\n\n## 乙\n\n丙。{{x}}\n\n{{Navbox\n|b = 2\n');
    assert.equal(texts(a), '{{Infobox |a = 1\n甲是例。\n丙。\n{{Navbox |b = 2');
    assert.deepEqual(m, [
      '1:1 template {{Infobox}} does not close before the next heading; it was left as written',
      '8:3 template {{x}} left out (wiki markup, not text)',
      '10:1 template {{Navbox}} does not close before the end of the text; it was left as written',
      '1:1 no title found (front matter `title`, a leading `# heading` or a bold term opening the lead); using the file name',
    ]);
  });

  it('are balanced: a `{{` that does not close before a blank line, and fenced code, stay as written', () => {
    const { article: a, messages: m } = messages('**集合**{{1, 2\n\n下一段}}。\n\n```\n{{code}}\n```\n');
    assert.equal(texts(a), '集合{{1, 2\n下一段}}。\ncode');
    assert.deepEqual(m, []);
  });

  it('stay as written in code of every kind: fenced, indented, inline', () => {
    const { article: a, messages: m } = messages(
      '**甲**寫作`{{inline}}`，``{{a`b}}``與\\`{{x}}`。\n\n    {{indented}}\n    __NOTOC__\n\n乙[來源請求]。\n\n- 項目\n\n    {{in-item}}\n',
    );
    const code = allInlines(a).filter((i) => i.type === 'code').map((i) => (i.type === 'code' ? i.value : ''));
    // An escaped backtick opens no code span.
    assert.deepEqual(code, ['{{inline}}', '{{a`b}}']);
    assert.deepEqual(allBlocks(a).filter((b) => b.type === 'code').map((b) => (b.type === 'code' ? b.value : '')), ['{{indented}}\n__NOTOC__']);
    // After a list item, an indented line is the item's, not code.
    assert.doesNotMatch(JSON.stringify(a), /in-item/);
    assert.deepEqual(m, [
      '1:35 template {{x}} left out (wiki markup, not text)',
      '6:2 maintenance tag [來源請求] left out',
      '10:5 template {{in-item}} left out (wiki markup, not text)',
    ]);
  });
});

describe('list items left empty by what was taken out', () => {
  it('leave a bulleted list (and the list, when none is left); a numbered list keeps its numbers', () => {
    const { article: a } = messages(
      ['**甲**。', '', '## 外部链接', '', '  - [官方网站](https://haiphong.gov.vn/)', '  - {{Wikivoyage|Haiphong}}', '', '## 其他', '', '- {{Commonscat|X}}', '', '1.  甲', '2.  {{Navbox}}', '3.  丙', '', '丁。'].join('\n'),
    );
    const lists = allBlocks(a).filter((b) => b.type === 'list');
    assert.deepEqual(
      lists.map((l) => l.type === 'list' && l.items.map((item) => item.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type)).join())),
      [['官方网站'], ['甲', '', '丙']],
    );
  });
});

describe('maintenance tags and interlanguage links', () => {
  it('leave the text with a warning each', () => {
    const { article: a, messages: m } = messages(
      '**河內**成為首都\\[來源請求\\]，人口眾多[需要引用]<sup>[来源请求]</sup>。\n\n[en:Hanoi](https://en.wikipedia.org/wiki/Hanoi "en:Hanoi")\n[vi:Hà Nội](https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i "vi:Hà Nội") [ja:ハノイ]\n',
    );
    assert.equal(texts(a), '河內成為首都，人口眾多。');
    assert.deepEqual(m, [
      '1:11 maintenance tag [來源請求] left out',
      '1:24 maintenance tag [需要引用] left out',
      '1:35 maintenance tag [来源请求] left out',
      '3:1 interlanguage links left out (links to other languages\' Wikipedias, not text)',
      '4:1 interlanguage links left out (links to other languages\' Wikipedias, not text)',
    ]);
  });
});

describe('lines of links that are not interlanguage links', () => {
  it('stay: a prefix must be a language code, a link must lead to that language\'s Wikipedia', () => {
    const { article: a, messages: m } = messages(
      [
        '**甲**是例。',
        '',
        '[doi:10.1000/182](https://doi.org/10.1000/182)',
        '',
        '[isbn:9780375504426]',
        '',
        '[en:Hanoi](https://example.org/Hanoi)',
        '',
        '[fr:Hanoï](https://fr.wikipedia.org/wiki/Hano%C3%AF) [zh-yue:河內](https://zh-yue.wikipedia.org/wiki/河內) [simple:Hanoi]',
      ].join('\n'),
    );
    assert.equal(texts(a), '甲是例。\ndoi:10.1000/182\n[isbn:9780375504426]\nen:Hanoi');
    assert.deepEqual(m, ['9:1 interlanguage links left out (links to other languages\' Wikipedias, not text)']);
  });
});

describe('section edit links', () => {
  it('leave headings and text with a warning, so anchors come from the heading alone', () => {
    const { article: a, messages: m } = messages(
      [
        '**河內**是越南首都。',
        '',
        '## 歷史[編輯](https://zh.wikipedia.org/w/index.php?title=河內&action=edit&section=1)',
        '',
        '甲。',
        '',
        '## 人口\\[[编辑源代码](https://zh.wikipedia.org/w/index.php?title=河內_(城市)&action=edit&section=2 "编辑章节：人口")\\]',
        '',
        '乙[編輯](https://zh.wikipedia.org/w/index.php?title=河內&veaction=edit)。他[编辑](https://example.org/editor)了書。',
        '',
        '### 當代[編輯原始碼]',
      ].join('\n'),
    );
    assert.deepEqual(a.sections.map((s) => [s.id, inlineText(s.heading)]), [['li-shi', '歷史'], ['ren-kou', '人口'], ['dang-dai', '當代']]);
    assert.equal(texts(a), '河內是越南首都。\n甲。\n乙。他编辑了書。');
    assert.deepEqual(m, [
      '3:6 edit link [編輯] left out (page furniture, not text)',
      '7:6 edit link [编辑源代码] left out (page furniture, not text)',
      '9:2 edit link [編輯] left out (page furniture, not text)',
      '11:7 edit link [編輯原始碼] left out (page furniture, not text)',
    ]);
  });

  it('are bare only last on a heading\'s line or alone on a line: in a sentence [編輯] is a bracketed word', () => {
    const { article: a, messages: m } = messages(
      ['**甲**在報社擔任[編輯]，後任[編輯]', '', '## 歷史 [編輯] [编辑源代码]', '', '[編輯] | [編輯原始碼]', '', '乙。'].join('\n'),
    );
    assert.deepEqual(a.sections.map((s) => inlineText(s.heading)), ['歷史']);
    assert.equal(texts(a), '甲在報社擔任[編輯]，後任[編輯]\n乙。');
    assert.deepEqual(m, [
      '3:7 edit link [編輯] left out (page furniture, not text)',
      '3:12 edit link [编辑源代码] left out (page furniture, not text)',
      '5:1 edit link [編輯] left out (page furniture, not text)',
      '5:8 edit link [編輯原始碼] left out (page furniture, not text)',
    ]);
  });

  it('and no heading link nests inside the table of contents\' links', () => {
    const a = wiki('**甲**是乙。\n\n## [河內](https://zh.wikipedia.org/wiki/河內 "wikilink")的歷史\\[1\\]\n\n丙。\n\n## 其他\n\n丁。\n');
    const ctx = { variant: 'zh-Hant' as const, strings: bodyStrings('zh-Hant'), internalHref: () => '#', entityHref: () => undefined, eventHref: () => '#' };
    const toc = renderArticle(a, ctx).toc;
    assert.match(toc, /<a href="#he-nei-de-li-shi">河內的歷史<\/a>/);
    assert.doesNotMatch(toc, /<a [^>]*>(?:(?!<\/a>).)*<a /s, 'no link inside a link');
  });
});

describe('links to a section of a wiki page', () => {
  it('keep the anchor in both URL forms', () => {
    const { article: a, messages: m } = messages(
      '**甲**：[越南戰爭期間](../Page/越南戰爭.md#美軍轟炸 "wikilink")，[北屬時期](https://zh.wikipedia.org/wiki/越南歷史#北屬時期 "wikilink")，[乙](../Page/A.md#B.md "wikilink")。\n',
    );
    assert.deepEqual(links(a).map((l) => l.target), [
      { kind: 'wikipedia', title: '越南戰爭', anchor: '美軍轟炸' },
      { kind: 'wikipedia', title: '越南歷史', anchor: '北屬時期' },
      { kind: 'wikipedia', title: 'A', anchor: 'B.md' },
    ]);
    assert.deepEqual(m, []);
  });

  it('stay links to the section through entity linking, which makes no entity of them', () => {
    const a = wiki('**甲**：[北屬時期](https://zh.wikipedia.org/wiki/越南歷史#北屬時期 "wikilink")，[越南歷史](https://zh.wikipedia.org/wiki/越南歷史 "wikilink")。\n');
    const { articles, entities } = linkCorpus([a]);
    const targets = links(articles[0]!).map((l) => l.target);
    assert.deepEqual(targets[0], { kind: 'wikipedia', title: '越南歷史', anchor: '北屬時期' });
    assert.equal(targets[1]!.kind, 'entity');
    // 甲 is the article's own subject; the section link makes no entity of its own.
    assert.deepEqual(entities.filter((e) => !e.article).map((e) => e.title), ['越南歷史']);
    assert.equal(entities.find((e) => e.title === '越南歷史')!.mentions.length, 1);
  });
});

describe('explanatory notes beside references', () => {
  const page = (notes: string) =>
    [
      '**河內**是越南首都\\[1\\]。1873年法軍攻佔河內\\[註 1\\]\\[2\\]，1882年再度攻佔[注 2]。',
      '',
      '## 注釋',
      '',
      notes,
      '',
      '## 參考文獻',
      '',
      '1.  [General Statistics Office](https://www.gso.gov.vn/)',
      '',
      '2.',
      '',
      '3.  《大越史記全書》',
    ].join('\n');

  it('give references from the list the [n] markers cite, and the 註 notes a group of their own, linked both ways', () => {
    const { article: a, messages: m } = messages(page('1.  \\[註 1\\] 第一次為安鄴率領。\n2.  \\[註 2\\] 第二次為李維業率領。'));
    assert.deepEqual(
      a.footnotes.map((n) => [n.group ?? 'ref', n.n, n.id, n.content && inlineText(n.content), n.refs]),
      [
        ['ref', 1, 'fn-1', 'General Statistics Office', ['fnref-1']],
        ['ref', 2, 'fn-2', null, ['fnref-2']],
        ['ref', 3, 'fn-3', '《大越史記全書》', []],
        ['note', 1, 'fn-note-1', '第一次為安鄴率領。', ['fnref-note-1']],
        ['note', 2, 'fn-note-2', '第二次為李維業率領。', ['fnref-note-2']],
      ],
    );
    const refs = allInlines(a).filter((i) => i.type === 'footnoteRef');
    assert.deepEqual(refs.map((r) => r.id), ['fnref-1', 'fnref-note-1', 'fnref-2', 'fnref-note-2']);
    assert.doesNotMatch(texts(a), /註|注/);
    assert.deepEqual(a.sections, [], 'both emptied sections leave');
    assert.deepEqual(m, []);
  });

  it('take an unlabelled list under 注釋 for the notes when the text cites [註 n]', () => {
    const a = wiki(page('1.  第一次為安鄴率領。\n2.  第二次為李維業率領。'));
    assert.deepEqual(a.footnotes.map((n) => `${n.group ?? 'ref'} ${n.n} ${n.content && inlineText(n.content)}`), [
      'ref 1 General Statistics Office',
      'ref 2 null',
      'ref 3 《大越史記全書》',
      'note 1 第一次為安鄴率領。',
      'note 2 第二次為李維業率領。',
    ]);
  });

  it('render as their own list, each citation showing its group and linking to its note', () => {
    const a = wiki(page('1.  \\[註 1\\] 第一次為安鄴率領。\n2.  \\[註 2\\] 第二次為李維業率領。'));
    const ctx = { variant: 'zh-Hans' as const, strings: bodyStrings('zh-Hans'), internalHref: () => '#', entityHref: () => undefined, eventHref: () => '#' };
    const html = renderArticle(a, ctx);
    assert.match(html.lead, /<a id="fnref-note-1" href="#fn-note-1"[^>]*>\[注 1\]<\/a>/);
    assert.match(html.footnotes, /<h2 id="explanatory-notes">注释<\/h2><ol><li id="fn-note-1"[^>]*>第一次為安鄴率領。 <a href="#fnref-note-1"/);
    assert.match(html.footnotes, /<h2 id="notes">参考资料<\/h2><ol><li id="fn-1"/);
  });

  it('come from a bulleted list whose entries carry their labels (註 1：, a.), the labels leaving the text', () => {
    const { article: a, messages: m } = messages(
      [
        '**甲**發生暴動\\[4\\]\\[註 1\\]。漁民“失去一切”\\[a\\]。',
        '',
        '## 註釋',
        '',
        '  - 註 1：另有約140人受傷，見[臺灣](https://zh.wikipedia.org/wiki/臺灣 "wikilink")外交部聲明。',
        '  - a. 原文為越南語。',
        '',
        '## 参考文献',
        '',
        '4.  [越南排華暴動](https://www.cw.com.tw/article/5058213)',
      ].join('\n'),
    );
    assert.deepEqual(
      a.footnotes.map((n) => [n.group ?? 'ref', n.n, n.content && inlineText(n.content), n.refs]),
      [
        ['ref', 4, '越南排華暴動', ['fnref-4']],
        ['note', 1, '另有約140人受傷，見臺灣外交部聲明。', ['fnref-note-1']],
        ['note', 2, '原文為越南語。', ['fnref-note-2']],
      ],
    );
    assert.equal(texts(a), '甲發生暴動[4][1]。漁民“失去一切”[2]。');
    assert.deepEqual(a.sections, [], 'both lists leave, and their sections with them');
    assert.deepEqual(m, []);
  });

  it('read labels in bold, after an anchor, and lettered marks in <sup>; a lettered mark with no entry is warned about', () => {
    const { article: a, messages: m } = messages(
      [
        '**甲**是例\\[註 1\\]，乙\\[11\\]\\[a\\]，丙<sup>[b]</sup>，丁<sup>\\[c\\]</sup>。',
        '',
        '## 注釋',
        '',
        '1.  **註 1**：一說他講授的是法國大革命史。',
        '2.  <span id="a"></span>**a**：威斯特摩蘭在回憶錄中提及。',
        '3.  b：估計數字。',
        '',
        '## 參考文獻',
        '',
        '11. Westmoreland, William. *A Soldier Reports*. 1976.',
      ].join('\n'),
    );
    assert.deepEqual(
      a.footnotes.map((n) => [n.group ?? 'ref', n.n, n.content && inlineText(n.content)]),
      [
        ['ref', 11, 'Westmoreland, William. A Soldier Reports. 1976.'],
        ['note', 1, '一說他講授的是法國大革命史。'],
        ['note', 2, '威斯特摩蘭在回憶錄中提及。'],
        ['note', 3, '估計數字。'],
        ['note', 4, null],
      ],
    );
    assert.equal(texts(a), '甲是例[1]，乙[11][2]，丙[3]，丁[4]。');
    assert.deepEqual(m, [
      '6:5 raw HTML `<span>` is not allowed in seeds; the tag was left out, the text inside kept',
      '1:1 note [c] is cited but the notes list has no entry c; it is shown as note 4',
    ]);
  });

  it('warn about a cited note with no entry', () => {
    const s = parseSeed('n.md', '**甲**\\[註 3\\]。\n');
    assert.deepEqual(ingestWiki(s).footnotes.map((n) => [n.group, n.n, n.content]), [['note', 3, null]]);
    assert.match(String(s.file.messages[0]), /n\.md:1:1.*\[註 3\].*no entry 3/);
  });
});

describe('elements left empty by what was taken out', () => {
  it('go however deeply they nest, in one pass (a seed of 1 MiB is read in well under a second)', () => {
    const depth = 20_000;
    const { article: a, messages: m } = messages(`**甲**${'<sup>'.repeat(depth)}{{x}}${'</sup>'.repeat(depth)}乙。\n`);
    assert.equal(texts(a), '甲乙。');
    assert.deepEqual(m, [`1:${6 + 5 * depth} template {{x}} left out (wiki markup, not text)`]);
  });

  it('stay when they hold text, an element of their own or a tag left open, and are reported as raw HTML', () => {
    const { article: a, messages: m } = messages('**甲**<sup>丙{{x}}</sup><span><small>{{y}}</small><cite></cite></span><ref><sub>{{z}}</ref>乙。\n');
    assert.equal(texts(a), '甲丙乙。');
    assert.deepEqual(
      m.filter((line) => !line.includes('template')).map((line) => line.replace(/ is not allowed.*/, '')),
      ['1:6 raw HTML `<sup>`', '1:23 raw HTML `<span>`', '1:49 raw HTML `<cite>`', '1:69 raw HTML `<ref>`', '1:74 raw HTML `<sub>`'],
    );
  });
});
