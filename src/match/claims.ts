// Does a sentence state a claim the fact base records, and does it agree? Scores a sentence against the claims
// that involve the entities it names: shared entities, the claim's key terms, and its values (numbers with their
// units, percentages, dates, frequencies, durations). Pure, so it is tested on sentences written for the purpose.

import { describeDate } from "../facts/dates";
import type { Claim, FactBase, Value } from "../facts/types";
import { foldKey, isWordCode } from "./fold";
import { type StatedDate, type StatedValues, valuesOfFolded } from "./values";

export type ClaimStatus = "match" | "conflict";

export interface ClaimVerdict {
  claim: Claim;
  status: ClaimStatus;
  score: number;
  /** What the page and the fact base agree on ("date: 28 October 2020"). */
  agreements: string[];
  /** Where they differ ("the page says 300 troops, the fact base 200 troops"). */
  differences: string[];
}

export interface ClaimIndex {
  byEntity: Map<string, Claim[]>;
  countries: Set<string>;
  entityName: Map<string, string>;
  /** Each claim's key terms, folded into words, with the stem each word is matched on. */
  terms: Map<string, Phrase[]>;
  /** The stems that open a key term, and their lengths (beyond four letters a term is matched on a stem). */
  firstStems: Set<string>;
  stemLengths: number[];
  /** The first five letters of those stems longer than four: a word that opens with none of them opens no stem. */
  stemOpenings: Set<string>;
}

interface Phrase {
  words: string[];
  stems: string[];
}

/** A sentence that merely names a claim's entities is not that claim: it takes its key terms, or its values. */
export const THRESHOLD = 6.5;
/** A figure, date or frequency the page shares with the claim says more than any one word. */
const VALUE_WEIGHT = 3;

/** Words that name what a value counts, by the unit the fact base gives. */
const UNIT_WORDS: Record<string, string[]> = {
  troops: [
    "troop",
    "troops",
    "soldier",
    "soldiers",
    "personnel",
    "servicemembers",
    "soldat",
    "soldats",
    "troupe",
    "troupes",
    "militaires",
    "hommes",
    "men",
  ],
};

/** The folded words of a text: runs of letters and digits (told by the matcher's character tables, not a regex). */
function words(text: string): string[] {
  return wordsOfFolded(foldKey(text));
}

