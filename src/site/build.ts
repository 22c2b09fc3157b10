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
import { collectNames, createConverter, loadGlossary, reviewConversion, sameInScript, setDefaultConverter } from '../convert/index.ts';
import { uniqueId } from '../ingest/slug.ts';
import { readSiteConfig } from './config.ts';
import { BuildError, diagnosticsOf, type Diagnostic } from './diagnostics.ts';
import { unsearchedParts } from './search-text.ts';

export const DEFAULT_OPTIONS: SiteOptions = Object.freeze({ variants: VARIANTS, title: '俄越關係知識站' });

const SEED_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/** The seed files of a folder (recursively), in a stable order. */
export function listSeeds(seedsDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SEED_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && entry.name.toLowerCase() !== 'readme.md') out.push(full);
    }
  };
  walk(seedsDir);
  return out;
}

export interface BuildResult {
  readonly model: SiteModel;
  /** Warnings (errors throw). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and ingests every seed; throws BuildError (with every message) when any seed has an error. */
export function buildSite(seedsDir: string, options: Partial<SiteOptions> = {}): BuildResult {
  if (!fs.existsSync(seedsDir)) throw new BuildError([{ severity: 'error', file: seedsDir, reason: 'the seeds folder does not exist' }]);
  if (!fs.statSync(seedsDir).isDirectory()) throw new BuildError([{ severity: 'error', file: seedsDir, reason: 'the seeds folder is a file, not a folder (give --seeds the folder that holds the seeds)' }]);
  const files: VFile[] = [];
  const articles: Article[] = [];
  for (const file of listSeeds(seedsDir)) {
    const relative = path.relative(process.cwd(), file);
    const seed = readSeed(relative && !relative.startsWith('..') ? relative : file);
    articles.push(...ingestSeed(seed));
    files.push(seed.file);
  }
  const unique = settleBriefs(articles);
  const config = readSiteConfig(seedsDir);
  const glossary = loadGlossary(seedsDir);
  const diagnostics: Diagnostic[] = [
    ...config.diagnostics,
    ...glossary.problems.map((p) => ({ severity: 'error' as const, file: p.file, ...(p.line ? { line: p.line } : {}), reason: p.reason })),
    ...diagnosticsOf(files),
    ...corpusChecks(unique),
  ];
  if (files.length === 0) diagnostics.push({ severity: 'error', file: seedsDir, reason: 'no seed files (.txt, .md) found' });
  if (diagnostics.some((d) => d.severity === 'error')) throw new BuildError(diagnostics);
  const linked = linkCorpus(unique);
  const timeline = extractEvents(linked.articles, linked.entities);
  const related = relatedArticles(timeline.articles, linked.entities, timeline.events);
  const converter = createConverter({ glossary: glossary.glossary, names: collectNames(timeline.articles, { entities: linked.entities }) });
  setDefaultConverter(converter);
  diagnostics.push(...timeline.articles.flatMap((a) => reviewConversion(a, converter)));
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
