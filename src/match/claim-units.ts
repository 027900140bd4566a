// Claim units read whole: the page gives each unit's text in stretches of paragraphs, with the text of what introduces
// it; this finds the names in them, splits the stretches into sentences and judges each against the claim index. Pure,
// so that it runs wherever the claim index is: in the extension's background (src/extension/match-service.ts), where
// its code and chrono-node's patterns stay compiled from one page to the next, rather than on the page's main thread.
import { type Automaton, withLanguage } from "./automaton";
import { type ClaimIndex, type ClaimVerdict, judgeSentence, textWords, usesTermsOf, wordKeys } from "./claims";
import type { PageLanguage } from "./language-codes";
import { findEntities, findNames } from "./resolve";
import { splitSentences } from "./sentences";

/** A stretch of a unit's text: whole paragraphs (offsets in `text`), a later piece of a paragraph cut in several `goesOn`. */
export interface StretchToRead {
  text: string;
  paragraphs: { start: number; end: number; goesOn?: boolean }[];
}

/**
 * One claim unit (a block, or a table row read whole): its stretches in order; `around`, the index in the request's
 * `arounds` of the text that introduces it (the block before it; a table's or list's opening and the blocks before
 * it), -1 if none; `row`, a table row or list item, which goes on from what introduces it ("France's commitments: |
 * Military Presence | Additional 200 troops"), as does a block that opens on a pronoun; `language`, the unit's own
 * language if it declares one (a quotation in Estonian on an English page).
 */
export interface UnitToRead {
  stretches: StretchToRead[];
  around: number;
  row: boolean;
  language?: PageLanguage;
}

/**
 * What a page asks: its units; the texts that introduce them (shared by the rows of one table); the entities the page
 * names (`mentioned`, which vouch for a name that needs them) and is mostly about (`topics`); its language, if known;
 * its own publication date (YYYY-MM-DD), if known, which places relative dates.
 */
export interface ClaimsRequest {
  units: UnitToRead[];
  arounds: string[];
  mentioned: string[];
  topics: string[];
  language?: PageLanguage;
  pageDate?: string;
}

/** A sentence that states a claim: [start, end) offsets in its stretch's text, and the verdict. */
export interface SentenceRead {
  start: number;
  end: number;
  verdict: ClaimVerdict;
}

/** The claim sentences of each unit asked about, by unit then by stretch, in the request's order. */
export type ClaimsReply = SentenceRead[][][];

/** Reads a page's claim units, wherever the claim index lives: a promise, as the background answers by message. */
export type ClaimJudge = (request: ClaimsRequest) => Promise<ClaimsReply>;

/** Sentences shorter than this (characters) state nothing: "Paris." */
const MIN_SENTENCE = 12;

/** Words that open a sentence going on from the one before (English, French, Estonian). */
const ANAPHORS = new Set([
  "it",
  "its",
  "they",
  "their",
  "this",
  "these",
  "those",
  "he",
  "she",
  "both",
  "il",
  "elle",
  "ils",
  "elles",
  "cela",
  "ceci",
  "leur",
  "see",
  "need",
  "nad",
  "ta",
  "mõlemad",
]);

/**
 * Judges every sentence of `request`'s units, finding their names with `automaton` (the fact base's). Never throws on
 * any text.
 */
