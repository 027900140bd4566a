// What the scanner hands on for each alias it finds: the candidates a match may stand for, and the text around it.
// Kept apart from the scanner so that the passes that settle candidates by what is near them (cues.ts) share it.
import type { PageLanguage } from "./language-codes";

/** The entity of a shadow: a longer name that contains an alias but is something else ("Air France"). */
export const SHADOW = "";
/** The entities of cues (words that show an alias means something else on the page) start with this. */
export const CUE = "~";

/** Is this the id of an entity of the fact base, rather than a shadow or a cue? */
export const isEntity = (id: string): boolean => id !== SHADOW && !id.startsWith(CUE);

/**
 * What a match may stand for: an entity, with what it still needs to count on the page. Settled by the scanner where
 * the text around the match decides, by `resolveMatches` where the page does.
 */
export interface Candidate {
  entity: string;
  /**
   * Entities one of which the page must name (or the entity itself); undefined when nothing is needed; empty when only
   * the entity itself, named outright, will do (a word whose capital may be its sentence's: see `settleOpenings`).
   */
  context: readonly string[] | undefined;
  /**
   * Cues that mean the alias is something else: those beside it, in its sentence or paragraph are settled by the
   * scanner (`settleCues`); what is left counts on the page, where cues seen beside the alias before are recorded.
   */
  unless?: readonly string[];
  /** Entities that outweigh a cue named as near as they are (else `context` does). */
  vouchedBy?: readonly string[];
  /**
   * A cue seen where it shows what the page's alias means (beside it, in its sentence or paragraph, or a cue that holds
   * the alias): the page records it, and it undoes the alias elsewhere on the page unless outweighed.
   */
  bound?: true;
}

export interface AliasMatch {
  start: number;
  end: number;
  /** Usually one; several when an alias is shared and context must decide. */
  candidates: Candidate[];
}

/** The text around the scanned string, for word boundaries at its edges (a text node inside a word). */
export interface Edges {
  before?: number;
  after?: number;
  /** A little of the text before and after, for the words beside a name. */
  beforeText?: string;
  afterText?: string;
  /**
   * The text in reach of this text: its paragraph, list item or heading, or the table or list it is part of; for an
   * alias that needs a related name nearby. Undefined when there is none wider than the text itself.
   */
  reach?: () => string | undefined;
  /** Where this text starts in the text in reach, if known (else it is looked for there). */
  reachOffset?: () => number | undefined;
  /**
   * Does the block of this text read as Estonian (`readsEstonian` of its paragraph), whatever it declares? Asked at most
   * once per text, where the declared language is another and a name looks Estonian; absent, the scanner reads the
   * text in reach itself. The page answers once per block.
   */
  readsEstonian?: () => boolean;
  /**
   * The language of this text where it is not the page's (a quotation marked with its own `lang`): undefined for the
   * page's. Asked only where an alias' rules depend on the language.
   */
  language?: () => PageLanguage | undefined;
}

/** Is this candidate vouched for by nothing but its own entity named outright (see `settleOpenings` in scan.ts)? */
export const ownOnly = (c: Candidate): boolean => c.context !== undefined && c.context.length === 0;

/** How far around a name, in the same text, a related name is in reach (a long paragraph, or a table of a few rows). */
export const REACH = 600;
/** A wider text in reach is read only up to this length (a table of a few rows, a list). */
export const REACH_TEXT = 8_000;
/** How much of a block's text its language is read from: a paragraph's first sentences tell. */
export const LANGUAGE_SAMPLE = 600;
