// The alias automaton: a trie over folded alias text, walked from each word start of the page's text.
//
// Written by hand because it is the heart of the product and no library does what it must: match thousands of
// aliases in one pass whose cost does not grow with their number, on the page's own offsets (so highlights land on
// the exact text nodes), with case rules per alias and Unicode word boundaries. mark.js `mark()` with a list of
// terms walks the page once per term; a regex alternation tries its branches one by one at every position.
import { expansionOf, foldCode, foldKey, isIgnorable, isLowerCode, isUpperCode } from "./fold";
import type { PageLanguage } from "./language-codes";
import { NOT_WORD_CLASS, type Opening, type StartSources, startsPatterns } from "./starts";

/**
 * What makes an alias count beyond its letters. All optional: a plain alias counts wherever its words are.
 */
export interface AliasGates {
  /** Entities one of which the page must name unambiguously (or the alias' own entity, named outright). */
  context?: readonly string[];
  /** `context` for pages in one language, instead of `context` ("Eesti" is on every Estonian page). */
  contextOn?: Readonly<Partial<Record<PageLanguage, readonly string[]>>>;
  /**
   * Groups of entities: from each group one must be named in reach of the alias (the same paragraph, list or
   * table, or a few hundred characters of the same text).
   */
  near?: readonly (readonly string[])[];
  /**
   * Cues (ids of the cue aliases): named beside the alias, in its sentence or paragraph, or (seen so before) elsewhere on
   * the page, they mean the alias is something else there ("Paris, Texas").
   */
  unless?: readonly string[];
  /** Entities that outweigh a cue of `unless` named where they are (France for Paris); else `context` does. */
  vouchedBy?: readonly string[];
  /**
   * For a cue: it holds the alias it undoes ("Paris, TX", "Paris Junior College"), so wherever it is found it shows what
   * the page's alias means, as a cue seen beside the alias does.
   */
  binds?: boolean;
  /**
   * The alias names a place: where it is an ordinary word (its `contextOn` language), a locative case ending on it
   * ("Tapal", "Tapale", "Tapast") makes it the place, whatever the page names.
   */
  place?: boolean;
  /** The languages the alias is written in; absent: written alike in every language ("NATO", "Macron"). */
  lang?: readonly PageLanguage[];
  /** Counts only on pages in one of these languages ("EL" is the EU in Estonian text only). */
  onlyOn?: readonly PageLanguage[];
  /** Does not count on pages in these languages ("Estonia" on an Estonian page is the opera house or the ferry). */
  notOn?: readonly PageLanguage[];
}

export interface AliasEntry extends AliasGates {
  /** The alias as written in the fact base. */
  text: string;
  entity: string;
}

/** How an alias takes Estonian case endings. */
export enum Inflection {
  /** Never: an alias of another language ("Estonie"). */
  None = 0,
  /** A name written alike in every language ("Macroniga", "NATOga"), on Estonian pages (and of unknown language). */
  OnEstonianPages = 1,
  /**
   * An Estonian word ("Eestis"), likewise; and in Estonian text, followed by a word in capitals, the head of a longer
   * name ("Eesti Pank").
   */
  Estonian = 2,
}

/** How a fact-base alias inflects, from the languages it is written in. */
export function inflectionOf(lang: readonly PageLanguage[] | undefined): Inflection {
  if (!lang) return Inflection.OnEstonianPages;
  return lang.includes("et") ? Inflection.Estonian : Inflection.None;
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
  contextOn: AliasGates["contextOn"];
  near: AliasGates["near"];
  unless: AliasGates["unless"];
  vouchedBy: AliasGates["vouchedBy"];
  place: boolean;
  onlyOn: AliasGates["onlyOn"];
  notOn: AliasGates["notOn"];
  inflection: Inflection;
  rules: Uint8Array;
  /** A short all-capitals acronym (US, UN, EU): in ALL-CAPS text it could be an ordinary word. */
  shortAcronym: boolean;
  /**
   * What a match of it stands for, made once (the scanner hands it out as it is, read-only): its entity and the gates
   * that hold on every page (`contextOn` aside).
   */
  candidate: {
    readonly entity: string;
    readonly context: readonly string[] | undefined;
    readonly unless?: readonly string[];
    readonly near?: readonly (readonly string[])[];
    readonly vouchedBy?: readonly string[];
    readonly bound?: true;
  };
}

/**
 * A node of the trie. Most nodes, deep in an alias, have one child: it is kept in `code`/`only`, and a Map is made only
 * for a node with more (`next`), so that building the trie on every page makes a few hundred Maps, not thousands.
 *
 * The trie is laid out as the scanner walks it: a node holds the aliases that pass through it (`pending`) until it is
 * first reached, and only then gets its terminals and children. The content script builds the trie on every page, and
 * a scan of a page that names nothing reaches a few hundred of its thousands of nodes.
 */
