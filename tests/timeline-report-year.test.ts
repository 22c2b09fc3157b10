import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferYear } from '../src/timeline/report-year.ts';

describe('inferYear: the year of a report from its own text', () => {
  it('reads a year whose verb comes after an ASCII comma, as in agency text (2024年第三季度,…达到15亿美元)', () => {
    const text = '2024年第三季度,越俄双边贸易额达到15亿美元,同比增长14%。双方同意于2025年在河内召开第二十六次会议。';
    // Third-quarter figures are out after September: a report dated 1月14日 is from the next January.
    assert.equal(inferYear(text, { month: 1, day: 14 })?.year, 2025);
    assert.equal(inferYear(text, { month: 11, day: 2 })?.year, 2024);
  });

  it('takes the latest fact, not an older one cut off from its verb (015: 2023年前8个月,…达到 and 2024年10月4日更新)', () => {
    const text =
      '2020—2022年受新冠肺炎疫情影响大幅下降。2023年前8个月,赴越俄罗斯游客达到14.6万人次,同比增长约4倍。编者注:本文数据来自岘港市旅游局,2024年10月4日更新。';
    assert.equal(inferYear(text, { month: 10, day: 5 })?.year, 2024);
  });

  it('reads a target (力争…目标) as upcoming, not as a completed year of figures (011)', () => {
    const text = '2020—2022年受新冠肺炎疫情影响,两国贸易往来一度放缓,但2023年双边贸易额已恢复至36亿美元。双方同意力争在2025年前后实现双边贸易额100亿美元的目标。';
    const inferred = inferYear(text, { month: 6, day: 20 });
    assert.equal(inferred?.year, 2024);
    assert.match(inferred!.reason, /2023年全年数据已公布/);
  });

  it('still reads a completed year of figures and an upcoming year (the project seed)', () => {
    const text = '而其此访的一个主要任务是同越南方面讨论即将举行的2019年活动。2017年越俄双边贸易额达53亿美元,增长35%。';
    assert.equal(inferYear(text, { month: 3, day: 19 })?.year, 2018);
  });

  it('infers nothing from conflicting bounds or from years without markers', () => {
    assert.equal(inferYear('2024年第三季度,贸易额达到15亿美元。双方同意于2024年召开会议。', { month: 1, day: 14 }), undefined);
    assert.equal(inferYear('2019年是越南俄罗斯年。'), undefined);
  });

  it('does not read a count of years as a year that has passed (该寺已有1000年历史)', () => {
    assert.equal(inferYear('该寺已有1000年历史。河内有1010年的历史。', { month: 6, day: 20 }), undefined);
  });
});
