/** Model blocks for news text, with ASCII anchors unique within an article. */
import type { Figure, Inline, Paragraph, Quote, Related, SourcePos } from '../../model/index.ts';
import { uniqueId } from '../slug.ts';
import type { PhotoParts } from './figure.ts';

const text = (value: string): Inline[] => [{ type: 'text', value }];

/** Hands out anchors p-1, p-2, fig-1, related-1, note-1 … for one article. */
export class Anchors {
  private readonly taken = new Set<string>();
  private readonly counts = new Map<string, number>();

  next(prefix: 'p' | 'fig' | 'related' | 'note'): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return uniqueId(`${prefix}-${n}`, this.taken);
  }
}

export function paragraph(anchors: Anchors, value: string, source: SourcePos): Paragraph {
  return { type: 'paragraph', id: anchors.next('p'), source, children: text(value) };
}

export function related(anchors: Anchors, value: string, source: SourcePos): Related {
  return { type: 'related', id: anchors.next('related'), source, children: text(value) };
}

/** A figure without an image (the scrape keeps no picture URL); alt is the caption text. */
export function figure(anchors: Anchors, photo: PhotoParts, source: SourcePos): Figure {
  return {
    type: 'figure',
    id: anchors.next('fig'),
    source,
    caption: text(photo.caption),
    ...(photo.credit ? { credit: photo.credit } : {}),
    alt: photo.caption,
  };
}

/**
 * An editor's note, set apart from the report as a quote block that holds one
 * paragraph (anchor note-N-text): the label as printed (【编者按】) in bold,
 * then the note.
 */
export function note(anchors: Anchors, label: string, value: string, source: SourcePos): Quote {
  const id = anchors.next('note');
  return {
    type: 'quote',
    id,
    source,
    children: [{ type: 'paragraph', id: `${id}-text`, source, children: [{ type: 'strong', children: text(label) }, ...text(value)] }],
  };
}
