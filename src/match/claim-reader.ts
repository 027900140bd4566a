// The claim reader as one module: what the page layer needs to read claim sentences. The content script loads it
// only on a page that names something and has a block to read (src/extension/claim-reader.ts): with chrono-node it is
// the larger part of the extension's code, and a script's code is compiled on every page it is injected into.
import type { FactBase } from "../facts/types";
import {
  buildClaimIndex,
  type ClaimIndex,
  type ClaimVerdict,
  judgeSentence,
  textWords,
  usesTermsOf,
  wordKeys,
} from "./claims";
import { datesWarm, warmDates } from "./dates";
import { splitSentences } from "./sentences";

/** The claim index of a fact base and the functions that read sentences against it (see src/match/claims.ts). */
export interface ClaimReader {
  index: ClaimIndex;
  judgeSentence: typeof judgeSentence;
  textWords: typeof textWords;
  wordKeys: typeof wordKeys;
  usesTermsOf: typeof usesTermsOf;
  splitSentences: typeof splitSentences;
  /**
   * Compiles the date parsers' patterns (see warmDates): called twice, a task apart, when judgeSentence answers
   * DATES_NOT_READY.
   */
  warm: typeof warmDates;
  /** Whether the date parsers are warm: judgeSentence's `datesReady`. */
  datesReady: typeof datesWarm;
}

export type { ClaimIndex, ClaimVerdict };

/** Builds the claim index of `fb` (a few milliseconds) and returns it with the reading functions. */
export function claimReader(fb: FactBase): ClaimReader {
  return {
    index: buildClaimIndex(fb),
    judgeSentence,
    textWords,
    wordKeys,
    usesTermsOf,
    splitSentences,
    warm: warmDates,
    datesReady: datesWarm,
  };
}
