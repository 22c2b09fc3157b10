/**
 * The site data handed to Eleventy, built once per set of seed contents: the
 * build command and Eleventy's data step share one build, and the dev server
 * rebuilds only when a seed changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GLOSSARY_FILES } from '../convert/index.ts';
import { CONFIG_FILE } from './config.ts';
import type { SiteOptions } from '../model/index.ts';
import { buildSite, listSeeds } from './build.ts';
import type { Diagnostic } from './diagnostics.ts';
import { sitePages, type SitePages } from './pages.ts';

export interface LoadedSite {
  readonly pages: SitePages;
  readonly diagnostics: readonly Diagnostic[];
}

let cached: { key: string; site: LoadedSite } | undefined;

function fingerprint(seedsDir: string, options: Partial<SiteOptions>): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(options));
  if (fs.existsSync(seedsDir)) {
    const glossaries = GLOSSARY_FILES.map((n) => path.join(seedsDir, n)).filter((f) => fs.existsSync(f));
    for (const file of [...listSeeds(seedsDir), ...glossaries, path.join(seedsDir, CONFIG_FILE)]) {
      hash.update(file).update('\0');
      if (isFile(file)) hash.update(fs.readFileSync(file));
      hash.update('\0');
    }
  }
  return `${seedsDir}\0${hash.digest('hex')}`;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function loadSite(seedsDir: string, options: Partial<SiteOptions> = {}): LoadedSite {
  const key = fingerprint(seedsDir, options);
  if (cached?.key === key) return cached.site;
  const { model, diagnostics } = buildSite(seedsDir, options);
  const site = { pages: sitePages(model), diagnostics };
  cached = { key, site };
  return site;
}
