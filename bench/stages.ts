/**
 * Bench-only harness: the stages of buildSite and sitePages timed one by one
 * (same calls, same order as src/site/build.ts), to find where a build's time goes.
 *
 *   npx tsx bench/stages.ts SEEDS_DIR
 */
import path from 'node:path';
import { ingestSeed, readSeed } from '../src/ingest/index.ts';
import { linkCorpus, relatedArticles } from '../src/link/index.ts';
import { collectEntities } from '../src/link/entities.ts';
import { findMentions } from '../src/link/mentions.ts';
import { extractEvents } from '../src/timeline/events.ts';
import { collectNames, ConversionReview, convertArticle, createConverter, loadGlossary, setDefaultConverter } from '../src/convert/index.ts';
import { listSeeds, buildSite } from '../src/site/build.ts';
import { sitePages, summaryOf } from '../src/site/pages.ts';
import { timelinePages } from '../src/site/timeline-pages.ts';
import { entityPages } from '../src/site/entity-pages.ts';
import { dataFiles } from '../src/site/export.ts';
import type { Article } from '../src/model/index.ts';

const dir = process.argv[2] ?? 'seeds';
const times: [string, number][] = [];
function time<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const v = fn();
  times.push([label, performance.now() - t0]);
  return v;
}

const files = listSeeds(dir);
const articles: Article[] = time('read + ingest', () => files.flatMap((f) => ingestSeed(readSeed(path.relative(process.cwd(), f)))));
const drafts = time('  collectEntities (kinds)', () => collectEntities(articles));
time('  findMentions', () => findMentions(articles, drafts));
const linked = time('linkCorpus (all)', () => linkCorpus(articles));
const timeline = time('extractEvents', () => extractEvents(linked.articles, linked.entities));
time('relatedArticles', () => relatedArticles(timeline.articles, linked.entities, timeline.events));
const glossary = loadGlossary(dir);
const names = time('collectNames', () => collectNames(timeline.articles, { entities: linked.entities }));
const converter = time('createConverter', () => createConverter({ glossary: glossary.glossary, names }));
setDefaultConverter(converter);
const { model } = time('buildSite (whole, again)', () => buildSite(dir));
time('convertArticle ×2 variants', () => model.options.variants.map((v) => model.articles.map((a) => convertArticle(a, v))));
time('  the same with the conversion review', () => {
  const review = new ConversionReview();
  return model.options.variants.map((v) => model.articles.map((a) => convertArticle(a, v, converter, review)));
});
const refs = time('  article summaries (one variant)', () => new Map(model.articles.map((a) => [a.id, summaryOf(a, 'zh-Hant')])));
time('  timelinePages (one variant)', () => [...timelinePages(model, 'zh-Hant', refs).pages]);
time('  entityPages (one variant)', () => {
  const { pages, indexes } = entityPages(model, 'zh-Hant', refs);
  return [...pages, ...indexes];
});
time('  dataFiles', () => dataFiles(model));
const pages = time('sitePages (whole)', () => sitePages(model));
console.log(`${files.length} seeds, ${model.articles.length} articles, ${model.entities.length} entities (${model.entities.filter((e) => e.hasPage).length} with a page), ${model.events.length} events`);
console.log(`pages: ${pages.articles.length} article, ${pages.entities.length} entity, ${pages.timelines.length} timeline`);
const json = time('JSON size of page data', () => JSON.stringify(pages).length);
console.log(`page data: ${(json / 1e6).toFixed(1)} MB as JSON`);
for (const [label, ms] of times) console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms`);
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB`);
