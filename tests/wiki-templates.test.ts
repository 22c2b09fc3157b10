/**
 * Text templates of zh.wikipedia that carry the article's own words
 * ({{bd}}, {{birth date}}, {{ISBN}}, {{convert}}, {{as of}}, {{sfn}} …):
 * rendered where they stood, as zh.wikipedia shows them, with line and
 * column positions kept; a template whose parameters are not understood is
 * left out with the usual warning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../src/ingest/seed.ts';
import { renderTemplate } from '../src/ingest/wiki/templates.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import type { Article } from '../src/model/index.ts';
import { allBlocks, allInlines, inlineText } from './helpers.ts';

function messages(markdown: string): { article: Article; messages: string[] } {
  const s = parseSeed('fixture.md', markdown);
  const a = ingestWiki(s);
  return { article: a, messages: s.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) };
}

const texts = (a: Article) => allBlocks(a).map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type)).join('\n');
const notes = (a: Article) => a.footnotes.map((n) => [n.n, n.content && inlineText(n.content)]);
const leftOut = (line: number, column: number, name: string) => `${line}:${column} template {{${name}}} left out (wiki markup, not text)`;
const cited = (line: number, column: number, n: number, written = '<ref>') =>
  `${line}:${column} citation \`${written}\` left in the text as wiki markup: shown as reference [${n}], numbered after the source's own references`;

/** Each case: the template, what the paragraph `甲X乙。` shows for it (null: left out with a warning). */
function renders(cases: readonly (readonly [string, string | null])[]): void {
  for (const [template, shown] of cases) {
    it(`${template} → ${shown ?? 'left out, with a warning'}`, () => {
      const { article: a, messages: m } = messages(`**甲**${template}乙。\n`);
      if (shown === null) {
        assert.equal(texts(a), '甲乙。');
        assert.equal(m.length, 1, m.join('\n'));
        assert.match(m[0]!, /^1:6 template \{\{.*\}\} left out \(wiki markup, not text\)$/);
      } else {
        assert.equal(texts(a), `甲${shown}乙。`);
        assert.deepEqual(m, []);
      }
    });
  }
}

describe('{{bd}}: a biography\'s birth and death, as zh.wikipedia shows it', () => {
  renders([
    ['{{bd|1890年|5月19日|1969年|9月2日|catIdx=H}}', '1890年5月19日－1969年9月2日'],
    ['{{Bd|1923年|11月|2019年|10月21日}}', '1923年11月－2019年10月21日'],
    ['{{bd|1890年||1969年}}', '1890年－1969年'],
    // A living person: no dash, which would read as a death.
    ['{{bd|1989年|4月18日}}', '1989年4月18日'],
    ['{{bd|1989年|4月18日||}}', '1989年4月18日'],
    ['{{bd|1959年|8月6日|catIdx=K}}', '1959年8月6日'],
    ['{{bd|[[1890年]]|[[5月19日]]|[[1969年]]|[[9月2日]]}}', '1890年5月19日－1969年9月2日'],
    ['{{bd| 1890年 | 5月19日 | 1969年 | 9月2日 }}', '1890年5月19日－1969年9月2日'],
    // A death without a birth, nothing at all, or parameters it does not have: not understood.
    ['{{bd|||1969年|9月2日}}', null],
    ['{{bd}}', null],
    ['{{bd|1890年|5月19日|1969年|9月2日|1999年}}', null],
    ['{{bd|1890年|5月19日|style=x}}', null],
    ['{{bd|公元前551年|9月28日|公元前479年|4月11日}}', '公元前551年9月28日－公元前479年4月11日'],
    // Another wiki's {{BD}}, with other parameters.
    ['{{BD|1972-10-30||:}}', null],
    ['{{bd|1890年|十九日}}', null],
  ]);
});

