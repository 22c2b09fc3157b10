/**
 * A deterministic corpus generator for the build bench: N seed files shaped
 * like the seeds in `seeds/`, made from the seeds' own text.
 *
 *   npx tsx bench/corpus.ts N DIR [--seed S] [--news 0.5]
 *
 * Wiki seeds (markdown): a thumbnail line (some), a bold lead, 2–4 sections
 * under the seeds' headings, paragraphs mixing the seeds' sentences (their
 * links and \[n\] markers renumbered) with sentences made from the seeds'
 * phrasing around dates and names, both wikilink forms (some with glued
 * text), a 參考 list as exported (empty and filled entries) and categories.
 *
 * News seeds (plain text, VNA shape): headline, lede, `ảnh 1` photo line,
 * 越通社城市—— dateline, paragraphs, a 【related】 headline, the
 * (越通社-VNA) sign-off, and in some reports 更多 with teasers, drawn from a
 * shared pool of stories so that reports repeat teasers as the real site does.
 *
 * Names: the seeds' own entities are the most frequent ones; a long tail of
 * people, places and organisations is made from the characters of the seeds'
 * names (the pool grows with N, picks are Zipf-like), so entity pages, the
 * mention search, kinds, events and related articles all see realistic load.
 * Titles and slugs are unique (front matter `title:` / `slug:`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  /** Folder with the real seeds to take text from. */
  readonly seedsDir?: string;
  readonly seed?: number;
  /** Share of news seeds (the rest are wiki). */
  readonly newsShare?: number;
}

export interface CorpusStats {
  readonly files: number;
  readonly wiki: number;
  readonly news: number;
  /** Teasers written (briefs after de-duplication are fewer). */
  readonly teasers: number;
  readonly bytes: number;
}

const FRONT = /^---\n[\s\S]*?\n---\n/;

interface WikiSource {
  thumbnail?: string;
  sentences: string[];
  headings: string[];
  references: string[];
  categories: string[];
}

interface NewsSource {
  sentences: string[];
  teaserHeadlines: string[];
  teaserSummaries: string[];
  captions: string[];
  related: string[];
}

