import type { Category, DocumentMeta, SupportLevel, When } from "../facts/types";
import { formatIsoDate, type PlainKey, t } from "../i18n";

/** An ISO date, month or year written out in the reader's language ("28 October 2020", "28 octobre 2020"). */
export const formatDate = formatIsoDate;

const CATEGORY_KEY: Record<Category, PlainKey> = {
  person: "category_person",
  country: "category_country",
  organization: "category_organization",
  military: "category_military",
  company: "category_company",
  place: "category_place",
  event: "category_event",
};

/** A category's name, the same in the card, the panel, the popup, the options page and the export: "Person". */
export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEY[category]);
}

const SUPPORT_KEY: Record<SupportLevel, PlainKey> = {
  corroborated: "support_corroborated",
  "single-source": "support_singleSource",
  unverified: "support_unverified",
};

/** A support level's name, the same in every view: "Corroborated", "Single source", "Unverified". */
export function supportLabel(level: SupportLevel): string {
  return t(SUPPORT_KEY[level]);
}

/**
 * A claim sentence's verdict in two or three words, the same in the popup, the panel and the export: against a claim
 * that rests only on low-reliability sources, neither agreeing nor differing is news, and it is said so.
 */
export function verdictLabel(status: "match" | "conflict", support: SupportLevel): string {
  if (support === "unverified")
    return status === "match" ? t("verdict_repeatsUnverified") : t("verdict_differsFromUnverified");
  return status === "match" ? t("verdict_agrees") : t("verdict_differs");
}

/** What an undated text's date from elsewhere reads as: "undated (visit: 2 April 2024, per …)". */
function undated(date: string, per: string, of?: string): string {
  return of ? t("date_undatedOfPer", { of, date, per }) : t("date_undatedPer", { date, per });
}

/**
 * A claim's date as every view says it: "28 October 2020", or, when its document states no date, "undated (visit:
 * 2 April 2024, per …)", the same words as its document's date (see describeDocumentDate). `of` and `per` are the
 * fact base's own words.
 */
export function describeWhen(w: When): string {
  const date = formatDate(w.value);
  if (w.source === "date-note") return undated(date, w.per ?? t("date_itsDateNote"), w.of);
  return w.of ? `${date} (${w.of})` : date;
}

/**
 * A document's date as every view (card, popup, source viewer, export) says it, in lower case: "28 October 2020";
 * "undated" when neither the text nor anything else dates it; "undated (2 April 2024, per the US Department of State
 * release)" when the text states none and the date is from elsewhere.
 */
export function describeDocumentDate(doc: Pick<DocumentMeta, "date" | "dateFrom">): string {
  if (doc.date === "not stated") return t("date_undated");
  return doc.dateFrom ? undated(formatDate(doc.date), doc.dateFrom) : formatDate(doc.date);
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
  return t("source_readInName", { quote: quoted(quoteStart(quote)), title: doc.title });
}
