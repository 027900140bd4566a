// Finding the names in a page's text, asked by message: the content script sends the text of the nodes it reads, with
// what the page knows around each (the text beside it, the block it is in, its language: name-requests.ts), and gets
// the matches back. The scanner runs in the extension's background, where its code is compiled and optimised once
// for every page, rather than cold on the main thread of each page (docs/benchmark.md); what the page keeps is walking
// its own text and drawing the answer. Pure: the message passing is src/extension/match-port.ts.
import { type Automaton, withLanguage } from "./automaton";
import type { Edges } from "./candidates";
import { readsEstonian } from "./estonian-text";
import type { FoundNames, MayNameRequest, NameFinder, NamePiece, NamesRequest } from "./name-requests";
import { mayName, scan } from "./scan";

/** The scanner's view of a piece's surroundings. */
function edgesOf(piece: NamePiece, reaches: readonly string[]): Edges {
  const reach = piece.reach === -1 ? piece.text : piece.reach === undefined ? undefined : reaches[piece.reach];
  return {
    ...(piece.before !== undefined ? { before: piece.before } : {}),
    ...(piece.beforeText !== undefined ? { beforeText: piece.beforeText } : {}),
    ...(piece.after !== undefined ? { after: piece.after } : {}),
    ...(piece.afterText !== undefined ? { afterText: piece.afterText } : {}),
    reach: () => reach,
    reachOffset: () => (piece.reach === -1 ? 0 : piece.reachOffset),
    language: () => piece.language,
    ...(piece.sample !== undefined ? { readsEstonian: () => readsEstonian(piece.sample as string, 1) } : {}),
  };
}

/** The aliases in each piece of the request, as `scan` finds them in the page's language. */
export function findNames(automaton: Automaton, request: NamesRequest): FoundNames {
  const inLanguage = withLanguage(automaton, request.language);
  return request.pieces.map((piece) => scan(inLanguage, piece.text, edgesOf(piece, request.reaches)));
}

/** A name finder that scans where it is called (tests, the bench, the extension's own pages). */
export function localNameFinder(automaton: Automaton): NameFinder {
  return {
    find: (request) => Promise.resolve(findNames(automaton, request)),
    mayName: (request) => Promise.resolve(mayNameIn(automaton, request)),
  };
}

/** Answers a quick test (`mayName`) for the quiet start. */
export function mayNameIn(automaton: Automaton, request: MayNameRequest): boolean {
  return mayName(automaton, request.text, request.apart);
}
