/**
 * buildSite: the one module that knows the order of the stages.
 *
 *   seeds/** → readSeed → ingestSeed → corpus checks
 *     → linkCorpus (entities, mentions) → extractEvents (timeline) → relatedArticles
 *     → the site's converter (glossary + corpus names), conversion review → SiteModel
 *
 * Rendering per variant happens afterwards, in pages.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { ingestSeed, readSeed } from '../ingest/index.ts';
import type { Article, SiteModel, SiteOptions, Slug } from '../model/index.ts';
import { VARIANTS } from '../model/index.ts';
import { linkCorpus, relatedArticles } from '../link/index.ts';
import { extractEvents } from '../timeline/events.ts';
import { collectNames, createConverter, loadGlossary, sameInScript, setDefaultConverter } from '../convert/index.ts';
import { uniqueId } from '../ingest/slug.ts';
import { readSiteConfig } from './config.ts';
import { within } from './folders.ts';
import { BuildError, diagnosticsOf, type Diagnostic } from './diagnostics.ts';
import { unsearchedParts } from './search-text.ts';

export const DEFAULT_OPTIONS: SiteOptions = Object.freeze({ variants: VARIANTS, title: '俄越關係知識站' });

const SEED_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/** Whether a file of this name is a seed. */
const isSeedName = (name: string) => SEED_EXTENSIONS.has(path.extname(name).toLowerCase()) && name.toLowerCase() !== 'readme.md';

/** A path as messages give it: relative to the working folder when inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && within(file, process.cwd()) ? relative : file;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders paths given as their names from the seeds folder down, as a walk that sorts each folder by name meets them. */
function byNames(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return byName(a[i]!, b[i]!);
  return a.length - b.length;
}

/**
 * The seed files of a folder (recursively), in a stable order: by name within
 * each folder, with what a folder holds where its name sorts. Names starting
 * with `.` and README.md are not seeds.
 *
 * Symbolic links are followed, to files and to folders alike, each file and
 * folder being read once, by its real path: a link to a folder that holds the
 * link or the seeds folder (which would loop), or to a file or folder that is
 * read already (without a link, or through an earlier link), is left out with
 * a warning naming the link. A link that leads nowhere is an error when its
 * name is a seed's, else a warning.
 */
export function findSeeds(seedsDir: string): { files: string[]; diagnostics: Diagnostic[] } {
  const found: { file: string; names: string[] }[] = [];
  const diagnostics: Diagnostic[] = [];
  const warn = (file: string, reason: string, severity: Diagnostic['severity'] = 'warning') => diagnostics.push({ severity, file: shownPath(file), reason });
  /** The folders and files read, by real path, with the path each was read as. */
  const folders = new Map<string, string>();
  const files = new Map<string, string>();
  /** Links met, followed once the folders without links are read (so a link, not a real path, is what a repeat is told about). */
  const links: { file: string; names: string[]; folder: string }[] = [];
  const root = fs.realpathSync(seedsDir);

  /** ` as PATH` when a file or folder was read by another path than its real one. */
  const asRead = (real: string, first: string) => (shownPath(first) === shownPath(real) ? '' : ` as ${shownPath(first)}`);
  const addFile = (file: string, real: string, names: string[], linked = false) => {
    const first = files.get(real);
    if (first !== undefined) warn(file, `${linked ? `a symbolic link to ${shownPath(real)}, ` : ''}a file read already${asRead(real, first)}; left out`);
    else {
      files.set(real, file);
      found.push({ file, names });
    }
  };
  const walk = (dir: string, real: string, names: string[]) => {
    folders.set(real, dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warn(dir, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'error');
      return;
    }
    for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const file = path.join(dir, entry.name);
      const inner = [...names, entry.name];
      const realFile = path.join(real, entry.name);
      if (entry.isSymbolicLink()) links.push({ file, names: inner, folder: real });
      else if (entry.isDirectory()) {
        const first = folders.get(realFile);
        if (first !== undefined) warn(file, `a folder read already${asRead(realFile, first)}; left out`);
        else walk(file, realFile, inner);
      } else if (isSeedName(entry.name)) addFile(file, realFile, inner);
    }
  };

  walk(seedsDir, root, []);
  for (const link of links) {
    const name = path.basename(link.file);
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(link.file);
      stat = fs.statSync(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const target = readLink(link.file);
      const why =
        code === 'ENOENT'
          ? `a symbolic link to ${JSON.stringify(target)}, which does not exist`
          : code === 'ELOOP'
            ? `a symbolic link to ${JSON.stringify(target)}, which leads back to itself through other links`
            : `a symbolic link that cannot be followed (${code ?? (error as Error).message})`;
      if (isSeedName(name)) warn(link.file, why, 'error');
      else warn(link.file, `${why}; left out`);
      continue;
    }
    const to = `a symbolic link to ${shownPath(real)}`;
    if (stat.isDirectory()) {
      const holds = real === root ? ', the seeds folder' : within(link.folder, real) ? ', a folder that holds the link' : within(root, real) ? ', a folder that holds the seeds folder' : undefined;
      if (holds) warn(link.file, `${to}${holds}: following it would read the same folders again and again; not followed`);
      else if (folders.has(real)) warn(link.file, `${to}, a folder read already${asRead(real, folders.get(real)!)}; not followed`);
      else walk(link.file, real, link.names);
    } else if (isSeedName(name)) {
      // A link to something other than a file (a device, a pipe) is listed, and refused by readSeed.
      if (stat.isFile()) addFile(link.file, real, link.names, true);
      else found.push({ file: link.file, names: link.names });
    }
  }
  return { files: found.sort((a, b) => byNames(a.names, b.names)).map((f) => f.file), diagnostics };
}

