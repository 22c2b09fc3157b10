/** Script conversion: the public entry of src/convert. */
export { convert, scriptKey, sameInScript } from './text.ts';
export { articleTextConverter, convertArticle, convertInlines, mapArticleText } from './article.ts';
export { Converter, type ConverterOptions, type ConvertOptions, type DefaultConversion } from './converter.ts';
export { baseConverter, defaultConverter, setDefaultConverter } from './default.ts';
export { collectNames, collectTextNames, articleScript, eachArticleText, type CorpusNames, type NameEntry, type EntityLike } from './corpus.ts';
export { loadGlossary, parseGlossary, EMPTY_GLOSSARY, GLOSSARY_FILES, type Glossary, type GlossaryTerm, type GlossaryProblem } from './glossary.ts';
export { stripRules, hasRules } from './rules.ts';
export { ConversionReview, reviewConversion, reviewWarnings, type ConversionWarning, type ReviewResults } from './review.ts';
export { detectScript } from './script.ts';
export { CONVERT_TARGETS, parseTarget, type ConvertTarget, type Script } from './targets.ts';

import { Converter, type ConverterOptions } from './converter.ts';

/** A converter for one site build: its glossary and the names of its corpus. */
export function createConverter(options: ConverterOptions = {}): Converter {
  return new Converter(options);
}
