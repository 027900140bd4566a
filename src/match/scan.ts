import type { Automaton, Terminal } from "./automaton";
import { foldCode, isIgnorable, isLowerCode, isUpperCode, isWordCode } from "./fold";

export interface Candidate {
  entity: string;
  context: readonly string[] | undefined;
}

export interface AliasMatch {
  start: number;
  end: number;
  /** Usually one; several when an alias is shared and context must decide. */
  candidates: Candidate[];
}

/** The text around the scanned string, for word boundaries at its edges (a text node inside a word). */
export interface Edges {
  before?: number;
  after?: number;
  /** A little of the text before and after, for the words beside a name. */
  beforeText?: string;
  afterText?: string;
}

export interface ScanOptions {
  /**
   * Ignore word boundaries: for a quick test of a whole element's textContent, where block boundaries glue words
   * together ("<p>Paris</p><p>France</p>" reads "ParisFrance"). Finds a superset of the real matches.
   */
  loose?: boolean;
  /** Stop at the first match. */
  first?: boolean;
}

/** Edges, or a function that finds them: asked only when a match touches an edge, which is rare. */
export type EdgeSource = Edges | (() => Edges);

const NONE = -1;

function nextSignificant(text: string, from: number, after: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isIgnorable(code)) return code;
  }
  return after;
}

/** Letters of text[start, end) checked against the alias' case rules, or ALL CAPS. */
function caseAllows(text: string, start: number, end: number, t: Terminal): boolean {
  let pos = 0;
  let lower = 0;
  let letters = 0;
  let ok = true;
  let lastSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (foldCode(code) === 32) {
      if (!lastSpace) pos++;
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    if (isLowerCode(code)) {
      lower++;
      letters++;
      if (t.rules[pos] === 1) ok = false;
    } else if (isUpperCode(code)) letters++;
    pos++;
  }
  if (ok) return true;
  // ALL-CAPS text ("SECRETARY BLINKEN") is a name written in capitals, not a lowercase word.
  return lower === 0 && letters >= 2;
}

/** Is the word beside `from` (going `step`) in capitals? Null when the text ends before a word is found. */
function isShoutedWord(text: string, from: number, step: 1 | -1): boolean | null {
  let i = from;
  while (i >= 0 && i < text.length && !isWordCode(text.charCodeAt(i))) {
    if (step === 1 ? i - from > 3 : from - i > 3) return false;
    i += step;
  }
  if (i < 0 || i >= text.length) return null;
  let letters = 0;
  while (i >= 0 && i < text.length && isWordCode(text.charCodeAt(i))) {
    const code = text.charCodeAt(i);
    if (isLowerCode(code)) return false;
    if (isUpperCode(code)) letters++;
    i += step;
  }
  return letters >= 2;
}

/**
 * In ALL-CAPS text a two- or three-letter acronym is as likely an ordinary word ("LET US", "UN ACCORD"):
 * it counts only when the words beside it are not shouted too. The words beside may lie in the next text node.
 */
function inShoutedText(text: string, start: number, end: number, edges: () => Edges): boolean {
  const before = isShoutedWord(text, start - 1, -1);
  const beforeText = before === null ? edges().beforeText : undefined;
  if (before ?? (beforeText ? isShoutedWord(beforeText, beforeText.length - 1, -1) === true : false)) return true;
  const after = isShoutedWord(text, end, 1);
  const afterText = after === null ? edges().afterText : undefined;
  return after ?? (afterText ? isShoutedWord(afterText, 0, 1) === true : false);
}

function acceptable(
  text: string,
  start: number,
  end: number,
  terminals: Terminal[],
  edges: () => Edges,
  loose = false,
): Candidate[] {
  const out: Candidate[] = [];
  for (const t of terminals) {
    if (!caseAllows(text, start, end, t)) continue;
    if (t.shortAcronym && !loose && inShoutedText(text, start, end, edges)) continue;
    if (!out.some((c) => c.entity === t.entity)) out.push({ entity: t.entity, context: t.context });
    else {
      // The same entity through a context-free alias wins over a gated spelling of it.
      const i = out.findIndex((c) => c.entity === t.entity);
      if (t.context === undefined) out[i] = { entity: t.entity, context: undefined };
    }
  }
  return out;
}

