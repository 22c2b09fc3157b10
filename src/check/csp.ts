/**
 * Content-Security-Policy from a page's `<meta http-equiv>`: present (when
 * required), placed before anything it governs, and satisfied by the page's
 * own resources, inline scripts, inline styles and event handlers.
 */
import type { Element } from 'hast';
import { at, type Page } from './page.ts';
import type { Problem } from './problem.ts';

type Policy = ReadonlyMap<string, readonly string[]>;

const FALLBACK: Readonly<Record<string, readonly string[]>> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'img-src': ['default-src'],
  'media-src': ['default-src'],
  'font-src': ['default-src'],
  'frame-src': ['child-src', 'default-src'],
  'object-src': ['default-src'],
  'manifest-src': ['default-src'],
  // form-action and base-uri have no fallback.
};

/** Directives a `<meta>` policy cannot carry. */
const META_IGNORED = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function parsePolicy(content: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function sourcesFor(policy: Policy, directive: string): readonly string[] | undefined {
  for (const name of [directive, ...(FALLBACK[directive] ?? [])]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}

/** Whether a URL (as written in the page) is allowed by a source list. */
export function allows(sources: readonly string[] | undefined, raw: string): boolean {
  if (!sources) return true;
  const list = sources.map((s) => s.toLowerCase());
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(raw.trim())?.[1]?.toLowerCase();
  if (!scheme && !raw.trim().startsWith('//')) return list.includes("'self'") || list.includes('*');
  let url: URL;
  try {
    url = new URL(raw.trim(), 'https://self.invalid/');
  } catch {
    return false;
  }
  return list.some((source) => {
    if (source === '*') return url.protocol === 'http:' || url.protocol === 'https:';
    if (/^[a-z][a-z0-9+.-]*:$/.test(source)) return url.protocol === source || (source === 'http:' && url.protocol === 'https:');
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(\/.*)?$/.exec(source);
    if (!m) return false;
    const [, sourceScheme, host, , sourcePath] = m;
    if (sourceScheme && `${sourceScheme}:` !== url.protocol && !(sourceScheme === 'http' && url.protocol === 'https:')) return false;
    if (!sourceScheme && url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    if (!hostMatches(host!, url.hostname)) return false;
    if (!sourcePath || sourcePath === '/') return true;
    return sourcePath.endsWith('/') ? url.pathname.startsWith(sourcePath) : decodeURIComponent(url.pathname) === decodeURIComponent(sourcePath);
  });
}

function allowsInline(sources: readonly string[] | undefined, nonce?: string): boolean {
  if (!sources) return true;
  if (nonce && sources.includes(`'nonce-${nonce}'`)) return true;
  const strict = sources.some((s) => /^'(nonce-|sha(256|384|512)-|strict-dynamic)/.test(s));
  return !strict && sources.includes("'unsafe-inline'");
}

function str(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function policyOf(page: Page): { element: Element; content: string } | undefined {
  for (const el of page.elements) {
    if (el.tagName === 'meta' && str(el.properties.httpEquiv)?.toLowerCase() === 'content-security-policy') {
      return { element: el, content: str(el.properties.content) ?? '' };
    }
  }
  return undefined;
}

/** A script the browser runs; data blocks such as application/ld+json are not. */
export function isExecutable(script: Element): boolean {
  const type = str(script.properties.type)?.trim().toLowerCase() ?? '';
  return type === '' || type === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma|j|live)script/.test(type);
}

/** What an element fetches or runs: [directive, URL or undefined for inline, description]. */
function demands(el: Element): [string, string | undefined, string][] {
  const p = el.properties;
  const out: [string, string | undefined, string][] = [];
  const src = str(p.src);
  const rel = str(p.rel)?.toLowerCase().split(/\s+/) ?? [];
  switch (el.tagName) {
    case 'script':
      if (isExecutable(el)) out.push(['script-src-elem', src, src ? `script ${src}` : 'an inline <script>']);
      break;
    case 'style':
      out.push(['style-src-elem', undefined, 'an inline <style>']);
      break;
    case 'link': {
      const href = str(p.href);
      if (href && rel.includes('stylesheet')) out.push(['style-src-elem', href, `stylesheet ${href}`]);
      if (href && rel.some((r) => r === 'icon' || r === 'apple-touch-icon')) out.push(['img-src', href, `icon ${href}`]);
      if (href && rel.includes('manifest')) out.push(['manifest-src', href, `manifest ${href}`]);
      break;
    }
    case 'img':
      if (src) out.push(['img-src', src, `image ${src}`]);
      break;
    case 'iframe':
    case 'frame':
      if (src) out.push(['frame-src', src, `frame ${src}`]);
      break;
    case 'object':
    case 'embed': {
      const data = str(p.data) ?? src;
      if (data) out.push(['object-src', data, `${el.tagName} ${data}`]);
      break;
    }
    case 'video':
    case 'audio':
    case 'source':
    case 'track':
      if (src) out.push(['media-src', src, `media ${src}`]);
      break;
    case 'form': {
      const action = str(p.action);
      if (action) out.push(['form-action', action, `form action ${action}`]);
      break;
    }
    case 'base': {
      const href = str(p.href);
      if (href) out.push(['base-uri', href, `<base href="${href}">`]);
      break;
    }
  }
  if (p.style !== undefined) out.push(['style-src-attr', undefined, 'a style attribute']);
  for (const key of Object.keys(p)) if (/^on[A-Z]/.test(key)) out.push(['script-src-attr', undefined, `an inline ${key.toLowerCase()} handler`]);
  return out;
}

export function checkCsp(page: Page, required: boolean): Problem[] {
  const found = policyOf(page);
  const problem = (where: { line?: number; column?: number }, message: string): Problem => ({ file: page.path, ...where, rule: 'csp', message });
  if (!found) return required ? [problem({ line: 1, column: 1 }, 'no Content-Security-Policy <meta http-equiv> in <head>')] : [];
  const out: Problem[] = [];
  const policy = parsePolicy(found.content);
  for (const name of policy.keys()) if (META_IGNORED.has(name)) out.push(problem(at(found.element), `CSP directive ${name} is ignored in a <meta> policy`));
  const metaIndex = page.elements.indexOf(found.element);
  for (const [index, el] of page.elements.entries()) {
    for (const [directive, url, what] of demands(el)) {
      const sources = sourcesFor(policy, directive);
      const nonce = str(el.properties.nonce);
      const ok = url === undefined ? allowsInline(sources, nonce) : allows(sources, url);
      if (!ok) out.push(problem(at(el), `${what} is blocked by the page's Content-Security-Policy (${directive})`));
      else if (index < metaIndex && directive !== 'base-uri') out.push(problem(at(el), `${what} comes before the Content-Security-Policy <meta>, which must come first`));
    }
  }
  return out;
}