/** What a symbolic link says it points at, as written. */
function readLink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return '?';
  }
}

/** The seed files of a folder (recursively), in a stable order (see `findSeeds`). */
export function listSeeds(seedsDir: string): string[] {
  return findSeeds(seedsDir).files;
}

export interface BuildResult {
  readonly model: SiteModel;
  /** Warnings (errors throw); the conversion review's come while the pages are made (see ConversionReview). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and ingests every seed; throws BuildError (with every message) when any seed has an error. */
export function buildSite(seedsDir: string, options: Partial<SiteOptions> = {}): BuildResult {
  if (!fs.existsSync(seedsDir)) throw new BuildError([{ severity: 'error', file: seedsDir, reason: 'the seeds folder does not exist' }]);
  if (!fs.statSync(seedsDir).isDirectory()) throw new BuildError([{ severity: 'error', file: seedsDir, reason: 'the seeds folder is a file, not a folder (give --seeds the folder that holds the seeds)' }]);
  const files: VFile[] = [];
  const articles: Article[] = [];
  const listing = findSeeds(seedsDir);
  for (const file of listing.files) {
    const seed = readSeed(shownPath(file));
    articles.push(...ingestSeed(seed));
    files.push(seed.file);
  }
  const unique = settleBriefs(articles);
  const config = readSiteConfig(seedsDir);
  const glossary = loadGlossary(seedsDir);
  const diagnostics: Diagnostic[] = [
    ...listing.diagnostics,
    ...config.diagnostics,
    ...glossary.problems.map((p) => ({ severity: 'error' as const, file: p.file, ...(p.line ? { line: p.line, ...(p.column ? { column: p.column } : {}) } : {}), reason: p.reason })),
    ...diagnosticsOf(files),
    ...corpusChecks(unique),
  ];
  if (files.length === 0) diagnostics.push({ severity: 'error', file: seedsDir, reason: 'no seed files (.txt, .md) found' });
  if (diagnostics.some((d) => d.severity === 'error')) throw new BuildError(diagnostics);
  const linked = linkCorpus(unique, { glossary: glossary.glossary });
  const timeline = extractEvents(linked.articles, linked.entities);
  const related = relatedArticles(timeline.articles, linked.entities, timeline.events);
  const converter = createConverter({ glossary: glossary.glossary, names: collectNames(timeline.articles, { entities: linked.entities }) });
  setDefaultConverter(converter);
  const unsearched: Record<string, readonly string[]> = {};
  for (const article of timeline.articles) {
    const left = unsearchedParts(article);
    if (left.ids.length) unsearched[article.id] = left.ids;
    diagnostics.push(...left.diagnostics);
  }
  return {
    model: {
      options: { ...DEFAULT_OPTIONS, ...config.options, ...options },
      articles: timeline.articles,
      entities: linked.entities,
      events: timeline.events,
      related,
      unsearched,
    },
    diagnostics,
  };
}

/** Two articles the author named (not briefs, which are made unique in `settleBriefs`) with one slug. */
function corpusChecks(articles: readonly Article[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const bySlug = new Map<string, Article>();
  for (const article of articles) {
    const other = bySlug.get(article.slug);
    if (other) {
      out.push({
        severity: 'error',
        file: article.file,
        line: article.slugLine,
        column: 1,
        reason: `slug "${article.slug}" of "${article.title}" is already used by "${other.title}" (${other.file}:${other.slugLine}); set a different \`slug:\` in front matter`,
      });
    } else bySlug.set(article.slug, article);
  }
  return out;
}

/**
 * Briefs are made from the teasers under 更多, which reports from one site
 * repeat and which often announce reports that are seeds too. A brief whose
 * slug is taken by an article or brief with the same title (in either script)
 * says nothing that one does not, and is left out; one whose slug is taken by
 * another title gets the slug with -2, -3, … appended.
 */
function settleBriefs(articles: readonly Article[]): Article[] {
  const named = new Map<string, Article>();
  for (const a of articles) if (a.kind !== 'brief' && !named.has(a.slug)) named.set(a.slug, a);
  const taken = new Set(named.keys());
  const briefs = new Map<string, Article>();
  const out: Article[] = [];
  for (const a of articles) {
    if (a.kind !== 'brief') {
      out.push(a);
      continue;
    }
    const same = [named.get(a.slug), briefs.get(a.slug)].some((o) => o && sameInScript(o.title, a.title));
    if (same) continue;
    if (!taken.has(a.slug)) {
      taken.add(a.slug);
      briefs.set(a.slug, a);
      out.push(a);
      continue;
    }
    const slug = uniqueId(a.slug, taken) as Slug;
    briefs.set(slug, a);
    out.push({ ...a, id: slug, slug });
  }
  return out;
}
