/**
 * A character trie keyed by code points, with longest-prefix matching. One
 * trie holds a whole dictionary group (phrases and single characters), as in
 * OpenCC; `ambiguous` marks keys that may overlap a longer key starting
 * inside them.
 */

export class TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined = undefined;
  value: V | undefined = undefined;
  /** Some suffix of this key is a proper prefix of another key. */
  ambiguous = false;
}

export class Trie<V> {
  readonly root = new TrieNode<V>();
  /** The node of the last successful `longest` match. */
  matched: TrieNode<V> | undefined = undefined;

  /** Adds `key`; an existing value is replaced only when `replace` is true. */
  add(key: string, value: V, replace = true): void {
    let node = this.root;
    for (let i = 0; i < key.length; ) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      node.next ??= new Map();
      let child = node.next.get(cp);
      if (!child) node.next.set(cp, (child = new TrieNode()));
      node = child;
    }
    if (node.value === undefined || replace) node.value = value;
  }

  /** End of the longest key starting at `i` (before `end`), or -1; the node is left in `matched`. */
  longest(text: string, i: number, end: number): number {
    let node: TrieNode<V> | undefined = this.root;
    let found = -1;
    for (let j = i; j < end; ) {
      const cp = text.charCodeAt(j);
      let code = cp;
      let step = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && j + 1 < end) {
        code = text.codePointAt(j)!;
        step = code > 0xffff ? 2 : 1;
      }
      node = node.next?.get(code);
      if (!node) break;
      j += step;
      if (node.value !== undefined) {
        found = j;
        this.matched = node;
      }
    }
    return found;
  }

  /** Every key starting at `i`: its end and value, shortest first. */
  allAt(text: string, i: number, end: number): { end: number; value: V }[] {
    const out: { end: number; value: V }[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let j = i; j < end; ) {
      const code = text.codePointAt(j)!;
      node = node.next?.get(code);
      if (!node) break;
      j += code > 0xffff ? 2 : 1;
      if (node.value !== undefined) out.push({ end: j, value: node.value });
    }
    return out;
  }

  /** Marks every key that a longer key could overlap (see `ambiguous`). */
  markAmbiguous(): void {
    const key: number[] = [];
    const walk = (node: TrieNode<V>) => {
      if (node.value !== undefined && key.length > 1) {
        for (let k = 1; k < key.length; k++) {
          let n: TrieNode<V> | undefined = this.root;
          for (let j = k; j < key.length && n; j++) n = n.next?.get(key[j]!);
          if (n?.next?.size) {
            node.ambiguous = true;
            break;
          }
        }
      }
      if (!node.next) return;
      for (const [cp, child] of node.next) {
        key.push(cp);
        walk(child);
        key.pop();
      }
    };
    walk(this.root);
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
    const value = trie.matched!.value!;
    if (value.length !== end - i || !text.startsWith(value, i)) {
      out += text.slice(copied, i) + value;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
