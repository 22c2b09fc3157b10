/**
 * Long lists split into pages, so that no page grows with the corpus: a list
 * that fits on one page stays on its first page (the URL it always had); a
 * longer one continues on `NAME--2.html`, `NAME--3.html`, … with a pager
 * (slugs never hold `--`, so these names cannot meet another page's).
 */

/** Items per page, by what a page lists. */
export const PAGE_SIZE = Object.freeze({
  /** Article cards (title, date, summary). */
  cards: 100,
  /** Timeline events (date, sentence, links). */
  events: 200,
  /** Entity links in an index. */
  links: 400,
});

export interface PagerLink {
  /** Page number, from 1; undefined marks a gap (…). */
  readonly number?: number;
  readonly url?: string;
  readonly current: boolean;
}

export interface Pager {
  readonly current: number;
  readonly total: number;
  readonly prev?: string;
  readonly next?: string;
  /** First, last and the pages around the current one, with gaps between. */
  readonly links: readonly PagerLink[];
}

/** The path of page `n` of a list whose first page is `first` (`…/x.html` → `…/x--2.html`). */
export function nthPagePath(first: string, n: number): string {
  return n === 1 ? first : first.replace(/\.html$/, `--${n}.html`);
}

/** The page numbers a pager shows: first, last, and two either side of the current page. */
function shown(current: number, total: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== undefined) out.push(undefined);
  }
  return out;
}

export function pager(current: number, total: number, pathOf: (n: number) => string): Pager | undefined {
  if (total <= 1) return undefined;
  return {
    current,
    total,
    ...(current > 1 ? { prev: pathOf(current - 1) } : {}),
    ...(current < total ? { next: pathOf(current + 1) } : {}),
    links: shown(current, total).map((n) => (n === undefined ? { current: false } : { number: n, url: pathOf(n), current: n === current })),
  };
}

export interface Chunk<T> {
  readonly items: readonly T[];
  readonly url: string;
  readonly pager?: Pager;
}

/** `items` in pages of `size`; always at least one page (possibly empty). */
export function paginate<T>(items: readonly T[], size: number, first: string): Chunk<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const pathOf = (n: number) => nthPagePath(first, n);
  return Array.from({ length: total }, (_, i) => {
    const p = pager(i + 1, total, pathOf);
    return { items: items.slice(i * size, (i + 1) * size), url: pathOf(i + 1), ...(p ? { pager: p } : {}) };
  });
}
