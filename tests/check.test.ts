import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkSite, formatProblem, type Problem } from '../src/check/index.ts';
import { allows, parsePolicy } from '../src/check/csp.ts';
import { build, ROOT } from './helpers.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/check');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-check-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const show = (problems: readonly Problem[]) => problems.map((p) => formatProblem(p)).join('\n');
const fixture = (name: string) => checkSite(path.join(FIXTURES, name));
const rules = (problems: readonly Problem[]) => [...new Set(problems.map((p) => p.rule))].sort();

describe('the post-build checks on the real site', () => {
  const out = path.join(tmp, '_site');
  before(() => {
    const r = build(path.join(ROOT, 'seeds'), out);
    assert.equal(r.status, 0, r.stderr);
  });

  it('finds no broken link or anchor, invalid HTML, missing script variant or markup artefact', async () => {
    const problems = await checkSite(out, { requireCsp: false });
    assert.deepEqual(problems, [], show(problems));
  });

  it('finds a Content-Security-Policy on every page', async () => {
    const problems = (await checkSite(out)).filter((p) => p.rule === 'csp');
    assert.deepEqual(problems, [], show(problems));
  });
});

describe('a title with & and < on the built site', () => {
  it('is escaped once, in the <title> and meta tags as in the body', async () => {
    const seeds = path.join(tmp, 'amp-seeds');
    fs.mkdirSync(seeds);
    fs.writeFileSync(path.join(seeds, 'a.md'), '---\ntitle: 巴黎 & 河內：<越法>關係\nslug: amp\nkind: wiki\n---\n**越法關係**是越南與法國 & 其他國家之間的關係，兩國自1973年建交。\n');
    const out = path.join(tmp, 'amp-site');
    const r = build(seeds, out);
    assert.equal(r.status, 0, r.stderr);
    const problems = (await checkSite(out, { requireCsp: false })).filter((p) => p.rule === 'artefact');
    assert.deepEqual(problems, [], show(problems));
  });
});

describe('each check catches a broken site', () => {
  it('passes a correct site', async () => {
    const problems = await fixture('good');
    assert.deepEqual(problems, [], show(problems));
  });

  it('links: missing files and anchors, escapes from the folder, root-relative paths, unsafe schemes', async () => {
    const problems = (await fixture('links')).filter((p) => p.file === 'zh-hant/articles/a.html' && p.rule === 'link');
    const lines = problems.map((p) => [p.line, p.message.replace(/:.*/s, '')]);
    assert.deepEqual(lines, [
      [11, 'broken link'],
      [12, 'broken anchor'],
      [13, 'href "../../../../etc/passwd" points outside the site folder'],
      [14, 'root-relative href "/zh-hant/index.html" breaks when the site is served under a sub-path; make it relative'],
      [15, 'unsafe or unsupported URL scheme in a href'],
      [16, 'unsafe or unsupported URL scheme in img src'],
    ]);
  });

  it('html: duplicate ids, missing alt, misplaced elements', async () => {
    const problems = await fixture('html');
    assert.deepEqual(rules(problems), ['html']);
    const ids = problems.map((p) => /\(([^)]+)\)$/.exec(p.message)?.[1]).sort();
    assert.deepEqual(ids, ['element-permitted-content', 'no-dup-id', 'wcag/h37']);
    assert.ok(problems.every((p) => p.file === 'zh-hant/articles/a.html' && p.line! >= 11));
  });

  it('variants: a page in one script only', async () => {
    const problems = await fixture('variants');
    assert.deepEqual(problems.map((p) => [p.rule, p.file]), [['variants', 'zh-hant/articles/only.html']]);
  });

  it('artefacts: wiki, markdown and HTML source in visible text, but not inside code', async () => {
    const problems = await fixture('artefacts');
    assert.deepEqual(rules(problems), ['artefact']);
    const found = problems.map((p) => p.message.replace('raw markup in visible text: ', ''));
    for (const junk of ['"[["', '"]]"', '"\\\\["', '"wikilink"', '"fig:"', '"../Page/"', '"-{"', '"}-"', '"{{"', '"}}"', '"[^"', '"（，"', '"，）"', 'an HTML tag "<b>"', 'a double-escaped character reference "&amp;"']) {
      assert.ok(found.includes(junk), `${junk} in\n${found.join('\n')}`);
    }
    assert.ok(!problems.some((p) => p.line === 16), 'text inside <code> is not an artefact');
    assert.ok(problems.some((p) => p.line === 15), 'alt text is visible text');
  });

  it('csp: a page without a policy, an inline script and an image from a host the policy does not allow', async () => {
    const problems = await fixture('csp');
    assert.deepEqual(rules(problems), ['csp']);
    assert.deepEqual(problems.map((p) => [p.file, p.line]), [
      ['zh-hans/articles/a.html', 1],
      ['zh-hant/articles/a.html', 7],
      ['zh-hant/articles/a.html', 12],
    ]);
  });

  it('matches CSP sources as browsers do', () => {
    const p = parsePolicy("default-src 'none'; img-src 'self' https://*.wikimedia.org data:; style-src https:");
    assert.equal(allows(p.get('img-src'), '../x.png'), true);
    assert.equal(allows(p.get('img-src'), 'https://upload.wikimedia.org/a.jpg'), true);
    assert.equal(allows(p.get('img-src'), 'https://wikimedia.org.evil.example/a.jpg'), false);
    assert.equal(allows(p.get('img-src'), 'data:image/png;base64,AA'), true);
    assert.equal(allows(p.get('style-src'), 'https://cdn.example/x.css'), true);
    assert.equal(allows(p.get('style-src'), 'x.css'), false);
    assert.equal(allows(p.get('default-src'), 'x.js'), false);
  });

  it('reports a missing folder instead of throwing', async () => {
    const problems = await checkSite(path.join(tmp, 'nothing-here'));
    assert.equal(problems.length, 1);
  });

  it('runs from the command line: file:line: problem, exit 1 on problems, 0 on a clean site', () => {
    const run = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/check-cli.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    const bad = run('tests/fixtures/check/variants');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^tests\/fixtures\/check\/variants\/zh-hant\/articles\/only\.html: exists in zh-hant\/ but not in zh-hans\//m);
    const good = run('tests/fixtures/check/good');
    assert.equal(good.status, 0, good.stderr);
  });
});
