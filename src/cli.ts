/**
 * Command line:  build [--seeds DIR] [--out DIR] [--jobs N] [--search-part-pages N]
 *
 * `build` checks every seed first (printing file:line messages), then renders
 * the site into a temporary folder and replaces the output folder only when
 * everything succeeded, so a failed build leaves the previous site untouched.
 *
 * With --jobs N (default 1) the variants render in up to N processes at
 * once, at most one per variant. Each extra process is the internal command
 * `render-variants`, which builds the model itself (cheaper than sending it)
 * and renders the variants it is given into the same folder. Eleventy renders
 * on one core, so this trades memory (a model per process) for time on a
 * large corpus; see the README's Performance section for what it measured.
 *
 * `npm run build` starts Node with two V8 flags (package.json), both measured
 * at 10k seeds: --max-semi-space-size=64 (page data is short-lived; a larger
 * young generation cut the time spent collecting it by about 40%) and
 * --heap-growing-percent=50 (the heap may grow to 1.5 times what survived the
 * last full collection, instead of towards V8's limit: peak memory follows
 * the corpus, with no fixed cap that a larger corpus would hit).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { SiteModel, SiteOptions, Variant } from './model/index.ts';
import { BuildError, formatDiagnostic } from './site/diagnostics.ts';
import { buildSite, DEFAULT_OPTIONS, type BuildResult } from './site/build.ts';
import { readSiteConfig } from './site/config.ts';
import type { DataFile } from './site/export.ts';
import { setCurrentPages } from './site/load.ts';
import type { PageBase } from './site/page-base.ts';
import { pageChunks, siteFiles, siteVariants } from './site/pages.ts';
import { indexSite, searchParts, type SearchPart } from './site/search-index.ts';

/** Weight of the pages per Eleventy run (an article page weighs 1, see `pageWeight`): Eleventy holds every page of a run in memory until the run ends. */
const CHUNK_PAGES = 2000;

/** With BUILD_TIMINGS=1 the build prints how long each stage took (the benchmark reads them). */
const timings = process.env.BUILD_TIMINGS === '1';
let lastLap = performance.now();
let lastCpu = process.cpuUsage();
/** Garbage-collection pauses reported since the last lap, in ms (reported asynchronously: a synchronous stage's pauses show in the next lap). */
let gcTime = 0;
if (timings) new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcTime += e.duration))).observe({ entryTypes: ['gc'] });
function lap(stage: string): void {
  if (!timings) return;
  const now = performance.now();
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1e6;
  const gcSeconds = gcTime / 1000;
  gcTime = 0;
  const memory = process.memoryUsage();
  const heap = memory.heapUsed / 2 ** 20;
  const rss = memory.rss / 2 ** 20;
  // maxRSS: this process's peak so far (Pagefind's process not included).
  const peak = process.resourceUsage().maxRSS / 2 ** 10;
  console.log(`timing: ${stage} ${((now - lastLap) / 1000).toFixed(1)} s (cpu ${cpuSeconds.toFixed(1)} s, gc ${gcSeconds.toFixed(1)} s, heap ${heap.toFixed(0)} MiB, RSS ${rss.toFixed(0)} MiB, peak RSS ${peak.toFixed(0)} MiB)`);
  lastLap = now;
  lastCpu = cpu;
}

/** The variants each process renders: every `jobs`-th one, the first process taking the first. */
function shares(variants: readonly Variant[], jobs: number): Variant[][] {
  const n = Math.max(1, Math.min(jobs, variants.length));
  return Array.from({ length: n }, (_, k) => variants.filter((_, i) => i % n === k));
}

/** Renders the pages of `variants` into `dir`, a chunk per Eleventy run, and returns their URLs. */
async function renderVariants(model: SiteModel, dir: string, variants: readonly Variant[], root: boolean): Promise<string[]> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const urls: string[] = [];
  const all = siteVariants(model);
  let first = root;
  for (const chunk of pageChunks(model, CHUNK_PAGES, variants)) {
    setCurrentPages({ ...chunk, variants: all, root: first });
    first = false;
    for (const list of Object.values(chunk) as (readonly PageBase[])[]) for (const page of list) urls.push(page.url);
    await new Eleventy('templates', dir, { configPath: '.eleventy.ts', quietMode: true }).write();
    lap(`render ${variants.join(' ')}: ${urls.length} pages`);
  }
  return urls;
}

/** Starts a process rendering `variants` into `dir`; resolves with their URLs, rejects when it fails. */
function renderElsewhere(seedsDir: string, dir: string, variants: readonly Variant[], options: BuildOptions): { child: ChildProcess; urls: Promise<string[]> } {
  const args = ['render-variants', '--seeds', seedsDir, '--out', dir, '--variants', variants.join(',')];
  if (options.searchPartPages) args.push('--search-part-pages', String(options.searchPartPages));
  const child = fork(process.argv[1]!, args, { stdio: 'inherit' });
  const urls = new Promise<string[]>((resolve, reject) => {
    let received: string[] | undefined;
    child.on('message', (message) => (received = message as string[]));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && received) resolve(received);
      else reject(new Error(`the process rendering ${variants.join(', ')} ${signal ? `was stopped by ${signal}` : `exited with ${code}`}`));
    });
  });
  urls.catch(() => {});
  return { child, urls };
}

/** What the command line can set beyond site.yaml. */
type BuildOptions = Pick<SiteOptions, 'searchPartPages'>;

