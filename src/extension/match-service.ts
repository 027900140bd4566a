// Claim sentences read in the background, for every tab's content script: the claim reader (with chrono-node, most of
// the extension's code) is compiled and its patterns warmed once here, where no page waits on it, rather than on the
// main thread of every page that states a claim (docs/benchmark.md). A content script asks with the text of the units
// near the reader and of what introduces them (src/page/claims.ts, readClaimsInBackground in messages.ts); the answer
// is offsets and verdicts.
import type { FactBase } from "../facts/types";
import { precompiledAutomaton } from "../match";
import { compiledAliases } from "../match/aliases.generated";
import { claimReader } from "../match/claim-reader";
import type { ClaimsReply, ClaimsRequest } from "../match/claim-units";

/**
 * In the background: reads a claims request (checked by `isToBackground` first) against the fact base given as JSON,
 * parsed and indexed on the first request. Throws nothing: a request it fails on gets no claim sentences.
 */
export function claimService(factBaseJson: string): (request: ClaimsRequest) => ClaimsReply {
  let read: ((request: ClaimsRequest) => ClaimsReply) | undefined;
  return (request) => {
    read ??= claimReader(JSON.parse(factBaseJson) as FactBase, precompiledAutomaton(compiledAliases));
    try {
      return read(request);
    } catch (error) {
      console.warn("Defence Lens could not read a page's claims:", error);
      return request.units.map((u) => u.stretches.map(() => []));
    }
  };
}
