/**
 * The site's own settings, from `site.yaml` in the seeds folder (optional):
 *
 *   title: 俄越關係知識站        # written once, converted per variant
 *   url: https://example.org/ru-vn/   # where the site is published: canonical links, sitemap, feeds
 *   variants: [zh-Hant, zh-Hans, zh-TW]  # pages to build (zh-Hant, zh-Hans, zh-TW, zh-HK); default the first two
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { SiteOptions } from '../model/index.ts';
import type { Diagnostic } from './diagnostics.ts';

export const CONFIG_FILE = 'site.yaml';

const SiteConfigSchema = z
  .object({
    title: z.string().min(1).optional(),
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

/** Without the site's address, crawlers cannot use the sitemap; the build says so once. */
const noUrl = (file: string): Diagnostic => ({
  severity: 'warning',
  file,
  reason: `no \`url:\` in ${CONFIG_FILE}: pages have no canonical URL and sitemap.xml lists relative paths, which search engines ignore; set the address the site will be published at`,
});

export function readSiteConfig(seedsDir: string): { options: Partial<SiteOptions>; diagnostics: Diagnostic[] } {
  const file = path.join(seedsDir, CONFIG_FILE);
  if (!fs.existsSync(file)) return { options: {}, diagnostics: [noUrl(file)] };
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return { options: {}, diagnostics: [{ severity: 'error', file, ...(line ? { line } : {}), reason: `malformed ${CONFIG_FILE}: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = SiteConfigSchema.safeParse(data);
  if (!result.success) {
    return {
      options: {},
      diagnostics: result.error.issues.map((i) => ({ severity: 'error' as const, file, reason: `${CONFIG_FILE} \`${i.path.join('.') || '(root)'}\`: ${i.message}` })),
    };
  }
  const { title, url, variants } = result.data;
  return {
    options: { ...(title ? { title } : {}), ...(url ? { siteUrl: url } : {}), ...(variants ? { variants } : {}) },
    diagnostics: url ? [] : [noUrl(file)],
  };
}
