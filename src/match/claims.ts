// Does a sentence state a claim the fact base records, and does it agree? A claim is an event frame (see
// src/facts/types.ts): a sentence states it when it uses one of the event's trigger words, names every core
// participant (in the sentence, or earlier in its paragraph), and uses one of the claim's `about` terms if it has
// any. It agrees when every value it gives and the fact base can compare agrees; it differs when it gives another
// value for the same event or quantity, or denies it; a hedged sentence never differs. Otherwise: no verdict.
// Pure, so it is tested on sentences written for the purpose.

import { describeDate, describeWhen } from "../facts/dates";
import type { Claim, Entity, FactBase, Value, When } from "../facts/types";
import { compareDates, type DateReading, describeReading, readDates } from "./dates";
import {
  claimTrigger,
  foldedWords,
  type Trigger,
  type TriggerWord,
  triggerAt,
  triggersOfKind,
  wordMatches,
} from "./events";
import { foldKey } from "./fold";
import { conditionWord, denialWord, hedgeWord, negatedAt, negationWord } from "./negation";
import { type StatedNumber, type StatedValues, valuesOfFolded } from "./values";

export type ClaimStatus = "match" | "conflict";

/**
 * What a sentence says about one claim. `status` is "conflict" when it gives another value or denies the claim
 * (`denied`); the card says "differs from an unverified report" for a claim whose `claim.support` is "unverified".
 * Every string quotes the sentence's own words for what the page says: nothing the sentence does not contain.
 */
export interface ClaimVerdict {
  claim: Claim;
  status: ClaimStatus;
  score: number;
  /** Values compared that agree: "date: “on Wednesday”, read as 28 October 2020". */
  agreements: string[];
  /** Values that differ, or the denial: "date: the page says “Mar 28, 2024”; the fact base says …". */
  differences: string[];
  /** The sentence denies the claim ("did not", "are false", "ne … pas", "ei"). */
  denied: boolean;
  /** The sentence speculates ("may", "reportedly", "pourrait", "võib"): it can agree, never differ. */
  hedged: boolean;
  /** Values the sentence gives that could not be read or compared, as written, with why. */
  unread: string[];
  /** What the fact base records beside the claim: a counter-figure from public reporting. */
  note?: string;
  /**
   * A core participant is not named in the sentence or its paragraph but only around it, through the event ("the
   * meeting") or a title ("the Prime Minister").
   */
  viaContext: boolean;
  /** Other claims the same sentence states (best first); each has `also` empty. */
  also: ClaimVerdict[];
}

/** How a sentence is read beyond its own words. */
export interface Reading {
  /** Entities named earlier in the same paragraph: a claim's participant named there counts as named. */
  earlier?: ReadonlySet<string>;
  /** The page's own publication date, YYYY-MM-DD: places "on Wednesday", "last week"; absent if unknown. */
  pageDate?: string;
  /**
   * Where the sentence names something the fact base does not mean ("Tour de France", "Brigitte Macron": the
   * shadows of aliases), as [start, end) offsets in it: their words are no event's words ("tour") nor values.
   */
  otherNames?: readonly (readonly [number, number])[];
}

interface ClaimTriggers {
  /** The claim's own trigger phrases: a surer sign than its kind's. */
  own: Trigger[];
  kind: Trigger[];
  about: Trigger[];
}

export interface ClaimIndex {
  byEntity: Map<string, Claim[]>;
  entityName: Map<string, string>;
  /** Each entity's name and aliases, folded ("estonie", "eesti"): how a sentence may write a place of the claim's. */
  writtenAs: Map<string, string[]>;
  /** Each person's titles, folded into words ("prime minister"), for "the Prime Minister" on a page naming them. */
  titles: Map<string, string[][]>;
  /** Countries' demonyms, folded ("francais"), to the country's id. */
  demonyms: Map<string, string>;
  /** The entities that are places (towns, bases): one named in a sentence sets its event there. */
  places: ReadonlySet<string>;
  triggers: Map<string, ClaimTriggers>;
  /** The words or prefixes that open a trigger: what `wordKeys` looks for. */
  firstWords: Set<string>;
  prefixLengths: number[];
  /** The first four letters of every prefix: a word that opens with none of them opens no prefix. */
  prefixOpenings: Set<string>;
}

