// The compiled fact base: what the extension bundles. Produced by src/facts/compile.ts from corpus/facts.yaml.

export const CATEGORIES = ["person", "country", "organization", "military", "company", "place", "event"] as const;
export type Category = (typeof CATEGORIES)[number];

export const RELIABILITIES = ["low", "medium", "good"] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** What happened, as a claim's event frame names it; each kind has its trigger words (src/match/events.ts). */
export const EVENT_KINDS = [
  "meeting",
  "visit",
  "signing",
  "announcement",
  "joining",
  "deployment",
  "exercise",
  "statement",
  "discussion",
  "cooperation",
  "commitment",
  "outcome",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * corroborated: two or more independent documents of medium reliability or better; single-source: one such
 * document (low ones beside it do not count); unverified: only low-reliability documents.
 */
export type SupportLevel = "corroborated" | "single-source" | "unverified";

export interface DocumentMeta {
  /** The file name in corpus/documents. */
  id: string;
  title: string;
  origin: string;
  /**
   * What the document is, in a few words that follow "Only source:" ("an unattributed web article"): the one line of
   * support cards and the popup show.
   */
  kind: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY), or "not stated". */
  date: string;
  dateNote?: string;
  /**
   * The text itself states no date, and `date` is from elsewhere: whose date it is ("the US Department of State
   * release"). Shown as "undated (2 April 2024, per the US Department of State release)".
   */
  dateFrom?: string;
  reliability: Reliability;
  reasons: string[];
}

/** The languages an alias is written in (and a page may be read as). */
export type AliasLanguage = "en" | "fr" | "et";

export interface Alias {
  text: string;
  /**
   * An alias that is also a common word or another name somewhere (a surname, a short acronym, a word of another
   * language) is only highlighted on a page that also names one of these entities unambiguously (or its own entity,
   * by an alias that needs no context).
   */
  context?: string[];
  /** `context` on pages in one language, in its place ("Eesti", on every Estonian page, vouches for no "Ratas"). */
  contextOn?: Partial<Record<AliasLanguage, string[]>>;
  /**
   * Groups of entities: the alias counts only where, from each group, one is named in reach (the same paragraph,
   * list or table): "declaration on strategic partnership" is this one only beside Estonia and France.
   */
  near?: string[][];
  /**
   * Words that show the alias names something else where they stand ("Texas" for "Paris"): beside it, in its sentence
   * or its paragraph; and on the rest of the page once they have been seen beside it, unless what vouches for the
   * alias (`vouchedBy`, else `context`) is named as often.
   */
  unless?: string[];
  /** Entities that, named in the alias' sentence, paragraph or page, outweigh a cue of `unless` there (France for Paris). */
  vouchedBy?: string[];
  /** The languages it is written in; absent: written alike in every language. An Estonian alias takes case endings. */
  lang?: AliasLanguage[];
  /** Estonian stems of the alias where its stem changes (Ratas → Ratase), each taking the case endings too. */
  stems?: string[];
  /** Counts only on pages in these languages. */
  onlyOn?: AliasLanguage[];
  /** Does not count on pages in these languages. */
  notOn?: AliasLanguage[];
}

/** The fact base's own text in the interface's other languages, each optional. */
export interface Translations {
  fr?: string;
  et?: string;
}

export interface Entity {
  id: string;
  name: string;
  category: Category;
  description: string;
  /** The description in French and Estonian, where corpus/facts.yaml gives them (`fr`, `et`); else the views say it in English. */
  translations?: Translations;
  aliases: Alias[];
  /**
   * A person's titles at the time of the documents ("Prime Minister"): a sentence that says "the Prime Minister" on a
   * page about this person speaks of them.
   */
  titles?: string[];
  /**
   * A country's demonyms in English, French and Estonian ("French", "français", "Prantsuse"): a sentence that counts
   * "300 French soldiers" counts France's. Never highlighted as the country.
   */
  demonyms?: string[];
  documents: string[];
}

/** A figure other than a date or a count, normalised so that a figure on a page can be compared with it. */
export type Value =
  | { type: "percent"; value: number }
  | { type: "frequency"; times: number; per: "week" | "month" | "year" }
  | { type: "duration"; value: number; unit: "minute" | "hour" | "day" | "week" | "month" | "year" };

/** Who took part in a claim's event, and as what. */
export interface Participant {
  entity: string;
  /** What the participant was in the event: "guest", "host", "signatory for Estonia", "deploying country". */
  role: string;
  /**
   * A core participant must be named (in the sentence or earlier in its paragraph) for a sentence to state the
   * claim; another person in the same role makes it another event. A claim whose participants include topics
   * (role "topic") needs at least one of them named.
   */
  core: boolean;
  /** Other entities whose name stands for this participant (the country a signatory signed for). */
  alt: string[];
}

/** When a claim's event (or one part of it: the announcement, the joining) took place. */
export interface When {
  /** ISO date, month or year: YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: "day" | "month" | "year";
  /**
   * Where the date comes from: a quote, the document's own text elsewhere, or the document's date note (the text
   * itself states no date; shown as "undated (…)").
   */
  source: "quote" | "document" | "date-note";
  /** What is dated, when the claim has several dates ("announcement", "joining"); the event itself if absent. */
  of?: string;
  /** For a date from a date note: whose date it is ("the US Department of State release"). */
  per?: string;
}

/** What a claim counts: 200 (value) troops (unit), counting "French troops in Estonia". */
export interface Quantity {
  value: number;
  unit: string;
  counts: string;
}

/** Another figure public reporting gives for the same quantity, which the fact base records beside the claim. */
export interface CounterFigure {
  value: number;
  unit: string;
  /** Said on the card as it is: "Public reporting gives about 300 French soldiers at Tapa (2021 rotation)." */
  note: string;
}

export interface Evidence {
  document: string;
  quote: string;
}

/**
 * A claim as an event frame: what happened (event), who took part as what (participants), when, where, and what was
 * counted. A sentence states it when it uses one of the event's trigger words, names every core participant and,
 * if the claim has `about` terms, one of them.
 */
export interface Claim {
  id: string;
  statement: string;
  /** The statement in French and Estonian, where corpus/facts.yaml gives them (`fr`, `et`). */
  translations?: Translations;
  event: EventKind;
  /** Every entity the claim is about: its participants (and their alternatives) and its places. */
  entities: string[];
  participants: Participant[];
  /** Dates of the event or of its parts; empty when the sources give none. */
  when: When[];
  /** Places entities: named or not, they are never required. */
  where: string[];
  quantity?: Quantity;
  counter?: CounterFigure;
  /** Percentages, frequencies, durations. */
  values: Value[];
  /** Trigger words of this claim beyond its event kind's own (folded words; stems matched). */
  triggers: string[];
  /** What the event was about: when given, a sentence must use one of these to state the claim. */
  about: string[];
  areas: string[];
  partnership?: string;
  evidence: Evidence[];
  support: SupportLevel;
  supportReason: string;
}

export interface TimelineItem {
  date: string;
  claim: string;
  /** What is dated when the claim has several dates ("announcement", "joining"). */
  of?: string;
}

export interface Partnership {
  id: string;
  name: string;
  parties: string[];
  areas: { area: string; claims: string[] }[];
  commitments: string[];
  timeline: TimelineItem[];
  people: string[];
}

export interface FactBase {
  documents: DocumentMeta[];
  entities: Entity[];
  /** Names that contain an alias but are something else ("Air France"): matched so as to be left alone. */
  shadows: string[];
  claims: Claim[];
  partnerships: Partnership[];
}
