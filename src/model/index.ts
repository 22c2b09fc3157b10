/**
 * The data model shared by every stage. Types only.
 *
 * Text is stored once, in the script its source wrote it in. Conversion to a
 * variant maps text fields only (see src/convert); ids, slugs, anchors and URLs
 * are identical in every variant.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** ASCII, URL-safe, stable across variants: the article's path segment. */
export type Slug = Brand<string, 'Slug'>;
/** An absolute URL that passed the scheme allow-list (see src/model/url.ts). */
export type SafeUrl = Brand<string, 'SafeUrl'>;

/** A script or regional variant the site can be built in. */
export type Variant = 'zh-Hant' | 'zh-Hans' | 'zh-TW' | 'zh-HK';
/** The site's default variants: the two scripts. */
export const VARIANTS: readonly Variant[] = Object.freeze(['zh-Hant', 'zh-Hans']);
export const ALL_VARIANTS: readonly Variant[] = Object.freeze(['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK']);

export type ArticleKind = 'wiki' | 'news' | 'brief';

/** Where a piece of the model came from, for messages and provenance. */
export interface SourcePos {
  /** Path of the seed file, relative to the project (or as given). */
  readonly file: string;
  /** 1-based line in the seed file (after any front matter is accounted for). */
  readonly line: number;
  readonly column?: number;
}

export type LinkTarget =
  | { readonly kind: 'wikipedia'; readonly title: string; readonly anchor?: string }
  /** An entity of the corpus: its page when it has one, else its Wikipedia page (`title`). */
  | { readonly kind: 'entity'; readonly id: string; readonly title: string }
  | { readonly kind: 'external'; readonly url: SafeUrl }
  | { readonly kind: 'internal'; readonly slug: Slug; readonly anchor?: string };

export type Inline =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'emphasis'; readonly children: readonly Inline[] }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'delete'; readonly children: readonly Inline[] }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'break' }
  | { readonly type: 'link'; readonly target: LinkTarget; readonly children: readonly Inline[] }
  /** A citation of footnote `n`; `id` is this citation's own anchor (for back-links). */
  | { readonly type: 'footnoteRef'; readonly n: number; readonly id: string; readonly group?: NoteGroup; readonly label?: string }
  /** A date expression that became a timeline event; `datetime` is ISO 8601 at its precision. */
  | { readonly type: 'date'; readonly eventId: string; readonly datetime: string; readonly children: readonly Inline[] };

export interface Image {
  /** Where the picture loads from (may be remote). */
  readonly src: SafeUrl;
  /** The page that describes the file (licence, author). */
  readonly page?: SafeUrl;
  /** The file's name, e.g. a Wikimedia Commons file title. */
  readonly file?: string;
}

interface BlockBase {
  /** Anchor id, unique within the article, identical in every variant. */
  readonly id: string;
  readonly source: SourcePos;
}

export interface Paragraph extends BlockBase {
  readonly type: 'paragraph';
  readonly children: readonly Inline[];
}

export interface Figure extends BlockBase {
  readonly type: 'figure';
  readonly image?: Image;
  readonly caption: readonly Inline[];
  /** Photo credit as printed by the source (e.g. 图片来源:越通社). */
  readonly credit?: string;
  /** Text alternative for the picture; empty when the caption says it all. */
  readonly alt: string;
}

export interface List extends BlockBase {
  readonly type: 'list';
  readonly ordered: boolean;
  readonly start?: number;
  readonly items: readonly (readonly Block[])[];
}

export interface Quote extends BlockBase {
  readonly type: 'quote';
  readonly children: readonly Block[];
}

export interface CodeBlock extends BlockBase {
  readonly type: 'code';
  readonly value: string;
}

export interface Table extends BlockBase {
  readonly type: 'table';
  /** First row is the header row. */
  readonly rows: readonly (readonly (readonly Inline[])[])[];
  /** Each column's alignment as the source marks it (`---:`), when any column has one. */
  readonly align?: readonly ColumnAlign[];
}

export type ColumnAlign = 'left' | 'right' | 'center' | null;

/** A headline of another story that the source printed inside the text (e.g. 【…】). */
export interface Related extends BlockBase {
  readonly type: 'related';
  readonly children: readonly Inline[];
}

export type Block = Paragraph | Figure | List | Quote | CodeBlock | Table | Related;

export interface Section {
  /** Stable ASCII anchor, identical in every variant. */
  readonly id: string;
  readonly level: number;
  readonly heading: readonly Inline[];
  readonly blocks: readonly Block[];
  readonly source: SourcePos;
}

/**
 * Explanatory notes (`[註 1]`, from MediaWiki's `{{efn}}` and the like), which
 * the source numbers apart from its references (`[1]`).
 */
export type NoteGroup = 'note';

export interface Footnote {
  /** The number the source gave it; never renumbered. */
  readonly n: number;
  /** Set on an explanatory note: the group it is numbered in. */
  readonly group?: NoteGroup;
  /** A lettered note's letter (a, b …), shown instead of its number `n`, which follows the group's numbered notes. */
  readonly label?: string;
  /** Anchor of the note itself. */
  readonly id: string;
  /** The note's text, or null when the source lost it. */
  readonly content: readonly Inline[] | null;
  /** Anchor ids of every citation of this note, in reading order. */
  readonly refs: readonly string[];
  readonly source: SourcePos;
}

export type DatePrecision = 'year' | 'month' | 'xun' | 'day';

