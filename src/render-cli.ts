/**
 * The build's rendering processes, started by `src/cli.ts` (never by hand):
 *
 *   render-site --seeds DIR --out DIR --into DIR --jobs N [--search-part-pages N]
 *   render-variants --seeds DIR --into DIR --variants zh-Hant,… [--search-part-pages N]
 *
 * `render-site` reads and checks the seeds, renders the site into the
 * temporary folder `--into` and sends the build what it needs next
 * (`Rendered`: the parts of the search index, the page count, the warnings).
 * On failure it prints why (naming `--out` as left as it was), removes the
 * folder and exits non-zero; if the build goes away (stopped or killed), it
 * stops the processes it started, removes the folder and exits
 * (`watchForOrphaning`).
 *
 * With --jobs N the variants render in up to N processes at once, at most one
 * per variant: `render-site` starts a `render-variants` process for each
 * other share, which builds the model itself (cheaper than sending it) and
 * renders its variants into the same folder. Eleventy renders on one core, so
 * this trades memory (a model per process) for time on a large corpus; see the
 * README's Performance section for what it measured.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SiteModel, SiteOptions, Variant } from './model/index.ts';
import { BuildError, formatDiagnostic, type Diagnostic } from './site/diagnostics.ts';
import { buildSite, DEFAULT_OPTIONS, type BuildResult } from './site/build.ts';
import { readSiteConfig } from './site/config.ts';
import { removeFolderBeforeExit } from './site/folders.ts';
import type { DataFile } from './site/export.ts';
import { setCurrentPages } from './site/load.ts';
import type { PageBase } from './site/page-base.ts';
import { pageChunks, siteFiles, siteVariants } from './site/pages.ts';
import { ConversionReview, reviewWarnings, type ReviewResults } from './convert/index.ts';
import { reply, resultOf, shares } from './site/processes.ts';
import { searchParts, type SearchPart } from './site/search-index.ts';
import { lap } from './timings.ts';

/** This module: `render-site` starts it again for `render-variants`. */
const RENDER_CLI = fileURLToPath(import.meta.url);

/** Weight of the pages per Eleventy run (an article page weighs 1, see `pageWeight`): Eleventy holds every page of a run in memory until the run ends. */
const CHUNK_PAGES = 2000;

/** What the command line can set beyond site.yaml. */
export type BuildOptions = Pick<SiteOptions, 'searchPartPages'>;

/** What `render-site` sends the build: the search index to make, and what to report. */
export interface Rendered {
  readonly parts: SearchPart[];
  readonly pageCount: number;
  readonly warnings: Diagnostic[];
}

/** Arguments that pass the options on to another process. */
function optionArgs(options: BuildOptions): string[] {
  return options.searchPartPages ? ['--search-part-pages', String(options.searchPartPages)] : [];
}

/** What a rendering process did: the URLs of its pages, and what the conversion review heard while it converted their articles. */
interface RenderedVariants {
  readonly urls: string[];
  readonly review: ReviewResults;
}

/** Renders the pages of `variants` into `dir`, a chunk per Eleventy run. */
async function renderVariants(model: SiteModel, dir: string, variants: readonly Variant[], root: boolean): Promise<RenderedVariants> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  const urls: string[] = [];
  const all = siteVariants(model);
  const review = new ConversionReview();
  let first = root;
  for (const chunk of pageChunks(model, CHUNK_PAGES, variants, review)) {
    setCurrentPages({ ...chunk, variants: all, root: first });
    first = false;
    for (const list of Object.values(chunk) as (readonly PageBase[])[]) for (const page of list) urls.push(page.url);
    await new Eleventy('templates', dir, { configPath: '.eleventy.ts', quietMode: true }).write();
    lap(`render ${variants.join(' ')}: ${urls.length} pages`);
  }
  setCurrentPages(undefined);
  return { urls, review: review.results() };
}

/** Starts a process rendering `variants` into `dir`; resolves with what it rendered, rejects when it fails. */
function renderElsewhere(
  seedsDir: string,
  dir: string,
  variants: readonly Variant[],
  options: BuildOptions,
): { child: ChildProcess; rendered: Promise<RenderedVariants> } {
  const args = ['render-variants', '--seeds', seedsDir, '--into', dir, '--variants', variants.join(','), ...optionArgs(options)];
  const child = fork(RENDER_CLI, args, { stdio: 'inherit' });
  const rendered = resultOf<RenderedVariants>(child, `the process rendering ${variants.join(', ')}`);
  rendered.catch(() => {});
  return { child, rendered };
}

