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
import { loadSite } from './site/load.ts';
import { openSearchIndex } from './site/search-index.ts';

async function build(seedsDir: string, outDir: string): Promise<number> {
  const started = Date.now();
  let site;
  try {
    site = loadSite(seedsDir);
  } catch (error) {
    if (error instanceof BuildError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      console.error(`Build stopped: ${error.diagnostics.filter((d) => d.severity === 'error').length} error(s). ${outDir} was left as it was.`);
      return 1;
    }
    throw error;
  }
  const out = path.resolve(outDir);
  const tmp = path.join(path.dirname(out), `.site-build-${process.pid}`);
  const old = path.join(path.dirname(out), `.site-old-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  process.env.SEEDS_DIR = seedsDir;
  const { default: Eleventy } = await import('@11ty/eleventy');
  const searchIndex = await openSearchIndex();
  try {
    const eleventy = new Eleventy('templates', tmp, {
      configPath: '.eleventy.ts',
      quietMode: true,
      // Each rendered page goes to the search index as it is written.
      config: (eleventyConfig) => {
        eleventyConfig.addTransform('search-index', function (content) {
          searchIndex.add(this.page.url, content);
          return content;
        });
      },
    });
    await eleventy.write();
  } catch (error) {
    await searchIndex.finish(tmp).catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
    console.error(`Rendering failed: ${(error as Error).message}`);
    console.error(`${outDir} was left as it was.`);
    return 1;
  }
  const search = await searchIndex.finish(tmp).catch((error: Error) => ({ pages: 0, errors: [error.message] }));
  if (search.errors.length || search.pages === 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.error(`Search indexing failed: ${search.errors.join('; ') || 'no pages indexed'}. ${outDir} was left as it was.`);
    return 1;
  }
  if (!fs.existsSync(path.join(tmp, 'index.html'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.error(`Rendering wrote no site; ${outDir} was left as it was.`);
    return 1;
  }
  swapInto(tmp, out, old);
  const warnings = site.diagnostics.filter((d) => d.severity === 'warning');
  for (const d of warnings) console.warn(formatDiagnostic(d));
  const { articles, homes, newsIndexes, entities, entityIndexes, timelines, searches, articleLists } = site.pages;
  const pages = 1 + [articles, homes, newsIndexes, entities, entityIndexes, timelines, searches, articleLists].reduce((n, list) => n + list.length, 0);
  console.log(`Built ${pages} pages into ${outDir} (search index: ${search.pages} pages) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${warnings.length} warning(s).`);
  return 0;
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
