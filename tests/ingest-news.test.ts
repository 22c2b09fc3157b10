import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Article, Figure } from '../src/model/index.ts';
import { ingestNews, type NewsOptions } from '../src/ingest/news/index.ts';
import { parseSeed, type Seed } from '../src/ingest/seed.ts';
import { extractEvents } from '../src/timeline/events.ts';
import { leadParagraphs as paragraphs, textOf } from './helpers.ts';

const SEED_PATH = 'seeds/003_1be4c434e8c80aa5.txt';
const read = (rel: string) => fs.readFileSync(new URL(rel, import.meta.url), 'utf8');
const REAL = read(`../${SEED_PATH}`);

function ingest(text: string, path = SEED_PATH, options?: Partial<NewsOptions>): { articles: Article[]; seed: Seed } {
  const seed = parseSeed(path, text);
  return { articles: ingestNews(seed, options), seed };
}
const fixture = (name: string) => ingest(read(`fixtures/news/${name}`), `tests/fixtures/news/${name}`);
const fixture2 = (name: string) => ingest(read(`fixtures/${name}`), `tests/fixtures/${name}`);

const figures = (a: Article) => a.lead.filter((b): b is Figure => b.type === 'figure');
const errors = (seed: Seed) => seed.file.messages.filter((m) => m.fatal).map((m) => m.reason);

const real = ingest(REAL);
const [main, ...briefs] = real.articles as [Article, ...Article[]];

const LEDE = '应越南政府副总理兼外交部长范平明邀请，俄罗斯联邦外交部长谢尔盖·拉夫罗夫（Sergey Lavrov）将于3月19日至20日对越南进行正式访问。';

