/**
 * The process-wide converters: the base one (no glossary, no corpus names),
 * built on first use, and the default one that module-level `convert` uses,
 * which a site build may replace by its own.
 */
import { Converter } from './converter.ts';

let base: Converter | undefined;
let current: Converter | undefined;

export function baseConverter(): Converter {
  return (base ??= new Converter());
}

export function defaultConverter(): Converter {
  return current ?? baseConverter();
}

/** Makes `converter` the one used by `convert`, `convertArticle` and `convertInlines` when none is passed. */
export function setDefaultConverter(converter: Converter | undefined): void {
  current = converter;
}
