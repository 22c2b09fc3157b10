/**
 * buildSite: the one module that knows the order of the stages.
 *
 *   seeds/** → readSeed → ingestSeed → (checks across the corpus) → SiteModel
 *
 * Rendering per variant happens afterwards, in pages.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { ingestSeed, readSeed } from '../ingest/index.ts';
import type { Article, SiteModel, SiteOptions } from '../model/index.ts';
import { VARIANTS } from '../model/index.ts';
import { BuildError, diagnosticsOf, type Diagnostic } from './diagnostics.ts';

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
  const diagnostics = [...diagnosticsOf(files), ...corpusChecks(unique)];
  if (files.length === 0) diagnostics.push({ severity: 'error', file: seedsDir, reason: 'no seed files (.txt, .md) found' });
  if (diagnostics.some((d) => d.severity === 'error')) throw new BuildError(diagnostics);
  return { model: { options: { ...DEFAULT_OPTIONS, ...options }, articles: unique }, diagnostics };
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
        reason: `slug "${article.slug}" of "${article.title}" is already used by "${other.title}" (${other.file}); set a different \`slug:\` in front matter`,
      });
    } else bySlug.set(article.slug, article);
  }
  return out;
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
