// What a page asks the claim reader and what it answers (claim-units.ts reads it), with the checks each side makes of
// what it gets: apart from the reader, so that the content script, which sends and checks, bundles none of it.
import type { ClaimVerdict } from "./claims";
import type { PageLanguage } from "./language-codes";

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