/** `render-site` (see the module comment). */
async function renderForSite(seedsDir: string, outDir: string, dir: string, jobs: number, options: BuildOptions): Promise<number> {
  // The other processes start at once: they build their own model while this one builds and checks its own.
  // Every `jobs`-th variant to a process, this one taking the first.
  const [mine, ...theirs] = shares(readSiteConfig(seedsDir).options.variants ?? DEFAULT_OPTIONS.variants, jobs);
  const others = theirs.map((variants) => renderElsewhere(seedsDir, dir, variants, options));
  const stopOthers = async () => {
    for (const { child } of others) if (child.exitCode === null) child.kill();
    await Promise.allSettled(others.map((o) => o.rendered));
  };
  const discard = async () => {
    await stopOthers();
    removeFolderBeforeExit(dir);
  };
  whenOrphaned(stopOthers, () => removeFolderBeforeExit(dir));

  let result: BuildResult;
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
  lap('data');

  let rendered: Rendered;
  try {
    const { model } = result;
    const own = await renderVariants(model, dir, mine!, true);
    const urls = [...own.urls];
    const reviews = [own.review];
    for (const other of others) {
      const theirs = await other.rendered;
      urls.push(...theirs.urls);
      reviews.push(theirs.review);
    }
    lap('other variants');
    for (const file of siteFiles(model, urls)) writeFile(dir, file);
    lap('files');
    const conversion = reviewWarnings(
      reviews,
      model.articles.map((a) => a.id),
      model.options.variants,
    );
    rendered = { parts: searchParts(model), pageCount: urls.length + 1, warnings: [...result.diagnostics.filter((d) => d.severity === 'warning'), ...conversion] };
  } catch (error) {
    await discard();
    console.error(`Rendering failed: ${(error as Error).message}`);
    console.error(`${outDir} was left as it was.`);
    return 1;
  }
  try {
    await reply(rendered);
  } catch {
    await discard();
    return 1;
  }
  return 0;
}

/** `render-variants` (see the module comment). Warnings are `render-site`'s to send. */
async function renderForBuild(seedsDir: string, dir: string, variants: Variant[], options: BuildOptions): Promise<number> {
  let model;
  try {
    model = buildSite(seedsDir, options).model;
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    // The first process read the same seeds without errors: they changed in between.
    console.error(`The seeds changed during the build (the process rendering ${variants.join(', ')} found errors):`);
    for (const d of error.diagnostics.filter((d) => d.severity === 'error')) console.error(formatDiagnostic(d));
    return 1;
  }
  lap(`data (${variants.join(' ')})`);
  const rendered = await renderVariants(model, dir, variants, false);
  return reply(rendered).then(
    () => 0,
    () => 1,
  );
}

function writeFile(dir: string, file: DataFile): void {
  const target = path.join(dir, file.url);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (typeof file.content === 'string') {
    fs.writeFileSync(target, file.content);
    return;
  }
  // The pieces are small (an item of the JSON export each): written a batch at a time, not one call each.
  const fd = fs.openSync(target, 'w');
  try {
    let batch = '';
    for (const piece of file.content) {
      batch += piece;
      if (batch.length >= WRITE_BATCH) {
        fs.writeSync(fd, batch);
        batch = '';
      }
    }
    if (batch) fs.writeSync(fd, batch);
  } finally {
    fs.closeSync(fd);
  }
}

/** Characters written to a file at once. */
const WRITE_BATCH = 1 << 16;

/** What to do before exiting when the build goes away (see `watchForOrphaning`). */
let orphanedCleanUp: { settle: () => Promise<void>; remove: () => void } = { settle: async () => {}, remove: () => {} };

/**
 * Sets what this process does when the build goes away: `settle` stops the
 * processes it started and waits for them; `remove` removes what was written.
 * `remove` and the exit run in one synchronous step: a write of this process's
 * own, waiting in a promise chain, could otherwise run between the two and
 * leave a file behind.
 */
function whenOrphaned(settle: () => Promise<void>, remove: () => void): void {
  orphanedCleanUp = { settle, remove };
}

/**
 * When the process that started this one goes away (stopped or killed, its
 * end of the channel closes), nothing will use what this one renders: it
 * cleans up and exits rather than render on for minutes. Returns the function
 * that stops watching (until then the channel keeps this process alive).
 */
function watchForOrphaning(): () => void {
  const orphaned = () => {
    const finish = () => {
      try {
        orphanedCleanUp.remove();
      } finally {
        process.exit(1);
      }
    };
    void Promise.resolve().then(orphanedCleanUp.settle).then(finish, finish);
  };
  process.on('disconnect', orphaned);
  return () => process.off('disconnect', orphaned);
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seeds: { type: 'string' },
      out: { type: 'string' },
      into: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      variants: { type: 'string' },
      'search-part-pages': { type: 'string' },
    },
  });
  const [command] = positionals;
  const { seeds, out, into, variants } = values;
  const partPages = values['search-part-pages'];
  const options: BuildOptions = partPages === undefined ? {} : { searchPartPages: Number(partPages) };
  if (process.send && seeds && into) {
    // `render-site` sets its clean-up (`whenOrphaned`) before it first waits.
    const stopWatching = watchForOrphaning();
    try {
      if (command === 'render-site' && out) return await renderForSite(seeds, out, into, Number(values.jobs), options);
      if (command === 'render-variants' && variants) return await renderForBuild(seeds, into, variants.split(',') as Variant[], options);
    } finally {
      stopWatching();
    }
  }
  console.error('render-cli.ts is started by the build (src/cli.ts build), not by hand');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
