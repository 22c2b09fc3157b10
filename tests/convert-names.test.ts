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
import { createConverter, CONVERT_TARGETS, parseGlossary, type ConvertTarget } from '../src/convert/index.ts';
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
