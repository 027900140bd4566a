// What a page asks the name finder and what it answers (name-finder.ts finds them), as messages carry them, with the
// checks each side makes of what it gets: apart from the scanner, so that the content script, which sends and checks,
// bundles none of it.
import type { AliasMatch, Candidate } from "./candidates";
import type { PageLanguage } from "./language-codes";

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
  /**
   * The first LANGUAGE_SAMPLE characters of its block, when the block is longer than any text in reach (REACH_TEXT):
   * all the scanner reads of it, whether it reads as Estonian.
   */
  sample?: string;
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

/** Whether text (text nodes' data joined by line breaks when `apart`) may name something: see `mayName`. */
export interface MayNameRequest {
  text: string;
  apart: boolean;
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
    optional(p.sample, isString) &&
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