/**
 * A calendar point at a stated precision: `1987`, `2001-01`, `1950-01-30`; a
 * xun is `2009-07` plus its part. When the text gives no year and none can be
 * inferred, `yearless` is set and `iso` is HTML's yearless form `MM-DD`.
 */
export interface DatePoint {
  readonly iso: string;
  readonly yearless?: true;
  readonly precision: DatePrecision;
  /** For precision 'xun': 1 = 上旬, 2 = 中旬, 3 = 下旬. */
  readonly xun?: 1 | 2 | 3;
}

export interface DateSpan {
  readonly start: DatePoint;
  readonly end?: DatePoint;
  /** 'inferred' when any part (usually the year) was not written next to the date. */
  readonly certainty: 'stated' | 'inferred';
  /** Why an inferred date was chosen, for readers and maintainers. */
  readonly reason?: string;
  /** The text marks the date as approximate (早在, 約, 左右 …). */
  readonly approximate?: true;
}

export interface Licence {
  readonly name: string;
  readonly url: SafeUrl;
}

export interface ArticleSource {
  /** Who published the original, e.g. 維基百科 / 越通社. */
  readonly publisher: string;
  readonly url?: SafeUrl;
  readonly licence?: Licence;
  /** The title of the original page where the source is a wiki. */
  readonly wikipediaTitle?: string;
  /** Where the original's authors are listed (e.g. a page history). */
  readonly authorsUrl?: SafeUrl;
}

export interface Article {
  readonly id: string;
  readonly slug: Slug;
  readonly kind: ArticleKind;
  readonly title: string;
  /** Plain-text summary for listings and meta descriptions. */
  readonly summary: string;
  readonly date?: DateSpan;
  readonly source: ArticleSource;
  /** Blocks before the first heading. */
  readonly lead: readonly Block[];
  readonly sections: readonly Section[];
  readonly footnotes: readonly Footnote[];
  readonly categories: readonly string[];
  /** News only: the place-and-agency line that opens the report, e.g. 越通社河内. */
  readonly dateline?: string;
  /** News only: the closing agency line, e.g. 越通社-VNA. */
  readonly signoff?: string;
  /** Briefs only: the id of the article whose page carried them. */
  readonly parent?: string;
  /** The seed file this article came from. */
  readonly file: string;
  /** The line of `file` the slug comes from: its `slug:` or `title:` front matter, or the title in the text (1 when from the file name). */
  readonly slugLine: number;
}

export interface SiteOptions {
  readonly variants: readonly Variant[];
  /** Absolute URL where the site is published, for canonical links; optional. */
  readonly siteUrl?: string;
  readonly title: string;
  /** Pages per part of the search index (default SEARCH_PART_PAGES in src/site/search-index.ts). */
  readonly searchPartPages?: number;
}

/** The anchor of a news report's dateline (越通社河内), where its place is named. */
export const DATELINE_ANCHOR = 'dateline';

export type EntityKind = 'person' | 'place' | 'organisation' | 'other';

/** One place an entity is named: the paragraph's anchor and the sentence, in the source script. */
export interface Mention {
  readonly articleId: string;
  readonly blockId: string;
  readonly sectionId?: string;
  readonly sentence: string;
}

export interface Entity {
  readonly id: string;
  /** Canonical title, as the corpus first wrote it. */
  readonly title: string;
  /** Every name it goes by, in the forms the corpus wrote (both scripts match them). */
  readonly aliases: readonly string[];
  readonly kind: EntityKind;
  readonly wikipediaTitle: string;
  /** The id of the corpus's article about it, when there is one: links to the entity in text lead there. */
  readonly article?: string;
  readonly mentions: readonly Mention[];
  /** People, places, organisations, subjects of the corpus's articles and anything else named in more than one place get a page (common nouns never). */
  readonly hasPage: boolean;
  /** Entities named in the same sentences, most often first. */
  readonly related: readonly { readonly id: string; readonly count: number }[];
}

export interface TimelineEvent {
  readonly id: string;
  readonly date: DateSpan;
  /** The sentence the date came from, in the source script. */
  readonly sentence: string;
  /** The date expression as written. */
  readonly text: string;
  readonly articleId: string;
  readonly blockId: string;
  readonly sectionId?: string;
  /** The section heading (or, outside sections, the article kind's label), in the source script. */
  readonly topic: string;
  readonly topicId: string;
  readonly entities: readonly string[];
}

export interface RelatedArticle {
  readonly articleId: string;
  /** Entities both articles name. */
  readonly entities: readonly string[];
  /** Dates (ISO) both articles have events on. */
  readonly dates: readonly string[];
}

export interface SiteModel {
  readonly options: SiteOptions;
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly events: readonly TimelineEvent[];
  /** For each article id, the articles related to it, strongest first. */
  readonly related: Readonly<Record<string, readonly RelatedArticle[]>>;
  /** For each article id that has any, the anchor ids of the parts the search index leaves out (src/site/search-text.ts). */
  readonly unsearched?: Readonly<Record<string, readonly string[]>>;
}

/** The text of inlines: text and code as written, a line break as `breakAs`, footnote markers left out. */
export function inlineText(inlines: readonly Inline[], breakAs = ''): string {
  let out = '';
  for (const i of inlines) {
    if (i.type === 'text' || i.type === 'code') out += i.value;
    else if (i.type === 'break') out += breakAs;
    else if ('children' in i) out += inlineText(i.children, breakAs);
  }
  return out;
}
