/**
 * Splitting a news page into its headline, the report, and the teasers for
 * other stories that follow a 更多 ("more") line.
 */
import { sameInScript } from '../../convert/index.ts';
import { comparable, type Line } from './lines.ts';

export interface Segments {
  readonly headline: Line;
  /** Lines of the report, after the headline and before the more-marker. */
  readonly report: readonly Line[];
  /** Lines after the first more-marker line. */
  readonly teasers: readonly Line[];
}

/** Undefined when there is no line at all. */
export function segment(lines: readonly Line[], moreMarkers: readonly string[]): Segments | undefined {
  const [headline, ...rest] = lines;
  if (!headline) return undefined;
  const more = rest.findIndex((l) => isMoreMarker(l.text, moreMarkers));
  return more < 0
    ? { headline, report: rest, teasers: [] }
    : { headline, report: rest.slice(0, more), teasers: rest.slice(more + 1) };
}

/** 更多, optionally followed by an arrow or ›/» as some pages print it. */
export function isMoreMarker(text: string, moreMarkers: readonly string[]): boolean {
  const bare = text.replace(/[\s>›»→：:.。…]+$/u, '');
  return moreMarkers.includes(bare);
}

/** A line that is only an agency's name (越通社): page furniture. */
export function isPublisherLine(text: string, agencies: readonly string[]): boolean {
  return agencies.includes(text.trim());
}

/** A related-story headline printed inside the report: 【…】. */
export function relatedHeadline(text: string): string | undefined {
  const m = /^【\s*(.+?)\s*】$/u.exec(text);
  return m ? m[1] : undefined;
}

/**
 * True when a report line is the headline again, white space, punctuation
 * and script aside: scraped pages often print the title a second time above
 * the report. Such a line is no paragraph (nor the lede or the summary).
 */
export function repeatsHeadline(text: string, headline: string): boolean {
  const [a, b] = [comparable(text), comparable(headline)];
  // Conversion between the scripts keeps the length: only lines as long as the headline need converting.
  return a !== '' && a.length === b.length && sameInScript(a, b);
}
