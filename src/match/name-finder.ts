// Finding the names in a page's text, asked by message: the content script sends the text of the nodes it reads, with
// what the page knows around each (the text beside it, the block it is in, its language), and gets the matches back.
// The scanner runs in the extension's background, where its code is compiled and optimised once for every page,
// rather than cold on the main thread of each page (docs/benchmark.md); what the page keeps is walking its own text
// and drawing the answer. Pure: the message passing is src/extension/messages.ts.
import { type Automaton, withLanguage } from "./automaton";
import type { AliasMatch, Candidate, Edges } from "./candidates";
import type { PageLanguage } from "./language-codes";
import { mayName, scan } from "./scan";

/**
 * A stretch of one text node's data (the whole node, or a chunk of a long one) and what is around it (see `Edges`,
 * whose eager form this is).
 */
export interface NamePiece {
  text: string;
  /** The character just before and after the stretch in the same run of inline text, and a little more of it. */
  before?: number;
  beforeText?: string;
  after?: number;
  afterText?: string;
  /**
   * The text in reach (its paragraph, list item or heading, or the small table or list it is part of): an index into
   * `NamesRequest.reaches`, or -1 when it is the stretch itself; none when there is no block or the text is too long.
   */
  reach?: number;
  /** Where the stretch starts in the text in reach, when the reach is wider than it. */
  reachOffset?: number;
  /** The language of the stretch's element where it declares one (`lang`): the page's otherwise. */
  language?: PageLanguage;
}

/** Some text nodes' stretches to read, in reading order, with the texts in reach they share. */
export interface NamesRequest {
  pieces: NamePiece[];
  reaches: string[];
  /** The page's language (declared or detected), for the aliases of one language and Estonian endings. */
  language?: PageLanguage;
}

/**
 * For each piece of the request, in order: the aliases found in it, offsets in the piece's text (UTF-16 units); a cue
 * recorded where it stands is a point (start = end).
 */
export type FoundNames = AliasMatch[][];

/**
 * Found names as a message carries them: each distinct list of candidates once (a name the page repeats brings the
 * same list, with the fact base's cues and vouchers, every time), and for each piece its matches as flat triples
 * `[start, end, list, start, end, list, …]`, `list` an index into `lists`.
 */
export interface NamesReply {
  lists: Candidate[][];
  found: number[][];
}

/** Finds names in a page's text: in the extension, the background, asked by message. */
export interface NameFinder {
  /** The names in each piece of the request. Rejects if it cannot. */
  find(request: NamesRequest): Promise<FoundNames>;
  /** Whether text that is not read may name something (see `mayName`): one quick test. Rejects if it cannot. */
  mayName(request: MayNameRequest): Promise<boolean>;
}

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
  };
}

/** The aliases in each piece of the request, as `scan` finds them in the page's language. */
export function findNames(automaton: Automaton, request: NamesRequest): FoundNames {
  const inLanguage = withLanguage(automaton, request.language);
  return request.pieces.map((piece) => scan(inLanguage, piece.text, edgesOf(piece, request.reaches)));
}

/** Found names made into a reply, each list of candidates once. */
export function namesReply(found: FoundNames): NamesReply {
  const lists: Candidate[][] = [];
  const index = new Map<string, number>();
  const triples = found.map((matches) =>
    matches.flatMap(({ start, end, candidates }) => {
      const key = JSON.stringify(candidates);
      let at = index.get(key);
      if (at === undefined) {
        at = lists.push(candidates) - 1;
        index.set(key, at);
      }
      return [start, end, at];
    }),
  );
  return { lists, found: triples };
}

/** The found names of a reply (checked by `isNamesReply` first); matches with the same list share its array. */
export function foundNames(reply: NamesReply): FoundNames {
  return reply.found.map((triples) => {
    const matches: AliasMatch[] = [];
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const candidates = reply.lists[triples[i + 2] as number] as Candidate[];
      matches.push({ start: triples[i] as number, end: triples[i + 1] as number, candidates });
    }
    return matches;
  });
}

