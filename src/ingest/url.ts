import type { SafeUrl } from '../model/index.ts';

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL when it is absolute and uses an allowed scheme (http, https,
 * mailto); undefined otherwise. `javascript:`, `data:`, `vbscript:`, relative
 * paths and anything unparsable are refused.
 */
export function safeUrl(raw: string): SafeUrl | undefined {
  const trimmed = raw.trim();
  // Control characters and whitespace inside a URL are never legitimate here.
  // eslint-disable-next-line no-control-regex
  if (trimmed === '' || /[\u0000-\u001f\u007f\s]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(url.protocol)) return undefined;
  return url.href as SafeUrl;
}

/** Half of a surrogate pair without its other half: no character, though a string (not a file) can hold one. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** The text with each lone surrogate as U+FFFD, so that encodeURIComponent cannot throw on it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATES, '\ufffd');
}

/** A wiki title as a URL path segment. */
export function encodeTitle(title: string): string {
  return encodeURIComponent(wellFormed(title).replace(/ /g, '_')).replace(/%3A/g, ':');
}
