/** Variant conversion: the public entry of src/convert. */
export { convert, scriptKey, sameInScript } from './text.ts';
export { convertArticle, convertInlines } from './article.ts';
