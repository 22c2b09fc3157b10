/**
 * The report's lines as typed items: lede, figure, related headline,
 * editor's note, paragraphs, with dateline and sign-off taken out of the text.
 */
import { splitDateline } from './dateline.ts';
import { parsePhotoLine, type PhotoParts } from './figure.ts';
import { ledeRepeats } from './lede.ts';
import type { Line } from './lines.ts';
import { editorNote } from './note.ts';
import { isPublisherLine, relatedHeadline } from './segment.ts';
import { splitSignoff } from './signoff.ts';

export type ReportItem =
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number }
  | { readonly kind: 'figure'; readonly photo: PhotoParts; readonly line: number }
  | { readonly kind: 'related'; readonly text: string; readonly line: number }
  | { readonly kind: 'note'; readonly label: string; readonly text: string; readonly line: number };

export interface Report {
  /** Items in reading order; a lede that repeats the first paragraph is not among them. */
  readonly items: readonly ReportItem[];
  /** The lede's text, when the page has one. */
  readonly lede?: string;
  readonly ledeLine?: number;
  /** The first paragraph after the lede, dateline removed. */
  readonly opening?: string;
  /** The opening's line, which is also the dateline's. */
  readonly openingLine?: number;
  readonly dateline?: string;
  /** The date the dateline gives, as printed (6月20日). */
  readonly datelineDate?: string;
  readonly signoff?: string;
  /** Photo lines whose caption was empty (only the marker), for messages. */
  readonly emptyPhotos: readonly number[];
  /** Lines of an editor's-note label with no text after it, for messages. */
  readonly emptyNotes: readonly number[];
  /** Paragraphs after the sign-off's (kept as text), for a message: the first one's line and how many. */
  readonly afterSignoff?: { readonly signoffLine: number; readonly line: number; readonly count: number };
}

function classify(line: Line, agencies: readonly string[]): ReportItem | undefined {
  if (isPublisherLine(line.text, agencies)) return undefined;
  const note = editorNote(line.text);
  if (note) return { kind: 'note', ...note, line: line.line };
  const rel = relatedHeadline(line.text);
  if (rel !== undefined) return { kind: 'related', text: rel, line: line.line };
  const photo = parsePhotoLine(line.text);
  if (photo) return { kind: 'figure', photo, line: line.line };
  return { kind: 'paragraph', text: line.text, line: line.line };
}

/**
 * Rules:
 * - a line that is only an agency name (越通社) is furniture and dropped;
 * - a line that opens with 【编者按】, 编者按： or 编者注： is an editor's note
 *   (a line holding only the label takes the next paragraph as its text);
 *   notes are not paragraphs, so never the lede, the opening or the summary;
 * - 【…】 is a related headline; a photo line (see figure.ts) is a figure;
 * - the sign-off is split off the last paragraph that ends with one (a line
 *   holding only the sign-off disappears); page furniture after it is gone
 *   by now (see furniture.ts), and paragraphs still after it stay, to be
 *   named in a message;
 * - the first paragraph is a lede when it has no dateline and either a
 *   figure follows it before the next paragraph, a later paragraph opens
 *   with a dateline, or the next paragraph repeats it;
 * - the dateline is split off the first paragraph after the lede;
 * - a lede that the first paragraph repeats is left out (it becomes the
 *   summary); any other lede stays as the first paragraph.
 */
export function readReport(lines: readonly Line[], agencies: readonly string[]): Report {
  const items: (ReportItem | undefined)[] = lines.map((l) => classify(l, agencies));
  const emptyNotes: number[] = [];
  items.forEach((it, i) => {
    if (it?.kind !== 'note' || it.text !== '') return;
    const next = items[i + 1];
    // A paragraph that opens with a dateline starts the report: the note above it was left empty.
    if (next?.kind === 'paragraph' && !splitDateline(next.text, agencies)) {
      items[i] = { ...it, text: next.text };
      items[i + 1] = undefined;
    } else {
      emptyNotes.push(it.line);
      items[i] = undefined;
    }
  });
  const emptyPhotos = items.flatMap((it) => (it?.kind === 'figure' && it.photo.caption === '' ? [it.line] : []));
  const kept = items.filter((it): it is ReportItem => it !== undefined && !(it.kind === 'figure' && it.photo.caption === ''));
  const paragraphs = () => kept.filter((it): it is Extract<ReportItem, { kind: 'paragraph' }> => it.kind === 'paragraph');

  let signoff: string | undefined;
  let afterSignoff: Report['afterSignoff'];
  const all = paragraphs();
  const signed = all.findLastIndex((p) => splitSignoff(p.text, agencies));
  if (signed >= 0) {
    const last = all[signed]!;
    const so = splitSignoff(last.text, agencies)!;
    signoff = so.signoff;
    const at = kept.indexOf(last);
    if (so.rest === '') kept.splice(at, 1);
    else kept[at] = { ...last, text: so.rest };
    const later = all.slice(signed + 1);
    if (later.length) afterSignoff = { signoffLine: last.line, line: later[0]!.line, count: later.length };
  }

  let lede: string | undefined;
  let ledeLine: number | undefined;
  let ledeIndex = -1;
  const [top, next, ...later] = paragraphs();
  if (top && !splitDateline(top.text, agencies)) {
    const at = kept.indexOf(top);
    const figureAfter = kept.slice(at + 1, next ? kept.indexOf(next) : undefined).some((it) => it.kind === 'figure');
    const nextText = next ? (splitDateline(next.text, agencies)?.rest ?? next.text) : '';
    if (figureAfter || [next, ...later].some((p) => p && splitDateline(p.text, agencies)) || (next && ledeRepeats(top.text, nextText))) {
      lede = top.text;
      ledeLine = top.line;
      ledeIndex = at;
    }
  }

  let dateline: string | undefined;
  let datelineDate: string | undefined;
  let opening: string | undefined;
  let openingLine: number | undefined;
  const body = kept.findIndex((it, i) => i > ledeIndex && it.kind === 'paragraph');
  const first = kept[body];
  if (first?.kind === 'paragraph') {
    const dl = splitDateline(first.text, agencies);
    if (dl) {
      dateline = dl.dateline;
      datelineDate = dl.date;
      kept[body] = { ...first, text: dl.rest };
    }
    opening = dl?.rest ?? first.text;
    openingLine = first.line;
    if (lede !== undefined && ledeRepeats(lede, opening)) kept.splice(ledeIndex, 1);
  }

  return {
    items: kept,
    ...(lede !== undefined ? { lede, ledeLine } : {}),
    ...(opening !== undefined ? { opening, openingLine } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    ...(datelineDate !== undefined ? { datelineDate } : {}),
    ...(signoff !== undefined ? { signoff } : {}),
    emptyPhotos,
    emptyNotes,
    ...(afterSignoff ? { afterSignoff } : {}),
  };
}
