// The compiled fact base: what the extension bundles. Produced by src/facts/compile.ts from corpus/facts.yaml.

export const CATEGORIES = ["person", "country", "organization", "military", "company", "place", "event"] as const;
export type Category = (typeof CATEGORIES)[number];

export const RELIABILITIES = ["low", "medium", "good"] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const CLAIM_KINDS = [
  "meeting",
  "agreement",
  "deployment",
  "figure",
  "commitment",
  "announcement",
  "cooperation",
  "statement",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type SupportLevel = "corroborated" | "single-source" | "unverified";

export interface DocumentMeta {
  /** The file name in corpus/documents. */
  id: string;
  title: string;
  origin: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY), or "not stated". */
  date: string;
  dateNote?: string;
  reliability: Reliability;
  reasons: string[];
}

export interface Alias {
  text: string;
  /**
   * An alias that is also a common word or another name somewhere (a surname, a short acronym, a word of another
   * language) is only highlighted on a page that also names one of these entities unambiguously.
   */
  context?: string[];
}

export interface Entity {
  id: string;
  name: string;
  category: Category;
  description: string;
  aliases: Alias[];
  documents: string[];
}

/** A value normalised so that a figure on a page can be compared with it. */
export type Value =
  | { type: "number"; value: number; unit: string }
  | { type: "percent"; value: number }
  | { type: "date"; value: string }
  | { type: "year"; value: number }
  | { type: "month"; value: string }
  | { type: "frequency"; times: number; per: "week" | "month" | "year" }
  | { type: "duration"; value: number; unit: "minute" | "hour" | "day" | "week" | "month" | "year" };

export interface Evidence {
  document: string;
  quote: string;
}

export interface Claim {
  id: string;
  statement: string;
  kind: ClaimKind;
  entities: string[];
  values: Value[];
  /** Words a sentence stating this claim is likely to use (claim matching). */
  terms: string[];
  areas: string[];
  partnership?: string;
  evidence: Evidence[];
  support: SupportLevel;
  supportReason: string;
}

export interface TimelineItem {
  date: string;
  claim: string;
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
