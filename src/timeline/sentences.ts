/**
 * The sentence of an event, as readers see it in the timeline. Sentences end
 * where the link pass ends them (。！？!?；;, closing marks after the end
 * included), so an event's sentence and a mention's are the same piece of
 * text; but an event's sentence never opens with the closing mark of the
 * sentence before (」他指出，…), and never shows unbalanced quote marks:
 * a quote that holds several sentences is cut between them, and each piece
 * gets the marks it lacks, so the sentence reads
 * 他说：“1950年1月30日，苏联成为……之一。” and “从那时起，……帮助。”.
 * A quote that holds one sentence ends with it (他强调：「……考验。」).
 */

import { Sentences } from '../link/walk.ts';

/** Closing marks that belong to the sentence before them. */
const CLOSERS = new Set('」』”’）)');
const PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
const OPENERS = new Set(Object.keys(PAIRS));
const CLOSER_OF_QUOTE = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** The quote marks of `text` that pair up, as [opening offset, closing offset]; marks without a partner are left alone. */
function quotePairs(text: string): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENERS.has(c)) open.push(i);
    else if (CLOSER_OF_QUOTE.has(c)) {
      const opener = CLOSER_OF_QUOTE.get(c)!;
      const at = open.findLastIndex((o) => text[o] === opener);
      if (at >= 0) {
        pairs.push([open[at]!, i]);
        open.length = at;
      }
    } else if (c === '\n') open.length = 0;
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The sentences of one text, found once, for many offsets. */
export class EventSentences {
  /** The link pass's sentences (ends, rules, closing marks), which these only trim and balance. */
  private readonly sentences: Sentences;
  private readonly pairs: Array<readonly [number, number]>;
  private readonly made = new Map<number, string>();

  constructor(private readonly text: string) {
    this.sentences = new Sentences(text);
    this.pairs = quotePairs(text);
  }

  /** The sentence that holds offset `at`. */
  at(offset: number): string {
    const { index, start: from, end } = this.sentences.bounds(offset);
    let sentence = this.made.get(index);
    if (sentence === undefined) {
      const { text } = this;
      let start = from;
      while (start < text.length && (CLOSERS.has(text[start]!) || /\s/.test(text[start]!))) start++;
      this.made.set(index, (sentence = this.balanced(start, end)));
    }
    return sentence;
  }

  /** text[start, end), trimmed, with the quote marks it lacks: an opening one for a quote it ends, a closing one for a quote it opens or runs on in. */
  private balanced(start: number, end: number): string {
    const { text } = this;
    let before = '';
    let after = '';
    for (const [o, c] of this.pairs) {
      if (o >= end || c < start) continue;
      const opensBefore = o < start;
      const closesAfter = c >= end;
      if (opensBefore) before += text[o];
      if (closesAfter) after = text[c] + after;
    }
    return before + text.slice(start, end).trim() + after;
  }
}

const QUOTE_MARKS = /[“”「」『』‘’]/g;

/**
 * What a sentence and the same piece of text cut by the link pass
 * (src/link/walk.ts) have in common: the text without quote marks, and
 * without the closing brackets or spaces the link pass leaves at its start.
 */
export function sentenceKey(sentence: string): string {
  return sentence.replace(QUOTE_MARKS, '').replace(/^[\s）)]+/, '').trim();
}
