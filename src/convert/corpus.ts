/**
 * Names and rules the corpus itself tells: link titles (entities), person
 * names marked by their context anywhere in the corpus (总理范明政, 潘廷镯同志,
 * 谢尔盖·拉夫罗夫), people and entities of the site model, and the
 * corpus-wide `-{H|…}-` / `-{A|…}-` rules and `-{…}-` kept texts. A converter
 * built with them protects every occurrence, not only the marked one.
 */
import type { Article, Block, Inline } from '../model/index.ts';
import type { Converter } from './converter.ts';
import { baseConverter } from './default.ts';
import type { GlossaryTerm } from './glossary.ts';
import { NAME_DOTS } from './names.ts';
import { hasRules, parseRules } from './rules.ts';
import { detectScript, ScriptEvidence } from './script.ts';
import type { Script } from './targets.ts';

export interface NameEntry {
  readonly name: string;
  /** The script of the document that wrote it, for names that show none of their own. */
  readonly script?: Script;
  /** For entities: the name reads as a person's, so surname characters keep their name form. */
  readonly person?: boolean;
}

export interface CorpusNames {
  readonly people: readonly NameEntry[];
  readonly entities: readonly NameEntry[];
  /** Corpus-wide rules (`-{H|…}-`, `-{A|…}-`). */
  readonly terms: readonly GlossaryTerm[];
  /** Texts marked `-{…}-`: written the same in every variant. */
  readonly keep: readonly string[];
}

/** What collectNames reads of the model's entities. */
export interface EntityLike {
  readonly title: string;
  readonly aliases?: readonly string[];
  readonly kind?: string;
}

const NAMESPACE = /^(category|file|image|template|wikipedia|help|portal|分類|分类|檔案|文件|圖像|图像|模板):/i;
const DISAMBIGUATION = /\s*[（(][^）)]*[）)]\s*$/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

// Walks with a callback rather than generators: these run over every text of the corpus several times.
type Visit = (text: string) => void;

function inlineTexts(inlines: readonly Inline[], fn: Visit): void {
  for (const node of inlines) {
    if (node.type === 'text') fn(node.value);
    else if ('children' in node) inlineTexts(node.children, fn);
  }
}

function blockTexts(block: Block, fn: Visit): void {
  switch (block.type) {
    case 'paragraph':
    case 'related':
      inlineTexts(block.children, fn);
      break;
    case 'figure':
      inlineTexts(block.caption, fn);
      fn(block.alt);
      if (block.credit) fn(block.credit);
      break;
    case 'list':
      for (const item of block.items) for (const b of item) blockTexts(b, fn);
      break;
    case 'quote':
      for (const b of block.children) blockTexts(b, fn);
      break;
    case 'table':
      for (const row of block.rows) for (const cell of row) inlineTexts(cell, fn);
      break;
    case 'code':
      break;
  }
}

/** Calls `fn` with every text of an article that conversion touches, in reading order. */
export function eachArticleText(article: Article, fn: Visit): void {
  fn(article.title);
  fn(article.summary);
  for (const b of article.lead) blockTexts(b, fn);
  for (const s of article.sections) {
    inlineTexts(s.heading, fn);
    for (const b of s.blocks) blockTexts(b, fn);
  }
  for (const n of article.footnotes) if (n.content) inlineTexts(n.content, fn);
  for (const c of article.categories) fn(c);
  if (article.dateline) fn(article.dateline);
  if (article.signoff) fn(article.signoff);
}

function linkTitles(inlines: readonly Inline[], fn: Visit): void {
  for (const node of inlines) {
    if (node.type === 'link' && (node.target.kind === 'wikipedia' || node.target.kind === 'entity')) fn(node.target.title);
    if ('children' in node) linkTitles(node.children, fn);
  }
}

function blockLinkTitles(blocks: readonly Block[], fn: Visit): void {
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'related') linkTitles(b.children, fn);
    else if (b.type === 'figure') linkTitles(b.caption, fn);
    else if (b.type === 'list') for (const item of b.items) blockLinkTitles(item, fn);
    else if (b.type === 'quote') blockLinkTitles(b.children, fn);
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row) linkTitles(cell, fn);
  }
}

/** Calls `fn` with the title of every wiki or entity link of an article: blocks first, then headings, then notes. */
function eachLinkTitle(article: Article, fn: Visit): void {
  blockLinkTitles(article.lead, fn);
  for (const s of article.sections) blockLinkTitles(s.blocks, fn);
  for (const s of article.sections) linkTitles(s.heading, fn);
  for (const n of article.footnotes) if (n.content) linkTitles(n.content, fn);
}

const scripts = new WeakMap<Article, Script | null>();

