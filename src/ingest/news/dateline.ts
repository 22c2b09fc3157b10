/**
 * The dateline that opens a report, in the forms agencies print it:
 * - agency and place, then a dash: 越通社河内——, 越通社河内 ——, 越通社胡志明市——;
 * - agency, place and date, then 电 (or 讯), with an optional bracketed byline:
 *   越通社河内6月20日电, 越通社岘港10月5日电, 新华社河内6月20日电（记者 某某）;
 * - agency and date in brackets: （越通社——2023年5月12日）;
 * - agency and acronym in brackets, as the sign-off prints them, then an
 *   optional dash: (越通社-VNA)——, （越通社—VNA）; the agency alone in brackets
 *   needs the dash: （越通社）——;
 * - a correspondent abroad, then a dash or colon: 越通社驻莫斯科记者报道——.
 * Not a dateline: 据越通社（11月4日）报道， and 越通社记者报道说…, which are the
 * sentence's own words (its attribution), nor anything after the start of a
 * paragraph.
 */
import { escapeRe } from './options.ts';

export interface Dateline {
  /** The dateline as printed, without the dash that ends it, brackets around it or spaces before the byline: 越通社河内, 越通社河内6月20日电. */
  readonly dateline: string;
  /** The date the dateline gives, as printed (6月20日, 2023年5月12日); absent when it gives none. */
  readonly date?: string;
  /** The paragraph text after the dateline. */
  readonly rest: string;
}

const DASH = '(?:——|—|－－|--|–)';
const PLACE = '\\p{Script=Han}{0,8}?';
const DATE = '(?:\\d{4}\\s?年\\s?)?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日';
/** A bracketed byline after 电: （记者 阮俊）, (记者阮俊、黎英). */
const BYLINE = '[（(]\\s*(?:记者|記者|特派记者|特派記者|报道员|報道員)[^（）()]{1,40}[）)]';
const CLOSE = '[）)]';
/** The agency's Latin acronym after a dash: -VNA, —VNA. */
const ACRONYM = '[-—–－]+\\s*[A-Z]{2,6}';

/**
 * A news agency not in the list: a short name ending in 社 (新华社, 法新社,
 * 韩联社), not a phrase of the sentence (该旅行社, 这家报社) nor a kind of
 * business that is not a news agency (旅行社, 合作社, 出版社).
 */
const ANY_AGENCY = '(?![该該这這那本此其每各])\\p{Script=Han}{1,4}(?<!旅行|合作|出版)社';
const agencyPattern = (agencies: readonly string[]) => [...agencies.map(escapeRe), ANY_AGENCY].join('|');
/** 电 or 讯 ending the dateline, not the start of a word (电话, 电视, 讯息). */
const SENT = '[电電讯訊](?![话話视視台臺子影力报報脑腦邮郵器网網梯池源线線缆纜站信商息])';

/** The forms, each with named groups: head (agency, place, date …), date, byline. */
function patterns(agencies: readonly string[]): RegExp[] {
  const agency = `(?:${agencies.length ? agencyPattern(agencies) : ANY_AGENCY})`;
  return [
    // 越通社河内——
    new RegExp(`^(?<head>${agency}\\s*\\p{Script=Han}{0,8}?)\\s*${DASH}\\s*`, 'u'),
    // 越通社驻俄罗斯联邦记者报道—— (a correspondent abroad; the place may be longer than a city's name)
    new RegExp(`^(?<head>${agency}\\s*[驻駐]\\p{Script=Han}{1,12}?(?:特派)?(?:记者|記者)(?:报道|報道|報導)?)\\s*(?:${DASH}|[：:])\\s*`, 'u'),
    // (越通社-VNA)——, （越通社—VNA）, （越通社）——: the sign-off's form opening the report
    new RegExp(`^[（(]\\s*(?<head>${agency}\\s*${ACRONYM})\\s*${CLOSE}\\s*(?:${DASH}\\s*)?`, 'u'),
    new RegExp(`^[（(]\\s*(?<head>${agency})\\s*${CLOSE}\\s*${DASH}\\s*`, 'u'),
    // 越通社河内6月20日电（记者 某某） — with a date, the text may follow at once; without one, 电 must end a word.
    new RegExp(`^(?<head>${agency}\\s*${PLACE}\\s*(?<date>${DATE})\\s*${SENT})\\s*(?<byline>${BYLINE})?(?:${DASH}|[\\s：:，,])*`, 'u'),
    new RegExp(`^(?<head>${agency}\\s*${PLACE}\\s*${SENT})(?:\\s*(?<byline>${BYLINE})(?:${DASH}|[\\s：:，,])*|(?:${DASH}|[\\s：:，,])+)`, 'u'),
    // （越通社——2023年5月12日）
    new RegExp(`^[（(]\\s*(?<head>${agency}\\s*${PLACE}\\s*(?:${DASH}|[-－])?\\s*(?<date>${DATE}))\\s*${CLOSE}\\s*`, 'u'),
  ];
}

const compiled = new Map<string, RegExp[]>();

/**
 * Splits a dateline off the start of a paragraph. The agency is one of
 * `agencies` or any name ending in 社 (新华社); the place is up to eight Han
 * characters; spaces may stand between the parts. Undefined when the
 * paragraph has no dateline or nothing after it.
 */
export function splitDateline(text: string, agencies: readonly string[]): Dateline | undefined {
  const key = agencies.join('\n');
  let res = compiled.get(key);
  if (!res) compiled.set(key, (res = patterns(agencies)));
  for (const re of res) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length).trim();
    if (rest === '') return undefined;
    const { head, date, byline } = m.groups!;
    const dateline = head!.replace(/\s+/g, '') + (byline ? byline.replace(/^[（(]\s*/, '（').replace(/\s*[）)]$/, '）') : '');
    return { dateline, ...(date ? { date: date.replace(/\s+/g, '') } : {}), rest };
  }
  return undefined;
}
