import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { generateCorpus } from '../bench/corpus.ts';
import { parseSeed, readSeed } from '../src/ingest/seed.ts';
import { ingestSeed } from '../src/ingest/index.ts';
import { checkSite, formatProblem } from '../src/check/index.ts';
import { buildSite, findSeeds } from '../src/site/build.ts';
import { readSiteConfig } from '../src/site/config.ts';
import { BuildError } from '../src/site/diagnostics.ts';
import { MARK_FILE, MARK_TEXT, outFolderProblem, removeStaleTemporaries } from '../src/site/out-folder.ts';
import { build, ROOT } from './helpers.ts';
import { encodeLegacy } from './legacy-encode.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/broken');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-broken-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A small wiki article in traditional characters (every one of them in Big5 and GBK). */
const ARTICLE = [
  '---',
  'slug: e-yue-guan-xi',
  '---',
  '**俄越關係**是指俄羅斯聯邦和越南社會主義共和國之間的雙邊關係，可追溯到1950年1月30日，當時蘇聯在北越設立了大使館。',
  '',
  '## 概論',
  '',
  '蘇聯是越南傳統上最強的盟友之一。2001年1月，為紀念兩國建交50週年，俄羅斯總統正式訪問河內。',
  '',
].join('\n');

let counter = 0;

/** Copies a fixture folder, or writes the given files, into a fresh seeds folder. */
function seedsFrom(source: string | Record<string, string | Uint8Array>): string {
  const dir = path.join(tmp, `seeds-${++counter}`);
  if (typeof source === 'string') fs.cpSync(path.join(FIXTURES, source), dir, { recursive: true });
  else {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, data] of Object.entries(source)) fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

/** Makes `out` a previous site: a page, and the mark every build leaves. */
function previousSite(out: string): void {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'previous.html'), 'previous build');
  fs.writeFileSync(path.join(out, MARK_FILE), MARK_TEXT);
}

/** Whether `out` still holds exactly what `previousSite` put there. */
const previousKept = (out: string) =>
  fs.readdirSync(out).sort().join(',') === `${MARK_FILE},previous.html` && fs.readFileSync(path.join(out, 'previous.html'), 'utf8') === 'previous build';

/** Builds into an output folder that already holds a previous site. */
function buildOver(seeds: string) {
  const out = path.join(tmp, `out-${counter}`);
  previousSite(out);
  const r = build(seeds, out);
  const kept = previousKept(out);
  return { ...r, out, previousKept: kept };
}

const message = (file: string, line: number | string, severity: 'error' | 'warning', text: string) =>
  new RegExp(`(^|\\n)[^\\n]*${file.replace(/\./g, '\\.')}:${line}:\\d+: ${severity}: [^\\n]*${text}`);

function assertRefused(r: ReturnType<typeof buildOver>, expected: RegExp) {
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, expected);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(r.previousKept, 'the previous site is left as it was');
}

function assertBuilt(r: ReturnType<typeof buildOver>, expected: RegExp) {
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, expected);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(fs.existsSync(path.join(r.out, 'index.html')));
  assert.match(r.stdout, /\d+ warning\(s\)/, 'warnings are summarised');
}

const page = (out: string, variant = 'zh-hant', slug = 'e-yue-guan-xi') => fs.readFileSync(path.join(out, variant, 'articles', `${slug}.html`), 'utf8');

