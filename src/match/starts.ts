// Where a name can start: the regex the scanner runs over the page's text before it walks the trie.
//
// A name starts with one of the first letters of an alias, followed by one of the letters that can come second in
// an alias opening with it, then one that can come third: so the regex is one branch per first letter, with the
// second and third letters as two lookahead classes (the third drops the sentence-opening "The", "This", "New" of
// ordinary prose: half the starts tried on an English page). Its size is bounded by the alphabet, not by the number
// of aliases. It runs without the `u` flag, on UTF-16 code units like the rest of the matcher, and stays small: in V8
// a Unicode property class, an alternation inside a lookahead or a source over 20 KB each make it several times
// slower (measured in docs/benchmark.md).
import { foldCode, isIgnorable, isLowerCode } from "./fold";

/** Code units a page may write a letter with: ASCII, the Latin letters with diacritics. */
const SPELLING_RANGES: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x1e00, 0x1eff],
];

let spellings: Map<number, number[]> | undefined;

/** Every code unit that folds to `folded`, as far as a page writes it. */
function spellingsOf(folded: number): number[] {
  if (!spellings) {
    spellings = new Map();
    for (const [from, to] of SPELLING_RANGES) {
      for (let code = from; code <= to; code++) {
        if (isIgnorable(code)) continue;
        const f = foldCode(code);
        const list = spellings.get(f);
        if (list) list.push(code);
        else spellings.set(f, [code]);
      }
    }
  }
  const known = spellings.get(folded);
  if (known) return known;
  // A letter of another script: itself and its capital.
  const upper = String.fromCharCode(folded).toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) !== folded ? [folded, upper.charCodeAt(0)] : [folded];
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;

/** A character class of code units, written as ranges. */
function classOf(codes: Iterable<number>, extra = ""): string {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const from = sorted[i] as number;
    const to = sorted[j] as number;
    parts.push(to === from ? hex(from) : `${hex(from)}-${hex(to)}`);
    i = j + 1;
  }
  return `[${parts.join("")}${extra}]`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An alias' folded key, and the alias as written if it starts in lower case ("eastern Mediterranean"). */
export interface Opening {
  key: string;
  lowerCase?: string;
}

/**
 * An alias written in lower case, as the regex looks for it: its first word as written and folded, then the first
 * letter of the next word, in either case, after any run of spaces. Ordinary words ("strategy") pass less often.
 * Each as [first word, the regex of what follows it].
 */
function lowerOpenings(alias: string, key: string): [string, string][] {
  return [alias, key].map((text) => {
    const [first = "", next = ""] = text.split(/\s+/);
    const nextLetter = next.charAt(0);
    const after = nextLetter
      ? `[\\s\\u00a0\\u2007\\u202f]+[${escapeRegExp(nextLetter.toLowerCase())}${escapeRegExp(nextLetter.toUpperCase())}]`
      : "";
    return [first, after];
  });
}

interface WordTrie {
  next: Map<string, WordTrie>;
  /** What may follow a word that ends here. */
  ends: Set<string>;
}

/**
 * The openings as one alternation with their common prefixes factored out ("d(?:e(?:partement…|claration…)|…)"):
 * V8 tries a flat alternation's branches one by one at every position of the text, a factored one only along the
 * letters it reads.
 */
function factored(openings: Iterable<[string, string]>): string {
  const root: WordTrie = { next: new Map(), ends: new Set() };
  for (const [word, after] of openings) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), ends: new Set() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.ends.add(after);
  }
  const emit = (node: WordTrie): string => {
    const branches = [...node.next].map(([ch, child]) => `${escapeRegExp(ch)}${emit(child)}`);
    if (node.ends.size > 0) branches.push([...node.ends].join("|"));
    return branches.length === 1 && node.ends.size <= 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  };
  return root.next.size > 0 ? emit(root) : "";
}

/**
 * Code units after which no name can start (letters and digits, as `isWordCode` has them), as a regex class of the
 * rest: a lower-case opening is looked for after one of these, or at the start of the text. V8 then rejects most
 * positions of ordinary prose at their first code unit, which a lookbehind does not make it do.
 */
export const NOT_WORD_CLASS =
  "[^0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff]";

/** The sources of the two regexes of where names start. */
export interface StartSources {
  /** A capital (or digit) an alias opens with, followed by a letter that can come second: one code unit long. */
  capitals: string;
  /** The opening of an alias written in lower case, or "" if there is none: as long as the opening. */
  lower: string;
}

/**
 * The regexes of places a name can start, each in the shape V8 runs fast: an ASCII capital with the second and third
 * letters as lookahead classes (any non-ASCII code unit let through: a letter with a diacritic, an invisible character;
 * the scanner decides), or any capital with a diacritic an alias opens with, alone; and, apart, the lower-case openings
 * as one factored alternation. Together in one regex they cost three times as much.
 */
export function startsPatterns(openings: Iterable<Opening>): StartSources {
  const seconds = new Map<number, Set<number>>();
  // The third letters after each first one; null once an alias with that first letter is two letters long or less.
  const thirds = new Map<number, Set<number> | null>();
  const lower: [string, string][] = [];
  for (const { key, lowerCase } of openings) {
    if (key.length === 0) continue;
    const first = key.charCodeAt(0);
    const follows = seconds.get(first) ?? new Set<number>();
    follows.add(key.length > 1 ? key.charCodeAt(1) : -1);
    seconds.set(first, follows);
    const third = thirds.has(first) ? thirds.get(first) : new Set<number>();
    // A page may put an invisible character after the first letter: the second letter then comes third.
    thirds.set(first, key.length > 2 && third ? third.add(key.charCodeAt(2)).add(key.charCodeAt(1)) : null);
    if (lowerCase) lower.push(...lowerOpenings(lowerCase, key));
  }
  const ascii: string[] = [];
  const beyond: number[] = [];
  for (const [first, follows] of seconds) {
    const capitals = spellingsOf(first).filter((c) => !isLowerCode(c));
    beyond.push(...capitals.filter((c) => c >= 0x80));
    const inAscii = capitals.filter((c) => c < 0x80);
    if (inAscii.length === 0) continue;
    const asciiSpellings = (codes: Iterable<number>) =>
      classOf(
        [...codes].flatMap((f) => spellingsOf(f).filter((c) => c < 0x80)),
        "\\u0080-\\uffff",
      );
    const third = thirds.get(first);
    const next = follows.has(-1) ? "" : `(?=${asciiSpellings(follows)}${third ? asciiSpellings(third) : ""})`;
    ascii.push(`${classOf(inAscii)}${next}`);
  }
  const capitals = [
    ascii.length > 0 ? `(?:${ascii.join("|")})` : "",
    // Latin-1 capitals exactly; beyond, capitals and small letters alternate code by code: the whole range is shorter.
    beyond.length > 0
      ? classOf(
          beyond.filter((c) => c < 0x100),
          beyond.some((c) => c >= 0x100) ? "\\u0100-\\u024f\\u1e00-\\u1eff" : "",
        )
      : "",
  ].filter(Boolean);
  return { capitals: capitals.length > 0 ? capitals.join("|") : "[^\\s\\S]", lower: factored(lower) };
}
