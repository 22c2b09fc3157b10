/**
 * OpenCC's dictionaries, as opencc-js ships them (`"src dst|src dst|…"`,
 * first candidate only), parsed into entry lists.
 */
import CJKCompat from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKPhrases from 'opencc-js/dict/HKPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export type Entry = readonly [key: string, value: string];

const DICTS = {
  CJKCompat,
  HKPhrases,
  HKVariants,
  HKVariantsPhrases,
  HKVariantsRev,
  STCharacters,
  STPhrases,
  STPhrasesRegional,
  TSCharacters,
  TSPhrases,
  TWPhrases,
  TWVariants,
  TWVariantsPhrases,
  TWVariantsRev,
  TWVariantsRevPhrases,
} as const;

export type DictName = keyof typeof DICTS;

const parsed = new Map<DictName, Entry[]>();

export function entries(name: DictName): readonly Entry[] {
  let list = parsed.get(name);
  if (!list) {
    list = [];
    for (const item of DICTS[name].split('|')) {
      const [key, value] = item.split(' ');
      if (key && value) list.push([key, value]);
    }
    parsed.set(name, list);
  }
  return list;
}
