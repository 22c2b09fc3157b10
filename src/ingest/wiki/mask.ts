/**
 * What markup taken out before parsing is overwritten with (see wikitext.ts):
 * a noncharacter, which seeds never hold (reading a seed removes them).
 */
export const MASK = '\uFDD0';

/**
 * A text that markup is being masked in, keeping every offset: read as a
 * string until the first change, then as an array of UTF-16 code units,
 * joined again only when read after a change. Most passes find nothing to
 * take out, and then cost neither a copy nor a join.
 */
export class MaskedText {
  private units: string[] | undefined;
  private joined: string;
  private changed = false;

  constructor(text: string) {
    this.joined = text;
  }

  get length(): number {
    return this.joined.length;
  }

  /** The code unit at `i`. */
  at(i: number): string | undefined {
    return this.units ? this.units[i] : this.joined[i];
  }

  set(i: number, unit: string): void {
    (this.units ??= this.joined.split(''))[i] = unit;
    this.changed = true;
  }

  /** Masks [from, to), line breaks kept. */
  mask(from: number, to: number): void {
    const units = (this.units ??= this.joined.split(''));
    for (let i = from; i < to; i++) if (units[i] !== '\n') units[i] = MASK;
    if (to > from) this.changed = true;
  }

  toString(): string {
    if (this.changed) {
      this.joined = this.units!.join('');
      this.changed = false;
    }
    return this.joined;
  }
}