/** Words that name what a quantity counts, by the unit the fact base gives (English, French, Estonian). */
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
    "sodurit",
    "sodurid",
    "sodureid",
    "kaitsevaelast",
  ],
};

/**
 * Words that set an event apart from the one the page told of ("a separate event", "another meeting", "une autre
 * réunion", "teisel kohtumisel"): a sentence that uses one right before its event's words tells of another.
 */
const OTHER_EVENT = new Set([
  "separate",
  "another",
  "other",
  "different",
  "second",
  "next",
  "previous",
  "earlier",
  "later",
  "autre",
  "distinct",
  "distincte",
  "prochaine",
  "precedente",
  "teine",
  "teisel",
  "eraldi",
  "muu",
  "jargmine",
  "jargmisel",
  "eelmine",
  "eelmisel",
]);

/** Words for any event, which the words of OTHER_EVENT set apart too ("a separate event"). */
const ANY_EVENT = new Set(["event", "events", "occasion", "ceremony", "evenement", "ceremonie", "sundmus", "uritus"]);

/** Is one of the words just before an event's word (up to three) one that sets its event apart? */
function otherEventAt(words: readonly string[], hits: readonly { at: number }[]): boolean {
  const before = (at: number) => words.slice(Math.max(0, at - 3), at).some((w) => OTHER_EVENT.has(w));
  return hits.some(({ at }) => before(at)) || words.some((w, at) => ANY_EVENT.has(w) && before(at));
}

/** How far an approximate figure may be from the fact base's and still agree. */
const APPROXIMATE_SHARE = 0.1;

/**
 * References to an event whose participants the page names elsewhere: "The meeting also addressed…", "… were also
 * discussed".
 */
const EVENT_ANAPHORA: Trigger[] = [
  "also discussed",
  "also addressed",
  "egalement aborde",
  "egalement evoque",
  "arutati ka",
  "the meeting",
  "the visit",
  "the talks",
  "the tour",
  "la rencontre",
  "la reunion",
  "la visite",
  "l entretien",
  "kohtumisel",
  "kohtumine",
  "visiidil",
].map((t) => foldedWords(t).map((w) => ({ text: w, prefix: false })));

/** Kinds whose trigger words say little on their own. */
const VAGUE_KINDS = new Set(["statement", "cooperation", "commitment", "outcome", "discussion"]);

/** Past this many words a sentence is not read for claims: no claim sentence is that long. */
const MAX_WORDS = 400;

/** The folded words of a text: runs of letters and digits. */
export function textWords(text: string): string[] {
  return foldedWords(foldKey(text));
}

export function buildClaimIndex(fb: FactBase): ClaimIndex {
  const byEntity = new Map<string, Claim[]>();
  const triggers = new Map<string, ClaimTriggers>();
  for (const c of fb.claims) {
    for (const e of c.entities) byEntity.set(e, [...(byEntity.get(e) ?? []), c]);
    triggers.set(c.id, {
      own: c.triggers.map(claimTrigger).filter((t) => t.length > 0),
      kind: triggersOfKind(c.event),
      about: c.about.map(claimTrigger).filter((t) => t.length > 0),
    });
  }
  const all = [...triggers.values()].flatMap((t) => [...t.own, ...t.kind]);
  const firsts = all.map((t) => t[0] as TriggerWord);
  const prefixes = firsts.filter((w) => w.prefix);
  return {
    byEntity,
    entityName: new Map(fb.entities.map((e) => [e.id, e.name])),
    writtenAs: new Map(
      fb.entities.map((e) => [e.id, [e.name, ...e.aliases.map((a) => a.text)].map((t) => foldKey(t))]),
    ),
    demonyms: new Map(fb.entities.flatMap((e) => (e.demonyms ?? []).map((d) => [foldKey(d), e.id] as const))),
    titles: new Map(
      fb.entities
        .filter((e): e is Entity & { titles: string[] } => (e.titles?.length ?? 0) > 0)
        .map((e) => [e.id, e.titles.map((t) => foldedWords(foldKey(t)))]),
    ),
    triggers,
    places: new Set(fb.entities.filter((e) => e.category === "place").map((e) => e.id)),
    firstWords: new Set(firsts.map((w) => w.text)),
    prefixLengths: [...new Set(prefixes.map((w) => w.text.length))],
    prefixOpenings: new Set(prefixes.map((w) => w.text.slice(0, 4))),
  };
}

