/**
 * Eleventy wiring only: the site data comes from src/site, the templates from
 * templates/ (rendered by the Nunjucks environment of src/site/templates.ts),
 * static assets from public/. SEEDS_DIR chooses another seeds folder.
 */
import { loadSite } from './src/site/load.ts';
import { compileTemplate, INCLUDES_DIR, TEMPLATES_DIR, templateEnvironment } from './src/site/templates.ts';

interface EleventyConfig {
  setLibrary(name: string, library: unknown): void;
  addExtension(extension: string, options: Record<string, unknown>): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(path: string): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
  const env = templateEnvironment(TEMPLATES_DIR);
  eleventyConfig.setLibrary('njk', env);
  eleventyConfig.addExtension('njk', {
    compileOptions: { cache: true },
    compile: (source: string, inputPath: string) => compileTemplate(env, source, inputPath),
  });
  eleventyConfig.addGlobalData('site', () => loadSite(seedsDir).pages);
  eleventyConfig.addPassthroughCopy({ public: '/' });
  eleventyConfig.addWatchTarget(seedsDir);
  eleventyConfig.addWatchTarget('src/');
  return {
    dir: { input: TEMPLATES_DIR, includes: INCLUDES_DIR, data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
