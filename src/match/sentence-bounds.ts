// Where a name stands in its sentence, for the rules that read a name by what is beside it: a word whose capital may be
// only the sentence's ("Ratas maksab…", „Tapa või…“), and a cue beside a name or in its sentence ("Paris, Texas").
// Looked at only around the few names such rules apply to, a few hundred characters at most: never the whole text.
import { isIgnorable, isWordCode } from "./fold";

/** How far a sentence is read from a name, either way: beyond it, a sentence is taken to end. */
const SENTENCE_REACH = 400;

const OPENING_QUOTES = new Set([..."„“\"«‘'‹‚"].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTES = new Set([...'“”"»’‘›'].map((c) => c.charCodeAt(0)));
/** What may stand between the start of a sentence (or a line) and its first word: brackets, dashes, bullets, spaces. */
const LEADING = new Set([..."([{–—-•·*>\u00a0\u202f \t"].map((c) => c.charCodeAt(0)));
const ENDS = new Set([...".!?…:;"].map((c) => c.charCodeAt(0)));
const NEWLINE = 10;

/** Why the word at a position has its capital, as far as its place tells. */
export enum Opening {
  /** It stands inside a sentence: its capital is its own. */
  None = 0,
  /** It is the first word of a sentence, a line or a block. */
  Sentence = 1,
  /** It is the first word of a quotation („Tapa või sind tapetakse“). */
  Quotation = 2,
}

/**
 * Does the word at `start` open a sentence or a quotation? Read back over spaces, brackets and dashes to a sentence's
 * end, a line break or the start of the text; `before` gives the text just before `text` in the same run of inline
 * text (asked only if the text starts with the word; undefined at the start of a block, which opens a sentence).
 */
export function openingAt(text: string, start: number, before?: () => string | undefined): Opening {
  let quote = false;
  const read = (s: string, from: number): Opening | null => {
    for (let i = from; i >= 0 && from - i < SENTENCE_REACH; i--) {
      const code = s.charCodeAt(i);
      if (isIgnorable(code)) continue;
      if (OPENING_QUOTES.has(code) && !quote && !isWordCode(s.charCodeAt(i - 1))) {
        quote = true;
        continue;
      }
      if (LEADING.has(code)) continue;
      if (ENDS.has(code) || code === NEWLINE || code === 13) return quote ? Opening.Quotation : Opening.Sentence;
      return quote ? Opening.Quotation : Opening.None;
    }
    return null;
  };
  const inText = read(text, start - 1);
  if (inText !== null) return inText;
  const beforeText = before?.();
  const inBefore = beforeText ? read(beforeText, beforeText.length - 1) : null;
  return inBefore ?? (quote ? Opening.Quotation : Opening.Sentence);
}

/** Does `text[from, to)` hold a sentence's end (terminal punctuation before a space, or a blank line)? */
export function crossesSentence(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) return true;
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const next = text.charCodeAt(i + 1);
    if (Number.isNaN(next) || next === 32 || next === NEWLINE || next === 0xa0 || CLOSING_QUOTES.has(next)) return true;
  }
  return false;
}

/**
 * The span of the sentence around `[start, end)`, within reach: from the start of the sentence before it (`previous`)
 * or its own, to its end; for a word that opens a quotation, to the quotation's end (its closing mark) if that comes
 * first: "„Tapa või sind tapetakse,“ kirjeldas veteran…" is a sentence of its own in the sentence that reports it.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  opts: { previous?: boolean; quotation?: boolean } = {},
): { start: number; end: number } {
  let from = start;
  let ends = opts.previous ? 2 : 1;
  const floor = Math.max(0, start - SENTENCE_REACH);
  for (; from > floor; from--) {
    if (crossesSentence(text, from - 1, from) && --ends === 0) break;
  }
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  for (; to < ceiling; to++) {
    if (opts.quotation && CLOSING_QUOTES.has(text.charCodeAt(to))) break;
    if (crossesSentence(text, to, to + 1)) break;
  }
  return { start: from, end: to };
}

/** Is `text[from, to)` only what stands between a name and a word beside it: a comma, a bracket, a dash, spaces? */
export function isBeside(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (code !== 44 && code !== 40 && code !== 41 && code !== 47 && !LEADING.has(code)) return false;
  }
  return true;
}
