/**
 * Eleventy wiring only: the page data comes from src/site (a chunk at a time,
 * set by the build in src/cli.ts), the templates from templates/ (rendered by
 * the Nunjucks environment of src/site/templates.ts), static assets from public/.
 */
import { currentPages } from './src/site/load.ts';
import { compileTemplate, INCLUDES_DIR, TEMPLATES_DIR, templateEnvironment } from './src/site/templates.ts';

interface EleventyConfig {
  setLibrary(name: string, library: unknown): void;
  addExtension(extension: string, options: Record<string, unknown>): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const env = templateEnvironment(TEMPLATES_DIR);
  eleventyConfig.setLibrary('njk', env);
  eleventyConfig.addExtension('njk', {
    compileOptions: { cache: true },
    compile: (source: string, inputPath: string) => compileTemplate(env, source, inputPath),
  });
  eleventyConfig.addGlobalData('site', () => currentPages());
  if (currentPages().root) eleventyConfig.addPassthroughCopy({ public: '/' });
  return {
    dir: { input: TEMPLATES_DIR, includes: INCLUDES_DIR, data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
