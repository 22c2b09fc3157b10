import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePunctuation as normalize } from '../src/ingest/typography.ts';

describe('normalizePunctuation', () => {
  it('turns parentheses around a Latin name inside Chinese text full-width', () => {
    assert.equal(normalize('谢尔盖·拉夫罗夫(Sergey Lavrov)将于'), '谢尔盖·拉夫罗夫（Sergey Lavrov）将于');
  });

  it('turns a colon after Chinese full-width, keeping the space after a Latin word', () => {
    assert.equal(normalize('G20 峰会:范明政'), 'G20 峰会：范明政');
  });

  it('turns parentheses around Chinese content full-width, even at the start of a line', () => {
    assert.equal(normalize('(越通社-VNA)'), '（越通社-VNA）');
    assert.equal(normalize('(图片来源:越通社)'), '（图片来源：越通社）');
  });

  it('turns commas, semicolons, question and exclamation marks after Chinese full-width', () => {
    assert.equal(normalize('53亿美元,增长35%,创新高;好吗?好!'), '53亿美元，增长35%，创新高；好吗？好！');
  });

  it('turns a comma after a closing quote that follows Chinese full-width', () => {
    assert.equal(normalize('“越南俄罗斯年”,和'), '“越南俄罗斯年”，和');
  });

  it('turns a comma after a bracketed acronym full-width', () => {
    assert.equal(normalize('论坛年会(NEF),在论坛'), '论坛年会（NEF），在论坛');
  });

  it('removes spaces that touch full-width punctuation', () => {
    assert.equal(normalize('谢尔盖·拉夫罗夫 。(图片来源:越通社)'), '谢尔盖·拉夫罗夫。（图片来源：越通社）');
    assert.equal(normalize('【进行正式访问 】'), '【进行正式访问】');
  });

  it('leaves Latin text, numbers and times alone', () => {
    for (const text of ['Lavrov, S.', '3,000', '12:30', 'f(x) = 1', 'Lavrov (born 1950) said: yes!', '比分3:2']) {
      assert.equal(normalize(text), text);
    }
  });

  it('leaves a time after a Chinese colon alone', () => {
    assert.equal(normalize('时间:12:30'), '时间：12:30');
  });

  it('leaves URLs alone', () => {
    assert.equal(normalize('见http://a.b/c?x=1,2'), '见http://a.b/c?x=1,2');
    assert.equal(normalize('网址:https://a.b/(c),完'), '网址：https://a.b/(c),完');
  });
});
