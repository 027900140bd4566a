// The alias automaton: a trie over folded alias text, walked from each word start of the page's text.
//
// Written by hand because it is the heart of the product and no library does what it must: match thousands of
// aliases in one pass whose cost does not grow with their number, on the page's own offsets (so highlights land on
// the exact text nodes), with case rules per alias and Unicode word boundaries. mark.js `mark()` with a list of
// terms walks the page once per term; a regex alternation tries its branches one by one at every position.
import { foldCode, foldKey, isIgnorable, isLowerCode, isUpperCode } from "./fold";
import { type Opening, type StartSources, startsPatterns } from "./starts";

export interface AliasEntry {
  /** The alias as written in the fact base. */
  text: string;
  entity: string;
  /** Entities that must be named unambiguously on the same page for this alias to count. */
  context?: readonly string[];
}

/** What the case of the page's text must be, position by position over the folded alias. */
enum CaseRule {
  Any = 0,
  Upper = 1,
}

export interface Terminal {
  entity: string;
  alias: string;
  context: readonly string[] | undefined;
  rules: Uint8Array;
  letters: number;
  /** A short all-capitals acronym (US, UN, EU): in ALL-CAPS text it could be an ordinary word. */
  shortAcronym: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  terminals: Terminal[] | null;
}

export interface Automaton {
  /** Where a name can start with a capital (see `startsPatterns`): each match one code unit long. */
  starts: RegExp;
  /** Where an alias written in lower case starts, if the fact base has any. */
  lowerStarts: RegExp | null;
  root: TrieNode;
  /** Root children for ASCII codes, so the common miss costs an array read. */
  asciiRoot: (TrieNode | undefined)[];
  size: number;
}

function caseRules(alias: string, key: string): { rules: Uint8Array; letters: number; allCaps: boolean } {
  const kept = [...alias].filter((ch) => !isIgnorable(ch.charCodeAt(0)));
  // Align alias characters with the folded key: both drop ignorables and collapse whitespace the same way.
  const chars: string[] = [];
  let lastSpace = false;
  for (const ch of kept) {
    const space = foldCode(ch.charCodeAt(0)) === 32;
    if (space) {
      if (!lastSpace && chars.length > 0) chars.push(" ");
      lastSpace = true;
    } else {
      chars.push(ch);
      lastSpace = false;
    }
  }
  while (chars.length > key.length) chars.pop();
  const rules = new Uint8Array(key.length);
  let letters = 0;
  let upperLetters = 0;
  let wordStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    if (ch === undefined || ch === " ") {
      const word = chars.slice(wordStart, i);
      const wordLetters = word.filter((c) => isUpperCode(c.charCodeAt(0)) || isLowerCode(c.charCodeAt(0)));
      // An all-capitals word of two letters or more is an acronym: it must be written in capitals on the page.
      if (wordLetters.length >= 2 && wordLetters.every((c) => isUpperCode(c.charCodeAt(0)))) {
        for (let k = wordStart; k < i; k++) if (isUpperCode(chars[k]?.charCodeAt(0) ?? 0)) rules[k] = CaseRule.Upper;
      }
      wordStart = i + 1;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (isUpperCode(code)) upperLetters++;
    if (isUpperCode(code) || isLowerCode(code)) letters++;
  }
  // A name starts with a capital where the fact base writes it so: "Airbus" is not "the airbus shuttle".
  const first = chars[0]?.charCodeAt(0) ?? 0;
  if (isUpperCode(first)) rules[0] = CaseRule.Upper;
  return { rules, letters, allCaps: letters > 0 && upperLetters === letters };
}

/** An alias folded, with its case rules worked out: what the fact-base compiler precomputes for the bundle. */
export interface CompiledAlias {
  key: string;
  entity: string;
  alias: string;
  context?: string[];
  /** Positions in `key` where the page must have a capital. */
  upper: number[];
  letters: number;
  shortAcronym: boolean;
}

export function compileAlias(entry: AliasEntry): CompiledAlias | null {
  const key = foldKey(entry.text);
  if (key.length === 0) return null;
  const { rules, letters, allCaps } = caseRules(entry.text, key);
  return {
    key,
    entity: entry.entity,
    alias: entry.text,
    ...(entry.context && entry.context.length > 0 ? { context: [...entry.context] } : {}),
    upper: [...rules.keys()].filter((i) => rules[i] === CaseRule.Upper),
    letters,
    shortAcronym: allCaps && letters <= 3,
  };
}

/** The aliases of a fact base compiled, with the source of their starts regex: what `npm run facts` bundles. */
export interface CompiledAliases {
  aliases: CompiledAlias[];
  starts: StartSources;
}

export function compileAliasList(aliases: CompiledAlias[]): CompiledAliases {
  return { aliases, starts: startsPatterns(openingsOf(aliases)) };
}

function openingsOf(aliases: readonly CompiledAlias[]): Opening[] {
  return [...aliases].map((a) => (a.upper.includes(0) ? { key: a.key } : { key: a.key, lowerCase: a.alias }));
}

/**
 * The trie of compiled aliases: insertion only, no folding, so a precompiled fact base loads fast; its starts regex
 * from a precompiled source when there is one.
 */
export function automatonOf(aliases: readonly CompiledAlias[], sources?: StartSources): Automaton {
  const root: TrieNode = { next: new Map(), terminals: null };
  let size = 0;
  for (const a of aliases) {
    let node = root;
    for (let i = 0; i < a.key.length; i++) {
      const code = a.key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), terminals: null };
        node.next.set(code, child);
      }
      node = child;
    }
    const rules = new Uint8Array(a.key.length);
    for (const i of a.upper) rules[i] = CaseRule.Upper;
    node.terminals ??= [];
    node.terminals.push({
      entity: a.entity,
      alias: a.alias,
      context: a.context,
      rules,
      letters: a.letters,
      shortAcronym: a.shortAcronym,
    });
    size++;
  }
  const asciiRoot: (TrieNode | undefined)[] = [];
  for (let c = 0; c < 128; c++) asciiRoot.push(root.next.get(foldCode(c)));
  const { capitals, lower } = sources ?? startsPatterns(openingsOf(aliases));
  return {
    starts: new RegExp(capitals, "g"),
    lowerStarts: lower ? new RegExp(lower, "g") : null,
    root,
    asciiRoot,
    size,
  };
}

export function buildAutomaton(entries: Iterable<AliasEntry>): Automaton {
  const compiled: CompiledAlias[] = [];
  for (const entry of entries) {
    const c = compileAlias(entry);
    if (c) compiled.push(c);
  }
  return automatonOf(compiled);
}
