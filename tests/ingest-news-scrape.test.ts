/**
 * What other scrapes of the agency's pages print around a report: the
 * headline again, credit, share and copyright lines, photo credits in other
 * forms, and teaser lists of dated headlines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../src/model/index.ts';
import { ingestNews } from '../src/ingest/news/index.ts';
import { parseSeed, type Seed } from '../src/ingest/seed.ts';
import { leadParagraphs as paragraphs, textOf } from './helpers.ts';

function ingest(text: string, path = 'scrape.txt'): { articles: Article[]; seed: Seed } {
  const seed = parseSeed(path, text);
  return { articles: ingestNews(seed), seed };
}
const seedOf = (...lines: string[]) => ingest(lines.join('\n'));

/** The seed's messages, without the one every undated report gets (the reports here give no date on purpose). */
const messages = (seed: Seed) => seed.file.messages.filter((m) => !/gives no date/.test(m.reason)).map((m) => `${m.line}: ${m.reason}`);

const HEADLINE = '越南前10个月出口额同比增长16.2% 贸易顺差达196亿美元';
const LEDE = '据越南国家统计局公布的数据，今年1-10月，越南货物进出口总额达7620亿美元，同比增长17.4%。';
const OPENING = '据越南国家统计局公布的数据，今年1-10月，越南货物进出口总额达7620亿美元，同比增长17.4%，其中出口额3910亿美元。';

describe('a headline the page prints again above the report', () => {
  it('is left out, so the lede is read as the lede and the dateline is split off the paragraph after it', () => {
    const { articles, seed } = seedOf(
      HEADLINE,
      '',
      HEADLINE,
      LEDE,
      `${HEADLINE} ảnh 1海防港集装箱码头。`,
      '',
      `越通社河内11月6日电 ${OPENING}`,
      '',
      '2024年同期出口额为3360亿美元。',
    );
    const [a] = articles as [Article];
    assert.equal(a.summary, LEDE);
    assert.equal(a.dateline, '越通社河内11月6日电');
    assert.deepEqual(paragraphs(a), [OPENING, '2024年同期出口额为3360亿美元。']);
    assert.equal(a.lead[0]?.source.line, 5);
    assert.ok(!messages(seed).some((m) => m.startsWith('3:')), messages(seed).join('\n'));
  });

  it('is recognised whatever its spacing, punctuation and script', () => {
    for (const again of ['越南前10個月出口額同比增長16.2%，貿易順差達196億美元', '越南前10个月出口额同比增长16.2%贸易顺差达196亿美元。']) {
      const { articles } = seedOf(HEADLINE, again, `越通社河内11月6日电 ${OPENING}`, '2024年同期出口额为3360亿美元。');
      const [a] = articles as [Article];
      assert.equal(a.dateline, '越通社河内11月6日电', again);
      assert.equal(paragraphs(a)[0], OPENING, again);
      assert.equal(a.summary, OPENING, again);
    }
  });

  it('dates the report by the dateline, not by a period the lede names (1-10月)', () => {
    const { articles } = seedOf(HEADLINE, HEADLINE, LEDE, `越通社河内11月6日电 ${OPENING}`, '2025年全年出口额有望突破4700亿美元。');
    assert.equal(articles[0]!.date?.start.iso.endsWith('11-06'), true, JSON.stringify(articles[0]!.date));
  });

  it('keeps a paragraph that only begins like the headline', () => {
    const { articles } = seedOf('越俄两国外长举行会谈', '越俄两国外长举行会谈，双方同意加强合作。', '双方还就国际问题交换意见。');
    assert.deepEqual(paragraphs(articles[0]!), ['越俄两国外长举行会谈，双方同意加强合作。', '双方还就国际问题交换意见。']);
  });
});

/** A report of two paragraphs, the second signed off, then `tail` lines. */
const REPORT = ['越俄两国外长举行会谈', '', '越通社河内——两国外长在河内举行会谈。', '', '双方同意加强合作。(越通社-VNA)'];

