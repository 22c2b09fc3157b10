/**
 * End-to-end build time and peak memory on generated corpora (bench/corpus.ts),
 * against a bare Eleventy build of the same markdown in the same run.
 *
 *   BENCH_SIZES=1000,10000 npm run bench -- build      (default: 1000)
 *   npx tsx bench/build.bench.ts 1000 10000
 *   BENCH_JOBS=2 …                                       (the build's --jobs; default 1)
 *
 * For each size N: N seeds are generated in a temporary folder; the real build
 * (`node --import tsx src/cli.ts build`) runs as a child process; then a bare
 * Eleventy 3 build renders the same seeds' markdown with Eleventy's default
 * markdown (no conversion, no knowledge layer) into two pages per seed, one
 * per script (zh-hant/, zh-hans/), through one minimal layout. Wall time and
 * peak memory is the larger of /usr/bin/time -v's maximum RSS (when present)
 * and the sum of VmHWM over the process tree, polled every 100 ms (the build
 * runs Pagefind as a child process).
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
const TIME = '/usr/bin/time';
const hasTime = spawnSync(TIME, ['-v', 'true']).status === 0;

const sizes = (process.argv.slice(2).length ? process.argv.slice(2).join(',') : (process.env.BENCH_SIZES ?? '1000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const keep = process.env.BENCH_KEEP === '1';

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
  seconds: number;
  peakMiB: number;
  bareSeconds: number;
  barePeakMiB: number;
  barePages: number;
}

const rows: Row[] = [];
let failed = false;
console.log(`sizes: ${sizes.join(', ')} seeds; peak RSS from ${hasTime ? '/usr/bin/time -v' : '/proc/PID/status VmHWM'}; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const n of sizes) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `bench-build-${n}-`));
  const seeds = path.join(tmp, 'seeds');
  const t0 = performance.now();
  const stats = generateCorpus(n, seeds);
  console.log(`\nN=${n}: ${stats.wiki} wiki + ${stats.news} news seeds (${stats.teasers} teasers), ${(stats.bytes / 1e6).toFixed(1)} MB, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const out = path.join(tmp, 'site');
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
    continue;
  }
  const built = /Built (\d+) pages/.exec(ours.stdout);
  const pages = built ? Number(built[1]) : countFiles(out, '.html');
  const articlePages = countFiles(path.join(out, 'zh-hant', 'articles'), '.html') + countFiles(path.join(out, 'zh-hans', 'articles'), '.html');
  console.log(`ours: ${pages} pages (${articlePages} article pages) in ${ours.seconds.toFixed(1)} s, peak ${ours.peakMiB.toFixed(0)} MiB`);
  for (const line of ours.stdout.split('\n').filter((l) => l.startsWith('timing: '))) console.log(`  ${line.slice(8)}`);

  const bareDir = path.join(tmp, 'bare');
  const barePages = bareProject(seeds, bareDir);
  const bare = await measure(process.execPath, [ELEVENTY, '--config=eleventy.config.mjs', '--quiet'], bareDir);
  if (bare.status !== 0) {
    console.error(bare.stderr.slice(-3000));
    console.error(`bare Eleventy build of N=${n} failed`);
    failed = true;
    continue;
  }
  console.log(`bare Eleventy: ${countFiles(path.join(bareDir, 'out'), '.html')} pages in ${bare.seconds.toFixed(1)} s, peak ${bare.peakMiB.toFixed(0)} MiB`);
  rows.push({ n, articles: articlePages, pages, seconds: ours.seconds, peakMiB: ours.peakMiB, bareSeconds: bare.seconds, barePeakMiB: bare.peakMiB, barePages });
  if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`kept ${tmp}`);
}

const ms = (s: number, p: number) => ((s * 1000) / p).toFixed(2);
console.log('\n|      N | article pages | all pages | seconds | ms/page | ms/article page | peak MiB | bare pages | bare s | bare ms/page | bare MiB | ratio (s) | ratio (ms/page) |');
console.log('| -----: | ------------: | --------: | ------: | ------: | --------------: | -------: | ---------: | -----: | -----------: | -------: | --------: | --------------: |');
for (const r of rows) {
  console.log(
    `| ${String(r.n).padStart(6)} | ${String(r.articles).padStart(13)} | ${String(r.pages).padStart(9)} | ${r.seconds.toFixed(1).padStart(7)} | ${ms(r.seconds, r.pages).padStart(7)} | ${ms(r.seconds, r.articles).padStart(15)} | ${r.peakMiB.toFixed(0).padStart(8)} | ${String(r.barePages).padStart(10)} | ${r.bareSeconds.toFixed(1).padStart(6)} | ${ms(r.bareSeconds, r.barePages).padStart(12)} | ${r.barePeakMiB.toFixed(0).padStart(8)} | ${(r.seconds / r.bareSeconds).toFixed(2).padStart(9)} | ${(r.seconds / r.pages / (r.bareSeconds / r.barePages)).toFixed(2).padStart(15)} |`,
  );
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