/**
 * The words of a text, or their prefixes, that open one of the claims' triggers: what `usesTermsOf` looks up, in
 * constant time per word.
 */
export function wordKeys(index: ClaimIndex, words: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const note = (key: string) => {
    if (index.firstWords.has(key)) keys.add(key);
  };
  for (const w of words) {
    note(w);
    if (w.endsWith("s")) note(w.slice(0, -1));
    // Most words open no prefix: told by one look-up rather than one per prefix length.
    if (w.length > 4 && index.prefixOpenings.has(w.slice(0, 4))) {
      for (const k of index.prefixLengths) if (k < w.length) note(w.slice(0, k));
    }
  }
  return keys;
}

/** Does a text use any of a claim's trigger words? A cheap test before a block is split into sentences. */
export function usesTermsOf(index: ClaimIndex, claim: Claim, keys: ReadonlySet<string>): boolean {
  const t = index.triggers.get(claim.id);
  if (!t) return false;
  return [...t.own, ...t.kind].some((trigger) => keys.has((trigger[0] as TriggerWord).text));
}

type Hit = { at: number; length: number };
/**
 * The hits of each trigger list in a sentence's words, kept for the sentence: its candidate claims share their event
 * kind's triggers, and every claim asks for the same anaphora.
 */
const hitsBySentence = new WeakMap<readonly string[], Map<readonly Trigger[], Hit[]>>();
function anyAt(words: readonly string[], triggers: readonly Trigger[]): Hit[] {
  let known = hitsBySentence.get(words);
  if (!known) {
    known = new Map();
    hitsBySentence.set(words, known);
  }
  let hits = known.get(triggers);
  if (!hits) {
    hits = triggers.flatMap((t) => triggerAt(words, t).map((at) => ({ at, length: t.length })));
    known.set(triggers, hits);
  }
  return hits;
}

/**
 * Does the sentence speak of a person by a title ("the Prime Minister") and not name someone else with it
 * ("Prime Minister Kaja Kallas" is another person in the same role)?
 */
function titled(index: ClaimIndex, entity: string, words: readonly string[], sentence: string): boolean {
  for (const title of index.titles.get(entity) ?? []) {
    for (const at of triggerAt(
      words,
      title.map((w) => ({ text: w, prefix: false })),
    )) {
      const next = words[at + title.length];
      // The word after the title, as written: a capitalised one starts a name.
      if (next === undefined) return true;
      const written = new RegExp(`\\b${next}`, "i").exec(foldKey(sentence));
      const original = written ? sentence.charAt(written.index) : "";
      if (!(original && original !== original.toLowerCase())) return true;
    }
  }
  return false;
}

/**
 * The entities a sentence names, with the country whose people or troops the claim counts when the sentence counts
 * them by its demonym: "300 French soldiers", "200 additional French troops", "300 soldats français", "300 Prantsuse
 * sõdurit". Only the claim's own (France for "French troops in Estonia"), and only beside the counted word right after
 * a figure: "300 French-speaking soldiers", "300 troops, none of them French", "a French newspaper reported that 300
 * troops…" and "300 Estonian soldiers" count no French troops.
 */
function withDemonyms(
  index: ClaimIndex,
  claim: Claim,
  named: ReadonlySet<string>,
  words: readonly string[],
  numbers: () => readonly StatedNumber[],
): ReadonlySet<string> {
  const q = claim.quantity;
  if (!q) return named;
  const owners = new Set(foldedWords(foldKey(q.counts)).flatMap((w) => index.demonyms.get(w) ?? []));
  const isOwner = (w: string | undefined) => w !== undefined && owners.has(index.demonyms.get(w) ?? "");
  if (!words.some(isOwner)) return named;
  const units = UNIT_WORDS[q.unit] ?? [q.unit];
  for (const n of numbers()) {
    const after = n.after.slice(0, 4);
    for (let i = 0; i < after.length; i++) {
      if (!isOwner(after[i]) || !(units.includes(after[i + 1] ?? "") || units.includes(after[i - 1] ?? ""))) continue;
      const country = index.demonyms.get(after[i] as string) as string;
      return named.has(country) ? named : new Set([...named, country]);
    }
  }
  return named;
}

