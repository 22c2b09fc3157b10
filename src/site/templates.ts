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

/**
 * Nunjucks' `Frame.set` splits every name on `.` (to allow `{% set a.b = … %}`),
 * and every loop iteration sets seven `loop.*` names: on the timeline and
 * entity pages that split was the largest single cost of rendering. The same
 * method, with each name split once.
 */
function cacheFrameNames(): void {
  const frame = (nunjucks.runtime as unknown as { Frame: { prototype: FrameLike & { cachedNames?: true } } }).Frame.prototype;
  if (frame.cachedNames) return;
  const split = new Map<string, string[]>();
  frame.set = function (this: FrameLike, name: string, value: unknown, resolveUp?: boolean): void {
    let parts = split.get(name);
    if (!parts) split.set(name, (parts = name.split('.')));
    if (resolveUp) {
      const owner = this.resolve(parts[0]!, true);
      if (owner) {
        owner.set(name, value);
        return;
      }
    }
    let target = this.variables;
    for (let i = 0; i < parts.length - 1; i++) {
      if (!target[parts[i]!]) target[parts[i]!] = {};
      target = target[parts[i]!] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = value;
  };
  frame.cachedNames = true;
}

interface FrameLike {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): FrameLike | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

export const TEMPLATES_DIR = 'templates';
export const INCLUDES_DIR = '_includes';

export function templateEnvironment(dir = TEMPLATES_DIR): nunjucks.Environment {
  cacheFrameNames();
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
