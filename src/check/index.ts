/**
 * Post-build checks over a built site folder: links and anchors, HTML
 * validity, both scripts, raw markup in visible text, Content-Security-Policy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkArtefacts } from './artefacts.ts';
import { checkCsp } from './csp.ts';
import { checkLinks } from './links.ts';
import { parsePage, type Page } from './page.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkHtml } from './validate.ts';
import { checkVariants } from './variants.ts';

export { formatProblem, type Problem } from './problem.ts';

export interface CheckOptions {
  /** Report pages without a Content-Security-Policy meta tag (default true). */
  readonly requireCsp?: boolean;
}

/** Every file under dir, as sorted paths with `/` separators; symbolic links are reported, not followed. */
function listFiles(dir: string, problems: Problem[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) problems.push({ file: child, rule: 'link', message: 'symbolic link in the site folder' });
      else if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export async function checkSite(dir: string, options: CheckOptions = {}): Promise<Problem[]> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [{ file: dir, rule: 'link', message: 'no built site folder here' }];
  const problems: Problem[] = [];
  const files = listFiles(dir, problems);
  const pages = new Map<string, Page>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, parsePage(file, fs.readFileSync(path.join(dir, file), 'utf8')));
  const site = { files: new Set(files), pages };
  if (!site.files.has('index.html')) problems.push({ file: 'index.html', rule: 'link', message: 'the site has no index.html' });
  problems.push(...checkVariants(site.files));
  for (const page of pages.values()) {
    problems.push(...checkLinks(page, site), ...checkArtefacts(page), ...checkCsp(page, options.requireCsp ?? true), ...(await checkHtml(page)));
  }
  return problems.sort(compareProblems);
}