export function readClaimUnits(index: ClaimIndex, automaton: Automaton, request: ClaimsRequest): ClaimsReply {
  const page = withLanguage(automaton, request.language);
  // What a text names joins a copy of the page's names, never the page's own: a unit's text runs its blocks together
  // ("Tapa" + "NATO battle group"), and what that reads must not change how other texts are read.
  const mentioned = () => new Set(request.mentioned);
  const arounds = request.arounds.map((text) => new Set(findEntities(page, text, mentioned()).map((m) => m.entity)));
  return request.units.map((unit) => {
    const around = arounds[unit.around] ?? new Set<string>();
    // A sentence that calls a participant by title ("the Prime Minister") or refers back to the event is read
    // against everything the page names, and what surrounds it.
    const context = new Set([...around, ...request.topics, ...request.mentioned]);
    const first = /^\s*([\p{L}']+)/u.exec(unit.stretches[0]?.text ?? "")?.[1]?.toLowerCase();
    const carried = unit.row || (first !== undefined && ANAPHORS.has(first)) ? around : new Set<string>();
    const language = () => unit.language;
    const stretches = unit.stretches.map((stretch) => {
      // With the names of what the fact base does not mean ("Tour de France"): their words tell of no claim.
      const { entities, others } = findNames(page, stretch.text, mentioned(), { language });
      return { ...stretch, names: entities, others: others.map((m) => [m.start, m.end] as const) };
    });
    return readUnit(index, stretches, context, carried, request.pageDate);
  });
}

interface NamedStretch extends StretchToRead {
  names: readonly { start: number; end: number; entity: string }[];
  others: readonly (readonly [number, number])[];
}

function readUnit(
  index: ClaimIndex,
  stretches: NamedStretch[],
  context: ReadonlySet<string>,
  carried: ReadonlySet<string>,
  pageDate: string | undefined,
): SentenceRead[][] {
  let first = true;
  let earlier = new Set<string>();
  return stretches.map((stretch) => {
    const found: SentenceRead[] = [];
    for (const { start, end, named, otherNames, paragraphStart } of stretchSentences(index, stretch, context)) {
      if (paragraphStart) {
        earlier = new Set(first ? carried : []);
        first = false;
      }
      if (end - start >= MIN_SENTENCE) {
        const verdict = judgeSentence(index, stretch.text.slice(start, end), named, context, {
          earlier,
          ...(pageDate ? { pageDate } : {}),
          otherNames,
        });
        if (verdict) found.push({ start, end, verdict });
      }
      for (const e of named) earlier.add(e);
    }
    return found;
  });
}

interface Sentence {
  start: number;
  end: number;
  named: Set<string>;
  otherNames: (readonly [number, number])[];
  /** Opens a paragraph: what earlier sentences named is no longer "earlier". */
  paragraphStart: boolean;
}

/**
 * The sentences of a stretch, with the entities each names; when the stretch uses no key term of the claims it could
 * state (most text), one empty sentence per paragraph instead, which still passes its names on (a paragraph that names
 * the participants first).
 */
function stretchSentences(index: ClaimIndex, stretch: NamedStretch, context: ReadonlySet<string>): Sentence[] {
  const { text, names, others } = stretch;
  const keys = wordKeys(index, textWords(text));
  const around = new Set(context);
  for (const m of names) around.add(m.entity);
  const usesTerms = [...around].some((e) => (index.byEntity.get(e) ?? []).some((c) => usesTermsOf(index, c, keys)));
  const out: Sentence[] = [];
  // The names in order, with a cursor that only moves forward, as the sentences do: filtering every name for every
  // sentence was quadratic (a megabyte of text holds tens of thousands of each).
  let cursor = 0;
  for (const paragraph of stretch.paragraphs) {
    let paragraphStart = !paragraph.goesOn;
    const body = text.slice(paragraph.start, paragraph.end);
    for (const span of usesTerms ? splitSentences(body) : [{ start: 0, end: body.length }]) {
      let start = paragraph.start + span.start;
      let end = paragraph.start + span.end;
      while (start < end && /\s/.test(text.charAt(start))) start++;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
      const named = new Set<string>();
      while (cursor < names.length && (names[cursor]?.start ?? 0) < start) cursor++;
      for (let k = cursor; k < names.length; k++) {
        const m = names[k] as NamedStretch["names"][number];
        if (m.start >= end) break;
        if (m.end <= end) named.add(m.entity);
      }
      const otherNames = others
        .map(([from, to]) => [from - start, to - start] as const)
        .filter(([from, to]) => from >= 0 && to <= end - start);
      out.push({ start: usesTerms ? start : end, end, named, otherNames, paragraphStart });
      paragraphStart = false;
    }
  }
  return out;
}

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

const LANGUAGES: readonly unknown[] = ["en", "fr", "et"] satisfies PageLanguage[];

function isStretch(v: unknown): v is StretchToRead {
  const s = v as Partial<StretchToRead> | null;
  return (
    typeof s?.text === "string" &&
    Array.isArray(s.paragraphs) &&
    s.paragraphs.every((p) => isOffset(p?.start) && isOffset(p?.end))
  );
}

function isUnit(v: unknown, arounds: number): v is UnitToRead {
  const u = v as Partial<UnitToRead> | null;
  return (
    Array.isArray(u?.stretches) &&
    u.stretches.every(isStretch) &&
    Number.isInteger(u.around) &&
    (u.around as number) >= -1 &&
    (u.around as number) < arounds &&
    typeof u.row === "boolean" &&
    (u.language === undefined || LANGUAGES.includes(u.language))
  );
}

/** Is `v` a ClaimsRequest? What the background checks before it reads anything a content script sent. */
export function isClaimsRequest(v: unknown): v is ClaimsRequest {
  const r = v as Partial<ClaimsRequest> | null;
  return (
    Array.isArray(r?.arounds) &&
    r.arounds.every((a) => typeof a === "string") &&
    Array.isArray(r.units) &&
    r.units.every((u) => isUnit(u, (r.arounds as string[]).length)) &&
    isIdList(r.mentioned) &&
    isIdList(r.topics) &&
    (r.language === undefined || LANGUAGES.includes(r.language)) &&
    (r.pageDate === undefined || typeof r.pageDate === "string")
  );
}

/** Is `v` a ClaimsReply shaped for `request` (a list per unit, one per stretch asked about)? */
export function isClaimsReply(v: unknown, request: ClaimsRequest): v is ClaimsReply {
  return (
    Array.isArray(v) &&
    v.length === request.units.length &&
    v.every(
      (unit, i) =>
        Array.isArray(unit) &&
        unit.length === request.units[i]?.stretches.length &&
        unit.every(
          (found) =>
            Array.isArray(found) &&
            found.every(
              (s: Partial<SentenceRead>) => isOffset(s?.start) && isOffset(s?.end) && typeof s.verdict === "object",
            ),
        ),
    )
  );
}