describe('{{birth date}}, {{death date}} and the forms with an age', () => {
  renders([
    ['{{birth date|1890|5|19}}', '1890年5月19日'],
    ['{{Birth date|1890|05|19|df=y}}', '1890年5月19日'],
    ['{{dob|1911|8|25}}', '1911年8月25日'],
    ['{{death date|1969|9|2}}', '1969年9月2日'],
    ['{{death date and age|1969|9|2|1890|5|19}}', '1969年9月2日（79歲）'],
    ['{{Death date and age|2013|10|4|1911|8|25|df=yes}}', '2013年10月4日（102歲）'],
    // The day before a birthday: a year younger.
    ['{{dda|1969|5|18|1890|5|19}}', '1969年5月18日（78歲）'],
    // An age as of today would change with the day of the build: the date alone.
    ['{{birth date and age|1950|1|1}}', '1950年1月1日'],
    ['{{bda|1950|12|31|mf=y}}', '1950年12月31日'],
    ['{{birth year and age|1950}}', '1950年'],
    ['{{birth date|1890|5}}', null],
    ['{{birth date|1890|13|1}}', null],
    ['{{birth date|1890|2|30}}', null],
    ['{{birth date|一八九〇|5|19}}', null],
    ['{{death date and age|1890|5|19|1969|9|2}}', null],
    ['{{death date and age|1969|9|2}}', null],
    ['{{birth date|1890|5|19|x=1}}', null],
  ]);
});

describe('{{ISBN}}, {{ISSN}}, {{OCLC}}', () => {
  renders([
    ['{{ISBN|978-7-101-00001-1}}', 'ISBN 978-7-101-00001-1'],
    ['{{isbn|7101000010}}', 'ISBN 7101000010'],
    ['{{ISSN|0028-0836}}', 'ISSN 0028-0836'],
    ['{{OCLC|12345678}}', 'OCLC 12345678'],
    ['{{ISBN}}', null],
    ['{{ISBN|見書末}}', null],
    ['{{ISBN|978-7-101-00001-1|978-7-101-00002-8}}', null],
  ]);
});

describe('{{nihongo}}', () => {
  renders([
    ['{{nihongo|Tokyo|東京|Tōkyō}}', 'Tokyo（東京，Tōkyō）'],
    ['{{Nihongo||東京|Tōkyō}}', '東京（Tōkyō）'],
    ['{{nihongo|Tokyo|東京}}', 'Tokyo（東京）'],
    ['{{nihongo|Tokyo|東京|Tōkyō|首都}}', 'Tokyo（東京，Tōkyō，首都）'],
    ['{{nihongo|Tokyo}}', null],
    ['{{nihongo|Tokyo|東京|lead=yes}}', null],
  ]);
});

describe('{{convert}}: the value in the unit written, for a small table of units', () => {
  renders([
    ['{{convert|10|km}}', '10公里'],
    ['{{Convert|10|km|mi|abbr=on}}', '10公里'],
    ['{{convert|1,200|m|ft|0}}', '1,200米'],
    ['{{convert|2.5|km2|sqmi}}', '2.5平方公里'],
    ['{{convert|30|C}}', '30°C'],
    ['{{convert|3|to|5|km}}', '3至5公里'],
    ['{{convert|3|-|5|km}}', '3–5公里'],
    ['{{cvt|100|kg}}', '100公斤'],
    ['{{convert|10|furlong}}', null],
    ['{{convert|ten|km}}', null],
    ['{{convert|10|km|disp=out}}', null],
    ['{{convert|10}}', null],
    ['{{convert|3|by|5|m}}', null],
  ]);
});

describe('{{as of}}', () => {
  renders([
    ['{{as of|2020}}', '截至2020年'],
    ['{{As of|2020|5}}', '截至2020年5月'],
    ['{{As of|2020|05|01}}', '截至2020年5月1日'],
    ['{{as of|2020|lc=y}}', '截至2020年'],
    ['{{as of|2020|alt=2020年夏季}}', '2020年夏季'],
    ['{{as of}}', null],
    ['{{as of|2020|13}}', null],
    ['{{as of|2020|since=y}}', null],
    ['{{as of|現在}}', null],
  ]);
});

