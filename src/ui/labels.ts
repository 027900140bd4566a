import { describeDocumentDate, formatDate } from "../facts/dates";
import type { Category, DocumentMeta, SupportLevel } from "../facts/types";

export { describeDocumentDate, formatDate };

export const CATEGORY_LABEL: Record<Category, string> = {
  person: "Person",
  country: "Country",
  organization: "Organisation",
  military: "Military unit or mission",
  company: "Company",
  place: "Place",
  event: "Event or agreement",
};

export const SUPPORT_LABEL: Record<SupportLevel, string> = {
  corroborated: "Corroborated",
  "single-source": "Single source",
  unverified: "Unverified",
};

/**
 * A claim sentence's verdict in two or three words, the same in the popup, the panel and the export: against a claim
 * that rests only on low-reliability sources, neither agreeing nor differing is news, and it is said so.
 */
export function verdictLabel(status: "match" | "conflict", support: SupportLevel): string {
  if (support === "unverified")
    return status === "match" ? "Repeats an unverified report" : "Differs from an unverified report";
  return status === "match" ? "Agrees" : "Differs";
}

/** A document as a quote's source line names it, the same in every view: "US-France Defense Collaboration, undated (…)". */
export function documentLabel(doc: DocumentMeta): string {
  return `${doc.title}, ${describeDocumentDate(doc)}`;
}

/** The text with its first letter in capitals, for a label that starts a line ("Undated (…)"). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Double quotation marks that open or close a quoted text, in the languages of the documents. */
const OPENING = /^[“"«„]/;
const CLOSING = /[”"»“]$/;

/**
 * A verbatim quote between quotation marks, “…”, for a view to show; a quote that already starts or ends with its own
 * double quotation mark (“in terms of security…” said…) is given as it is, so that no mark is doubled (““…””). The
 * quote's own characters are never changed.
 */
export function quoted(text: string): string {
  const trimmed = text.trim();
  return OPENING.test(trimmed) || CLOSING.test(trimmed) ? text : `“${text}”`;
}

/** How many characters of a quote's start name its "Read in the source" link, cut back to a word's end. */
const QUOTE_START = 48;

/** A quote's first words, "Prime Minister Jüri Ratas met French President…", to tell its link from the others. */
export function quoteStart(quote: string): string {
  if (quote.length <= QUOTE_START) return quote;
  const cut = quote.slice(0, QUOTE_START);
  const space = cut.lastIndexOf(" ");
  return `${(space > QUOTE_START / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * The accessible name of a "Read in the source" link or button: its visible words first (WCAG 2.5.3), then which quote
 * it opens, in which document: "Read in the source: “Prime Minister Jüri Ratas met…” in France and Estonia, …".
 */
export function readInSourceName(quote: string, doc: Pick<DocumentMeta, "title">): string {
  return `Read in the source: ${quoted(quoteStart(quote))} in ${doc.title}`;
}
