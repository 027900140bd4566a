// Dates as readers write them: "28 October 2020", "September 2020", "2021". Shared by the claim matcher (what the
// page says) and the views (what the fact base says), so both read the same.
import type { DocumentMeta, When } from "./types";

/** The months' English names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function describeDate(d: { year?: number; month?: number; day?: number }): string {
  return [d.day, d.month ? MONTH_NAMES[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(" ");
}

/** An ISO date, month or year, written out; any other text ("not stated") as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  return describeDate({
    year: Number(year),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  });
}

/** What an undated text's date from elsewhere reads as: "undated (visit: 2 April 2024, per …)". */
function undated(date: string, per: string, of?: string): string {
  return `undated (${of ? `${of}: ` : ""}${date}, per ${per})`;
}

/**
 * A claim's date as every view says it: "28 October 2020", or, when its document states no date, "undated (visit:
 * 2 April 2024, per …)", the same words as its document's date (see describeDocumentDate).
 */
export function describeWhen(w: When): string {
  const date = formatDate(w.value);
  if (w.source === "date-note") return undated(date, w.per ?? "its date note", w.of);
  return w.of ? `${date} (${w.of})` : date;
}

/**
 * A document's date as every view (card, popup, source viewer, export) says it, in lower case: "28 October 2020";
 * "undated" when neither the text nor anything else dates it; "undated (2 April 2024, per the US Department of State
 * release)" when the text states none and the date is from elsewhere.
 */
export function describeDocumentDate(doc: Pick<DocumentMeta, "date" | "dateFrom">): string {
  if (doc.date === "not stated") return "undated";
  return doc.dateFrom ? undated(formatDate(doc.date), doc.dateFrom) : formatDate(doc.date);
}
