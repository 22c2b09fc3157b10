/**
 * HTML validity with html-validate: the recommended rules (which include the
 * standard ones: content models, attributes, duplicate ids, accessibility
 * basics, no inline styles) without those that judge source formatting
 * (doctype letter case, trailing whitespace) or search-engine taste (a title
 * over 70 characters: a long headline is still a correct page).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Page } from './page.ts';
import type { Problem } from './problem.ts';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    'doctype-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
  },
};

let validator: HtmlValidate | undefined;

export async function checkHtml(page: Page): Promise<Problem[]> {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  const report = await validator.validateString(page.source, page.path);
  return report.results.flatMap((result) =>
    result.messages.map((m): Problem => ({ file: page.path, line: m.line, column: m.column, rule: 'html', message: `${m.message} (${m.ruleId})` })),
  );
}
