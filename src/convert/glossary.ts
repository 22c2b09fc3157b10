/**
 * The site glossary (`seeds/glossary.yaml`): terms and names with the form
 * each variant writes them in. Every form of an entry is recognised in the
 * text, in either script, and replaced by the target's form; an entry wins
 * over the conversion tables and over names found in the corpus.
 *
 *     people:                  # person names, kept in their name form (范 stays 范, 钟 is 鍾)
 *       - 范平明
 *     terms:                   # per-variant forms; missing ones fall back as in MediaWiki
 *       - { zh-Hans: 东盟, zh-TW: 東協, zh-HK: 東盟 }
 *     keep:                    # written the same in every variant
 *       - 越通社
 */
import fs from 'node:fs';
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { readYaml, type YamlProblem } from '../ingest/yaml.ts';
import type { RuleForms } from './rules.ts';

export interface GlossaryTerm {
  /** Forms keyed by lower-case MediaWiki variant code: `zh-hans`, `zh-hant`, `zh-tw`, `zh-hk` … */
  readonly forms: RuleForms;
  readonly file?: string;
  readonly line?: number;
}

export interface Glossary {
  readonly terms: readonly GlossaryTerm[];
  readonly people: readonly string[];
  readonly keep: readonly string[];
}

export type GlossaryProblem = YamlProblem;

export const EMPTY_GLOSSARY: Glossary = Object.freeze({ terms: [], people: [], keep: [] });

export const GLOSSARY_FILES = ['glossary.yaml', 'glossary.yml'];

const VARIANT_KEY = /^zh(-(hans|hant|cn|tw|hk|mo|sg|my))?$/i;
const SECTIONS = new Set(['people', 'terms', 'keep']);

/** Parses glossary YAML; problems name the file and line, and the entries around them still load. */
export function parseGlossary(text: string, file: string): { glossary: Glossary; problems: GlossaryProblem[] } {
  const { doc, placeOf, problems } = readYaml(text, file);
  const problem = (node: YamlNode | null | undefined, reason: string) => {
    // An alias has its own message (readYaml); what it stands for is not read.
    if (!isAlias(node)) problems.push({ file, ...placeOf(node), reason });
  };
  const terms: GlossaryTerm[] = [];
  const people: string[] = [];
  const keep: string[] = [];
  const root = doc.contents;
  if (root !== null && !isMap(root)) problem(root, 'the glossary must be a mapping with people, terms and keep');
  for (const pair of isMap(root) ? root.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (isAlias(pair.key) || isAlias(value)) continue;
    if (!SECTIONS.has(key)) {
      problem(pair.key as YamlNode, `unknown glossary section "${key}" (use people, terms or keep)`);
      continue;
    }
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (!isSeq(value)) {
      problem(value, `${key} must be a list`);
      continue;
    }
    for (const item of value.items as YamlNode[]) {
      if (key !== 'terms') {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) (key === 'people' ? people : keep).push(item.value.trim());
        else problem(item, `each entry of ${key} must be a non-empty string`);
        continue;
      }
      if (!isMap(item)) {
        problem(item, 'each term must be a mapping such as { zh-Hans: 东盟, zh-TW: 東協 }');
        continue;
      }
      const forms: Record<string, string> = {};
      for (const p of item.items) {
        if (isAlias(p.key) || isAlias(p.value)) continue;
        const k = isScalar(p.key) ? String(p.key.value) : '';
        const v = isScalar(p.value) ? p.value.value : undefined;
        if (k === 'note') continue;
        if (!VARIANT_KEY.test(k)) problem(p.key as YamlNode, `unknown variant "${k}" (use zh-Hans, zh-Hant, zh-TW, zh-HK or note)`);
        else if (typeof v !== 'string' || !v.trim()) problem((p.value ?? p.key) as YamlNode, `the ${k} form must be a non-empty string`);
        else forms[k.toLowerCase()] = v.trim();
      }
      const line = placeOf(item)?.line;
      if (Object.keys(forms).length) terms.push({ forms, file, ...(line !== undefined ? { line } : {}) });
      else if (!item.items.some((p) => isAlias(p.key) || isAlias(p.value))) problem(item, 'a term needs at least one form');
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { glossary: { terms, people, keep }, problems };
}

/** Reads `glossary.yaml` (or `.yml`) from a seeds folder; no file is an empty glossary. */
export function loadGlossary(seedsDir: string): { glossary: Glossary; problems: GlossaryProblem[]; file?: string } {
  for (const name of GLOSSARY_FILES) {
    const file = path.join(seedsDir, name);
    if (fs.existsSync(file)) return { ...parseGlossary(fs.readFileSync(file, 'utf8'), file), file };
  }
  return { glossary: EMPTY_GLOSSARY, problems: [] };
}
