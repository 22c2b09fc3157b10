/** Build messages: collected per seed file, printed as `file:line:column: severity: reason`. */
import type { VFile } from 'vfile';

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;
}

export function diagnosticsOf(files: readonly VFile[]): Diagnostic[] {
  return files.flatMap((file) =>
    file.messages.map((m) => ({
      severity: m.fatal ? ('error' as const) : ('warning' as const),
      file: file.path,
      ...(m.line != null ? { line: m.line } : {}),
      ...(m.column != null ? { column: m.column } : {}),
      reason: m.reason,
    })),
  );
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = [printable(d.file), d.line, d.line != null ? d.column : undefined].filter((x) => x != null).join(':');
  return `${where}: ${d.severity}: ${printable(d.reason)}`;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters written as `\x1b`, `\n`…: a file name or seed text in a
 * message can then neither start a line of its own (a forged message) nor
 * send the terminal escape sequences.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Thrown when the input cannot be built; carries every message, never a stack trace for the reader. */
export class BuildError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${errors.length} error(s) in the seeds:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'BuildError';
  }
}
