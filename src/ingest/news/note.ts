/**
 * Editor's notes: 【编者按】…, 编者按：…, 编者注：… A note speaks about the
 * report, not in it, so it is neither the lede nor the summary.
 */

export interface EditorNote {
  /** The label as printed: 【编者按】, 编者注：. */
  readonly label: string;
  /** The note's text after the label; empty when the line held only the label. */
  readonly text: string;
}

const NAMES = '编者按|編者按|编者注|編者注|编者的话|編者的話|编辑按|編輯按|编者|編者';
const BRACKETED = new RegExp(`^[【〔［\\[]\\s*(?:${NAMES})\\s*[】〕］\\]]\\s*[:：]?`, 'u');
const COLON = new RegExp(`^(?:${NAMES})\\s*[:：]`, 'u');

/** The editor's note a paragraph line opens with, or undefined. */
export function editorNote(text: string): EditorNote | undefined {
  const m = BRACKETED.exec(text) ?? COLON.exec(text);
  if (!m) return undefined;
  return { label: m[0].trim(), text: text.slice(m[0].length).trim() };
}
