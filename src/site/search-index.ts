/**
 * The search index: Pagefind (its npm package ships the binary, with Chinese
 * segmentation) indexes the article and entity pages of one script, the
 * site's first variant. Pages in the other scripts hold the same text, so the
 * search page puts a query into that script and shows each result in the
 * reader's (js/search.js, with the corpus's character map): half the
 * indexing, and one index for readers of every script.
 *
 * Pagefind reads the rendered pages from the finished folder before the
 * folder is swapped into place. (Handing it each page as Eleventy
 * rendered it was slower: one message per page through its service, and
 * rendering waited for it.)
 *
 * Pagefind keeps every page of an index in memory until the index is written,
 * about 0.2 MiB per indexed page, so a large site is indexed in parts
 * of at most SEARCH_PART_PAGES pages: the first part in `pagefind/`, the
 * others in `pagefind-2/`, `pagefind-3/`, …,
 * which the search page merges (`mergeIndex`). Pages are dealt to the parts in
 * turn, so each part holds a like mix of pages and their scores compare.
 * Each part answers a query on its own, with near matches when it lacks a
 * query's word; the search page keeps only results that contain every word
 * of the query, as Pagefind splits it into words (js/search.js).
 *
 * The parts are dealt to SEARCH_PROCESSES indexing processes
 * (`src/search-cli.ts`), each indexing its parts one after another with a
 * Pagefind process per part, so that what a part held is given back before
 * the next.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SiteModel, Variant } from '../model/index.ts';
import { resultOf, shares, stopGroup } from './processes.ts';
import { articlePath, entityPath } from './urls.ts';

const SEARCH_CLI = fileURLToPath(new URL('../search-cli.ts', import.meta.url));

/** The script whose pages are indexed. */
export const searchedVariant = (model: SiteModel): Variant => model.options.variants[0]!;

/**
 * Pages per part of the search index. At 10k seeds (25,001 pages) Pagefind
 * peaked at 355 MiB for a part of 1500 pages, 582 MiB for 2500, 821 MiB for
 * 4000 and 4.7 GiB for all at once. The build renders first, in a process
 * that has ended before indexing starts (src/cli.ts), and rendering peaked at
 * about 1.8 GiB; the two indexing processes (SEARCH_PROCESSES) together
 * peaked at 1523 MiB with parts of 3000 pages (9 parts), 1683 MiB with 3500
 * (8) and 1854-1956 MiB with 4000 (7), and took 34-39 s with each. Each part
 * costs a reader one more index chunk per query word (about 23 KB).
 */
export const SEARCH_PART_PAGES = 3500;

export interface SearchPart {
  /** The folder of this part's Pagefind bundle, relative to the site folder. */
  readonly dir: string;
  /** The pages it indexes, relative to the site folder. */
  readonly pages: readonly string[];
}

/** The parts of the search index: the article and entity pages of the searched variant, dealt in turn. */
export function searchParts(model: SiteModel): SearchPart[] {
  const variant = searchedVariant(model);
  const pages = [
    ...model.articles.map((a) => articlePath(variant, a.slug)),
    ...model.entities.filter((e) => e.hasPage).map((e) => entityPath(variant, e.id)),
  ]
    .map((url) => url.slice(1))
    .sort();
  const n = Math.max(1, Math.ceil(pages.length / (model.options.searchPartPages ?? SEARCH_PART_PAGES)));
  return Array.from({ length: n }, (_, k) => ({ dir: k === 0 ? 'pagefind' : `pagefind-${k + 1}`, pages: pages.filter((_, i) => i % n === k) }));
}

/** A glob naming exactly these pages. Slugs and ids are lower-case ASCII words and hyphens, so nothing in them is a glob character. */
function globOf(pages: readonly string[]): string {
  for (const page of pages) if (!/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\.html$/.test(page)) throw new Error(`cannot name ${page} in a search index glob`);
  return `{${pages.join(',')}}`;
}

/** Pagefind writes its languages in hash-map order; sorted, two builds give the same bytes. */
function stabiliseEntry(file: string): void {
  if (!fs.existsSync(file)) return;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
  if (entry.languages) {
    entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  fs.writeFileSync(file, JSON.stringify(entry));
}

/**
 * Processes indexing at once, each with a Pagefind process of its own, one
 * part after another. Re-indexing a 10k-seed site (7 parts) took 37.1-38.6 s
 * so (three runs) against 45.4-48.1 s with one Pagefind process given two
 * parts at a time, which kept about 1.3 of this machine's 2 cores busy.
 */
export const SEARCH_PROCESSES = 2;

/** What indexing some parts gave: pages indexed, and Pagefind's errors. */
export interface Indexed {
  readonly pages: number;
  readonly errors: string[];
}

/** The indexing processes (`src/search-cli.ts`) now running. */
const indexing = new Set<ChildProcess>();

/** Writes the search index of the pages in `dir` (see `searchParts`), the parts dealt in turn to up to `processes` processes. */
export async function indexSite(dir: string, parts: readonly SearchPart[], processes = SEARCH_PROCESSES): Promise<Indexed> {
  const results = await Promise.all(shares(parts, processes).map((share) => indexElsewhere(dir, share)));
  return { pages: results.reduce((sum, r) => sum + r.pages, 0), errors: results.flatMap((r) => r.errors) };
}

/**
 * Indexes `parts` in a process of its own (and its own process group, with
 * the Pagefind it starts). The folder goes by message, not on the command
 * line: a stopped build finds its processes by the folder on theirs.
 */
function indexElsewhere(dir: string, parts: readonly SearchPart[]): Promise<Indexed> {
  const child = fork(SEARCH_CLI, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
  indexing.add(child);
  const indexed = resultOf<Indexed>(child, 'the indexing process').catch((error: Error): Indexed => ({ pages: 0, errors: [error.message] }));
  child.send({ dir, parts } satisfies IndexRequest);
  return indexed.finally(() => indexing.delete(child));
}

/** What `src/search-cli.ts` is sent. */
export interface IndexRequest {
  readonly dir: string;
  readonly parts: readonly SearchPart[];
}

/** Stops the indexing processes and their Pagefind (a stopped build, before it removes its folder). */
export async function stopIndexing(): Promise<void> {
  await Promise.all([...indexing].map(stopGroup));
}

/** Indexes `parts` one after another, each with a Pagefind process of its own, so that what one part held is given back before the next. */
export async function indexParts(dir: string, parts: readonly SearchPart[]): Promise<Indexed> {
  let pages = 0;
  const errors: string[] = [];
  for (const part of parts) {
    try {
      const result = await indexPart(dir, part);
      pages += result.pages;
      errors.push(...result.errors);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    } finally {
      await pagefind.close();
    }
    if (errors.length) break;
  }
  return { pages, errors };
}

/** Stops this process's Pagefind, if it is running. */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}

async function indexPart(dir: string, part: SearchPart): Promise<Indexed> {
  const created = await pagefind.createIndex({});
  if (!created.index) return { pages: 0, errors: created.errors.length ? created.errors : ['Pagefind made no index'] };
  const added = await created.index.addDirectory({ path: dir, glob: globOf(part.pages) });
  const written = await created.index.writeFiles({ outputPath: path.join(dir, part.dir) });
  stabiliseEntry(path.join(dir, part.dir, 'pagefind-entry.json'));
  return { pages: added.page_count, errors: [...created.errors, ...added.errors, ...written.errors] };
}