describe('broken input stops the build with file:line:col, or builds with a warning', () => {
  it('malformed front matter, pointing at the bracket that is never closed', () => {
    assertRefused(buildOver(seedsFrom('front-matter')), message('bad.md', 2, 'error', 'malformed front matter'));
  });

  it('malformed front matter: an unclosed quote or bracket is found where it opened', () => {
    const at = (text: string) => {
      const m = parseSeed('x.md', text).file.messages[0];
      return m && `${m.line}:${m.column} ${m.reason.includes('never closed') ? 'unclosed' : 'other'}`;
    };
    assert.equal(at('---\ntitle: "越南\nslug: x\n---\n正文'), '2:8 unclosed');
    assert.equal(at("---\ntitle: it's fine\ntags: {a: [1, 2}\n---\n正文"), '3:7 unclosed');
    assert.equal(at('---\ntitle: a # [not a bracket\nslug: b: c\n---\n正文')?.endsWith('other'), true);
    // Other errors keep the parser's place; quotes and brackets inside plain or block scalars open nothing.
    assert.equal(at("---\ntitle: the '90s\ntitle: again\n---\n正文")?.endsWith('other'), true);
    assert.equal(at('---\nsummary: the \'90s\ntitle: "越南\n---\n正文'), '3:8 unclosed');
    assert.equal(at('---\nsummary: |\n  他說 "你好 [\ntags: [a\n---\n正文'), '4:7 unclosed');
    assert.equal(at('---\ntitle: see [1\ntags: {a: 1\n---\n正文'), '3:7 unclosed');
  });

  it('an unknown kind', () => {
    assertRefused(buildOver(seedsFrom('unknown-kind')), message('poem.md', 3, 'error', 'front matter `kind`'));
  });

  it('an unknown front matter key: its line, the nearest known key, the keys a seed may set', () => {
    const messages = (text: string) => parseSeed('x.md', text).file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}`);
    const [source, sulg, tags, ...rest] = messages('---\ntitle: 越南\nsource: https://example.org/\nsulg: a\n"tags": [1]\n---\n正文');
    assert.equal(rest.length, 0);
    assert.match(source!, /^3:1 error front matter: unknown key `source` \(did you mean `source_url`\?\); a seed may set `title`, `slug`, /);
    assert.match(sulg!, /^4:1 error front matter: unknown key `sulg` \(did you mean `slug`\?\)/);
    assert.match(tags!, /^5:1 error front matter: unknown key `tags`; a seed may set .*`wikipedia`$/);
    assert.match(messages('---\nlicense: CC BY-SA\n---\n正文')[0]!, /^2:1 .*did you mean `licence`/);
    // Front matter that is not a mapping at all: the opening line, and no empty key in the message.
    assert.match(messages('---\n- a\n- b\n---\n正文')[0]!, /^1:1 error front matter: .*expected object/);
  });

  it('front matter values: dates the calendar has, printable texts; URLs other than http(s) are left out', () => {
    const errors = (line: string) =>
      parseSeed('x.md', `---\nkind: wiki\n${line}\n---\n**越南**是國家。\n`).file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}`);
    const meta = (line: string) => parseSeed('x.md', `---\n${line}\n---\n正文。\n`).meta;
    // A bare year is a number to YAML; timestamps are not read as dates (YAML would roll 2024-02-30 over to March).
    assert.equal(meta('date: 2024').date, '2024');
    assert.equal(meta('date: 2024-02-29').date, '2024-02-29');
    assert.equal(meta('title: 2024-01-01').title, '2024-01-01');
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-45', "'2024-13-45'", '2024-13', '0000', '24']) {
      assert.deepEqual(errors(`date: ${bad}`), ['3:1 error front matter `date`: date must be YYYY, YYYY-MM or YYYY-MM-DD, a date the calendar has'], bad);
    }
    assert.match(errors('title: "a\\0b"')[0]!, /^3:1 error front matter `title`: holds U\+0000, a control character/);
    assert.match(errors('publisher: "\\uFFFE"')[0]!, /^3:1 error front matter `publisher`: holds U\+FFFE/);
    assert.match(errors('title: "\\uD800x"')[0]!, /^3:1 error front matter `title`: holds half of a surrogate pair \(U\+D800\)/);
    assert.match(errors('wikipedia: "a\\u202Eb"')[0]!, /^3:1 error front matter `wikipedia`: holds a bidirectional control character \(U\+202E\)/);
    assert.match(errors('title: "\\u200B\\u3000"')[0]!, /^3:1 error front matter `title`: holds nothing to see/);
    // A hostile URL still builds: it is left out, with a warning.
    assert.deepEqual(errors('source_url: javascript:alert(1)'), ['3:1 warning front matter `source_url`: only http:// and https:// URLs are linked; "javascript:alert(1)" was left out']);
    assert.equal(meta('source_url: javascript:alert(1)').source_url, undefined);
    assert.deepEqual(errors('licence: 自定義\nlicence_url: "data:text/html,x"'), [
      '4:1 warning front matter `licence_url`: only http:// and https:// URLs are linked; "data:text/html,x" was left out',
    ]);
    assert.match(errors('slug: index')[0]!, /^3:1 error front matter `slug`: slug `index` names the list of all articles/);
    assert.deepEqual(errors('source_url: https://example.org/a'), []);
  });

  it('a licence without a usable licence_url is reported at the `licence:` line, for wiki and news seeds', () => {
    const warnings = (name: string, text: string) => {
      const seed = parseSeed(name, text);
      ingestSeed(seed);
      return seed.file.messages.filter((m) => /needs a `licence_url`/.test(m.reason)).map((m) => `${m.line}:${m.column} ${m.reason}`);
    };
    const head = 'publisher: 某社\nlicence: 自定義\nlicence_url: "javascript:x"\n---\n';
    assert.deepEqual(warnings('w.md', `---\nkind: wiki\n${head}**越南**是國家。\n`), [
      "4:1 front matter `licence` needs a `licence_url` (http or https); the article is attributed under CC BY-SA 4.0, Wikipedia's licence",
    ]);
    assert.deepEqual(warnings('n.txt', `---\nkind: news\n${head}越南外长访问日本\n\n越通社河内——越南外长访问日本。(越通社-VNA)\n`), [
      '4:1 front matter `licence` needs a `licence_url` (http or https); licence left out',
    ]);
  });

  it('a page named index by its title or file name, as an article or an entity, does not take the place of a list page', () => {
    const { model } = buildSite(seedsFrom({ 'index.md': '---\nkind: wiki\n---\n正文提到[Index](../Page/Index.md "wikilink")。\n\n又提到[Index](../Page/Index.md "wikilink")。\n' }));
    assert.deepEqual(
      model.articles.map((a) => a.slug),
      ['index-article'],
    );
    assert.ok(model.entities.some((e) => e.id === 'index-entity'), JSON.stringify(model.entities.map((e) => e.id)));
  });

  it('a seed over 1 MiB is refused, naming its size', () => {
    const r = buildOver(seedsFrom({ 'big.md': `---\nkind: wiki\n---\n${'越南是國家。\n'.repeat(70_000)}` }));
    assertRefused(r, message('big.md', 1, 'error', 'the file is 1\\.\\d MiB; a seed may be at most 1\\.0 MiB'));
  });

  it('control characters in a file name are printed escaped, so no message can be forged', () => {
    const r = buildOver(seedsFrom({ 'a\nfake.md:9:9: error: forged\u001b[31m.md': '' }));
    assert.notEqual(r.status, 0);
    assert.doesNotMatch(r.stderr, /^fake\.md/m);
    assert.doesNotMatch(r.stderr, /\u001b/);
    assert.match(r.stderr, /a\\nfake\.md:9:9: error: forged\\x1b\[31m\.md:1:1: error: the file is empty/);
  });

  it('a seeds path that is a file, and an output folder that cannot be made', () => {
    const file = path.join(tmp, `file-${++counter}.md`);
    fs.writeFileSync(file, ARTICLE);
    const r = build(file, path.join(tmp, `out-${counter}`));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /file-\d+\.md: error: the seeds folder is a file, not a folder/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const unmakeable = build(seedsFrom({ 'a.md': ARTICLE }), path.join(file, 'site'));
    assert.equal(unmakeable.status, 1);
    assert.match(unmakeable.stderr, /^Build stopped: cannot create the build's folder .*\.site-build-\d+ \(ENOTDIR\)\. .* was left as it was\.$/m);
    assert.doesNotMatch(unmakeable.stderr, /\n\s+at /, 'no stack trace');
  });

  it('a seed that is neither wiki nor news', () => {
    assertRefused(buildOver(seedsFrom('neither')), message('notes.txt', 1, 'error', 'cannot tell what kind of document'));
  });

  it('an empty file and a whitespace-only file', () => {
    assertRefused(buildOver(seedsFrom('empty')), message('empty.md', 1, 'error', 'the file is empty'));
    assertRefused(buildOver(seedsFrom('whitespace')), message('blank.md', 1, 'error', 'the file holds only whitespace'));
  });

  it('duplicate slugs name the line the slug comes from, in both files', () => {
    assertRefused(buildOver(seedsFrom('duplicate-slugs')), /b\.md:3:1: error: slug "same-slug" of "越俄關係" is already used by "俄越關係" \([^)]*a\.md:2\)/);
    const refusal = (files: Record<string, string>) => {
      try {
        buildSite(seedsFrom(files));
      } catch (error) {
        if (!(error instanceof BuildError)) throw error;
        return error.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.basename(d.file)}:${d.line} ${d.reason}`);
      }
      return [];
    };
    const wiki = '**俄越關係**是指俄羅斯和越南之間的雙邊關係。\n';
    // A leading heading in each (a title in either script gives one slug), a bold term, a `title:`.
    const headings = refusal({ 'a.md': `# 俄越關係\n\n${wiki}`, 'b.md': `---\nkind: wiki\n---\n\n# 俄越关系\n\n${wiki}` });
    assert.equal(headings.length, 1);
    assert.match(headings[0]!, /^b\.md:5 slug "e-yue-guan-xi" of "俄越关系" is already used by "俄越關係" \([^)]*a\.md:1\); set a different `slug:` in front matter$/);
    assert.match(refusal({ 'a.md': `---\nkind: wiki\n---\n${wiki}`, 'b.md': `---\nkind: wiki\ntitle: 俄越关系\n---\n${wiki}` })[0]!, /^b\.md:3 slug "e-yue-guan-xi" .*a\.md:4\)/);
    // A slug from the file name: the file's first line.
    assert.match(refusal({ 'a.md': '---\nkind: wiki\nslug: e-yue\n---\n正文是一段話。\n', 'e-yue.md': '---\nkind: wiki\n---\n正文是另一段話。\n' })[0]!, /^e-yue\.md:1 slug "e-yue" .*a\.md:3\)/);
  });

  it('briefs never clash: the same teaser (in either script) or a report with its headline is kept once, another title (比塞 for 比赛) gets -2', () => {
    const report = (headline: string, teasers: string[]) =>
      [headline, '', `越通社河内——${headline}。(越通社-VNA)`, '', '更多', '', ...teasers.flatMap((t) => [t, '', `11月9日,${t}。`, ''])].join('\n');
    const { model } = buildSite(
      seedsFrom({
        'a.txt': report('越南外长访问日本', ['越日合作论坛举行', '河内举行马拉松比赛']),
        'b.txt': report('越南总理访问泰国', ['越日合作論壇舉行', '河内举行马拉松比塞']),
        'c.txt': report('越日合作论坛举行', ['河内举行马拉松比赛']),
      }),
    );
    const titles = model.articles.map((a) => `${a.slug} ${a.kind} ${a.title}`);
    assert.deepEqual(titles, [
      'yue-nan-wai-zhang-fang-wen-ri-ben news 越南外长访问日本',
      'he-nei-ju-xing-ma-la-song-bi-sai brief 河内举行马拉松比赛',
      'yue-nan-zong-li-fang-wen-tai-guo news 越南总理访问泰国',
      'he-nei-ju-xing-ma-la-song-bi-sai-2 brief 河内举行马拉松比塞',
      'yue-ri-he-zuo-lun-tan-ju-xing news 越日合作论坛举行',
    ]);
  });

  it('a footnote marker with no entry', () => {
    const r = buildOver(seedsFrom('footnote'));
    assertBuilt(r, message('note.md', 8, 'warning', 'footnote \\[2\\] is cited but the reference list has no entry 2'));
    assert.match(page(r.out, 'zh-hant', 'footnote'), /<li id="fn-2" value="2" class="missing-note">/);
  });

  it('invalid UTF-8, at the line and column of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE.slice(0, 40), 'utf8'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(ARTICLE.slice(40), 'utf8')]);
    const line = ARTICLE.slice(0, 40).split('\n').length;
    assertRefused(buildOver(seedsFrom({ 'bad.md': bytes })), message('bad.md', line, 'error', 'invalid UTF-8 \\(byte 0xFF\\)'));
  });

  it('GBK text is decoded, with a warning naming the encoding, to the same page as UTF-8', () => {
    const utf8 = buildOver(seedsFrom({ 'a.md': ARTICLE }));
    const r = buildOver(seedsFrom({ 'a.md': encodeLegacy(ARTICLE, 'gbk') }));
    assertBuilt(r, message('a.md', 1, 'warning', 'decoded as GB18030/GBK'));
    assert.equal(page(r.out), page(utf8.out));
  });

  it('Big5 text is decoded, with a warning naming the encoding, to the same page as UTF-8', () => {
    const utf8 = buildOver(seedsFrom({ 'a.md': ARTICLE }));
    const r = buildOver(seedsFrom({ 'a.md': encodeLegacy(ARTICLE, 'big5') }));
    assertBuilt(r, message('a.md', 1, 'warning', 'decoded as Big5'));
    assert.equal(page(r.out, 'zh-hans'), page(utf8.out, 'zh-hans'));
  });

  it('a legacy encoding it cannot tell with confidence is refused', () => {
    const korean = encodeLegacy('---\nkind: wiki\n---\n**대한민국**은 동아시아의 한반도 남부에 위치한 민주공화국이다. 수도는 서울특별시이다.\n', 'euc-kr');
    assertRefused(buildOver(seedsFrom({ 'ko.md': korean })), message('ko.md', 4, 'error', 'invalid UTF-8.*cannot be told with confidence'));
  });

  it('a byte-order mark and CRLF line endings are read, with a notice, keeping line numbers', () => {
    const text = `\ufeff${ARTICLE.replace(/\n/g, '\r\n')}蘇聯是盟友\\[9\\]。\r\n`;
    const r = buildOver(seedsFrom({ 'a.md': text }));
    assertBuilt(r, message('a.md', 1, 'warning', 'UTF-8 byte-order mark removed'));
    assert.match(r.stderr, message('a.md', 1, 'warning', 'Windows line endings \\(CRLF\\)'));
    assert.match(r.stderr, message('a.md', 9, 'warning', 'footnote \\[9\\]'));
    assert.match(page(r.out), /<h2 id="gai-lun">概論<\/h2>/);
  });

  it('UTF-16 with a byte-order mark is decoded with a notice', () => {
    const r = buildOver(seedsFrom({ 'a.md': Buffer.from(`\ufeff${ARTICLE}`, 'utf16le') }));
    assertBuilt(r, message('a.md', 1, 'warning', 'decoded from UTF-16LE'));
  });

  it('a binary file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    assertRefused(buildOver(seedsFrom({ 'image.md': png })), message('image.md', 1, 'error', 'binary file \\(it looks like a PNG image\\)'));
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    assertRefused(buildOver(seedsFrom({ 'junk.txt': junk })), message('junk.txt', 1, 'error', 'binary file'));
  });

  it('a seed path that is not a regular file is refused by readSeed', () => {
    const dir = path.join(tmp, 'folder.md');
    fs.mkdirSync(dir);
    const seed = readSeed(dir);
    assert.deepEqual(seed.file.messages.map((m) => [m.line, m.fatal, m.reason]), [[1, true, 'not a regular file']]);
  });

  it('a link to a folder is a folder, whatever its name', () => {
    const seeds = seedsFrom({ 'a.md': ARTICLE });
    const folder = path.join(tmp, `a-folder-${counter}`);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'b.md'), ARTICLE.replace('e-yue-guan-xi', 'linked-article'));
    fs.symlinkSync(folder, path.join(seeds, 'linked.md'));
    assert.deepEqual(findSeeds(seeds), { files: [path.join(seeds, 'a.md'), path.join(seeds, 'linked.md', 'b.md')], diagnostics: [] });
  });

  it('symbolic links are followed to files and folders, each read once: a link that would loop or read a file again is left out with a warning naming it', () => {
    const seeds = seedsFrom({ 'a.md': ARTICLE });
    const outside = path.join(tmp, `outside-${counter}`);
    fs.mkdirSync(path.join(outside, 'deeper'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'deeper', 'b.md'), ARTICLE.replace('e-yue-guan-xi', 'shared-article'));
    fs.symlinkSync(outside, path.join(seeds, 'shared'));
    fs.symlinkSync(seeds, path.join(outside, 'back'));
    fs.mkdirSync(path.join(seeds, 'sub'));
    fs.symlinkSync('..', path.join(seeds, 'sub', 'up'));
    fs.symlinkSync('/', path.join(seeds, 'sub', 'root'));
    fs.symlinkSync('a.md', path.join(seeds, 'copy.md'));
    fs.symlinkSync(path.join(outside, 'deeper'), path.join(seeds, 'z-deeper'));
    fs.symlinkSync('nowhere', path.join(seeds, 'gone'));
    fs.symlinkSync('loop-2', path.join(seeds, 'loop-1'));
    fs.symlinkSync('loop-1', path.join(seeds, 'loop-2'));
    const real = (p: string) => fs.realpathSync(p);
    const shown = (text: string) => text.replaceAll(real(seeds), 'SEEDS').replaceAll(real(outside), 'OUTSIDE').replaceAll(seeds, 'SEEDS');
    const { files, diagnostics } = findSeeds(seeds);
    assert.deepEqual(files.map(shown), ['SEEDS/a.md', 'SEEDS/shared/deeper/b.md']);
    assert.deepEqual(
      diagnostics.map((d) => shown(`${d.file}: ${d.severity}: ${d.reason}`)),
      [
        'SEEDS/copy.md: warning: a symbolic link to SEEDS/a.md, a file read already; left out',
        'SEEDS/gone: warning: a symbolic link to "nowhere", which does not exist; left out',
        'SEEDS/loop-1: warning: a symbolic link to "loop-2", which leads back to itself through other links; left out',
        'SEEDS/loop-2: warning: a symbolic link to "loop-1", which leads back to itself through other links; left out',
        'SEEDS/sub/root: warning: a symbolic link to /, a folder that holds the link: following it would read the same folders again and again; not followed',
        'SEEDS/sub/up: warning: a symbolic link to SEEDS, the seeds folder: following it would read the same folders again and again; not followed',
        'SEEDS/z-deeper: warning: a symbolic link to OUTSIDE/deeper, a folder read already as SEEDS/shared/deeper; not followed',
        'SEEDS/shared/back: warning: a symbolic link to SEEDS, the seeds folder: following it would read the same folders again and again; not followed',
      ],
    );
    // The build ends, with both articles, and prints the warnings.
    const r = buildOver(seeds);
    assertBuilt(r, /copy\.md: warning: a symbolic link to .*a\.md, a file read already; left out/);
    assert.match(r.stderr, /sub\/up: warning: a symbolic link to .*, the seeds folder: following it would read the same folders again and again; not followed/);
    assert.ok(fs.existsSync(path.join(r.out, 'zh-hant/articles/shared-article.html')));
    // A seed-named link that leads nowhere is an error, as a seed that cannot be read is.
    fs.symlinkSync('nowhere.md', path.join(seeds, 'gone.md'));
    counter++;
    assertRefused(buildOver(seeds), /gone\.md: error: a symbolic link to "nowhere\.md", which does not exist\n/);
  });

  it('a line of nearly 1 MB (the most a seed may hold) reads and ingests without trouble', () => {
    const file = path.join(tmp, 'long.md');
    fs.writeFileSync(file, `${ARTICLE}${'蘇聯是越南傳統上最強的盟友之一。'.repeat(21000)}\n`);
    const seed = readSeed(file);
    assert.ok(seed.text.length > 330_000);
    assert.deepEqual(seed.file.messages, []);
  });
});

