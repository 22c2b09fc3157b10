/**
 * End-to-end build time and peak memory on generated corpora (bench/corpus.ts),
 * against a bare Eleventy build of the same markdown in the same run.
 *
 *   BENCH_SIZES=1000,10000 npm run bench -- build      (default: 1000)
 *   npx tsx bench/build.bench.ts 1000 10000
 *   BENCH_JOBS=2 …                                       (the build's --jobs; default 1)
 *   BENCH_REPEAT=3 …                                     (runs of each build per size; default 1)
 *
 * For each size N: N seeds are generated in a temporary folder; the real build
 * (`node --import tsx src/cli.ts build`) runs as a child process; then a bare
 * Eleventy 3 build renders the same seeds' markdown with Eleventy's default
 * markdown (no conversion, no knowledge layer) into two pages per seed, one
 * per script (zh-hant/, zh-hans/), through one minimal layout. Wall time and
 * After each bare build, Pagefind (the same package the build uses) indexes
 * its zh-hant pages in one run of its command line: the bare build and that
 * index are what the two libraries cost on the corpus's article pages alone,
 * before any page of the knowledge layer.
 *
 * peak memory is the larger of /usr/bin/time -v's maximum RSS (when present)
 * and the sum of VmHWM over the process tree, polled every 100 ms (the build
 * runs Pagefind as a child process).
 *
 * On a shared machine the same build's wall time drifts by 20-30% within an
 * hour, so with BENCH_REPEAT=K the two builds run K times each, taking turns
 * (ours, bare, ours, bare, …): each pair meets the same conditions. The table
 * gives medians, the range of each, and the ratio of the medians; the targets
 * are checked on the medians.
 *
 * Targets (issue): at 10k seeds, under 40 s and under 2 GiB; cost per page
 * at the largest size within 1.2× of the smallest; within 2× of bare Eleventy.
 * Exits 1 when a target that the sizes run can check is missed.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELEVENTY = path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind');
const TIME = '/usr/bin/time';
const hasTime = spawnSync(TIME, ['-v', 'true']).status === 0;

const sizes = (process.argv.slice(2).length ? process.argv.slice(2).join(',') : (process.env.BENCH_SIZES ?? '1000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const keep = process.env.BENCH_KEEP === '1';
const repeat = Number(process.env.BENCH_REPEAT ?? '1');
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`BENCH_REPEAT must be a whole number of at least 1, not "${process.env.BENCH_REPEAT}"`);
  process.exit(2);
}

interface Run {
  readonly seconds: number;
  readonly peakMiB: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command, measuring wall time and peak RSS of the process. */
