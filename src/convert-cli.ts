/**
 * The stand-alone converter: standard input to standard output, one output
 * line per input line.
 *
 *   npm run --silent convert -- --to zh-Hant [--glossary FILE] [--source zh-Hans|zh-Hant] [--review] < in.txt > out.txt
 *
 * Names that the input marks (a title before a name, `·`-joined names) are
 * protected on every line of the input. --review lists, on standard error,
 * the one-to-many characters that the tables alone decided.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { collectTextNames, createConverter, EMPTY_GLOSSARY, parseGlossary, parseTarget, type Glossary } from './convert/index.ts';

/** The site's glossary, used unless --glossary names another. */
const DEFAULT_GLOSSARY = 'seeds/glossary.yaml';
const USAGE = 'usage: convert --to zh-Hans|zh-Hant|zh-TW|zh-HK [--glossary FILE] [--source zh-Hans|zh-Hant] [--review] < in.txt > out.txt';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        to: { type: 'string' },
        glossary: { type: 'string' },
        source: { type: 'string' },
        review: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const to = parseTarget(values.to ?? '');
  if (!to) fail(values.to ? `unknown target "${values.to}"` : 'missing --to');
  const source = values.source === undefined ? undefined : parseTarget(values.source);
  if (values.source !== undefined && source !== 'zh-Hans' && source !== 'zh-Hant') fail(`--source must be zh-Hans or zh-Hant`);

  let glossary: Glossary = EMPTY_GLOSSARY;
  const glossaryFile = values.glossary ?? (fs.existsSync(DEFAULT_GLOSSARY) ? DEFAULT_GLOSSARY : undefined);
  if (glossaryFile) {
    if (!fs.existsSync(glossaryFile)) fail(`no glossary file ${glossaryFile}`);
    const parsed = parseGlossary(fs.readFileSync(glossaryFile, 'utf8'), glossaryFile);
    for (const p of parsed.problems) process.stderr.write(`${p.file}${p.line ? `:${p.line}` : ''}: error: ${p.reason}\n`);
    if (parsed.problems.length) process.exit(1);
    glossary = parsed.glossary;
  }

  const input = fs.readFileSync(0, 'utf8');
  const lines = input.split('\n').map((line) => (line.endsWith('\r') ? { text: line.slice(0, -1), eol: '\r' } : { text: line, eol: '' }));
  const converter = createConverter({ glossary, names: collectTextNames(lines.map((l) => l.text)) });
  const options = source === 'zh-Hans' || source === 'zh-Hant' ? { source } : {};
  process.stdout.write(lines.map((l) => converter.convert(l.text, to, options) + l.eol).join('\n'));
  if (values.review) {
    lines.forEach((l, i) => {
      for (const d of converter.review(l.text, options)) {
        process.stderr.write(`stdin:${i + 1}:${d.index + 1}: warning: ${d.char} → ${d.output} (${d.target}) by the character table alone, in “${d.context}”\n`);
      }
    });
  }
}

main();