describe('site settings (site.yaml)', () => {
  const problems = (yaml: string) => {
    const { diagnostics } = readSiteConfig(seedsFrom({ 'site.yaml': yaml }));
    return diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.reason}`);
  };

  it('name the file, line and column of the key or value at fault', () => {
    assert.deepEqual(problems('title: 知識站\nvariants: [zh-Hant, zh-XX]\nurl: ftp://example.org/\ntitel: 站\n'), [
      'site.yaml:2:21 site.yaml `variants.1`: Invalid option: expected one of "zh-Hant"|"zh-Hans"|"zh-TW"|"zh-HK"',
      'site.yaml:3:6 site.yaml `url`: url must start with http:// or https://',
      'site.yaml:4:1 site.yaml: unknown key `titel` (did you mean `title`?); site.yaml may set `title`, `variants`, `url`',
    ]);
    assert.deepEqual(problems('variants:\n  - zh-Hant\n  - zh-Hant\n'), ['site.yaml:2:3 site.yaml `variants`: each variant once']);
    assert.deepEqual(problems('- zh-Hant\n'), ['site.yaml:1:1 site.yaml `(root)`: Invalid input: expected object, received array']);
    assert.deepEqual(problems('url: https://example.org/\nurl: https://example.com/\n'), ['site.yaml:2:1 malformed site.yaml: Map keys must be unique']);
    assert.deepEqual(problems('title: &t 知識站\nurl: *t\n'), ['site.yaml:2:6 malformed site.yaml: `*t` is a YAML alias; aliases are not supported in site.yaml: write the value out in full']);
    assert.deepEqual(problems('title: "知識\\u202E站"\n'), [
      'site.yaml:1:8 site.yaml `title`: holds a bidirectional control character (U+202E), which makes text display other than it reads',
    ]);
  });

  it('without a url, warn once: at site.yaml when it exists, else at the seeds folder, never naming a file that is not there', () => {
    const [none, some] = [seedsFrom({ 'a.md': ARTICLE }), seedsFrom({ 'a.md': ARTICLE, 'site.yaml': 'title: 知識站\n' })];
    const [missing] = readSiteConfig(none).diagnostics;
    assert.equal(missing!.file, none);
    assert.match(missing!.reason, /^no site\.yaml: .*create site\.yaml here with `url:`/);
    const [unset] = readSiteConfig(some).diagnostics;
    assert.equal(unset!.file, path.join(some, 'site.yaml'));
    assert.match(unset!.reason, /^no `url:` in site\.yaml: /);
    assert.deepEqual(readSiteConfig(seedsFrom({ 'site.yaml': 'url: https://example.org/\n' })).diagnostics, []);
  });

  it('bound the title as an article\'s title is bounded', () => {
    assert.deepEqual(problems(`title: ${'站'.repeat(201)}\n`), ["site.yaml:1:8 site.yaml `title`: the site's title has at most 200 characters, as an article's title has; shorten it"]);
    const dir = seedsFrom({ 'site.yaml': `title: ${'站'.repeat(200)}\n` });
    assert.equal(readSiteConfig(dir).options.title, '站'.repeat(200));
  });

  it('stop the build with the place of the problem', () => {
    const r = buildOver(seedsFrom({ 'a.md': ARTICLE, 'site.yaml': `url: https://example.org/\ntitle: ${'站'.repeat(300)}\n` }));
    assertRefused(r, message('site.yaml', 2, 'error', "site.yaml `title`: the site's title has at most 200 characters"));
  });
});

