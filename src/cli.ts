/**
 * Command line:  build [--seeds DIR] [--out DIR] [--jobs N] [--search-part-pages N]
 *
 * `build` checks every seed first (printing file:line messages), then renders
 * the site into a temporary folder and replaces the output folder only when
 * everything succeeded, so a failed build leaves the previous site untouched.
 *
 * Seeds and pages are the work of a process of their own (`render-site`, in
 * src/render-cli.ts, which with --jobs N renders the variants in up to N
 * processes); this one makes the search index once that process has ended.
 * Pagefind then runs beside a small process rather than beside the model and
 * the heap that rendering grew (the operating system gets that memory back
 * only when the process ends), so the build's peak memory is the larger of
 * the two, not their sum. This module therefore imports nothing of the
 * pipeline.
 *
 * The rendering processes run with two V8 flags (`RENDER_V8_FLAGS`), whatever
 * started the build (`npm run build`, `npm start`, the tests, the bench).
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildOptions, Rendered } from './render-cli.ts';
import { formatDiagnostic } from './site/diagnostics.ts';
import { removeFolder } from './site/folders.ts';
import { MARK_FILE, MARK_TEXT, outFolderProblem, removeStaleTemporaries } from './site/out-folder.ts';
import { stopGroup } from './site/processes.ts';
import { indexSite, stopIndexing } from './site/search-index.ts';
import { lap, resetLap } from './timings.ts';

const RENDER_CLI = fileURLToPath(new URL('./render-cli.ts', import.meta.url));

/**
 * Both measured at 10k seeds. --max-semi-space-size=64: page data is
 * short-lived, and a larger young generation cut garbage-collection pauses
 * from 27.8 s to 16.8 s. --heap-growing-percent=30: the heap may grow to 1.3
 * times what survived the last full collection, instead of towards V8's
 * limit (2834-2895 MiB without it). The rendering process peaked at
 * 1836-1966 MiB in three runs with 50, 1760 and 1800 with 40, 1735 with 30,
 * with 11.3-13.0 s of GC pauses in every run; unlike a fixed
 * --max-old-space-size it follows the corpus. Flags given to Node itself come
 * later and win. The `render-variants` processes inherit them.
 */
const RENDER_V8_FLAGS = ['--max-semi-space-size=64', '--heap-growing-percent=30'];

async function build(seedsDir: string, outDir: string, jobs: number, options: BuildOptions): Promise<number> {
  const started = Date.now();
  const out = path.resolve(outDir);
  const tmp = path.join(path.dirname(out), `.site-build-${process.pid}`);
  const old = path.join(path.dirname(out), `.site-old-${process.pid}`);
  const problem = outFolderProblem(outDir, seedsDir);
  if (problem) {
    console.error(`Build stopped: ${problem}. Nothing was written.`);
    return 1;
  }
  removeStaleTemporaries(out);
  try {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
  } catch (error) {
    console.error(`Build stopped: cannot create the build's folder ${tmp} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ${outDir} was left as it was.`);
    return 1;
  }
  const fail = (message: string) => {
    removeFolder(tmp);
    console.error(message);
    console.error(`${outDir} was left as it was.`);
    return 1;
  };

  const args = ['render-site', '--seeds', seedsDir, '--out', outDir, '--into', tmp, '--jobs', String(jobs)];
  if (options.searchPartPages) args.push('--search-part-pages', String(options.searchPartPages));
  // In a process group of its own, with the `render-variants` processes it starts: stopping the build stops the group.
  const child = fork(RENDER_CLI, args, { stdio: 'inherit', detached: true, execArgv: [...RENDER_V8_FLAGS, ...process.execArgv] });
  // Stopped (Ctrl-C, kill): the rendering processes and Pagefind are stopped first, so that
  // nothing writes into the temporary folder while it is removed; then this process exits.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopping = true;
      void Promise.all([stopGroup(child), stopIndexing()])
        .then(() => {
          for (const folder of [tmp, old]) removeFolder(folder);
        })
        .finally(() => process.exit(128 + os.constants.signals[signal]));
    });
  }
  const untilStopped = () => new Promise<number>(() => {});
  let rendered: Rendered | undefined;
  child.on('message', (message) => (rendered = message as Rendered));
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  if (stopping) return untilStopped();
  if (exit.code !== 0 || !rendered) {
    // A rendering process that exits non-zero has said why (input errors, a failed render).
    if (exit.code) {
      removeFolder(tmp);
      return exit.code;
    }
    const why = exit.error ? `could not start (${exit.error.message})` : exit.signal ? `was stopped by ${exit.signal}` : 'ended without a result';
    return fail(`Rendering failed: the rendering process ${why}.`);
  }
  resetLap();

  const search = await indexSite(tmp, rendered.parts).catch((error: Error) => ({ pages: 0, errors: [error.message] }));
  if (stopping) return untilStopped();
  lap('search index');
  if (search.errors.length || search.pages === 0) return fail(`Search indexing failed: ${search.errors.join('; ') || 'no pages indexed'}.`);
  if (!fs.existsSync(path.join(tmp, 'index.html'))) return fail('Rendering wrote no site.');
  fs.writeFileSync(path.join(tmp, MARK_FILE), MARK_TEXT);
  await swapInto(tmp, out, old);
  lap('swap');
  for (const d of rendered.warnings) console.warn(formatDiagnostic(d));
  console.log(`Built ${rendered.pageCount} pages into ${outDir} (search index: ${search.pages} pages) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${rendered.warnings.length} warning(s).`);
  return 0;
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
  console.error('usage: cli.ts build [--seeds DIR] [--out DIR] [--jobs N] [--search-part-pages N]');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
