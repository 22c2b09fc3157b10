/**
 * Every URL in a page: external ones must use a safe scheme; internal ones
 * must be relative, stay inside the site folder, and name a file (and, with a
 * `#fragment`, an id in it) that exists.
 */
import path from 'node:path/posix';
import type { Page, UrlRef } from './page.ts';
import type { Problem } from './problem.ts';

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export interface SiteIndex {
  /** Every file in the site, as paths with `/` separators. */
  readonly files: ReadonlySet<string>;
  readonly pages: ReadonlyMap<string, Page>;
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function checkUrl(page: Page, ref: UrlRef, site: SiteIndex): string | undefined {
  const url = ref.url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) return EXTERNAL_SCHEMES.has(scheme) ? undefined : `unsafe or unsupported URL scheme in ${ref.element} ${ref.attribute}: ${JSON.stringify(url.slice(0, 80))}`;
  if (url.startsWith('//')) return undefined;
  if (url.startsWith('/') || url.startsWith('\\')) return `root-relative ${ref.attribute} ${JSON.stringify(url)} breaks when the site is served under a sub-path; make it relative`;
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? undefined : url.slice(hashAt + 1);
  const rawPath = beforeHash.replace(/\?.*$/, '');
  const target = decode(rawPath);
  if (target === undefined) return `malformed percent-encoding in ${ref.attribute} ${JSON.stringify(url)}`;
  let file = page.path;
  if (target !== '') {
    const resolved = path.normalize(path.join(path.dirname(page.path), target));
    if (resolved === '..' || resolved.startsWith('../') || path.isAbsolute(resolved)) return `${ref.attribute} ${JSON.stringify(url)} points outside the site folder`;
    file = resolved === '.' || target.endsWith('/') || site.files.has(`${resolved}/index.html`) ? path.join(resolved, 'index.html') : resolved;
    if (!site.files.has(file)) return `broken link: ${ref.attribute} ${JSON.stringify(url)} (no file ${file})`;
  }
  if (fragment === undefined) return undefined;
  if (fragment === '') return `${ref.attribute} ${JSON.stringify(url)} has an empty fragment`;
  const id = decode(fragment);
  const targetPage = site.pages.get(file);
  if (!targetPage) return `${ref.attribute} ${JSON.stringify(url)}: #${fragment} points into ${file}, which is not an HTML page`;
  if (id === undefined || !targetPage.ids.has(id)) return `broken anchor: ${ref.attribute} ${JSON.stringify(url)} (no id "${id ?? fragment}" in ${file})`;
  return undefined;
}

export function checkLinks(page: Page, site: SiteIndex): Problem[] {
  const out: Problem[] = [];
  for (const ref of page.urls) {
    const message = checkUrl(page, ref, site);
    if (message) out.push({ file: page.path, ...(ref.line ? { line: ref.line, column: ref.column } : {}), rule: 'link', message });
  }
  return out;
}
