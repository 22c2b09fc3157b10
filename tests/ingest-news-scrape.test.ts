/**
 * What other scrapes of the agency's pages print around a report: the
 * headline again, credit, share and copyright lines, photo credits in other
 * forms, and teaser lists of dated headlines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Block } from '../src/model/index.ts';
import { ingestNews } from '../src/ingest/news/index.ts';
import { parseSeed, type Seed } from '../src/ingest/seed.ts';

function ingest(text: string, path = 'scrape.txt'): { articles: Article[]; seed: Seed } {
  const seed = parseSeed(path, text);
  return { articles: ingestNews(seed), seed };
}
const seedOf = (...lines: string[]) => ingest(lines.join('\n'));

function textOf(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      return block.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    case 'figure':
      return block.caption.map((c) => (c.type === 'text' ? c.value : '')).join('');
    default:
      return '';
  }
}
const paragraphs = (a: Article) => a.lead.filter((b) => b.type === 'paragraph').map(textOf);
const messages = (seed: Seed) => seed.file.messages.map((m) => `${m.line}: ${m.reason}`);

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