describe('page furniture', () => {
  const FURNITURE = [
    '编译：黎氏香',
    '责编：阮文山',
    '文/黎英   责编：阮氏红',
    '编译：Nguyễn Văn An',
    '分享',
    'Facebook',
    'Twitter',
    '分享到：Facebook | Twitter | Zalo',
    '分享 Facebook Twitter',
    '版权所有©越南通讯社',
    '© 越南通讯社版权所有 2008-2025',
    '越南之声 | 越通社',
    '扫码关注越通社微信公众号',
    'Thông tấn xã Việt Nam',
  ];

  for (const line of FURNITURE) {
    it(`drops ${line} after the report, and finds the sign-off before it`, () => {
      const { articles, seed } = seedOf(...REPORT, line, '【两国将举办系列纪念活动】', line);
      const [a] = articles as [Article];
      assert.deepEqual(paragraphs(a), ['两国外长在河内举行会谈。', '双方同意加强合作。']);
      assert.equal(a.signoff, '越通社-VNA');
      assert.deepEqual(messages(seed), []);
    });
  }

  it('drops it among the teasers, where it is no summary and no teaser', () => {
    const { articles, seed } = seedOf(...REPORT, '更多', '越南与欧盟贸易额持续增长', '越南与欧盟贸易额前10个月增长9.7%。', ...FURNITURE);
    assert.deepEqual(articles.slice(1).map((b) => [b.title, b.summary]), [['越南与欧盟贸易额持续增长', '越南与欧盟贸易额前10个月增长9.7%。']]);
    assert.deepEqual(messages(seed), []);
  });

  it('keeps a paragraph that mentions Facebook, 版权所有 or 编辑, and a headline that names 微信公众号', () => {
    const text = [
      '越南Facebook用户已超过7000万，居东南亚前列。',
      '编辑：这是双方第三次会谈。',
      '该片版权所有者为越南电影局',
      '越南网民关注微信公众号新规',
      '分享经验',
      'Facebook Twitter 等社交平台在越南拥有大量用户',
    ];
    const { articles } = seedOf(REPORT[0]!, '', ...text, REPORT[4]!);
    assert.deepEqual(paragraphs(articles[0]!), [...text, '双方同意加强合作。']);
  });
});

describe('the sign-off', () => {
  it('is found in the last paragraph that has one, with a warning at the text that still follows it', () => {
    const { articles, seed } = seedOf(...REPORT, '', '点击排行', '', '热点推荐');
    const [a] = articles as [Article];
    assert.equal(a.signoff, '越通社-VNA');
    assert.deepEqual(paragraphs(a), ['两国外长在河内举行会谈。', '双方同意加强合作。', '点击排行', '热点推荐']);
    assert.deepEqual(messages(seed), [
      "7: this line and 1 more follow the report's sign-off (line 5) and are kept as paragraphs; if they are page furniture (a credit, share or copyright line), delete them from the seed",
    ]);
  });

  it('names one line after it in the singular, and counts lines after front matter', () => {
    const { seed } = ingest(['---', 'kind: news', '---', ...REPORT, '(完)', '点击排行'].join('\n'));
    assert.deepEqual(messages(seed), [
      "10: this line follows the report's sign-off (line 9) and is kept as a paragraph; if it is page furniture (a credit, share or copyright line), delete it from the seed",
    ]);
  });

  it('is not looked for in an earlier paragraph when the last one has it', () => {
    const { articles, seed } = seedOf(REPORT[0]!, '越通社河内——两国外长举行会谈。(完)', '双方同意加强合作。(越通社-VNA)');
    assert.deepEqual([articles[0]!.signoff, paragraphs(articles[0]!)], ['越通社-VNA', ['两国外长举行会谈。（完）', '双方同意加强合作。']]);
    assert.deepEqual(messages(seed), []);
  });

  it('is found after a source line (来源：越通社), which is furniture', () => {
    const { articles, seed } = seedOf(...REPORT, '来源：越通社');
    assert.equal(articles[0]!.signoff, '越通社-VNA');
    assert.deepEqual(messages(seed), []);
  });
});

describe('datelines in the forms other pages print', () => {
  const BODY = '当地时间12月18日晚，男子足球决赛在曼谷举行。';
  const opening = (first: string) => {
    const { articles, seed } = seedOf('越南U22队夺得男足金牌', '', first, '', '越南政府总理向全队发来贺电。');
    return { a: articles[0]!, seed };
  };

  for (const [printed, dateline] of [
    ['(越通社-VNA)——', '越通社-VNA'],
    ['（越通社-VNA）——', '越通社-VNA'],
    ['（越通社—VNA） ', '越通社—VNA'],
    ['(越通社 - VNA) —— ', '越通社-VNA'],
    ['（越通社）——', '越通社'],
    ['越通社驻莫斯科记者报道——', '越通社驻莫斯科记者报道'],
    ['越通社驻俄罗斯联邦特派记者报道——', '越通社驻俄罗斯联邦特派记者报道'],
    ['越通社驻莫斯科记者报道：', '越通社驻莫斯科记者报道'],
    ['越通社河内12月19日电 ', '越通社河内12月19日电'],
    ['越通社河内——', '越通社河内'],
    ['新华社曼谷12月19日电（记者 阮俊）', '新华社曼谷12月19日电（记者 阮俊）'],
    ['越通社河内12月19日电——', '越通社河内12月19日电'],
    ['法新社曼谷12月19日讯，', '法新社曼谷12月19日讯'],
  ] as const) {
    it(`sets ${printed.trim()} apart`, () => {
      const { a } = opening(`${printed}${BODY}`);
      assert.equal(a.dateline, dateline);
      assert.equal(paragraphs(a)[0], BODY);
      assert.equal(a.summary, BODY);
    });
  }

  for (const text of [
    `据越通社12月18日报道，${BODY}`,
    `据越通社报道，${BODY}`,
    `越通社记者报道说，${BODY}`,
    `越通社驻莫斯科记者报道，${BODY}`,
    `（越通社）${BODY}`,
    `${BODY}(越通社-VNA)——越南队夺冠。`,
    `该旅行社12月1日电话通知游客，${BODY}`,
    `这家报社12月1日电视台报道，${BODY}`,
    `合作社河内12月1日电 ${BODY}`,
  ]) {
    it(`keeps ${text.slice(0, 12)}… as the sentence's own words`, () => {
      const { a } = opening(text);
      assert.equal(a.dateline, undefined);
      assert.equal(paragraphs(a)[0], text.replace('(越通社-VNA)', '（越通社-VNA）'));
    });
  }
});