describe('{{abbr}}, {{langx}}, interlanguage link helpers, {{flag}}', () => {
  renders([
    ['{{abbr|NATO|North Atlantic Treaty Organization}}', 'NATO'],
    ['{{abbr||North Atlantic Treaty Organization}}', null],
    ['{{transl|vi|Hà Nội}}', 'Hà Nội'],
    ['{{transl|ja|hepburn|Tōkyō}}', 'Tōkyō'],
    ['{{small|（已故）}}', '（已故）'],
    ['{{langx|vi|Hà Nội}}', '越南語：Hà Nội'],
    ['{{langx|xx|Hà Nội}}', 'Hà Nội'],
    ['{{Internal link helper/en|阮文紹|Nguyễn Văn Thiệu}}', '阮文紹'],
    ['{{tsl|vi|Cát Bà|吉婆島|吉婆}}', '吉婆'],
    // {{flag}} shows its first parameter as written (its name= instead when given), after a flag icon.
    ['{{flag|越南}}', '越南'],
    ['{{Flag|越南民主共和國|1945}}', '越南民主共和國'],
    ['{{flagu|越南}}', '越南'],
    ['{{flag|越南|name=越南國}}', '越南國'],
    // A code shows a name from the country's data, which this ingest does not have; an icon shows no text.
    ['{{flag|VIE}}', null],
    ['{{VIE}}', null],
    ['{{flagicon|USA}}', null],
    ['{{flagcountry|越南}}', null],
  ]);
});

describe('citation templates by their other names', () => {
  renders([
    // The title links to the URL (the text here is the link's).
    ['{{Web cite|url=https://example.org/|title=甲報}}', '甲報.'],
    ['{{Cite EB1911|wstitle=Hanoi}}', null],
  ]);
});

const explained = (line: number, column: number, n: number, written = '{{efn}}') =>
  `${line}:${column} explanatory note \`${written}\` left in the text as wiki markup: shown as note [註 ${n}], numbered after the source's own notes`;
const groups = (a: Article) => a.footnotes.map((n) => [n.group ?? 'reference', n.label ?? n.n, n.content && inlineText(n.content)]);

describe('explanatory notes ({{efn}}, {{NoteTag}}, <ref group>)', () => {
  it('become notes of their own, numbered apart from the references, in the order they appear', () => {
    const { article: a, messages: m } = messages(
      '**甲**是人{{efn|說明[[文字]]。}}，乙<ref>A.</ref>丙{{NoteTag|name=b|第二條}}丁<ref group="注">第三條</ref>戊{{sfn|B|2000}}。\n',
    );
    assert.deepEqual(groups(a), [
      ['reference', 1, 'A.'],
      ['reference', 2, 'B 2000'],
      ['note', 1, '說明文字。'],
      ['note', 2, '第二條'],
      ['note', 3, '第三條'],
    ]);
    const refs = allInlines(a).filter((i) => i.type === 'footnoteRef').map((r) => `${r.group ?? ''}${r.n}`);
    assert.deepEqual(refs, ['note1', '1', 'note2', 'note3', '2']);
    assert.deepEqual(m, [explained(1, 8, 1), cited(1, 27, 1), explained(1, 41, 2), explained(1, 64, 3, '<ref>'), cited(1, 89, 2, '{{sfn}}')]);
  });

  it('are numbered after the source\'s own notes, numbered and lettered', () => {
    const { article: a } = messages(
      ['**甲**\\[註 1\\]乙\\[a\\]丙{{efn|新增}}。', '', '## 注釋', '', '1.  [註 1] 原有一', '2.  a. 原有二'].join('\n'),
    );
    const notes = a.footnotes.filter((n) => n.group === 'note').map((n) => [n.n, n.label ?? null, n.content && inlineText(n.content)]);
    assert.deepEqual(notes, [
      [1, null, '原有一'],
      [2, 'a', '原有二'],
      [3, null, '新增'],
    ]);
  });

  it('that only name an earlier note, hold a citation or stand inside a parameter are left out with a warning', () => {
    const { article: a, messages: m } = messages('**甲**{{efn|name=a}}乙{{efn|見<ref>A.</ref>}}丙{{lang|en|{{efn|x}}}}。\n');
    assert.equal(a.footnotes.filter((n) => n.group === 'note').length, 0);
    assert.ok(m.some((x) => x.startsWith('1:6 template {{efn}} left out')), m.join('\n'));
  });
});