async function build(seedsDir: string, outDir: string, jobs: number, options: BuildOptions): Promise<number> {
  const started = Date.now();
  const out = path.resolve(outDir);
  const tmp = path.join(path.dirname(out), `.site-build-${process.pid}`);
  const old = path.join(path.dirname(out), `.site-old-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  // The other processes start at once: they build their own model while this one builds and checks its own.
  const [mine, ...theirs] = shares(readSiteConfig(seedsDir).options.variants ?? DEFAULT_OPTIONS.variants, jobs);
  const others = theirs.map((variants) => renderElsewhere(seedsDir, tmp, variants, options));
  const stopOthers = async () => {
    for (const { child } of others) if (child.exitCode === null) child.kill();
    await Promise.allSettled(others.map((o) => o.urls));
  };
  const discard = async () => {
    await stopOthers();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const fail = async (message: string) => {
    await discard();
    console.error(message);
    console.error(`${outDir} was left as it was.`);
    return 1;
  };

  let result: BuildResult | undefined;
  try {
    result = buildSite(seedsDir, options);
  } catch (error) {
    await discard();
    if (error instanceof BuildError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      console.error(`Build stopped: ${error.diagnostics.filter((d) => d.severity === 'error').length} error(s). ${outDir} was left as it was.`);
      return 1;
    }
    throw error;
  }
  const { diagnostics } = result;
  lap('data');

  let parts: SearchPart[];
  let pageCount: number;
  try {
    ({ parts, pageCount } = await renderSite(result.model, tmp, mine!, others));
  } catch (error) {
    return fail(`Rendering failed: ${(error as Error).message}`);
  }
  // Pagefind runs beside this process: the model and the last pages can be collected meanwhile.
  result = undefined;
  setCurrentPages(undefined);
  const search = await indexSite(tmp, parts).catch((error: Error) => ({ pages: 0, errors: [error.message] }));
  lap('search index');
  if (search.errors.length || search.pages === 0) return fail(`Search indexing failed: ${search.errors.join('; ') || 'no pages indexed'}.`);
  if (!fs.existsSync(path.join(tmp, 'index.html'))) return fail('Rendering wrote no site.');
  await swapInto(tmp, out, old);
  lap('swap');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of warnings) console.warn(formatDiagnostic(d));
  console.log(`Built ${pageCount} pages into ${outDir} (search index: ${search.pages} pages) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${warnings.length} warning(s).`);
  return 0;
}

/** Renders every page and writes the files for machines into `dir`; returns the parts of the search index to make. */
async function renderSite(model: SiteModel, dir: string, variants: readonly Variant[], others: readonly { urls: Promise<string[]> }[]): Promise<{ parts: SearchPart[]; pageCount: number }> {
  const urls = await renderVariants(model, dir, variants, true);
  for (const other of others) urls.push(...(await other.urls));
  lap('other variants');
  for (const file of siteFiles(model, urls)) writeFile(dir, file);
  lap('files');
  return { parts: searchParts(model), pageCount: urls.length + 1 };
}

/** `render-variants`: one of a build's other processes (see the module comment). Warnings are the main process's to print. */
async function renderForBuild(seedsDir: string, dir: string, variants: Variant[], options: BuildOptions): Promise<number> {
  let model;
  try {
    model = buildSite(seedsDir, options).model;
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    // The main process read the same seeds without errors: they changed in between.
    console.error(`The seeds changed during the build (the process rendering ${variants.join(', ')} found errors):`);
    for (const d of error.diagnostics.filter((d) => d.severity === 'error')) console.error(formatDiagnostic(d));
    return 1;
  }
  lap(`data (${variants.join(' ')})`);
  const urls = await renderVariants(model, dir, variants, false);
  await new Promise<void>((resolve, reject) => process.send!(urls, (error: Error | null) => (error ? reject(error) : resolve())));
  return 0;
}

function writeFile(dir: string, file: DataFile): void {
  const target = path.join(dir, file.url);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (typeof file.content === 'string') {
    fs.writeFileSync(target, file.content);
    return;
  }
  const fd = fs.openSync(target, 'w');
  try {
    for (const piece of file.content) fs.writeSync(fd, piece);
  } finally {
    fs.closeSync(fd);
  }
}

/** Puts the new site in place; if that fails half-way, the previous site is restored. */
async function swapInto(tmp: string, out: string, old: string): Promise<void> {
  const hadPrevious = fs.existsSync(out);
  if (hadPrevious) fs.renameSync(out, old);
  try {
    fs.renameSync(tmp, out);
  } catch (error) {
    if (hadPrevious) fs.renameSync(old, out);
    throw error;
  }
  // Asynchronously, the files of the previous site are removed several at a time (about twice as fast as one by one).
  await fs.promises.rm(old, { recursive: true, force: true });
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: '_site' },
      jobs: { type: 'string', default: '1' },
      variants: { type: 'string' },
      'search-part-pages': { type: 'string' },
    },
  });
  const [command] = positionals;
  const jobs = Number(values.jobs);
  const partPages = values['search-part-pages'] === undefined ? undefined : Number(values['search-part-pages']);
  const options: BuildOptions = partPages === undefined ? {} : { searchPartPages: partPages };
  const bad = [
    ...(Number.isInteger(jobs) && jobs >= 1 ? [] : [`--jobs must be a whole number of at least 1, not "${values.jobs}"`]),
    ...(partPages === undefined || (Number.isInteger(partPages) && partPages >= 1) ? [] : [`--search-part-pages must be a whole number of at least 1, not "${values['search-part-pages']}"`]),
  ];
  for (const message of bad) console.error(message);
  const valid = bad.length === 0;
  if (command === 'build' && valid) return build(values.seeds!, values.out!, jobs, options);
  if (command === 'render-variants' && values.variants && process.send) return renderForBuild(values.seeds!, values.out!, values.variants.split(',') as Variant[], options);
  console.error('usage: cli.ts build [--seeds DIR] [--out DIR] [--jobs N] [--search-part-pages N]');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
