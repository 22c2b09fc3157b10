/** The closing agency line of a report: (越通社-VNA), (越通社—VNA), (完). */
import { escapeRe } from './options.ts';

export interface Signoff {
  /** The sign-off as printed, without brackets: 越通社-VNA, 完. */
  readonly signoff: string;
  /** The paragraph text before it; empty when the line held only the sign-off. */
  readonly rest: string;
}

/**
 * Splits a bracketed sign-off off the end of a paragraph: `完`, an agency
 * name (from `agencies`, or any name ending in 社) optionally followed by a
 * dash and a Latin acronym, or any Han name with a dash and an acronym.
 * A bracketed Latin name such as (Félix Ulloa) is not a sign-off.
 */
export function splitSignoff(text: string, agencies: readonly string[]): Signoff | undefined {
  const names = [...agencies.map(escapeRe), '\\p{Script=Han}{1,6}社'].join('|');
  const acronym = '\\s*[-—–－]+\\s*[A-Z]{2,6}';
  const inner = `完|(?:${names})(?:${acronym})?|\\p{Script=Han}{2,6}${acronym}`;
  const re = new RegExp(`\\s*[（(]\\s*(${inner})\\s*[）)]\\s*$`, 'u');
  const m = re.exec(text);
  return m ? { signoff: m[1]!.replace(/\s+/g, ''), rest: text.slice(0, m.index).trim() } : undefined;
}
