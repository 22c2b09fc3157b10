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
  let kept: number[] = [];
  for (let i = start; i < end; i++) {
    const c = classes[text.charCodeAt(i)]!;
    if (c === 0) continue;
    if (c & (SIMP | TRAD)) {
      const here: Script = c & SIMP ? 'hans' : 'hant';
      if (script === undefined) script = here;
      else if (here !== script) {
        const cut = kept.find((k) => i - k < k - last) ?? i;
        runs.push({ start: runStart, end: cut, script });
        runStart = cut;
        script = here;
      }
      last = i;
      if (kept.length) kept = [];
    } else if (c & (KEEP_IN_TRAD | KEEP_IN_SIMP) && script !== undefined) kept.push(i);
  }
  runs.push({ start: runStart, end, script: script ?? hint });
  return runs;
}

/** The script most of a text's evidence points to, or undefined when it has none. */
export function detectScript(text: string): Script | undefined {
  const classes = charClasses();
  let simp = 0;
  let trad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = classes[text.charCodeAt(i)]!;
    if (c & SIMP) simp++;
    else if (c & TRAD) trad++;
  }
  return simp === trad ? undefined : simp > trad ? 'hans' : 'hant';
}
