/**
 * A character trie keyed by code points, with longest-prefix matching. One
 * trie holds a whole dictionary group (phrases and single characters), as in
 * OpenCC; `ambiguous` marks keys that may overlap a longer key starting
 * inside them.
 *
 * Nodes are numbers and edges live in an EdgeTable (lookups are most of
 * conversion's time).
 */
import { EdgeTable, ensureLength, NONE } from '../text/edges.ts';

const ROOT = 0;

export class Trie<V> {
  /** Values by node. */
  private readonly values: (V | undefined)[] = [undefined];
  /** Per node: 1 when it has children, 2 when its key is ambiguous (see the module comment). */
  private flags = new Uint8Array(64);
  private readonly edges = new EdgeTable();
  /** Code points of the root's children, in the order they were added. */
  private readonly rootCodes: number[] = [];
  /** The node of the last successful `longest` match. */
  private matchedNode = NONE;

  /** The value of the last successful `longest` match. */
  get matched(): V | undefined {
    return this.values[this.matchedNode];
  }

  /** Whether the key of the last successful `longest` match is ambiguous. */
  get matchedAmbiguous(): boolean {
    return (this.flags[this.matchedNode]! & 2) !== 0;
  }

  /** The code points that keys start with. */
  startCodes(): readonly number[] {
    return this.rootCodes;
  }

  /** Adds `key`; an existing value is replaced only when `replace` is true. */
  add(key: string, value: V, replace = true): void {
    let node = ROOT;
    for (let i = 0; i < key.length; ) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let child = this.child(node, cp);
      if (child === NONE) child = this.addChild(node, cp);
      node = child;
    }
    if (this.values[node] === undefined || replace) this.values[node] = value;
  }

  /** End of the longest key starting at `i` (before `end`), or -1; the match is left in `matched`. */
  longest(text: string, i: number, end: number): number {
    let node = ROOT;
    let found = -1;
    for (let j = i; j < end; ) {
      const cp = text.charCodeAt(j);
      let code = cp;
      let step = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && j + 1 < end) {
        code = text.codePointAt(j)!;
        step = code > 0xffff ? 2 : 1;
      }
      node = this.child(node, code);
      if (node === NONE) break;
      j += step;
      if (this.values[node] !== undefined) {
        found = j;
        this.matchedNode = node;
      }
      if (!(this.flags[node]! & 1)) break;
    }
    return found;
  }

  /** Every key starting at `i`: its end and value, shortest first. */
  allAt(text: string, i: number, end: number): { end: number; value: V }[] {
    const out: { end: number; value: V }[] = [];
    let node = ROOT;
    for (let j = i; j < end; ) {
      const code = text.codePointAt(j)!;
      node = this.child(node, code);
      if (node === NONE) break;
      j += code > 0xffff ? 2 : 1;
      const value = this.values[node];
      if (value !== undefined) out.push({ end: j, value });
    }
    return out;
  }

  /** Marks every key that a longer key could overlap (see `ambiguous`). */
  markAmbiguous(): void {
    const below = new Map<number, [number, number][]>();
    this.edges.forEach((node, code, child) => {
      const list = below.get(node);
      if (list) list.push([code, child]);
      else below.set(node, [[code, child]]);
    });
    const key: number[] = [];
    const walk = (node: number) => {
      if (this.values[node] !== undefined && key.length > 1) {
        for (let k = 1; k < key.length; k++) {
          let n = ROOT;
          let j = k;
          for (; j < key.length; j++) if ((n = this.child(n, key[j]!)) === NONE) break;
          if (j === key.length && this.flags[n]! & 1) {
            this.flags[node]! |= 2;
            break;
          }
        }
      }
      for (const [code, child] of below.get(node) ?? []) {
        key.push(code);
        walk(child);
        key.pop();
      }
    };
    walk(ROOT);
  }

  private child(node: number, code: number): number {
    return this.edges.get(node, code);
  }

  private addChild(node: number, code: number): number {
    const child = this.values.push(undefined) - 1;
    this.flags = ensureLength(this.flags, child + 1);
    this.flags[node]! |= 1;
    if (node === ROOT) this.rootCodes.push(code);
    this.edges.add(node, code, child);
    return child;
  }
}

/** Plain longest-match replacement, for the one-to-one variant tables. */
export function replaceLongest(trie: Trie<string>, text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const end = trie.longest(text, i, text.length);
    if (end < 0) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    const value = trie.matched!;
    if (value.length !== end - i || !text.startsWith(value, i)) {
      out += text.slice(copied, i) + value;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
