// The words that say an event of a kind happened, in English, French and Estonian, and how a sentence's words are
// matched against them. A claim's own `triggers` (corpus/facts.yaml) add to its kind's.
//
// Written as word lists rather than with a stemmer library: the three languages' stemmers (Snowball) would cost more
// bundle than these lists, and they would still miss what matters here, the auxiliaries and case forms a reporter
// uses ("a rencontré", "kohtusid", "allkirjastasid").
import type { EventKind } from "../facts/types";
import { foldKey, isWordCode } from "./fold";

/**
 * A word of a trigger: `prefix` words match any word they open ("deploy" matches "deployed", "deployment"); others
 * match exactly or with a plural -s.
 */
export interface TriggerWord {
  text: string;
  prefix: boolean;
}

export type Trigger = TriggerWord[];

/** "deploy*" is a prefix, "met" a whole word. Entries are folded when read, so diacritics may be written. */
const LEXICON: Record<EventKind, string[]> = {
  meeting: [
    "met",
    "meet*",
    "talks",
    "received",
    "hosted",
    "rencontr*",
    "entretien*",
    "reçu",
    "kohtus",
    "kohtusid",
    "kohtub",
    "kohtuvad",
    "kohtunud",
    "kohtumine",
    "kohtumisel",
    "kohtu",
    "võttis vastu",
  ],
  visit: ["visit*", "tour", "tours", "toured", "touring", "rendezvous", "visité", "visite", "külast*", "külas"],
  signing: [
    "sign",
    "signs",
    "signed",
    "signing",
    "signature",
    "inked",
    "conclu",
    "concluded",
    "signé",
    "signée",
    "signent",
    "allkirjast*",
    "sõlmis*",
    "sõlmi*",
  ],
  announcement: ["announc*", "annonc*", "teatas", "teatasid", "teatanud"],
  joining: [
    "join",
    "joins",
    "joined",
    "joining",
    "rejoin*",
    "return*",
    "rejoind*",
    "rejoint",
    "liitu*",
    "naase*",
    "naases",
    // Not "ühin*": "ühine" is "joint".
    "ühines",
    "ühinesid",
    "ühineb",
    "ühinevad",
    "ühinenud",
  ],
  deployment: [
    "station*",
    "deploy*",
    "déploi*",
    "déploy*",
    "sent",
    "send",
    "sends",
    "envoy*",
    "troops",
    "soldiers",
    "soldats",
    "troupes",
    "paiguta*",
    "sõdur*",
  ],
  exercise: ["exercise*", "drill*", "exercice*", "manœuvre*", "manoeuvre*", "õppus*"],
  statement: [
    "said",
    "says",
    "stated",
    "declared",
    "described",
    "called",
    "déclaré",
    "déclare",
    "affirmed",
    "affirmé",
    "a dit",
    "ütles",
    "sõnul",
    "kinnitas",
  ],
  discussion: ["discuss*", "addressed", "talked", "discut*", "évoqu*", "abord*", "arutas*", "arutati", "arutelu*"],
  cooperation: ["cooperat*", "coopér*", "collaborat*", "koostö*"],
  commitment: ["commit*", "pledg*", "engag*", "promis*", "intend*", "lubas", "kohustu*"],
  outcome: ["improv*", "implement*", "achiev*", "result*"],
};

/** The folded words of a text (runs of letters and digits), told by the matcher's character tables. */
export function foldedWords(folded: string): string[] {
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

/** A trigger as written ("deploy*", "a rencontré", "cyber defence cooperation") made into words to match. */
export function parseTrigger(text: string): Trigger {
  const prefix = text.endsWith("*");
  const words = foldedWords(foldKey(prefix ? text.slice(0, -1) : text));
  return words.map((w, i) => ({ text: w, prefix: prefix && i === words.length - 1 }));
}

let kindTriggers: Map<EventKind, Trigger[]> | undefined;

/** The triggers of an event kind, parsed once. */
export function triggersOfKind(kind: EventKind): Trigger[] {
  kindTriggers ??= new Map(
    (Object.keys(LEXICON) as EventKind[]).map((k) => [k, LEXICON[k].map(parseTrigger).filter((t) => t.length > 0)]),
  );
  return kindTriggers.get(kind) ?? [];
}

/**
 * A claim's own trigger phrases are matched on a stem beyond four letters ("deployments" finds "deployed"), as
 * authors write them in the plain form.
 */
export function claimTrigger(text: string): Trigger {
  if (text.endsWith("*")) return parseTrigger(text);
  return foldedWords(foldKey(text)).map((w) =>
    w.length <= 4 ? { text: w, prefix: false } : { text: w.slice(0, Math.max(5, w.length - 3)), prefix: true },
  );
}

/** Does a sentence's word match a trigger's word: its stem, or the word itself or with a plural "s"? */
export function wordMatches(t: TriggerWord, word: string): boolean {
  if (t.prefix) return word.startsWith(t.text);
  // Compared in place: building `${t.text}s` for every word of every sentence was most of the claim reader's time.
  return (
    word === t.text ||
    (word.length === t.text.length + 1 && word.charCodeAt(t.text.length) === 115 && word.startsWith(t.text))
  );
}

const NOWHERE: readonly number[] = [];

/**
 * Where each word stands in a sentence, built once per sentence's word list: the claim reader looks hundreds of
 * triggers up in the same words.
 */
const wordPositions = new WeakMap<readonly string[], Map<string, number[]>>();
function positionsOf(words: readonly string[], word: string): readonly number[] {
  let index = wordPositions.get(words);
  if (!index) {
    index = new Map();
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
    wordPositions.set(words, index);
  }
  return index.get(word) ?? NOWHERE;
}

/** Where a trigger's first word may stand: looked up for a whole word, scanned for a stem. */
function startsOf(words: readonly string[], first: TriggerWord): readonly number[] {
  if (first.prefix) {
    const at: number[] = [];
    for (let i = 0; i < words.length; i++) if ((words[i] as string).startsWith(first.text)) at.push(i);
    return at;
  }
  const plain = positionsOf(words, first.text);
  const plural = positionsOf(words, `${first.text}s`);
  return plural.length === 0 ? plain : [...plain, ...plural].sort((a, b) => a - b);
}

/** Where a trigger occurs in a sentence's words: the index of each occurrence's first word, in order. */
export function triggerAt(words: readonly string[], trigger: Trigger): number[] {
  const at: number[] = [];
  const first = trigger[0];
  if (!first) return at;
  outer: for (const i of startsOf(words, first)) {
    if (i + trigger.length > words.length) continue;
    for (let k = 1; k < trigger.length; k++)
      if (!wordMatches(trigger[k] as TriggerWord, words[i + k] as string)) continue outer;
    at.push(i);
  }
  return at;
}
