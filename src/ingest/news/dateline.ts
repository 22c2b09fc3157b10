/** The dateline that opens a report: 越通社河内——, 越通社河内 ——, 越通社胡志明市—— … */
import { escapeRe } from './options.ts';

export interface Dateline {
  /** Agency and place, without the dash or spaces: 越通社河内. */
  readonly dateline: string;
  /** The paragraph text after the dateline. */
  readonly rest: string;
}

const DASH = '(?:——|—|－－|--|–)';

/**
 * Splits a dateline off the start of a paragraph. The agency is one of
 * `agencies` or any name ending in 社 (新华社); the place is up to eight Han
 * characters; the dash may have spaces on either side.
 */
export function splitDateline(text: string, agencies: readonly string[]): Dateline | undefined {
  const names = [...agencies.map(escapeRe), '\\p{Script=Han}{1,6}社'].join('|');
  const re = new RegExp(`^((?:${names})\\s*\\p{Script=Han}{0,8}?)\\s*${DASH}\\s*`, 'u');
  const m = re.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  return rest === '' ? undefined : { dateline: m[1]!.replace(/\s+/g, ''), rest };
}
