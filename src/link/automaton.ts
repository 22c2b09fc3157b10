/**
 * Aho–Corasick automaton over many names at once: one pass over a text finds
 * every occurrence of every name, so mention search stays linear in the corpus.
 *
 * States are numbers and transitions live in an EdgeTable: with a Map per
 * state, the lookups cost most of the search.
 */
import { EdgeTable, ensureLength } from '../text/edges.ts';

interface Output {
  readonly length: number;
  readonly value: string;
}

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

const NONE: readonly Output[] = [];

export class NameAutomaton {
  /** Per state: the transitions added, in order (for building), the fail link, and the names ending there (fail links included). */
  private readonly children: [number, number][][] = [[]];
  private fail = new Int32Array(16);
  private readonly out: (readonly Output[])[] = [NONE];
  private readonly transitions = new EdgeTable();
  private built = false;

  add(name: string, value: string): void {
    if (!name) return;
    let at = 0;
    for (const ch of name) {
      const cp = ch.codePointAt(0)!;
      let next = this.next(at, cp);
      if (next === 0) next = this.addState(at, cp);
      at = next;
    }
    const out = this.out[at]!;
    if (!out.some((o) => o.length === name.length)) this.out[at] = [...out, { length: name.length, value }];
    this.built = false;
  }

  private build(): void {
    const queue: number[] = [];
    for (const [, child] of this.children[0]!) {
      this.fail[child] = 0;
      queue.push(child);
    }
    // A read index, not queue.shift(): shifting a long array is linear, which made the build quadratic in the names.
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head]!;
      for (const [cp, child] of this.children[at]!) {
        let f = this.fail[at]!;
        while (f !== 0 && this.next(f, cp) === 0) f = this.fail[f]!;
        const target = this.next(f, cp);
        this.fail[child] = target !== 0 && target !== child ? target : 0;
        const inherited = this.out[this.fail[child]!]!;
        if (inherited.length) this.out[child] = [...this.out[child]!, ...inherited];
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** Every occurrence, as [start, end) offsets in UTF-16 code units. */
  findAll(text: string): Hit[] {
    const hits: Hit[] = [];
    this.scan(text, (start, end, value) => hits.push({ start, end, value }));
    return hits;
  }

  /**
   * Leftmost-longest occurrences that do not overlap: from each place on, the
   * occurrence that starts first, the longest of those. Occurrences come by
   * their end, so the last one seen for a start is the longest there.
   */
  find(text: string): Hit[] {
    let longest: { end: number; value: string }[] | undefined;
    this.scan(text, (start, end, value) => ((longest ??= [])[start] = { end, value }));
    const out: Hit[] = [];
    if (!longest) return out;
    for (let start = 0; start < longest.length; ) {
      const hit = longest[start];
      if (!hit) {
        start++;
        continue;
      }
      out.push({ start, end: hit.end, value: hit.value });
      start = hit.end;
    }
    return out;
  }

  /** Calls `fn` for every occurrence, in the order of their ends. */
  private scan(text: string, fn: (start: number, end: number, value: string) => void): void {
    if (!this.built) this.build();
    const { fail, out } = this;
    let at = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let next = this.next(at, cp);
      while (next === 0 && at !== 0) {
        at = fail[at]!;
        next = this.next(at, cp);
      }
      at = next;
      for (const o of out[at]!) fn(i - o.length, i, o.value);
    }
  }

  /** The state reached from `at` by `cp`, or 0 for none. */
  private next(at: number, cp: number): number {
    return this.transitions.get(at, cp);
  }

  private addState(at: number, cp: number): number {
    const state = this.children.push([]) - 1;
    this.out.push(NONE);
    this.fail = ensureLength(this.fail, state + 1);
    this.children[at]!.push([cp, state]);
    this.transitions.add(at, cp, state);
    return state;
  }
}
