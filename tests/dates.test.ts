import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, findDays, isoToDateSpan, toDateSpan, type DateMatch } from '../src/timeline/dates.ts';

const only = (text: string): DateMatch => {
  const found = findDates(text);
  assert.equal(found.length, 1, `expected one date in ${text}, got ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0]!;
};

describe('findDates', () => {
  it('finds a full date with its offsets', () => {
    const d = only('可追溯到1950年1月30日，當時');
    assert.equal(d.text, '1950年1月30日');
    assert.equal(d.index, 4);
    assert.equal(d.lastIndex, 4 + '1950年1月30日'.length);
    assert.deepEqual(d.start, { year: 1950, month: 1, day: 30 });
    assert.equal(d.end, undefined);
    assert.equal(d.approximate, false);
  });

  it('finds a month without inventing a day', () => {
    assert.deepEqual(only('2001年1月，為紀念').start, { year: 2001, month: 1 });
  });

  it('finds a bare year without inventing a month', () => {
    assert.deepEqual(only('基地又在1987年擴大了4倍').start, { year: 1987 });
  });

  it('finds a xun written with Chinese numerals', () => {
    const d = only('2009年七月中旬，俄羅斯');
    assert.equal(d.text, '2009年七月中旬');
    assert.deepEqual(d.start, { year: 2009, month: 7, xun: 2 });
  });

  it('reads 上旬 and 下旬 as the first and third xun', () => {
    assert.equal(only('2010年3月上旬').start.xun, 1);
    assert.equal(only('2010年3月下旬').start.xun, 3);
  });

  it('reads digit-by-digit years and counted days in Chinese numerals', () => {
    assert.deepEqual(only('二〇〇一年七月二十一日').start, { year: 2001, month: 7, day: 21 });
    assert.deepEqual(only('一九五〇年十二月三十一日').start, { year: 1950, month: 12, day: 31 });
  });

  it('reads full-width digits', () => {
    assert.deepEqual(only('２０１９年３月１９日').start, { year: 2019, month: 3, day: 19 });
  });

  it('finds a yearless day range whose end gives only the day', () => {
    const d = only('将于3月19日至20日对越南进行正式访问');
    assert.equal(d.text, '3月19日至20日');
    assert.deepEqual(d.start, { month: 3, day: 19 });
    assert.deepEqual(d.end, { month: 3, day: 20 });
  });

  it('includes 从 and 自 in a range and carries the year to its end', () => {
    const from = only('从11月17日至21日，由');
    assert.equal(from.text, '从11月17日至21日');
    assert.deepEqual(from.end, { month: 11, day: 21 });
    const since = only('自2025年11月19日至21日，越南');
    assert.equal(since.text, '自2025年11月19日至21日');
    assert.deepEqual(since.end, { year: 2025, month: 11, day: 21 });
  });

  it('finds year ranges written with 至, 到 and a hyphen, also with the first 年 elided', () => {
    for (const text of ['2001年至2003年', '2001年到2003年', '2001年-2003年', '2001-2003年', '2001至2003年']) {
      const d = only(text);
      assert.deepEqual([d.start, d.end], [{ year: 2001 }, { year: 2003 }], text);
    }
  });

  it('finds ranges with an elided day or month unit', () => {
    assert.deepEqual(only('3月19-20日').end, { month: 3, day: 20 });
    assert.deepEqual(only('2001年1-3月').end, { year: 2001, month: 3 });
  });

  it('marks months counted from January as the period of a statistic (1-10月, 1至10月, 今年1月至10月)', () => {
    for (const text of ['今年1-10月', '1—10月', '1至10月', '今年1月至10月', '2023年1-8月']) {
      assert.equal(only(text).statistics, true, text);
    }
    assert.deepEqual(findDates('前10个月'), []);
    for (const text of ['1945年1月至3月', '3-5月', '2001年1月至2003年3月', '1月5日至10月']) {
      assert.equal(findDates(text)[0]?.statistics, undefined, text);
    }
  });

  it('reads a range from a time of one day to a time of another as one range (11月3日凌晨2时至4日7时)', () => {
    const d = only('11月3日凌晨2时至4日7时，降雨量超过600毫米');
    assert.equal(d.text, '11月3日凌晨2时至4日7时');
    assert.deepEqual([d.start, d.end], [{ month: 11, day: 3 }, { month: 11, day: 4 }]);
    assert.equal(only('12月18日晚，决赛举行').text, '12月18日');
  });

  it('rolls an elided year over when a range crosses new year', () => {
    assert.deepEqual(only('2019年12月30日至1月2日').end, { year: 2020, month: 1, day: 2 });
  });

  it('does not join two dates into a backward range', () => {
    const found = findDates('2003年至2001年');
    assert.deepEqual(found.map((d) => [d.text, d.end]), [['2003年', undefined], ['2001年', undefined]]);
  });

  it('flags approximate dates in both scripts', () => {
    for (const text of ['约1987年', '約1987年', '约于2001年', '約於2001年', '2001年左右', '1987年前后', '1987年前後']) {
      assert.equal(only(text).approximate, true, text);
    }
    assert.equal(only('於2001年').approximate, false);
  });

  it('does not take 早在 (as early as) for approximate', () => {
    const d = only('然而，早在1988年，當時');
    assert.equal(d.approximate, false);
    assert.equal(d.text, '1988年');
  });

  it('does not take an anniversary count for a year (建城1000年, 建國100年, 誕辰150年)', () => {
    assert.deepEqual(findDates('河內舉行昇龍—河內建城1000年大典 建國100年 誕辰150年 成立1000年').map((d) => d.text), []);
    assert.deepEqual(findDates('2010年10月，河內舉行建城1000年大典').map((d) => d.text), ['2010年10月']);
  });

  it('does not take a recurring day (每年10月10日) for a date', () => {
    assert.deepEqual(findDates('此後每年10月10日為「首都解放日」，每逢9月2日放假').map((d) => d.text), []);
    assert.deepEqual(findDates('1954年10月10日接管河內').map((d) => d.text), ['1954年10月10日']);
  });

  it('does not take a four-digit count of years for a year (已有1000年历史, 有1010年的历史, 长达1000年)', () => {
    const counts = '该寺已有1000年历史。河内有1010年的历史。长达1000年的统治。历经1200年。已有1000年之久。';
    assert.deepEqual(findDates(counts).map((d) => d.text), []);
    assert.deepEqual(findDates('2019年的历史性访问，2019年历史上首次，1010年，李公蕴迁都').map((d) => d.text), ['2019年', '2019年', '1010年']);
  });

  it('reads a three-digit year that opens a clause or has a month, not a count or a year before the common era', () => {
    assert.deepEqual(only('此地稱交州，866年高駢築大羅城').start, { year: 866 });
    assert.deepEqual(only('公元939年').start, { year: 939 });
    assert.deepEqual(only('於968年6月').start, { year: 968, month: 6 });
    const counts = '已有300年历史，，200年来，，100年间，约300年，长达500年的，100亿美元，公元前257年，公元前1000年，共有365天';
    assert.deepEqual(findDates(counts).map((d) => d.text), []);
  });
});

describe('findDays', () => {
  it('finds days written without a month, with 本月 or bare, and their ranges', () => {
    const found = findDays('旅游局本月4日表示，本月15日该市将举行仪式。阮金山11日在河内会见。于本月19日至20日访问');
    assert.deepEqual(found.map((d) => [d.text, d.start.day, d.end?.day, d.thisMonth]), [
      ['本月4日', 4, undefined, true],
      ['本月15日', 15, undefined, true],
      ['11日', 11, undefined, false],
      ['本月19日至20日', 19, 20, true],
    ]);
  });

  it('leaves out counts of days and days that continue a date', () => {
    assert.deepEqual(findDays('10日内 3日游 第5日 近10日 同月8日').map((d) => d.text), []);
    assert.deepEqual(findDays('3月11日').map((d) => d.text), []);
  });

  it('does not take a numbered thing or a sum in yen for a day (地铁3号线, 5号台风, 12日元)', () => {
    const text = '地铁3号线 5号台风 受第13号台风影响 国道1号公路 3号楼 12号文件 第5号决议 价格为12日元 100日圆 4號線';
    assert.deepEqual(findDays(text).map((d) => d.text), []);
    assert.deepEqual(findDays('他3号上午到达，12日在河内').map((d) => d.text), ['3号', '12日']);
  });

  it('reads a bare day range with times of day as one range (3日凌晨2时至4日7时)', () => {
    const found = findDays('3日凌晨2时至4日7时，承天顺化省降雨量超过600毫米。3日晚8时至10时停电。');
    assert.deepEqual(found.map((d) => [d.text, d.start.day, d.end?.day]), [
      ['3日凌晨2时至4日7时', 3, 4],
      ['3日', 3, undefined],
    ]);
  });

  it('finds ranges in traditional script (從…至…)', () => {
    assert.equal(only('從2001年至2003年').text, '從2001年至2003年');
  });

  it('finds every date in a longer text, in order', () => {
    const found = findDates('2017年越俄双边贸易额达53亿美元,增长35%,创1991年以来新高。这一成绩离不开2016年正式生效的协定。');
    assert.deepEqual(found.map((d) => d.start.year), [2017, 1991, 2016]);
  });

  it('does not take counts, amounts, percentages, ages, decades or times for dates', () => {
    const text = '建交50週年 签约25周年 5.5億美元 53亿美元 增长35% 年仅25岁 3个月 1990年代 5000年历史 近2000年来 3,000 12:30 第2000年';
    assert.deepEqual(findDates(text), []);
  });

  it('does not take a lone day or a Chinese-numeral month word for a date', () => {
    assert.deepEqual(findDates('20日上午'), []);
    assert.deepEqual(findDates('统一月台 十月'), []);
  });
});

describe('toDateSpan', () => {
  it('gives each precision its ISO form', () => {
    assert.deepEqual(toDateSpan(only('1987年'))?.start, { iso: '1987', precision: 'year' });
    assert.deepEqual(toDateSpan(only('2001年1月'))?.start, { iso: '2001-01', precision: 'month' });
    assert.deepEqual(toDateSpan(only('1950年1月30日'))?.start, { iso: '1950-01-30', precision: 'day' });
    assert.deepEqual(toDateSpan(only('2009年七月中旬'))?.start, { iso: '2009-07', precision: 'xun', xun: 2 });
  });

  it('marks a written year as stated', () => {
    assert.equal(toDateSpan(only('1950年1月30日'))?.certainty, 'stated');
  });

  it('uses a default year for a yearless date and marks the span inferred with a reason', () => {
    const span = toDateSpan(only('3月19日至20日'), { defaultYear: 2018, reason: '据文中证据' });
    assert.deepEqual(span, {
      start: { iso: '2018-03-19', precision: 'day' },
      end: { iso: '2018-03-20', precision: 'day' },
      certainty: 'inferred',
      reason: '据文中证据',
    });
  });

  it('writes a yearless day as MM-DD when asked to', () => {
    assert.deepEqual(toDateSpan(only('11月22日'), { yearless: true }), {
      start: { iso: '11-22', yearless: true, precision: 'day' },
      certainty: 'stated',
    });
  });

  it('gives nothing for a yearless date without a default year or the yearless option', () => {
    assert.equal(toDateSpan(only('11月22日')), undefined);
    assert.equal(toDateSpan(only('3月'), { yearless: true }), undefined);
  });
});

describe('isoToDateSpan', () => {
  it('reads front-matter dates at their precision', () => {
    assert.deepEqual(isoToDateSpan('2018')?.start, { iso: '2018', precision: 'year' });
    assert.deepEqual(isoToDateSpan('2018-03')?.start, { iso: '2018-03', precision: 'month' });
    assert.deepEqual(isoToDateSpan('2018-03-19'), { start: { iso: '2018-03-19', precision: 'day' }, certainty: 'stated' });
    assert.equal(isoToDateSpan('March 2018'), undefined);
  });
});
