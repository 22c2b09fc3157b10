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

describe('two builds of the same seeds', () => {
  it('give byte-identical output, whether the variants render in one process or side by side', () => {
    const [a, b] = [['first', '--jobs', '1'], ['second', '--jobs', '2']].map(([name, ...options]) => {
      const out = path.join(tmp, name!, '_site');
      const r = build(path.join(ROOT, 'seeds'), out, ...options);
      assert.equal(r.status, 0, r.stderr);
      return out;
    }) as [string, string];
    const listing = files(a);
    assert.ok(listing.length > 10);
    assert.deepEqual(files(b), listing);
    for (const file of listing) assert.ok(fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))), `${file} differs`);
  });
});
