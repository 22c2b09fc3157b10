/**
 * The settings files of the seeds folder (glossary.yaml, site.yaml) read as
 * YAML nodes, which know their place in the text, so that every problem can
 * name its file, line and column.
 */
import path from 'node:path';
import { LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';

/** A problem in a settings file, at its place when it has one. */
export interface YamlProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;
}

/** A settings file of the seeds folder (glossary.yaml, site.yaml) read as YAML nodes, which know their place in the text. */
export interface YamlFile {
  readonly doc: Document.Parsed;
  /** The file position of a node (of the node at the start of its range), or nothing for a node that is not in the text. */
  readonly placeOf: (node: unknown) => { line: number; column: number } | undefined;
  /** Syntax errors and aliases (`*name`), each at its place. */
  readonly problems: YamlProblem[];
}

/**
 * Parses a YAML settings file. Aliases are refused: an entry read from
 * another place of the file would be checked, and reported, at the line of
 * its anchor, not at the alias the reader wrote; the settings are short
 * enough to write out.
 */
export function readYaml(text: string, file: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, logLevel: 'error' });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const placeOf = (node: unknown) => {
    const range = (node as YamlNode | null | undefined)?.range;
    return range ? at(range[0]) : undefined;
  };
  // The parser's message repeats the place (`… at line 2, column 1:`) and quotes the text: the place is given as file:line:column.
  const problems: YamlProblem[] = doc.errors.map((e) => ({ file, ...at(e.pos[0]), reason: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }));
  visit(doc, {
    Alias(_, node) {
      const name = path.basename(file);
      problems.push({ file, ...placeOf(node), reason: `\`*${node.source}\` is a YAML alias; aliases are not supported in ${name}: write the value out in full` });
    },
  });
  return { doc, placeOf, problems };
}
