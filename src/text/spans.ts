/** Offsets in text: [start, end) spans, sorted and apart. */

export type Span = readonly [start: number, end: number];

/** Whether offset `at` lies inside one of `spans` (sorted, apart): a binary search. */
export function inSpans(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]![0] <= at;
}