describe('the real news seed: the report', () => {
  it('is a news article titled with the first line, with its slug as id', () => {
    assert.equal(main.kind, 'news');
    assert.equal(main.title, '俄罗斯外长对越俄关系给予积极评价');
    assert.equal(main.id, main.slug);
    assert.match(main.slug, /^[a-z0-9-]+$/);
    assert.equal(main.file, SEED_PATH);
    assert.deepEqual([main.sections, main.footnotes, main.categories], [[], [], []]);
  });

  it('records no errors', () => {
    assert.deepEqual(errors(real.seed), []);
  });

  it('turns the photo line into a figure with caption, credit and alt text but no image', () => {
    const [fig, ...more] = figures(main);
    assert.equal(more.length, 0);
    assert.equal(fig?.id, 'fig-1');
    assert.equal(textOf(fig!), '俄罗斯外交部长谢尔盖·拉夫罗夫。');
    assert.equal(fig?.credit, '图片来源：越通社');
    assert.equal(fig?.alt, '俄罗斯外交部长谢尔盖·拉夫罗夫。');
    assert.equal(fig?.image, undefined);
  });

  it('takes the dateline out of the first paragraph', () => {
    assert.equal(main.dateline, '越通社河内');
    assert.ok(paragraphs(main)[0]!.startsWith('应越南政府'));
  });

  it('shows the lede once, as the summary and inside the first paragraph only', () => {
    assert.equal(main.summary, LEDE);
    assert.equal(main.lead.filter((b) => textOf(b).includes('应越南政府副总理兼外交部长范平明邀请')).length, 1);
  });

  it('has seven paragraphs, from the dateline-less opening to the closing sentence without sign-off', () => {
    const ps = paragraphs(main);
    assert.equal(ps.length, 7);
    assert.equal(ps[0], `${LEDE}值此机会，谢尔盖·拉夫罗夫就越俄两国关系接受了越通社记者的专访。`);
    assert.ok(ps[6]!.endsWith('参与国遵守非分裂主义安全原则，不损害其他国家的安全。'));
  });

  it('turns the 【…】 line into a related headline, not a paragraph', () => {
    const rel = main.lead.filter((b) => b.type === 'related');
    assert.deepEqual(rel.map((b) => [b.id, textOf(b)]), [['related-1', '俄罗斯联邦外交部长将对越南进行正式访问']]);
  });

  it('keeps the sign-off apart from the last paragraph', () => {
    assert.equal(main.signoff, '越通社-VNA');
  });

  it('keeps page furniture and teasers out of the report', () => {
    const visible = [main.title, main.summary, ...main.lead.map(textOf)].join('\n');
    for (const junk of ['ảnh', '(图片来源', '（图片来源', '越通社-VNA', '更多', 'G20', '范明政', '萨尔瓦多', '2025']) {
      assert.ok(!visible.includes(junk), `report contains ${junk}`);
    }
    assert.ok(!main.lead.some((b) => textOf(b) === '越通社'), 'bare publisher line kept as a paragraph');
  });

  it('normalises punctuation in Chinese text', () => {
    assert.ok(paragraphs(main)[0]!.includes('拉夫罗夫（Sergey Lavrov）将于'));
    assert.ok(!paragraphs(main).some((p) => /[\p{Script=Han}][,:(]/u.test(p)));
  });

  it('gives every block a unique ASCII anchor in reading order', () => {
    assert.deepEqual(
      main.lead.map((b) => b.id),
      ['fig-1', 'p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'related-1', 'p-6', 'p-7'],
    );
  });

  it('points every block at its line in the seed file', () => {
    assert.deepEqual(
      main.lead.map((b) => b.source.line),
      [4, 7, 9, 11, 13, 15, 17, 19, 21],
    );
    assert.ok(main.lead.every((b) => b.source.file === SEED_PATH));
  });

  it('dates the visit 2018-03-19 to 2018-03-20, with the year inferred from the report alone', () => {
    assert.deepEqual(main.date?.start, { iso: '2018-03-19', precision: 'day' });
    assert.deepEqual(main.date?.end, { iso: '2018-03-20', precision: 'day' });
    assert.equal(main.date?.certainty, 'inferred');
    assert.match(main.date?.reason ?? '', /2017年/);
    assert.match(main.date?.reason ?? '', /2019年/);
  });

  it('names the publisher and no URL or licence without front matter', () => {
    assert.deepEqual(main.source, { publisher: '越通社' });
  });
});

describe('the real news seed: the teasers after 更多', () => {
  it('become six briefs, in page order, whose parent is the report', () => {
    assert.deepEqual(briefs.map((b) => b.title), [
      'G20 峰会：范明政会见多国和国际组织领导',
      '越南共产党代表团对西班牙进行工作访问',
      '增强越柬政治互信与两国人民团结协作',
      '越南重申支持自由公平的贸易体系',
      '越南与萨尔瓦多加强传统友好关系',
      '越南政府总理范明政会见旅居南非越南人社群',
    ]);
    for (const b of briefs) {
      assert.equal(b.kind, 'brief');
      assert.equal(b.parent, main.id);
      assert.equal(b.file, SEED_PATH);
      assert.deepEqual(b.source, { publisher: '越通社' });
    }
  });

  it('have unique ids that are their slugs, at most 60 characters', () => {
    const ids = real.articles.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const b of briefs) {
      assert.equal(b.id, b.slug);
      assert.ok(b.slug.length <= 60 && /^[a-z0-9-]+$/.test(b.slug), b.slug);
    }
  });

  it('lead with the photo (caption and credit, no image) and then the summary, or with the summary alone when the caption repeats it or the title', () => {
    assert.deepEqual(briefs.map((b) => b.lead.map((x) => x.type)), [
      ['figure', 'paragraph'], ['figure', 'paragraph'], ['figure', 'paragraph'],
      // 越南外交部副部长邓黄江。 and the ambassador's caption are sentences of the summary; 越南政府总理范明政与夫人会见… is the title again.
      ['paragraph'], ['paragraph'], ['paragraph'],
    ]);
    for (const b of briefs) {
      assert.equal(textOf(b.lead.at(-1)!), b.summary);
      assert.ok(figures(b).every((f) => f.image === undefined));
    }
    assert.deepEqual(briefs.map((b) => figures(b)[0]?.credit), ['图自越通社', '图自越通社', '图自越通社', undefined, undefined, undefined]);
    assert.equal(textOf(briefs[0]!.lead[0]!), '范明政会见阿联酋阿布扎比王储哈立德·本·穆罕默德·阿勒纳哈扬。');
    assert.ok(briefs[0]!.summary.startsWith('越通社特派记者报道，当地时间11月22日上午'));
    assert.ok(briefs[5]!.summary.endsWith('会见了越南驻南非大使馆官员及旅居南非越南人代表。'));
  });

  it('point their blocks at the teaser lines', () => {
    assert.deepEqual(briefs.map((b) => b.lead.map((x) => x.source.line)), [[27, 31], [33, 37], [39, 43], [49], [55], [61]]);
  });

  it('carry their own dates, the year from the one teaser that gives it (not from the report, years older)', () => {
    const dates = briefs.map((b) => [b.date?.start.iso, b.date?.end?.iso, b.date?.certainty]);
    assert.deepEqual(dates, [
      ['2025-11-22', undefined, 'inferred'],
      ['2025-11-17', '2025-11-21', 'inferred'],
      ['2025-11-19', '2025-11-21', 'inferred'],
      ['2025-11-19', '2025-11-21', 'stated'],
      ['2025-11-21', undefined, 'inferred'],
      ['2025-11-21', undefined, 'inferred'],
    ]);
    assert.ok(briefs.every((b) => b.date?.certainty === 'stated' || b.date?.reason === '年份取自同一栏目中2025年11月19日的简讯'));
  });
});

describe('front matter', () => {
  const FRONT = [
    '---',
    'date: 2018-03-18',
    'source_url: https://zh.vietnamplus.vn/lavrov.vnp',
    'licence: CC BY-NC 4.0',
    'licence_url: https://creativecommons.org/licenses/by-nc/4.0/',
    'publisher: 越南通讯社',
    'slug: lavrov-visit',
    '---',
    '',
  ].join('\n');
  const { articles, seed } = ingest(FRONT + REAL);
  const [report, first] = articles as [Article, Article];

  it('overrides the inferred date with a stated one', () => {
    assert.deepEqual(report.date, { start: { iso: '2018-03-18', precision: 'day' }, certainty: 'stated' });
  });

  it('gives the source URL, licence and publisher; briefs share publisher and licence but not the URL', () => {
    assert.deepEqual(report.source, {
      publisher: '越南通讯社',
      url: 'https://zh.vietnamplus.vn/lavrov.vnp',
      licence: { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
    });
    assert.equal(first.source.url, undefined);
    assert.equal(first.source.publisher, '越南通讯社');
  });

  it('sets the slug, which the briefs name as parent', () => {
    assert.equal(report.id, 'lavrov-visit');
    assert.equal(first.parent, 'lavrov-visit');
  });

  it('shifts line numbers by the eight front matter lines', () => {
    assert.equal(report.lead[0]!.source.line, 4 + 8);
    assert.equal(first.lead[0]!.source.line, 27 + 8);
    assert.deepEqual(errors(seed), []);
  });
});

describe('variants of the same site', () => {
  const variant = (from: string | RegExp, to: string) => ingest(REAL.replace(from, to)).articles[0]!;

  it('accepts a space before the dateline dash', () => {
    const a = variant('越通社河内——', '越通社河内 ——');
    assert.equal(a.dateline, '越通社河内');
    assert.ok(paragraphs(a)[0]!.startsWith('应越南政府'));
  });

  it('accepts other cities in the dateline', () => {
    for (const city of ['胡志明市', '岘港', '北京', '莫斯科']) {
      const a = variant('越通社河内——', `越通社${city}——`);
      assert.equal(a.dateline, `越通社${city}`);
      assert.ok(paragraphs(a)[0]!.startsWith('应越南政府'));
    }
  });

  it('accepts the sign-offs (越通社—VNA) and (完)', () => {
    assert.equal(variant('(越通社-VNA)', '(越通社—VNA)').signoff, '越通社—VNA');
    const done = variant('(越通社-VNA)', '(完)');
    assert.equal(done.signoff, '完');
    assert.ok(paragraphs(done).at(-1)!.endsWith('不损害其他国家的安全。'));
  });

  it('accepts a sign-off on a line of its own', () => {
    const a = variant('安全。(越通社-VNA)', '安全。\n\n(越通社-VNA)');
    assert.equal(a.signoff, '越通社-VNA');
    assert.equal(paragraphs(a).length, 7);
  });

  it('keeps a bracketed Latin name at the end of a paragraph as text, not a sign-off', () => {
    const a = variant('安全。(越通社-VNA)', '安全(Lavrov)');
    assert.equal(a.signoff, undefined);
    assert.ok(paragraphs(a).at(-1)!.endsWith('安全（Lavrov）'));
  });

  it('works without the photo line and still drops the repeated lede', () => {
    const a = variant(/^俄罗斯外长对越俄关系给予积极评价 ảnh.*\n/m, '');
    assert.equal(figures(a).length, 0);
    assert.equal(a.summary, LEDE);
    assert.equal(paragraphs(a).length, 7);
    assert.equal(a.lead[0]!.id, 'p-1');
  });

  it('finds the photo marker when ả is written decomposed', () => {
    const a = variant('ảnh 1', 'a\u0309nh 1');
    assert.equal(textOf(figures(a)[0]!), '俄罗斯外交部长谢尔盖·拉夫罗夫。');
  });

  it('yields the report alone when there is no 更多 block', () => {
    const { articles } = ingest(REAL.slice(0, REAL.indexOf('越通社\n\n更多')));
    assert.equal(articles.length, 1);
  });

  it('takes a year written in the text as stated', () => {
    const a = variant(/将于3月19日至20日/g, '将于2019年3月19日至20日');
    assert.deepEqual(a.date, {
      start: { iso: '2019-03-19', precision: 'day' },
      end: { iso: '2019-03-20', precision: 'day' },
      certainty: 'stated',
    });
  });

  it('takes the year from the body when the lede gives the same day without it, keeping the lede that now differs', () => {
    const a = variant('越通社河内——应越南政府副总理兼外交部长范平明邀请,俄罗斯联邦外交部长谢尔盖·拉夫罗夫(Sergey Lavrov)将于3月19日', '越通社河内——应越南政府副总理兼外交部长范平明邀请,俄罗斯联邦外交部长谢尔盖·拉夫罗夫(Sergey Lavrov)将于2019年3月19日');
    assert.equal(a.summary, LEDE);
    assert.equal(paragraphs(a)[0], LEDE);
    assert.equal(paragraphs(a).length, 8);
    assert.deepEqual(a.date?.start, { iso: '2019-03-19', precision: 'day' });
    assert.equal(a.date?.certainty, 'stated');
  });

  it('leaves the date yearless when the report gives no evidence for a year', () => {
    const text = REAL.replace('2017年越俄双边贸易额', '去年越俄双边贸易额').replace('创1991年以来', '创历史').replace('离不开2016年', '离不开');
    const { articles, seed } = ingest(text);
    assert.deepEqual(articles[0]!.date?.start, { iso: '03-19', yearless: true, precision: 'day' });
    assert.ok(seed.file.messages.some((m) => /without a year/.test(m.reason)));
  });

  it('ignores whitespace-only lines, keeping line numbers true', () => {
    const text = REAL.replace('\n\n谢尔盖·拉夫罗夫表示', '\n \u3000\t\n\n谢尔盖·拉夫罗夫表示');
    const { articles } = ingest(text);
    const a = articles[0]!;
    assert.equal(paragraphs(a).length, 7);
    assert.deepEqual(a.lead.slice(1, 3).map((b) => b.source.line), [7, 10]);
  });

  it('keeps ASCII punctuation when full-width punctuation is turned off', () => {
    const { articles } = ingest(REAL, SEED_PATH, { fullWidthPunctuation: false });
    const [a, g20] = articles as [Article, Article];
    assert.ok(paragraphs(a)[0]!.includes('拉夫罗夫(Sergey Lavrov)将于'));
    assert.equal(figures(a)[0]!.credit, '图片来源:越通社');
    assert.equal(a.signoff, '越通社-VNA');
    assert.equal(g20.title, 'G20 峰会:范明政会见多国和国际组织领导');
  });
});

describe('variant fixtures', () => {
  it('Ho Chi Minh City: spaced dateline, (越通社—VNA), whitespace lines, inferred year from figures and an upcoming anniversary', () => {
    const { articles, seed } = fixture('hcmc-emdash-signoff.txt');
    const [a] = articles as [Article];
    assert.equal(articles.length, 1);
    assert.deepEqual(errors(seed), []);
    assert.equal(a.dateline, '越通社胡志明市');
    assert.equal(a.signoff, '越通社—VNA');
    assert.deepEqual(a.lead.map((b) => [b.id, b.source.line]), [['fig-1', 4], ['p-1', 6], ['p-2', 8], ['p-3', 10]]);
    assert.equal(textOf(a.lead[0]!), '论坛筹备会议现场。');
    assert.equal(a.summary, '越俄企业论坛将于4月5日在胡志明市举行，吸引两国200多家企业参加。');
    assert.deepEqual(a.date?.start, { iso: '2019-04-05', precision: 'day' });
    assert.equal(a.date?.certainty, 'inferred');
  });

  it('Da Nang: (完), no photo, no lede, a stated year, a 供图 credit and a teaser without a photo', () => {
    const { articles } = fixture('danang-wan-no-photo.txt');
    const [a, culture, women] = articles as [Article, Article, Article];
    assert.equal(articles.length, 3);
    assert.equal(a.dateline, '越通社岘港');
    assert.equal(a.signoff, '完');
    assert.equal(figures(a).length, 0);
    assert.deepEqual(paragraphs(a), [
      '2019年3月19日，岘港市人民委员会主席会见了俄罗斯伊尔库茨克州代表团，双方就旅游、教育等领域合作交换意见。',
      '双方同意加强两地人员交流，推动开通直航航线。',
    ]);
    assert.equal(a.summary, paragraphs(a)[0]);
    assert.deepEqual(a.date, { start: { iso: '2019-03-19', precision: 'day' }, certainty: 'stated' });
    assert.equal(culture.title, '越南文化节在胡志明市开幕');
    assert.equal((culture.lead[0] as Figure).credit, '越南文化体育与旅游部供图');
    assert.equal(textOf(culture.lead[0]!), '胡志明市举行越南文化节。');
    assert.deepEqual(culture.date?.start, { iso: '03-22', yearless: true, precision: 'day' });
    assert.equal(women.title, '河内庆祝国际妇女节');
    assert.deepEqual(women.lead.map((b) => b.type), ['paragraph']);
    assert.equal(women.summary, '当地时间3月8日，河内市举行活动庆祝国际妇女节。');
  });

  it('Moscow: a lede that is not repeated stays first, a caption that repeats the title goes, related headline, sign-off on its own line', () => {
    const { articles } = fixture('moscow-distinct-lede.txt');
    const [a] = articles as [Article];
    assert.deepEqual(a.lead.map((b) => b.id), ['p-1', 'p-2', 'p-3', 'related-1']);
    assert.equal(textOf(a.lead[0]!), '两国外长同意进一步深化全面战略伙伴关系。');
    assert.equal(a.summary, '两国外长同意进一步深化全面战略伙伴关系。');
    assert.equal(textOf(a.lead[1]!), '7月24日，越南外交部长与俄罗斯外交部长在莫斯科举行会谈。');
    assert.equal(a.dateline, '越通社莫斯科');
    assert.equal(a.signoff, '越通社-VNA');
    assert.deepEqual(a.date?.start, { iso: '07-24', yearless: true, precision: 'day' });
  });
});

describe('brief dates', () => {
  it('take a missing year from their own teaser, else from a dated teaser of the same weeks, and mark it inferred', () => {
    const text = [
      '越南外长访问日本', '', '越通社河内——越南外长将于5月2日访问日本。(越通社-VNA)', '', '更多', '',
      '越日合作论坛举行', '', '11月5日,越日合作论坛举行,这是2024年第三次举办该论坛。', '',
      '河内举行马拉松比赛', '', '11月9日,河内举行马拉松比赛。',
    ].join('\n');
    const { articles } = ingest(text, 'x.txt');
    const [report, forum, marathon] = articles as [Article, Article, Article];
    assert.deepEqual(forum.date?.start, { iso: '2024-11-05', precision: 'day' });
    assert.equal(forum.date?.certainty, 'inferred');
    assert.deepEqual(marathon.date?.start, { iso: '2024-11-09', precision: 'day' });
    assert.equal(marathon.date?.certainty, 'inferred');
    assert.deepEqual(report.date?.start, { iso: '05-02', yearless: true, precision: 'day' }, 'the report is no teaser: it may be years older');
  });

  it('take a year from a dated teaser only within two months of it, across the new year too', () => {
    const teasers = (...lines: string[]) =>
      ingest(['越南外长访问日本', '', '越通社河内——越南外长将于5月2日访问日本。(越通社-VNA)', '', '更多', '', ...lines.flatMap((l, i) => [`标题${i}`, '', l, ''])].join('\n'), 'x.txt').articles.slice(1);
    const [dated, january, may] = teasers('2024年12月28日,越日合作论坛举行。', '1月3日,河内举行马拉松比赛。', '5月2日,岘港举行展览。');
    assert.deepEqual([dated!.date?.start.iso, january!.date?.start.iso, may!.date?.start.iso], ['2024-12-28', '2025-01-03', '05-02']);
    assert.equal(may!.date?.start.yearless, true);
  });
});

describe('bad input', () => {
  it('reports a blank seed as an error and yields nothing', () => {
    const { articles, seed } = fixture('blank.txt');
    assert.deepEqual(articles, []);
    assert.match(errors(seed)[0] ?? '', /no text/);
  });

  it('reports a headline without paragraphs as an error and yields nothing', () => {
    const { articles, seed } = fixture('headline-only.txt');
    assert.deepEqual(articles, []);
    assert.match(errors(seed)[0] ?? '', /no paragraphs/);
  });

  it('reports a text of teasers alone (it opens with 更多) as an error at that line and yields nothing, not a report titled 更多', () => {
    const teasers = '越南总理会见外国领导人\n\n越南与柬埔寨加强合作\n';
    const fatal = (seed: Seed) => seed.file.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.reason}`);
    const withKind = ingest(`---\nkind: news\n---\n更多\n\n${teasers}`, 'a.txt');
    assert.deepEqual(withKind.articles, []);
    assert.deepEqual(fatal(withKind.seed), [
      '4:1 news seed has no report: its text opens with 更多, which starts the teasers for other stories; expected a headline on the first line and paragraphs before 更多',
    ]);
    for (const [text, line] of [[`\n\n更多 »\n${teasers}`, 3], ['更多\n', 1]] as const) {
      const { articles, seed } = ingest(text, 'b.txt');
      assert.deepEqual(articles, [], text);
      assert.match(fatal(seed).join('\n'), new RegExp(`^${line}:1 news seed has no report: its text opens with 更多`), text);
    }
  });

  it('does not throw on binary junk', () => {
    assert.doesNotThrow(() => ingest('\u0000\u0001\u0002\n\uFFFD\uFFFD\n', 'junk.bin'));
  });
});

describe('photo credits without brackets', () => {
  const withCaption = (line: string) => ingest(REAL.replace(/ảnh 1.*$/m, `ảnh 1${line}`)).articles[0]!;

  for (const [line, credit] of [
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。越通社记者 阮俊 摄', '越通社记者 阮俊 摄'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。越通社记者阮俊摄', '越通社记者阮俊摄'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。新华社记者 王晔 摄', '新华社记者 王晔 摄'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。Nguyen Tuan 摄', 'Nguyen Tuan 摄'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。图：越通社', '图：越通社'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。图片来源：越通社', '图片来源：越通社'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。（图片来源：越通社）', '图片来源：越通社'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫（越通社记者阮俊摄）', '越通社记者阮俊摄'],
    ['俄罗斯外交部长谢尔盖·拉夫罗夫。新华社发', '新华社发'],
  ] as const) {
    it(`splits ${credit} off the caption`, () => {
      const [fig] = figures(withCaption(line));
      assert.equal(fig?.credit, credit);
      assert.match(textOf(fig!), /^俄罗斯外交部长谢尔盖·拉夫罗夫。?$/);
    });
  }

  it('takes a sentence about filming for text, not a credit', () => {
    const text = '越俄两国领导人举行会谈\n\n越通社河内——两国领导人在河内举行会谈。\n\n越通社电视台记者在现场拍摄\n\n双方同意加强合作。';
    const a = ingest(text, 'x.txt').articles[0]!;
    assert.equal(figures(a).length, 0);
    assert.ok(paragraphs(a).includes('越通社电视台记者在现场拍摄'));
  });
});

describe('datelines with a date', () => {
  /** A one-paragraph report whose body opens with `dateline`, with evidence for the year 2018 (2017 figures, 2019 still to come). */
  const report = (dateline: string, body = '6月20日上午，两国领导人在河内举行会谈。') =>
    ingest(
      ['越俄两国领导人举行会谈', '', `${dateline}${body}`, '', '2017年越俄双边贸易额达53亿美元。双方将于2019年举办越南俄罗斯年。(越通社-VNA)'].join('\n'),
      'dated.txt',
    );

  for (const [printed, dateline, date] of [
    ['越通社河内6月21日电 ', '越通社河内6月21日电', '2018-06-21'],
    ['越通社岘港10月5日电 ', '越通社岘港10月5日电', '2018-10-05'],
    ['越通社河内6月21日电', '越通社河内6月21日电', '2018-06-21'],
    ['新华社河内6月21日电（记者 阮俊 黎英）', '新华社河内6月21日电（记者 阮俊 黎英）', '2018-06-21'],
    ['新华社北京6月21日电(记者王晔) ', '新华社北京6月21日电（记者王晔）', '2018-06-21'],
    ['（越通社——2023年5月12日）', '越通社——2023年5月12日', '2023-05-12'],
    ['(越通社 - 5月12日)', '越通社-5月12日', '2018-05-12'],
  ] as const) {
    it(`sets ${printed.trim()} apart and dates the report by it`, () => {
      const { articles, seed } = report(printed);
      const [a] = articles as [Article];
      assert.equal(a.dateline, dateline);
      assert.equal(paragraphs(a)[0], '6月20日上午，两国领导人在河内举行会谈。');
      assert.equal(a.summary, '6月20日上午，两国领导人在河内举行会谈。');
      assert.equal(a.date?.start.iso, date);
      assert.equal(a.date?.certainty, date.startsWith('2023') ? 'stated' : 'inferred');
      assert.deepEqual(errors(seed), []);
    });
  }

  it('leaves the date yearless, with a warning, when the report gives no evidence for a year', () => {
    const { articles, seed } = ingest('越俄两国领导人举行会谈\n\n越通社河内6月21日电 两国领导人在河内举行会谈。\n\n双方同意加强合作。', 'dated.txt');
    assert.deepEqual(articles[0]!.date?.start, { iso: '06-21', yearless: true, precision: 'day' });
    assert.ok(seed.file.messages.some((m) => m.line === 3 && /`6月21日` without a year/.test(m.reason)));
  });

  it('warns at the headline when the report gives no date at all, and not when front matter gives one', () => {
    const text = '越俄两国领导人举行会谈\n\n两国领导人在河内举行会谈。\n\n双方同意加强合作。';
    const undated = ingest(text, 'undated.txt');
    assert.equal(undated.articles[0]!.date, undefined);
    assert.deepEqual(undated.seed.file.messages.filter((m) => /gives no date/.test(m.reason)).map((m) => m.line), [1]);
    const dated = ingest(`---\ndate: 2025-11-06\n---\n${text}`, 'dated.txt');
    assert.deepEqual(dated.seed.file.messages.filter((m) => /gives no date/.test(m.reason)), []);
  });

  it('places the yearless-date warning at the line the date is read from', () => {
    const cases: [string, number][] = [
      ['6月21日越俄两国领导人举行会谈\n\n两国领导人在河内举行会谈。\n\n双方同意加强合作。', 1],
      ['越俄两国领导人举行会谈\n\n\n6月21日，两国领导人在河内举行会谈。\n\n双方同意加强合作。', 4],
      ['越俄两国领导人举行会谈\n\n6月21日两国领导人在河内举行会谈。\n越俄两国领导人举行会谈 ảnh 1 会谈现场。\n越通社河内——双方同意加强合作。', 3],
    ];
    for (const [text, line] of cases) {
      const { seed } = ingest(text, 'dated.txt');
      const lines = seed.file.messages.filter((m) => /`6月21日` without a year/.test(m.reason)).map((m) => m.line);
      assert.deepEqual(lines, [line], text);
    }
  });

  it('gives the timeline one event for a date the dateline and the first sentence both give', () => {
    const { articles } = report('越通社河内6月20日电 ');
    const { events } = extractEvents(articles, []);
    assert.deepEqual(events.map((e) => [e.date.start.iso, e.sentence]), [
      ['2018-06-20', '6月20日上午，两国领导人在河内举行会谈。'],
      ['2017', '2017年越俄双边贸易额达53亿美元。'],
      ['2019', '双方将于2019年举办越南俄罗斯年。'],
    ]);
  });

  it('does not take 越通社电视台 or an agency named in a sentence for a dateline', () => {
    for (const text of ['越通社电视台记者报道，两国领导人在河内举行会谈。', '越通社6月20日报道，两国领导人在河内举行会谈。']) {
      const { articles } = report('', text);
      assert.equal(articles[0]!.dateline, undefined, text);
      assert.equal(paragraphs(articles[0]!)[0], text);
    }
  });
});

describe("editor's notes", () => {
  const { articles, seed } = fixture2('news-xinhua-editor-note.txt');
  const [a] = articles as [Article];
  const notes = (x: Article) => x.lead.filter((b) => b.type === 'quote');

  it('set the note apart as a quote with its label in bold, ahead of the report', () => {
    const [n, ...more] = notes(a);
    assert.equal(more.length, 0);
    assert.equal(n?.id, 'note-1');
    assert.equal(n?.source.line, 3);
    const [p] = n!.type === 'quote' ? n!.children : [];
    assert.equal(p?.type, 'paragraph');
    assert.deepEqual(p?.type === 'paragraph' && p.children[0], { type: 'strong', children: [{ type: 'text', value: '【编者按】' }] });
    assert.ok(p && textOf(p).startsWith('应越南外交部长邀请'));
  });

  it('take the summary, lede and first paragraph from the report itself', () => {
    assert.equal(a.summary, '6月21日上午，越南外交部长与俄罗斯外交部长在河内举行会谈，双方同意进一步深化全面战略伙伴关系。');
    assert.equal(paragraphs(a)[0], a.summary);
    assert.ok(!paragraphs(a).some((p) => p.includes('编者按')));
    assert.deepEqual(errors(seed), []);
  });

  it('are recognised in their other printed forms, a label alone on its line included, at the top or the end', () => {
    for (const [form, label] of [
      ['编者按：', '编者按：'],
      ['【編者按】', '【編者按】'],
      ['〔编者按〕', '〔编者按〕'],
      ['【编者按】\n', '【编者按】'],
    ] as const) {
      const text = REAL.replace('\n应越南政府', `\n${form}本文为越通社记者专访。\n\n应越南政府`);
      const x = ingest(text).articles[0]!;
      const [n] = notes(x);
      assert.ok(n?.type === 'quote', form);
      const [p] = n.children;
      assert.deepEqual(p?.type === 'paragraph' && p.children, [
        { type: 'strong', children: [{ type: 'text', value: label }] },
        { type: 'text', value: '本文为越通社记者专访。' },
      ], form);
      assert.equal(x.summary, LEDE, form);
    }
    const end = ingest(REAL.replace('(越通社-VNA)', '(越通社-VNA)\n\n编者注：本文数据截至2018年3月。')).articles[0]!;
    assert.equal(end.signoff, '越通社-VNA');
    assert.equal(notes(end)[0]?.id, 'note-1');
    assert.equal(end.lead.at(-1)?.type, 'quote');
  });

  it('warn about a label with no text', () => {
    const { seed: s } = ingest(REAL.replace('越通社\n\n更多', '【编者按】\n\n越通社\n\n更多'));
    assert.ok(s.file.messages.some((m) => m.line === 23 && /editor's note label with no text/.test(m.reason)));
  });

  it('do not take the dateline paragraph after a lone label as the note', () => {
    const { articles, seed: s } = ingest('越俄两国领导人举行会谈\n\n【编者按】\n\n新华社河内6月22日电（记者 阮俊）6月21日上午，两国领导人在河内举行会谈。\n\n双方同意加强合作。', 'note.txt');
    const a = articles[0]!;
    assert.equal(a.dateline, '新华社河内6月22日电（记者 阮俊）');
    assert.equal(a.date?.start.iso, '06-22');
    assert.deepEqual(notes(a), []);
    assert.ok(s.file.messages.some((m) => m.line === 3 && /editor's note label with no text/.test(m.reason)));
  });
});

describe('teasers that repeat a title', () => {
  const { articles, seed } = fixture2('news-xinhua-editor-note.txt');
  const warnings = seed.file.messages.filter((m) => !m.fatal).map((m) => `${m.line}: ${m.reason}`);

  it("are left out with a warning at their line when they repeat the report's title or an earlier teaser's, in either script", () => {
    assert.deepEqual(articles.map((x) => x.title), ['越俄两国外长在河内举行会谈', '越俄油气合作取得积极成果', '越俄教育合作论坛在河内举行']);
    assert.deepEqual(warnings, [
      '16: the teaser "越俄两国外长在河内举行会谈" after 更多 repeats this report\'s title; it was left out',
      '30: the teaser "越俄教育合作论坛在河內舉行" after 更多 repeats the title of the teaser at line 26; it was left out',
    ]);
  });

  it('keep a teaser whose title only shares a slug with another', () => {
    const text = REAL.replace('越南重申支持自由公平的贸易体系', 'G20峰会范明政会见多国和国际组织领导');
    const titles = ingest(text).articles.map((x) => x.title);
    assert.equal(titles.length, 7);
    assert.ok(titles.includes('G20峰会范明政会见多国和国际组织领导'));
  });
});

describe('captions of photos the scrape does not have', () => {
  const { articles } = fixture2('news-xinhua-editor-note.txt');
  const [a, oil] = articles as [Article, Article];

  it('are left out, credit and all, when they only repeat the title', () => {
    assert.deepEqual(figures(a).map((f) => [f.id, textOf(f), f.credit, f.source.line]), [['fig-1', '两国外长共同会见记者。', '越通社记者阮俊摄', 10]]);
    assert.deepEqual(oil.lead.map((b) => b.type), ['paragraph']);
  });

  it('are left out when a paragraph beside them already says all they say', () => {
    const [, , , , salvador] = briefs;
    assert.ok(textOf(salvador!.lead[0]!) === salvador!.summary);
    assert.equal(figures(salvador!).length, 0);
  });

  it('are kept, as the caption of a figure with no image, when they say more', () => {
    assert.equal(textOf(figures(main)[0]!), '俄罗斯外交部长谢尔盖·拉夫罗夫。');
    assert.equal(figures(main)[0]!.image, undefined);
  });
});
