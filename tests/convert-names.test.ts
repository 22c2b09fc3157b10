/**
 * The name list (tests/fixtures/convert/names.json): real names in the
 * contexts the seeds use, and control words. Counts the cases where each
 * converter's output lacks the expected form, for plain opencc-js and for
 * ours, per target.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as OpenCC from 'opencc-js';
import { collectTextNames, createConverter, CONVERT_TARGETS, parseGlossary, type ConvertTarget } from '../src/convert/index.ts';
import { ROOT } from './helpers.ts';

interface Case {
  readonly kind: 'name' | 'control';
  readonly text: string;
  readonly note?: string;
  readonly expect: Partial<Record<ConvertTarget, string>> & { readonly 'zh-Hant': string; readonly 'zh-Hans': string };
}

const FIXTURES = path.join(ROOT, 'tests/fixtures/convert');
const cases: Case[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'names.json'), 'utf8')).cases;
const expected = (c: Case, to: ConvertTarget) => c.expect[to] ?? c.expect['zh-Hant'];

const plain: Record<ConvertTarget, (s: string) => string> = {
  'zh-Hant': OpenCC.Converter({ from: 'cn', to: 'tw' }),
  'zh-TW': OpenCC.Converter({ from: 'cn', to: 'twp' }),
  'zh-HK': OpenCC.Converter({ from: 'cn', to: 'hkp' }),
  'zh-Hans': OpenCC.Converter({ from: 'tw', to: 'cn' }),
};
const ours = createConverter();
const glossaryFile = path.join(FIXTURES, 'glossary.yaml');
const withGlossary = createConverter({ glossary: parseGlossary(fs.readFileSync(glossaryFile, 'utf8'), glossaryFile).glossary });

function errors(convert: (text: string, to: ConvertTarget) => string): { name: number; control: number; misses: string[] } {
  const out = { name: 0, control: 0, misses: [] as string[] };
  for (const c of cases) {
    for (const to of CONVERT_TARGETS) {
      const got = convert(c.text, to);
      if (got.includes(expected(c, to))) continue;
      out[c.kind]++;
      out.misses.push(`${to} ${c.text} → ${got} (want ${expected(c, to)})`);
    }
  }
  return out;
}

describe('name list', () => {
  const base = errors((t, to) => plain[to](t));
  const mine = errors((t, to) => ours.convert(t, to));
  const glossed = errors((t, to) => withGlossary.convert(t, to));

  it('has real names and control words, with a form for each target', () => {
    assert.ok(cases.filter((c) => c.kind === 'name').length >= 60);
    assert.ok(cases.filter((c) => c.kind === 'control').length >= 35);
    for (const c of cases) for (const to of CONVERT_TARGETS) assert.ok(expected(c, to), `${c.text} ${to}`);
  });

  it('reports the error counts of plain opencc-js and of ours', (t) => {
    const checks = cases.length * CONVERT_TARGETS.length;
    t.diagnostic(`${cases.length} cases × ${CONVERT_TARGETS.length} targets = ${checks} checks`);
    t.diagnostic(`plain opencc-js: ${base.name} name errors, ${base.control} control-word errors`);
    t.diagnostic(`ours, no glossary: ${mine.name} name errors, ${mine.control} control-word errors`);
    t.diagnostic(`ours, with the fixture glossary: ${glossed.name} name errors, ${glossed.control} control-word errors`);
    for (const miss of mine.misses) t.diagnostic(`ours misses: ${miss}`);
  });

  it('does far better than plain opencc-js on names and never worse on control words', () => {
    assert.ok(base.name >= 50, `plain opencc-js: ${base.name}`);
    assert.ok(mine.name <= 3, mine.misses.join('\n'));
    assert.equal(mine.control, 0, mine.misses.join('\n'));
    assert.ok(base.control >= mine.control);
  });

  it('gets every case right with the glossary for the one name its context does not mark', () => {
    assert.equal(glossed.name + glossed.control, 0, glossed.misses.join('\n'));
  });
});

/**
 * Names the context marks (after a title, before a form of address), as
 * `findNames` reads them: where a name ends is told by what follows it.
 */
