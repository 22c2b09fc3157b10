/**
 * News ingestion: a news page scraped to plain text (headline, editor's
 * note, lede, photo line, dateline, paragraphs, related headline, sign-off,
 * then teasers for other stories after 更多) → the report as a 'news' Article
 * followed by one 'brief' Article per teaser.
 */
import type { Article, Block, DateSpan } from '../../model/index.ts';
import { boundedTitle, seedMessage, seedPos, type Seed } from '../seed.ts';
import { articleSlug } from '../slug.ts';
import { summarise } from '../summary.ts';
import { sameInScript } from '../../convert/index.ts';
import { Anchors, figure, note, paragraph, related } from './blocks.ts';
import { briefArticle, groupTeasers } from './briefs.ts';
import { reportDate, yearFromSiblings } from './date-inference.ts';
import { captionRepeats } from './figure.ts';
import { isFurniture } from './furniture.ts';
import { readLines } from './lines.ts';
import { agencyNames, newsOptions, type NewsOptions } from './options.ts';
import { readReport, type Report } from './report.ts';
import { isMoreMarker, repeatsHeadline, segment } from './segment.ts';
import { newsSource } from './source.ts';

export { DEFAULT_NEWS_OPTIONS, type NewsOptions } from './options.ts';

/**
 * The report first, then its briefs. Input problems are recorded on
 * `seed.file` (fatal when there is no headline or no paragraph, or when the
 * text opens with 更多, in which case nothing is returned); this never throws
 * for bad input.
 */
export function ingestNews(seed: Seed, options: Partial<NewsOptions> = {}): Article[] {
  const opts = newsOptions(options);
  const publisher = seed.meta.publisher ?? opts.publisher;
  const agencies = agencyNames(opts, publisher);
  // Credit, share and copyright lines are page furniture wherever the scrape put them (see furniture.ts).
  const parts = segment(readLines(seed, opts).filter((l) => !isFurniture(l.text, agencies)), opts.moreMarkers);
  if (!parts) {
    seedMessage(seed, 'news seed has no text: expected a headline on the first line and paragraphs after it', 1, true);
    return [];
  }
  if (isMoreMarker(parts.headline.text, opts.moreMarkers)) {
    // Teasers alone are no report: they would make a report titled 更多, and a brief belongs to a report.
    const more = parts.headline.text;
    const reason = `news seed has no report: its text opens with ${more}, which starts the teasers for other stories; expected a headline on the first line and paragraphs before ${more}`;
    seedMessage(seed, reason, parts.headline.line, true);
    return [];
  }
  // The headline printed again above the report is dropped before the lede and the dateline are looked for.
  const reportLines = parts.report.filter((l) => !repeatsHeadline(l.text, parts.headline.text));
  const report = readReport(reportLines, agencies);
  for (const line of report.emptyPhotos) seedMessage(seed, 'photo line without a caption; left out', line);
  for (const line of report.emptyNotes) seedMessage(seed, "editor's note label with no text after it; left out", line);
  if (report.afterSignoff) {
    const { signoffLine, line, count } = report.afterSignoff;
    const at = `the report's sign-off (line ${seedPos(seed, signoffLine).line})`;
    const furniture = 'page furniture (a credit, share or copyright line)';
    seedMessage(
      seed,
      count === 1
        ? `this line follows ${at} and is kept as a paragraph; if it is ${furniture}, delete it from the seed`
        : `this line and ${count - 1} more follow ${at} and are kept as paragraphs; if they are ${furniture}, delete them from the seed`,
      line,
    );
  }
  if (!report.items.some((it) => it.kind === 'paragraph')) {
    seedMessage(seed, 'news seed has a headline but no paragraphs of text after it', parts.headline.line, true);
    return [];
  }
  const { headline } = parts;
  if (headline.text.length > 80 || /[。！？]$/u.test(headline.text)) {
    seedMessage(seed, 'the first line reads like a paragraph, not a headline; it is used as the title anyway', headline.line);
  }

  const title = seed.meta.title ?? boundedTitle(seed, headline.text, headline.line);
  const { slug: id, line: slugLine } = articleSlug(seed, title, seedPos(seed, headline.line).line, 'news', opts.maxSlugLength);
  const paragraphs = report.items.flatMap((it) => (it.kind === 'paragraph' ? [it.text] : []));
  const lead = reportBlocks(seed, report, title, paragraphs);
  const captions = report.items.flatMap((it) => (it.kind === 'figure' ? [it.photo.caption] : []));
  const notes = report.items.flatMap((it) => (it.kind === 'note' ? [it.text] : []));
  const eventTexts = [
    { text: report.datelineDate ?? '', line: report.openingLine },
    { text: headline.text, line: headline.line },
    { text: report.lede ?? '', line: report.ledeLine },
    { text: report.opening ?? '', line: report.openingLine },
  ];
  const {
    date,
    note: dateNote,
    from,
  } = reportDate(
    seed.meta.date,
    eventTexts.map((t) => t.text),
    [headline.text, report.lede ?? '', ...notes, ...captions, ...paragraphs].join('\n'),
  );
  if (dateNote) seedMessage(seed, dateNote, eventTexts[from ?? 1]?.line ?? headline.line);
  else if (!date) {
    seedMessage(seed, 'the report gives no date in its dateline, headline or first paragraph; it is listed as undated (add front matter `date` to fix it)', headline.line);
  }

  const main: Article = {
    id,
    slug: id,
    kind: 'news',
    title,
    summary: report.lede ?? summarise(report.opening ?? paragraphs[0] ?? ''),
    ...(date ? { date } : {}),
    source: newsSource(seed, publisher),
    lead,
    sections: [],
    footnotes: [],
    categories: [],
    ...(report.dateline ? { dateline: report.dateline } : {}),
    ...(report.signoff ? { signoff: report.signoff } : {}),
    file: seed.path,
    slugLine,
  };

  const taken = new Set([id]);
  const ctx = { seed, parentId: id, source: newsSource(seed, publisher, true), taken, maxSlugLength: opts.maxSlugLength };
  const briefs = groupTeasers(parts.teasers, agencies, opts.moreMarkers).flatMap((t) => briefArticle(t, ctx) ?? []);
  const kept = withoutRepeats(seed, main, briefs);
  const dated = kept.flatMap((b) => (b.date && !b.date.start.yearless ? [b.date] : []));
  return [main, ...kept.map((b) => withDate(b, b.date && yearFromSiblings(b.date, dated)))];
}

