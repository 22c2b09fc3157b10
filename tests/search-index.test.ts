import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { indexSite } from '../src/site/search-index.ts';
import { shares } from '../src/site/processes.ts';
import { build, ROOT } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-search-'));
const out = path.join(tmp, '_site');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sharing work out to processes', () => {
  it('deals the items in turn, to no more processes than items, and to one at least', () => {
    assert.deepEqual(shares([1, 2, 3, 4, 5], 2), [[1, 3, 5], [2, 4]]);
    assert.deepEqual(shares(['zh-Hant', 'zh-Hans'], 4), [['zh-Hant'], ['zh-Hans']]);
    assert.deepEqual(shares([1, 2], 1), [[1, 2]]);
    assert.deepEqual(shares([], 2), [[]]);
  });
});

describe('the indexing processes', () => {
  let articles: string[];
  before(() => {
    const r = build(path.join(ROOT, 'seeds'), out);
    assert.equal(r.status, 0, r.stderr);
    articles = fs.readdirSync(path.join(out, 'zh-hant/articles')).filter((f) => f.endsWith('.html') && !f.startsWith('index')).map((f) => `zh-hant/articles/${f}`);
    assert.ok(articles.length >= 3);
  });

  it('write every part, whichever process indexed it, and count every page once', async () => {
    const parts = [0, 1, 2].map((k) => ({ dir: `pf-test-${k}`, pages: articles.filter((_, i) => i % 3 === k) }));
    const indexed = await indexSite(out, parts, 2);
    assert.deepEqual(indexed, { pages: articles.length, errors: [] });
    for (const part of parts) {
      const entry = JSON.parse(fs.readFileSync(path.join(out, part.dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      assert.equal(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), part.pages.length, part.dir);
    }
  });

  it('send back what went wrong in a part, and index no part after it in that process', async () => {
    const parts = [
      { dir: 'pf-bad', pages: ['zh-hant/articles/not a page name.html'] },
      { dir: 'pf-after-bad', pages: articles.slice(0, 1) },
    ];
    const indexed = await indexSite(out, parts, 1);
    assert.equal(indexed.pages, 0);
    assert.deepEqual(indexed.errors, ['cannot name zh-hant/articles/not a page name.html in a search index glob']);
    assert.equal(fs.existsSync(path.join(out, 'pf-after-bad')), false);
  });
});