describe('short citations', () => {
  it('{{sfn}} in the text becomes a reference of its own, numbered after the source\'s; the same one cited again shares it', () => {
    const { article: a, messages: m } = messages(
      [
        '**甲**是人\\[1\\]{{sfn|Smith|2001|p=3}}。乙{{sfn|Smith|2001|p=3}}，丙{{Sfn|Smith|Jones|2001|pp=3-5}}。',
        '',
        '## 參考資料',
        '',
        '1.  [來源](https://example.org/a)',
      ].join('\n'),
    );
    assert.equal(texts(a), '甲是人[1][2]。乙[2]，丙[3]。');
    assert.deepEqual(notes(a), [
      [1, '來源'],
      [2, 'Smith 2001, 第3页'],
      [3, 'Smith & Jones 2001, 第3–5页'],
    ]);
    assert.equal(a.footnotes[1]!.refs.length, 2);
    assert.deepEqual(m, [cited(1, 13, 2, '{{sfn}}'), cited(1, 61, 3, '{{sfn}}')]);
  });

  it('{{sfn}} and <ref> are numbered together, in the order they appear', () => {
    const { article: a, messages: m } = messages('**甲**<ref>A.</ref>乙{{sfn|B|2000}}丙<ref name="c">C.</ref>丁<ref name="c" />。\n');
    assert.equal(texts(a), '甲[1]乙[2]丙[3]丁[3]。');
    assert.deepEqual(notes(a), [
      [1, 'A.'],
      [2, 'B 2000'],
      [3, 'C.'],
    ]);
    assert.deepEqual(m, [cited(1, 6, 1), cited(1, 20, 2, '{{sfn}}'), cited(1, 35, 3)]);
  });

  it('{{sfn}} inside <ref> is the citation\'s text', () => {
    const { article: a, messages: m } = messages('**甲**<ref>{{sfn|Smith|2001|p=3}}</ref>乙<ref>見{{harvnb|Smith|2001|loc=第二章}}。</ref>。\n');
    assert.equal(texts(a), '甲[1]乙[2]。');
    assert.deepEqual(notes(a), [
      [1, 'Smith 2001, 第3页'],
      [2, '見Smith 2001, 第二章。'],
    ]);
    assert.deepEqual(m, [cited(1, 6, 1), cited(1, 40, 2)]);
  });

  it('{{sfn}} that is a whole entry of a reference list is that entry\'s text', () => {
    const { article: a, messages: m } = messages(['**甲**\\[1\\]\\[2\\]。', '', '## 參考資料', '', '1.  {{sfn|Smith|2001|p=3}}', '2.  {{sfn|Jones|1999a}}'].join('\n'));
    assert.equal(texts(a), '甲[1][2]。');
    assert.deepEqual(notes(a), [
      [1, 'Smith 2001, 第3页'],
      [2, 'Jones 1999a'],
    ]);
    assert.deepEqual(m, []);
  });

  it('{{harvnb}} is text where it stands', () => {
    const { article: a, messages: m } = messages('**甲**見{{harvnb|Smith|Jones|Lee|2001|p=3}}，又見{{Harvard citation no brackets|A|B|C|D|1990}}。\n');
    assert.equal(texts(a), '甲見Smith, Jones & Lee 2001, 第3页，又見A et al. 1990。');
    assert.deepEqual(a.footnotes, []);
    assert.deepEqual(m, []);
  });

  it('that are not understood are left out with a warning', () => {
    const { article: a, messages: m } = messages('**甲**{{sfn|Smith}}乙{{sfn|Smith|2001|foo=1}}丙{{sfn}}。\n');
    assert.equal(texts(a), '甲乙丙。');
    assert.deepEqual(a.footnotes, []);
    assert.deepEqual(m, [leftOut(1, 6, 'sfn'), leftOut(1, 20, 'sfn'), leftOut(1, 45, 'sfn')]);
  });

  it('inside a link\'s text cite from right after the link (links do not nest)', () => {
    const { article: a } = messages('**甲**[乙{{sfn|B|2000}}](https://example.org/)丙[丁<ref>C.</ref>{{efn|說明}}](https://example.org/b)。\n');
    assert.equal(texts(a), '甲乙[1]丙丁[2][1]。');
    assert.deepEqual(groups(a), [
      ['reference', 1, 'B 2000'],
      ['reference', 2, 'C.'],
      ['note', 1, '說明'],
    ]);
    for (const note of a.footnotes) assert.equal(note.refs.length, 1, `note ${note.n} is cited`);
  });
});