describe('category links whose name cannot be used', () => {
  it('leave no "Category:" in the page, and are reported at their line', async () => {
    const seed = `${ARTICLE}\n[Category:<script>](https://zh.wikipedia.org/wiki/Category:<script> "wikilink")\n[Category: ](https://zh.wikipedia.org/wiki/Category:_ "wikilink")\n[Category:越南](https://zh.wikipedia.org/wiki/Category:越南 "wikilink")\n`;
    const line = ARTICLE.split('\n').length + 1;
    const r = buildOver(seedsFrom({ 'a.md': seed }));
    assertBuilt(r, message('a.md', line, 'warning', 'category link "Category:<script>": the page title holds a control character'));
    assert.match(r.stderr, message('a.md', line + 1, 'warning', 'category link "Category:": the category has no name; the link is left out'));
    assert.doesNotMatch(page(r.out), /Category:/);
    assert.match(page(r.out), /<a href="\.\.\/categories\/yue-nan\.html">越南<\/a>/);
    const problems = (await checkSite(r.out)).filter((p) => p.rule === 'artefact');
    assert.deepEqual(problems, [], problems.map((p) => formatProblem(p)).join('\n'));
  });
});

describe('bad command-line options', () => {
  it('name the option and its value, and leave the previous site as it was', () => {
    const seeds = seedsFrom({ 'a.md': ARTICLE });
    for (const [option, value] of [['--search-part-pages', '0'], ['--search-part-pages', 'many'], ['--jobs', '1.5']] as const) {
      const out = path.join(tmp, `out-${counter++}`);
      previousSite(out);
      const r = build(seeds, out, option, value);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`${option} must be a whole number of at least 1, not "${value.replace('.', '\\.')}"`));
      assert.ok(previousKept(out));
    }
  });
});