export interface TrieNode {
  /** The folded code unit of the first child, or -1. */
  code: number;
  only: TrieNode | undefined;
  /** The other children, by folded code unit. */
  next: Map<number, TrieNode> | null;
  terminals: Terminal[] | null;
  /** The aliases through this node, its children and terminals not yet made from them; null once they are. */
  pending: Laid[] | null;
  /** How many code units of the key lead here. */
  depth: number;
}

/** An alias to lay out in the trie: a dotted `variant` gives way to a spelling the fact base lists itself. */
interface Laid {
  alias: CompiledAlias;
  variant: boolean;
}

const trieNode = (pending: Laid[], depth: number): TrieNode => ({
  code: -1,
  only: undefined,
  next: null,
  terminals: null,
  pending,
  depth,
});

/** The child of `node` for a folded code unit, if any, laid out. */
export function childOf(node: TrieNode, code: number): TrieNode | undefined {
  const child = node.code === code ? node.only : (node.next?.get(code) ?? undefined);
  if (child?.pending) layOut(child);
  return child;
}

/** Makes a node's terminals and children from the aliases through it (see TrieNode). */
function layOut(node: TrieNode): void {
  const pending = node.pending as Laid[];
  node.pending = null;
  const { depth } = node;
  for (const laid of pending) {
    const a = laid.alias;
    if (a.key.length === depth) {
      // A dotted spelling the fact base lists itself ("U.S.") is there already.
      if (laid.variant && node.terminals?.some((t) => t.entity === a.entity)) continue;
      node.terminals ??= [];
      node.terminals.push(terminalOf(a));
      continue;
    }
    const code = a.key.charCodeAt(depth);
    const child = node.code === code ? node.only : node.next?.get(code);
    if (child) (child.pending as Laid[]).push(laid);
    else if (node.code < 0) {
      node.code = code;
      node.only = trieNode([laid], depth + 1);
    } else {
      node.next ??= new Map();
      node.next.set(code, trieNode([laid], depth + 1));
    }
  }
}

export interface Automaton {
  /** Where a name can start with a capital (see `startsPatterns`): each match one code unit long. */
  starts: RegExp;
  /**
   * Where an alias written in lower case starts, if the fact base has any: after a code unit no word goes on through
   * (`NOT_WORD_CLASS`, captured first: the opening starts after it) or at the start of the text.
   */
  lowerStarts: RegExp | null;
  /** The same openings anywhere, even right after a letter: for text whose blocks run together (see `mayName`). */
  lowerAnywhere: RegExp | null;
  root: TrieNode;
  /** Root children for ASCII codes, so the common miss costs an array read. */
  asciiRoot: (TrieNode | undefined)[];
  /** Aliases in the trie, their dotted spellings included. */
  size: number;
  /** The page's language, once known (see `withLanguage`): undefined while it is not. */
  language?: PageLanguage;
}

/** The same automaton for a page in a known language: the language rules of its aliases apply. */
export function withLanguage(automaton: Automaton, language: PageLanguage | undefined): Automaton {
  return language === undefined ? automaton : { ...automaton, language };
}

/**
 * The alias with the possessive inside it dropped ("NATO's Tapa battle group" → "NATO Tapa battle group"): the scanner
 * passes over a possessive between two words of a name, so that "NATO's battle group in Estonia" finds "NATO battle
 * group in Estonia" and "NATO battle group" finds "NATO's battle group".
 */