describe('rendered templates keep positions true', () => {
  it('a template over two lines stays in its paragraph; the next paragraph keeps its line', () => {
    const { article: a, messages: m } = messages('**甲**（{{birth date\n|1890|5|19}}）是人。\n\n乙{{as of|2020}}。\n');
    assert.equal(texts(a), '甲（1890年5月19日）是人。\n乙截至2020年。');
    assert.equal(a.lead[0]!.source.line, 1);
    assert.equal(a.lead[1]!.source.line, 4);
    assert.deepEqual(m, []);
  });

  it('a rendering that fits on no line of its template is left out with a warning, nothing else moved', () => {
    // One word of 19 characters, over lines of at most 9: placeText cannot write it.
    const { article: a, messages: m } = messages('**甲**（{{bd\n|1890年\n|5月19日\n|1969年\n|9月2日\n}}）是人。\n\n乙{{convert|10|km}}。\n');
    // The parentheses left empty go too, as they do when any template in them is left out.
    assert.equal(texts(a), '甲是人。\n乙10公里。');
    assert.equal(a.lead[1]!.source.line, 8);
    assert.deepEqual(m, [leftOut(1, 7, 'bd')]);
  });

  it('nested templates render inside out', () => {
    const { article: a, messages: m } = messages('**甲**{{nowrap|{{bd|1890年|5月19日|1969年|9月2日}}}}，{{lang|ja|{{nihongo|Tokyo|東京}}}}，{{nowrap|{{x}}{{as of|2020}}}}。\n');
    assert.equal(texts(a), '甲1890年5月19日－1969年9月2日，Tokyo（東京），截至2020年。');
    assert.deepEqual(m, [leftOut(1, 80, 'x')]);
  });

  it('a template inside a link gives the link its text', () => {
    const { article: a, messages: m } = messages('**甲**是[{{abbr|NATO|North Atlantic Treaty Organization}}](https://zh.wikipedia.org/wiki/北大西洋公约组织 "wikilink")成員。\n');
    assert.equal(texts(a), '甲是NATO成員。');
    const link = allInlines(a).find((i) => i.type === 'link');
    assert.equal(link?.type === 'link' && inlineText(link.children), 'NATO');
    assert.deepEqual(m, []);
  });

  it('every rendering is no longer than its template, so it can always be written over it', () => {
    const sources = [
      '{{bd|1年|1月|1年|1月}}',
      '{{bd|1年}}',
      '{{dob|1|1|1}}',
      '{{dda|2|1|1|1|1|1}}',
      '{{as of|1}}',
      '{{as of|1|1|1}}',
      '{{convert|1|C}}',
      '{{cvt|1|m}}',
      '{{convert|1|to|2|m}}',
      '{{ISBN|0306406152}}',
      '{{nihongo|a|b|c|d}}',
      '{{sfn|A|1}}',
      '{{sfn|A|B|C|1}}',
      '{{sfn|A|1|p=1}}',
      '{{sfn|A|1|pp=1}}',
      '{{harvnb|A|B|1}}',
      '{{flag|越}}',
      '{{abbr|a|b}}',
    ];
    for (const source of sources) {
      const shown = renderTemplate(source);
      assert.ok(shown, source);
      assert.ok(shown.text.length <= source.length, `${source} → ${shown.text}`);
    }
  });
});