describe('names read from their context', () => {
  const found = (text: string) => [...ours.findNames(text)];

  it('do not swallow the first character of the word after the name: 梁强|强调, not 梁强强', () => {
    assert.deepEqual(found('越南国家主席梁强强调，两国友谊深厚。'), ['梁强']);
    assert.deepEqual(found('越南國家主席梁強強調，兩國友誼深厚。'), ['梁強']);
    assert.deepEqual(found('越共中央总书记苏林强调，要加快发展。'), ['苏林']);
    assert.deepEqual(found('國家主席梁強高度評價兩國合作。'), ['梁強']);
    assert.deepEqual(found('越共中央总书记苏林达成共识。'), ['苏林']);
    assert.deepEqual(found('越共中央總書記蘇林達成共識。'), ['蘇林']);
    assert.deepEqual(found('国家主席梁强还表示，越方愿同俄方加强合作。'), ['梁强']);
    // A Vietnamese woman's name (氏) is read up to the word too.
    assert.deepEqual(found('越南国会副主席阮氏青强调，'), ['阮氏青']);
    assert.deepEqual(found('越南國會副主席阮氏青強調，'), ['阮氏青']);
  });

  it('keep a three-character name where no word that follows names starts at its last character', () => {
    assert.deepEqual(found('越南政府总理阮春福表示，'), ['阮春福']);
    assert.deepEqual(found('越南政府總理范明政在河內會見外賓。'), ['范明政']);
    assert.deepEqual(found('外长范平明陪同。'), ['范平明']);
    assert.deepEqual(found('越南国家主席梁强出席大会。'), ['梁强']);
  });

  it('keep the longer name where the corpus reads it elsewhere: 副总理陈明强调研 is 陈明强, not 陈明 before 强调', () => {
    assert.deepEqual(found('越南政府副总理陈明强调研了当地企业。'), ['陈明'], 'alone, the word that follows names wins');
    const texts = ['越南政府副总理陈明强调研了当地企业。', '越南政府副總理陳明強表示，'];
    assert.deepEqual(collectTextNames(texts).people.map((p) => p.name), ['陳明強']);
    assert.deepEqual(collectTextNames(['越南国家主席梁强强调，', '越南政府副总理陈明强表示，']).people.map((p) => p.name), ['梁强', '陈明强']);
    const known = createConverter({ names: collectTextNames(['越南政府副總理陳明強表示，']) });
    assert.deepEqual([...known.findNames('越南政府副总理陈明强调研了当地企业。')], ['陈明强']);
    assert.deepEqual([...known.findNames('越南国家主席梁强强调，')], ['梁强']);
  });

  it('read a transliterated name whole: 米舒斯京, not 米舒斯', () => {
    assert.deepEqual(found('俄罗斯总理米舒斯京(Mikhail Mishustin)发来贺电。'), ['米舒斯京']);
    assert.deepEqual(found('俄羅斯總理米舒斯京發來賀電。'), ['米舒斯京']);
    assert.deepEqual(found('菲律宾总统杜特尔特表示，'), ['杜特尔特']);
    assert.deepEqual(found('印度尼西亞總統蘇比安托出席峰會。'), ['蘇比安托']);
  });

  it('read transliteration characters on only up to where a name can end: 黎文安|多次', () => {
    assert.deepEqual(found('越南国会主席黎文安多次表示，'), ['黎文安']);
  });

  it('take 同 before a verb for part of the name (副总理陈铎同举行会谈), and before a name for "with"', () => {
    assert.deepEqual(found('并与越南政府副总理陈铎同举行会谈。'), ['陈铎同']);
    assert.deepEqual(found('並與越南政府副總理陳鐸同舉行會談。'), ['陳鐸同']);
    assert.deepEqual(found('越南国会副主席阮德和表示，'), ['阮德和']);
    assert.deepEqual(found('越南国家主席梁强同普京举行会谈。'), ['梁强']);
    assert.deepEqual(found('越南國家主席梁強同普京舉行會談。'), ['梁強']);
    assert.deepEqual(found('国家主席梁强同日会见了外宾。'), ['梁强']);
    assert.deepEqual(found('国家主席梁强同意。'), ['梁强']);
    assert.deepEqual(found('国家主席梁强和夫人出席。'), ['梁强']);
    assert.deepEqual(found('潘廷镯同志表示'), ['潘廷镯']);
  });
});