function wordsOfFolded(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const word = i < folded.length && isWordCode(folded.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export function buildClaimIndex(fb: FactBase): ClaimIndex {
  const byEntity = new Map<string, Claim[]>();
  const terms = new Map<string, Phrase[]>();
  for (const c of fb.claims) {
    for (const e of c.entities) byEntity.set(e, [...(byEntity.get(e) ?? []), c]);
    // Terms that fold to the same words ("declaration", "déclaration") count once.
    const folded = new Map(c.terms.map((t) => [words(t).join(" "), words(t)]));
    terms.set(
      c.id,
      [...folded.values()].filter((w) => w.length > 0).map((w) => ({ words: w, stems: w.map(stem) })),
    );
  }
  const firstStems = new Set([...terms.values()].flatMap((phrases) => phrases.map((p) => p.stems[0] as string)));
  return {
    byEntity,
    countries: new Set(fb.entities.filter((e) => e.category === "country").map((e) => e.id)),
    entityName: new Map(fb.entities.map((e) => [e.id, e.name])),
    terms,
    firstStems,
    stemLengths: [...new Set([...firstStems].map((stem) => stem.length).filter((n) => n > 4))],
    stemOpenings: new Set([...firstStems].filter((stem) => stem.length > 4).map((stem) => stem.slice(0, 5))),
  };
}

/** Short words match exactly (or as a plural); longer ones on a stem, so that "deployed" finds "deployment". */
function stem(term: string): string {
  return term.length <= 4 ? term : term.slice(0, Math.max(5, term.length - 3));
}

/**
 * The words, or their prefixes as long as the claims' stems, that open one of the claims' key terms: what
 * `hasPhrase` and `usesTermsOf` look up first, in constant time.
 */
export function wordKeys(index: ClaimIndex, words: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const note = (key: string) => {
    if (index.firstStems.has(key)) keys.add(key);
  };
  for (const w of words) {
    note(w);
    if (w.endsWith("s")) note(w.slice(0, -1));
    // Most words open no stem: told by one look-up rather than one per stem length.
    if (w.length > 5 && index.stemOpenings.has(w.slice(0, 5))) {
      for (const k of index.stemLengths) if (k < w.length) note(w.slice(0, k));
    }
  }
  return keys;
}

function wordMatches(term: string, termStem: string, word: string): boolean {
  if (term.length <= 4) return word === term || word === `${term}s`;
  return word.startsWith(termStem);
}

function hasPhrase(sentence: readonly string[], keys: ReadonlySet<string>, phrase: Phrase): boolean {
  const { words, stems } = phrase;
  if (!keys.has(stems[0] as string)) return false;
  if (words.length === 1) return true;
  outer: for (let i = 0; i + words.length <= sentence.length; i++) {
    for (let k = 0; k < words.length; k++)
      if (!wordMatches(words[k] as string, stems[k] as string, sentence[i + k] as string)) continue outer;
    return true;
  }
  return false;
}

/** Does a text use any of a claim's key terms? A cheap test before a block is split into sentences. */
export function usesTermsOf(index: ClaimIndex, claim: Claim, keys: ReadonlySet<string>): boolean {
  return (index.terms.get(claim.id) ?? []).some((phrase) => keys.has(phrase.stems[0] as string));
}

export { words as textWords };

function claimDate(value: string): StatedDate {
  const [y, m, d] = value.split("-").map(Number);
  return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** Dates agree on every part both give; a part only one gives does not count against. */
function sameDate(a: StatedDate, b: StatedDate): boolean {
  return (["year", "month", "day"] as const).every((k) => a[k] === undefined || b[k] === undefined || a[k] === b[k]);
}

function perYear(times: number): string {
  return times === 4
    ? "quarterly"
    : times === 2
      ? "twice a year"
      : times === 1
        ? "yearly"
        : times === 12
          ? "monthly"
          : `${times} times a year`;
}

interface Comparison {
  agreements: string[];
  differences: string[];
}

function compareValue(v: Value, stated: StatedValues, out: Comparison): void {
  const judge = (candidates: string[], agree: boolean, ours: string) => {
    if (candidates.length === 0) return;
    if (agree) out.agreements.push(ours);
    else out.differences.push(`the page says ${candidates.join(", ")}; the fact base says ${ours}`);
  };
  switch (v.type) {
    case "number": {
      const unitWords = UNIT_WORDS[v.unit] ?? [v.unit];
      const counted = stated.numbers.filter((n) => n.after.some((w) => unitWords.includes(w)));
      judge(
        counted.map((n) => `${n.value} ${v.unit}`),
        counted.some((n) => n.value === v.value),
        `${v.value} ${v.unit}`,
      );
      return;
    }
    case "percent":
      judge(
        stated.percents.map((p) => `${p}%`),
        stated.percents.includes(v.value),
        `${v.value}%`,
      );
      return;
    case "date":
    case "month": {
      const ours = claimDate(v.value);
      const theirs = [...stated.dates, ...stated.years.map((year) => ({ year }))];
      judge(
        theirs.map(describeDate),
        theirs.some((d) => sameDate(d, ours)),
        describeDate(ours),
      );
      return;
    }
    case "year": {
      const theirs = stated.years;
      judge(theirs.map(String), theirs.includes(v.value), String(v.value));
      return;
    }
    case "frequency": {
      const ours = v.per === "year" ? v.times : v.per === "month" ? v.times * 12 : v.times * 52;
      judge(stated.frequencies.map(perYear), stated.frequencies.includes(ours), perYear(ours));
      return;
    }
    case "duration": {
      const minutes = v.value * { minute: 1, hour: 60, day: 1440, week: 10080, month: 43200, year: 525600 }[v.unit];
      const show = (m: number) => (m % 60 === 0 ? `${m / 60} hour${m === 60 ? "" : "s"}` : `${m} minutes`);
      judge(stated.durations.map(show), stated.durations.includes(minutes), show(minutes));
    }
  }
}

/**
 * The claim a sentence states, if any, and whether it agrees. `entities` are those the sentence names; `context`
 * those of its surroundings (a table's other cells, the paragraph that introduces a list), which count for less.
 */
export function judgeSentence(
  index: ClaimIndex,
  sentence: string,
  entities: ReadonlySet<string>,
  context: ReadonlySet<string> = new Set(),
): ClaimVerdict | null {
  const candidates = new Set<Claim>();
  for (const e of entities) for (const c of index.byEntity.get(e) ?? []) candidates.add(c);
  for (const e of context) for (const c of index.byEntity.get(e) ?? []) candidates.add(c);
  if (candidates.size === 0) return null;
  const folded = foldKey(sentence);
  const sentenceWords = wordsOfFolded(folded);
  const keys = wordKeys(index, sentenceWords);
  let stated: StatedValues | undefined;
  let best: ClaimVerdict | null = null;
  for (const claim of candidates) {
    const phrases = index.terms.get(claim.id) ?? [];
    // Most candidates use none of their key terms here: the cheapest test first.
    if (!phrases.some((p) => keys.has(p.stems[0] as string))) continue;
    const inSentence = claim.entities.filter((e) => entities.has(e)).length;
    const inContext = claim.entities.filter((e) => !entities.has(e) && context.has(e)).length;
    const terms = phrases.filter((t) => hasPhrase(sentenceWords, keys, t)).length;
    if (terms === 0) continue;
    const base = 2 * Math.min(inSentence, 3) + Math.min(inContext, 2) + 1.5 * Math.min(terms, 3);
    if (base + VALUE_WEIGHT * claim.values.length < THRESHOLD) continue;
    const comparison: Comparison = { agreements: [], differences: [] };
    // The sentence's values are read only for a claim that has some (most have none): the costliest step.
    if (claim.values.length > 0) {
      stated ??= valuesOfFolded(folded);
      for (const v of claim.values) compareValue(v, stated, comparison);
    }
    // A value the sentence states, agreeing or not, shows it speaks of this claim; the status says which.
    const engaged = comparison.agreements.length + comparison.differences.length;
    // Same claim, another party: the sentence names a country the claim does not, and lacks one it has.
    const claimCountries = claim.entities.filter((e) => index.countries.has(e));
    const others = [...entities].filter((e) => index.countries.has(e) && !claim.entities.includes(e));
    const missing = claimCountries.filter((e) => !entities.has(e));
    if (claimCountries.length >= 2 && others.length > 0 && missing.length > 0 && base >= THRESHOLD) {
      const name = (id: string) => index.entityName.get(id) ?? id;
      comparison.differences.push(
        `the page names ${others.map(name).join(", ")}; the fact base names ${missing.map(name).join(", ")}`,
      );
    }
    const score = base + VALUE_WEIGHT * engaged;
    if (score < THRESHOLD) continue;
    if (!best || score > best.score) {
      best = { claim, status: comparison.differences.length > 0 ? "conflict" : "match", score, ...comparison };
    }
  }
  return best;
}