describe('hostile templates', () => {
  const quick = (markdown: string, ms = 2000) => {
    const started = performance.now();
    const result = messages(markdown);
    const took = performance.now() - started;
    assert.ok(took < ms, `took ${Math.round(took)} ms`);
    return result;
  };

  it('a huge parameter list is read once, and left out when not understood', () => {
    const many = '1|'.repeat(100_000);
    const { article: a, messages: m } = quick(`**甲**{{convert|${many}km}}{{bd|${many}x}}{{sfn|${many}2001}}{{ISBN|${many}1}}{{as of|${many}}}乙。\n`);
    assert.equal(texts(a), '甲乙。');
    assert.deepEqual(
      m.map((x) => x.replace(/^\S+ /, '')),
      ['convert', 'bd', 'sfn', 'ISBN', 'as of'].map((name) => `template {{${name}}} left out (wiki markup, not text)`),
    );
  });

  it('deep nesting stays fast and never throws', () => {
    const depth = 5000;
    for (const name of ['nowrap', 'bd', 'sfn', 'as of', 'nihongo', 'convert', 'flag', 'abbr']) {
      const { article: a } = quick(`**甲**${`{{${name}|`.repeat(depth)}2001${'}}'.repeat(depth)}乙。\n`);
      assert.match(texts(a), /^甲.*乙。$/s, name);
      assert.doesNotMatch(JSON.stringify(a), /[\uFDD0-\uFDEF]/);
    }
  });

  it('a tree of nested templates, each with several parameters, costs no more than its size', () => {
    // Each parameter shows nothing ({{x}} is no text template), so every one of them is read: once.
    let tree = '{{x}}';
    while (tree.length < 100_000) tree = `{{tsl|en|${tree}|${tree}|${tree}}}`;
    const { article: a, messages: m } = quick(`**甲**${tree}乙。\n`);
    assert.equal(texts(a), '甲乙。');
    assert.deepEqual(m, [leftOut(1, 6, 'tsl')]);
    let citations = '{{x}}';
    while (citations.length < 100_000) citations = `{{sfn|${citations}|${citations}|${citations}|2001}}`;
    assert.equal(texts(quick(`**甲**${citations}乙。\n`).article), '甲乙。');
  });

  it('thousands of short citations in one paragraph are each numbered, quickly', () => {
    const count = 5000;
    const body = Array.from({ length: count }, (_, i) => `句${i}{{sfn|Author${i}|2001}}`).join('');
    const { article: a } = quick(`**甲**${body}。\n`, 5000);
    assert.equal(a.footnotes.length, count);
    assert.equal(inlineText(a.footnotes.at(-1)!.content!), `Author${count - 1} 2001`);
  });

  it('a name of one of Object\'s properties is no entry of a table', () => {
    const { article: a } = quick('**甲**{{lang-constructor|x}}{{langx|constructor|y}}{{convert|1|constructor}}{{constructor|1|1|1}}{{hasOwnProperty|1}}乙。\n');
    assert.equal(texts(a), '甲xy乙。');
  });

  it('leaves no marker of its own in the text, whatever the seed holds', () => {
    const { article: a } = quick('**甲**\uFDD1乙\uFDD2丙{{sfn|A|2000}}\uFDD2丁\uFDD1。\n');
    assert.doesNotMatch(JSON.stringify(a), /[\uFDD0-\uFDEF]/);
  });
});
