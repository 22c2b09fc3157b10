import { customPinyin, pinyin } from 'pinyin-pro';
import { scriptKey } from '../convert/index.ts';
import type { Slug } from '../model/index.ts';
import type { Seed } from './seed.ts';

// Words pinyin-pro segments wrongly in our texts (举行会谈 → ju hang hui tan).
customPinyin({ 举行: 'jǔ xíng' });

/**
 * An ASCII, lower-case, hyphenated slug for Chinese or mixed text: Han
 * characters become toneless pinyin syllables, other letters and digits are
 * kept. The same text in either script gives the same slug.
 */
export function slugify(text: string, maxLength = 60): string {
  // The same few texts (section headings, topics, teaser headlines) come again and again.
  const key = `${maxLength}\0${text}`;
  let slug = slugs.get(key);
  if (slug === undefined) {
    if (slugs.size >= MEMO_ENTRIES) slugs.clear();
    slugs.set(key, (slug = makeSlug(text, maxLength)));
  }
  return slug;
}

const MEMO_ENTRIES = 50_000;
const slugs = new Map<string, string>();

function makeSlug(text: string, maxLength: number): string {
  const syllables = pinyin(scriptKey(text), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug.slice(0, maxLength);
}

/**
 * `index` names each folder's list page (articles/index.html,
 * entities/index.html, …): a page of one thing whose slug would be `index`
 * gets `index-KIND` instead.
 */
export function clearOfIndex(slug: string, kind: string): string {
  return slug === 'index' ? `index-${kind}` : slug;
}

/**
 * An article's slug and the file line it comes from: front matter `slug:`,
 * else the pinyin of its title (set by `title:`, or found in the text at
 * `titleLine`), of the file name, or `fallback`; never `index`.
 */
export function articleSlug(seed: Seed, title: string, titleLine: number | undefined, fallback: string, maxLength?: number): { slug: Slug; line: number } {
  if (seed.meta.slug) return { slug: seed.meta.slug as Slug, line: seed.metaLines.slug ?? 1 };
  const fromTitle = slugify(title, maxLength);
  const slug = clearOfIndex(fromTitle || slugify(seed.id, maxLength) || fallback, 'article') as Slug;
  return { slug, line: (fromTitle ? (seed.metaLines.title ?? titleLine) : undefined) ?? 1 };
}

/** Makes `base` unique among `taken` by appending -2, -3, …; records the result. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}
