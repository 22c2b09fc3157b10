/**
 * Conversion targets: the two scripts the site is built in, plus the regional
 * variants zh-TW and zh-HK, which add their own phrase tables on top of
 * zh-Hant.
 */
import type { Variant } from '../model/index.ts';

export type ConvertTarget = Variant | 'zh-TW' | 'zh-HK';
export const CONVERT_TARGETS: readonly ConvertTarget[] = Object.freeze(['zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK']);

/** The script a text is written in, when it can be told. */
export type Script = 'hans' | 'hant';

/** Case-insensitive: `zh-hant` → `zh-Hant`; undefined for anything else. */
export function parseTarget(name: string): ConvertTarget | undefined {
  const lower = name.toLowerCase();
  return CONVERT_TARGETS.find((t) => t.toLowerCase() === lower);
}
