/**
 * The lede: the summary the page prints between headline and report. On this
 * family of pages it is usually the report's first sentence again, without
 * the dateline.
 */
import { comparable } from './lines.ts';

/**
 * True when the lede says nothing the first paragraph does not: the
 * paragraph (its dateline already removed) starts with the lede's text,
 * ignoring white space and punctuation.
 */
export function ledeRepeats(lede: string, firstParagraph: string): boolean {
  const a = comparable(lede);
  return a !== '' && comparable(firstParagraph).startsWith(a);
}
