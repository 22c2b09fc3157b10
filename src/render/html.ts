/**
 * Markup written in TypeScript, for the few pieces a page repeats thousands
 * of times (a timeline lists 200 events a page), where a template's per-value
 * lookups cost more than the page's other work. Like the templates, it
 * escapes by default: every value put into an `html` template is escaped,
 * unless it is itself `Html` (made by `html`), and URLs from seeds go through
 * the same checks as everywhere else before they get here.
 */
import nunjucks from 'nunjucks';

/** A piece of markup, safe to print as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What an `html` template accepts: text (escaped), markup, a list of either, or nothing (`undefined`, `null`, `false`). */
export type HtmlValue = string | number | Html | readonly HtmlValue[] | undefined | null | false;

/**
 * Text as it may stand in element content or a quoted attribute value:
 * escaped by the function the templates' autoescaping uses (Nunjucks' `lib`,
 * which its type definitions leave out), so markup from either is the same.
 */
export const escapeHtml = (nunjucks.lib as unknown as { escape(text: string): string }).escape;

function print(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(print).join('');
  return escapeHtml(String(value));
}

/** Markup from a template literal: the literal's own text is markup, every `${value}` is escaped (see `HtmlValue`). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += print(values[i]) + strings[i + 1]!;
  return new Html(out);
}
