/**
 * The Nunjucks environment the templates render with: autoescape on, unknown
 * variables are errors, and each template is compiled once per build.
 *
 * Eleventy's own Nunjucks engine compiles a template again for every page it
 * renders (it marks Nunjucks output as not cacheable); for paginated templates
 * that is one compile per article, entity or timeline page. `compileTemplate`
 * is registered for `.njk` (see .eleventy.ts) so that Eleventy caches the
 * compiled template per file, and `{% include %}`s come from the
 * environment's own cache.
 */
import nunjucks from 'nunjucks';
import path from 'node:path';
import { relativeHref } from './urls.ts';

export const TEMPLATES_DIR = 'templates';
export const INCLUDES_DIR = '_includes';

export function templateEnvironment(dir = TEMPLATES_DIR): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(dir, INCLUDES_DIR)), {
    autoescape: true,
    throwOnUndefined: true,
  });
  env.addFilter('rel', (to: string, from: string) => relativeHref(from, to));
  return env;
}

export type RenderFunction = (data: object) => Promise<string>;

/** Compiles a template's source once; the function renders it with each page's data. */
export function compileTemplate(env: nunjucks.Environment, source: string, inputPath: string): RenderFunction {
  const template = new nunjucks.Template(source, env, inputPath, true);
  return (data) =>
    new Promise((resolve, reject) => template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? ''))));
}
