import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../src/ingest/seed.ts';
import { ingestWiki } from '../src/ingest/wiki/index.ts';
import { renderArticle } from '../src/render/article.ts';
import { bodyStrings } from '../src/site/ui.ts';

describe('what screen readers hear for notes', () => {
  // A reference 1 and an explanatory note 1, each cited once: the same number, two different notes.
  const article = ingestWiki(
    parseSeed('labels.md', '**河內**是越南首都\\[1\\]。1873年法軍攻佔河內\\[註 1\\]。\n\n## 注釋\n\n1.  \\[註 1\\] 第一次為安鄴率領。\n\n## 參考文獻\n\n1.  來源\n'),
  );
  const labels = (html: string) => [...html.matchAll(/<a [^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);

  for (const [variant, expected] of [
    ['zh-Hant', { cites: ['參考資料 1', '註 1'], backs: ['返回註 1 的引用處', '返回參考資料 1 的引用處'] }],
    ['zh-Hans', { cites: ['参考资料 1', '注 1'], backs: ['返回注 1 的引用处', '返回参考资料 1 的引用处'] }],
  ] as const) {
    it(`tell a reference from an explanatory note, citation and link back alike (${variant})`, () => {
      const ctx = { variant, strings: bodyStrings(variant), internalHref: () => '#', entityHref: () => undefined, eventHref: () => '#' };
      const html = renderArticle(article, ctx);
      assert.deepEqual(labels(html.lead), expected.cites);
      assert.deepEqual(labels(html.footnotes), expected.backs, 'the notes come first, under 注釋, then the references');
    });
  }

  it('number the links back when a note is cited more than once', () => {
    assert.equal(bodyStrings('zh-Hant').backToCitation(3, 2), '返回參考資料 3 的引用處（2）');
    assert.equal(bodyStrings('zh-Hant').backToNoteCitation(3, 1), '返回註 3 的引用處');
  });
});
