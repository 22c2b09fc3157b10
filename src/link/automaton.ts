/**
 * Aho–Corasick automaton over many names at once: one pass over a text finds
 * every occurrence of every name, so mention search stays linear in the corpus.
 */

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Lengths and values of the names ending here (including via fail links). */
  out: { length: number; value: string }[];
}

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

export class NameAutomaton {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private built = false;

  add(name: string, value: string): void {
    if (!name) return;
    let at = 0;
    for (const ch of name) {
      let next = this.nodes[at]!.next.get(ch);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[at]!.next.set(ch, next);
      }
      at = next;
    }
    const node = this.nodes[at]!;
    if (!node.out.some((o) => o.length === name.length)) node.out.push({ length: name.length, value });
    this.built = false;
  }

  private build(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) {
      this.nodes[child]!.fail = 0;
      queue.push(child);
    }
    // A read index, not queue.shift(): shifting a long array is linear, which made the build quadratic in the names.
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head]!;
      for (const [ch, child] of this.nodes[at]!.next) {
        let f = this.nodes[at]!.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(ch);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** Every occurrence, as [start, end) offsets in UTF-16 code units. */
  findAll(text: string): Hit[] {
    if (!this.built) this.build();
    const hits: Hit[] = [];
    let at = 0;
    let i = 0;
    for (const ch of text) {
      i += ch.length;
      while (at !== 0 && !this.nodes[at]!.next.has(ch)) at = this.nodes[at]!.fail;
      at = this.nodes[at]!.next.get(ch) ?? 0;
      for (const o of this.nodes[at]!.out) hits.push({ start: i - o.length, end: i, value: o.value });
    }
    return hits;
  }

  /** Leftmost-longest occurrences that do not overlap. */
  find(text: string): Hit[] {
    const all = this.findAll(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Hit[] = [];
    let until = 0;
    for (const hit of all) {
      if (hit.start < until) continue;
      out.push(hit);
      until = hit.end;
    }
    return out;
  }
}
