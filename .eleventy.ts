/**
 * Eleventy wiring only: the site data comes from src/site, the templates from
 * templates/, static assets from public/. SEEDS_DIR chooses another seeds folder.
 */
import { loadSite } from './src/site/load.ts';
import { relativeHref } from './src/site/urls.ts';

interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addGlobalData(name: string, data: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(path: string): void;
  setServerOptions(options: Record<string, unknown>): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addGlobalData('site', () => loadSite(seedsDir).pages);
  eleventyConfig.addFilter('rel', (to: string, from: string) => relativeHref(from, to));
  eleventyConfig.addFilter('json', (value: unknown) => JSON.stringify(value));
  eleventyConfig.addPassthroughCopy({ public: '/' });
  eleventyConfig.addWatchTarget(seedsDir);
  eleventyConfig.addWatchTarget('src/');
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