function previousSignificant(text: string, from: number): number {
  for (let i = from; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (!isIgnorable(code)) return code;
  }
  return NONE;
}

/**
 * Every alias occurrence in `text`, leftmost first and longest at each start, on whole words only. A native regex
 * finds the only places a name can start (a capital, or the first letters of the few aliases written in lower
 * case); the trie is walked from there and stops at the first character no alias continues with. So ordinary prose
 * costs one regex pass, whatever the number of aliases.
 */
export function scan(
  automaton: Automaton,
  text: string,
  edgeSource: EdgeSource = {},
  options: ScanOptions = {},
): AliasMatch[] {
  const out: AliasMatch[] = [];
  const n = text.length;
  let known: Edges | undefined = typeof edgeSource === "function" ? undefined : edgeSource;
  const edges = (): Edges => {
    known ??= (edgeSource as () => Edges)();
    return known;
  };
  const ends: number[] = [];
  const nodes: Terminal[][] = [];
  // The next place a name may start, from the two regexes (capitals; openings written in lower case), merged.
  const starts = automaton.starts;
  const lower = automaton.lowerStarts;
  const nextCapital = (from: number): number => {
    starts.lastIndex = from;
    // `test` rather than `exec`: no match object per start. Every match is one code unit long.
    return starts.test(text) ? starts.lastIndex - 1 : n;
  };
  const nextLower = (from: number): number => {
    if (!lower) return n;
    lower.lastIndex = from;
    return lower.exec(text)?.index ?? n;
  };
  let capital = nextCapital(0);
  let lowerCase = nextLower(0);
  for (let i = Math.min(capital, lowerCase); i < n; i = Math.min(capital, lowerCase)) {
    if (capital === i) capital = nextCapital(i + 1);
    if (lowerCase === i) lowerCase = nextLower(i + 1);
    if (!options.loose) {
      const before = i === 0 ? (edges().before ?? NONE) : previousSignificant(text, i - 1);
      if (isWordCode(before)) continue;
    }
    const code = text.charCodeAt(i);
    let node = code < 128 ? automaton.asciiRoot[code] : automaton.root.next.get(foldCode(code));
    if (!node) continue;
    ends.length = 0;
    nodes.length = 0;
    let j = i + 1;
    if (node.terminals) {
      ends.push(j);
      nodes.push(node.terminals);
    }
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isIgnorable(c)) {
        j++;
        continue;
      }
      const f = foldCode(c);
      const child: typeof node | undefined = node.next.get(f);
      if (!child) break;
      node = child;
      j++;
      if (f === 32) {
        // Any run of spaces, line breaks or no-break spaces between two words of a name.
        while (j < n && (foldCode(text.charCodeAt(j)) === 32 || isIgnorable(text.charCodeAt(j)))) j++;
        continue;
      }
      if (node.terminals) {
        ends.push(j);
        nodes.push(node.terminals);
      }
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] as number;
      const lastCode = text.charCodeAt(end - 1);
      const boundary = options.loose || !isWordCode(lastCode);
      if (!boundary && isWordCode(nextSignificant(text, end, end >= n ? (edges().after ?? NONE) : NONE))) continue;
      const candidates = acceptable(text, i, end, nodes[k] as Terminal[], edges, options.loose);
      if (candidates.length === 0) continue;
      out.push({ start: i, end, candidates });
      if (options.first) return out;
      if (capital < end) capital = nextCapital(end);
      if (lowerCase < end) lowerCase = nextLower(end);
      break;
    }
  }
  return out;
}

/**
 * Could the text hold an alias? One loose scan (word boundaries ignored: a superset of the real matches) that stops
 * at the first: for a whole element's text at once, which its blocks glue together.
 */
export function mayName(automaton: Automaton, text: string): boolean {
  return scan(automaton, text, {}, { loose: true, first: true }).length > 0;
}
