import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { ingestSeed } from '../src/ingest/index.ts';
import { parseSeed } from '../src/ingest/seed.ts';
import { articleParts, cleanNodes, type RenderContext } from '../src/render/article.ts';
import { serialize } from '../src/render/serialize.ts';
import { buildSite } from '../src/site/build.ts';
import { BuildError } from '../src/site/diagnostics.ts';
import { sitePages } from '../src/site/pages.ts';
import { bodyStrings } from '../src/site/ui.ts';
import { NEWS_SEED, WIKI_SEED } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-property-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SEEDS = [fs.readFileSync(WIKI_SEED, 'utf8'), fs.readFileSync(NEWS_SEED, 'utf8')];

const HOSTILE = [
  '<script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)>',
  '<div onclick="alert(1)">x</div>',
  '<a href="javascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<style>*{display:none}</style>',
  '<!--',
  '-->',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1) "wikilink")',
  '![x](data:text/html,<script>alert(1)</script>)',
  '[x][r]\n\n[r]: vbscript:msgbox(1)\n',
  '<javascript:alert(1)>',
  '[x](https://example.com/"onmouseover="alert(1))',
  '[[../../etc/passwd]]',
  '[x](../Page/../../../etc/passwd.md "wikilink")',
  '[x](https://zh.wikipedia.org/wiki/a%00b "wikilink")',
  '[缩略图](https://zh.wikipedia.org/wiki/File:"><script>.jpg "fig:缩略图")',
  '\\[99\\]',
  '\n## 參考資料\n\n1.  <script>alert(1)</script>\n',
  '\n---\nkind: poem\n---\n',
  '---\nslug: ../../x\n---\n',
  '\n```\n',
  '> > > > > > > > > > > > > > > > > > > > > > > > > ',
  '*_*_*_*_*_*_*_*_*_*_*_*_*_',
  '[[[[[[[[[[[[[[[[',
  '\u0000',
  '\u202e',
  '\ufffd',
  '\r\n',
  '\t',
  '&lt;script&gt;',
  '&#x3C;script&#x3E;',
];

type Op = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate'; line: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...HOSTILE) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 20 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 300 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
);

function mutate(text: string, ops: readonly Op[]): string {
  let out = text;
  for (const op of ops) {
    if (op.kind === 'insert') {
      const at = op.at % (out.length + 1);
      out = out.slice(0, at) + op.text + out.slice(at);
    } else if (op.kind === 'delete') {
      const at = op.at % (out.length + 1);
      out = out.slice(0, at) + out.slice(at + op.length);
    } else {
      const lines = out.split('\n');
      const i = op.line % lines.length;
      lines.splice(i, 0, lines[i]!);
      out = lines.join('\n');
    }
  }
  return out;
}

/** A mutated real seed, or random text with hostile fragments. */
const seedArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...SEEDS), fc.array(opArb, { maxLength: 12 })).map(([seed, ops]) => mutate(seed, ops)) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('\n', '\n\n', '俄越關係', '**越南**')), { maxLength: 40 }).map((parts) => parts.join('')) },
);

/** Seed markup that must never reach rendered HTML as markup. */
function assertInert(html: string, where: string) {
  assert.doesNotMatch(html, /<(script|iframe|object|embed|style|svg|math|form|base|meta|link)\b/i, where);
  assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, where);
  visit(fromHtml(html, { fragment: true }), 'element', (el) => {
    for (const [key, value] of Object.entries(el.properties)) {
      assert.ok(!/^on/i.test(key), `${where}: <${el.tagName} ${key}>`);
      if (key === 'href' || key === 'src') assert.doesNotMatch(String(value), /^\s*(javascript|data|vbscript|file):/i, where);
    }
  });
}

let n = 0;

describe('random and mutated seeds', () => {
  it('never make ingest throw', () => {
    fc.assert(
      fc.property(seedArb, (text) => {
        const seed = parseSeed('seed.md', text);
        const articles = ingestSeed(seed);
        assert.ok(Array.isArray(articles));
      }),
      { numRuns: 200 },
    );
  });

  it('build and render without an uncaught exception, and never as live markup (article bodies, timeline events)', () => {
    let rendered = 0;
    fc.assert(
      fc.property(seedArb, (text) => {
        const dir = path.join(tmp, `seeds-${++n}`);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'seed.md'), text);
        let model;
        try {
          model = buildSite(dir).model;
        } catch (error) {
          if (error instanceof BuildError) return;
          throw error;
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
        rendered++;
        const pages = sitePages(model);
        for (const page of pages.articles) {
          for (const [part, html] of Object.entries(page.body)) assertInert(String(html), `${page.url} ${part}`);
        }
        for (const page of pages.timelines) {
          for (const item of [...page.yearless, ...page.decades.flatMap((d) => d.years.flatMap((y) => y.events))]) assertInert(item, `${page.url} event`);
        }
      }),
      { numRuns: 200 },
    );
    assert.ok(rendered > 50, `only ${rendered} of 200 seeds reached rendering`);
  });
});

describe('article HTML', () => {
  const ctx: RenderContext = {
    variant: 'zh-Hant',
    strings: bodyStrings('zh-Hant'),
    internalHref: (slug, anchor) => `../articles/${slug}.html${anchor ? `#${anchor}` : ''}`,
    entityHref: (id) => (id.length % 2 ? `../entities/${id}.html` : undefined),
    eventHref: (id) => `../timeline/index.html#${id}`,
  };
  it('is serialised exactly as hast-util-to-html serialises it, on the seeds and on random and mutated seeds', () => {
    let parts = 0;
    const check = (text: string) => {
      for (const article of ingestSeed(parseSeed('seed.md', text))) {
        for (const [name, nodes] of Object.entries(articleParts(article, ctx))) {
          const clean = cleanNodes(nodes);
          assert.equal(serialize(clean), toHtml(clean), `${article.slug} ${name}`);
          parts++;
        }
      }
    };
    SEEDS.forEach(check);
    // A lone surrogate (no file can hold one, a string can) in a title and a wikilink once made encodeURIComponent throw.
    check('---\nkind: wiki\n---\n# \udc00標題\n\n**標題**是一個[頁面](../Page/\udc00頁面.md "wikilink")。\n');
    fc.assert(fc.property(seedArb, check), { numRuns: 300 });
    assert.ok(parts > 1000, `only ${parts} parts compared`);
  });
});