function readSources(seedsDir: string): { wiki: WikiSource; news: NewsSource } {
  const wiki: WikiSource = { sentences: [], headings: [], references: [], categories: [] };
  const news: NewsSource = { sentences: [], teaserHeadlines: [], teaserSummaries: [], captions: [], related: [] };
  for (const name of fs.readdirSync(seedsDir).sort()) {
    if (!/\.(txt|md|markdown)$/.test(name)) continue;
    const text = fs.readFileSync(path.join(seedsDir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(FRONT, '');
    if (/"wikilink"\)/.test(text)) readWiki(text, wiki);
    else readNews(text, news);
  }
  if (!wiki.sentences.length || !news.sentences.length) throw new Error(`${seedsDir}: need one wiki and one news seed to take text from`);
  return { wiki, news };
}

/** Sentences ending in 。 or ；, markup kept; markers glued to a following line ("\[1\]\n。") joined. */
function sentences(paragraph: string): string[] {
  const flat = paragraph.replace(/\n(?=[。；，])/g, '').replace(/\n/g, '');
  return (flat.match(/[^。；]+[。；]?/gu) ?? []).map((s) => s.trim()).filter((s) => /\p{Script=Han}/u.test(s) && s.length > 8);
}

function readWiki(text: string, out: WikiSource): void {
  const lines = text.split('\n');
  let i = 0;
  if (lines[0]?.startsWith('[缩略图]')) out.thumbnail = lines[i++];
  const refAt = lines.findIndex((l) => /^##\s*(參考|参考)/.test(l));
  const body = lines.slice(i, refAt < 0 ? undefined : refAt).join('\n');
  for (const block of body.split(/\n{2,}/)) {
    const h = /^##\s+(.+)$/.exec(block.trim());
    if (h) out.headings.push(h[1]!);
    else out.sentences.push(...sentences(block).filter((x) => !x.startsWith('**')));
  }
  if (refAt >= 0) {
    const rest = lines.slice(refAt + 1);
    out.categories.push(...rest.filter((l) => l.startsWith('[Category:')).map((l) => /^\[Category:([^\]]+)\]/.exec(l)![1]!));
    let cur: string[] | undefined;
    for (const l of rest) {
      if (/^\d+\.\s*/.test(l)) {
        if (cur) out.references.push(cur.join('\n'));
        cur = [l.replace(/^\d+\.\s*/, '')];
      } else if (cur && /^\s{2,}\S/.test(l)) cur.push(l);
    }
    if (cur) out.references.push(cur.join('\n'));
    out.references = out.references.filter((r) => r.trim());
  }
}

function readNews(text: string, out: NewsSource): void {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const more = lines.indexOf('更多');
  const report = more < 0 ? lines.slice(1) : lines.slice(1, more);
  for (const l of report) {
    if (/ảnh\s*\d/.test(l)) out.captions.push(l.replace(/^.*ảnh\s*\d+/, ''));
    else if (/^【.+】$/.test(l)) out.related.push(l.slice(1, -1).trim());
    else if (l.length > 20) out.sentences.push(...sentences(l.replace(/^[\p{Script=Han}]{2,12}——/u, '').replace(/\(越通社-VNA\)$/, '')));
  }
  if (more >= 0) {
    const teasers = lines.slice(more + 1).filter((l) => l !== '越通社');
    for (let i = 0; i + 2 < teasers.length; i += 3) {
      out.captions.push(teasers[i]!.replace(/。?图自越通社$/, '').replace(/。[^。]*供图$/, ''));
      out.teaserHeadlines.push(teasers[i + 1]!.replace(/^[^:：]+[:：]/, ''));
      out.teaserSummaries.push(teasers[i + 2]!);
    }
  }
}

// Characters of the seeds' names, to make more names of the same shapes.
const TRANSLIT = '弗拉基米爾普京謝爾蓋拉夫羅夫安德烈斯列普涅夫愛德華謝瓦納茲德米特里梅德韋傑夫哈立德本穆罕默德阿勒納哈揚費利克斯烏略亞';
const VIET_SURNAMES = '范阮陳黎鄧潘梁趙';
const VIET_GIVEN = '平明政德良明哲文同黃江廷鐸才榮強海碧珍循財';
const PLACE_CHARS = '河內莫斯科金蘭南沙聖彼得堡新加坡薩爾瓦多墨西哥比勒陀利亞阿布達比西班牙柬埔寨哈薩克白俄';
const PLACE_SUFFIX = ['市', '省', '灣', '島', '州'];
const ORG_SUFFIX = ['委員會', '聯盟', '論壇', '銀行', '公司', '協會'];
const TOPICS = ['概論', '經貿關係', '軍事關係', '政治關係', '能源合作', '文化交流', '歷史'];
const CITIES = ['河内', '莫斯科', '北京', '华盛顿', '金边', '万象', '曼谷', '雅加达', '新加坡', '东京'];
const SEED_PEOPLE = ['弗拉基米爾·普京', '謝爾蓋·拉夫羅夫', '德米特里·梅德韋傑夫', '愛德華·謝瓦納茲', '安德烈·斯列普涅夫'];
const SEED_VIET = ['阮明哲', '陳德良', '范平明', '范明政'];
const SEED_PLACES = ['俄羅斯', '越南', '河內', '莫斯科', '中國', '白俄羅斯', '哈薩克斯坦', '印度', '蘇聯', '北越'];
const SEED_ORGS = ['歐亞經濟共同體', '蘇聯海軍', '東盟', '歐亞經濟聯盟'];
const THINGS = ['諒解備忘錄', '合作協議', '聯合聲明', '投資協定', '軍事合同'];

class Names {
  readonly people: string[] = [...SEED_PEOPLE];
  readonly viet: string[] = [...SEED_VIET];
  readonly places: string[] = [...SEED_PLACES];
  readonly orgs: string[] = [...SEED_ORGS];
  private readonly taken = new Set<string>([...SEED_PEOPLE, ...SEED_VIET, ...SEED_PLACES, ...SEED_ORGS]);

  constructor(private readonly rnd: () => number, n: number) {
    const chars = (pool: string, min: number, max: number) => {
      let s = '';
      const len = min + Math.floor(rnd() * (max - min + 1));
      for (let i = 0; i < len; i++) s += [...pool][Math.floor(rnd() * [...pool].length)];
      return s;
    };
    const fill = (list: string[], count: number, make: () => string) => {
      for (let tries = 0; list.length < count && tries < count * 20; tries++) {
        const name = make();
        if (!this.taken.has(name)) {
          this.taken.add(name);
          list.push(name);
        }
      }
    };
    fill(this.people, Math.max(40, Math.round(n * 0.6)), () => `${chars(TRANSLIT, 2, 4)}·${chars(TRANSLIT, 2, 4)}`);
    fill(this.viet, Math.max(20, Math.round(n * 0.2)), () => `${chars(VIET_SURNAMES, 1, 1)}${chars(VIET_GIVEN, 2, 2)}`);
    fill(this.places, Math.max(30, Math.round(n * 0.4)), () => `${chars(PLACE_CHARS, 2, 3)}${PLACE_SUFFIX[Math.floor(rnd() * PLACE_SUFFIX.length)]}`);
    fill(this.orgs, Math.max(20, Math.round(n * 0.2)), () => `${chars(PLACE_CHARS, 2, 2)}${chars(TRANSLIT, 1, 2)}${ORG_SUFFIX[Math.floor(rnd() * ORG_SUFFIX.length)]}`);
  }

  /** Zipf-like pick: the first (the seeds' own) names are by far the most frequent. */
  pick(list: readonly string[]): string {
    const u = this.rnd();
    return list[Math.min(list.length - 1, Math.floor(list.length * u * u * u))]!;
  }
}

export function generateCorpus(n: number, outDir: string, options: CorpusOptions = {}): CorpusStats {
  const seedsDir = options.seedsDir ?? 'seeds';
  const rnd = prng(options.seed ?? 20180319);
  const newsShare = options.newsShare ?? 0.5;
  const src = readSources(seedsDir);
  const names = new Names(rnd, n);
  const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const one = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;

  fs.mkdirSync(outDir, { recursive: true });
  for (const g of ['glossary.yaml', 'glossary.yml']) if (fs.existsSync(path.join(seedsDir, g))) fs.copyFileSync(path.join(seedsDir, g), path.join(outDir, g));

  const date = (): string => {
    const y = int(1950, 2025);
    switch (int(0, 7)) {
      case 0:
        return `${y}年`;
      case 1:
        return `早在${y}年`;
      case 2:
        return `${y}年${int(1, 12)}月`;
      case 3:
        return `${y}年${one(['七', '三', '十一', '五'])}月${one(['上旬', '中旬', '下旬'])}`;
      case 4:
        return `${y}年${int(1, 12)}月${int(1, 18)}日至${int(19, 28)}日`;
      default:
        return `${y}年${int(1, 12)}月${int(1, 28)}日`;
    }
  };
  const wikiLink = (title: string, glue = ''): string =>
    chance(0.5) ? `[${title}${glue}](https://zh.wikipedia.org/wiki/${title} "wikilink")` : `[${title}${glue}](../Page/${title}.md "wikilink")`;

  // Stories shown as teasers under 更多: a pool shared by the reports, so teasers repeat across reports.
  const storyCount = Math.max(8, Math.round(n / 12));
  const stories = Array.from({ length: storyCount }, (_, k) => {
    const person = toHans(names.pick(names.viet));
    return {
      caption: `${person}会见${toHans(names.pick(names.places))}代表团。图自越通社`,
      headline: `第${k + 1}期:${one(src.news.teaserHeadlines)}`,
      summary: `当地时间${int(1, 12)}月${int(1, 28)}日上午,${person}${one(['会见了', '接见了', '致电'])}${toHans(names.pick(names.people))}。${one(src.news.teaserSummaries)}`,
    };
  });

  let footnote = 0;
  const renumber = (s: string) => s.replace(/\\\[\d+\\\]/g, () => `\\[${++footnote}\\]`);
  const marker = () => (chance(0.6) ? `\\[${++footnote}\\]` : '');

  /** A sentence made of the seeds' phrasing around a date and names (Traditional, with links). */
  const wikiSentence = (): string => {
    const p = names.pick(names.people);
    const v = names.pick(names.viet);
    const l = names.pick(names.places);
    const l2 = names.pick(names.places);
    const o = names.pick(names.orgs);
    switch (int(0, 5)) {
      case 0:
        return `${date()}，${one(['俄羅斯總統', '外長', '總理'])}${wikiLink(p)}正式訪問${wikiLink(l)}，由越南國家主席${wikiLink(v)}接待${marker()}。`;
      case 1:
        return `${date()}，${wikiLink(p, '到訪')}${l}，訪問為期兩天；${p.split('·').at(-1)}在訪問中與${wikiLink(o)}舉行會談${marker()}。`;
      case 2:
        return `${wikiLink(o)}曾在${date().replace(/^早在/, '')}與${wikiLink(l)}簽署${wikiLink(one(THINGS))}，但沒有透露具體細節${marker()}。`;
      case 3:
        return `${date()}，${l}和${l2}兩國的雙邊貿易總額為${int(2, 90)}.${int(1, 9)}億${wikiLink('美元')}，主席${v}表示兩國關係發展積極${marker()}。`;
      case 4:
        return `${wikiLink(l2)}在${date()}擴大了${int(2, 9)}倍，有分析人士認為是用於抗衡${wikiLink(names.pick(names.places))}潛在的威脅${marker()}。`;
      default:
        return `${date()}，${wikiLink(o, '領導人')}${wikiLink(p)}到訪${l}，就${l2}加入${o}的可能性舉行會談${marker()}。`;
    }
  };
  /** The same in the news' Simplified prose, without links (mentions are found in plain text). */
  const newsSentence = (): string => {
    const p = toHans(names.pick(names.people));
    const v = toHans(names.pick(names.viet));
    const l = toHans(names.pick(names.places));
    const o = toHans(names.pick(names.orgs));
    switch (int(0, 3)) {
      case 0:
        return `${toHans(date())},${p}对${l}进行正式访问,并与越南政府副总理${v}举行会谈。`;
      case 1:
        return `${v}表示,${toHans(date())}以来,两国在${o}框架内的合作不断加强。`;
      case 2:
        return `${int(1, 12)}月${int(1, 28)}日,${o}在${l}举行会议,${p}出席。`;
      default:
        return `${toHans(date())},${l}同${o}签署合作协议,总额达${int(2, 90)}亿美元。`;
    }
  };

  const titles = new Set<string>();
  const uniqueTitle = (base: string) => {
    let t = base;
    for (let i = 2; titles.has(t); i++) t = `${base}（${i}）`;
    titles.add(t);
    return t;
  };

  let bytes = 0;
  let wiki = 0;
  let news = 0;
  let teasers = 0;
  const width = String(n).length;
  for (let k = 0; k < n; k++) {
    footnote = 0;
    const isNews = rnd() < newsShare;
    const file = path.join(outDir, `${String(k).padStart(width, '0')}_${isNews ? 'news' : 'wiki'}.${isNews ? 'txt' : 'md'}`);
    let text: string;
    if (!isNews) {
      wiki++;
      const a = names.pick(names.places);
      let b = names.pick(names.places.slice(0, 40));
      if (b === a) b = a === '越南' ? '俄羅斯' : '越南';
      const title = uniqueTitle(`${a}－${b}關係`);
      const out: string[] = ['---', `title: ${title}`, `slug: wiki-${k}`, `wikipedia: ${title}`, '---'];
      if (src.wiki.thumbnail && chance(0.3)) out.push(src.wiki.thumbnail);
      out.push(`**${title}**（，），是指${wikiLink(a, '和')}${wikiLink(b, '之間的雙邊關係')}，可追溯到${date()}${marker()}\n。`, '');
      const topics = [...TOPICS].sort(() => rnd() - 0.5).slice(0, int(2, 4));
      for (const topic of topics) {
        out.push(`## ${topic}`, '');
        for (let p = int(1, 3); p > 0; p--) {
          const parts: string[] = [];
          for (let s = int(2, 4); s > 0; s--) parts.push(chance(0.45) ? renumber(one(src.wiki.sentences)) : wikiSentence());
          out.push(parts.join(''), '');
        }
      }
      out.push('## 參考', '');
      for (const c of [...src.wiki.categories.slice(0, 2), `${a}雙邊關係`]) out.push(`[Category:${c}](https://zh.wikipedia.org/wiki/Category:${c} "wikilink")`);
      out.push('');
      for (let i = 1; i <= footnote; i++) out.push(chance(0.5) ? `${i}.` : `${i}.  ${one(src.wiki.references)}`, '');
      text = out.join('\n');
    } else {
      news++;
      const l = toHans(names.pick(names.places));
      const p = toHans(names.pick(names.people));
      const partner = one(['越南', '俄罗斯', toHans(names.pick(names.places))].filter((x) => x !== l));
      const headline = uniqueTitle(`${l}与${partner}${one(['加强合作', '举行会谈', '签署协议', '深化关系'])}`);
      const lede = newsSentence();
      const out: string[] = [];
      if (chance(0.5)) out.push('---', `slug: news-${k}`, ...(chance(0.5) ? [`date: ${int(2000, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`] : []), '---');
      else out.push('---', `slug: news-${k}`, '---');
      out.push(headline, '', lede, `${headline} ảnh 1${p} 。(图片来源:越通社)`, '', '');
      const paras: string[] = [];
      for (let i = int(3, 7); i > 0; i--) {
        const parts: string[] = [];
        for (let s = int(1, 3); s > 0; s--) parts.push(chance(0.5) ? one(src.news.sentences) : newsSentence());
        paras.push(parts.join(''));
      }
      out.push(`越通社${one(CITIES)}——${lede}${paras[0]}`, '');
      for (let i = 1; i < paras.length; i++) {
        if (i === 2 && chance(0.5)) out.push(`【${one(src.news.related)} 】`, '');
        out.push(i === paras.length - 1 ? `${paras[i]}(越通社-VNA)` : paras[i]!, '');
      }
      out.push('越通社', '');
      if (chance(0.6)) {
        out.push('更多', '');
        const at = Math.floor((k / n) * storyCount);
        for (let t = int(3, 6); t > 0; t--) {
          const story = stories[Math.min(storyCount - 1, Math.max(0, at + int(-4, 4)))]!;
          out.push(story.caption, '', story.headline, '', story.summary, '');
          teasers++;
        }
      }
      text = out.join('\n');
    }
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n, wiki, news, teasers, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const seed = flag('--seed');
  const newsShare = flag('--news');
  const [count, dir] = args;
  if (!count || !dir || !/^\d+$/.test(count)) {
    console.error('usage: tsx bench/corpus.ts N DIR [--seed S] [--news SHARE]');
    process.exit(2);
  }
  const stats = generateCorpus(Number(count), dir, { ...(seed ? { seed: Number(seed) } : {}), ...(newsShare ? { newsShare: Number(newsShare) } : {}) });
  console.log(`${stats.files} seeds (${stats.wiki} wiki, ${stats.news} news, ${stats.teasers} teasers) in ${dir}: ${(stats.bytes / 1e6).toFixed(1)} MB`);
}
