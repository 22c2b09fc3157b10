import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferYear, weighYear } from '../src/timeline/report-year.ts';

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

  it('reads targets, plans and forecasts as future, never as a year that has passed (将, 到2030年, 力争 …)', () => {
    assert.equal(inferYear('2030年越南人均收入将增长至7500美元。', { month: 3, day: 19 }), undefined);
    for (const text of ['到2030年，两国双边贸易额将达到100亿美元。', '2030年两国双边贸易额将会达到100亿美元。', '力争2030年贸易额达到100亿美元。', '目标是2030年贸易额达到100亿美元。', '计划2030年贸易额达到100亿美元。', '预计2030年贸易额达到100亿美元。', '争取2030年贸易额达到100亿美元。', '到2030年贸易额增长一倍。']) {
      assert.equal(inferYear(text, { month: 3, day: 19 }), undefined, text);
    }
    const withFigures = '2023年双边贸易额达36亿美元。到2030年，两国双边贸易额将达到100亿美元。';
    assert.equal(inferYear(withFigures, { month: 3, day: 19 })?.year, 2024);
  });

  it('does not take 为了 or 除了 for 了 (为了迎接2026年越南俄罗斯年 is ahead)', () => {
    assert.equal(inferYear('为了迎接2026年越南俄罗斯年，两国举办系列活动。', { month: 3, day: 1 }), undefined);
    assert.equal(inferYear('除了2026年越南俄罗斯年，两国还有其他活动。', { month: 3, day: 1 }), undefined);
    const text = '2024年双边贸易额达50亿美元。为了迎接2026年越南俄罗斯年，两国举办系列活动。';
    assert.equal(inferYear(text, { month: 3, day: 1 })?.year, 2025);
  });

  it('takes an anniversary being celebrated for the current year, not a past one (seed 106)', () => {
    const text = [
      '编者按：2025年是越南与俄罗斯建交75周年。',
      '1月17日上午,越南与俄罗斯建交75周年（1950年1月30日—2025年1月30日）纪念大会在河内隆重举行。',
      '他希望两国力争到2030年将双边贸易额提升至100亿美元。',
    ].join('\n');
    const inferred = inferYear(text, { month: 1, day: 17 });
    assert.equal(inferred?.year, 2025);
    assert.match(inferred!.reason, /2025年是越南与俄罗斯建交75周年/);
    assert.equal(inferYear(text.split('\n')[1]!, { month: 1, day: 17 })?.year, 2025, 'the span alone');
  });

  it('takes the year in the name of the event a report is about for the current year (seed 105: 2025年顺化传统手工艺节)', () => {
    const headline = '2025年顺化传统手工艺节开幕 展示越南传统工艺之美';
    const text = `${headline}\n6月6日晚,2025年顺化传统手工艺节在顺化皇城午门广场隆重开幕。顺化传统手工艺节自2005年首次举办以来,每两年举办一次。`;
    const inferred = inferYear(text, { month: 6, day: 6 }, [headline]);
    assert.equal(inferred?.year, 2025);
    assert.match(inferred!.reason, /2025年顺化传统手工艺节/);
    // Without the headline, 2005年首次举办以来 says only that the report is later than 2005.
    assert.equal(inferYear(text, { month: 6, day: 6 }), undefined);
  });

  it('reads figures without a verb, and no year in a title (seed 102: 2018年…约45亿美元, 《2019-2020年…计划》)', () => {
    const text =
      '双方指出,2018年越俄双边贸易额约45亿美元,比2017年下降约15%。双方力争到2020年将双边贸易额提高到100亿美元。会谈后,两位外长签署了《2019-2020年越俄外交部磋商计划》。俄方支持尊重《1982年联合国海洋法公约》。';
    const inferred = inferYear(text, { month: 7, day: 29 });
    assert.equal(inferred?.year, 2019);
    assert.match(inferred!.reason, /2018年全年数据已公布/);
    assert.doesNotMatch(inferred!.reason, /2019年的活动/);
  });

  it('gives no year when the text only says the report is later than some year, and says why', () => {
    const text = '第三季度GDP同比增长8.23%，为2011年以来同期最高增速。2025年经济增长力争达到8%以上。';
    assert.equal(inferYear(text, { month: 11, day: 6 }), undefined);
    const verdict = weighYear(text, { month: 11, day: 6 });
    assert.match(verdict && 'unsettled' in verdict ? verdict.unsettled : '', /不早于2011年/);
    assert.equal(inferYear('这一成绩离不开2016年正式生效的协定。', { month: 3, day: 1 }), undefined);
  });

  it('says so when the evidence conflicts', () => {
    const verdict = weighYear('2025年是越南与俄罗斯建交75周年。2025年全年双边贸易额达50亿美元。', { month: 1, day: 17 });
    assert.equal(verdict?.year, undefined);
    assert.match(verdict && 'unsettled' in verdict ? verdict.unsettled : '', /75周年.*但.*2025年全年数据已公布/);
  });

  it('reads 今年是…建交30周年 with the year the text gives for 建交 as the current year', () => {
    const inferred = inferYear('两国于1993年建交。今年是两国建交30周年，双方将举办系列活动。', { month: 5, day: 1 });
    assert.equal(inferred?.year, 2023);
    assert.match(inferred!.reason, /今年是两国建交30周年，1993年建交/);
  });

  it('reads figures as of the end of a year (截至2024年底) as published after it', () => {
    assert.equal(inferYear('截至2024年底，越南已有100万家企业。', { month: 3, day: 1 })?.year, 2025);
  });

  it('does not date a report by an old day alone (1945年9月2日…宣读了)', () => {
    assert.equal(inferYear('1945年9月2日，胡志明主席宣读了《独立宣言》。', { month: 9, day: 2 }), undefined);
    assert.equal(inferYear('9月2日上午，越南举行国庆80周年（1945年9月2日—2025年9月2日）庆典。', { month: 9, day: 2 })?.year, 2025);
  });
});