/** A relative clause set off by commas: ", who became prime minister in January 2016," ", qui…," ", kes…,". */
const RELATIVE_CLAUSE =
  /,\s*(?:who|which|whose|whom|qui|dont|lequel|laquelle|lesquels|lesquelles|kes|mis|kelle)\s[^,;.]*,/giu;

/** The sentence with its relative clauses blanked (same length: offsets hold). */
function withoutRelativeClauses(sentence: string): string {
  return sentence.replace(RELATIVE_CLAUSE, (clause) => `,${" ".repeat(clause.length - 2)},`);
}

/** Words that set what follows against what came before: "did not meet him in 2019, but met him in 2020". */
const CONTRASTS = new Set(["but", "yet", "however", "instead", "mais", "cependant", "pourtant", "kuid", "aga", "vaid"]);

interface Named {
  sentence: ReadonlySet<string>;
  earlier: ReadonlySet<string>;
  context: ReadonlySet<string>;
}

/** How surely the sentence names each core participant: 2 in it, 1 earlier in the paragraph, 0.5 by title; else null. */
function participantsNamed(
  index: ClaimIndex,
  claim: Claim,
  named: Named,
  words: readonly string[],
  sentence: string,
  anaphora: boolean,
): { score: number; viaContext: boolean; inSentence: boolean; topicNamed: number } | null {
  let score = 0;
  let topics = 0;
  let topicNamed = 0;
  let viaContext = false;
  let inSentence = false;
  for (const p of claim.participants) {
    const ids = [p.entity, ...p.alt];
    if (p.role === "topic") {
      topics++;
      if (ids.some((id) => named.sentence.has(id) || named.earlier.has(id))) topicNamed++;
      continue;
    }
    if (ids.some((id) => named.sentence.has(id))) {
      score += p.core ? 2 : 1;
      inSentence ||= p.core;
    } else if (ids.some((id) => named.earlier.has(id))) score += p.core ? 1 : 0.5;
    else if (
      p.core &&
      ids.some((id) => named.context.has(id)) &&
      (anaphora || titled(index, p.entity, words, sentence))
    ) {
      score += 0.5;
      viaContext = true;
    } else if (p.core) return null;
  }
  if (topics > 0 && topicNamed === 0) return null;
  return { score: score + topicNamed, viaContext, inSentence, topicNamed };
}

interface Comparison {
  agreements: string[];
  differences: string[];
  unread: string[];
  /** Values read and compared, agreeing or not: what shows the sentence speaks of this claim. */
  engaged: number;
  /**
   * A value of the claim's the sentence gives but that could not be told apart or placed (a date without its year,
   * two dates or figures of which one is the fact base's): no agreement can be read then.
   */
  doubtful: boolean;
}

/**
 * Could the sentence's relative dates, which the page gives no date to place ("in September", "on 27 October", "last
 * week"), be other than the claim's? Each is placed in the middle of the year of each of the claim's dates in turn: a
 * month or a day and month that agree then fit the claim ("in September" of a September 2020 announcement), one that
 * does not ("on 27 October" for a meeting on the 28th), or a weekday or a week that cannot be placed, leaves the
 * verdict doubtful.
 */
function unplacedDisagree(claim: Claim, sentence: string, unread: readonly string[]): boolean {
  if (claim.when.length === 0 || unread.length === 0) return false;
  const fits = new Set<string>();
  for (const year of new Set(claim.when.map((w) => w.value.slice(0, 4)))) {
    for (const d of readDates(sentence, `${year}-07-01`).dates) {
      if (unread.includes(d.text) && claim.when.some((cw) => compareDates(d, cw.value) === "agree")) fits.add(d.text);
    }
  }
  return unread.some((u) => !fits.has(u));
}

