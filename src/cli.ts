/**
 * Command line:  build [--seeds DIR] [--out DIR]
 *
 * `build` checks every seed first (printing file:line messages), then renders
 * the site into a temporary folder and replaces the output folder only when
 * everything succeeded, so a failed build leaves the previous site untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError, formatDiagnostic } from './site/diagnostics.ts';
import { buildSite } from './site/build.ts';
import type { DataFile } from './site/export.ts';
import { setCurrentPages } from './site/load.ts';
import type { PageBase } from './site/page-base.ts';
import { pageChunks, siteFiles, siteVariants } from './site/pages.ts';
import { indexSite } from './site/search-index.ts';

/** Pages per Eleventy run: Eleventy holds every page of a run in memory until the run ends. */
const CHUNK_PAGES = 4000;

/** With BUILD_TIMINGS=1 the build prints how long each stage took (the benchmark reads them). */
const timings = process.env.BUILD_TIMINGS === '1';
let lastLap = performance.now();
function lap(stage: string): void {
  if (!timings) return;
  const now = performance.now();
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`timing: ${stage} ${((now - lastLap) / 1000).toFixed(1)} s (heap ${heap.toFixed(0)} MiB)`);
  lastLap = now;
}

async function build(seedsDir: string, outDir: string): Promise<number> {
  const started = Date.now();
  let result;
  try {
    result = buildSite(seedsDir);
  } catch (error) {
    if (error instanceof BuildError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      console.error(`Build stopped: ${error.diagnostics.filter((d) => d.severity === 'error').length} error(s). ${outDir} was left as it was.`);
      return 1;
    }
    throw error;
  }
  const { model, diagnostics } = result;
  lap('data');
  const out = path.resolve(outDir);
  const tmp = path.join(path.dirname(out), `.site-build-${process.pid}`);
  const old = path.join(path.dirname(out), `.site-old-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  const fail = async (message: string) => {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.error(message);
    console.error(`${outDir} was left as it was.`);
    return 1;
  };

  const { default: Eleventy } = await import('@11ty/eleventy');
  const urls: string[] = [];
  const variants = siteVariants(model);
  try {
    for (const chunk of pageChunks(model, CHUNK_PAGES)) {
      setCurrentPages({ ...chunk, variants });
      for (const list of Object.values(chunk) as (readonly PageBase[])[]) for (const page of list) urls.push(page.url);
      await new Eleventy('templates', tmp, { configPath: '.eleventy.ts', quietMode: true }).write();
      lap(`render ${urls.length} pages`);
    }
    for (const file of siteFiles(model, urls)) writeFile(tmp, file);
    lap('files');
  } catch (error) {
    return fail(`Rendering failed: ${(error as Error).message}`);
  }
  const search = await indexSite(tmp, model).catch((error: Error) => ({ pages: 0, errors: [error.message] }));
  lap('search index');
  if (search.errors.length || search.pages === 0) return fail(`Search indexing failed: ${search.errors.join('; ') || 'no pages indexed'}.`);
  if (!fs.existsSync(path.join(tmp, 'index.html'))) return fail('Rendering wrote no site.');
  swapInto(tmp, out, old);
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of warnings) console.warn(formatDiagnostic(d));
  console.log(`Built ${urls.length + 1} pages into ${outDir} (search index: ${search.pages} pages) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${warnings.length} warning(s).`);
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
function swapInto(tmp: string, out: string, old: string): void {
  const hadPrevious = fs.existsSync(out);
  if (hadPrevious) fs.renameSync(out, old);
  try {
    fs.renameSync(tmp, out);
  } catch (error) {
    if (hadPrevious) fs.renameSync(old, out);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: '_site' } },
  });
  const [command] = positionals;
  if (command === 'build') return build(values.seeds!, values.out!);
  console.error('usage: cli.ts build [--seeds DIR] [--out DIR]');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
