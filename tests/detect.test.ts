import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { detectKind } from '../src/ingest/detect.ts';

const read = (rel: string) => fs.readFileSync(new URL(rel, import.meta.url), 'utf8');
const newsSeed = read('../seeds/003_1be4c434e8c80aa5.txt');

describe('detectKind', () => {
  it('calls the wiki seed wiki', () => {
    assert.equal(detectKind(read('../seeds/000_5761f8771eaf1329.txt')), 'wiki');
  });

  it('calls the news seed news', () => {
    assert.equal(detectKind(newsSeed), 'news');
  });

  it('calls every news variant news', () => {
    for (const name of ['hcmc-emdash-signoff.txt', 'danang-wan-no-photo.txt', 'moscow-distinct-lede.txt']) {
      assert.equal(detectKind(read(`fixtures/news/${name}`)), 'news', name);
    }
  });

  it('calls short wiki markdown with a heading and a link wiki', () => {
    assert.equal(detectKind('**俄越关系**是指俄罗斯和越南之间的双边关系，历史悠久，往来密切。\n\n## 概論\n\n[蘇聯](https://zh.wikipedia.org/wiki/蘇聯)是越南最強的盟友之一。'), 'wiki');
  });

  it('does not call news text that gained one Markdown link news', () => {
    assert.equal(detectKind(newsSeed.replace('越通社记者的专访', '[越通社](https://example.org)记者的专访')), undefined);
  });

  it('calls a one-paragraph report news by its dateline, in each agency form', () => {
    const body = '越南外交部长与到访的俄罗斯外长举行会谈，双方就两国关系和共同关心的国际问题交换意见。';
    for (const dateline of ['越通社河内——', '新华社北京6月20日电 ', '越通社岘港10月5日电', '（越通社——2023年5月12日）', '新华社河内2023年6月20日电', '新华社 河内 6月20日电', '新华社河内电 ', '(越通社-VNA)——']) {
      assert.equal(detectKind(`越俄外长举行会谈\n\n${dateline}${body}\n`), 'news', dateline);
    }
    assert.equal(detectKind(`越俄外长举行会谈\n\n${body}\n`), undefined, 'one paragraph with neither dateline nor sign-off');
  });

  it('calls a news text with CRLF line ends and a BOM news', () => {
    assert.equal(detectKind(`\uFEFF${newsSeed.replace(/\n/g, '\r\n')}`), 'news');
  });

  it('calls nothing empty, blank, binary, English or one line', () => {
    assert.equal(detectKind(''), undefined);
    assert.equal(detectKind(' \n\u3000\n'), undefined);
    assert.equal(detectKind('\u0000\u0001\u0002PK\u0003\u0004俄罗斯外长对越俄关系\n给予积极评价。'), undefined);
    assert.equal(detectKind('Russian FM praises ties\n\nSergey Lavrov will visit Vietnam on March 19-20. He praised relations.\n\nTrade reached 5.3 billion USD.'), undefined);
    assert.equal(detectKind('俄罗斯外长对越俄关系给予积极评价'), undefined);
  });

  it('calls nothing Chinese text whose first line is a paragraph, not a headline', () => {
    const body = '应越南政府副总理兼外交部长范平明邀请，俄罗斯联邦外交部长谢尔盖·拉夫罗夫将于3月19日至20日对越南进行正式访问。';
    assert.equal(detectKind(`${body}\n\n${body}\n\n${body}`), undefined);
  });
});
