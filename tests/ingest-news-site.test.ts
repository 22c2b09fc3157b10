/**
 * Briefs from teasers that print a headline alone, on the built site: their
 * cards and pages show the headline and no empty paragraph.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-site-'));
const out = path.join(tmp, '_site');
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

const SEED = [
  '越俄两国外长举行会谈',
  '',
  '越通社河内——2025年10月6日，两国外长在河内举行会谈。',
  '',
  '双方同意加强合作。(越通社-VNA)',
  '',
  '相关新闻',
  '越南9月份CPI同比上涨3.38% (2025-10-06)',
  '越南与欧盟贸易额持续增长 (05/10/2025)',
].join('\n');

describe('headline-only briefs on the built site', () => {
  before(() => {
    const seeds = path.join(tmp, 'seeds');
    fs.mkdirSync(seeds);
    fs.writeFileSync(path.join(seeds, 'report.txt'), SEED);
    const r = build(seeds, out);
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('list each brief with its title and date, and no empty paragraph, on the news index', () => {
    for (const variant of ['zh-hans', 'zh-hant']) {
      const html = read(`${variant}/news/index.html`);
      assert.match(html, /越南9月份CPI同比上[涨漲]3\.38%<\/a>/, variant);
      assert.match(html, /<time datetime="2025-10-05">/, variant);
      assert.doesNotMatch(html, /<p>\s*<\/p>/, variant);
    }
  });

  it('give each brief a page without an empty paragraph', () => {
    const html = read('zh-hans/articles/yue-nan-yu-ou-meng-mao-yi-e-chi-xu-zeng-zhang.html');
    assert.match(html, /<h1 id="title">越南与欧盟贸易额持续增长<\/h1>/);
    assert.doesNotMatch(html, /<p>\s*<\/p>/);
  });
});