describe('the output folder', () => {
  it('is refused when replacing it would remove anything but a site', () => {
    const base = fs.mkdtempSync(path.join(tmp, 'outs-'));
    const seeds = path.join(base, 'proj', 'seeds');
    fs.mkdirSync(seeds, { recursive: true });
    const file = path.join(base, 'notes.txt');
    fs.writeFileSync(file, 'notes');
    const foreign = path.join(base, 'foreign');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'a.txt'), 'a');
    const problem = (out: string, cwd = base) => outFolderProblem(out, seeds, cwd) ?? 'ok';
    assert.match(problem(seeds), /is the seeds folder/);
    assert.match(problem(path.join(base, 'proj')), /holds the seeds folder/);
    assert.match(problem(base, path.join(base, 'elsewhere')), /holds the seeds folder/);
    assert.match(problem(path.join(base, 'other'), path.join(base, 'other', 'work')), /holds the folder the build runs in/);
    assert.match(problem(path.join(seeds, '_site')), /inside the seeds folder/);
    assert.match(problem('/'), /file system root/);
    assert.match(problem(file), /is a file/);
    assert.match(problem(foreign), /holds files no build wrote \(a\.txt\)/);
    // Free to replace: a new folder, an empty one, a marked site, a site from before the mark.
    assert.equal(problem(path.join(base, 'new', 'site')), 'ok');
    fs.mkdirSync(path.join(base, 'empty'));
    assert.equal(problem(path.join(base, 'empty')), 'ok');
    previousSite(path.join(base, 'marked'));
    assert.equal(problem(path.join(base, 'marked')), 'ok');
    fs.mkdirSync(path.join(base, 'old', 'pagefind'), { recursive: true });
    fs.writeFileSync(path.join(base, 'old', 'index.html'), '');
    fs.writeFileSync(path.join(base, 'old', 'pagefind', 'pagefind-entry.json'), '{}');
    assert.equal(problem(path.join(base, 'old')), 'ok');
  });

  it('that is the seeds folder stops the build before anything is written', () => {
    const seeds = seedsFrom({ 'a.md': ARTICLE });
    const r = build(seeds, seeds);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^Build stopped: the output folder .* is the seeds folder, which the build would remove; choose a folder of its own\. Nothing was written\.$/m);
    assert.deepEqual(fs.readdirSync(seeds), ['a.md']);
    assert.deepEqual(fs.readdirSync(path.dirname(seeds)).filter((n) => n.startsWith('.site-')), []);
  });

  it('loses the temporary folders that builds killed outright left beside it, and only those', () => {
    const parent = fs.mkdtempSync(path.join(tmp, 'stale-'));
    // A process id no process has: above the largest Linux allows.
    const dead = 4_194_305;
    for (const name of [`.site-build-${dead}`, `.site-old-${dead}`, `.site-build-${process.pid}`, 'site']) fs.mkdirSync(path.join(parent, name));
    assert.deepEqual(removeStaleTemporaries(path.join(parent, 'site')).sort(), [`.site-build-${dead}`, `.site-old-${dead}`]);
    assert.deepEqual(fs.readdirSync(parent).sort(), [`.site-build-${process.pid}`, 'site']);
  });
});