function compareWhen(claim: Claim, dates: readonly DateReading[], out: Comparison): void {
  if (claim.when.length === 0 || dates.length === 0) return;
  const read = (d: DateReading) =>
    d.relative || d.text !== describeReading(d, describeDate)
      ? `“${d.text}”, read as ${describeReading(d, describeDate)}`
      : `“${d.text}”`;
  const matched = new Set<When>();
  const others: DateReading[] = [];
  for (const d of dates) {
    const w = claim.when.find((cw) => compareDates(d, cw.value) === "agree");
    if (w) {
      if (!matched.has(w)) out.agreements.push(`date: ${read(d)}`);
      matched.add(w);
    } else others.push(d);
  }
  if (matched.size > 0) {
    out.engaged++;
    // A claim of two dates ("announced in September 2020 that it would join in 2021"): the sentence's other date is
    // the other one's, and may differ from it. A claim of one date: the sentence's others are of other events ("served
    // in 2017 and 2019 and returned in 2021").
    const unmatched = claim.when.filter((w) => !matched.has(w));
    const differing = new Set(
      others.filter((d) => unmatched.some((w) => compareDates(d, w.value) === "differ")).map((d) => d.text),
    );
    const [w] = unmatched;
    const [d] = others.filter((o) => differing.has(o.text));
    if (unmatched.length === 1 && differing.size === 1 && w && d)
      out.differences.push(`date: the page says ${read(d)}; the fact base says ${describeWhen(w)}`);
    else if (unmatched.length > 0 && differing.size > 0) {
      out.unread.push(
        `dates ${[...differing].map((t) => `“${t}”`).join(", ")}: which of the event's dates each is was not read`,
      );
      out.doubtful = true;
    }
    return;
  }
  const comparable = dates.filter((d) => claim.when.some((cw) => compareDates(d, cw.value) === "differ"));
  // Several dates, none the fact base's: the sentence may tell of other events too ("in 2017 and 2019"); which of its
  // dates is this event's is not read, so none differs.
  const distinct = new Set(comparable.map((d) => d.text));
  if (distinct.size === 1) {
    const [d] = comparable as [DateReading];
    out.differences.push(
      `date: the page says ${read(d)}; the fact base says ${claim.when.map(describeWhen).join(" and ")}`,
    );
    out.engaged++;
  } else if (distinct.size > 1) {
    out.doubtful = true;
    out.unread.push(
      `dates ${[...distinct].map((t) => `“${t}”`).join(", ")}: none is the fact base's, and which one is this event's was not read`,
    );
  }
}

function counted(n: StatedNumber, unit: string): boolean {
  const words = UNIT_WORDS[unit] ?? [unit];
  return n.after.some((w) => words.includes(w));
}

function sameFigure(n: StatedNumber, value: number): boolean {
  return n.approx ? Math.abs(n.value - value) <= value * APPROXIMATE_SHARE : n.value === value;
}

