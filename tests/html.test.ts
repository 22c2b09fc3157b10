import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Element, ElementContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { escapeHtml, Html, html } from '../src/render/html.ts';
import { serialize } from '../src/render/serialize.ts';

describe('html templates', () => {
  it('escape every value, as the Nunjucks templates do', () => {
    const out = html`<p title="${`"x" & 'y'`}">${'<b>\\</b>'}</p>`;
    assert.equal(out.value, '<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;b&gt;&#92;&lt;/b&gt;</p>');
    assert.equal(escapeHtml('俄越關係 <1950>'), '俄越關係 &lt;1950&gt;');
  });

  it('print markup made by html as it is, lists one after another, and nothing for undefined, null and false', () => {
    const items = ['a<', 'b'].map((s) => html`<li>${s}</li>`);
    assert.equal(html`<ol>${items}</ol>${undefined}${null}${false}${0}`.value, '<ol><li>a&lt;</li><li>b</li></ol>0');
    assert.ok(html`x` instanceof Html);
    assert.equal(String(html`<br>`), '<br>');
  });

  it('never let a value become markup: any text comes back from the parser as that text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }).filter((s) => !/[\r\0]/.test(s)),
        (text) => {
          const tree = fromHtml(html`<p title="${text}">${text}</p>`.value, { fragment: true });
          assert.equal(tree.children.length, 1);
          const p = tree.children[0] as Element;
          assert.equal(p.tagName, 'p');
          assert.equal(p.properties.title, text);
          assert.equal(p.children.map((c) => (c as Text).value).join(''), text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('serialising sanitised article HTML', () => {
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", '`', '\0', '=', ' ', 'a', '俄'), maxLength: 8 }));
  const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((value): ElementContent => ({ type: 'text', value })),
      fc
        .record(
          {
            tagName: fc.constantFrom('p', 'a', 'img', 'br', 'span', 'ol', 'li', 'time', 'td', 'section'),
            properties: fc.record(
              {
                id: text,
                className: fc.array(text, { maxLength: 3 }),
                href: text,
                alt: text,
                title: text,
                hidden: fc.boolean(),
                tabIndex: fc.integer({ min: -2, max: 3 }),
                value: fc.integer(),
                ariaLabel: text,
                dateTime: text,
              },
              { requiredKeys: [] },
            ),
            children: fc.array(tie('node'), { maxLength: 4 }),
          },
        )
        .map((el): ElementContent => ({ type: 'element', tagName: el.tagName, properties: el.properties as Element['properties'], children: el.children })),
    ),
  }));

  it('gives the bytes hast-util-to-html gives, for any elements, attributes and text', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
        assert.equal(serialize(nodes), toHtml({ type: 'root', children: nodes }));
      }),
      { numRuns: 2000 },
    );
  });
});
