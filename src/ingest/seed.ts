/**
 * Reading one seed file: decoding, front matter, and the positions that let
 * every later message name the file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { VFile } from 'vfile';
import { z } from 'zod';
import type { SourcePos } from '../model/index.ts';
import { decodeSeed } from './decode.ts';
import { LONE_SURROGATE, safeUrl } from './url.ts';

/**
 * The longest title kept whole, in characters. Wikipedia's titles end at 255
 * bytes (85 CJK characters) and headlines are shorter still; a longer one is
 * not a title, and would be repeated in every listing that names the article
 * and indexed by Pagefind, which slows down more than linearly on such text.
 */
export const MAX_TITLE_LENGTH = 200;

/**
 * Why a front matter text cannot be printed as it is, or undefined: YAML's
 * escapes (`"\0"`, `"\uD800"`) can write characters the decoder keeps out
 * of the text itself (src/ingest/decode.ts).
 */
export function textProblem(text: string): string | undefined {
  const bad = BAD_CHAR.exec(text);
  if (bad) {
    const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    if (/[\u202a-\u202e\u2066-\u2069]/.test(bad[0])) return `holds a bidirectional control character (${code}), which makes text display other than it reads`;
    if (/[\ud800-\udfff]/.test(bad[0])) return `holds half of a surrogate pair (${code}), which is no character`;
    return `holds ${code}, a control character or noncharacter that no page may show`;
  }
  return undefined;
}

/** C0 and C1 controls (tab and line breaks too: front matter texts are one line), noncharacters, bidi controls, lone surrogates. */
const BAD_CHAR = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff\\u202a-\\u202e\\u2066-\\u2069]|${LONE_SURROGATE.source}`);

/** Why a text that names a thing cannot be shown (see `textProblem`, and it must have something to see), or undefined. */
export function visibleTextProblem(value: string): string | undefined {
  return textProblem(value) ?? (/[^\p{White_Space}\p{Cf}]/u.test(value) ? undefined : 'holds nothing to see (only spaces or invisible characters)');
}

/** A text a reader sees (front matter, site.yaml): printable, and with something to see where it names a thing. */
export const text = (max?: { length: number; message: string }) =>
  (max ? z.string().min(1).max(max.length, max.message) : z.string().min(1)).superRefine((value, ctx) => {
    const problem = visibleTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Front matter URLs a page links to: any other scheme (javascript:, data:) is left out, with a warning (`linkableUrls`). */
const LINKED_URLS = ['source_url', 'licence_url'] as const;

/** Leaves out, with a warning at their lines, front matter URLs that are not http(s). */
function linkableUrls(meta: SeedMeta, warn: (reason: string, key: keyof SeedMeta) => void): SeedMeta {
  const out = { ...meta };
  for (const key of LINKED_URLS) {
    const value = out[key];
    if (value === undefined || /^https?:/.test(safeUrl(value) ?? '')) continue;
    warn(`front matter \`${key}\`: only http:// and https:// URLs are linked; ${JSON.stringify(value.slice(0, 80))} was left out`, key);
    delete out[key];
  }
  return out;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a date the calendar has (YAML reads a bare year as a number). */
const seedDate = z
  .union([z.number().int(), z.string()])
  .transform((d) => String(d))
  .refine(isCalendarDate, 'date must be YYYY, YYYY-MM or YYYY-MM-DD, a date the calendar has');

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (year < 1 || month < 1 || month > 12) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * The largest seed read, in bytes. A seed of 1 MiB built alone in 14 s with
 * the build's processes peaking at 1.1 GB; at 4 MiB it took 129 s and 2.8 GB,
 * and at 10 MiB the rendering process ran out of memory. A document that long
 * is several articles.
 */
export const MAX_SEED_BYTES = 2 ** 20;

/** Front matter a seed may carry, for facts the text itself cannot tell. */
export const SeedMetaSchema = z
  .object({
    title: text({ length: MAX_TITLE_LENGTH, message: `a title has at most ${MAX_TITLE_LENGTH} characters` }).optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case ASCII words joined by hyphens')
      .refine((slug) => slug !== 'index', 'slug `index` names the list of all articles (articles/index.html); choose another')
      .optional(),
    kind: z.enum(['wiki', 'news']).optional(),
    date: seedDate.optional(),
    source_url: z.string().url().optional(),
    publisher: text().optional(),
    licence: text().optional(),
    licence_url: z.string().url().optional(),
    wikipedia: text({ length: 255, message: 'a Wikipedia title has at most 255 characters' }).optional(),
  })
  .strict();

export type SeedMeta = z.infer<typeof SeedMetaSchema>;

