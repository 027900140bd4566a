// The claim reader as one entry: what reads a page's claim units against a fact base. The extension runs it in its
// background (src/extension/match-service.ts), never on the page: with chrono-node it is the larger part of the
// extension's code, and code run in a page is compiled and warmed again on every page.
import type { FactBase } from "../facts/types";
import type { Automaton } from "./automaton";
import type { ClaimJudge, ClaimsReply, ClaimsRequest } from "./claim-requests";
import { readClaimUnits } from "./claim-units";
import { buildClaimIndex, type ClaimIndex } from "./claims";

export type { ClaimJudge, ClaimsReply, ClaimsRequest };

/**
 * A claim reader for `fb`, its names found with `automaton` (the same fact base's), that answers at once in the
 * caller's thread: its index is built on the first request (a few milliseconds), then kept.
 */
export function claimReader(fb: FactBase, automaton: Automaton): (request: ClaimsRequest) => ClaimsReply {
  let index: ClaimIndex | undefined;
  return (request) => {
    index ??= buildClaimIndex(fb);
    return readClaimUnits(index, automaton, request);
  };
}

/** The same as a ClaimJudge (a promise): for pages that read their claims in their own thread (tests, the bench). */
export function localClaimJudge(fb: FactBase, automaton: Automaton): ClaimJudge {
  const read = claimReader(fb, automaton);
  return async (request) => read(request);
}