async function measure(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const wrapped = hasTime ? [TIME, ['-v', cmd, ...args]] as const : ([cmd, args] as const);
  const t0 = performance.now();
  const child = spawn(wrapped[0], wrapped[1], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  // Also the sum over the process tree (the build runs Pagefind as a child process while holding its own heap).
  let polledKiB = 0;
  const poll = setInterval(() => {
    polledKiB = Math.max(polledKiB, treeKiB(child.pid!));
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(poll);
  const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakKiB = Math.max(timed ? Number(timed[1]) : 0, polledKiB);
  return { seconds, peakMiB: peakKiB / 1024, status, stdout, stderr };
}

/** Resident memory of a process and its descendants (VmHWM of each, so short peaks between polls still count), in KiB. */
function treeKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch {
      /* gone */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A throwaway Eleventy project rendering each seed's markdown twice (zh-hant, zh-hans). */
function bareProject(seedsDir: string, dir: string): number {
  const input = path.join(dir, 'input');
  fs.mkdirSync(path.join(input, '_includes'), { recursive: true });
  fs.writeFileSync(
    path.join(input, '_includes', 'page.njk'),
    '<!doctype html>\n<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main>{{ content | safe }}</main></body></html>\n',
  );
  fs.writeFileSync(
    path.join(dir, 'eleventy.config.mjs'),
    "export default function () {\n  return { dir: { input: 'input', output: 'out', includes: '_includes' }, templateFormats: ['md'], markdownTemplateEngine: false };\n}\n",
  );
  let pages = 0;
  for (const variant of ['zh-hant', 'zh-hans']) fs.mkdirSync(path.join(input, variant), { recursive: true });
  for (const name of fs.readdirSync(seedsDir).filter((f) => /\.(md|txt)$/.test(f))) {
    const raw = fs.readFileSync(path.join(seedsDir, name), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
    const body = front ? raw.slice(front[0].length) : raw;
    const title = /^title: (.*)$/m.exec(front?.[1] ?? '')?.[1] ?? body.split('\n')[0]!.replace(/^[#*\s]+|\*+$/g, '');
    const slug = path.basename(name, path.extname(name));
    for (const variant of ['zh-hant', 'zh-hans']) {
      const fm = `---\ntitle: ${JSON.stringify(title)}\nlang: ${variant}\nlayout: page.njk\npermalink: /${variant}/articles/${slug}.html\n---\n`;
      fs.writeFileSync(path.join(input, variant, `${slug}.md`), fm + body);
      pages++;
    }
  }
  return pages;
}

function countFiles(dir: string, ext: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith(ext)) n++;
  return n;
}

interface Row {
  n: number;
  articles: number;
  pages: number;
  /** Median over the runs; the range is [fastest, slowest]. */
  seconds: number;
  secondsRange: [number, number];
  /** The highest over the runs. */
  peakMiB: number;
  bareSeconds: number;
  bareSecondsRange: [number, number];
  barePeakMiB: number;
  barePages: number;
  indexSeconds: number;
  indexSecondsRange: [number, number];
  indexPeakMiB: number;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const range = (xs: readonly number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

const rows: Row[] = [];
let failed = false;
console.log(`sizes: ${sizes.join(', ')} seeds; ${repeat} run(s) of each build; peak RSS from ${hasTime ? '/usr/bin/time -v' : '/proc/PID/status VmHWM'}; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const n of sizes) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `bench-build-${n}-`));
  const seeds = path.join(tmp, 'seeds');
  const t0 = performance.now();
  const stats = generateCorpus(n, seeds);
  console.log(`\nN=${n}: ${stats.wiki} wiki + ${stats.news} news seeds (${stats.teasers} teasers), ${(stats.bytes / 1e6).toFixed(1)} MB, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const out = path.join(tmp, 'site');
  const bareDir = path.join(tmp, 'bare');
  const barePages = bareProject(seeds, bareDir);
  const oursRuns: Run[] = [];
  const bareRuns: Run[] = [];
  const indexRuns: Run[] = [];
  let pages = 0;
  let articlePages = 0;
  for (let k = 1; k <= repeat && !failed; k++) {
    const run = repeat > 1 ? ` (run ${k} of ${repeat})` : '';
    // Every run builds into an empty folder: a rebuild would also remove the previous site.
    fs.rmSync(out, { recursive: true, force: true });
    const ours = await measure(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'build', '--seeds', seeds, '--out', out, '--jobs', process.env.BENCH_JOBS ?? '1'],
      ROOT,
      { ...process.env, BUILD_TIMINGS: '1' },
    );
    if (ours.status !== 0) {
      console.error(ours.stderr.split('\n').filter((l) => !/warning:/.test(l)).slice(-30).join('\n'));
      console.error(`build of N=${n} failed (status ${ours.status})`);
      failed = true;
      break;
    }
    const built = /Built (\d+) pages/.exec(ours.stdout);
    pages = built ? Number(built[1]) : countFiles(out, '.html');
    articlePages = countFiles(path.join(out, 'zh-hant', 'articles'), '.html') + countFiles(path.join(out, 'zh-hans', 'articles'), '.html');
    console.log(`ours${run}: ${pages} pages (${articlePages} article pages) in ${ours.seconds.toFixed(1)} s, peak ${ours.peakMiB.toFixed(0)} MiB`);
    for (const line of ours.stdout.split('\n').filter((l) => l.startsWith('timing: '))) console.log(`  ${line.slice(8)}`);
    oursRuns.push(ours);

    fs.rmSync(path.join(bareDir, 'out'), { recursive: true, force: true });
    const bare = await measure(process.execPath, [ELEVENTY, '--config=eleventy.config.mjs', '--quiet'], bareDir);
    if (bare.status !== 0) {
      console.error(bare.stderr.slice(-3000));
      console.error(`bare Eleventy build of N=${n} failed`);
      failed = true;
      break;
    }
    console.log(`bare Eleventy${run}: ${countFiles(path.join(bareDir, 'out'), '.html')} pages in ${bare.seconds.toFixed(1)} s, peak ${bare.peakMiB.toFixed(0)} MiB`);
    bareRuns.push(bare);

    const index = await measure(PAGEFIND, ['--site', 'out', '--glob', 'zh-hant/**/*.html', '--output-subdir', 'pagefind', '--quiet'], bareDir);
    if (index.status !== 0) {
      console.error(index.stderr.slice(-3000));
      console.error(`Pagefind on the bare build of N=${n} failed`);
      failed = true;
      break;
    }
    console.log(`Pagefind on the bare build's zh-hant pages${run}: ${index.seconds.toFixed(1)} s, peak ${index.peakMiB.toFixed(0)} MiB`);
    indexRuns.push(index);
  }
  if (oursRuns.length === repeat && bareRuns.length === repeat && indexRuns.length === repeat) {
    rows.push({
      n,
      articles: articlePages,
      pages,
      seconds: median(oursRuns.map((r) => r.seconds)),
      secondsRange: range(oursRuns.map((r) => r.seconds)),
      peakMiB: Math.max(...oursRuns.map((r) => r.peakMiB)),
      bareSeconds: median(bareRuns.map((r) => r.seconds)),
      bareSecondsRange: range(bareRuns.map((r) => r.seconds)),
      barePeakMiB: Math.max(...bareRuns.map((r) => r.peakMiB)),
      barePages,
      indexSeconds: median(indexRuns.map((r) => r.seconds)),
      indexSecondsRange: range(indexRuns.map((r) => r.seconds)),
      indexPeakMiB: Math.max(...indexRuns.map((r) => r.peakMiB)),
    });
  }
  if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`kept ${tmp}`);
}

const ms = (s: number, p: number) => ((s * 1000) / p).toFixed(2);
const secs = (s: number, [lo, hi]: [number, number]) => (repeat > 1 ? `${s.toFixed(1)} (${lo.toFixed(1)}–${hi.toFixed(1)})` : s.toFixed(1));
console.log(`\n${repeat > 1 ? `Medians of ${repeat} runs each (fastest–slowest); peaks are the highest.\n` : ''}`);
console.log('| N | article pages | all pages | seconds | ms/page | ms/article page | peak MiB | bare pages | bare s | bare ms/page | bare MiB | Pagefind on bare s | Pagefind MiB | bare + Pagefind s | ratio (s) | ratio (ms/page) |');
console.log('| -: | -: | -: | -: | -: | -: | -: | -: | -: | -: | -: | -: | -: | -: | -: | -: |');
for (const r of rows) {
  const cells = [
    r.n,
    r.articles,
    r.pages,
    secs(r.seconds, r.secondsRange),
    ms(r.seconds, r.pages),
    ms(r.seconds, r.articles),
    r.peakMiB.toFixed(0),
    r.barePages,
    secs(r.bareSeconds, r.bareSecondsRange),
    ms(r.bareSeconds, r.barePages),
    r.barePeakMiB.toFixed(0),
    secs(r.indexSeconds, r.indexSecondsRange),
    r.indexPeakMiB.toFixed(0),
    (r.bareSeconds + r.indexSeconds).toFixed(1),
    (r.seconds / r.bareSeconds).toFixed(2),
    (r.seconds / r.pages / (r.bareSeconds / r.barePages)).toFixed(2),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}

console.log('');
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'}: ${what}`);
  if (!ok) failed = true;
};
for (const r of rows) {
  if (r.n >= 10000) {
    check(r.seconds < 40, `N=${r.n} builds in under 40 s (${r.seconds.toFixed(1)} s)`);
    check(r.peakMiB < 2048, `N=${r.n} peaks under 2 GiB (${r.peakMiB.toFixed(0)} MiB)`);
  }
  check(r.seconds <= 2 * r.bareSeconds, `N=${r.n} within 2× of bare Eleventy (${(r.seconds / r.bareSeconds).toFixed(2)}×)`);
}
if (rows.length >= 2) {
  const [small, large] = [rows[0]!, rows.at(-1)!];
  const growth = large.seconds / large.articles / (small.seconds / small.articles);
  check(growth <= 1.2, `cost per article page at N=${large.n} within 1.2× of N=${small.n} (${growth.toFixed(2)}×)`);
}
process.exit(failed ? 1 : 0);