export interface Seed {
  /** The path as given; used in messages. */
  readonly path: string;
  /** The file name without extension. */
  readonly id: string;
  /** The body: front matter removed, BOM removed, line endings normalised to \n. */
  readonly text: string;
  /** The file line on which `text` starts (1 when there is no front matter). */
  readonly firstLine: number;
  readonly meta: SeedMeta;
  /** The file line of each front matter key the seed sets. */
  readonly metaLines: Readonly<Partial<Record<keyof SeedMeta, number>>>;
  /** Collects this seed's messages; `fatal: true` marks an error. */
  readonly file: VFile;
}

/** The file position of a 1-based line (and column) of the seed's body. */
export function seedPos(seed: Seed, bodyLine: number, column?: number): SourcePos {
  const line = bodyLine + seed.firstLine - 1;
  return column === undefined ? { file: seed.path, line } : { file: seed.path, line, column };
}

/** A title found in the text (a heading, a bold term, a headline), shortened with a warning when longer than MAX_TITLE_LENGTH. */
export function boundedTitle(seed: Seed, title: string, bodyLine: number): string {
  const chars = [...title];
  if (chars.length <= MAX_TITLE_LENGTH) return title;
  seedMessage(seed, `the title is ${chars.length.toLocaleString('en')} characters long; its first ${MAX_TITLE_LENGTH} are used, followed by …`, bodyLine);
  return `${chars.slice(0, MAX_TITLE_LENGTH).join('')}…`;
}

/** Records a warning at the line of a front matter key the seed sets. */
export function metaMessage(seed: Seed, key: keyof SeedMeta, reason: string): void {
  seed.file.message(reason, { place: { line: seed.metaLines[key] ?? 1, column: 1 } });
}

/** Records a warning (or, with fatal, an error) at a body line of the seed. */
export function seedMessage(seed: Seed, reason: string, bodyLine?: number, fatal = false, column = 1): void {
  const place = bodyLine === undefined ? undefined : { line: bodyLine + seed.firstLine - 1, column };
  const message = seed.file.message(reason, place ? { place } : undefined);
  message.fatal = fatal;
}