export function withoutInnerPossessives(text: string): string {
  return text.replace(/(\p{L})['\u2019]s(?=\s)/gu, "$1");
}

function caseRules(alias: string, key: string): { rules: Uint8Array; letters: number; allCaps: boolean } {
  const kept = [...alias].filter((ch) => !isIgnorable(ch.charCodeAt(0)));
  // Align alias characters with the folded key: both drop ignorables and collapse whitespace the same way.
  const chars: string[] = [];
  let lastSpace = false;
  for (const ch of kept) {
    const space = foldCode(ch.charCodeAt(0)) === 32;
    // A ligature is two letters of the key: each takes its case.
    if (expansionOf(ch.charCodeAt(0))) chars.push(ch);
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
export interface CompiledAlias extends Omit<AliasGates, "lang"> {
  key: string;
  entity: string;
  alias: string;
  context?: string[];
  /** How it takes Estonian endings (absent: as a name written alike in every language). */
  inflection?: Inflection;
  /** Positions in `key` where the page must have a capital. */
  upper: number[];
  /** A short all-capitals acronym (US, UN, EU); absent for the others, as most are (the bundle carries every alias). */
  shortAcronym?: true;
}

export function compileAlias(entry: AliasEntry): CompiledAlias | null {
  const text = withoutInnerPossessives(entry.text);
  const key = foldKey(text);
  if (key.length === 0) return null;
  const { rules, letters, allCaps } = caseRules(text, key);
  const inflection = inflectionOf(entry.lang);
  return {
    key,
    entity: entry.entity,
    alias: entry.text,
    ...(entry.context && entry.context.length > 0 ? { context: [...entry.context] } : {}),
    ...(entry.contextOn ? { contextOn: entry.contextOn } : {}),
    ...(entry.near && entry.near.length > 0 ? { near: entry.near } : {}),
    ...(entry.unless && entry.unless.length > 0 ? { unless: entry.unless } : {}),
    ...(entry.vouchedBy && entry.vouchedBy.length > 0 ? { vouchedBy: entry.vouchedBy } : {}),
    ...(entry.binds ? { binds: true } : {}),
    ...(entry.place ? { place: true } : {}),
    ...(entry.onlyOn ? { onlyOn: entry.onlyOn } : {}),
    ...(entry.notOn ? { notOn: entry.notOn } : {}),
    // Most aliases are written alike in every language: theirs goes without saying, in every page's bundle.
    ...(inflection !== Inflection.OnEstonianPages ? { inflection } : {}),
    upper: [...rules.keys()].filter((i) => rules[i] === CaseRule.Upper),
    ...(allCaps && letters <= 3 ? { shortAcronym: true as const } : {}),
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

/** Where the aliases start, their dotted spellings (see `dottedOf`) included. */
function openingsOf(aliases: readonly CompiledAlias[]): Opening[] {
  return aliases
    .flatMap((a) => [a, ...dottedOf(a)])
    .map((a) => (a.upper.includes(0) ? { key: a.key } : { key: a.key, lowerCase: a.alias }));
}

/** A folded key of two to five letters (an alias written in capitals: "nato", "uro"). */
const ACRONYM_KEY = /^[a-z]{2,5}$/;

/**
 * The dotted spellings of an acronym ("N.A.T.O.", "l'O.T.A.N", "O.N.U."), which some outlets and older texts write,
 * with and without the last full stop (which a sentence's end may take): made when the trie is built rather than
 * bundled with the aliases, each a capital at every other position.
 */
function dottedOf(a: CompiledAlias): CompiledAlias[] {
  if (!ACRONYM_KEY.test(a.key) || a.upper.length !== a.key.length) return [];
  const key = [...a.key].join(".");
  const alias = [...a.alias].join(".");
  const upper = a.upper.map((i) => i * 2);
  return [
    { ...a, key: `${key}.`, alias: `${alias}.`, upper },
    { ...a, key, alias, upper },
  ];
}

/** A terminal of the trie for an alias: what a match of it stands for. */
function terminalOf(a: CompiledAlias): Terminal {
  const rules = new Uint8Array(a.key.length);
  for (const i of a.upper) rules[i] = CaseRule.Upper;
  return {
    entity: a.entity,
    alias: a.alias,
    context: a.context,
    contextOn: a.contextOn,
    near: a.near,
    unless: a.unless,
    vouchedBy: a.vouchedBy,
    place: a.place === true,
    onlyOn: a.onlyOn,
    notOn: a.notOn,
    inflection: a.inflection ?? Inflection.OnEstonianPages,
    candidate: {
      entity: a.entity,
      context: a.context,
      ...(a.unless ? { unless: a.unless } : {}),
      ...(a.near ? { near: a.near } : {}),
      ...(a.vouchedBy ? { vouchedBy: a.vouchedBy } : {}),
      ...(a.binds ? { bound: true as const } : {}),
    },
    rules,
    shortAcronym: a.shortAcronym === true,
  };
}

/**
 * The trie of compiled aliases (no folding, so a precompiled fact base loads fast), laid out as it is walked (see
 * TrieNode); its starts regex from a precompiled source when there is one.
 */
export function automatonOf(aliases: readonly CompiledAlias[], sources?: StartSources): Automaton {
  const laid: Laid[] = aliases.map((alias) => ({ alias, variant: false }));
  for (const a of aliases) for (const alias of dottedOf(a)) laid.push({ alias, variant: true });
  const root = trieNode(laid, 0);
  layOut(root);
  const size = laid.length;
  const asciiRoot: (TrieNode | undefined)[] = [];
  for (let c = 0; c < 128; c++) asciiRoot.push(childOf(root, foldCode(c)));
  const { capitals, lower } = sources ?? startsPatterns(openingsOf(aliases));
  return {
    starts: new RegExp(capitals, "g"),
    lowerStarts: lower ? new RegExp(`(^|${NOT_WORD_CLASS})(?:${lower})`, "g") : null,
    lowerAnywhere: lower ? new RegExp(lower, "g") : null,
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
