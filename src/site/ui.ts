/**
 * Interface strings, written once (in Traditional script, Taiwan's words) and
 * converted to each variant like any other text. Where the mainland's words
 * differ (搜尋 / 搜索, 報導 / 報道, 資料 / 數據), zh-Hans takes them from
 * `MAINLAND`, still written in Traditional script and converted the same way.
 */
import { convert } from '../convert/index.ts';
import type { Variant } from '../model/index.ts';
import type { BodyStrings } from '../render/article.ts';

const SOURCE = {
  siteTagline: '以繁體與簡體中文呈現的雙語知識微型網站：條目、新聞與來源。',
  skipToContent: '跳至正文',
  home: '首頁',
  siteNav: '網站導覽',
  entities: '專名索引',
  entityIndex: '專名索引',
  timeline: '時間線',
  mentions: '提及之處',
  relatedEntities: '相關實體',
  relatedArticles: '相關文章',
  sharedEntities: '共同提及',
  sharedDates: '同日事件',
  onWikipedia: '維基百科上的條目',
  articleOnSite: '本站條目',
  aliases: '又稱',
  kindPerson: '人物',
  kindPlace: '地點',
  kindOrganisation: '組織',
  kindOther: '其他',
  allEvents: '全部事件',
  byTopic: '按主題',
  byPeriod: '按時期',
  articleEvents: '本文大事記',
  onTimeline: '在時間線上',
  pagination: '分頁',
  prevPage: '上一頁',
  nextPage: '下一頁',
  pageNumber: '第 {n} 頁',
  prevPeriod: '上一時期',
  nextPeriod: '下一時期',
  showAll: '全部',
  newsAndBriefs: '新聞與簡訊見',
  yearUnknown: '年份不詳',
  approximate: '約',
  decade: '年代',
  eventsCount: '件事件',
  timelineOverview: '時間線概覽',
  latestEvents: '最近的事件',
  inText: '見原文',
  data: '資料下載',
  search: '搜尋',
  breadcrumbs: '導覽路徑',
  articleIndex: '全部條目',
  category: '分類',
  searchLabel: '搜尋全站（繁體或簡體皆可）',
  searchButton: '搜尋',
  searchNoResults: '沒有找到結果。',
  searchResults: '搜尋結果',
  searchUnavailable: '搜尋需要透過網站伺服器開啟本站（直接從磁碟開啟時無法使用）。',
  searchNoScript: '搜尋需要 JavaScript。',
  notFound: '找不到這個頁面。前往',
  articles: '條目',
  news: '新聞',
  briefs: '簡訊',
  notes: '參考資料',
  explanatoryNotes: '注釋',
  /** What a screen reader says for a citation `[n]` of the references, for `[註 n]` of the notes, and for the links back to either. */
  referenceLabel: '參考資料 {n}',
  explanatoryNoteMark: '註',
  explanatoryNoteLabel: '註 {n}',
  backToReference: '返回參考資料 {n} 的引用處',
  backToNote: '返回註 {n} 的引用處',
  missingNote: '來源細節未保留',
  filePage: '檔案頁面',
  contents: '目錄',
  related: '相關報導',
  photoNotKept: '原文配圖',
  categories: '分類',
  source: '來源',
  licence: '授權',
  inferred: '推斷日期',
  publishedAs: '原文',
  otherScript: '其他文字版本',
  wikiKind: '維基百科條目',
  newsKind: '新聞報導',
  briefKind: '新聞簡訊',
  readMore: '閱讀全文',
  dateline: '電訊地點',
  attributionWiki: '本頁內容取自維基百科條目',
  attributionWikiAfter: '，依',
  attributionWikiEnd: '授權使用；原文作者見該條目的',
  history: '編輯歷史',
  changes: '本站已整理排版、轉換字形並補全連結。',
  attributionNews: '本頁內容取自',
  chooseScript: '請選擇文字版本',
  footer: '本站為靜態網站，內容由原始文件自動生成。',
} as const;

export type UiKey = keyof typeof SOURCE;

const MAINLAND: Partial<Record<UiKey, string>> = {
  siteNav: '網站導航',
  breadcrumbs: '導航路徑',
  data: '數據下載',
  search: '搜索',
  searchLabel: '搜索全站（繁體或簡體皆可）',
  searchButton: '搜索',
  searchResults: '搜索結果',
  searchUnavailable: '搜索需要通過網站服務器打開本站（直接從磁盤打開時無法使用）。',
  searchNoScript: '搜索需要 JavaScript。',
  filePage: '文件頁面',
  related: '相關報道',
  newsKind: '新聞報道',
  changes: '本站已整理排版、轉換字形並補全鏈接。',
};

/** The words a variant's readers use. */
const wordsFor = (variant: Variant): Record<UiKey, string> => (variant === 'zh-Hans' ? { ...SOURCE, ...MAINLAND } : SOURCE);
export type UiStrings = { readonly [K in UiKey]: string };

const cache = new Map<Variant, UiStrings>();

export function uiStrings(variant: Variant): UiStrings {
  let strings = cache.get(variant);
  if (!strings) {
    strings = Object.freeze(
      Object.fromEntries(Object.entries(wordsFor(variant)).map(([k, v]) => [k, convert(v, variant, { source: 'zh-Hant' })])) as Record<UiKey, string>,
    );
    cache.set(variant, strings);
  }
  return strings;
}

export function bodyStrings(variant: Variant): BodyStrings {
  const ui = uiStrings(variant);
  const numbered = (label: string) => (n: number | string) => label.replace('{n}', String(n));
  /** The k-th of several links back to the places that cite one note. */
  const back = (label: string) => (n: number | string, k: number) => `${label.replace('{n}', String(n))}${k > 1 ? `（${k}）` : ''}`;
  return {
    notes: ui.notes,
    noteLabel: numbered(ui.referenceLabel),
    explanatoryNotes: ui.explanatoryNotes,
    explanatoryNoteMark: ui.explanatoryNoteMark,
    explanatoryNoteLabel: numbered(ui.explanatoryNoteLabel),
    backToCitation: back(ui.backToReference),
    backToNoteCitation: back(ui.backToNote),
    missingNote: ui.missingNote,
    filePage: ui.filePage,
    contents: ui.contents,
    related: ui.related,
    photoNotKept: ui.photoNotKept,
  };
}

/** The script switch names each variant in its own writing: 繁體 / 简体 (/ 臺灣正體 / 香港繁體). */
export const SCRIPT_LABEL: Readonly<Record<Variant, string>> = Object.freeze({
  'zh-Hant': '繁體',
  'zh-Hans': '简体',
  'zh-TW': '臺灣正體',
  'zh-HK': '香港繁體',
});
