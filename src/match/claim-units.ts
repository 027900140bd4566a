// Claim units read whole: the page gives each unit's text in stretches of paragraphs, with the text of what introduces
// it; this finds the names in them, splits the stretches into sentences and judges each against the claim index. Pure,
// so that it runs wherever the claim index is: in the extension's background (src/extension/match-service.ts), where
// its code and chrono-node's patterns stay compiled from one page to the next, rather than on the page's main thread.
import { type Automaton, withLanguage } from "./automaton";
import type { ClaimsReply, ClaimsRequest, SentenceRead, StretchToRead } from "./claim-requests";
import { type ClaimIndex, judgeSentence, textWords, usesTermsOf, wordKeys } from "./claims";
import { findEntities, findNames } from "./resolve";
import { splitSentences } from "./sentences";

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