function compareQuantity(claim: Claim, stated: StatedValues, out: Comparison): void {
  const q = claim.quantity;
  if (!q) return;
  const ofUnit = stated.numbers.filter((n) => counted(n, q.unit));
  for (const n of stated.numbers)
    if (!ofUnit.includes(n)) out.unread.push(`“${n.written}”: what it counts was not read`);
  if (ofUnit.length === 0) return;
  // "300 French soldiers …, while 200 British troops": which figure is the claim's was not read.
  if (ofUnit.some((n) => sameFigure(n, q.value)) && ofUnit.some((n) => !sameFigure(n, q.value))) {
    out.unread.push(
      `figures ${ofUnit.map((n) => `“${n.written}”`).join(", ")}: which one counts ${q.counts} was not read`,
    );
    out.doubtful = true;
    return;
  }
  out.engaged++;
  const agreeing = ofUnit.find((n) => sameFigure(n, q.value));
  if (agreeing) out.agreements.push(`${q.counts}: “${agreeing.written}”`);
  else
    out.differences.push(
      `${q.counts}: the page says ${ofUnit.map((n) => `“${n.written}”`).join(", ")}; the fact base says ${q.value} ${q.unit}`,
    );
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

function compareValue(v: Value, stated: StatedValues, out: Comparison): void {
  const judge = (theirs: string[], agree: boolean, what: string, ours: string) => {
    if (theirs.length === 0) return;
    // The fact base's value among others ("twice a year; … once a year"): which one the sentence holds true is not
    // read, so it neither agrees nor differs.
    if (agree && new Set(theirs).size > 1) {
      out.unread.push(`${what}: the page gives ${[...new Set(theirs)].join(", ")}; which it holds true was not read`);
      return;
    }
    out.engaged++;
    if (agree) out.agreements.push(`${what}: ${theirs.join(", ")}`);
    else out.differences.push(`${what}: the page says ${theirs.join(", ")}; the fact base says ${ours}`);
  };
  switch (v.type) {
    case "percent":
      judge(
        stated.percents.map((p) => `${p}%`),
        stated.percents.includes(v.value),
        "percentage",
        `${v.value}%`,
      );
      return;
    case "frequency": {
      const ours = v.per === "year" ? v.times : v.per === "month" ? v.times * 12 : v.times * 52;
      judge(stated.frequencies.map(perYear), stated.frequencies.includes(ours), "frequency", perYear(ours));
      return;
    }
    case "duration": {
      const minutes = v.value * { minute: 1, hour: 60, day: 1440, week: 10080, month: 43200, year: 525600 }[v.unit];
      const show = (m: number) => (m % 60 === 0 ? `${m / 60} hour${m === 60 ? "" : "s"}` : `${m} minutes`);
      judge(stated.durations.map(show), stated.durations.includes(minutes), "time allowed", show(minutes));
    }
  }
}

/** Words that may follow "in" or "at" and are no place: months, days, and what a date or a time is said with. */
const NOT_PLACES = new Set(
  (
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday the a an his her its their our this that which what late early mid " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
  ).split(" "),
);

/** Words that set what follows as a place: "in Tallinn", "à Tapa", "en Lettonie". */
const LOCATIVE_BEFORE = new Set(["in", "at", "a", "au", "en", "dans"]);

/**
 * Is the place named `name` named as a location: after "in", "at", "à"…, or with an Estonian locative ending
 * ("Tallinnas", "Tapal": its name's opening and more, ending in -s or -l)?
 */
function placedAt(words: readonly string[], name: string): boolean {
  const first = foldedWords(foldKey(name))[0];
  if (!first) return false;
  return words.some(
    (w, i) =>
      (w === first && LOCATIVE_BEFORE.has(words[i - 1] ?? "")) ||
      (w.length > first.length && w.startsWith(first.slice(0, 5)) && /[sl]$/.test(w)),
  );
}

/**
 * Does the sentence name a place of the fact base as where it happened ("in Tallinn", "Tallinnas"; not as who spoke,
 * "a annoncé Paris"), one the claim does not record?
 */
function placedElsewhere(
  index: ClaimIndex,
  claim: Claim,
  words: readonly string[],
  named: ReadonlySet<string>,
): boolean {
  if (claim.where.length === 0) return false;
  for (const id of named) {
    if (!index.places.has(id) || claim.where.includes(id) || claim.entities.includes(id)) continue;
    if (placedAt(words, index.entityName.get(id) ?? id)) return true;
  }
  return false;
}

/**
 * Does the sentence set the event in a place the claim does not ("in Riga", "à Bruxelles")? A capitalised word after
 * "in", "at", "à" or "en" that is not one of the claim's places, participants, a month or a day.
 */
function elsewhere(index: ClaimIndex, claim: Claim, sentence: string): boolean {
  if (claim.where.length === 0) return false;
  const ids = [...claim.where, ...claim.entities, ...claim.participants.flatMap((p) => [p.entity, ...p.alt])];
  const known = ids.flatMap((id) => index.writtenAs.get(id) ?? [id]).join(" ");
  for (const m of sentence.matchAll(/\b(?:in|at|à|en|dans)\s+(\p{Lu}[\p{L}'’-]+)/gu)) {
    const word = foldKey(m[1] as string);
    if (!NOT_PLACES.has(word) && !known.includes(word)) return true;
  }
  return false;
}

function judgeClaim(
  index: ClaimIndex,
  claim: Claim,
  sentence: string,
  words: readonly string[],
  named: Named,
  read: () => { stated: StatedValues; dates: ReturnType<typeof readDates> },
): ClaimVerdict | "unsure" | null {
  const t = index.triggers.get(claim.id);
  if (!t) return null;
  const own = anyAt(words, t.own);
  // A vague kind's words ("said", "cooperate") do not state a claim that names its own triggers.
  const kind = own.length === 0 && t.own.length > 0 && VAGUE_KINDS.has(claim.event) ? [] : anyAt(words, t.kind);
  const hits = [...own, ...kind];
  const anaphora = anyAt(words, EVENT_ANAPHORA).length > 0;
  if (hits.length === 0) return null;
  const about = t.about.filter((a) => triggerAt(words, a).length > 0).length;
  if (t.about.length > 0 && about === 0) return null;
  // A figure of "300 French soldiers" counts France's soldiers: the demonym names the country, for a claim that counts
  // them (not elsewhere: "Estonian officials met…" tells of no event of Estonia's).
  const who = participantsNamed(
    index,
    claim,
    { ...named, sentence: withDemonyms(index, claim, named.sentence, words, () => read().stated.numbers) },
    words,
    sentence,
    anaphora,
  );
  if (who === null) return null;
  const { score: participants, viaContext, inSentence, topicNamed } = who;
  if (otherEventAt(words, [...hits, ...anyAt(words, EVENT_ANAPHORA)])) return null;

  const { stated, dates } = read();
  const out: Comparison = {
    agreements: [],
    differences: [],
    unread: [...dates.unread.map((u) => `“${u}”: a relative date, and the page gives no date of its own`)],
    engaged: 0,
    doubtful: unplacedDisagree(claim, sentence, dates.unread),
  };
  compareWhen(claim, dates.dates, out);
  compareQuantity(claim, stated, out);
  for (const v of claim.values) compareValue(v, stated, out);

  // A negated trigger denies the claim: the predicate ("did not station … 200 troops"), or the event it reports
  // ("announced that it would not join").
  let denial = denialWord(words);
  const negatedHit = hits.find((hit) => negatedAt(words, hit.at, hit.length) !== undefined);
  if (negatedHit) {
    // "Ratas did not meet Macron in 2019, but met him in Paris on 28 October 2020": the event is denied of something
    // else, then stated; which of the two the sentence's values belong to is not read.
    const contrast = words.findIndex((w, i) => i > negatedHit.at && CONTRASTS.has(w));
    if (!denial && contrast >= 0 && hits.some((hit) => hit.at > contrast && !negatedAt(words, hit.at, hit.length)))
      return null;
    denial ??= negatedAt(words, negatedHit.at, negatedHit.length);
  }
  const denied = denial !== undefined;
  // Denied at another date than the claim's ("did not visit Nexter in 2023"): true of the other date, or of another
  // event; it says nothing of this one.
  if (denied && out.differences.some((d) => d.startsWith("date:"))) return null;
  // A question asks and a condition supposes: neither states anything ("Did France station 300 troops…?").
  if (/\?["'”’»)\]]*$/.test(sentence.trimEnd()) || conditionWord(words) !== undefined) return null;
  const hedge = hedgeWord(words);
  let note: string | undefined;
  if (claim.counter && claim.quantity) {
    const counter = claim.counter;
    const asPage = stated.numbers.some(
      (n) => counted(n, counter.unit) && Math.abs(n.value - counter.value) <= counter.value * APPROXIMATE_SHARE,
    );
    note = asPage ? `${counter.note} The page's figure is close to it.` : counter.note;
  }
  if (hedge && (out.differences.length > 0 || denied)) return "unsure";
  // A sentence that only points at an event the page named elsewhere ("The meeting was held in Tallinn",
  // "Representatives did not attend the meeting") is not sure enough to differ: which event, and whether its "not"
  // is about it, are not read.
  if (viaContext && (out.differences.length > 0 || denied)) return null;
  // Nor does it agree by giving nothing to compare: "The meeting was held in Tallinn" confirms no date, figure or
  // topic of it.
  if (viaContext && out.engaged === 0 && about === 0 && topicNamed === 0) return null;
  // A claim that is a figure or a frequency ("quarterly summits") is stated by its own words or its value, not by a
  // word for any event of its kind ("Kohtumine oli Tallinnas").
  if (own.length === 0 && about === 0 && (claim.quantity || claim.values.length > 0) && out.engaged === 0) return null;
  // A denial is of the participants' event when the sentence names one of them: "Representatives did not attend the
  // meeting" denies something else.
  if (denied && !inSentence) return null;
  // The sentence sets the event in a place of the fact base's that is not the claim's ("Kohtumine oli Tallinnas"):
  // it tells of another meeting, most likely, and neither agrees nor differs with this one.
  if (placedElsewhere(index, claim, words, named.sentence)) return null;
  // Only a date differs, and the sentence sets the event somewhere the fact base does not ("in Riga in 2019"): it
  // tells of another meeting, most likely, not of this one on another date.
  if (!denied && out.differences.length > 0 && out.differences.every((d) => d.startsWith("date:"))) {
    if (elsewhere(index, claim, sentence)) return null;
  }
  // A "not" that is not on the event's words says something else is not so: no agreement to read either.
  if (!denied && negationWord(words) !== undefined) return null;
  // Nothing differs, but a date or figure of the claim's could not be placed: no agreement is sure either.
  if (!denied && out.differences.length === 0 && out.doubtful) return null;
  if (denied) out.differences.unshift(`the page denies it (“${denial}”)`);
  const score =
    participants + 2 * Math.min(own.length, 1) + Math.min(kind.length, 1) + 1.5 * Math.min(about, 2) + 3 * out.engaged;
  return {
    claim,
    status: out.differences.length > 0 ? "conflict" : "match",
    score,
    agreements: out.agreements,
    differences: out.differences,
    denied,
    hedged: hedge !== undefined,
    unread: out.unread,
    ...(note ? { note } : {}),
    viaContext,
    also: [],
  };
}

/**
 * The claim a sentence states, if any, and whether it agrees; null when it states none or the reading is unsure.
 * `named`: entities the sentence names. `context`: entities of its surroundings (the rest of a table, the page's
 * topics), which count only for a participant the sentence speaks of by title ("the Prime Minister") or through the
 * event ("The meeting also addressed…"). `reading.earlier`: entities named earlier in the same paragraph, which count
 * as named. `reading.pageDate` (YYYY-MM-DD) places relative dates. Never throws on any text.
 */
export function judgeSentence(
  index: ClaimIndex,
  written: string,
  named: ReadonlySet<string>,
  context: ReadonlySet<string> = new Set(),
  reading: Reading = {},
): ClaimVerdict | null {
  const earlier = reading.earlier ?? new Set<string>();
  // Another name's words are blanked, keeping offsets: "the Tour de France passed through" tours nothing.
  const sentence = (reading.otherNames ?? []).reduce(
    (text, [start, end]) => text.slice(0, start) + " ".repeat(Math.max(0, end - start)) + text.slice(end),
    written,
  );
  const candidates = new Set<Claim>();
  for (const set of [named, earlier, context])
    for (const e of set) for (const c of index.byEntity.get(e) ?? []) candidates.add(c);
  if (candidates.size === 0) return null;
  const folded = foldKey(sentence);
  const words = foldedWords(folded);
  if (words.length > MAX_WORDS) return null;
  const keys = wordKeys(index, words);
  const all = { sentence: named, earlier, context };
  // Values and dates are read once, and only for a sentence that states a claim: the costliest step.
  let values: { stated: StatedValues; dates: ReturnType<typeof readDates> } | undefined;
  const read = () => {
    if (!values) {
      // A relative clause's dates and figures are its own ("Ratas, who became prime minister in January 2016, met…").
      const own = withoutRelativeClauses(sentence);
      values = {
        stated: valuesOfFolded(own === sentence ? folded : foldKey(own)),
        dates: readDates(own, reading.pageDate),
      };
    }
    return values;
  };
  const verdicts: ClaimVerdict[] = [];
  for (const claim of candidates) {
    if (!usesTermsOf(index, claim, keys)) continue;
    const verdict = judgeClaim(index, claim, sentence, words, all, read);
    // A hedged sentence that would differ from one claim says nothing sure of any.
    if (verdict === "unsure") return null;
    if (verdict) verdicts.push(verdict);
  }
  if (verdicts.length === 0) return null;
  // Two claims in one sentence, one differing: the difference is what shows, the agreement is in the card's "also"
  // (a sentence underlined as agreeing would tell the reader not to look at its other claim).
  verdicts.sort((a, b) => Number(b.status === "conflict") - Number(a.status === "conflict") || b.score - a.score);
  const [best, ...rest] = verdicts as [ClaimVerdict, ...ClaimVerdict[]];
  // Pointing at "the meeting" when the page told of two meetings: which one is not read.
  if (best.viaContext && rest.some((v) => v.viaContext && v.claim.event === best.claim.event)) return null;
  return { ...best, also: rest };
}

export { wordMatches };