/** A name finder that scans where it is called (tests, the bench, the extension's own pages). */
export function localNameFinder(automaton: Automaton): NameFinder {
  return {
    find: (request) => Promise.resolve(findNames(automaton, request)),
    mayName: (request) => Promise.resolve(mayNameIn(automaton, request)),
  };
}

/** Whether text (text nodes' data joined by line breaks when `apart`) may name something: see `mayName`. */
export interface MayNameRequest {
  text: string;
  apart: boolean;
}

/** Answers a quick test (`mayName`) for the quiet start. */
export function mayNameIn(automaton: Automaton, request: MayNameRequest): boolean {
  return mayName(automaton, request.text, request.apart);
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optional = (v: unknown, is: (x: unknown) => boolean) => v === undefined || is(v);
const isString = (v: unknown): v is string => typeof v === "string";
const LANGUAGES: readonly unknown[] = ["en", "fr", "et", "other"] satisfies PageLanguage[];

function isPiece(value: unknown, reaches: number): boolean {
  const p = value as Partial<Record<keyof NamePiece, unknown>> | null;
  return (
    typeof p?.text === "string" &&
    optional(p.before, isCount) &&
    optional(p.after, isCount) &&
    optional(p.beforeText, isString) &&
    optional(p.afterText, isString) &&
    optional(p.reach, (r) => r === -1 || (isCount(r) && r < reaches)) &&
    optional(p.reachOffset, isCount) &&
    optional(p.language, (l) => LANGUAGES.includes(l))
  );
}

/** Is this a well-formed names request (what the background checks before reading one)? */
export function isNamesRequest(value: unknown): value is NamesRequest {
  const r = value as Partial<Record<keyof NamesRequest, unknown>> | null;
  if (!Array.isArray(r?.pieces) || !Array.isArray(r.reaches) || !r.reaches.every(isString)) return false;
  const reaches = r.reaches.length;
  return r.pieces.every((p) => isPiece(p, reaches)) && optional(r.language, (l) => LANGUAGES.includes(l));
}

export function isMayNameRequest(value: unknown): value is MayNameRequest {
  const r = value as Partial<MayNameRequest> | null;
  return typeof r?.text === "string" && typeof r.apart === "boolean";
}

function isCandidate(value: unknown): value is Candidate {
  const c = value as Partial<Record<keyof Candidate, unknown>> | null;
  const strings = (v: unknown) => Array.isArray(v) && v.every(isString);
  return (
    typeof c?.entity === "string" &&
    optional(c.context, strings) &&
    optional(c.unless, strings) &&
    optional(c.vouchedBy, strings) &&
    optional(c.bound, (b) => b === true)
  );
}

/** Is this a reply to `request`: for each of its pieces, matches inside the piece's text, each with a list? */
export function isNamesReply(value: unknown, request: NamesRequest): value is NamesReply {
  const r = value as Partial<Record<keyof NamesReply, unknown>> | null;
  const { lists, found } = r ?? {};
  if (!Array.isArray(lists) || !Array.isArray(found) || found.length !== request.pieces.length) return false;
  if (!lists.every((list) => Array.isArray(list) && list.length > 0 && list.every(isCandidate))) return false;
  return found.every((triples, i) => {
    const length = request.pieces[i]?.text.length ?? 0;
    if (!Array.isArray(triples) || triples.length % 3 !== 0) return false;
    for (let k = 0; k < triples.length; k += 3) {
      const [start, end, list] = [triples[k], triples[k + 1], triples[k + 2]];
      // A cue bound where it stands is recorded at a point (start = end).
      if (!isCount(start) || !isCount(end) || start > end || end > length) return false;
      if (!isCount(list) || list >= lists.length) return false;
    }
    return true;
  });
}
