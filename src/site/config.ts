/**
 * The site's own settings, from `site.yaml` in the seeds folder (optional):
 *
 *   title: 俄越關係知識站        # written once, converted per variant
 *   url: https://example.org/ru-vn/   # where the site is published: canonical links, sitemap, feeds
 *   variants: [zh-Hant, zh-Hans, zh-TW]  # pages to build (zh-Hant, zh-Hans, zh-TW, zh-HK); default the first two
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar } from 'yaml';
import { z } from 'zod';
import { readYaml, type YamlFile } from '../ingest/yaml.ts';
import { MAX_TITLE_LENGTH, text, unknownKeyReason } from '../ingest/seed.ts';
import type { SiteOptions } from '../model/index.ts';
import type { Diagnostic } from './diagnostics.ts';

export const CONFIG_FILE = 'site.yaml';

const SiteConfigSchema = z
  .object({
    title: text({ length: MAX_TITLE_LENGTH, message: `the site's title has at most ${MAX_TITLE_LENGTH} characters, as an article's title has; shorten it` }).optional(),
    variants: z
      .array(z.enum(['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK']))
      .min(1)
      .refine((v) => new Set(v).size === v.length, 'each variant once')
      .optional(),
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'url must start with http:// or https://')
      .transform((u) => (u.endsWith('/') ? u : `${u}/`))
      .optional(),
  })
  .strict();

const KNOWN_KEYS = Object.keys(SiteConfigSchema.shape);

/** Without the site's address, crawlers cannot use the sitemap; the build says so once, at the file, or at the seeds folder when there is none. */
const noUrl = (file: string, exists: boolean): Diagnostic => ({
  severity: 'warning',
  file: exists ? file : path.dirname(file),
  reason: `${exists ? `no \`url:\` in ${CONFIG_FILE}` : `no ${CONFIG_FILE}`}: pages have no canonical URL and sitemap.xml lists relative paths, which search engines ignore; ${exists ? 'set' : `create ${CONFIG_FILE} here with \`url:\` set to`} the address the site will be published at`,
});

export function readSiteConfig(seedsDir: string): { options: Partial<SiteOptions>; diagnostics: Diagnostic[] } {
  const file = path.join(seedsDir, CONFIG_FILE);
  if (!fs.existsSync(file)) return { options: {}, diagnostics: [noUrl(file, false)] };
  const yaml = readYaml(fs.readFileSync(file, 'utf8'), file);
  if (yaml.problems.length) {
    return { options: {}, diagnostics: yaml.problems.map((p) => ({ severity: 'error' as const, file, line: p.line ?? 1, column: p.column ?? 1, reason: `malformed ${CONFIG_FILE}: ${p.reason}` })) };
  }
  const result = SiteConfigSchema.safeParse(yaml.doc.toJS() ?? {});
  if (!result.success) {
    const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ severity: 'error', file, ...placeOfKey(yaml, issue.path, key), reason: `${CONFIG_FILE}: ${unknownKeyReason(key, KNOWN_KEYS, CONFIG_FILE)}` }));
      }
      return [{ severity: 'error', file, ...placeAt(yaml, issue.path), reason: `${CONFIG_FILE} \`${issue.path.join('.') || '(root)'}\`: ${issue.message}` }];
    });
    return { options: {}, diagnostics: diagnostics.sort((a, b) => a.line! - b.line! || a.column! - b.column!) };
  }
  const { title, url, variants } = result.data;
  return {
    options: { ...(title ? { title } : {}), ...(url ? { siteUrl: url } : {}), ...(variants ? { variants } : {}) },
    diagnostics: url ? [] : [noUrl(file, true)],
  };
}

/** The place of the value at `at` (of the nearest enclosing value the file has), or the file's start. */
function placeAt(yaml: YamlFile, at: readonly PropertyKey[]): { line: number; column: number } {
  for (let n = at.length; n >= 0; n--) {
    const node: unknown = n === 0 ? yaml.doc.contents : yaml.doc.getIn(at.slice(0, n), true);
    const place = yaml.placeOf(node);
    if (place) return place;
  }
  return { line: 1, column: 1 };
}

/** The place of key `key` of the mapping at `at`. */
function placeOfKey(yaml: YamlFile, at: readonly PropertyKey[], key: string): { line: number; column: number } {
  const map: unknown = at.length ? yaml.doc.getIn(at, true) : yaml.doc.contents;
  const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
  return yaml.placeOf(pair?.key) ?? placeAt(yaml, at);
}
