// Names and claims found in the background, for every tab's content script. The scanner and the claim reader (with
// chrono-node, most of the extension's code) are compiled, and optimised as they run, once here where no page waits on
// them, rather than cold on the main thread of every page (docs/benchmark.md). A content script sends its text (the
// nodes it reads, with what is around each: src/page/collect.ts; the claim units near the reader: src/page/claims.ts)
// through src/extension/messages.ts, and draws the offsets that come back.
import type { FactBase } from "../facts/types";
import { type Automaton, precompiledAutomaton } from "../match";
import { compiledAliases } from "../match/aliases.generated";
import { claimReader } from "../match/claim-reader";
import type { ClaimsReply, ClaimsRequest } from "../match/claim-requests";
import { findNames, mayNameIn } from "../match/name-finder";
import type { MayNameRequest, NamesReply, NamesRequest } from "../match/name-requests";
import { namesReply } from "../match/name-requests";

export interface MatchService {
  /** The aliases in each piece of the request; none where reading one fails. */
  names(request: NamesRequest): NamesReply;
  /** Whether the text may name something (the quiet start's test); true where the test fails, so the page is read. */
  mayName(request: MayNameRequest): boolean;
  /** The claim sentences of each unit's stretches; none where reading fails. */
  claims(request: ClaimsRequest): ClaimsReply;
}

/**
 * The background's answers to content scripts' requests (checked by `isToBackground` first), against the fact base
 * given as JSON: the automaton is built on the first request, the fact base parsed and indexed on the first claims
 * request. Throws nothing.
 */
export function matchService(factBaseJson: string): MatchService {
  let automaton: Automaton | undefined;
  const aliases = () => {
    automaton ??= precompiledAutomaton(compiledAliases);
    return automaton;
  };
  let read: ((request: ClaimsRequest) => ClaimsReply) | undefined;
  const failed = (what: string, error: unknown) => console.warn(`Defence Lens could not read a page's ${what}:`, error);
  return {
    names(request) {
      try {
        return namesReply(findNames(aliases(), request));
      } catch (error) {
        failed("names", error);
        return { lists: [], found: request.pieces.map(() => []) };
      }
    },
    mayName(request) {
      try {
        return mayNameIn(aliases(), request);
      } catch (error) {
        failed("text", error);
        return true;
      }
    },
    claims(request) {
      try {
        read ??= claimReader(JSON.parse(factBaseJson) as FactBase, aliases());
        return read(request);
      } catch (error) {
        failed("claims", error);
        return request.units.map((u) => u.stretches.map(() => []));
      }
    },
  };
}
