/** Every file under one script's folder exists under the other's, at the same path. */
import type { Problem } from './problem.ts';

export const SCRIPT_DIRS = ['zh-hant', 'zh-hans'] as const;

export function checkVariants(files: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const [a, b] = SCRIPT_DIRS;
  for (const dir of SCRIPT_DIRS) {
    if (![...files].some((f) => f.startsWith(`${dir}/`))) out.push({ file: `${dir}/`, rule: 'variants', message: `the site has no ${dir}/ folder` });
  }
  for (const [from, to] of [[a, b], [b, a]] as const) {
    for (const file of files) {
      if (!file.startsWith(`${from}/`)) continue;
      const twin = `${to}/${file.slice(from.length + 1)}`;
      if (!files.has(twin)) out.push({ file, rule: 'variants', message: `exists in ${from}/ but not in ${to}/ (no ${twin})` });
    }
  }
  return out;
}
