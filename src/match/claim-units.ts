// Claim units read whole: the page gives each unit's text in stretches of paragraphs, with the names it found in them;
// this splits the stretches into sentences and judges each against the claim index. Pure, so that it runs wherever
// the claim index is: in the extension's background (src/extension/claim-service.ts), where its code and chrono-node's
// patterns stay compiled from one page to the next, rather than on the page's main thread.
import { type ClaimIndex, type ClaimVerdict, judgeSentence, textWords, usesTermsOf, wordKeys } from "./claims";
import { splitSentences } from "./sentences";

/** A name found in a stretch: [start, end) offsets in its text, and the entity id. */
export interface NameAt {
  start: number;
  end: number;
  entity: string;
}

/**
 * A stretch of a unit's text: whole paragraphs (offsets in `text`), a later piece of a paragraph cut in several marked
 * `goesOn`. `names`: the entities the page found in it, in order; `others`: where it names something the fact base
 * does not mean ("Tour de France"), as [start, end) offsets in `text`.
 */
export interface StretchToRead {
  text: string;
  paragraphs: { start: number; end: number; goesOn?: boolean }[];
  names: NameAt[];
  others: [number, number][];
}

/**
 * One claim unit (a block, or a table row read whole): its stretches in order; `context`, the entity ids around it
 * and on the page (they count only for a participant spoken of by title or through the event); `carried`, the ids its
 * first paragraph takes as named earlier (a table's rows go on from the table, a block opening on a pronoun from the
 * block before).
 */
export interface UnitToRead {
  stretches: StretchToRead[];
  context: string[];
  carried: string[];
}

/** What a page asks: its units, and its own publication date (YYYY-MM-DD) if known, which places relative dates. */
export interface ClaimsRequest {
  units: UnitToRead[];
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

/** Judges every sentence of `request`'s units. Never throws on any text; bad input gives an empty reply. */
export function readClaimUnits(index: ClaimIndex, request: ClaimsRequest): ClaimsReply {
  return request.units.map((unit) => readUnit(index, unit, request.pageDate));
}

function readUnit(index: ClaimIndex, unit: UnitToRead, pageDate: string | undefined): SentenceRead[][] {
  const context = new Set(unit.context);
  let first = true;
  let earlier = new Set<string>();
  return unit.stretches.map((stretch) => {
    const found: SentenceRead[] = [];
    for (const { start, end, named, otherNames, paragraphStart } of stretchSentences(index, stretch, context)) {
      if (paragraphStart) {
        earlier = new Set(first ? unit.carried : []);
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
function stretchSentences(index: ClaimIndex, stretch: StretchToRead, context: ReadonlySet<string>): Sentence[] {
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
      while (cursor < names.length && (names[cursor] as NameAt).start < start) cursor++;
      for (let k = cursor; k < names.length; k++) {
        const m = names[k] as NameAt;
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

function isStretch(v: unknown): v is StretchToRead {
  const s = v as Partial<StretchToRead> | null;
  return (
    typeof s?.text === "string" &&
    Array.isArray(s.paragraphs) &&
    s.paragraphs.every((p) => isOffset(p?.start) && isOffset(p?.end)) &&
    Array.isArray(s.names) &&
    s.names.every((n) => isOffset(n?.start) && isOffset(n?.end) && typeof n?.entity === "string") &&
    Array.isArray(s.others) &&
    s.others.every((o) => Array.isArray(o) && isOffset(o[0]) && isOffset(o[1]))
  );
}

/** Is `v` a ClaimsRequest? What the background checks before it reads anything a content script sent. */
export function isClaimsRequest(v: unknown): v is ClaimsRequest {
  const r = v as Partial<ClaimsRequest> | null;
  return (
    Array.isArray(r?.units) &&
    r.units.every((u) => Array.isArray(u?.stretches) && u.stretches.every(isStretch) && isIdList(u.context)) &&
    r.units.every((u) => isIdList(u.carried)) &&
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