/** The script an article is written in (most of its evidence); remembered, as names, review and conversion all ask. */
export function articleScript(article: Article): Script | undefined {
  let script = scripts.get(article);
  if (script === undefined) {
    const evidence = new ScriptEvidence();
    eachArticleText(article, (text) => evidence.add(text));
    scripts.set(article, (script = evidence.script() ?? null));
  }
  return script ?? undefined;
}

export interface CollectOptions {
  /** The site model's entities: people among them are names, the rest entities. */
  readonly entities?: readonly EntityLike[];
  /** Tells where names are; a converter without names by default. */
  readonly converter?: Converter;
}

class NameSink {
  readonly people = new Map<string, NameEntry>();
  readonly others = new Map<string, NameEntry>();
  readonly terms: GlossaryTerm[] = [];
  readonly keep = new Set<string>();
  private readonly dots = new RegExp(`[${NAME_DOTS}]`);
  /** Names read only short before a word that follows names (梁强|强调), with their longer readings (see `resolveCuts`). */
  private readonly cuts = new Map<string, string[]>();

  constructor(readonly converter: Converter) {}

  person(name: string, script: Script | undefined): void {
    this.cuts.delete(name);
    if (name.length < 2 || this.people.has(name)) return;
    this.people.set(name, { name, ...(script ? { script } : {}) });
    if (this.dots.test(name)) for (const part of name.split(this.dots)) if (part.length >= 2) this.person(part, script);
  }

  /** Rules, and names that the context marks, in one text. */
  text(text: string, script: Script | undefined, file?: string): void {
    if (hasRules(text)) {
      for (const piece of parseRules(text)) {
        if (typeof piece === 'string') continue;
        if (piece.kind === 'raw' && HAN.test(piece.text)) this.keep.add(piece.text);
        if (piece.kind === 'forms' && piece.global) this.terms.push({ forms: piece.forms, ...(file ? { file } : {}) });
      }
    }
    for (const { name, longer } of this.converter.readNames(text)) {
      if (longer === undefined) this.person(name, script);
      else if (this.cuts.has(name)) this.cuts.get(name)!.push(longer);
      else if (!this.people.has(name)) {
        this.person(name, script);
        this.cuts.set(name, [longer]);
      }
    }
  }

  /**
   * A name read short before a word that follows names stands (梁强 of
   * 国家主席梁强强调), unless it is read so only and the corpus reads one of
   * its longer readings as a name elsewhere, in either script (陈明强 of
   * 副总理陈明强调研, where 陳明強表示 is written too): then that name is meant.
   */
  private resolveCuts(): void {
    if (this.cuts.size === 0) return;
    const key = (name: string) => this.converter.convert(name, 'zh-Hans');
    const longers = [...this.cuts.values()].flat();
    const lengths = new Set(longers.map((l) => l.length));
    const known = new Set([...this.people.keys()].filter((name) => lengths.has(name.length) && !this.cuts.has(name)).map(key));
    for (const [name, readings] of this.cuts) if (readings.some((l) => known.has(key(l)))) this.people.delete(name);
    this.cuts.clear();
  }

  entity(raw: string, script: Script | undefined, person?: boolean): void {
    const title = raw.replace(/_/g, ' ').replace(DISAMBIGUATION, '').trim();
    if (!HAN.test(title) || NAMESPACE.test(title) || this.others.has(title)) return;
    const isPerson = person ?? this.converter.personLike(title);
    this.others.set(title, { name: title, ...(script ? { script } : {}), ...(isPerson ? { person: true } : {}) });
  }

  result(): CorpusNames {
    this.resolveCuts();
    for (const name of this.people.keys()) this.others.delete(name);
    return { people: [...this.people.values()], entities: [...this.others.values()], terms: this.terms, keep: [...this.keep] };
  }
}

/** Collects the names and rules of a corpus, for `createConverter({ glossary, names })`. */
export function collectNames(articles: readonly Article[], options: CollectOptions = {}): CorpusNames {
  const sink = new NameSink(options.converter ?? baseConverter());
  for (const article of articles) {
    const script = articleScript(article);
    eachArticleText(article, (text) => sink.text(text, script, article.file));
    eachLinkTitle(article, (title) => sink.entity(title, script));
  }
  for (const entity of options.entities ?? []) {
    for (const name of [entity.title, ...(entity.aliases ?? [])]) {
      if (entity.kind === 'person') sink.person(name.replace(DISAMBIGUATION, '').trim(), undefined);
      else sink.entity(name, undefined, false);
    }
  }
  return sink.result();
}

/** The same for plain text (one document), e.g. the input of the convert command. */
export function collectTextNames(texts: readonly string[], converter: Converter = baseConverter()): CorpusNames {
  const sink = new NameSink(converter);
  const script = detectScript(texts.join('\n'));
  for (const text of texts) sink.text(text, script);
  return sink.result();
}
