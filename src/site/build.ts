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
import type { Article, SiteModel, SiteOptions } from '../model/index.ts';
import { VARIANTS } from '../model/index.ts';
import { linkCorpus, relatedArticles } from '../link/index.ts';
import { extractEvents } from '../timeline/events.ts';
import { collectNames, createConverter, loadGlossary, reviewConversion, setDefaultConverter } from '../convert/index.ts';
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
  const files: VFile[] = [];
  const articles: Article[] = [];
  for (const file of listSeeds(seedsDir)) {
    const relative = path.relative(process.cwd(), file);
    const seed = readSeed(relative && !relative.startsWith('..') ? relative : file);
    articles.push(...ingestSeed(seed));
    files.push(seed.file);
  }
  const unique = dedupeBriefs(articles);
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

function corpusChecks(articles: readonly Article[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const bySlug = new Map<string, Article>();
  for (const article of articles) {
    const other = bySlug.get(article.slug);
    if (other) {
      out.push({
        severity: 'error',
        file: article.file,
        line: slugLine(article.file),
        column: 1,
        reason: `slug "${article.slug}" of "${article.title}" is already used by "${other.title}" (${other.file}); set a different \`slug:\` in front matter`,
      });
    } else bySlug.set(article.slug, article);
  }
  return out;
}

/** The line of a seed's `slug:` front matter, else 1. */
function slugLine(file: string): number {
  try {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    const at = lines.findIndex((l) => /^slug\s*:/.test(l));
    return at >= 0 ? at + 1 : 1;
  } catch {
    return 1;
  }
}

/**
 * Reports from one site repeat the same teasers under 更多: a brief seen again
 * (same slug and headline) is the same brief, kept once.
 */
function dedupeBriefs(articles: readonly Article[]): Article[] {
  const seen = new Map<string, string>();
  return articles.filter((a) => {
    if (a.kind !== 'brief') return true;
    if (seen.get(a.slug) === a.title) return false;
    seen.set(a.slug, a.title);
    return true;
  });
}
