/**
 * The edges of a character trie whose nodes are numbers (0 the root): the
 * root's children indexed by BMP code point, every other edge in one
 * open-addressing table keyed by (node, code point). Lookups are the inner
 * loop of conversion and of mention search; a Map per node cost several times
 * more per step.
 */

/** Node number meaning "no such child"; the root is never a child. */
export const NONE = 0;

export class EdgeTable {
  /** The root's children by BMP code point. */
  private readonly fromRoot = new Int32Array(0x10000);
  /** Per slot: parent, code point and child (child NONE: empty). */
  private parents = new Int32Array(256);
  private codes = new Int32Array(256);
  private children = new Int32Array(256);
  private size = 0;

  /** The child of `node` by `code`, or NONE. */
  get(node: number, code: number): number {
    if (node === 0 && code <= 0xffff) return this.fromRoot[code]!;
    const mask = this.children.length - 1;
    for (let slot = hash(node, code) & mask; ; slot = (slot + 1) & mask) {
      const child = this.children[slot]!;
      if (child === NONE || (this.parents[slot] === node && this.codes[slot] === code)) return child;
    }
  }

  /** Adds the edge node → child by code; the edge must be new. */
  add(node: number, code: number, child: number): void {
    if (node === 0 && code <= 0xffff) {
      this.fromRoot[code] = child;
      return;
    }
    if ((this.size + 1) * 2 > this.children.length) this.grow();
    this.insert(node, code, child);
    this.size++;
  }

  /** Calls `fn` with every edge, in no particular order. */
  forEach(fn: (node: number, code: number, child: number) => void): void {
    for (let code = 0; code < this.fromRoot.length; code++) if (this.fromRoot[code] !== NONE) fn(0, code, this.fromRoot[code]!);
    for (let slot = 0; slot < this.children.length; slot++) if (this.children[slot] !== NONE) fn(this.parents[slot]!, this.codes[slot]!, this.children[slot]!);
  }

  private insert(node: number, code: number, child: number): void {
    const mask = this.children.length - 1;
    let slot = hash(node, code) & mask;
    while (this.children[slot] !== NONE) slot = (slot + 1) & mask;
    this.parents[slot] = node;
    this.codes[slot] = code;
    this.children[slot] = child;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    this.parents = new Int32Array(children.length * 2);
    this.codes = new Int32Array(children.length * 2);
    this.children = new Int32Array(children.length * 2);
    for (let slot = 0; slot < children.length; slot++) if (children[slot] !== NONE) this.insert(parents[slot]!, codes[slot]!, children[slot]!);
  }
}

function hash(node: number, code: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
}

/** A growable array of node flags or links, indexed by node number. */
export function ensureLength<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}