describe('photo credits in other forms', () => {
  for (const [line, caption, credit] of [
    ['越南出口额同比增长 ảnh 1海防港集装箱码头。（图：越通社）', '海防港集装箱码头。', '图：越通社'],
    ['ảnh 2 岘港市救援人员转移受困群众。照片：黎英/越通社', '岘港市救援人员转移受困群众。', '照片：黎英/越通社'],
    ['岘港市救援人员转移受困群众。照片：黎英/越通社', '岘港市救援人员转移受困群众。', '照片：黎英/越通社'],
    ['岘港市救援人员转移受困群众。(照片：越通社)', '岘港市救援人员转移受困群众。', '照片：越通社'],
    ['岘港市救援人员转移受困群众。图/越通社', '岘港市救援人员转移受困群众。', '图/越通社'],
    ['岘港市救援人员转移受困群众（图/越通社）', '岘港市救援人员转移受困群众', '图/越通社'],
  ] as const) {
    it(`splits ${credit} off ${line.slice(0, 10)}…`, () => {
      const { articles } = seedOf('越南出口额同比增长', '越通社河内——越南出口额同比增长16.2%。', line, '越南对欧盟出口增长9.7%。');
      const [fig, ...more] = articles[0]!.lead.filter((b) => b.type === 'figure');
      assert.equal(more.length, 0);
      assert.equal(fig?.type === 'figure' && fig.credit, credit);
      assert.equal(textOf(fig!), caption);
    });
  }

  it('takes a sentence about a photo for text, not a credit', () => {
    const text = '他向记者展示了一张照片：两国领导人握手';
    const { articles } = seedOf('越南出口额同比增长', '越通社河内——越南出口额同比增长16.2%。', text, '越南对欧盟出口增长9.7%。');
    assert.ok(paragraphs(articles[0]!).includes(text));
  });
});