const withDate = (a: Article, date: DateSpan | undefined): Article => (date ? { ...a, date } : a);

/**
 * The briefs without those that repeat the report's title or an earlier
 * brief's (in either script): the page announces a story the seed already
 * holds. Each one left out is a warning at its headline.
 */
function withoutRepeats(seed: Seed, main: Article, briefs: readonly Article[]): Article[] {
  const kept: Article[] = [main];
  for (const b of briefs) {
    const same = kept.find((a) => sameInScript(a.title, b.title));
    if (same) {
      const what = same === main ? "this report's title" : `the title of the teaser at line ${same.slugLine}`;
      // A brief's slugLine is its headline's line in the file; seedMessage counts lines of the body.
      seedMessage(seed, `the teaser "${b.title}" after 更多 repeats ${what}; it was left out`, b.slugLine - seed.firstLine + 1);
    } else kept.push(b);
  }
  return kept.slice(1);
}

/**
 * The blocks of the report. A photo caption that only repeats the title or a
 * paragraph (see captionRepeats) is left out with its credit: the scrape
 * has no photo it could describe.
 */
function reportBlocks(seed: Seed, report: Report, title: string, paragraphs: readonly string[]): Block[] {
  const anchors = new Anchors();
  return report.items.flatMap((it): Block[] => {
    const source = seedPos(seed, it.line);
    switch (it.kind) {
      case 'paragraph':
        return [paragraph(anchors, it.text, source)];
      case 'figure':
        return captionRepeats(it.photo.caption, title, paragraphs) ? [] : [figure(anchors, it.photo, source)];
      case 'related':
        return [related(anchors, it.text, source)];
      case 'note':
        return [note(anchors, it.label, it.text, source)];
    }
  });
}
