import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportDate } from '../src/ingest/news/date-inference.ts';

describe("reportDate: a report's own date", () => {
  it('is not the months of a statistic (今年1-10月) but the first date of an event after it', () => {
    const lede = '据越南国家统计局公布的数据，今年1-10月，越南货物进出口总额达7620亿美元，同比增长17.4%。';
    const opening = '越通社河内11月6日电 据越南国家统计局公布的数据，今年1-10月，越南货物进出口总额达7620亿美元。';
    const { date } = reportDate(undefined, ['', '越南前10个月出口额同比增长16.2%', lede, opening], lede);
    assert.deepEqual(date?.start, { iso: '11-06', yearless: true, precision: 'day' });
  });

  it('takes the year of the event its headline names (2025年顺化传统手工艺节开幕), not of 2005年首次举办以来', () => {
    const headline = '2025年顺化传统手工艺节开幕 展示越南传统工艺之美';
    const opening = '6月6日晚,2025年顺化传统手工艺节在顺化皇城午门广场隆重开幕。';
    const evidence = [headline, opening, '顺化传统手工艺节自2005年首次举办以来,每两年举办一次。'].join('\n');
    const { date } = reportDate(undefined, ['', headline, '', opening], evidence);
    assert.equal(date?.start.iso, '2025-06-06');
    assert.match(date!.reason!, /2025年顺化传统手工艺节/);
  });

  it('says in its note when the evidence settles no year', () => {
    const opening = '越通社河内11月6日电 第三季度GDP同比增长8.23%，为2011年以来同期最高增速。';
    const { date, note } = reportDate(undefined, ['11月6日', '越南经济', '', opening], opening);
    assert.deepEqual(date?.start, { iso: '11-06', yearless: true, precision: 'day' });
    assert.match(note ?? '', /does not settle one \(.*2011年/);
  });
});

