// Sentences of a block of text, for the claim matcher.
//
// Written here rather than with Intl.Segmenter: creating a sentence segmenter costs about 12 ms (ICU compiles its
// break rules) on every page that has a claim to read, a sixth of what the whole annotation of a long page may cost;
// and its output needed mending anyway after initials and titles ("Antony J. Blinken", "Mr. Blinken", "U.S. troops").
// The rules for the languages of the fact base (English, French, Estonian) are short: a sentence ends at . ! ? or …,
// perhaps followed by closing quotes or brackets, then a space, when what follows does not start in lower case and
// what precedes is not an abbreviation, and no bracket opened just before is still open ("HELSINKI (… – 29th
// October, 2020)"); a blank line ends one too, and so does a line break before a list item or a table row, or after
// a table row or a colon (plain text has no other block boundaries, and text in separate blocks is never glued).

export interface Span {
  start: number;
  end: number;
}

/** Where a sentence may end: terminal punctuation with its closing quotes and brackets, and the spaces after it. */
const END = /[.!?…]+(?:[\s\u00a0\u202f]*["'”’»)\]])*\s+|\n\s*\n\s*|[ \t]*\n[ \t]*/g;
/** A line that starts a new one: a list item or a table row. */
const LINE_STARTS = /^(?:[-*•]\s|\|)/;

/** A heading: a short line, most of whose words are capitalised ("A Unified Front for a Secure Tomorrow"). */
function isHeading(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length === 0 || words.length > 12 || /[.!?,;]$/.test(line.trim())) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised >= Math.max(2, words.length * 0.6);
}
/** How far back an open bracket keeps a sentence from ending: further back, it was never closed. */
const BRACKET_REACH = 100;
/** How far back the line before a line break is read. */
const LINE_REACH = 200;

export function splitSentences(text: string): Span[] {
  // Written here rather than beside END: a regex of Unicode properties costs ~0.1 ms to create, and the content script
  // loads this module on every page, most of which have no sentence to split.
  const ENDS_WITH_ABBREVIATION =
    /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Prof|Sen|Rep|Gov|Pres|No|vs|etc|approx|U\.S|U\.N|E\.U|M|Mme|Mlle|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec|[Jj]anv|[Ff]évr|[Aa]vr|[Jj]uil|[Dd]éc|[Jj]aan|[Vv]eebr|[Oo]kt|[Dd]ets|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.\s*$/u;
  const STARTS_LOWER = /^\p{Ll}/u;
  const out: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    const hardBreak = !/[.!?…]/.test(m[0]);
    if (hardBreak && !/\n\s*\n/.test(m[0])) {
      // A single line break ends a sentence only before a list item or a table row, or after a row, a colon or a
      // heading: elsewhere it is a wrapped line.
      // The line before, looked for within a short reach: searching the whole text back for every break made a
      // megabyte of text quadratic. A heading or a row's end is a short line's, or a long line's last characters.
      const reach = text.slice(Math.max(0, m.index - LINE_REACH), m.index);
      const line = reach.slice(reach.lastIndexOf("\n") + 1);
      const ends = /[|:]\s*$/.test(line) || isHeading(line);
      if (!ends && !LINE_STARTS.test(text.slice(end))) continue;
    }
    if (!hardBreak) {
      if (STARTS_LOWER.test(text.charAt(end))) continue;
      // An open bracket within reach since the sentence's start, not closed before its end: searched within that
      // reach only (the whole text, for every full stop, made a megabyte without brackets quadratic).
      const from = Math.max(start, m.index - BRACKET_REACH + 1);
      const open = text.slice(from, m.index + 1).lastIndexOf("(");
      if (open >= 0 && !text.slice(from + open, end).includes(")")) continue;
      // Only the text since this sentence's start can end with an abbreviation.
      if (
        text.charAt(m.index) === "." &&
        ENDS_WITH_ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), m.index + 1))
      )
        continue;
    }
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
