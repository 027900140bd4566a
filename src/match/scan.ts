import { type Automaton, childOf, Inflection, type Terminal } from "./automaton";
import {
  type AliasMatch,
  type Candidate,
  CUE,
  type Edges,
  isEntity,
  LANGUAGE_SAMPLE,
  ownOnly,
  REACH,
  REACH_TEXT,
  SHADOW,
} from "./candidates";
import { settleCues } from "./cues";
import { estonianEnding } from "./estonian";
import { readsEstonian } from "./estonian-text";
import { expansionOf, foldCode, isIgnorable, isLowerCode, isUpperCode, isWordCode } from "./fold";
import type { PageLanguage } from "./language-codes";
import { Opening, openingAt, sentenceAround } from "./sentence-bounds";

export { type AliasMatch, type Candidate, CUE, type Edges, isEntity, ownOnly, SHADOW };

export interface ScanOptions {
  /**
   * Ignore word boundaries: for a quick test of a whole element's textContent, where block boundaries glue words
   * together ("<p>Paris</p><p>France</p>" reads "ParisFrance"). Finds a superset of the real matches.
   */
  loose?: boolean;
  /**
   * With `loose`: the text is the text nodes' own, each apart (joined by a line break), so a name starts only where a
   * word does, as in a real scan. Without it, a loose scan takes the text's blocks to run together.
   */
  apart?: boolean;
  /** Stop at the first match. */
  first?: boolean;
  /**
   * Leave the candidates that need a name in reach, and those a cue may undo, as they are (for reading what a text
   * names, in reach).
   */
  keepNear?: boolean;
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

/** A possessive "'s" at `at`, between two words of a name ("NATO's battle group"), which the trie passes over. */
function isInnerPossessive(text: string, at: number): boolean {
  return (
    foldCode(text.charCodeAt(at)) === 39 &&
    foldCode(text.charCodeAt(at + 1)) === 115 &&
    foldCode(text.charCodeAt(at + 2)) === 32
  );
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
    if (foldCode(code) === 39 && isInnerPossessive(text, i)) {
      i++;
      continue;
    }
    lastSpace = false;
    if (isLowerCode(code)) {
      lower++;
      letters++;
      if (t.rules[pos] === 1) ok = false;
    } else if (isUpperCode(code)) letters++;
    pos += expansionOf(code) ? 2 : 1;
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

/** The text's language, worked out on first use: most texts never need it. */
type Language = () => PageLanguage | undefined;

/** Does the page's language let this alias count? */
function languageAllows(t: Terminal, language: Language): boolean {
  if (t.onlyOn) {
    const l = language();
    if (l === undefined || !t.onlyOn.includes(l)) return false;
  }
  if (!t.notOn) return true;
  const l = language();
  return !(l !== undefined && t.notOn.includes(l));
}

/**
 * Does this alias take Estonian endings on a page in this language? On an Estonian page, or one whose language is not
 * known (a page that declares none and is too short to tell): on an English or French page "Macronist" is no
 * "Macron" + "-st".
 */
function inflects(t: Terminal, language: Language): boolean {
  return t.inflection !== Inflection.None && isEstonianOrUnknown(language());
}

const isEstonianOrUnknown = (l: PageLanguage | undefined) => l === "et" || l === undefined;

/** An alias written in Estonian ("Eesti", "Prantsusmaa"), or one that is an ordinary word in Estonian ("Ratas"). */
const isEstonianWord = (t: Terminal): boolean => t.inflection === Inflection.Estonian;
/** An alias that is an ordinary word in Estonian ("Ratas", "Tapa"). */
const isWordInEstonian = (t: Terminal): boolean => t.contextOn?.et !== undefined;

function allEstonian(terminals: readonly Terminal[]): boolean {
  for (const t of terminals) if (t.inflection !== Inflection.Estonian) return false;
  return true;
}

/**
 * A candidate as the scanner first makes it, with what is still to settle once the whole text is scanned: the names it
 * needs in reach, or the place of a word whose capital may be its sentence's.
 */
export interface NearCandidate extends Candidate {
  near?: readonly (readonly string[])[];
  opening?: Opening;
}

function candidateOf(t: Terminal, language: Language): NearCandidate {
  if (!t.contextOn) return t.candidate;
  const l = language();
  const context = l !== undefined ? t.contextOn[l] : undefined;
  return context ? { ...t.candidate, context } : t.candidate;
}

const isConditional = (c: NearCandidate) => c.context !== undefined || c.unless !== undefined || c.near !== undefined;

/** The locative endings (in, into, out of, on, onto, off): on a name ending in a vowel, a place's ("Tapal", "Tapast"). */
const LOCATIVE = /^(?:s|sse|st|l|le|lt)(?:gi|ki)?$/;
const VOWEL_END = /[aeiouyõäöü]$/;

/** Is the alias an ordinary word in the page's language (the language of its `context_on`)? */
function isWordHere(t: Terminal, language: Language): boolean {
  if (!t.contextOn) return false;
  const l = language();
  return l !== undefined && t.contextOn[l] !== undefined;
}

/**
 * A place's name that is an ordinary word here, with a locative ending ("Tapal", "Tapale", "Tapast"): the ordinary word
 * (kill!) takes none, so the ending makes it the place. Only on a name ending in a vowel: after a consonant "-st" is
 * the partitive ("Ratast").
 */
function isPlaceForm(t: Terminal, text: string, stemEnd: number, end: number, language: Language): boolean {
  return (
    t.place &&
    end > stemEnd &&
    VOWEL_END.test(t.alias) &&
    LOCATIVE.test(foldedSlice(text, stemEnd, end)) &&
    isWordHere(t, language)
  );
}

/**
 * For a gated one-word alias that is an ordinary word in the page's language, the place of the word if its capital
 * may be its sentence's or its quotation's ("Ratas maksab…", „Tapa või…“): such a word then needs more to count (see
 * `settleOpenings`). None for a word inside a sentence, whose capital is its own.
 */
function openingOf(t: Terminal, text: string, start: number, edges: () => Edges, language: Language): Opening {
  if (t.alias.includes(" ") || !isWordHere(t, language)) return Opening.None;
  return openingAt(text, start, () => edges().beforeText);
}

function acceptable(
  text: string,
  start: number,
  stemEnd: number,
  end: number,
  terminals: Terminal[],
  edges: () => Edges,
  loose: boolean,
  language: Language,
): NearCandidate[] {
  const out: NearCandidate[] = [];
  for (const t of terminals) {
    if (!loose && !languageAllows(t, language)) continue;
    if (!caseAllows(text, start, stemEnd, t)) continue;
    if (t.shortAcronym && !loose && inShoutedText(text, start, stemEnd, edges)) continue;
    let c: NearCandidate = candidateOf(t, language);
    if (!loose && t.contextOn) {
      if (isPlaceForm(t, text, stemEnd, end, language)) c = { ...c, context: undefined };
      else {
        const opening = openingOf(t, text, start, edges, language);
        if (opening !== Opening.None) c = { ...c, opening };
      }
    }
    const i = out.findIndex((o) => o.entity === t.entity);
    if (i < 0) out.push(c);
    // The same entity through an alias that needs nothing wins over a gated spelling of it.
    else if (!isConditional(c)) out[i] = c;
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
 * Does the trie hold an alias that starts at `at` and ends at a word boundary, or at an Estonian case ending for an
 * alias that takes one ("Pariisi", "NATO-ga")? (Case and context aside: a quick look at the word after an Estonian
 * name.)
 */
function aliasAt(automaton: Automaton, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  let node = code < 128 ? automaton.asciiRoot[code] : childOf(automaton.root, foldCode(code));
  for (let j = at + 1; node; j++) {
    if (node.terminals) {
      if (!isWordCode(text.charCodeAt(j))) return true;
      if (node.terminals.some((t) => t.inflection !== Inflection.None) && estonianEnding(text, j, NONE) >= 0)
        return true;
    }
    if (j >= text.length) return false;
    node = childOf(node, foldCode(text.charCodeAt(j)));
  }
  return false;
}

/**
 * The forms of an Estonian name that may open a longer one: the bare stem (nominative or genitive, "Eesti Pank",
 * "Tallinna Ülikool"), the genitive's linking "-i" and the plural genitive's "-de"/"-te". A name with any other case
 * ending ("Tallinnast", "Eestis", "Prantsusmaale") is a name of its own, whatever follows it.
 */
const OPENS_A_NAME = new Set(["", "i", "de", "te"]);

/** Folded letters of text[from, to), ignorable code units left out. */
function foldedSlice(text: string, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isIgnorable(code)) out += String.fromCharCode(foldCode(code));
  }
  return out;
}

/**
 * A word in a plural form: the nominative "-d" ("Alpid"), the genitive "-de"/"-te" or a case ending after it
 * ("Alpides", "Alpidele"). Estonian institutions are named in the singular ("Pank", "Komisjon", "Ülikool"): a plural
 * after a country's name is a place in it or a people ("Prantsusmaa Alpides"), not the rest of one name.
 */
const PLURAL = /(?:d|[dt]e(?:s|sse|st|le|l|lt|ks|ni|na|ta|ga)?)(?:gi|ki)?$/;

/**
 * An Estonian name followed by a word in capitals is the head of a longer proper name: Estonian writes only proper
 * names with capitals, and not headlines, so "Eesti Pank", "Eesti Energia", "Euroopa Komisjon", "Tallinna Ülikool"
 * are a bank, a company, the Commission and a university, not the country, Europe or the city. Only a bare or
 * genitive form opens one; and not when the word after starts a name of its own ("Eesti NATO-liitlased") or is in the
 * plural ("Prantsusmaa Alpides"). `stemEnd` is where the alias ends, `end` where its case ending (if any) does.
 */
function headsLongerName(automaton: Automaton, text: string, stemEnd: number, end: number): boolean {
  if (end > stemEnd && !OPENS_A_NAME.has(foldedSlice(text, stemEnd, end))) return false;
  let j = end;
  while (j < text.length && j - end < 3 && (text.charCodeAt(j) === 32 || foldCode(text.charCodeAt(j)) === 32)) j++;
  if (j === end || j >= text.length || !isUpperCode(text.charCodeAt(j))) return false;
  if (aliasAt(automaton, text, j)) return false;
  let k = j;
  while (k < text.length && (isWordCode(text.charCodeAt(k)) || isIgnorable(text.charCodeAt(k)))) k++;
  return !PLURAL.test(foldedSlice(text, j, k));
}

/**
 * Every alias occurrence in `text`, leftmost first and longest at each start, on whole words only. A native regex
 * finds the only places a name can start (a capital, or the first letters of the few aliases written in lower
 * case); the trie is walked from there and stops at the first character no alias continues with. So ordinary prose
 * costs one regex pass, whatever the number of aliases.
 *
 * A match whose every candidate is conditional (it needs context, or may be something else) is followed by the
 * shorter matches at the same start and the matches inside it, which count if it does not
 * ("NATO battle group" on a page about Lithuania is still "NATO"): `resolveMatches` takes the first that counts.
 * On a page whose language is Estonian (or unknown, for Estonian aliases), an alias may run on into a case ending.
 */
export function scan(
  automaton: Automaton,
  text: string,
  edgeSource: EdgeSource = {},
  options: ScanOptions = {},
): AliasMatch[] {
  let known: Edges | undefined = typeof edgeSource === "function" ? undefined : edgeSource;
  const edges = (): Edges => {
    known ??= (edgeSource as () => Edges)();
    return known;
  };
  const found = scanIn(automaton, text, edges, options, undefined);
  return found === READS_ESTONIAN ? (scanIn(automaton, text, edges, options, "et") as AliasMatch[]) : found;
}

/** What `scanIn` returns when the text, declared in another language, reads as Estonian: to be scanned as such. */
const READS_ESTONIAN = Symbol("reads Estonian");

/**
 * Does the text (its paragraph, if the page gives it) read as Estonian, whatever its page or block declares? The page
 * may answer for its block (`Edges.readsEstonian`, kept for the block), else the text is read here.
 */
function textReadsEstonian(text: string, edges: () => Edges): boolean {
  const given = edges().readsEstonian;
  if (given) return given();
  const reach = edges().reach?.();
  return readsEstonian((reach && reach.length > text.length ? reach : text).slice(0, LANGUAGE_SAMPLE), 1);
}

/**
 * `scan` in the language the text is declared in, or in `forced`. Declared in another language than Estonian, a text
 * whose names look Estonian (an alias marked Estonian, a name with an Estonian case ending, a word that is one in
 * Estonian opening a sentence: "Ratas maksab…") is read once for its language: if it reads as Estonian, the scan gives
 * way (returns READS_ESTONIAN) to be made again in Estonian. Ordinary English or French text holds none of these and
 * costs nothing more; "Tapa" inside an English sentence is read as it always was.
 */
function scanIn(
  automaton: Automaton,
  text: string,
  edges: () => Edges,
  options: ScanOptions,
  forced: PageLanguage | undefined,
): AliasMatch[] | typeof READS_ESTONIAN {
  const out: AliasMatch[] = [];
  const n = text.length;
  const loose = options.loose === true;
  let textLanguage: PageLanguage | undefined | null = forced ?? null;
  const language = (): PageLanguage | undefined => {
    if (textLanguage === null) textLanguage = edges().language?.() ?? automaton.language;
    return textLanguage;
  };
  // Whether the text was read for its language yet: once at most.
  let languageRead = forced !== undefined || loose;
  const readsAsEstonian = (): boolean => {
    if (languageRead) return false;
    languageRead = true;
    return !isEstonianOrUnknown(language()) && textReadsEstonian(text, edges);
  };
  const ends: number[] = [];
  const nodes: Terminal[][] = [];
  let nearCount = 0;
  let openings = 0;
  let cues = 0;
  // The next place a name may start, from the two regexes (capitals; openings written in lower case), merged.
  const starts = automaton.starts;
  // Glued blocks may put a letter right before a name ("…leadersforces armées"): then any position may open one.
  const anywhere = loose && options.apart !== true;
  const lower = anywhere ? automaton.lowerAnywhere : automaton.lowerStarts;
  const nextCapital = (from: number): number => {
    starts.lastIndex = from;
    // `test` rather than `exec`: no match object per start. Every match is one code unit long.
    return starts.test(text) ? starts.lastIndex - 1 : n;
  };
  const nextLower = (from: number): number => {
    if (!lower) return n;
    lower.lastIndex = from;
    const m = lower.exec(text);
    if (!m) return n;
    return anywhere ? m.index : m.index + (m[1] as string).length;
  };
  let capital = nextCapital(0);
  let lowerCase = nextLower(0);
  for (let i = Math.min(capital, lowerCase); i < n; i = Math.min(capital, lowerCase)) {
    if (capital === i) capital = nextCapital(i + 1);
    if (lowerCase === i) lowerCase = nextLower(i + 1);
    if (!loose) {
      const before = i === 0 ? (edges().before ?? NONE) : previousSignificant(text, i - 1);
      if (isWordCode(before)) continue;
    }
    const code = text.charCodeAt(i);
    let node = code < 128 ? automaton.asciiRoot[code] : childOf(automaton.root, foldCode(code));
    if (!node) continue;
    ends.length = 0;
    nodes.length = 0;
    // How many ends were found before the walk passed over a possessive: a shadow is matched as written, so the
    // ends beyond it are names only ("Estonia's Air Force" is no "Estonia Air").
    let beforePossessive = -1;
    let j = i + 1;
    // A ligature opening the text ("Æ…") is two letters of the key.
    const opening = expansionOf(code);
    if (opening) node = childOf(node, opening);
    if (!node) continue;
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
      let f = foldCode(c);
      let child: typeof node | undefined = childOf(node, f);
      if (!child) {
        // What the trie lacks, tried only here, where a walk ends anyway: a possessive between two words of a name,
        // and a dash for a space or a space for a dash ("Nagorno Karabakh", "Etats Unis").
        if (f === 39 && isInnerPossessive(text, j)) {
          if (beforePossessive < 0) beforePossessive = ends.length;
          j += 2;
          continue;
        }
        if (f === 32 || f === 45) {
          f = f === 32 ? 45 : 32;
          child = childOf(node, f);
        }
        if (!child) break;
      }
      const second = expansionOf(c);
      if (second) {
        child = childOf(child, second);
        if (!child) break;
      }
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
      const stemEnd = ends[k] as number;
      let end = stemEnd;
      let terminals = nodes[k] as Terminal[];
      if (beforePossessive >= 0 && k >= beforePossessive) terminals = terminals.filter((t) => isEntity(t.entity));
      if (!loose && isWordCode(text.charCodeAt(stemEnd - 1))) {
        const after = stemEnd >= n ? (edges().after ?? NONE) : NONE;
        if (isWordCode(nextSignificant(text, stemEnd, after))) {
          // The word runs on: a case ending, for the aliases that take one on this page.
          if (!terminals.some((t) => inflects(t, language))) {
            if (
              !languageRead &&
              terminals.some((t) => t.inflection !== Inflection.None) &&
              estonianEnding(text, stemEnd, after) >= 0 &&
              readsAsEstonian()
            )
              return READS_ESTONIAN;
            continue;
          }
          end = estonianEnding(text, stemEnd, after);
          if (end < 0) continue;
          terminals = terminals.filter((t) => inflects(t, language));
        }
      }
      if (
        !languageRead &&
        (terminals.some(isEstonianWord) ||
          (terminals.some(isWordInEstonian) && openingAt(text, i, () => edges().beforeText) !== Opening.None)) &&
        readsAsEstonian()
      )
        return READS_ESTONIAN;
      const candidates = acceptable(text, i, stemEnd, end, terminals, edges, loose, language);
      if (candidates.length === 0) continue;
      if (
        !loose &&
        allEstonian(terminals) &&
        isEstonianOrUnknown(language()) &&
        headsLongerName(automaton, text, stemEnd, end)
      )
        continue;
      out.push({ start: i, end, candidates });
      if (options.first) return out;
      let conditional = true;
      let names = false;
      for (const c of candidates) {
        if (c.near) nearCount++;
        if (c.opening) openings++;
        if (c.unless) cues++;
        conditional &&= isConditional(c);
        names ||= isEntity(c.entity);
      }
      // A name that may not count leaves what it holds to be read: the shorter names at its start, then the rest.
      if (conditional && names) continue;
      if (capital < end) capital = nextCapital(end);
      if (lowerCase < end) lowerCase = nextLower(end);
      break;
    }
  }
  const opened = openings > 0 ? settleOpenings(out, text) : out;
  if (options.keepNear || loose) return opened;
  const settled = nearCount > 0 ? inReach(automaton, opened, edges) : opened;
  return cues > 0 ? settleCues(settled, text, edges, (reach) => scanReach(automaton, reach)) : settled;
}

/**
 * Settles the words whose capital may be their sentence's or quotation's ("Ratas maksab…", „Tapa või sind…“): such a
 * word counts as usual where what vouches for it (or its own entity) is named in its sentence, or the one before
 * ("Macron kohtus Eestis. Ratas ütles…"); the first word of a quotation, in the quotation. Elsewhere being on the same
 * page as Macron or NATO is not enough: the first word of a sentence counts only where the page names its own entity
 * outright ("Jüri Ratas", "Tapa linnak"); the first word of a quotation, where an imperative is most at home, not at all.
 */
function settleOpenings(found: AliasMatch[], text: string): AliasMatch[] {
  const out: AliasMatch[] = [];
  for (const m of found) {
    const candidates = m.candidates as NearCandidate[];
    if (!candidates.some((c) => c.opening)) {
      out.push(m);
      continue;
    }
    const kept: NearCandidate[] = [];
    for (const c of candidates) {
      if (!c.opening) {
        kept.push(c);
        continue;
      }
      const { opening, ...rest } = c;
      const context = rest.context ?? [];
      const span = sentenceAround(text, m.start, m.end, {
        previous: opening === Opening.Sentence,
        quotation: opening === Opening.Quotation,
      });
      const vouched = found.some(
        (o) =>
          o !== m &&
          o.start >= span.start &&
          o.end <= span.end &&
          (o.candidates as NearCandidate[]).some(
            (x) => x.context === undefined && !x.near && (x.entity === rest.entity || context.includes(x.entity)),
          ),
      );
      if (vouched) kept.push(rest);
      else if (opening === Opening.Sentence) kept.push({ ...rest, context: [] });
    }
    if (kept.length > 0) out.push({ ...m, candidates: kept });
  }
  return out;
}

/**
 * A name in reach vouches for another unless it needs one itself ("NATO battle group" twice is no Estonia) or is a
 * word that only its own entity, named outright, would make a name („Tapa või sind tapetakse“).
 */
const vouchesNear = (c: NearCandidate): boolean => !c.near && !ownOnly(c);

/** The last text in reach read and what it names: the text nodes of one paragraph each ask for the same. */
let lastReach: { automaton: Automaton; text: string; found: AliasMatch[] } | undefined;

/** The aliases of a text in reach (a paragraph, a list), as they stand before any is settled by what is near it. */
function scanReach(automaton: Automaton, text: string): AliasMatch[] {
  if (lastReach?.automaton !== automaton || lastReach.text !== text)
    lastReach = { automaton, text, found: scan(automaton, text, {}, { keepNear: true }) };
  return lastReach.found;
}

/**
 * Settles the candidates that need a related name in reach: counted outright (the need met) when the text names one of
 * each group within `REACH` characters, or the paragraph, list or table around it does; otherwise left to the page's
 * names if the alias has a context too ("the NATO battle group" on a page about Estonia), or dropped, and the match
 * with them if nothing is left of it.
 */
function inReach(automaton: Automaton, found: AliasMatch[], edges: () => Edges): AliasMatch[] {
  let wider: Set<string> | undefined;
  const widerNames = (): Set<string> => {
    if (!wider) {
      const reach = edges().reach?.();
      wider = new Set();
      if (reach && reach.length <= REACH_TEXT)
        for (const m of scanReach(automaton, reach))
          for (const c of m.candidates as NearCandidate[]) if (vouchesNear(c)) wider.add(c.entity);
    }
    return wider;
  };
  const namedNear = (m: AliasMatch, id: string): boolean => {
    for (const o of found) {
      if (o === m || o.end < m.start - REACH || o.start > m.end + REACH) continue;
      if ((o.candidates as NearCandidate[]).some((c) => c.entity === id && vouchesNear(c))) return true;
    }
    return false;
  };
  const out: AliasMatch[] = [];
  for (const m of found) {
    const candidates = m.candidates as NearCandidate[];
    if (!candidates.some((c) => c.near)) {
      out.push(m);
      continue;
    }
    const kept: Candidate[] = [];
    for (const c of candidates) {
      if (!c.near) {
        kept.push(c);
        continue;
      }
      const met = c.near.every((group) => group.some((id) => namedNear(m, id) || widerNames().has(id)));
      const { near: _, ...rest } = c;
      // Vouched for where it stands, it counts; where not, an alias with a context may still count by the page's names
      // ("the NATO battle group" on a page about Estonia), or else is dropped.
      // What vouched for it here still weighs against a cue beside it (see cues.ts).
      if (met)
        kept.push({
          ...rest,
          context: undefined,
          ...(rest.unless ? { vouchedBy: rest.vouchedBy ?? rest.context } : {}),
        });
      else if (rest.context && rest.context.length > 0) kept.push(rest);
    }
    if (kept.length > 0) out.push({ ...m, candidates: kept });
  }
  return out;
}

/**
 * Could the text hold an alias? One loose scan (word boundaries ignored: a superset of the real matches) that stops
 * at the first: for a whole element's text at once, which its blocks glue together. `apart`: the text is text nodes'
 * data joined by line breaks, so a name can only start where a word does (and the scan is several times faster on
 * prose: no lower-case opening is tried inside a word).
 */
export function mayName(automaton: Automaton, text: string, apart = false): boolean {
  return scan(automaton, text, {}, { loose: true, first: true, apart }).length > 0;
}
