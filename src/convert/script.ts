/**
 * Which script each stretch of a text is written in. Simplified-only
 * characters (关, 钟) and Traditional-only ones (關, 鐘) are the evidence;
 * characters between two pieces of evidence of different scripts go with the
 * nearer one. A stretch with no evidence at all takes the caller's hint.
 */
import { charClasses, KEEP_IN_SIMP, KEEP_IN_TRAD, SIMP, TRAD } from './tables.ts';
import type { Script } from './targets.ts';

export interface Run {
  readonly start: number;
  readonly end: number;
  /** Undefined when the text gives no evidence and there was no hint. */
  readonly script: Script | undefined;
}

export function scriptRuns(text: string, start: number, end: number, hint?: Script): Run[] {
  const classes = charClasses();
  const runs: Run[] = [];
  let runStart = start;
  let script: Script | undefined;
  let last = -1;
  for (let i = start; i < end; i++) {
    const c = classes[text.charCodeAt(i)]!;
    if (!(c & (SIMP | TRAD))) continue;
    const here: Script = c & SIMP ? 'hans' : 'hant';
    if (script === undefined) script = here;
    else if (here !== script) {
      // The run changes at the first character both scripts keep that is nearer this evidence than the last: none between them is evidence.
      let cut = Math.floor((i + last) / 2) + 1;
      while (cut < i && !(classes[text.charCodeAt(cut)]! & (KEEP_IN_TRAD | KEEP_IN_SIMP))) cut++;
      runs.push({ start: runStart, end: cut, script });
      runStart = cut;
      script = here;
    }
    last = i;
  }
  runs.push({ start: runStart, end, script: script ?? hint });
  return runs;
}

/**
 * The script of the evidence nearest to the middle of [start, end) of
 * `text`, outside it: the script scriptRuns would give a stretch there that
 * shows none of its own (the nearer side wins, the earlier on a tie).
 */
export function nearestScript(text: string, start: number, end: number): Script | undefined {
  const classes = charClasses();
  let left = start - 1;
  while (left >= 0 && !(classes[text.charCodeAt(left)]! & (SIMP | TRAD))) left--;
  let right = end;
  while (right < text.length && !(classes[text.charCodeAt(right)]! & (SIMP | TRAD))) right++;
  const middle = (start + end) / 2;
  const pick = left >= 0 && (right >= text.length || middle - left <= right - middle) ? left : right < text.length ? right : -1;
  return pick < 0 ? undefined : classes[text.charCodeAt(pick)]! & SIMP ? 'hans' : 'hant';
}

/** The script most of a text's evidence points to, or undefined when it has none. */
export function detectScript(text: string): Script | undefined {
  const evidence = new ScriptEvidence();
  evidence.add(text);
  return evidence.script();
}

/** Evidence counted over several texts: the script most of it points to, as of their concatenation. */
export class ScriptEvidence {
  private readonly classes = charClasses();
  private simp = 0;
  private trad = 0;

  add(text: string): void {
    const { classes } = this;
    for (let i = 0; i < text.length; i++) {
      const c = classes[text.charCodeAt(i)]!;
      if (c & SIMP) this.simp++;
      else if (c & TRAD) this.trad++;
    }
  }

  script(): Script | undefined {
    return this.simp === this.trad ? undefined : this.simp > this.trad ? 'hans' : 'hant';
  }
}
