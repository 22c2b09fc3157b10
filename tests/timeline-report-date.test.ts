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
});
