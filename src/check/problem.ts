/** A problem found in a built site, at a file (relative to the site folder) and, when known, a line. */
export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number | undefined;
  /** Which check found it: link, html, variants, artefact, csp. */
  readonly rule: 'link' | 'html' | 'variants' | 'artefact' | 'csp';
  readonly message: string;
}

export function formatProblem(p: Problem, root = ''): string {
  const file = root ? `${root.replace(/\/+$/, '')}/${p.file}` : p.file;
  const where = [file, p.line, p.line != null ? p.column : undefined].filter((x) => x != null).join(':');
  return `${where}: ${p.message} [${p.rule}]`;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const d = (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  if (d) return d;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