/** Parses seed text (already decoded) into a Seed. Problems are recorded on the returned file. */
export function parseSeed(filePath: string, raw: string): Seed {
  const text0 = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The file only collects messages: holding the text too would keep every seed in memory for the whole build.
  const file = new VFile({ path: filePath });
  const id = path.basename(filePath).replace(/\.[^.]*$/, '');
  let body = text0;
  let firstLine = 1;
  let meta: SeedMeta = {};
  const metaLines: Partial<Record<keyof SeedMeta, number>> = {};
  if (/^---[ \t]*\n/.test(text0)) {
    try {
      // YAML 1.2's core schema: no timestamps, which js-yaml would roll over (2024-02-30 → 2024-03-01).
      const parsed = matter(text0, { engines: { yaml: (s: string) => load(s, { schema: CORE_SCHEMA }) as object } });
      body = parsed.content;
      firstLine = text0.slice(0, text0.length - body.length).split('\n').length;
      const result = SeedMetaSchema.safeParse(parsed.data ?? {});
      if (result.success) {
        for (const key of Object.keys(result.data) as (keyof SeedMeta)[]) metaLines[key] = lineOfKey(text0, key) ?? 1;
        meta = linkableUrls(result.data, (reason, key) => file.message(reason, { place: { line: metaLines[key] ?? 1, column: 1 } }));
      } else {
        for (const issue of result.error.issues) {
          const reasons =
            issue.code === 'unrecognized_keys'
              ? issue.keys.map((key) => [key, unknownKey(key)] as const)
              : [[String(issue.path[0] ?? ''), `front matter${issue.path.length ? ` \`${issue.path.join('.')}\`` : ''}: ${issue.message}`] as const];
          for (const [key, reason] of reasons) {
            // The key's line, or the opening `---` when it cannot be found (a quoted key, say).
            const m = file.message(reason, { place: { line: lineOfKey(text0, key) ?? 1, column: 1 } });
            m.fatal = true;
          }
        }
      }
    } catch (error) {
      const mark = (error as { mark?: { line?: number; column?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
      // The YAML parser notices an unclosed bracket or quote only where the front matter ends: point at where it opened.
      const open = UNCLOSED.test(reason ?? '') ? unclosedOpening(text0) : undefined;
      const m = open
        ? file.message(`malformed front matter: ${reason}: the ${open.char} opened here is never closed`, { place: { line: open.line, column: open.column } })
        : file.message(`malformed front matter: ${reason}`, { place: { line: (mark?.line ?? 0) + 2, column: (mark?.column ?? 0) + 1 } });
      m.fatal = true;
    }
  }
  return { path: filePath, id, text: body, firstLine, meta, metaLines, file };
}

const CLOSING: Record<string, string> = { '[': ']', '{': '}', '"': '"', "'": "'" };

/** js-yaml's reasons when a quoted scalar or flow collection runs to the end of the front matter. */
const UNCLOSED = /end of the stream|flow collection/;
/** What comes before a value: the line's start or a sequence dash, `key: `, or `[`, `{`, `,` of a flow collection. */
const VALUE_START = /(?:^\s*(?:-\s+)*|:\s+|[[{,]\s*)$/;

/**
 * The first bracket or quote of the front matter (the lines between the
 * opening `---` and the next) that is never closed, as a file position.
 * Comments and block scalars (`|`, `>`) are skipped; a bracket or quote
 * counts only where a value starts; `\"` escapes in double quotes and `''` in
 * single ones.
 */
export function unclosedOpening(text: string): { line: number; column: number; char: string } | undefined {
  const lines = text.split('\n');
  const stack: { line: number; column: number; char: string }[] = [];
  /** The indentation of the key whose block scalar the lines are in, or -1. */
  let blockScalar = -1;
  for (let n = 1; n < lines.length && !/^---[ \t]*$/.test(lines[n]!); n++) {
    const line = lines[n]!;
    const indent = /^ */.exec(line)![0].length;
    if (blockScalar >= 0 && (line.trim() === '' || indent > blockScalar)) continue;
    blockScalar = stack.length === 0 && /:[ \t]+[|>][-+0-9]*[ \t]*(#.*)?$/.test(line) ? indent : -1;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      const top = stack.at(-1)?.char;
      if (top === '"' || top === "'") {
        if (top === '"' && ch === '\\') i++;
        else if (top === "'" && ch === "'" && line[i + 1] === "'") i++;
        else if (ch === top) stack.pop();
        continue;
      }
      if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      // A bracket or quote opens something only where a value starts (`key: "…"`, `- [`, `["…"`, `, {`), not inside a plain value (`the '90s`, `see [1`).
      if ((ch === '[' || ch === '{' || ch === '"' || ch === "'") && VALUE_START.test(line.slice(0, i))) stack.push({ line: n + 1, column: i + 1, char: ch });
      else if ((ch === ']' || ch === '}') && top && CLOSING[top] === ch) stack.pop();
    }
  }
  return stack[0] && { ...stack[0], char: `\`${stack[0].char}\`` };
}

const KNOWN_KEYS = Object.keys(SeedMetaSchema.shape);

/** The message for a front matter key the schema does not know: the keys it does, and the nearest of them. */
function unknownKey(key: string): string {
  return `front matter: ${unknownKeyReason(key, KNOWN_KEYS, 'a seed')}`;
}

/** `unknown key \`sorce\` (did you mean \`source_url\`?); WHO may set \`title\`, …`: the known keys, and the nearest of them. */
export function unknownKeyReason(key: string, known: readonly string[], who: string): string {
  const near = (key.length > 1 ? known.find((k) => k.startsWith(key) || key.startsWith(k)) : undefined) ?? known.find((k) => editDistance(k, key) <= 2);
  return `unknown key \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}; ${who} may set ${known.map((k) => `\`${k}\``).join(', ')}`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function lineOfKey(text: string, key: string): number | undefined {
  if (!key) return undefined;
  const lines = text.split('\n');
  const i = lines.findIndex((l, n) => n > 0 && (l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`)));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Reads, decodes (see decode.ts) and parses a seed from disk. A file that
 * cannot be read or decoded gives an empty seed carrying one fatal message.
 */
export function readSeed(filePath: string): Seed {
  let bytes: Uint8Array;
  try {
    if (!fs.statSync(filePath).isFile()) return refused(filePath, 'not a regular file', { line: 1, column: 1 });
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    return refused(filePath, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { line: 1, column: 1 });
  }
  if (bytes.length > MAX_SEED_BYTES) {
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
    return refused(filePath, `the file is ${mb(bytes.length)}; a seed may be at most ${mb(MAX_SEED_BYTES)} (about 350,000 Chinese characters): split it into several seeds`, { line: 1, column: 1 });
  }
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return refused(filePath, decoded.reason, decoded.place);
  const seed = parseSeed(filePath, decoded.text);
  for (const notice of decoded.notices) seed.file.message(notice.reason, { place: notice.place });
  return seed;
}

function refused(filePath: string, reason: string, place: { line: number; column: number }): Seed {
  const seed = parseSeed(filePath, '');
  seed.file.message(reason, { place }).fatal = true;
  return seed;
}