describe('teasers', () => {
  const briefsOf = (...teasers: string[]) => {
    const { articles, seed } = seedOf(...REPORT, '相关新闻', ...teasers);
    return { briefs: articles.slice(1), seed };
  };
  const shown = (b: Article) => [b.title, b.summary, b.date?.start.iso, b.date?.certainty];

  it('in a list of dated headlines are one brief each, with no text, dated by their stamps', () => {
    const { briefs, seed } = briefsOf(
      '越南9月份CPI同比上涨3.38% (2025-10-06)',
      '第三季度越南经济增长8.23% 创近年来新高 (2025-10-06)',
      '越南与欧盟贸易额持续增长 (05/10/2025)',
      '© 越南通讯社版权所有 2008-2025',
    );
    assert.deepEqual(briefs.map(shown), [
      ['越南9月份CPI同比上涨3.38%', '', '2025-10-06', 'stated'],
      ['第三季度越南经济增长8.23% 创近年来新高', '', '2025-10-06', 'stated'],
      // Day first, as Vietnamese pages write dates: 5 October, not 10 May.
      ['越南与欧盟贸易额持续增长', '', '2025-10-05', 'stated'],
    ]);
    assert.deepEqual(briefs.map((b) => b.lead), [[], [], []]);
    assert.deepEqual(messages(seed), []);
  });

  it('keep the stamp out of the title and the slug', () => {
    const { briefs } = briefsOf('[2019-07-26] 范平明将对俄罗斯进行正式访问', '[2019-07-10] 俄罗斯国家杜马主席沃洛金访问越南', 'Thông tấn xã Việt Nam');
    assert.deepEqual(briefs.map(shown), [
      ['范平明将对俄罗斯进行正式访问', '', '2019-07-26', 'stated'],
      ['俄罗斯国家杜马主席沃洛金访问越南', '', '2019-07-10', 'stated'],
    ]);
    assert.deepEqual(briefs.map((b) => b.slug), ['fan-ping-ming-jiang-dui-e-luo-si-jin-xing-zheng-shi-fang-wen', 'e-luo-si-guo-jia-du-ma-zhu-xi-wo-luo-jin-fang-wen-yue-nan']);
  });

  it('in a list of headlines without stamps are one brief each too', () => {
    const { briefs } = briefsOf('越南9月份CPI同比上涨3.38%', '第三季度越南经济增长8.23%', '越南与欧盟贸易额持续增长');
    assert.deepEqual(briefs.map((b) => [b.title, b.summary]), [['越南9月份CPI同比上涨3.38%', ''], ['第三季度越南经济增长8.23%', ''], ['越南与欧盟贸易额持续增长', '']]);
  });

  it('take a stamp after the summary as their date, ahead of the dates in their text', () => {
    const { briefs } = briefsOf('第九届河内国际美食文化节将于11月举行', '河内市文化体育厅日前宣布，美食文化节将于今年11月20日举行。 06/06/2025');
    assert.deepEqual(briefs.map(shown), [['第九届河内国际美食文化节将于11月举行', '河内市文化体育厅日前宣布，美食文化节将于今年11月20日举行。', '2025-06-06', 'stated']]);
    assert.deepEqual(paragraphs(briefs[0]!), [briefs[0]!.summary]);
  });

  it('give a year to a yearless teaser beside a stamped one', () => {
    const { briefs } = briefsOf('越南与欧盟贸易额持续增长 (05/10/2025)', '越日合作论坛举行', '10月3日，越日合作论坛在河内举行。');
    assert.deepEqual(briefs.map(shown), [
      ['越南与欧盟贸易额持续增长', '', '2025-10-05', 'stated'],
      ['越日合作论坛举行', '10月3日，越日合作论坛在河内举行。', '2025-10-03', 'inferred'],
    ]);
  });

  it('take a line holding only a date for the date of the teaser it follows', () => {
    const { briefs } = briefsOf('越日合作论坛举行', '2025-10-03', '越日合作论坛在河内举行。', '越南与欧盟贸易额持续增长', '[2025-10-05]');
    assert.deepEqual(briefs.map(shown), [
      ['越日合作论坛举行', '越日合作论坛在河内举行。', '2025-10-03', 'stated'],
      ['越南与欧盟贸易额持续增长', '', '2025-10-05', 'stated'],
    ]);
  });

  it('keep a date no calendar has in the title, and read it as text', () => {
    const { briefs } = briefsOf('越南与欧盟贸易额持续增长 (31/02/2025)');
    assert.deepEqual(briefs.map((b) => b.title), ['越南与欧盟贸易额持续增长 (31/02/2025)']);
  });

  it('do not swallow the headline after one that repeats the title: it is left out with a warning, the next stays', () => {
    const { briefs, seed } = briefsOf(
      '越俄两国外长举行会谈',
      '第九届河内国际美食文化节将于11月举行',
      '河内市文化体育厅日前宣布，第九届河内国际美食文化节将于今年11月在还剑湖步行街举行。 06/06/2025',
      '广宁下龙湾迎来今年第1000万名游客',
    );
    assert.deepEqual(briefs.map((b) => [b.title, b.summary]), [
      ['第九届河内国际美食文化节将于11月举行', '河内市文化体育厅日前宣布，第九届河内国际美食文化节将于今年11月在还剑湖步行街举行。'],
      ['广宁下龙湾迎来今年第1000万名游客', ''],
    ]);
    assert.deepEqual(messages(seed), ['7: the teaser "越俄两国外长举行会谈" after 更多 repeats this report\'s title; it was left out']);
  });

  it('still pair a headline with a short summary that does not end like a sentence', () => {
    const { briefs } = briefsOf('越日合作论坛举行', '双方签署多项合作文件', '越南与欧盟贸易额持续增长', '越南与欧盟贸易额前10个月增长9.7%，创历史新高。');
    assert.deepEqual(briefs.map((b) => [b.title, b.summary]), [
      ['越日合作论坛举行', '双方签署多项合作文件'],
      ['越南与欧盟贸易额持续增长', '越南与欧盟贸易额前10个月增长9.7%，创历史新高。'],
    ]);
  });
});

describe('a date alone after 更多', () => {
  it('is left out with a warning at its line', () => {
    const { articles, seed } = seedOf(...REPORT, '更多', '(2025-10-06)');
    assert.equal(articles.length, 1);
    assert.deepEqual(messages(seed), ['7: a teaser after 更多 has no headline; it was left out']);
  });
});