describe('a build that is stopped or killed', () => {
  const seeds = path.join(tmp, 'seeds-stopped');
  const cases = [
    ['SIGKILL', 'rendering', '1'],
    ['SIGTERM', 'rendering', '1'],
    ['SIGKILL', 'rendering', '2'],
    ['SIGINT', 'rendering', '2'],
    ['SIGTERM', 'indexing', '1'],
  ] as const;
  for (const [signal, stage, jobs] of cases) {
    it(`takes its processes and temporary folder with it, and leaves the previous site as it was (${signal} while ${stage}, --jobs ${jobs})`, async () => {
      if (!fs.existsSync(seeds)) generateCorpus(300, seeds);
      const parent = path.join(tmp, `stopped-${++counter}`);
      const out = path.join(parent, 'site');
      previousSite(out);
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--seeds', seeds, '--out', out, '--jobs', jobs], { cwd: ROOT, stdio: 'ignore' });
      const ended = new Promise((resolve) => child.once('exit', resolve));
      const folder = path.join(parent, `.site-build-${child.pid}`);
      // The build's processes: those with the folder on their command line (Pagefind's has not).
      const rendering = () =>
        fs
          .readdirSync('/proc')
          .filter((p) => /^\d+$/.test(p))
          .some((p) => {
            try {
              return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(folder);
            } catch {
              return false;
            }
          });
      const until = async (what: string, done: () => boolean) => {
        for (const started = Date.now(); !done(); await new Promise((r) => setTimeout(r, 20))) {
          if (Date.now() - started > 120_000) throw new Error(`timed out waiting until ${what}`);
        }
      };
      if (stage === 'rendering') await until('pages are being written', () => fs.existsSync(path.join(folder, 'zh-hant')) && rendering());
      else await until('the search index is being written', () => fs.existsSync(path.join(folder, 'pagefind')) && !rendering());
      assert.equal(child.exitCode, null, `the build is still ${stage}`);
      child.kill(signal);
      await ended;
      await until('the rendering processes have gone', () => !rendering());
      // Nothing goes on writing into the folder after the build has ended.
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(fs.existsSync(folder), false, 'the temporary folder is removed');
      assert.deepEqual(fs.readdirSync(parent), ['site']);
      assert.ok(previousKept(out));
    });
  }
});
