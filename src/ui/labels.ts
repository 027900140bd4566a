import { formatDate } from "../facts/dates";
import type { Category, DocumentMeta, SupportLevel } from "../facts/types";

export { formatDate };

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

export function documentLabel(doc: DocumentMeta): string {
  return `${doc.title} (${formatDate(doc.date)})`;
}
