import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { build, ROOT } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-determinism-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The project's seeds, with texts whose conversion the review reports in each script. */
function seedsWithReviewedText(): string {
  const dir = path.join(tmp, 'seeds');
  fs.cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/convert/mixed-seed.txt'), path.join(dir, 'mixed-seed.txt'));
  fs.writeFileSync(path.join(dir, 'toast.md'), '---\nkind: wiki\nwikipedia: 祝酒\n---\n**祝酒**是一種禮儀。\n\n他們在這裡乾杯慶祝。\n');
  return dir;
}

describe('two builds of the same seeds', () => {
  const seeds = seedsWithReviewedText();
  const runs = [['first', '--jobs', '1'], ['second', '--jobs', '2']].map(([name, ...options]) => {
    const out = path.join(tmp, name!, '_site');
    const r = build(seeds, out, ...options);
    assert.equal(r.status, 0, r.stderr);
    return { out, warnings: r.stderr.split('\n').filter((l) => l.includes(': warning: ')) };
  });

  it('give byte-identical output, whether the variants render in one process or side by side', () => {
    const [a, b] = runs.map((r) => r.out) as [string, string];
    const listing = files(a);
    assert.ok(listing.length > 10);
    assert.deepEqual(files(b), listing);
    for (const file of listing) assert.ok(fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))), `${file} differs`);
  });

  it('report the same warnings in the same order, the conversion review of each script included', () => {
    const [a, b] = runs.map((r) => r.warnings) as [string[], string[]];
    assert.deepEqual(b, a);
    const conversion = a.filter((l) => l.includes('conversion: '));
    assert.deepEqual(
      conversion.map((l) => l.replace(/ by the character table alone.*/, '').replace(/^.*[/\\]/, '')),
      ['mixed-seed.txt:13: warning: conversion: 占 → 佔 (zh-Hant)', 'mixed-seed.txt:13: warning: conversion: 里 → 裡 (zh-Hant)', 'toast.md:7: warning: conversion: 乾 → 干 (zh-Hans)'],
    );
  });
});
