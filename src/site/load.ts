/**
 * The site data handed to Eleventy, built once per set of seed contents: the
 * build command and Eleventy's data step share one build, and the dev server
 * rebuilds only when a seed changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
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
    for (const file of listSeeds(seedsDir)) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return `${seedsDir}\0${hash.digest('hex')}`;
}

export function loadSite(seedsDir: string, options: Partial<SiteOptions> = {}): LoadedSite {
  const key = fingerprint(seedsDir, options);
  if (cached?.key === key) return cached.site;
  const { model, diagnostics } = buildSite(seedsDir, options);
  const site = { pages: sitePages(model), diagnostics };
  cached = { key, site };
  return site;
}
